// Our own documentation of sshd_config keywords. Read the header of ./types.ts first.
//
// One record per keyword spelling in ../data/sshd.json (aliases, deprecated and
// removed spellings included), keyed by the lower-case name. Facts were read from
// openssh-portable servconf.c / servconf.h at 0ef0f5a8 (10.5) and older tags, and
// checked against `sshd -T` of Debian's 9.2p1 where a default is quoted.

import { TIME_SYNTAX, type DocTable, type ValueSpec } from './types';

const FLAG: ValueSpec = { kind: 'flag' };
const YES_NO = '`yes` or `no` (lower or upper case).';
const ALGO_SYNTAX =
  'a comma-separated list of algorithm names, no spaces. A leading `+` appends them to the default list, `-` removes them from it (wildcards allowed), `^` moves them to its front; without a prefix the list replaces the default.';
const KEY_SIG: ValueSpec = { kind: 'algorithms', family: 'key-sig' };
const ALLOW_DENY_NOTE =
  'sshd checks `DenyUsers`, then `AllowUsers`, then `DenyGroups`, then `AllowGroups`; a user has to get past every list that is set.';
const LIST_ADDS_UP =
  'Each line adds to the list. Inside a matching `Match` block the block\'s own list takes the place of the global one instead of extending it.';
const FIRST_LINE_ONLY = 'Only the first line that applies counts; put every entry on that one line.';
const DEPRECATED_SYNTAX = 'anything; sshd reads past the arguments without using them.';
const DEPRECATED_DEFAULT = 'none (the line has no effect)';

/** LogLevel words: what sshd then logs (log.c log_levels[], do_log(); V_10_0_P1). */
const LOG_LEVEL_MEANINGS: Record<string, string> = {
  QUIET: 'logs nothing.',
  FATAL: 'logs only the errors that make sshd stop.',
  ERROR: 'logs errors and worse.',
  INFO: 'logs ordinary events, such as logins, plus errors.',
  VERBOSE: 'logs what INFO does plus more detail, such as early failed attempts with a key, which INFO leaves out.',
  DEBUG: 'the same as `DEBUG1`.',
  DEBUG1: 'logs debugging output too, the first of three levels.',
  DEBUG2: 'logs more debugging output.',
  DEBUG3: 'logs the most debugging output.',
};
/** SyslogFacility words (log.c log_facilities[]; V_10_0_P1). */
const FACILITY_MEANINGS: Record<string, string> = {
  DAEMON: 'the `daemon` syslog facility.',
  USER: 'the `user` syslog facility.',
  AUTH: 'the `auth` syslog facility.',
  AUTHPRIV: 'the `authpriv` syslog facility (only on systems that have it).',
  LOCAL0: 'the `local0` syslog facility.',
  LOCAL1: 'the `local1` syslog facility.',
  LOCAL2: 'the `local2` syslog facility.',
  LOCAL3: 'the `local3` syslog facility.',
  LOCAL4: 'the `local4` syslog facility.',
  LOCAL5: 'the `local5` syslog facility.',
  LOCAL6: 'the `local6` syslog facility.',
  LOCAL7: 'the `local7` syslog facility.',
};

