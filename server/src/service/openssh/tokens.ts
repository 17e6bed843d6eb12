// The %-tokens and ${VAR} expansion of both files: what each token stands
// for, in our words, and which keywords expand which tokens. Read from the
// TOKENS and ENVIRONMENT VARIABLES sections of sshd_config.5 and ssh_config.5
// at openssh-portable@0ef0f5a8 (10.5).

import type { FileKind } from './types';

const SSH_TOKENS: Record<string, string> = {
  '%': 'a literal `%`',
  C: 'a hash of the local host name, remote host, port, user and ProxyJump (`%l%h%p%r%j`): short and unique per connection, good for ControlPath',
  d: "the local user's home directory",
  f: "the fingerprint of the server's host key",
  H: 'the host name or address being looked up in known_hosts',
  h: 'the remote host name (after HostName is applied)',
  I: 'why KnownHostsCommand runs: `ADDRESS`, `HOSTNAME` or `ORDER`',
  i: 'the local user ID (number)',
  j: 'the ProxyJump setting, or nothing when there is none',
  K: "the server's host key, base64-encoded",
  k: 'the HostKeyAlias if set, otherwise the host name as typed on the command line',
  L: 'the local host name without its domain',
  l: 'the local host name with its domain',
  n: 'the remote host name exactly as typed on the command line',
  p: 'the remote port',
  r: 'the remote user name',
  T: 'the local tun/tap interface when tunnelling was requested, otherwise `NONE`',
  t: "the type of the server's host key, such as `ssh-ed25519`",
  u: 'the local user name',
};

const SSHD_TOKENS: Record<string, string> = {
  '%': 'a literal `%`',
  C: 'the two ends of the connection: client address, client port, server address, server port',
  D: 'the routing domain the connection arrived in',
  F: 'the fingerprint of the CA key',
  f: 'the fingerprint of the key or certificate',
  h: "the user's home directory",
  i: 'the key ID inside the certificate',
  K: 'the CA key, base64-encoded',
  k: 'the key or certificate being checked, base64-encoded',
  s: "the certificate's serial number",
  T: 'the type of the CA key',
  t: 'the type of the key or certificate',
  U: "the user's numeric user ID",
  u: 'the user name',
};

const SSH_COMMON = '% C d h i j k L l n p r u';
/** Which keywords expand which tokens (lower-case keyword → token letters). */
const SSH_KEYWORD_TOKENS: Record<string, string> = {
  certificatefile: SSH_COMMON,
  controlpath: SSH_COMMON,
  identityagent: SSH_COMMON,
  identityfile: SSH_COMMON,
  include: SSH_COMMON,
  localforward: SSH_COMMON,
  match: SSH_COMMON,
  remotecommand: SSH_COMMON,
  remoteforward: SSH_COMMON,
  revokedhostkeys: SSH_COMMON,
  userknownhostsfile: SSH_COMMON,
  versionaddendum: SSH_COMMON,
  knownhostscommand: `${SSH_COMMON} f H I K t`,
  hostname: '% h',
  localcommand: Object.keys(SSH_TOKENS).join(' '),
  proxycommand: '% h n p r',
  proxyjump: '% h n p r',
};

const SSHD_KEYWORD_TOKENS: Record<string, string> = {
  authorizedkeyscommand: '% C D f h k t U u',
  authorizedkeysfile: '% h U u',
  authorizedprincipalscommand: '% C D F f h i K k s T t U u',
  authorizedprincipalsfile: '% h U u',
  chrootdirectory: '% h U u',
  routingdomain: 'D',
};

/** ssh_config keywords that expand ${VAR} from the client's environment. */
const SSH_ENV_KEYWORDS = new Set([
  'certificatefile',
  'controlpath',
  'identityagent',
  'identityfile',
  'include',
  'knownhostscommand',
  'userknownhostsfile',
  'localforward',
  'remoteforward',
]);

export interface TokenInfo {
  token: string;
  meaning?: string;
  /** the keyword expands this token */
  expanded: boolean;
  /** the keyword expands some tokens (otherwise % is taken literally) */
  keywordTakesTokens: boolean;
  /** the keyword expands tokens only from this release on */
  since?: string;
}

export function tokenInfo(kind: FileKind, keyword: string, letter: string): TokenInfo {
  const table = kind === 'ssh' ? SSH_TOKENS : SSHD_TOKENS;
  const allowed = (kind === 'ssh' ? SSH_KEYWORD_TOKENS : SSHD_KEYWORD_TOKENS)[keyword.toLowerCase()];
  return {
    token: `%${letter}`,
    meaning: table[letter],
    expanded: !!allowed && allowed.split(' ').includes(letter),
    keywordTakesTokens: !!allowed,
    // Include expands % tokens and ${VAR} through the same function, from the same release.
    since: kind === 'ssh' ? SSH_ENV_SINCE[keyword.toLowerCase()] : undefined,
  };
}

/**
 * Keywords that expand ${VAR} only from a release on: Include, through
 * expand_match_exec_or_include_path() (readconf.c, first in V_9_9_P1).
 */
const SSH_ENV_SINCE: Record<string, string> = { include: '9.9' };

/** Whether ${VAR} in this keyword's value is expanded; `since`, when only from that release on. */
export function expandsEnvironment(kind: FileKind, keyword: string): { expands: boolean; since?: string } {
  const k = keyword.toLowerCase();
  return { expands: kind === 'ssh' && SSH_ENV_KEYWORDS.has(k), since: kind === 'ssh' ? SSH_ENV_SINCE[k] : undefined };
}
