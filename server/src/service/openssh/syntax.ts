import type { FileKind } from './types';

/**
 * Keywords whose value is the rest of the line, taken verbatim (a trailing
 * `# …` is part of the value). Read from openssh-portable@0ef0f5a8 (10.5):
 * servconf.c `case sForceCommand`, `case sVersionAddendum`, `parse_command`
 * (AuthorizedKeysCommand, AuthorizedPrincipalsCommand); readconf.c
 * `parse_command` (ProxyCommand, LocalCommand, RemoteCommand,
 * KnownHostsCommand), `case oProxyJump`, `case oVersionAddendum`.
 * The client also skips a leading `=` (strspn(str, WHITESPACE "=")).
 */
export const RAW_KEYWORDS: Record<FileKind, ReadonlySet<string>> = {
  sshd: new Set(['forcecommand', 'authorizedkeyscommand', 'authorizedprincipalscommand', 'versionaddendum']),
  ssh: new Set(['proxycommand', 'localcommand', 'remotecommand', 'knownhostscommand', 'proxyjump', 'versionaddendum']),
};

/** Keywords that open a new section (Host/Match block). */
export const SECTION_KEYWORDS: Record<FileKind, ReadonlySet<string>> = {
  sshd: new Set(['match']),
  ssh: new Set(['host', 'match']),
};