export const sshdDocs: DocTable = {
  acceptenv: {
    summary:
      'Names the environment variables a client may hand to the session (sent by the client\'s `SendEnv` or `SetEnv`). The usual reason is to let users keep their locale settings.',
    syntax: 'one or more variable names separated by spaces; `*` and `?` wildcards work. A name may not contain `=`.',
    example: 'AcceptEnv LANG LC_*',
    default: 'no variables are accepted (Debian\'s shipped sshd_config adds `LANG LC_*`)',
    notes: [
      LIST_ADDS_UP,
      '`TERM` is always passed when the client asks for a terminal, whatever this says.',
      'Accepting variables such as `LD_PRELOAD`, `PATH` or `BASH_ENV` can let users get around `ForceCommand` or a restricted shell.',
    ],
    related: ['SetEnv', 'PermitUserEnvironment'],
    value: { kind: 'list', separator: 'space', item: 'environment variable name or wildcard pattern' },
    repeat: 'accumulate',
    source: 'servconf.c sAcceptEnv (appends, no first-match guard); session.c; sshd_config.5',
  },
  addressfamily: {
    summary:
      'Limits the listening sockets to IPv4 or to IPv6. Set it when a host should not accept connections over one of the two.',
    syntax: '`any`, `inet` (IPv4 only) or `inet6` (IPv6 only); case does not matter.',
    example: 'AddressFamily inet',
    default: '`any`',
    notes: ['It also decides which addresses a host name in `ListenAddress` resolves to.'],
    related: ['ListenAddress', 'Port'],
    value: {
      kind: 'enum',
      values: ['any', 'inet', 'inet6'],
      meanings: {
        any: 'sshd listens on, and forwards over, both IPv4 and IPv6.',
        inet: 'sshd uses IPv4 only, for its listening sockets and for forwarded connections.',
        inet6: 'sshd uses IPv6 only, for its listening sockets and for forwarded connections.',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sAddressFamily (multistate_addressfamily, strcasecmp); add_one_listen_addr(); sshd_config.5; meanings: servconf.c add_one_listen_addr(), sshd-session.c channel_set_af() (V_10_0_P1)',
  },
  afstokenpassing: {
    summary:
      'Used to let an SSH protocol 1 client pass an AFS token to the server. That went away with protocol 1; for AFS today see `KerberosGetAFSToken`.',
    syntax: DEPRECATED_SYNTAX,
    example: 'AFSTokenPassing no',
    default: DEPRECATED_DEFAULT,
    notes: [
      'Delete the line. Up to 10.3 sshd logged it as "Unsupported option"; since 10.4 as "Deprecated option". Either way it does nothing.',
    ],
    related: ['KerberosGetAFSToken'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (SSHCONF_DEPRECATE); V_10_3_P1 servconf.c (sUnsupported)',
  },
  agentsocketpath: {
    summary:
      'Chooses where sshd puts the socket of a forwarded ssh-agent, i.e. what `$SSH_AUTH_SOCK` points to in the session. New in OpenSSH 10.6.',
    syntax:
      '`user:PATH` for a directory under the user\'s home, or `shared:DIR` for a common directory such as `/tmp`, in which sshd makes a subdirectory with a random name for each socket.',
    example: 'AgentSocketPath shared:/tmp',
    default: '`user:.ssh/agent` (according to the 10.6 release notes)',
    notes: [
      'Before 10.6 the socket always went into a randomly named directory under the temporary directory (normally `/tmp`); `shared:/tmp` keeps that layout.',
      'Matters only when agent forwarding is allowed (`AllowAgentForwarding`, `DisableForwarding`).',
      'Written from the 10.6 release notes (bz3860): the 10.6 source is not in our mirror, so whether it is allowed in `Match` is an assumption.',
    ],
    related: ['AllowAgentForwarding', 'DisableForwarding'],
    value: { kind: 'custom', grammar: 'user:PATH | shared:DIR' },
    repeat: 'first-wins',
    source: 'release-10.6 (bz3860); not in the openssh-portable mirror',
  },
  allowagentforwarding: {
    summary:
      'Whether users may forward their ssh-agent to this server (`ssh -A`). Turning it off keeps a compromised server from using a visitor\'s keys through the forwarded agent.',
    syntax: YES_NO,
    example: 'AllowAgentForwarding no',
    default: '`yes`',
    notes: [
      'Not a hard barrier: someone with a shell can run their own forwarder over the session.',
      '`DisableForwarding yes` overrides it. Before 10.0 that override did not cover agent or X11 forwarding (bug fixed in 10.0).',
    ],
    related: ['DisableForwarding', 'AllowTcpForwarding', 'AllowStreamLocalForwarding', 'AgentSocketPath'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sAllowAgentForwarding (multistate_flag); session.c; release-10.0',
  },
  allowgroups: {
    summary:
      'Only members of one of the listed groups (primary or supplementary) may log in. A common way to restrict SSH to, say, an `ssh-users` group.',
    syntax: 'space-separated group name patterns; `*`, `?` and `!` work. Group names only: numeric GIDs are not understood.',
    example: 'AllowGroups ssh-users wheel',
    default: 'not set: members of any group may log in',
    notes: [LIST_ADDS_UP, ALLOW_DENY_NOTE, 'Keep a root session open while testing; a typo here locks everyone out.'],
    related: ['DenyGroups', 'AllowUsers', 'DenyUsers'],
    value: { kind: 'list', separator: 'space', item: 'group name pattern' },
    repeat: 'accumulate',
    source: 'servconf.c sAllowGroups (appends); auth.c allowed_user(); sshd_config.5',
  },
  allowstreamlocalforwarding: {
    summary:
      'Whether clients may forward Unix-domain sockets (`ssh -L /path:…` or `ssh -R /path:…`), and in which direction.',
    syntax:
      '`yes` or `all` (both directions), `no`, `local` (only client-side listeners, like `ssh -L`) or `remote` (only server-side listeners, like `ssh -R`).',
    example: 'AllowStreamLocalForwarding no',
    default: '`yes`',
    notes: [
      'Users with a shell can still relay sockets by other means, so this is not a security boundary on its own.',
      '`DisableForwarding yes` overrides it.',
    ],
    related: ['AllowTcpForwarding', 'DisableForwarding', 'StreamLocalBindMask', 'StreamLocalBindUnlink'],
    value: {
      kind: 'enum',
      values: ['yes', 'all', 'no', 'local', 'remote'],
      meanings: {
        yes: 'clients may forward Unix-domain sockets both ways: to sockets on the server (`ssh -L`) and sockets the server creates for them (`ssh -R`).',
        all: 'the same as `yes`: both directions are allowed.',
        no: 'no Unix-domain socket forwarding in either direction.',
        local: 'only forwarding to sockets that exist on the server (`ssh -L` with a socket path); the server creates no sockets for clients.',
        remote: 'only sockets that sshd creates and listens on for the client (`ssh -R` with a socket path); connections to existing sockets are refused.',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sAllowStreamLocalForwarding (multistate_tcpfwd); serverloop.c; meanings: serverloop.c server_request_direct_streamlocal(), server_input_global_request() (V_10_0_P1)',
  },
  allowtcpforwarding: {
    summary:
      'Whether clients may forward TCP ports through the connection (`ssh -L`, `-R`, `-D`), and in which direction.',
    syntax:
      '`yes` or `all` (both directions), `no`, `local` (only `ssh -L`/`-D` style) or `remote` (only `ssh -R` style).',
    example: 'AllowTcpForwarding local',
    default: '`yes`',
    notes: [
      'Users with a shell can still relay traffic with their own tools, so combine it with a restricted shell or `ForceCommand` if it matters.',
      '`PermitOpen` and `PermitListen` narrow down which destinations and listen ports are allowed; `DisableForwarding yes` overrides all of it.',
    ],
    related: ['PermitOpen', 'PermitListen', 'GatewayPorts', 'DisableForwarding', 'AllowStreamLocalForwarding'],
    value: {
      kind: 'enum',
      values: ['yes', 'all', 'no', 'local', 'remote'],
      meanings: {
        yes: 'clients may forward TCP ports both ways: `ssh -L` (the server connects on to a target) and `ssh -R` (the server listens on a port).',
        all: 'the same as `yes`: both directions are allowed.',
        no: 'no TCP port forwarding in either direction; socket, agent and X11 forwarding have keywords of their own.',
        local: 'only `ssh -L` style forwarding: the server connects on to targets for the client, but listens on no ports for it.',
        remote: 'only `ssh -R` style forwarding: the server listens on ports for the client, but makes no onward connections for it.',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sAllowTcpForwarding (multistate_tcpfwd); serverloop.c; meanings: serverloop.c server_request_direct_tcpip(), server_input_global_request(); session.c do_authenticated() (V_10_0_P1)',
  },
  allowusers: {
    summary:
      'Only the listed users may log in. An entry can also tie a user to a source host or network, such as `alice@192.0.2.0/24`.',
    syntax:
      'user patterns separated by spaces, each `USER` or `USER@HOST`; `HOST` may be a name pattern, an address pattern or a CIDR block. `*`, `?` and `!` work. Names only, not UIDs.',
    example: 'AllowUsers alice bob@192.0.2.0/24',
    default: 'not set: any user may log in',
    notes: [
      LIST_ADDS_UP,
      ALLOW_DENY_NOTE,
      'With `UseDNS no` (the default) the `HOST` part is compared with the client\'s address, so host names there never match.',
    ],
    related: ['DenyUsers', 'AllowGroups', 'DenyGroups', 'UseDNS'],
    value: { kind: 'list', separator: 'space', item: 'USER or USER@HOST pattern' },
    repeat: 'accumulate',
    source: 'servconf.c sAllowUsers (appends); auth.c allowed_user(); match.c match_user()',
  },
  authenticationmethods: {
    summary:
      'Makes users pass several authentication methods in a row, for example a key and then a one-time code. Each space-separated list is one acceptable path; finishing any one of them lets the user in.',
    syntax:
      '`any`, or one or more lists separated by spaces; within a list, method names are joined by commas: `publickey`, `password`, `keyboard-interactive`, `hostbased`, `gssapi-with-mic`, `none`. `keyboard-interactive:pam` or `:bsdauth` picks one backend.',
    example: 'AuthenticationMethods publickey,keyboard-interactive',
    default: '`any` (one successful method is enough)',
    notes: [
      'Each method you name must also be switched on (`PubkeyAuthentication`, `KbdInteractiveAuthentication`…). sshd will not start if no global list can be completed, and at login it skips lists that contain a disabled method.',
      '`publickey,publickey` requires two different keys.',
      '`any` is matched in lower case only and must be the only word on the line.',
      FIRST_LINE_ONLY,
    ],
    related: [
      'PubkeyAuthentication',
      'PasswordAuthentication',
      'KbdInteractiveAuthentication',
      'UsePAM',
      'PermitEmptyPasswords',
    ],
    value: { kind: 'custom', grammar: 'any | METHOD[:DEVICE][,METHOD[:DEVICE]…] …' },
    repeat: 'first-line-wins',
    source: 'servconf.c sAuthenticationMethods (strcmp "any"); auth2-methods.c auth2_methods_valid(); auth2.c; sshd.c',
  },
  authorizedkeyscommand: {
    summary:
      'Runs a program that prints a user\'s public keys, for example from LDAP or an inventory service. sshd asks it only after the `AuthorizedKeysFile` files gave no matching key.',
    syntax:
      'an absolute path, then optional arguments with `%` tokens: `%u` user, `%U` numeric UID, `%h` home, `%t` key type, `%f` key fingerprint, `%k` the key in base64, `%C` connection endpoints, `%D` routing domain, `%%` a percent sign. Or `none`.',
    example: 'AuthorizedKeysCommand /usr/local/bin/lookup-keys %u %f',
    default: '`none`',
    notes: [
      '`AuthorizedKeysCommandUser` is required; without it sshd exits at startup.',
      'The program has to be owned by root and not writable by group or others. Its output uses the `authorized_keys` format.',
      'Given no arguments, the program receives the user name.',
      'The rest of the line is kept as written, so a trailing `# comment` becomes part of the command.',
      'Token values are inserted without any shell quoting; treat them as untrusted input in the program.',
    ],
    related: ['AuthorizedKeysCommandUser', 'AuthorizedKeysFile', 'AuthorizedPrincipalsCommand'],
    value: { kind: 'command' },
    repeat: 'first-wins',
    source: 'servconf.c sAuthorizedKeysCommand (parse_command); auth2-pubkey.c user_key_command_allowed2(); sshd.c',
    requires: [{ keyword: 'AuthorizedKeysCommandUser', scope: 'global', source: 'sshd.c main(): fatal "AuthorizedKeysCommand set without AuthorizedKeysCommandUser" (V_7_0_P1 … V_10_5_P1)' }],
  },
  authorizedkeyscommanduser: {
    summary:
      'The account under which `AuthorizedKeysCommand` runs. Use a dedicated, unprivileged account that has no other job.',
    syntax: 'a user name; `%u` stands for the user who is logging in.',
    example: 'AuthorizedKeysCommandUser nobody',
    default: 'not set, which makes `AuthorizedKeysCommand` unusable',
    notes: ['sshd refuses to start when `AuthorizedKeysCommand` is set and this is not.'],
    related: ['AuthorizedKeysCommand', 'AuthorizedPrincipalsCommandUser'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'servconf.c sAuthorizedKeysCommandUser (parse_localuser); auth2-pubkey.c (percent_expand "u"); sshd.c',
  },
  authorizedkeysfile: {
    summary:
      'Where sshd looks for each user\'s public keys. Change it to keep keys in a root-owned location (`/etc/ssh/authorized_keys/%u`) or to stop reading the old `authorized_keys2`.',
    syntax:
      'one or more paths separated by spaces, or `none`. Tokens: `%h` home, `%u` user, `%U` numeric UID, `%%`. A path that is still relative after expansion starts at the home directory. Glob patterns work since 10.0.',
    example: 'AuthorizedKeysFile .ssh/authorized_keys /etc/ssh/authorized_keys/%u',
    default: '`.ssh/authorized_keys .ssh/authorized_keys2`',
    notes: [
      FIRST_LINE_ONLY,
      'With `StrictModes yes`, a key file is skipped when it or a directory above it is writable by others.',
      'Files listed here are tried before `AuthorizedKeysCommand`.',
    ],
    related: ['AuthorizedKeysCommand', 'AuthorizedPrincipalsFile', 'StrictModes', 'PubkeyAuthentication'],
    value: { kind: 'path', tokens: '%% %h %U %u', none: true, multiple: true },
    repeat: 'first-line-wins',
    source: 'servconf.c sAuthorizedKeysFile (parse_filenames); auth.c expand_authorized_keys(); auth2-pubkey.c (glob since 10.0)',
  },
  authorizedkeysfile2: {
    summary:
      'Once named a second key file to read besides `AuthorizedKeysFile`. Today `AuthorizedKeysFile` itself takes several paths, so list the extra file there.',
    syntax: DEPRECATED_SYNTAX,
    example: 'AuthorizedKeysFile2 .ssh/authorized_keys2',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option" and ignores the line.'],
    related: ['AuthorizedKeysFile'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (SSHCONF_DEPRECATE, SSHCFG_ALL)',
  },
  authorizedprincipalscommand: {
    summary:
      'Runs a program that prints which certificate principals are acceptable for a user, a dynamic version of `AuthorizedPrincipalsFile`. Useful when the mapping lives in a directory service.',
    syntax:
      'an absolute path with optional arguments. Tokens: all those of `AuthorizedKeysCommand`, plus `%F` CA key fingerprint, `%K` CA key in base64, `%T` CA key type, `%i` certificate key ID, `%s` certificate serial. Or `none`.',
    example: 'AuthorizedPrincipalsCommand /usr/local/bin/principals %u %i',
    default: '`none`',
    notes: [
      '`AuthorizedPrincipalsCommandUser` is required; without it sshd exits at startup.',
      'Used for certificates signed by a CA from `TrustedUserCAKeys`.',
      'Same rules as `AuthorizedKeysCommand`: owned by root, not writable by others, and the whole rest of the line (comments too) is the command.',
    ],
    related: ['AuthorizedPrincipalsCommandUser', 'AuthorizedPrincipalsFile', 'TrustedUserCAKeys', 'AuthorizedKeysCommand'],
    value: { kind: 'command' },
    repeat: 'first-wins',
    source: 'servconf.c sAuthorizedPrincipalsCommand (parse_command); auth2-pubkey.c match_principals_command(); sshd.c',
    requires: [{ keyword: 'AuthorizedPrincipalsCommandUser', scope: 'global', source: 'sshd.c main(): fatal "AuthorizedPrincipalsCommand set without AuthorizedPrincipalsCommandUser" (V_7_0_P1 … V_10_5_P1)' }],
  },
  authorizedprincipalscommanduser: {
    summary:
      'The account under which `AuthorizedPrincipalsCommand` runs. Pick an unprivileged account reserved for this.',
    syntax: 'a user name; `%u` stands for the user who is logging in.',
    example: 'AuthorizedPrincipalsCommandUser nobody',
    default: 'not set, which makes `AuthorizedPrincipalsCommand` unusable',
    notes: ['sshd refuses to start when `AuthorizedPrincipalsCommand` is set and this is not.'],
    related: ['AuthorizedPrincipalsCommand', 'AuthorizedKeysCommandUser'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'servconf.c sAuthorizedPrincipalsCommandUser (parse_localuser); auth2-pubkey.c; sshd.c',
  },
  authorizedprincipalsfile: {
    summary:
      'A per-user file with the principal names a user certificate must contain to log in as that user. Without it, the certificate has to list the user\'s own name.',
    syntax:
      'a path with tokens `%h`, `%u`, `%U` and `%%` (relative paths start at the home directory), or `none`. Glob patterns work since 10.0.',
    example: 'AuthorizedPrincipalsFile /etc/ssh/principals/%u',
    default: '`none`',
    notes: [
      'Applies only to certificates from a CA in `TrustedUserCAKeys`; for a CA trusted by a `cert-authority` line in `authorized_keys`, use its `principals=` option.',
      'One name per line; a line may start with `authorized_keys`-style options.',
      'Up to 10.5, `none` set inside a `Match` block was taken as a file name (fixed in 10.6).',
    ],
    related: ['TrustedUserCAKeys', 'AuthorizedPrincipalsCommand', 'AuthorizedKeysFile'],
    value: { kind: 'path', tokens: '%% %h %U %u', none: true },
    repeat: 'first-wins',
    source: 'servconf.c sAuthorizedPrincipalsFile; auth.c authorized_principals_file(); auth2-pubkey.c; release-10.6',
  },
  banner: {
    summary:
      'Sends the text of a file to the client before authentication, usually a legal notice or warning. ssh prints it ahead of the password prompt.',
    syntax: 'a file path, or `none`.',
    example: 'Banner /etc/issue.net',
    default: '`none`',
    notes: [
      'Clients can suppress it (`ssh -q`, `LogLevel QUIET`), so do not count on users seeing it.',
      'The file is read again for each connection; edits need no restart.',
    ],
    related: ['PrintMotd', 'VersionAddendum'],
    value: { kind: 'path', none: true },
    repeat: 'first-wins',
    source: 'servconf.c sBanner (parse_filename); auth2.c userauth_banner()',
  },
  casignaturealgorithms: {
    summary:
      'The signature algorithms a certificate authority may have used on user or host certificates that sshd accepts. Narrow it to refuse certificates signed with weaker algorithms.',
    syntax: ALGO_SYNTAX,
    example: 'CASignatureAlgorithms ssh-ed25519,rsa-sha2-512',
    default:
      'Ed25519, ECDSA, their FIDO (`sk-`) forms and `rsa-sha2-512`/`rsa-sha2-256`; `sshd -T` prints the effective list',
    notes: [
      'The SHA-1 based `ssh-rsa` signature is not in the default list.',
      '`ssh -Q CASignatureAlgorithms` lists every name the build knows.',
    ],
    related: ['TrustedUserCAKeys', 'PubkeyAcceptedAlgorithms', 'HostbasedAcceptedAlgorithms'],
    value: { kind: 'algorithms', family: 'sig' },
    repeat: 'first-wins',
    source: 'servconf.c sCASignatureAlgorithms (parse_pubkey_algos, ca_only); myproposal.h SSH_ALLOWED_CA_SIGALGS',
  },
  challengeresponseauthentication: {
    summary:
      'Old name of `KbdInteractiveAuthentication`; since OpenSSH 8.7 it sets exactly that option. Before 8.7 it was a separate switch for challenge-response backends such as PAM or BSD auth.',
    syntax: YES_NO,
    example: 'ChallengeResponseAuthentication no',
    default: 'same as `KbdInteractiveAuthentication` (`yes`)',
    notes: [
      'Many older sshd_config files still use this name; replace it with `KbdInteractiveAuthentication`.',
      'Both names share one setting, so whichever line comes first wins.',
    ],
    related: ['KbdInteractiveAuthentication', 'UsePAM'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHCONF_ALIAS(ChallengeResponseAuthentication, KbdInteractiveAuthentication); release-8.7',
  },
  channeltimeout: {
    summary:
      'Closes a channel (a shell, a command, a forwarded port, an agent connection…) after it has carried no data for the given time. Keepalive probes do not count as activity, so this is the server-side idle timeout.',
    syntax:
      'one or more `type=interval` entries, e.g. `session:*=30m direct-tcpip=1h`, or `none`. The type is a pattern: `session:*` covers shells, commands and subsystems; `global` (OpenSSH 9.7+) applies to all channels together. An interval of `0` switches that type off.',
    example: 'ChannelTimeout session:*=30m',
    default: '`none` (channels never time out)',
    notes: [
      'Up to OpenSSH 10.5, `session=…` does not cover shells or commands: write `session:*=…`.',
      'Up to OpenSSH 10.4, a ChannelTimeout inside a `Match` block is shown by `sshd -T` but not applied.',
      'Only the first ChannelTimeout line that applies is used; later lines are ignored.',
      'The first entry whose type pattern matches a channel decides its timeout. `global` is only matched when written out, never by `*`.',
      'Fractions of a second are accepted from 10.6.',
      'A closed channel does not end the connection, and processes started in the session may keep running.',
    ],
    related: ['UnusedConnectionTimeout', 'ClientAliveInterval'],
    value: { kind: 'custom', grammar: 'none | TYPE-PATTERN=INTERVAL …' },
    repeat: 'first-line-wins',
    source:
      'servconf.c sChannelTimeout, misc.c parse_pattern_interval(), channels.c lookup_timeout(); commit 2d1ff2b94 (V_9_2_P1); release-9.7, release-10.6',
  },
  checkmail: {
    summary:
      'Once made sshd tell users about new mail at login. The login shell or PAM (`pam_mail`) does that now.',
    syntax: DEPRECATED_SYNTAX,
    example: 'CheckMail no',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option" and ignores the line.'],
    related: ['PrintMotd', 'UsePAM'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (SSHCONF_DEPRECATE)',
  },
  chrootdirectory: {
    summary:
      'After authentication, locks the session into a directory with `chroot(2)`. Mostly used together with `ForceCommand internal-sftp` to give SFTP-only accounts a jail.',
    syntax: 'a directory path; `~` and the tokens `%h`, `%u`, `%U` and `%%` are expanded. Or `none`.',
    example: 'ChrootDirectory /srv/sftp/%u',
    default: '`none`',
    notes: [
      'Every directory along the path must be owned by root and writable by nobody else, otherwise the session is refused. Give the user a writable subdirectory inside.',
      'Shells and commands need their binaries, libraries and basic `/dev` entries inside the jail; `internal-sftp` needs none of that (but may need `/dev/log` for logging).',
      'Inside the jail sshd then moves into the user\'s home directory, taken relative to the new root.',
      '`StrictModes` does not apply here: these ownership checks always happen.',
    ],
    related: ['ForceCommand', 'Subsystem', 'Match'],
    value: { kind: 'path', tokens: '%% %h %U %u', none: true },
    repeat: 'first-wins',
    source: 'servconf.c sChrootDirectory; session.c do_setusercontext() / safely_chroot()',
  },
  ciphers: {
    summary:
      'The symmetric ciphers sshd is willing to use to encrypt the connection. Trim it to follow a policy, e.g. only AES-GCM, or add back an old cipher for a legacy client.',
    syntax: ALGO_SYNTAX,
    example: 'Ciphers aes256-gcm@openssh.com,chacha20-poly1305@openssh.com',
    default: '`chacha20-poly1305@openssh.com`, then AES-GCM, then AES-CTR (GCM is ahead of CTR since 10.0)',
    notes: ['`ssh -Q cipher` lists what the build supports; `sshd -T` shows the list in effect.'],
    related: ['MACs', 'KexAlgorithms', 'HostKeyAlgorithms'],
    value: { kind: 'algorithms', family: 'cipher' },
    repeat: 'first-wins',
    source: 'servconf.c sCiphers (ciphers_valid); myproposal.h KEX_SERVER_ENCRYPT; release-10.0',
  },
  clientalivecountmax: {
    summary:
      'How many client-alive probes may go unanswered before sshd decides the client is gone and closes the connection. Any packet from the client resets the count, so a live client is never cut.',
    syntax: 'a whole number; `0` means never disconnect (since OpenSSH 8.2).',
    example: 'ClientAliveCountMax 3',
    default: '`3`',
    notes: [
      'Only matters when `ClientAliveInterval` is set.',
      'Since OpenSSH 8.2, `0` disables the disconnection entirely. Before 8.2 it dropped the connection at the first unanswered interval, which is why old hardening guides use it as an "idle timeout".',
    ],
    related: ['ClientAliveInterval', 'ChannelTimeout', 'UnusedConnectionTimeout'],
    value: { kind: 'integer', min: 0, zero: { since: '8.2', before: 'sshd drops the client at the first interval that passes without an answer', after: 'unanswered probes never make sshd drop the client' } },
    repeat: 'first-wins',
    source: 'servconf.c sClientAliveCountMax (parse_int); commit 69334996 (V_8_2_P1), release-8.2; 0: serverloop.c client_alive_check() (V_8_1_P1 and V_9_2_P1)',
  },
  clientaliveinterval: {
    summary:
      'How long sshd waits without hearing anything from the client before it sends an encrypted "are you there?" probe through the connection. It detects clients that have vanished; a client that is idle but still running answers every probe and is never disconnected by it.',
    syntax: `${TIME_SYNTAX}; \`0\` turns probing off.`,
    example: 'ClientAliveInterval 5m',
    default: '`0` (no probes)',
    notes: [
      'A vanished client is dropped about `ClientAliveInterval × (ClientAliveCountMax + 1)` after the last packet from it.',
      'OpenSSH 9.2 to 9.4 send the probes only about every second interval (fixed in 9.5).',
      'To log out idle users use `ChannelTimeout` / `UnusedConnectionTimeout` (OpenSSH 9.2+) or the shell\'s `TMOUT`.',
    ],
    related: ['ClientAliveCountMax', 'TCPKeepAlive', 'ChannelTimeout', 'UnusedConnectionTimeout'],
    value: { kind: 'time', zero: 'no probes are sent' },
    repeat: 'first-wins',
    source: 'servconf.c sClientAliveInterval (parse_time); serverloop.c client_alive_check(); 0: serverloop.c:215 (V_9_2_P1)',
  },
  compression: {
    summary:
      'Whether the client may switch on zlib compression once authentication is done. It seldom helps on fast links and costs CPU.',
    syntax: '`yes`, `delayed` (an old synonym of `yes`) or `no`.',
    example: 'Compression no',
    default: '`yes` if sshd was built with zlib, otherwise `no`',
    notes: [
      'All channels share one compression stream. When trusted and untrusted data travel together (e.g. a forwarded port next to a shell), packet sizes can reveal secrets; prefer `no` in that case.',
      'Since 10.6 the LZ77 dictionary coder is off to close such a leak, so compression saves less.',
      'Without zlib support, `yes` and `delayed` are rejected.',
    ],
    related: ['Ciphers'],
    value: {
      kind: 'enum',
      values: ['yes', 'delayed', 'no'],
      meanings: {
        yes: 'clients may switch on zlib compression, which starts once the user has logged in; before 7.4 `yes` also allowed compression from the start of the connection.',
        delayed: 'the same as `yes` since 7.4: compression may start only after login (before 7.4 it was the one setting that waited for login).',
        no: 'sshd offers no compression, so every connection runs uncompressed.',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sCompression (multistate_compression, WITH_ZLIB); servconf.h SSHD_DEFAULT_COMPRESSION; release-10.6; meanings: sshd.c/sshd-auth.c do_ssh2_kex() proposal (V_7_0_P1, V_7_4_P1, V_10_0_P1)',
  },
  denygroups: {
    summary:
      'Refuses login to anyone whose primary or supplementary group matches one of the listed patterns. Good for shutting out service accounts or a group of suspended users.',
    syntax: 'space-separated group name patterns; `*`, `?` and `!` work. Names only, not GIDs.',
    example: 'DenyGroups nossh',
    default: 'not set: no group is refused',
    notes: [LIST_ADDS_UP, ALLOW_DENY_NOTE],
    related: ['AllowGroups', 'DenyUsers', 'AllowUsers'],
    value: { kind: 'list', separator: 'space', item: 'group name pattern' },
    repeat: 'accumulate',
    source: 'servconf.c sDenyGroups (appends); auth.c allowed_user()',
  },
  denyusers: {
    summary:
      'Refuses login to the listed users, optionally only when they come from a given host or network (`USER@HOST`). It is checked before every other allow/deny list.',
    syntax:
      'user patterns separated by spaces, each `USER` or `USER@HOST`; `HOST` may be a name pattern, an address pattern or a CIDR block. Names only, not UIDs.',
    example: 'DenyUsers root guest@*',
    default: 'not set: no user is refused',
    notes: [
      LIST_ADDS_UP,
      ALLOW_DENY_NOTE,
      'With `UseDNS no` (the default) the `HOST` part is compared with the client\'s address, not its name.',
    ],
    related: ['AllowUsers', 'DenyGroups', 'AllowGroups', 'UseDNS'],
    value: { kind: 'list', separator: 'space', item: 'USER or USER@HOST pattern' },
    repeat: 'accumulate',
    source: 'servconf.c sDenyUsers (appends); auth.c allowed_user(); match.c match_user()',
  },
  disableforwarding: {
    summary:
      'Switches off every kind of forwarding at once: TCP ports, Unix sockets, the ssh-agent, X11 and tunnel devices. Handy in a `Match` block for restricted accounts.',
    syntax: YES_NO,
    example: 'DisableForwarding yes',
    default: '`no`',
    notes: [
      'When `yes`, it wins over `AllowTcpForwarding`, `AllowStreamLocalForwarding`, `AllowAgentForwarding`, `X11Forwarding` and `PermitTunnel`.',
      'Before OpenSSH 10.0 it failed to stop X11 and agent forwarding; on older servers also set those two options.',
    ],
    related: [
      'AllowTcpForwarding',
      'AllowStreamLocalForwarding',
      'AllowAgentForwarding',
      'X11Forwarding',
      'PermitTunnel',
      'ForceCommand',
    ],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sDisableForwarding (multistate_flag); serverloop.c, session.c; release-10.0',
  },
  dsaauthentication: {
    summary:
      'Very old name of `PubkeyAuthentication`, from the time when DSA was the only key type for SSH-2. Write `PubkeyAuthentication` instead.',
    syntax: YES_NO,
    example: 'DSAAuthentication yes',
    default: 'same as `PubkeyAuthentication` (`yes`)',
    notes: [
      'Unlike `PubkeyAuthentication`, this spelling is not accepted inside a `Match` block.',
      'It switches all public key authentication, not just DSA keys (which OpenSSH 10.0 dropped entirely).',
    ],
    related: ['PubkeyAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHCONF_ALIAS(DSAAuthentication, PubkeyAuthentication, SSHCFG_GLOBAL); release-10.0',
  },
  exposeauthinfo: {
    summary:
      'Writes the authentication methods and public credentials (such as the key) the user logged in with to a temporary file, and tells the session where it is through `SSH_USER_AUTH`. Lets scripts find out which key or certificate was used.',
    syntax: YES_NO,
    example: 'ExposeAuthInfo yes',
    default: '`no`',
    notes: ['The file is removed when the session ends.'],
    related: ['AuthenticationMethods', 'LogLevel'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sExposeAuthInfo (multistate_flag); session.c prepare_auth_info_file()',
  },
  fingerprinthash: {
    summary:
      'The hash sshd uses when it writes key fingerprints to the log. Only worth changing to match old log-processing tools that expect MD5.',
    syntax:
      '`sha256` or `md5` (the documented ones); the parser also takes `sha1`, `sha384` and `sha512`. Case does not matter.',
    example: 'FingerprintHash md5',
    default: '`sha256`',
    notes: [
      'Unlike most options, the last line wins: sshd never had a first-value guard for it (still so in 10.5).',
    ],
    related: ['LogLevel'],
    value: {
      kind: 'enum',
      values: ['md5', 'sha256', 'sha1', 'sha384', 'sha512'],
      meanings: {
        md5: 'sshd logs key fingerprints as MD5, in colon-separated hex.',
        sha1: 'sshd logs key fingerprints as SHA-1, in base64.',
        sha256: 'sshd logs key fingerprints as SHA-256, in base64 (the `SHA256:...` form).',
        sha384: 'sshd logs key fingerprints as SHA-384, in base64.',
        sha512: 'sshd logs key fingerprints as SHA-512, in base64.',
      },
    },
    repeat: 'last-wins',
    source: 'servconf.c sFingerprintHash (ssh_digest_alg_by_name, strcasecmp; no first-wins guard); digest-openssl.c; meanings: auth.c, sshkey.c sshkey_fingerprint() (V_10_0_P1)',
  },
  forcecommand: {
    summary:
      'Runs this command whatever the client asked for (a shell, a command or a subsystem such as sftp). Typical uses are SFTP-only accounts (`internal-sftp`) and accounts that may run just one program.',
    syntax:
      'the rest of the line, run with the user\'s shell as `shell -c "…"`; `internal-sftp` starts the built-in SFTP server; `none` for no forced command.',
    example: 'ForceCommand internal-sftp',
    default: '`none`',
    notes: [
      'The command the client sent is available to the forced command in `SSH_ORIGINAL_COMMAND`.',
      '`~/.ssh/rc` is not run.',
      'It does not restrict forwarding: add `DisableForwarding yes` (or the single `Allow*` options) if the account should only run the command.',
      'The whole rest of the line is used as written, so a trailing `# comment` becomes part of the command.',
    ],
    related: ['ChrootDirectory', 'DisableForwarding', 'Subsystem', 'Match', 'PermitUserRC'],
    value: { kind: 'command' },
    repeat: 'first-wins',
    source: 'servconf.c sForceCommand (raw rest of line); session.c do_exec()',
  },
  gatewayports: {
    summary:
      'Whether ports opened on the server for remote forwarding (`ssh -R`) may listen on other addresses than loopback, so that other machines can connect to them.',
    syntax:
      '`no` (always loopback), `yes` (always all addresses) or `clientspecified` (the client picks the address in its `-R` request).',
    example: 'GatewayPorts clientspecified',
    default: '`no`',
    notes: ['`PermitListen` can further limit which addresses and ports are allowed.'],
    related: ['AllowTcpForwarding', 'PermitListen', 'PermitOpen'],
    value: {
      kind: 'enum',
      values: ['no', 'yes', 'clientspecified'],
      meanings: {
        no: 'ports forwarded with `ssh -R` listen on the server\'s loopback address only, whatever address the client asks for.',
        yes: 'ports forwarded with `ssh -R` listen on all of the server\'s addresses, even when the client asked for one address.',
        clientspecified: 'the client chooses the address its `ssh -R` ports listen on; an empty address or `*` means all addresses.',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sGatewayPorts (multistate_gatewayports); channels.c; meanings: channels.c channel_fwd_bind_addr() (V_10_0_P1)',
  },
  gssapiauthentication: {
    summary:
      'Whether users may authenticate with GSSAPI, in practice Kerberos single sign-on: a user with a valid ticket logs in without a password.',
    syntax: YES_NO,
    example: 'GSSAPIAuthentication yes',
    default: '`no`',
    notes: [
      'Exists only in builds with GSSAPI support (Debian and most Linux distributions have it); other builds log "Unsupported option".',
      'OpenSSH 10.4 accidentally renamed it `GssAuthentication` and rejected this name; 10.5 restored it.',
    ],
    related: ['GSSAPICleanupCredentials', 'GSSAPIStrictAcceptorCheck', 'GSSAPIDelegateCredentials', 'KerberosAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHD_CONFIG_ENTRIES_GSS (GSSAPI); commit c14709356 (V_10_5_P1, bz3974)',
  },
  gssapicleanupcredentials: {
    summary:
      'Whether sshd deletes the user\'s GSSAPI credential cache (delegated Kerberos tickets) when the user logs out.',
    syntax: YES_NO,
    example: 'GSSAPICleanupCredentials yes',
    default: '`yes`',
    notes: [
      'Set `no` only if processes that outlive the session still need the tickets.',
      'Only in builds with GSSAPI. OpenSSH 10.4 spelled it `GssCleanupCreds` by mistake (fixed in 10.5).',
    ],
    related: ['GSSAPIAuthentication', 'GSSAPIDelegateCredentials', 'KerberosTicketCleanup'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHD_CONFIG_ENTRIES_GSS (GSSAPI); commit c14709356 (V_10_5_P1)',
  },
  gssapidelegatecredentials: {
    summary:
      'Whether sshd accepts Kerberos credentials that the client forwards (the client\'s own `GSSAPIDelegateCredentials`), so the user has tickets inside the session. Server-side option since OpenSSH 10.3.',
    syntax: YES_NO,
    example: 'GSSAPIDelegateCredentials no',
    default: '`yes`',
    notes: ['Only in builds with GSSAPI. Unknown before 10.3, and spelled `GssDelegateCreds` in 10.4 only.'],
    related: ['GSSAPIAuthentication', 'GSSAPICleanupCredentials'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHD_CONFIG_ENTRIES_GSS (GSSAPI); release-10.3; commit c14709356 (V_10_5_P1)',
  },
  gssapistrictacceptorcheck: {
    summary:
      'With `yes`, a GSSAPI client must authenticate to the `host/` service principal of this machine\'s current host name; with `no`, any service key in the default keytab will do. `no` helps on multi-homed hosts known under several names.',
    syntax: YES_NO,
    example: 'GSSAPIStrictAcceptorCheck no',
    default: '`yes`',
    notes: [
      'May have no effect against Windows Active Directory.',
      'Only in builds with GSSAPI. Spelled `GssStrictAcceptor` in 10.4 only.',
    ],
    related: ['GSSAPIAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHD_CONFIG_ENTRIES_GSS (GSSAPI); gss-serv.c; commit c14709356 (V_10_5_P1)',
  },
  gssauthentication: {
    summary:
      'The name OpenSSH 10.4 gave `GSSAPIAuthentication` by mistake; only 10.4 accepts it. Write `GSSAPIAuthentication`.',
    syntax: YES_NO,
    example: 'GssAuthentication yes',
    default: 'same as `GSSAPIAuthentication` (`no`)',
    notes: ['10.5 went back to the documented name (bz3974), and from then on this spelling is an unknown keyword.'],
    related: ['GSSAPIAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'V_10_4_P1 servconf.h:317; commit c14709356 (V_10_5_P1)',
  },
  gsscleanupcreds: {
    summary:
      'The name OpenSSH 10.4 gave `GSSAPICleanupCredentials` by mistake; only 10.4 accepts it. Write `GSSAPICleanupCredentials`.',
    syntax: YES_NO,
    example: 'GssCleanupCreds yes',
    default: 'same as `GSSAPICleanupCredentials` (`yes`)',
    notes: ['Unknown again from 10.5 on.'],
    related: ['GSSAPICleanupCredentials'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'V_10_4_P1 servconf.h:318; commit c14709356 (V_10_5_P1)',
  },
  gssdelegatecreds: {
    summary:
      'The name OpenSSH 10.4 gave `GSSAPIDelegateCredentials` by mistake; only 10.4 accepts it. Write `GSSAPIDelegateCredentials`.',
    syntax: YES_NO,
    example: 'GssDelegateCreds no',
    default: 'same as `GSSAPIDelegateCredentials` (`yes`)',
    notes: ['Unknown again from 10.5 on.'],
    related: ['GSSAPIDelegateCredentials'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'V_10_4_P1 servconf.h:319; commit c14709356 (V_10_5_P1)',
  },
  gssstrictacceptor: {
    summary:
      'The name OpenSSH 10.4 gave `GSSAPIStrictAcceptorCheck` by mistake; only 10.4 accepts it. Write `GSSAPIStrictAcceptorCheck`.',
    syntax: YES_NO,
    example: 'GssStrictAcceptor no',
    default: 'same as `GSSAPIStrictAcceptorCheck` (`yes`)',
    notes: ['Unknown again from 10.5 on.'],
    related: ['GSSAPIStrictAcceptorCheck'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'V_10_4_P1 servconf.h:320; commit c14709356 (V_10_5_P1)',
  },
  hostbasedacceptedalgorithms: {
    summary:
      'The signature algorithms sshd accepts from client hosts during host-based authentication. Only relevant when `HostbasedAuthentication` is on.',
    syntax: ALGO_SYNTAX,
    example: 'HostbasedAcceptedAlgorithms ssh-ed25519,ssh-ed25519-cert-v01@openssh.com',
    default: 'the same list as `PubkeyAcceptedAlgorithms`: certificates first, then Ed25519, ECDSA, FIDO and RSA-SHA2 keys',
    notes: [
      'Called `HostbasedAcceptedKeyTypes` before 8.5; the old name still works.',
      '`ssh -Q HostbasedAcceptedAlgorithms` lists the names this build knows.',
    ],
    related: ['HostbasedAuthentication', 'PubkeyAcceptedAlgorithms', 'CASignatureAlgorithms'],
    value: KEY_SIG,
    repeat: 'first-wins',
    source: 'servconf.c sHostbasedAcceptedAlgorithms (parse_pubkey_algos); myproposal.h KEX_DEFAULT_PK_ALG; release-8.5',
  },
  hostbasedacceptedkeytypes: {
    summary: 'Name used before OpenSSH 8.5 for `HostbasedAcceptedAlgorithms`; it still sets that option.',
    syntax: ALGO_SYNTAX,
    example: 'HostbasedAcceptedKeyTypes ssh-ed25519',
    default: 'same as `HostbasedAcceptedAlgorithms`',
    notes: ['Both names share one setting: the first line using either wins.'],
    related: ['HostbasedAcceptedAlgorithms'],
    value: KEY_SIG,
    repeat: 'first-wins',
    source: 'servconf.h SSHCONF_ALIAS(HostBasedAcceptedKeyTypes, HostbasedAcceptedAlgorithms); release-8.5',
  },
  hostbasedauthentication: {
    summary:
      'Allows host-based authentication: a user is let in because the client machine proves its identity with its host key and the user is trusted through `.rhosts`/`.shosts` or `/etc/hosts.equiv`/`/etc/ssh/shosts.equiv`. Only for closely managed clusters.',
    syntax: YES_NO,
    example: 'HostbasedAuthentication no',
    default: '`no`',
    notes: [
      'Trusting a host means trusting everyone who is root there.',
      'The client host key must be in `/etc/ssh/ssh_known_hosts` (or the user\'s `known_hosts`, see `IgnoreUserKnownHosts`), and the client must run `ssh` with `HostbasedAuthentication` and `EnableSSHKeysign`.',
    ],
    related: [
      'HostbasedAcceptedAlgorithms',
      'HostbasedUsesNameFromPacketOnly',
      'IgnoreRhosts',
      'IgnoreUserKnownHosts',
    ],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sHostbasedAuthentication (multistate_flag); auth2-hostbased.c, auth-rhosts.c',
  },
  hostbasedusesnamefrompacketonly: {
    summary:
      'During host-based authentication, `yes` makes sshd trust the host name the client sends instead of looking up the name of the connecting address. Useful behind NAT or where reverse DNS is wrong.',
    syntax: YES_NO,
    example: 'HostbasedUsesNameFromPacketOnly yes',
    default: '`no` (sshd does a reverse lookup and compares)',
    notes: ['The name is then only as trustworthy as the client host\'s key check.'],
    related: ['HostbasedAuthentication', 'UseDNS'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sHostbasedUsesNameFromPacketOnly (multistate_flag); auth2-hostbased.c',
  },
  hostcertificate: {
    summary:
      'Loads a host certificate (a host public key signed by your CA). Clients that trust that CA through a `@cert-authority` line can then verify the server without a `known_hosts` entry.',
    syntax: 'a file path. The certificate must belong to one of the `HostKey` keys.',
    example: 'HostCertificate /etc/ssh/ssh_host_ed25519_key-cert.pub',
    default: 'none: no certificates are loaded',
    notes: [
      'Repeat the line for each certificate; the lines add up.',
      'A relative path is taken from the directory sshd was started in; use absolute paths.',
    ],
    related: ['HostKey', 'TrustedUserCAKeys'],
    value: { kind: 'path' },
    repeat: 'accumulate',
    source: 'servconf.c sHostCertificate (servconf_add_hostcert, derelativise_path); sshd.c',
  },
  hostdsakey: {
    summary: 'Old name of `HostKey`, from the days when DSA keys needed their own line. It still adds a host key file.',
    syntax: 'a file path.',
    example: 'HostDSAKey /etc/ssh/ssh_host_dsa_key',
    default: 'same as `HostKey`',
    notes: [
      'OpenSSH 10.0 removed DSA support, so an actual DSA key given here will not load. Write `HostKey` with a modern key.',
      'Lines add up together with `HostKey` lines.',
    ],
    related: ['HostKey'],
    value: { kind: 'path' },
    repeat: 'accumulate',
    source: 'servconf.h SSHCONF_ALIAS(HostDSAKey, HostKey, SSHCFG_GLOBAL); release-10.0',
  },
  hostkey: {
    summary:
      'A private host key file; clients use the matching public key to recognise the server. Give one line per key type you want to offer.',
    syntax:
      'a file path. A public key file also works when the private half is held by an agent (`HostKeyAgent`).',
    example: 'HostKey /etc/ssh/ssh_host_ed25519_key',
    default:
      '`/etc/ssh/ssh_host_rsa_key`, `ssh_host_ecdsa_key` and `ssh_host_ed25519_key` (since 10.4 also `ssh_host_mldsa44_ed25519_key`), all under the build\'s config directory',
    notes: [
      'Lines add up. Setting any `HostKey` replaces the whole default set.',
      'sshd refuses a key file that group or others can read.',
      '`HostKeyAlgorithms` decides which of the loaded keys are offered; RSA keys shorter than `RequiredRSASize` are skipped.',
      'A relative path is taken from sshd\'s working directory; use absolute paths.',
    ],
    related: ['HostKeyAlgorithms', 'HostCertificate', 'HostKeyAgent', 'RequiredRSASize'],
    value: { kind: 'path' },
    repeat: 'accumulate',
    source: 'servconf.c sHostKey (servconf_add_hostkey); fill_default_server_options(); pathnames.h; sshd.c',
  },
  hostkeyagent: {
    summary:
      'The Unix socket of an ssh-agent that holds the host private keys, so the keys need not be readable on disk (e.g. on a hardware token).',
    syntax: 'a socket path, the word `SSH_AUTH_SOCK` (use the socket named in that environment variable of sshd), or `none`.',
    example: 'HostKeyAgent /run/ssh-hostkey-agent.sock',
    default: '`none`',
    notes: ['`HostKey` lines then name the public key files.'],
    related: ['HostKey'],
    value: { kind: 'path', none: true },
    repeat: 'first-wins',
    source: 'servconf.c sHostKeyAgent (strcmp SSH_AUTH_SOCK); sshd.c',
  },
  hostkeyalgorithms: {
    summary:
      'The host key signature algorithms the server offers to clients. Trim it to stop offering a key type without removing the key file.',
    syntax: ALGO_SYNTAX,
    example: 'HostKeyAlgorithms ssh-ed25519,ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512',
    default: 'certificate types first, then Ed25519, ECDSA, FIDO and RSA-SHA2; `sshd -T` prints the list in effect',
    notes: [
      'Only algorithms for which a `HostKey` (or `HostCertificate`) is loaded are actually offered.',
      '`ssh -Q HostKeyAlgorithms` lists the names this build knows.',
    ],
    related: ['HostKey', 'HostCertificate', 'KexAlgorithms'],
    value: KEY_SIG,
    repeat: 'first-wins',
    source: 'servconf.c sHostKeyAlgorithms (parse_pubkey_algos); myproposal.h KEX_DEFAULT_PK_ALG',
  },
  ignorerhosts: {
    summary:
      'Whether host-based authentication ignores the users\' own `~/.rhosts` and `~/.shosts` files. The system-wide `/etc/hosts.equiv` and `/etc/ssh/shosts.equiv` are read regardless.',
    syntax: '`yes` (ignore both), `shosts-only` (use `~/.shosts`, ignore `~/.rhosts`) or `no` (use both).',
    example: 'IgnoreRhosts yes',
    default: '`yes`',
    notes: ['`shosts-only`, and use inside `Match`, arrived in OpenSSH 8.3.'],
    related: ['HostbasedAuthentication', 'IgnoreUserKnownHosts'],
    value: {
      kind: 'enum',
      values: ['yes', 'no', 'shosts-only'],
      meanings: {
        yes: 'for host-based login sshd skips the user\'s `~/.rhosts` and `~/.shosts`; the system-wide `/etc/hosts.equiv` and `shosts.equiv` still count.',
        no: 'for host-based login sshd also reads the user\'s `~/.rhosts` and `~/.shosts`.',
        'shosts-only': 'for host-based login sshd reads the user\'s `~/.shosts` but skips `~/.rhosts` (since 8.3).',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sIgnoreRhosts (multistate_ignore_rhosts); auth-rhosts.c; release-8.3; meanings: auth-rhosts.c auth_rhosts2() (V_8_3_P1, V_10_0_P1)',
  },
  ignoreuserknownhosts: {
    summary:
      'During host-based authentication, `yes` makes sshd use only the system-wide `/etc/ssh/ssh_known_hosts` and skip the user\'s `~/.ssh/known_hosts`, so users cannot add trusted client hosts themselves.',
    syntax: YES_NO,
    example: 'IgnoreUserKnownHosts yes',
    default: '`no`',
    related: ['HostbasedAuthentication', 'IgnoreRhosts'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sIgnoreUserKnownHosts (multistate_flag); auth.c check_key_in_hostfiles()',
  },
  include: {
    summary:
      'Reads other configuration files at this point, as if their lines were written here. Distributions use it for drop-in directories like `/etc/ssh/sshd_config.d/*.conf`.',
    syntax:
      'one or more paths separated by spaces; `*`, `?` and `[…]` globs are expanded and the matches read in sorted order. Paths that do not start with `/` or `~` are taken relative to `/etc/ssh`.',
    example: 'Include /etc/ssh/sshd_config.d/*.conf',
    default: 'none',
    notes: [
      'Because the first value wins, files included near the top override later lines of the main file (this is how Debian\'s drop-ins take effect).',
      'A missing file or a glob with no match is silently skipped.',
      'Inside a `Match` block the included lines belong to that block. A `Match` inside an included file ends with that file.',
      'Since OpenSSH 8.2; nesting is limited to 16 levels.',
    ],
    related: ['Match'],
    value: { kind: 'path', multiple: true },
    repeat: 'accumulate',
    source: 'servconf.c sInclude (glob, SSHDIR); parse_server_config_depth(); release-8.2',
  },
  ipqos: {
    summary:
      'The DSCP traffic class sshd marks its packets with, so routers can prioritise interactive sessions over bulk transfers. Given two values, interactive sessions get the first and all other traffic the second.',
    syntax:
      'one or two values: `af11`…`af43`, `cs0`…`cs7`, `ef`, `le`, `va` (10.3+), `none` (leave it to the OS) or a number 0–255.',
    example: 'IPQoS ef cs1',
    default: 'upstream `ef` for interactive and `cs0` for bulk since 10.1 (`af21 cs1` before); Debian 9.2: `lowdelay throughput`',
    notes: [
      'The old ToS words `lowdelay`, `throughput` and `reliability` are still accepted but have been ignored since 10.1 (the OS default is used).',
      'Up to 10.2 the last line won instead of the first (fixed in 10.3, bz3924).',
    ],
    related: ['TCPKeepAlive'],
    value: { kind: 'custom', grammar: 'CLASS [CLASS]; CLASS = af11…af43 | cs0…cs7 | ef | le | va | none | 0–255' },
    repeat: 'first-wins',
    source: 'servconf.c sIPQoS; misc.c parse_ipqos() (strcasecmp); fill_default_server_options(); release-10.1, release-10.3',
  },
  kbdinteractiveauthentication: {
    summary:
      'Allows keyboard-interactive authentication, where the server sends prompts and the user answers them. With `UsePAM yes` this is how PAM asks for passwords or one-time codes.',
    syntax: YES_NO,
    example: 'KbdInteractiveAuthentication no',
    default: '`yes` (Debian\'s shipped sshd_config sets `no`)',
    notes: [
      'For key-only logins with PAM turn off both this and `PasswordAuthentication`; either one alone can still lead to a password prompt.',
      '`ChallengeResponseAuthentication` is another name for it since 8.7.',
    ],
    related: ['PasswordAuthentication', 'UsePAM', 'AuthenticationMethods', 'ChallengeResponseAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sKbdInteractiveAuthentication (multistate_flag); auth2-chall.c; release-8.7',
  },
  keepalive: {
    summary: 'Old name of `TCPKeepAlive`; it still sets that option.',
    syntax: YES_NO,
    example: 'KeepAlive yes',
    default: 'same as `TCPKeepAlive` (`yes`)',
    notes: ['Both names share one setting: the first line using either wins.'],
    related: ['TCPKeepAlive'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHCONF_ALIAS(KeepAlive, TCPKeepAlive)',
  },
  kerberosauthentication: {
    summary:
      'Checks the password given for `PasswordAuthentication` against the Kerberos KDC instead of only the local password database. The server needs a keytab so it can verify the KDC.',
    syntax: YES_NO,
    example: 'KerberosAuthentication yes',
    default: '`no`',
    notes: [
      'Exists only in builds with Kerberos 5 (Debian has it); others log "Unsupported option".',
      'For ticket-based single sign-on use `GSSAPIAuthentication` instead.',
    ],
    related: ['KerberosOrLocalPasswd', 'KerberosTicketCleanup', 'KerberosGetAFSToken', 'GSSAPIAuthentication', 'PasswordAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHD_CONFIG_ENTRIES_KRB5 (KRB5); auth-krb5.c',
  },
  kerberosgetafstoken: {
    summary:
      'On AFS sites: when the user holds a Kerberos 5 ticket, get an AFS token before the home directory is accessed, so an AFS home is readable at login.',
    syntax: YES_NO,
    example: 'KerberosGetAFSToken yes',
    default: '`no`',
    notes: ['Needs a build with both Kerberos 5 and AFS support; Debian\'s sshd logs "Unsupported option".'],
    related: ['KerberosAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHD_CONFIG_KRB5_AFS (KRB5 && USE_AFS)',
  },
  kerberosorlocalpasswd: {
    summary:
      'When the Kerberos password check fails, also try the local password mechanism (such as `/etc/shadow`). Turn it off to make Kerberos the only authority for passwords.',
    syntax: YES_NO,
    example: 'KerberosOrLocalPasswd no',
    default: '`yes`',
    notes: ['Only matters with `KerberosAuthentication yes`; only in Kerberos builds.'],
    related: ['KerberosAuthentication', 'PasswordAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHD_CONFIG_ENTRIES_KRB5 (KRB5); auth-passwd.c',
  },
  kerberostgtpassing: {
    summary:
      'Used to let an SSH protocol 1 client forward a Kerberos ticket-granting ticket. That feature left with protocol 1; GSSAPI credential delegation (`GSSAPIDelegateCredentials`) covers it today.',
    syntax: DEPRECATED_SYNTAX,
    example: 'KerberosTgtPassing no',
    default: DEPRECATED_DEFAULT,
    notes: [
      'Delete the line. Up to 10.3 sshd logged it as "Unsupported option", since 10.4 as "Deprecated option"; it does nothing in either case.',
    ],
    related: ['GSSAPIDelegateCredentials', 'GSSAPIAuthentication'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (KerberosTgtPassing); V_10_3_P1 servconf.c (sUnsupported)',
  },
  kerberosticketcleanup: {
    summary: 'Whether sshd deletes the user\'s Kerberos ticket cache when the user logs out.',
    syntax: YES_NO,
    example: 'KerberosTicketCleanup yes',
    default: '`yes`',
    notes: ['Only in Kerberos builds.'],
    related: ['KerberosAuthentication', 'GSSAPICleanupCredentials'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHD_CONFIG_ENTRIES_KRB5 (KRB5); auth-krb5.c',
  },
  kexalgorithms: {
    summary:
      'The key exchange methods the server offers. The client picks from them in its own order, so this list decides what is allowed, not what is preferred.',
    syntax: ALGO_SYNTAX,
    example: 'KexAlgorithms mlkem768x25519-sha256,sntrup761x25519-sha512,curve25519-sha256',
    default:
      'post-quantum hybrids first (`mlkem768x25519-sha256`, `sntrup761x25519-sha512`), then Curve25519 and ECDH over NIST curves; `sshd -T` prints the list in effect',
    notes: [
      'Since 10.0 the server no longer offers finite-field Diffie-Hellman (`diffie-hellman-group*`) by default; add them with `+` for very old clients.',
      '`mlkem768x25519-sha256` became the first choice in 10.0.',
      '`ssh -Q kex` lists what the build supports.',
    ],
    related: ['Ciphers', 'MACs', 'HostKeyAlgorithms', 'ModuliFile'],
    value: { kind: 'algorithms', family: 'kex' },
    repeat: 'first-wins',
    source: 'servconf.c sKexAlgorithms (kex_names_valid); myproposal.h KEX_SERVER_KEX; release-10.0',
  },
  keyregenerationinterval: {
    summary:
      'Set how often the SSH protocol 1 server key was regenerated. Protocol 1 is gone from sshd since 7.4, so the line does nothing.',
    syntax: DEPRECATED_SYNTAX,
    example: 'KeyRegenerationInterval 3600',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option"; delete the line. Protocol 2 renews keys through `RekeyLimit`.'],
    related: ['RekeyLimit', 'Protocol'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (KeyRegenerationInterval); release-7.4',
  },
  listenaddress: {
    summary:
      'A local address (and optionally port) sshd listens on. Use it to keep sshd off public interfaces, e.g. only on a management network or on localhost.',
    syntax:
      '`HOST`, `HOST:PORT`, `IPV4:PORT` or `[IPV6]:PORT`; a bare IPv6 address is fine without a port. An optional `rdomain NAME` after it picks a routing domain.',
    example: 'ListenAddress 192.0.2.10:2222',
    default: 'all local addresses (`0.0.0.0` and `::`) on every `Port`',
    notes: [
      'Lines add up. An address without a port gets every `Port` value.',
      'A host name is resolved once at startup, following `AddressFamily`.',
      '`sshd -p` on the command line replaces the configured ports, not the addresses.',
      '`rdomain` needs OpenBSD or Linux VRF support (OpenSSH 7.7+).',
    ],
    related: ['Port', 'AddressFamily', 'RDomain'],
    value: { kind: 'custom', grammar: 'HOST | HOST:PORT | [IPV6]:PORT [rdomain NAME]' },
    repeat: 'accumulate',
    source: 'servconf.c sListenAddress (hpdelim, a2port, strcmp "rdomain"); queue_listen_addr()',
  },
  logingracetime: {
    summary:
      'How long a client has to finish logging in before sshd drops the connection. Shorter values free slots held by slow or abandoned attempts.',
    syntax: `${TIME_SYNTAX}; \`0\` means no limit.`,
    example: 'LoginGraceTime 30s',
    default: '`120` (2 minutes)',
    notes: [
      'Since 9.9 sshd adds a random delay of up to 4 seconds.',
      'Until it expires, a pending login takes up a `MaxStartups` slot; running out of time also earns a `grace-exceeded` penalty (`PerSourcePenalties`).',
    ],
    related: ['MaxStartups', 'PerSourcePenalties', 'MaxAuthTries'],
    value: { kind: 'time', zero: 'no time limit: a client that never finishes logging in keeps its connection, and its MaxStartups slot, open' },
    repeat: 'first-wins',
    source: 'servconf.c sLoginGraceTime (parse_time); servconf.h SSHD_DEFAULT_LOGIN_GRACE_TIME; sshd-session.c; 0: sshd.c:2213 alarm(login_grace_time) (V_9_2_P1)',
  },
  loglevel: {
    summary:
      'How much sshd writes to the log. `VERBOSE` adds detail about keys and authentication attempts that audits often want, without the flood of the debug levels.',
    syntax:
      'one of `QUIET`, `FATAL`, `ERROR`, `INFO`, `VERBOSE`, `DEBUG` (same as `DEBUG1`), `DEBUG1`, `DEBUG2`, `DEBUG3`; case does not matter.',
    example: 'LogLevel VERBOSE',
    default: '`INFO`',
    notes: [
      'The DEBUG levels log private details of users; avoid them in production.',
      'Allowed inside `Match` since 7.6.',
    ],
    related: ['SyslogFacility', 'LogVerbose', 'FingerprintHash'],
    value: {
      kind: 'enum',
      values: ['QUIET', 'FATAL', 'ERROR', 'INFO', 'VERBOSE', 'DEBUG', 'DEBUG1', 'DEBUG2', 'DEBUG3'],
      meanings: LOG_LEVEL_MEANINGS,
    },
    repeat: 'first-wins',
    source: 'servconf.c sLogLevel; log.c log_level_number() (strcasecmp); meanings: log.c log_levels[], do_log(); auth.c auth_log() (V_10_0_P1)',
  },
  logverbose: {
    summary:
      'Turns on full debug logging for selected places in the source code only, without raising `LogLevel` everywhere. A tool for chasing a specific problem.',
    syntax:
      'one or more entries separated by spaces, each `FILE:FUNCTION:LINE` where every part is a pattern list (e.g. `kex.c:*:*` or `*:kex_exchange_identification():*`); or `none`.',
    example: 'LogVerbose packet.c:*:* *:kex_exchange_identification():*',
    default: '`none`',
    notes: [FIRST_LINE_ONLY, 'Since OpenSSH 8.5.'],
    related: ['LogLevel'],
    value: { kind: 'list', separator: 'space', item: 'FILE:FUNCTION:LINE pattern, or none' },
    repeat: 'first-line-wins',
    source: 'servconf.c sLogVerbose; log.c log_verbose_add(); release-8.5',
  },
  macs: {
    summary:
      'The message authentication codes sshd accepts for protecting data integrity. Trim it to drop SHA-1 or the older encrypt-and-MAC forms.',
    syntax: ALGO_SYNTAX,
    example: 'MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com',
    default:
      'the `-etm@openssh.com` variants of UMAC, HMAC-SHA2 and HMAC-SHA1 first, then the same without `-etm`; `sshd -T` prints the list',
    notes: [
      'Names containing `-etm` compute the MAC over the encrypted data; prefer them.',
      'With AEAD ciphers (`chacha20-poly1305@openssh.com`, AES-GCM) the cipher itself protects integrity and no separate MAC is used.',
      '`ssh -Q mac` lists what the build supports.',
    ],
    related: ['Ciphers', 'KexAlgorithms'],
    value: { kind: 'algorithms', family: 'mac' },
    repeat: 'first-wins',
    source: 'servconf.c sMacs (mac_valid); myproposal.h KEX_SERVER_MAC',
  },
  match: {
    summary:
      'Starts a conditional block: the lines after it, up to the next `Match` or the end of the file, apply only to connections that meet every criterion on this line. Use it to give certain users, groups or networks different settings.',
    syntax:
      '`all`, or one or more `CRITERION PATTERNS` pairs: `User`, `Group`, `Host`, `Address`, `LocalAddress`, `LocalPort`, `RDomain`, `Version` (10.0+), plus `Invalid-User` (9.9+) which takes no pattern. Patterns are comma-separated with `*`, `?` and `!`; `Address` and `LocalAddress` also take CIDR blocks. `CRITERION=PATTERNS` works too.',
    example: 'Match Group sftponly Address 192.0.2.0/24',
    default: 'none: every line is global',
    notes: [
      'Indentation means nothing: every line down to the next `Match` is in the block. `Match all` opens a block that applies to everyone, the usual way to close a narrower one.',
      'A matching block overrides the global value no matter where the global line is. When several blocks match, the first one to set a keyword wins.',
      'Only some keywords are allowed in a block; any other makes sshd reject the file.',
      'With `UseDNS no`, `Host` is compared with the client\'s address, not a name. `LocalPort` takes a single port, not a list.',
      'Check the result with `sshd -T -C user=alice,host=…,addr=…`; without `-C` no block applies.',
      'OpenSSH 9.9 rejected the `CRITERION=PATTERNS` form (fixed in 10.0).',
    ],
    related: ['Include', 'UseDNS'],
    value: {
      kind: 'custom',
      grammar:
        'all | CRITERION PATTERNS … (User, Group, Host, Address, LocalAddress, LocalPort, RDomain, Version, Invalid-User)',
    },
    source: 'servconf.c sMatch, match_cfg_line(), parse_server_match_config(); V_9_9_P1/V_10_0_P1 servconf.c; release-10.0',
  },
  maxauthtries: {
    summary:
      'How many authentication attempts one connection may make before sshd disconnects it. Each public key a client offers counts as an attempt.',
    syntax: 'a whole number.',
    example: 'MaxAuthTries 3',
    default: '`6`',
    notes: [
      'Users whose agent holds many keys hit "Too many authentication failures" first; they can use `IdentitiesOnly` on the client. Since 10.6, key probes are counted separately (`PubkeyAuthOptions max-pk-ok:`).',
      'At `LogLevel INFO` a failed attempt is logged only once half the limit is used up (password failures always); `VERBOSE` shows all of them.',
    ],
    related: ['MaxSessions', 'LoginGraceTime', 'PubkeyAuthOptions', 'PerSourcePenalties'],
    value: { kind: 'integer', min: 0, zero: 'nobody can log in: sshd tries no method and drops the connection at the first authentication request' },
    repeat: 'first-wins',
    source: 'servconf.c sMaxAuthTries (parse_int); servconf.h DEFAULT_AUTH_FAIL_MAX; auth2.c; release-10.6; 0: auth2.c:336, 439 (V_9_2_P1)',
  },
  maxsessions: {
    summary:
      'How many sessions (shells, commands, subsystems) one connection may have open at once. Clients that multiplex (`ControlMaster`) run many sessions over one connection.',
    syntax: 'a whole number; `1` turns multiplexing off, `0` allows no sessions at all but still allows forwarding.',
    example: 'MaxSessions 2',
    default: '`10`',
    related: ['MaxAuthTries', 'MaxStartups'],
    value: { kind: 'integer', min: 0, zero: 'no shell, command or subsystem session can be opened; port forwarding still works' },
    repeat: 'first-wins',
    source: 'servconf.c sMaxSessions (parse_int); servconf.h DEFAULT_SESSIONS_MAX; session.c; 0: session.c session_new() (V_9_2_P1)',
  },
  maxstartups: {
    summary:
      'Caps how many connections may be waiting to authenticate at the same time, so a flood of connections cannot exhaust the server. Between a start and a full value, sshd drops new ones at random, more often as the count grows.',
    syntax:
      '`N` (a hard cap), or `START:RATE:FULL`: from `START` waiting connections on, refuse new ones with `RATE` percent probability, rising linearly to 100% at `FULL`.',
    example: 'MaxStartups 10:30:60',
    default: '`10:30:100`',
    notes: [
      'A single number `N` means `N:30:N`, i.e. a hard limit.',
      '`START` may not exceed `FULL` and `RATE` must be 1–100, otherwise sshd refuses the file.',
      'Up to 10.0 the last line won; since 10.1 the first one does.',
    ],
    related: ['PerSourceMaxStartups', 'LoginGraceTime', 'PerSourcePenalties'],
    value: { kind: 'custom', grammar: 'N | START:RATE:FULL' },
    repeat: 'first-wins',
    source: 'servconf.c sMaxStartups (sscanf "%d:%d:%d"); fill_default_server_options(); release-10.1',
  },
  modulifile: {
    summary:
      'The file with the prime groups used for Diffie-Hellman group exchange (`diffie-hellman-group-exchange-*`). Change it only if you generate your own moduli.',
    syntax: 'a file path.',
    example: 'ModuliFile /etc/ssh/moduli.custom',
    default: '`moduli` in the config directory (usually `/etc/ssh/moduli`; `/etc/moduli` on OpenBSD)',
    notes: [
      'Since 10.0 the server does not offer group exchange unless you add it to `KexAlgorithms`.',
      'Since 10.0, if the file exists but has no group of the size a client asks for, the key exchange fails instead of falling back to built-in groups.',
      'Since OpenSSH 8.6.',
    ],
    related: ['KexAlgorithms'],
    value: { kind: 'path' },
    repeat: 'first-wins',
    source: 'servconf.c sModuliFile (parse_filename); pathnames.h _PATH_DH_MODULI; release-8.6, release-10.0',
  },
  pamauthenticationviakbdint: {
    summary:
      'A switch from the early 2000s for running PAM password checks over keyboard-interactive. `UsePAM` with `KbdInteractiveAuthentication` took its place.',
    syntax: DEPRECATED_SYNTAX,
    example: 'PAMAuthenticationViaKbdInt yes',
    default: DEPRECATED_DEFAULT,
    notes: [
      'Up to 10.3 sshd logged "Deprecated option" and went on. Since 10.4 the keyword is gone: sshd reports "Bad configuration option" and will not start.',
    ],
    related: ['UsePAM', 'KbdInteractiveAuthentication'],
    source: 'V_10_3_P1 servconf.c:605 (sDeprecated); absent from servconf.h at 10.4+',
  },
  pamservicename: {
    summary:
      'The PAM service name sshd uses, i.e. which file under `/etc/pam.d` sets up its authentication, account and session stack. Lets a `Match` block use a different PAM policy.',
    syntax: 'a service name.',
    example: 'PAMServiceName sshd-mfa',
    default: '`sshd` (a build-time setting)',
    notes: [
      'Only matters with `UsePAM yes`; only in builds with PAM (portable OpenSSH 9.8+).',
      'OpenSSH 10.4 wrongly refused it inside `Match`; allowed again in 10.5.',
    ],
    related: ['UsePAM', 'Match'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'servconf.c sPAMServiceName (USE_PAM); SSHD_PAM_SERVICE; commit 4c414d99f (V_10_5_P1)',
  },
  passwordauthentication: {
    summary:
      'Whether users may log in with their account password. Turning it off (with keys in place) shuts out password-guessing attacks.',
    syntax: YES_NO,
    example: 'PasswordAuthentication no',
    default: '`yes`',
    notes: [
      'With `UsePAM yes`, PAM can still ask for a password through keyboard-interactive; set `KbdInteractiveAuthentication no` as well.',
      'Make sure key login works in a second session before switching it off.',
    ],
    related: ['KbdInteractiveAuthentication', 'PubkeyAuthentication', 'PermitEmptyPasswords', 'UsePAM', 'AuthenticationMethods'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sPasswordAuthentication (multistate_flag); auth2-passwd.c',
  },
  permitemptypasswords: {
    summary:
      'Whether password authentication may succeed for accounts whose password is empty. Leave it off unless you really run password-less accounts.',
    syntax: YES_NO,
    example: 'PermitEmptyPasswords no',
    default: '`no`',
    related: ['PasswordAuthentication', 'AuthenticationMethods'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sPermitEmptyPasswords (multistate_flag); auth-passwd.c',
  },
  permitlisten: {
    summary:
      'Limits the addresses and ports that remote forwarding (`ssh -R`) may listen on. Use it to allow, say, only one tunnel port per account.',
    syntax:
      '`any`, `none`, or one or more `PORT` or `HOST:PORT` entries separated by spaces. `HOST` may use wildcards; `*` as the port allows every port.',
    example: 'PermitListen localhost:8080',
    default: '`any`',
    notes: [
      FIRST_LINE_ONLY,
      '`any` and `none` are lower case only and must stand alone.',
      'A client that names no listen address asks for `localhost`, which only matches a `localhost` entry, not `127.0.0.1` or `::1`.',
      '`GatewayPorts` may restrict the address further. Since OpenSSH 7.8.',
    ],
    related: ['PermitOpen', 'GatewayPorts', 'AllowTcpForwarding'],
    value: { kind: 'custom', grammar: 'any | none | [HOST:]PORT …' },
    repeat: 'first-line-wins',
    source: 'servconf.c sPermitListen (strcmp any/none, permitopen_port); channels.c',
  },
  permitopen: {
    summary:
      'Limits the destinations that local forwarding (`ssh -L`, `ssh -D`) may connect to. Use it to let a tunnel account reach only a database port, for instance.',
    syntax:
      '`any`, `none`, or one or more `HOST:PORT` entries separated by spaces (`[IPV6]:PORT` for IPv6). `*` stands for any host or any port; no other patterns.',
    example: 'PermitOpen db.internal:5432',
    default: '`any`',
    notes: [
      FIRST_LINE_ONLY,
      'Names are compared as written: sshd does not resolve them, so `localhost` and `127.0.0.1` are different entries.',
      '`any` and `none` are lower case only and must stand alone.',
    ],
    related: ['PermitListen', 'AllowTcpForwarding', 'DisableForwarding'],
    value: { kind: 'custom', grammar: 'any | none | HOST:PORT …' },
    repeat: 'first-line-wins',
    source: 'servconf.c sPermitOpen (strcmp any/none, hpdelim, permitopen_port); channels.c',
  },
  permitrootlogin: {
    summary:
      'Whether and how `root` may log in over SSH. Most setups use `prohibit-password` (keys only) or `no` and have admins use `sudo`.',
    syntax:
      '`yes`, `prohibit-password` (no password or keyboard-interactive for root), `forced-commands-only` (only keys that have a `command=` option) or `no`. `without-password` is an old spelling of `prohibit-password`.',
    example: 'PermitRootLogin no',
    default: '`prohibit-password` (Debian 9.2\'s `sshd -T` prints it as `without-password`)',
    notes: [
      '`forced-commands-only` suits backup jobs that log in as root to run one fixed command.',
      'Case does not matter.',
    ],
    related: ['PasswordAuthentication', 'AuthenticationMethods', 'DenyUsers', 'Match'],
    value: {
      kind: 'flag',
      extra: ['prohibit-password', 'without-password', 'forced-commands-only'],
      deprecated: { 'without-password': 'prohibit-password' },
      meanings: {
        yes: 'root may log in with any authentication method.',
        no: 'root may not log in at all.',
        'prohibit-password': 'root may log in only by public key, host-based or GSSAPI authentication; password and keyboard-interactive logins are refused (in 7.0 a slip in this check refused GSSAPI instead and could let keyboard-interactive through; fixed in 7.1).',
        'without-password': 'an old spelling of `prohibit-password`, with the same effect.',
        'forced-commands-only': 'root may log in only with a key or certificate that carries a forced command (`command=` in `authorized_keys`); the command is all that runs.',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sPermitRootLogin (multistate_permitrootlogin); auth.c auth_root_allowed(); meanings: auth.c auth_root_allowed() (V_7_0_P1, V_7_1_P1, V_10_0_P1)',
  },
  permittty: {
    summary:
      'Whether clients may get a pseudo-terminal. Turning it off suits accounts meant only for commands, file transfer or tunnels.',
    syntax: YES_NO,
    example: 'PermitTTY no',
    default: '`yes`',
    related: ['ForceCommand', 'DisableForwarding'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sPermitTTY (multistate_flag); session.c',
  },
  permittunnel: {
    summary:
      'Whether clients may forward network traffic through `tun`/`tap` devices (`ssh -w`), building a simple VPN.',
    syntax:
      '`yes` (both modes), `point-to-point` (layer 3, `tun`), `ethernet` (layer 2, `tap`) or `no`. Lower case only.',
    example: 'PermitTunnel point-to-point',
    default: '`no`',
    notes: [
      'Case matters here, unlike most options: `Yes` makes sshd refuse the file.',
      'The user also needs permission to open the tun device; in practice that often means root.',
      '`DisableForwarding yes` overrides it.',
    ],
    related: ['DisableForwarding', 'AllowTcpForwarding'],
    value: {
      kind: 'enum',
      values: ['yes', 'point-to-point', 'ethernet', 'no'],
      caseSensitive: true,
      meanings: {
        yes: 'clients may open tunnel devices of both kinds: layer-3 `tun` (point-to-point) and layer-2 `tap` (ethernet).',
        'point-to-point': 'clients may open only layer-3 `tun` tunnels, which carry IP packets.',
        ethernet: 'clients may open only layer-2 `tap` tunnels, which carry ethernet frames.',
        no: 'sshd refuses every tunnel device request.',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sPermitTunnel (tunmode_desc, strcmp); serverloop.c; meanings: serverloop.c server_request_tun(); misc.h SSH_TUNMODE_* (V_10_0_P1)',
  },
  permituserenvironment: {
    summary:
      'Whether sshd reads `~/.ssh/environment` and honours `environment=` options in `authorized_keys`. A pattern list allows just the named variables.',
    syntax: '`yes`, `no`, or a comma-separated pattern list of variable names such as `LANG,LC_*`.',
    example: 'PermitUserEnvironment LANG,LC_*',
    default: '`no`',
    notes: [
      '`yes` and `no` are lower case only: `Yes` is taken as a pattern list naming one variable called `Yes`.',
      'Letting users set `LD_PRELOAD` and friends can get around `ForceCommand` and similar restrictions; prefer a pattern list.',
    ],
    related: ['AcceptEnv', 'SetEnv', 'PermitUserRC'],
    value: {
      kind: 'custom',
      grammar: 'yes | no | PATTERN[,PATTERN…] (yes/no lower case)',
      words: ['yes', 'no'],
      caseSensitive: true,
      meanings: {
        yes: 'sshd sets the variables from the user\'s `~/.ssh/environment` and from `environment=` options in `authorized_keys`.',
        no: 'sshd ignores `~/.ssh/environment` and `environment=` options.',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sPermitUserEnvironment (strcmp yes/no, else pattern list); session.c; words: servconf.c sPermitUserEnvironment (flag before 7.8, strcmp since; V_7_7_P1, V_7_8_P1); session.c do_setup_env()',
  },
  permituserrc: {
    summary:
      'Whether sshd runs the user\'s `~/.ssh/rc` script at login. Turn it off so users cannot hook code into every session start.',
    syntax: YES_NO,
    example: 'PermitUserRC no',
    default: '`yes`',
    notes: [
      'Subsystems (such as sftp) and sessions under `ForceCommand` skip `~/.ssh/rc` anyway.',
      'Per key, the `no-user-rc` option in `authorized_keys` has the same effect.',
    ],
    related: ['ForceCommand', 'PermitUserEnvironment'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sPermitUserRC (multistate_flag); session.c do_rc_files()',
  },
  persourcemaxstartups: {
    summary:
      'Limits how many not-yet-authenticated connections a single source (address or network block) may have at once, on top of the global `MaxStartups`.',
    syntax: 'a whole number, or `none` for no limit (lower case only).',
    example: 'PerSourceMaxStartups 5',
    default: '`none`',
    notes: [
      'Sources are grouped by `PerSourceNetBlockSize`. The lower of this and `MaxStartups` applies.',
      'Since OpenSSH 8.5; up to 9.4 the last line won instead of the first.',
    ],
    related: ['MaxStartups', 'PerSourceNetBlockSize', 'PerSourcePenalties'],
    value: { kind: 'integer', min: 0, none: true, zero: 'sshd turns away every new connection ("Exceeded MaxStartups"), whatever address it comes from' },
    repeat: 'first-wins',
    source: 'servconf.c sPerSourceMaxStartups (strcmp "none", atoi_err); release-8.5; 0: srclimit.c:115 srclimit_check_allow(), sshd.c drop_connection() (V_9_2_P1)',
  },
  persourcenetblocksize: {
    summary:
      'How many leading bits of a client address form one "source" for `PerSourceMaxStartups` and `PerSourcePenalties`. Smaller values treat a whole subnet as one client.',
    syntax: '`V4BITS` or `V4BITS:V6BITS` (0–32 and 0–128).',
    example: 'PerSourceNetBlockSize 24:56',
    default: '`32:128` (every address on its own)',
    notes: ['Since OpenSSH 8.5. Up to 10.0 the last line won; since 10.1 the first one does.'],
    related: ['PerSourceMaxStartups', 'PerSourcePenalties'],
    value: { kind: 'custom', grammar: 'V4BITS[:V6BITS]' },
    repeat: 'first-wins',
    source: 'servconf.c sPerSourceNetBlockSize (sscanf "%d:%d"); release-8.5, release-10.1',
  },
  persourcepenalties: {
    summary:
      'Temporarily refuses connections from sources that misbehave: crashing sshd, failing to log in, running out of `LoginGraceTime` and so on. Penalties add up per source (see `PerSourceNetBlockSize`) to a maximum.',
    syntax:
      '`yes`, `no`, or one or more `KEY:VALUE` entries: `crash:`, `authfail:`, `invaliduser:` (10.3+), `noauth:`, `grace-exceeded:`, `refuseconnection:` (9.9+), `max:`, `min:` take a time; `max-sources4:`/`max-sources6:` a count; `overflow:`/`overflow6:` either `deny-all` or `permissive`.',
    example: 'PerSourcePenalties authfail:1m noauth:5s max:30m',
    default:
      'on: `crash:90s authfail:5s invaliduser:5s noauth:1s grace-exceeded:10s refuseconnection:10s max:10m min:15s max-sources4:65536 max-sources6:65536 overflow:permissive`',
    notes: [
      'Enforcement starts only once a source has collected `min` worth of penalty.',
      'With `overflow:deny-all`, a full tracking table blocks every new client except those in `PerSourcePenaltyExemptList`.',
      '`noauth` also hits scanners such as `ssh-keyscan`; exempt your monitoring hosts.',
      'Since OpenSSH 9.8. The entry names are lower case only; fractional seconds work since 10.3.',
    ],
    related: ['PerSourcePenaltyExemptList', 'PerSourceNetBlockSize', 'PerSourceMaxStartups', 'RefuseConnection', 'LoginGraceTime'],
    value: {
      kind: 'custom',
      grammar: 'yes | no | (crash|authfail|invaliduser|noauth|grace-exceeded|refuseconnection|max|min):TIME | max-sources4:N | max-sources6:N | overflow[6]:(deny-all|permissive) …',
      words: ['yes', 'no'],
      meanings: {
        yes: 'sshd shuts out, for a while, client addresses that crash it or fail to log in, with the built-in penalties (the default).',
        no: 'no penalties: misbehaving sources are not shut out.',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sPerSourcePenalties (strprefix, case-sensitive); fill_default_server_options(); srclimit.c; release-9.8; words: servconf.c sPerSourcePenalties (strcasecmp, alone; V_9_8_P1, V_10_0_P1)',
  },
  persourcepenaltyexemptlist: {
    summary:
      'Addresses that `PerSourcePenalties` never blocks, for example your monitoring or jump hosts.',
    syntax: 'a comma-separated list of addresses, wildcard patterns or CIDR blocks (`192.0.2.0/24`).',
    example: 'PerSourcePenaltyExemptList 192.0.2.0/24,2001:db8::/32',
    default: 'empty: no address is exempt',
    notes: ['A CIDR mask must fit the address: `192.0.2.0/33` or host bits set after the mask are errors. Since OpenSSH 9.8.'],
    related: ['PerSourcePenalties'],
    value: { kind: 'pattern-list' },
    repeat: 'first-wins',
    source: 'servconf.c sPerSourcePenaltyExemptList (addr_match_list); release-9.8',
  },
  pidfile: {
    summary: 'Where the listening sshd writes its process ID, for init scripts and monitoring.',
    syntax: 'a file path, or `none` to write no PID file.',
    example: 'PidFile /run/sshd.pid',
    default: '`/var/run/sshd.pid` upstream (build-dependent; Debian: `/run/sshd.pid`)',
    value: { kind: 'path', none: true },
    repeat: 'first-wins',
    source: 'servconf.c sPidFile (parse_filename); pathnames.h _PATH_SSH_DAEMON_PID_FILE',
  },
  port: {
    summary:
      'The TCP port sshd listens on. A non-standard port cuts log noise from scanners, though it adds no real security.',
    syntax: 'a port number 1–65535 (a service name from `/etc/services` also works).',
    example: 'Port 2222',
    default: '`22`',
    notes: [
      'Lines add up: each `Port` line adds another port, up to 256.',
      '`sshd -p` on the command line replaces all configured ports.',
    ],
    related: ['ListenAddress', 'AddressFamily'],
    value: { kind: 'port' },
    repeat: 'accumulate',
    source: 'servconf.c sPort (a2port, MAX_PORTS); sshd.c -p',
  },
  printlastlog: {
    summary: 'Whether sshd shows the time and origin of the user\'s previous login when an interactive session starts.',
    syntax: YES_NO,
    example: 'PrintLastLog no',
    default: '`yes`',
    notes: ['Not available in builds without lastlog support, which log "Unsupported option".'],
    related: ['PrintMotd'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LASTLOG (!DISABLE_LASTLOG); session.c',
  },
  printmotd: {
    summary: 'Whether sshd itself shows `/etc/motd` when an interactive session starts.',
    syntax: YES_NO,
    example: 'PrintMotd no',
    default: '`yes` (Debian\'s shipped sshd_config sets `no`)',
    notes: ['If both sshd and PAM or the shell print the message of the day, users see it twice.'],
    related: ['PrintLastLog', 'Banner', 'UsePAM'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sPrintMotd (multistate_flag); session.c do_motd()',
  },
  protocol: {
    summary:
      'Chose between SSH protocol versions 1 and 2. sshd has spoken only version 2 since OpenSSH 7.4, so the line is now skipped without a word.',
    syntax: DEPRECATED_SYNTAX,
    example: 'Protocol 2',
    default: DEPRECATED_DEFAULT,
    notes: ['Safe to delete. It is logged only at `DEBUG2`.'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (SSHCONF_IGNORE); release-7.4',
  },
  pubkeyacceptedalgorithms: {
    summary:
      'The signature algorithms sshd accepts for user public key (and user certificate) authentication. Trim it to refuse weaker key types such as ECDSA or RSA.',
    syntax: ALGO_SYNTAX,
    example: 'PubkeyAcceptedAlgorithms -ecdsa-sha2-*',
    default:
      'certificates first, then Ed25519, ECDSA, FIDO (`sk-`) and `rsa-sha2-512`/`rsa-sha2-256`; `sshd -T` prints the list in effect',
    notes: [
      'Called `PubkeyAcceptedKeyTypes` before 8.5; the old name still works.',
      'The SHA-1 `ssh-rsa` signature is not in the default list since 8.8; RSA keys still work with `rsa-sha2-*`.',
      '`ssh -Q PubkeyAcceptedAlgorithms` lists the names this build knows.',
    ],
    related: ['PubkeyAuthentication', 'CASignatureAlgorithms', 'HostbasedAcceptedAlgorithms', 'RequiredRSASize'],
    value: KEY_SIG,
    repeat: 'first-wins',
    source: 'servconf.c sPubkeyAcceptedAlgorithms (parse_pubkey_algos); myproposal.h KEX_DEFAULT_PK_ALG; release-8.5, release-8.8',
  },
  pubkeyacceptedkeytypes: {
    summary: 'Name used before OpenSSH 8.5 for `PubkeyAcceptedAlgorithms`; it still sets that option.',
    syntax: ALGO_SYNTAX,
    example: 'PubkeyAcceptedKeyTypes +ssh-rsa',
    default: 'same as `PubkeyAcceptedAlgorithms`',
    notes: ['Both names share one setting: the first line using either wins.'],
    related: ['PubkeyAcceptedAlgorithms'],
    value: KEY_SIG,
    repeat: 'first-wins',
    source: 'servconf.h SSHCONF_ALIAS(PubkeyAcceptedKeyTypes, PubkeyAcceptedAlgorithms); release-8.5',
  },
  pubkeyauthentication: {
    summary: 'Whether users may log in with a key pair (or a user certificate). This is the recommended way to authenticate.',
    syntax: YES_NO,
    example: 'PubkeyAuthentication yes',
    default: '`yes`',
    related: ['AuthorizedKeysFile', 'PubkeyAcceptedAlgorithms', 'PubkeyAuthOptions', 'PasswordAuthentication', 'TrustedUserCAKeys'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sPubkeyAuthentication (multistate_flag); auth2-pubkey.c',
  },
  pubkeyauthoptions: {
    summary:
      'Extra requirements for FIDO security keys (`ecdsa-sk`, `ed25519-sk`): `touch-required` insists on proof that the user touched the token, `verify-required` on proof that the user was verified (PIN or biometrics).',
    syntax:
      '`none`, or one or both of `touch-required` and `verify-required` separated by spaces. OpenSSH 10.6 adds `max-pk-ok:N`.',
    example: 'PubkeyAuthOptions verify-required',
    default: '`none`',
    notes: [
      'Without `touch-required`, an `authorized_keys` entry with `no-touch-required` can waive the touch; with it, that option is ignored.',
      'Other key types are not affected.',
      '`max-pk-ok:N` (10.6) sets how many "would you accept this key?" probes are free before they count against `MaxAuthTries` (default 6).',
      'Since OpenSSH 8.2.',
    ],
    related: ['PubkeyAuthentication', 'SecurityKeyProvider', 'MaxAuthTries'],
    value: {
      kind: 'list',
      separator: 'space',
      item: '`none`, `touch-required`, `verify-required` or (10.6+) `max-pk-ok:N`',
    },
    repeat: 'first-wins',
    source: 'servconf.c sPubkeyAuthOptions (strcasecmp); auth2-pubkey.c; release-8.2, release-10.6',
  },
  rdomain: {
    summary:
      'Moves the user\'s session and its forwarded sockets into a given routing domain (OpenBSD `rdomain`, Linux VRF) after login. Useful on routers that keep management traffic in a separate table.',
    syntax: 'a routing domain name or number, `%D` for the domain the connection arrived in, or `none`.',
    example: 'RDomain %D',
    default: 'none: the session stays in the default routing domain',
    notes: ['Only on OpenBSD and on Linux with VRF support; elsewhere sshd refuses the file. Since OpenSSH 7.7.'],
    related: ['ListenAddress', 'Match'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'servconf.c sRDomain (valid_rdomain, strcmp "%D"); sshd-session.c; release-7.7',
  },
  refuseconnection: {
    summary:
      'Drops the connection as soon as the client starts to authenticate. Meant for a `Match` block that shuts out certain users, addresses or client versions.',
    syntax: YES_NO,
    example: 'RefuseConnection yes',
    default: '`no`',
    notes: [
      'sshd logs "administratively prohibited connection" and, with `PerSourcePenalties` on, charges the source a `refuseconnection` penalty.',
      'Since OpenSSH 9.9.',
    ],
    related: ['Match', 'PerSourcePenalties', 'DenyUsers'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sRefuseConnection (multistate_flag); monitor.c; release-9.9',
  },
  rekeylimit: {
    summary:
      'After how much data, and optionally how much time, the session keys are renegotiated. Lower values limit how much traffic is protected by one key.',
    syntax:
      'an amount of data in bytes with an optional `K`, `M` or `G` suffix, or `default`; then optionally a time (`1h`) or `none`. `default` and `none` are lower case only.',
    example: 'RekeyLimit 1G 1h',
    default: '`default none` (the cipher\'s own limit, typically 1–4 GB; no time limit)',
    notes: [
      'The amount must be 0 or at least 16 bytes.',
      'Up to 10.4, a RekeyLimit inside a `Match` block was shown by `sshd -T` but not applied (fixed in 10.5).',
    ],
    related: ['Ciphers', 'KexAlgorithms'],
    value: { kind: 'custom', grammar: 'default | SIZE[K|M|G] [default | none | TIME]' },
    repeat: 'first-wins',
    source: 'servconf.c sRekeyLimit (scan_scaled, strcmp default/none, parse_time); release-10.5',
  },
  requiredrsasize: {
    summary:
      'The smallest RSA key, in bits, that sshd accepts for user and host-based authentication. Raise it to 2048 or 3072 to refuse weak keys.',
    syntax: 'a whole number of bits.',
    example: 'RequiredRSASize 3072',
    default: '`1024`',
    notes: [
      'Values below 1024 have no effect: that floor is compiled in.',
      'It also applies to sshd\'s own RSA host keys at startup; a shorter one is skipped with an error.',
      'Since OpenSSH 9.1.',
    ],
    related: ['PubkeyAcceptedAlgorithms', 'HostKey'],
    value: { kind: 'integer', min: 0, zero: 'no minimum of your own: OpenSSH\'s built-in floor of 1024 bits still applies' },
    repeat: 'first-wins',
    source: 'servconf.c sRequiredRSASize (parse_int); sshkey.c sshkey_check_rsa_length(); sshd.c; release-9.1; 0: sshkey.c sshkey_check_rsa_length() (V_9_2_P1)',
  },
  reversemappingcheck: {
    summary:
      'Once made sshd check that the client\'s reverse DNS name resolves back to its address. `UseDNS` covers that now.',
    syntax: DEPRECATED_SYNTAX,
    example: 'ReverseMappingCheck yes',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option" and ignores the line.'],
    related: ['UseDNS', 'VerifyReverseMapping'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (ReverseMappingCheck)',
  },
  revokedkeys: {
    summary:
      'A list of revoked public keys or certificates that may never be used to log in, either as plain public keys (one per line) or as a binary KRL made with `ssh-keygen -k`.',
    syntax: 'one or more file paths separated by spaces (several files since 10.3), or `none`.',
    example: 'RevokedKeys /etc/ssh/revoked_keys',
    default: '`none`',
    notes: [
      'If a listed file cannot be read, all public key logins fail.',
      'Replace the file atomically (write a new one, then rename): sshd may read it at any moment.',
      FIRST_LINE_ONLY,
    ],
    related: ['TrustedUserCAKeys', 'PubkeyAuthentication'],
    value: { kind: 'path', none: true, multiple: true },
    repeat: 'first-line-wins',
    source: 'servconf.c sRevokedKeys (parse_filenames since V_10_3_P1); auth2-pubkey.c; release-10.3',
  },
  rhostsauthentication: {
    summary:
      'Allowed login based only on `.rhosts`/`hosts.equiv`, trusting the client\'s address with no host key at all. Long removed; `HostbasedAuthentication` is the key-checked replacement.',
    syntax: DEPRECATED_SYNTAX,
    example: 'RhostsAuthentication no',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option" and ignores the line.'],
    related: ['HostbasedAuthentication', 'IgnoreRhosts'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (RHostsAuthentication)',
  },
  rhostsrsaauthentication: {
    summary:
      'The SSH protocol 1 form of `.rhosts` trust combined with an RSA host key check. It went with protocol 1 in 7.4; `HostbasedAuthentication` does the same job for protocol 2.',
    syntax: DEPRECATED_SYNTAX,
    example: 'RhostsRSAAuthentication no',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option" and ignores the line; it is still allowed inside `Match` so old files keep loading.'],
    related: ['HostbasedAuthentication', 'IgnoreRhosts'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (RhostsRSAAuthentication, SSHCFG_ALL); release-7.4',
  },
  rsaauthentication: {
    summary:
      'Turned on RSA user authentication in SSH protocol 1. Since 7.4 sshd speaks only protocol 2, where `PubkeyAuthentication` handles all key types.',
    syntax: DEPRECATED_SYNTAX,
    example: 'RSAAuthentication yes',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option" and ignores the line; it is still allowed inside `Match`.'],
    related: ['PubkeyAuthentication'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (RSAAuthentication, SSHCFG_ALL); release-7.4',
  },
  securitykeyprovider: {
    summary:
      'A shared library sshd loads to talk to FIDO security keys, in place of its built-in USB HID support. Needed only for unusual tokens or middleware.',
    syntax: 'a path to the library, or `internal` for the built-in support.',
    example: 'SecurityKeyProvider /usr/local/lib/sk-provider.so',
    default: '`internal`',
    notes: ['Since OpenSSH 8.2.'],
    related: ['PubkeyAuthOptions'],
    value: { kind: 'path' },
    repeat: 'first-wins',
    source: 'servconf.c sSecurityKeyProvider (strcasecmp "internal"); release-8.2',
  },
  serverkeybits: {
    summary: 'Set the size of the SSH protocol 1 server key. Protocol 1 left sshd in 7.4, so the line does nothing.',
    syntax: DEPRECATED_SYNTAX,
    example: 'ServerKeyBits 1024',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option"; delete the line.'],
    related: ['Protocol', 'HostKey'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (ServerKeyBits); release-7.4',
  },
  setenv: {
    summary:
      'Sets environment variables in every session sshd starts. Handy inside `Match` to give certain users a variable without touching their shell profile.',
    syntax: 'one or more `NAME=VALUE` entries separated by spaces; quote a value that contains spaces.',
    example: 'SetEnv HTTP_PROXY=http://proxy.example:3128 TZ=UTC',
    default: 'none',
    notes: [
      'These values beat anything from the client (`AcceptEnv`) or from `PermitUserEnvironment`.',
      FIRST_LINE_ONLY,
      'If a name appears twice on the line, the first value is used.',
      'Since OpenSSH 7.8.',
    ],
    related: ['AcceptEnv', 'PermitUserEnvironment'],
    value: { kind: 'list', separator: 'space', item: 'NAME=VALUE' },
    repeat: 'first-line-wins',
    source: 'servconf.c sSetEnv (lookup_setenv_in_list); session.c; release-7.8',
  },
  skeyauthentication: {
    summary:
      'Name of the old S/Key one-time-password switch. Since OpenSSH 8.7 it is another spelling of `KbdInteractiveAuthentication`.',
    syntax: YES_NO,
    example: 'SKeyAuthentication no',
    default: 'same as `KbdInteractiveAuthentication` (`yes`)',
    notes: [
      'Between 7.8 and 8.6 sshd ignored it as deprecated; before that it was an alias of `ChallengeResponseAuthentication`.',
      'Write `KbdInteractiveAuthentication` instead.',
    ],
    related: ['KbdInteractiveAuthentication', 'ChallengeResponseAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.h SSHCONF_ALIAS(SKeyAuthentication, KbdInteractiveAuthentication); data/sshd.json eras',
  },
  sshdauthpath: {
    summary:
      'Where sshd finds its `sshd-auth` helper, the program that runs the authentication phase of each connection. Meant for testing; leave it alone otherwise.',
    syntax: 'an absolute file path.',
    example: 'SshdAuthPath /usr/libexec/sshd-auth',
    default: '`/usr/libexec/sshd-auth` (set at build time; packages may use another directory)',
    notes: ['Since OpenSSH 10.0, when authentication moved into its own binary.'],
    related: ['SshdSessionPath'],
    value: { kind: 'path' },
    repeat: 'first-wins',
    source: 'servconf.c sSshdAuthPath (parse_filename); pathnames.h _PATH_SSHD_AUTH; release-10.0',
  },
  sshdsessionpath: {
    summary:
      'Where sshd finds its `sshd-session` helper, which handles each connection after it is accepted. Meant for testing; leave it alone otherwise.',
    syntax: 'an absolute file path.',
    example: 'SshdSessionPath /usr/libexec/sshd-session',
    default: '`/usr/libexec/sshd-session` (set at build time; packages may use another directory)',
    notes: ['Since OpenSSH 9.8, when the per-connection code moved into its own binary.'],
    related: ['SshdAuthPath'],
    value: { kind: 'path' },
    repeat: 'first-wins',
    source: 'servconf.c sSshdSessionPath (parse_filename); pathnames.h _PATH_SSHD_SESSION; release-9.8',
  },
  streamlocalbindmask: {
    summary:
      'The umask sshd applies when it creates a Unix socket file for socket forwarding. The default makes the socket usable by its owner only.',
    syntax: 'an octal mode from `0` to `0777`.',
    example: 'StreamLocalBindMask 0117',
    default: '`0177` (owner read/write only)',
    notes: [
      'Not every operating system honours permissions on socket files.',
      'Up to 10.5 the last line wins; 10.6 makes the first one win, like other options.',
      'Parsing stops at the first non-octal digit, so `0800` is read as `0` without any error.',
    ],
    related: ['StreamLocalBindUnlink', 'AllowStreamLocalForwarding'],
    value: { kind: 'custom', grammar: 'octal mode 0–0777' },
    repeat: 'last-wins',
    source: 'servconf.c sStreamLocalBindMask (strtol base 8, no first-wins guard); release-10.6',
  },
  streamlocalbindunlink: {
    summary:
      'Whether sshd deletes an existing socket file before creating a forwarded Unix socket at the same path. Without it, a socket left over from an earlier session makes the new forward fail.',
    syntax: YES_NO,
    example: 'StreamLocalBindUnlink yes',
    default: '`no`',
    related: ['StreamLocalBindMask', 'AllowStreamLocalForwarding'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sStreamLocalBindUnlink (multistate_flag); channels.c',
  },
  strictmodes: {
    summary:
      'Whether sshd checks ownership and permissions of the user\'s home directory and key files before trusting them. It stops others from planting keys in files they can write.',
    syntax: YES_NO,
    example: 'StrictModes yes',
    default: '`yes`',
    notes: [
      '"bad ownership or modes" in the log usually means a group-writable home directory or `~/.ssh`.',
      'It does not govern `ChrootDirectory`, whose checks always happen.',
    ],
    related: ['AuthorizedKeysFile', 'ChrootDirectory'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sStrictModes (multistate_flag); auth.c auth_secure_path()',
  },
  subsystem: {
    summary:
      'Defines a named subsystem that clients can request, almost always `sftp`. `internal-sftp` runs the SFTP server inside sshd, which works in a chroot without extra files.',
    syntax:
      '`NAME COMMAND [ARGUMENTS…]`, e.g. `sftp /usr/lib/openssh/sftp-server -f AUTHPRIV -l INFO` or `sftp internal-sftp`.',
    example: 'Subsystem sftp internal-sftp',
    default: 'none (the upstream and Debian sshd_config files define `sftp`)',
    notes: [
      'Each name is kept once: a second line for the same name is fatal in 9.2 ("already defined"), and from 9.5 on it is ignored with a debug message.',
      'Allowed inside `Match` since 9.5; a matching block replaces the command of a same-named global subsystem.',
      '`internal-sftp` takes `sftp-server` options but not the `LogLevel`/`SyslogFacility` settings: pass `-l`/`-f` yourself.',
    ],
    related: ['ForceCommand', 'ChrootDirectory'],
    value: { kind: 'custom', grammar: 'NAME COMMAND [ARG…]' },
    repeat: 'per-name',
    source: 'servconf.c sSubsystem, servconf_merge_subsystems(); V_9_2_P1 servconf.c (fatal duplicate); release-9.5',
  },
  syslogfacility: {
    summary: 'The syslog facility sshd logs under, which decides where syslog files its messages.',
    syntax:
      'one of `DAEMON`, `USER`, `AUTH`, `AUTHPRIV` (where the system has it), `LOCAL0` … `LOCAL7`; case does not matter.',
    example: 'SyslogFacility AUTHPRIV',
    default: '`AUTH`',
    related: ['LogLevel'],
    value: {
      kind: 'enum',
      values: ['DAEMON', 'USER', 'AUTH', 'AUTHPRIV', 'LOCAL0', 'LOCAL1', 'LOCAL2', 'LOCAL3', 'LOCAL4', 'LOCAL5', 'LOCAL6', 'LOCAL7'],
      meanings: FACILITY_MEANINGS,
    },
    repeat: 'first-wins',
    source: 'servconf.c sSyslogFacility; log.c log_facility_number() (strcasecmp); meanings: log.c log_facilities[] (V_10_0_P1)',
  },
  tcpkeepalive: {
    summary:
      'Asks the operating system to send TCP keepalive packets on the connection so that a dead peer is eventually noticed. The kernel decides the timing (on Linux, first after 2 hours of silence), and the packets are not encrypted, so they can be spoofed.',
    syntax: '`yes` or `no`; OpenSSH 10.6 adds `transport` (same as `yes`) and `all`.',
    example: 'TCPKeepAlive yes',
    default: '`yes`',
    notes: [
      'For a dependable, encrypted liveness check use `ClientAliveInterval` instead; both may be on.',
      'OpenSSH 10.6 also accepts `transport` and `all` (keepalives on forwarded connections too).',
      'Keepalives can also drop a session during a short network outage that would otherwise have recovered.',
    ],
    related: ['ClientAliveInterval', 'ClientAliveCountMax'],
    value: {
      kind: 'flag',
      extra: ['transport', 'all'],
      since: { transport: '10.6', all: '10.6' },
      meanings: {
        yes: 'the kernel sends TCP keepalives on the client\'s connection; since 10.6 the same as `transport`.',
        no: 'no TCP keepalives; a client that vanished without a word is noticed only by `ClientAliveInterval` or a write that fails.',
        transport: 'the same as `yes`: keepalives on the client\'s connection only (10.6+, from the release notes).',
        all: 'keepalives on the client\'s connection and on forwarded connections too (10.6+, from the release notes).',
      },
    },
    repeat: 'first-wins',
    source: 'servconf.c sTCPKeepAlive (multistate_flag); sshd-session.c SO_KEEPALIVE; release-10.6; meanings: sshd-session.c SO_KEEPALIVE (V_10_5_P1); release-10.6',
  },
  trustedusercakeys: {
    summary:
      'A file of CA public keys trusted to sign user certificates. A user holding a certificate from one of these CAs may log in as any user named among its principals.',
    syntax: 'a file path (one CA key per line, `#` comments allowed), or `none`.',
    example: 'TrustedUserCAKeys /etc/ssh/user_ca.pub',
    default: '`none`',
    notes: [
      'Certificates without any principal are refused.',
      'Add `AuthorizedPrincipalsFile` or `AuthorizedPrincipalsCommand` to map principals to accounts yourself.',
    ],
    related: ['AuthorizedPrincipalsFile', 'AuthorizedPrincipalsCommand', 'CASignatureAlgorithms', 'RevokedKeys'],
    value: { kind: 'path', none: true },
    repeat: 'first-wins',
    source: 'servconf.c sTrustedUserCAKeys (parse_filename); auth2-pubkey.c user_cert_trusted_ca()',
  },
  unusedconnectiontimeout: {
    summary:
      'Ends a logged-in connection that has had no channel open at all for the given time, such as `ssh -N` with nothing forwarded. As long as any channel (an open shell, for instance) exists, it does not act.',
    syntax: `${TIME_SYNTAX}, or \`none\`.`,
    example: 'UnusedConnectionTimeout 15m',
    default: '`none`',
    notes: [
      'Keepalive traffic does not keep an unused connection alive.',
      'Listening forwards (`ssh -R`) are not channels.',
      'The clock starts at login, before the client has opened anything, so very short values can cut clients off.',
      '`none` is not first-wins: a `none` line anywhere in scope beats a time given earlier.',
    ],
    related: ['ChannelTimeout', 'ClientAliveInterval'],
    value: { kind: 'time', none: true, zero: 'off, the same as `none`' },
    repeat: 'first-wins',
    source: 'servconf.c sUnusedConnectionTimeout (none sets 0 unconditionally); serverloop.c; commit 0293c1980 (V_9_2_P1); 0: serverloop.c:199 (V_9_2_P1)',
  },
  usedns: {
    summary:
      'Whether sshd looks up the client\'s host name from its address and checks that the name points back to the same address. Only needed if you match on host names.',
    syntax: YES_NO,
    example: 'UseDNS no',
    default: '`no`',
    notes: [
      'With `no`, `from=` in `authorized_keys`, the `HOST` part of `AllowUsers`/`DenyUsers` and `Match Host` only see addresses.',
      'With `yes`, a slow or broken resolver delays every login.',
    ],
    related: ['Match', 'AllowUsers', 'HostbasedUsesNameFromPacketOnly'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sUseDNS (multistate_flag); canohost.c, auth.c',
  },
  uselogin: {
    summary:
      'Made sshd start interactive sessions through `login(1)`. Removed in 7.4; PAM (`UsePAM`) now does the session setup that `login` used to do.',
    syntax: DEPRECATED_SYNTAX,
    example: 'UseLogin no',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option" and ignores the line.'],
    related: ['UsePAM'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (UseLogin); release-7.4',
  },
  usepam: {
    summary:
      'Turns on PAM: account checks and session setup for every login, and password checks through keyboard-interactive and `PasswordAuthentication`. Linux distributions rely on it for things like `pam_limits` and `pam_systemd`.',
    syntax: YES_NO,
    example: 'UsePAM yes',
    default: '`no` as compiled (Debian\'s shipped sshd_config sets `yes`)',
    notes: [
      'PAM\'s keyboard-interactive prompt and password authentication overlap; most setups turn one of them off.',
      'With `UsePAM yes` sshd must run as root.',
      'Only in builds with PAM; others log "Unsupported option".',
    ],
    related: ['KbdInteractiveAuthentication', 'PasswordAuthentication', 'PAMServiceName', 'AuthenticationMethods'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sUsePAM (USE_PAM); auth-pam.c; sshd-session.c',
  },
  useprivilegeseparation: {
    summary:
      'Chose whether sshd split itself into a privileged monitor and an unprivileged, sandboxed child for the network-facing work. Since 7.5 that split is always on, so the line does nothing.',
    syntax: DEPRECATED_SYNTAX,
    example: 'UsePrivilegeSeparation sandbox',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option"; delete the line. It is not allowed inside `Match`.'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (UsePrivilegeSeparation); release-7.5',
  },
  verifyreversemapping: {
    summary:
      'Once made sshd check that the client\'s reverse DNS name maps back to its address. `UseDNS` replaced it.',
    syntax: DEPRECATED_SYNTAX,
    example: 'VerifyReverseMapping yes',
    default: DEPRECATED_DEFAULT,
    notes: ['sshd logs "Deprecated option" and ignores the line.'],
    related: ['UseDNS', 'ReverseMappingCheck'],
    source: 'servconf.h SSHD_CONFIG_ENTRIES_LEGACY (VerifyReverseMapping)',
  },
  versionaddendum: {
    summary:
      'Extra text sshd appends to the version string it sends when a client connects (`SSH-2.0-OpenSSH_10.5 your-text`). Some sites use it to tag hosts.',
    syntax: 'the rest of the line, or `none` for no addendum.',
    example: 'VersionAddendum build-42',
    default: '`none`',
    notes: [
      'It adds to the version string; it does not hide the OpenSSH version.',
      'The whole rest of the line is used, a trailing `# comment` included.',
    ],
    related: ['Banner'],
    value: { kind: 'command' },
    repeat: 'first-wins',
    source: 'servconf.c sVersionAddendum (raw rest of line; strchr(line, \'#\') has no effect)',
  },
  warnweakcrypto: {
    summary:
      'Makes sshd log a warning when a client connects with weak or discouraged cryptography, in particular a key exchange that is not post-quantum. New for the server in OpenSSH 10.6 (the client has had it since 10.1).',
    syntax: '`yes` or `no`; the client\'s version of the option also takes `no-pq-kex` to silence only the post-quantum warning.',
    example: 'WarnWeakCrypto no',
    default: '`yes`',
    notes: [
      'Written from the 10.6 release notes; the 10.6 source is not in our mirror, so `no-pq-kex` support on the server is assumed from the client.',
    ],
    related: ['KexAlgorithms', 'Ciphers', 'MACs'],
    value: {
      kind: 'flag',
      extra: ['no-pq-kex'],
      meanings: {
        yes: 'sshd logs a warning when a client connects with weak cryptography, such as a key exchange without post-quantum protection.',
        no: 'sshd logs no such warnings.',
        'no-pq-kex': 'no warning about key exchange without post-quantum protection (10.6+; assumed to work as in ssh, whose 10.1 code reads it as `no`).',
      },
    },
    repeat: 'first-wins',
    source: 'release-10.6; readconf.c multistate_warnweakcrypto (client); meanings: release-10.6; readconf.c multistate_warnweakcrypto (V_10_1_P1)',
  },
  x11displayoffset: {
    summary:
      'The first X display number sshd hands out for forwarded X11 sessions, chosen to stay clear of real X servers on the machine.',
    syntax: 'a whole number.',
    example: 'X11DisplayOffset 10',
    default: '`10`',
    related: ['X11Forwarding', 'X11UseLocalhost'],
    value: { kind: 'integer', min: 0 },
    repeat: 'first-wins',
    source: 'servconf.c sX11DisplayOffset (parse_int); servconf.h SSHD_DEFAULT_X11_DISPLAY_OFFSET',
  },
  x11forwarding: {
    summary:
      'Whether clients may run graphical programs on the server and show them on their own display (`ssh -X` / `-Y`).',
    syntax: YES_NO,
    example: 'X11Forwarding yes',
    default: '`no` (Debian\'s shipped sshd_config sets `yes`)',
    notes: [
      'The risk is mostly to the client: a hostile server can reach the client\'s display through the forward.',
      'Needs `xauth` on the server (`XAuthLocation`).',
      'Users with a shell can forward X11 by other means; `DisableForwarding yes` overrides this.',
    ],
    related: ['X11UseLocalhost', 'X11DisplayOffset', 'XAuthLocation', 'DisableForwarding'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sX11Forwarding (multistate_flag); session.c session_setup_x11fwd()',
  },
  x11uselocalhost: {
    summary:
      'Whether the forwarded X11 display listens only on loopback (`yes`) or on all addresses (`no`). Some very old X clients need `no`.',
    syntax: YES_NO,
    example: 'X11UseLocalhost yes',
    default: '`yes`',
    notes: ['`no` lets other machines reach the forwarded display; avoid it.'],
    related: ['X11Forwarding', 'X11DisplayOffset'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'servconf.c sX11UseLocalhost (multistate_flag); channels.c x11_create_display_inet()',
  },
  xauthlocation: {
    summary: 'The full path of the `xauth` program sshd runs to set up X11 forwarding.',
    syntax: 'a file path, or `none`.',
    example: 'XAuthLocation /usr/bin/xauth',
    default: '`/usr/X11R6/bin/xauth` upstream (build-dependent; Debian: `/usr/bin/xauth`)',
    related: ['X11Forwarding'],
    value: { kind: 'path', none: true },
    repeat: 'first-wins',
    source: 'servconf.c sXAuthLocation (parse_filename); pathnames.h _PATH_XAUTH',
  },
};
