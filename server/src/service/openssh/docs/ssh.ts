// Our own documentation of ssh_config keywords. Read the header of ./types.ts first.

import { TIME_SYNTAX, type DocTable, type ValueSpec } from './types';

/** yes|no, and true|false in ssh_config (readconf.c multistate_flag, compared with strcasecmp). */
const FLAG: ValueSpec = { kind: 'flag' };
const FLAG_SYNTAX = '`yes` or `no` (`true` and `false` work too).';

/** The % tokens most client keywords expand (sshconnect.h DEFAULT_CLIENT_PERCENT_EXPAND_ARGS). */
const TOKENS = '%% %C %d %h %i %j %k %L %l %n %p %r %u';
const TOKENS_TEXT =
  'the usual `%` tokens (`%h` remote host, `%p` port, `%r` remote user, `%u` local user, `%C` connection hash, `%d` local home, `%i` local uid, `%j` ProxyJump value, `%k` host key alias, `%L`/`%l` local host name short/long, `%n` host as typed, `%%`)';

const ALGO_SYNTAX =
  'a comma-separated list of algorithm names. A leading `+` adds them to the built-in list, `-` removes them (wildcards allowed), `^` moves them to the front (OpenSSH 8.1+); without a prefix the list replaces the default.';

const IGNORED_SYNTAX = 'anything; the value is not read.';

/** LogLevel words: what ssh then prints (log.c log_levels[], do_log(); V_10_0_P1). */
const LOG_LEVEL_MEANINGS: Record<string, string> = {
  QUIET: 'prints no messages.',
  FATAL: 'prints only the errors that make ssh stop.',
  ERROR: 'prints errors and worse.',
  INFO: 'prints ordinary messages and errors.',
  VERBOSE: 'prints what INFO does plus more detail, such as how you were authenticated.',
  DEBUG: 'the same as `DEBUG1`.',
  DEBUG1: 'prints debugging output too, the first of three levels.',
  DEBUG2: 'prints more debugging output.',
  DEBUG3: 'prints the most debugging output.',
};
/** SyslogFacility words; ssh logs to syslog only with -y (log.c log_facilities[], ssh.c log_init(); V_10_0_P1). */
const FACILITY_MEANINGS: Record<string, string> = {
  DAEMON: 'the `daemon` syslog facility, when ssh logs to syslog (`ssh -y`).',
  USER: 'the `user` syslog facility, when ssh logs to syslog (`ssh -y`).',
  AUTH: 'the `auth` syslog facility, when ssh logs to syslog (`ssh -y`).',
  AUTHPRIV: 'the `authpriv` syslog facility (only on systems that have it), when ssh logs to syslog (`ssh -y`).',
  LOCAL0: 'the `local0` syslog facility, when ssh logs to syslog (`ssh -y`).',
  LOCAL1: 'the `local1` syslog facility, when ssh logs to syslog (`ssh -y`).',
  LOCAL2: 'the `local2` syslog facility, when ssh logs to syslog (`ssh -y`).',
  LOCAL3: 'the `local3` syslog facility, when ssh logs to syslog (`ssh -y`).',
  LOCAL4: 'the `local4` syslog facility, when ssh logs to syslog (`ssh -y`).',
  LOCAL5: 'the `local5` syslog facility, when ssh logs to syslog (`ssh -y`).',
  LOCAL6: 'the `local6` syslog facility, when ssh logs to syslog (`ssh -y`).',
  LOCAL7: 'the `local7` syslog facility, when ssh logs to syslog (`ssh -y`).',
};
/** PubkeyAuthentication (and its alias DSAAuthentication) words (sshconnect2.c try_identity(); V_8_9_P1, V_10_0_P1). */
const PUBKEY_MEANINGS: Record<string, string> = {
  yes: 'ssh tries public key authentication, binding the signature to the server\'s host key when the server supports that (since 8.9).',
  no: 'ssh does not try public key authentication.',
  unbound: 'public key authentication without the host binding: plain `publickey` requests only (8.9+).',
  'host-bound': 'public key authentication that binds the signature to the host key when the server supports it, else plain; in effect the same as `yes` (8.9+).',
};

export const sshDocs: DocTable = {
  // ---------------------------------------------------------------- sections
  host: {
    summary:
      'Starts a section whose lines apply only when the host you connect to matches one of the patterns. The section runs until the next `Host` or `Match` line; `Host *` is the usual catch-all for defaults.',
    syntax:
      'one or more patterns separated by spaces. `*` stands for any run of characters and `?` for exactly one; a `!` in front negates a pattern.',
    example: 'Host *.example.com !bastion.example.com',
    default: 'none: lines above the first `Host` or `Match` apply to every connection',
    notes: [
      'If a `!pattern` matches, the whole line is off, whatever else matched. A line with only negated patterns never matches; add `*` or another positive pattern.',
      'On the first reading, patterns are compared case-sensitively with the name as you typed it (`ssh MyHost` does not match `Host myhost`), not with `Hostname`. If the files are read a second time (`CanonicalizeHostname`, `Match final`), they are compared with the final, lower-cased host name.',
      'Separate patterns with spaces, not commas: `Host a,b` is a single pattern that matches only the literal name `a,b`.',
      'The first value obtained wins, so put specific sections first and `Host *` last.',
      'Indentation means nothing to ssh: a section ends only at the next `Host` or `Match`.',
      'Cannot be given with `-o`.',
    ],
    related: ['Match', 'Hostname', 'CanonicalizeHostname', 'Include'],
    value: {
      kind: 'custom',
      grammar: 'pattern [pattern ...]; * and ? wildcards; a leading ! negates a pattern and a match on it disables the line',
    },
    source: 'readconf.c oHost (match_pattern per argument; a negated match ends the line); ssh.c process_config_files(); ssh_config.5',
  },
  match: {
    summary:
      'Starts a section whose lines apply only when every condition on the `Match` line holds. It can test far more than `Host` can: the remote or local user, the network you are on, a tag, the exit status of a command.',
    syntax:
      '`all`, or one or more criteria, each may be negated with `!`: `canonical`, `final`, `exec "cmd"`, `host`, `originalhost`, `user`, `localuser`, `localnetwork`, `tagged`, `command`, `version`, `sessiontype`. Except `all`, `canonical` and `final`, each criterion takes an argument, mostly a comma-separated pattern list.',
    example: 'Match host *.corp.example.com user deploy',
    default: 'none',
    notes: [
      '`host` tests the name after `Hostname` substitution, ignoring case; `originalhost` tests the name as typed. `user` is the remote login name, `localuser` your own.',
      '`exec` runs the command through your shell and matches when it exits with 0; it expands `%` tokens. It is not run when an earlier criterion on the line already failed, so put cheap tests first.',
      '`canonical` and `final` only match during the second reading of the files, which ssh does after canonicalizing the host name; `final` (OpenSSH 8.0+) asks for that second reading even without canonicalization.',
      'Criteria by release: `localnetwork` (CIDR list checked against local interface addresses) and `tagged` since 9.4; `command`, `version` and `sessiontype` (`shell`, `exec`, `subsystem`, `none`) since 10.0.',
      '`criterion=value` is accepted since 10.0 for the criteria that take an argument, except `sessiontype`, which still needs a space.',
      '`tagged ""` matches when no `Tag` is set; `command ""` matches when no remote command was requested.',
      '`all` must stand alone (at most after one criterion such as `canonical` or `final`) and always matches.',
      'A network address is easy to fake on DHCP networks; do not base security settings on `localnetwork` alone.',
      'Cannot be given with `-o`.',
    ],
    related: ['Host', 'Tag', 'CanonicalizeHostname', 'Hostname', 'User', 'Include'],
    value: {
      kind: 'custom',
      grammar:
        'all | criterion... where criterion is [!]canonical | [!]final | [!]exec CMD | [!]host|originalhost|user|localuser|tagged|command|version|sessiontype PATTERNS | [!]localnetwork CIDRS; criterion=arg also accepted (10.0+, not sessiontype)',
    },
    source: 'readconf.c oMatch, match_cfg_line(); ssh.c (final pass); V_9_4_P1, V_10_0_P1 readconf.c; ssh_config.5',
  },
  include: {
    summary:
      'Reads other configuration files at this spot, as if their lines were written here. Useful for drop-in directories like `~/.ssh/config.d/`.',
    syntax:
      'one or more paths separated by spaces. Glob wildcards (`*`, `?`, `[…]`) and `~` (in your own config only) work; since OpenSSH 9.9 also `%` tokens and `${VAR}`. A relative path is looked up in `~/.ssh` from your own config and in `/etc/ssh` from the system one.',
    example: 'Include config.d/*.conf',
    default: 'none (Debian\'s `/etc/ssh/ssh_config` starts with `Include /etc/ssh/ssh_config.d/*.conf`)',
    notes: [
      'Inside a `Host` or `Match` section the included lines count only when that section matches. A `Host` or `Match` inside the included file does not change the state of the file that includes it.',
      'A pattern that matches nothing is skipped without a word. Matches are read in sorted order and the first value wins, so `10-a.conf` beats `20-b.conf` and everything below the `Include` line.',
      'Included files must be owned by you or root and not writable by group or others; otherwise ssh stops with "Bad owner or permissions".',
      'At most 16 levels of nesting. Cannot be given with `-o`.',
    ],
    related: ['Host', 'Match'],
    value: { kind: 'path', tokens: TOKENS, env: true, multiple: true },
    repeat: 'accumulate',
    source: 'readconf.c oInclude (glob with GLOB_TILDE, SSHCONF_CHECKPERM, READCONF_MAX_DEPTH 16); expand_match_exec_or_include_path() since V_9_9_P1',
  },

  // ---------------------------------------------------------------- A–C
  addkeystoagent: {
    summary:
      'Makes ssh give a key to the running `ssh-agent` once it has loaded it from a file and used it, so the passphrase is typed once per agent session instead of once per connection.',
    syntax:
      '`yes`, `no`, `ask` (confirm through `SSH_ASKPASS` before adding), `confirm` (the agent asks before every use; may be followed by a lifetime, e.g. `confirm 1h`), or a lifetime alone (`4h`), meaning `yes` with that lifetime.',
    example: 'AddKeysToAgent 8h',
    default: '`no`',
    notes: [
      'The lifetime forms exist since OpenSSH 8.4; without one the key stays until the agent stops or `ssh-add -D`.',
      'Only keys that ssh itself reads from files (`IdentityFile`, `-i`) are added.',
    ],
    related: ['IdentityAgent', 'IdentityFile', 'ForwardAgent'],
    value: {
      kind: 'custom',
      grammar: 'yes | no | true | false | ask | confirm [TIME] | TIME',
      words: ['yes', 'no', 'true', 'false', 'ask', 'confirm'],
      meanings: {
        yes: 'a key ssh loads from a file for login is added to the running agent.',
        no: 'ssh adds no keys to the agent.',
        ask: 'ssh asks through `ssh-askpass` before adding each key to the agent.',
        confirm: 'keys are added so that the agent asks for confirmation each time one is used; since 8.4 a lifetime may follow (`confirm 1h`).',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oAddKeysToAgent (multistate_yesnoaskconfirm, convtime); release-8.4; words: readconf.c oAddKeysToAgent (multistate_yesnoaskconfirm, strcasecmp; V_7_2_P1, V_8_4_P1); sshconnect.c maybe_add_key_to_agent()',
  },
  addressfamily: {
    summary:
      'Limits ssh to IPv4 or IPv6 when it looks up and connects to the server, like `-4` or `-6` on the command line.',
    syntax: '`any`, `inet` (IPv4 only) or `inet6` (IPv6 only).',
    example: 'AddressFamily inet',
    default: '`any`',
    notes: ['It also picks the address family of listening sockets for port forwardings.'],
    related: ['BindAddress', 'BindInterface'],
    value: {
      kind: 'enum',
      values: ['any', 'inet', 'inet6'],
      meanings: {
        any: 'ssh connects over IPv4 or IPv6, whichever the host name resolves to.',
        inet: 'ssh connects, and forwards, over IPv4 only.',
        inet6: 'ssh connects, and forwards, over IPv6 only.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oAddressFamily (multistate_addressfamily); ssh.c channel_set_af(); meanings: ssh.c resolve_host(), channel_set_af(); sshconnect.c (V_10_0_P1)',
  },
  afstokenpassing: {
    summary:
      'Used to pass an AFS token to the server in the old SSH protocol 1 days. It has no effect today; Kerberos credentials are forwarded with `GSSAPIDelegateCredentials`.',
    syntax: IGNORED_SYNTAX,
    example: 'AFSTokenPassing no',
    default: 'none (ignored)',
    notes: ['ssh prints `Unsupported option "afstokenpassing"` and carries on. Delete the line.'],
    related: ['GSSAPIDelegateCredentials'],
    source: 'readconf.c keywords[] (oUnsupported)',
  },
  batchmode: {
    summary:
      'Switches off every question ssh could ask (passwords, passphrases, host key confirmation), so it fails instead of waiting for a person. Meant for scripts and cron jobs.',
    syntax: FLAG_SYNTAX,
    example: 'BatchMode yes',
    default: '`no`',
    notes: [
      'With an unknown host key the connection then fails, unless `StrictHostKeyChecking` is `accept-new` or `no`.',
      'Debian\'s ssh also uses a 300-second `ServerAliveInterval` in batch mode when none is configured.',
    ],
    related: ['StrictHostKeyChecking', 'ServerAliveInterval', 'PasswordAuthentication', 'NumberOfPasswordPrompts'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oBatchMode (multistate_flag); Debian ssh_config.5 (BatchMode)',
  },
  bindaddress: {
    summary:
      'Uses this local address as the source of the outgoing connection. It only matters on machines that have more than one address.',
    syntax: 'an IP address (or name) of this machine.',
    example: 'BindAddress 192.0.2.10',
    default: 'none (the operating system picks)',
    notes: ['`-b` on the command line does the same.'],
    related: ['BindInterface', 'AddressFamily'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'readconf.c oBindAddress (parse_string); sshconnect.c',
  },
  bindinterface: {
    summary:
      'Takes the source address for the connection from the named network interface, for machines with several uplinks or a VPN.',
    syntax: 'an interface name such as `eth1` or `wg0`.',
    example: 'BindInterface wg0',
    default: 'none',
    notes: ['`-B` on the command line does the same.'],
    related: ['BindAddress', 'AddressFamily'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'readconf.c oBindInterface (parse_string, V_7_7_P1); sshconnect.c',
  },
  canonicaldomains: {
    summary:
      'The domain suffixes ssh tries, in order, when it expands a short host name itself (`ssh web` → `web.example.com`). Only used when `CanonicalizeHostname` is on.',
    syntax: 'one or more domain names separated by spaces, or `none`.',
    example: 'CanonicalDomains example.com lab.example.net',
    default: 'none',
    notes: ['Only the first `CanonicalDomains` line that applies is used; later ones are ignored.'],
    related: ['CanonicalizeHostname', 'CanonicalizeMaxDots', 'CanonicalizeFallbackLocal', 'CanonicalizePermittedCNAMEs'],
    value: { kind: 'list', separator: 'space', item: 'domain name' },
    repeat: 'first-line-wins',
    source: 'readconf.c oCanonicalDomains (valid_domain; found = num_canonical_domains == 0)',
  },
  canonicalizefallbacklocal: {
    summary:
      'Decides what happens when ssh cannot expand a short name with `CanonicalDomains`: `yes` hands the name to the system resolver and its search list, `no` stops with an error.',
    syntax: FLAG_SYNTAX,
    example: 'CanonicalizeFallbackLocal no',
    default: '`yes`',
    related: ['CanonicalizeHostname', 'CanonicalDomains'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oCanonicalizeFallbackLocal (multistate_flag); fill_default_options_for_canonicalization()',
  },
  canonicalizehostname: {
    summary:
      'Lets ssh turn a short host name into a fully qualified one with `CanonicalDomains` instead of leaving it to the resolver. The files are then read again with the new name, so sections written for the full name apply too.',
    syntax: '`no`, `yes` (direct connections only) or `always` (also with `ProxyCommand` or `ProxyJump`); `true`/`false` work too.',
    example: 'CanonicalizeHostname yes',
    default: '`no`',
    notes: [
      'Names with more dots than `CanonicalizeMaxDots` are left as they are.',
      'Use `Match canonical` for sections that should apply only in the second reading.',
    ],
    related: ['CanonicalDomains', 'CanonicalizeMaxDots', 'CanonicalizeFallbackLocal', 'CanonicalizePermittedCNAMEs', 'Match'],
    value: {
      kind: 'flag',
      extra: ['always'],
      meanings: {
        yes: 'ssh tries to complete a short host name with `CanonicalDomains`, except when ProxyCommand or ProxyJump will reach the host.',
        no: 'ssh uses the host name as given, with no `CanonicalDomains` lookup.',
        always: 'like `yes`, and also for hosts reached through ProxyCommand or ProxyJump.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oCanonicalizeHostname (multistate_canonicalizehostname); ssh.c resolve_canonicalize(), re-parse; meanings: ssh.c resolve_canonicalize(), check_follow_cname() (V_10_0_P1)',
  },
  canonicalizemaxdots: {
    summary:
      'How many dots a host name may contain and still be expanded by canonicalization. Names with more dots are taken as already complete.',
    syntax: 'a whole number.',
    example: 'CanonicalizeMaxDots 0',
    default: '`1` (`web` and `web.lab` are expanded, `a.b.c` is not)',
    related: ['CanonicalizeHostname', 'CanonicalDomains'],
    value: { kind: 'integer', min: 0, zero: 'only names without a dot are canonicalized' },
    repeat: 'first-wins',
    source: 'readconf.c oCanonicalizeMaxDots (parse_int); fill_default_options_for_canonicalization(); 0: ssh.c:486 (V_9_2_P1)',
  },
  canonicalizepermittedcnames: {
    summary:
      'Says when canonicalization may follow a DNS CNAME into another domain. Each rule allows names in some source domains to end up in some target domains.',
    syntax:
      'one or more rules `sources:targets`, each side a comma-separated list of domain patterns; or `*` to follow any CNAME; or `none`.',
    example: 'CanonicalizePermittedCNAMEs *.example.com:*.cdn.example.net',
    default: '`none` (CNAMEs are not followed)',
    notes: [
      'The word `none` is accepted since OpenSSH 8.8.',
      'Only the first line that applies is used.',
    ],
    related: ['CanonicalizeHostname', 'CanonicalDomains'],
    value: { kind: 'custom', grammar: 'rule [rule ...] where rule is SOURCE_PATTERNS:TARGET_PATTERNS; or * ; or none (alone)' },
    repeat: 'first-line-wins',
    source: 'readconf.c oCanonicalizePermittedCNAMEs; none since V_8_8_P1',
  },
  casignaturealgorithms: {
    summary:
      'The signature algorithms ssh accepts from a certificate authority on a host certificate. A host certificate signed any other way is refused.',
    syntax: ALGO_SYNTAX,
    example: 'CASignatureAlgorithms ssh-ed25519,ecdsa-sha2-nistp256',
    default: 'OpenSSH\'s built-in list of current signature algorithms (`ssh -G host` prints it)',
    notes: ['`ssh -Q CASignatureAlgorithms` lists the names this ssh knows.'],
    related: ['HostKeyAlgorithms', 'PubkeyAcceptedAlgorithms'],
    value: { kind: 'algorithms', family: 'sig' },
    repeat: 'first-wins',
    source: 'readconf.c oCASignatureAlgorithms (sshkey_names_valid2 ca_only); SSH_ALLOWED_CA_SIGALGS; ssh.c -Q key-ca-sign',
  },
  certificatefile: {
    summary:
      'A certificate file that ssh presents together with one of your keys. The matching private key must still come from `IdentityFile`, `-i`, the agent, or a PKCS#11 or FIDO provider.',
    syntax: `a path; \`~\`, ${TOKENS_TEXT} and \`\${VAR}\` are expanded.`,
    example: 'CertificateFile ~/.ssh/id_ed25519-cert.pub',
    default: 'none; while no `CertificateFile` is set, ssh looks for `-cert.pub` next to each identity file',
    notes: [
      'Every line adds one more certificate (up to 100); they are tried in order.',
      '`${VAR}` expansion since OpenSSH 8.4.',
    ],
    related: ['IdentityFile', 'IdentitiesOnly', 'IdentityAgent'],
    value: { kind: 'path', tokens: TOKENS, env: true },
    repeat: 'accumulate',
    source: 'readconf.c oCertificateFile (SSH_MAX_CERTIFICATE_FILES); ssh.c load_public_identity_files()',
  },
  challengeresponseauthentication: {
    summary: 'Old name of `KbdInteractiveAuthentication`; since OpenSSH 8.7 it sets exactly that option.',
    syntax: FLAG_SYNTAX,
    example: 'ChallengeResponseAuthentication no',
    default: 'as `KbdInteractiveAuthentication`: `yes`',
    notes: ['Before 8.7 it was a switch of its own, and when on (the default) it also turned keyboard-interactive login on.'],
    related: ['KbdInteractiveAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c keywords[] alias of oKbdInteractiveAuthentication since V_8_7_P1; V_8_6_P1 sshconnect2.c',
  },
  channeltimeout: {
    summary:
      'Closes a channel opened by this client (a session, a forwarded port…) after it has carried no data for the given time. Keepalive probes do not count as activity.',
    syntax:
      'one or more `type=interval` entries separated by spaces, or `none`. The type is a pattern over channel types such as `session`, `direct-tcpip`, `forwarded-tcpip`, `x11-connection`, `agent-connection`, `tun-connection`; `global` (9.7+) covers all channels together. An interval of `0` switches that type off.',
    example: 'ChannelTimeout direct-tcpip=10m',
    default: '`none`',
    notes: [
      'Client-side ChannelTimeout exists since OpenSSH 9.6; the server has had it since 9.2.',
      'The client relabels its sessions `session:shell` / `session:command` only from 10.4: before that write `session=…` (and `session:*` matches nothing); in 10.4 and 10.5 write `session:*=…`, since `session=…` no longer covers them (fixed in 10.6).',
      'Only the first ChannelTimeout line that applies is used.',
    ],
    related: ['ServerAliveInterval', 'ServerAliveCountMax'],
    value: { kind: 'custom', grammar: 'TYPE=INTERVAL [TYPE=INTERVAL ...] | none; TYPE is a wildcard pattern, INTERVAL a time' },
    repeat: 'first-line-wins',
    source: 'readconf.c oChannelTimeout (parse_pattern_interval); clientloop.c channel_set_xtype(); commit a752a6c0e (V_9_6_P1)',
  },
  checkhostip: {
    summary:
      'Also records and checks the server\'s IP address in `known_hosts`, so ssh notices when the key for that address changes (for example after DNS spoofing).',
    syntax: FLAG_SYNTAX,
    example: 'CheckHostIP yes',
    default: '`no` since OpenSSH 8.5 (it used to be `yes`)',
    notes: [
      'When on, the address is added to `~/.ssh/known_hosts` whatever `StrictHostKeyChecking` says.',
      'Has no effect when a `ProxyCommand` is used.',
    ],
    related: ['StrictHostKeyChecking', 'UserKnownHostsFile', 'HashKnownHosts'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oCheckHostIP; fill_default_options() check_host_ip = 0 since V_8_5_P1',
  },
  cipher: {
    summary:
      'Chose the single cipher for SSH protocol 1 connections. Protocol 1 is gone, so the line is ignored; use `Ciphers` for protocol 2.',
    syntax: IGNORED_SYNTAX,
    example: 'Cipher blowfish',
    default: 'none (ignored)',
    notes: ['Ignored since OpenSSH 7.6; ssh mentions it only with `-v`.'],
    related: ['Ciphers'],
    source: 'readconf.c keywords[] (oDeprecated since V_7_6_P1)',
  },
  ciphers: {
    summary:
      'The encryption algorithms ssh offers to the server, most preferred first. ssh uses the earliest entry that the server can do as well.',
    syntax: ALGO_SYNTAX,
    example: 'Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com',
    default: 'OpenSSH\'s built-in list, `chacha20-poly1305@openssh.com` first (`ssh -G host` prints it)',
    notes: ['`ssh -Q cipher` lists the ciphers this ssh supports.'],
    related: ['MACs', 'KexAlgorithms', 'HostKeyAlgorithms'],
    value: { kind: 'algorithms', family: 'cipher' },
    repeat: 'first-wins',
    source: 'readconf.c oCiphers (ciphers_valid); myproposal.h KEX_CLIENT_ENCRYPT',
  },
  clearallforwardings: {
    summary:
      'Drops every local, remote and dynamic port forwarding collected so far, from the files and from the command line alike. Mostly used as `-o ClearAllForwardings=yes` to get a plain connection to a host whose config forwards ports.',
    syntax: FLAG_SYNTAX,
    example: 'ClearAllForwardings yes',
    default: '`no` (`yes` with `ssh -W`; scp and sftp set it too)',
    related: ['LocalForward', 'RemoteForward', 'DynamicForward'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oClearAllForwardings; fill_default_options() (stdio_forward_host)',
  },
  compression: {
    summary:
      'Compresses everything sent over the connection with zlib. It can help on slow links and costs CPU on fast ones.',
    syntax: '`yes` or `no` only; since OpenSSH 8.2 `true` and `false` are rejected here.',
    example: 'Compression yes',
    default: '`no`',
    notes: [
      'Compressing secrets together with data an attacker controls (say, through a forwarded port) can leak information about the secrets; leave it off on such connections.',
      '`yes` exists only in builds with zlib.',
    ],
    related: ['Ciphers'],
    value: {
      kind: 'enum',
      values: ['yes', 'no'],
      meanings: {
        yes: 'ssh asks the server for zlib compression; it is used if the server allows it.',
        no: 'ssh asks for no compression.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oCompression (multistate_compression, V_8_2_P1); meanings: sshconnect2.c ssh_kex2(); cipher.c compression_alg_list() (V_10_0_P1)',
  },
  compressionlevel: {
    summary:
      'Set the zlib compression level for SSH protocol 1. It went away with protocol 1; protocol 2 only has `Compression` on or off.',
    syntax: IGNORED_SYNTAX,
    example: 'CompressionLevel 6',
    default: 'none (ignored)',
    notes: ['Since OpenSSH 7.6 ssh prints `Unsupported option "compressionlevel"` and carries on.'],
    related: ['Compression'],
    source: 'readconf.c keywords[] (oUnsupported since V_7_6_P1)',
  },
  connectionattempts: {
    summary:
      'How many times ssh tries to open the TCP connection before giving up, waiting one second between tries. Helps scripts over flaky links.',
    syntax: 'a whole number, at least 1.',
    example: 'ConnectionAttempts 3',
    default: '`1`',
    notes: ['`0` passes the parser but ssh then refuses to start ("Invalid number of ConnectionAttempts").'],
    related: ['ConnectTimeout'],
    value: { kind: 'integer', min: 1, zero: 'ssh refuses to start ("Invalid number of ConnectionAttempts")' },
    repeat: 'first-wins',
    source: 'readconf.c oConnectionAttempts (parse_int); sshconnect.c ssh_connect_direct(); ssh.c; 0: ssh.c:1327 (V_9_2_P1)',
  },
  connecttimeout: {
    summary:
      'Gives up on a server that does not answer within this time, instead of waiting for the system\'s TCP timeout. It bounds the TCP connect and then the wait for the server\'s version banner; the key exchange after that is not covered (sshconnect.c times only these two steps in every release since 7.0).',
    syntax: `${TIME_SYNTAX}, or \`none\`.`,
    example: 'ConnectTimeout 10',
    default: '`none` (the operating system\'s TCP timeout, often minutes)',
    related: ['ConnectionAttempts', 'ServerAliveInterval'],
    value: { kind: 'time', none: true, zero: 'no timeout of ssh\'s own, the same as `none`: the system\'s TCP timeout applies' },
    repeat: 'first-wins',
    source: 'readconf.c oConnectTimeout (parse_time); ssh.c timeout_ms; sshconnect.c; 0: ssh.c:1555-1558, misc.c timeout_connect(), kex.c:1275 (V_9_2_P1)',
  },
  controlmaster: {
    summary:
      'Lets several ssh sessions to the same server share one network connection through a control socket (`ControlPath`). Later sessions start almost instantly and skip authentication.',
    syntax:
      '`yes` (become the master), `no` (use an existing master if there is one), `ask` (master, but confirm each client through `ssh-askpass`), `auto` (use a master if one exists, otherwise become one), `autoask` (`auto` plus confirmation).',
    example: 'ControlMaster auto',
    default: '`no`',
    notes: [
      'Sharing needs a `ControlPath`; `auto` with `ControlPersist` is the common setup.',
      'All sessions reuse the master\'s X11 display and agent; you cannot forward different ones per session.',
    ],
    related: ['ControlPath', 'ControlPersist'],
    value: {
      kind: 'flag',
      extra: ['ask', 'auto', 'autoask'],
      meanings: {
        yes: 'this ssh becomes a master: it listens on `ControlPath` so later sessions can share its connection, without first looking for another master.',
        no: 'this ssh does not act as a master, but still uses an existing master on `ControlPath` if one answers.',
        ask: 'like `yes`, but each session that wants to share the connection must first be confirmed in an `ssh-askpass` dialog.',
        auto: 'ssh uses an existing master on `ControlPath` if there is one, and otherwise becomes the master itself.',
        autoask: 'like `auto`, with the `ssh-askpass` confirmation of `ask`.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oControlMaster (multistate_controlmaster); mux.c; meanings: mux.c muxclient(), mux_master_process_new_session(); readpass.c ask_permission() (V_10_0_P1)',
  },
  controlpath: {
    summary:
      'Where the control socket for connection sharing lives. Masters create it and later sessions connect to it.',
    syntax: `a path, or \`none\`; \`~\`, ${TOKENS_TEXT} and \`\${VAR}\` are expanded.`,
    example: 'ControlPath ~/.ssh/cm-%C',
    default: '`none` (no sharing)',
    notes: [
      'Make it unique per destination: `%C`, a hash of local host, remote host, port, user and jump host, is the easy way.',
      'Keep the directory private: anyone who can open the socket can use your connection.',
      'Unix socket paths are limited to roughly 100 bytes, another reason to prefer `%C` over long `%r@%h:%p` names.',
    ],
    related: ['ControlMaster', 'ControlPersist'],
    value: { kind: 'path', tokens: TOKENS, env: true, none: true },
    repeat: 'first-wins',
    source: 'readconf.c oControlPath (parse_string); ssh.c default_client_percent_dollar_expand()',
  },
  controlpersist: {
    summary:
      'Keeps a master connection running in the background after its first session ends, ready for the next ones. With a time, the master exits once it has had no sessions for that long.',
    syntax: `\`yes\` or \`0\` (stay until \`ssh -O exit\`), \`no\`, or a time: ${TIME_SYNTAX}. The words must be lower case.`,
    example: 'ControlPersist 10m',
    default: '`no`',
    notes: ['`yes`, `no`, `true`, `false` are compared case-sensitively here: `ControlPersist Yes` is an error.'],
    related: ['ControlMaster', 'ControlPath'],
    value: {
      kind: 'custom',
      grammar: 'yes | no | true | false (lower case) | TIME (0 = forever)',
      words: ['yes', 'no', 'true', 'false'],
      caseSensitive: true,
      meanings: {
        yes: 'the master connection stays open in the background after its first session ends, until it is stopped (`ssh -O exit`).',
        no: 'the master connection does not go to the background: the ssh command that opened it stays until its own session and every session sharing the connection have ended.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oControlPersist (strcmp, convtime); words: readconf.c oControlPersist (strcmp; V_10_0_P1); clientloop.c set_control_persist_exit_time(), client_loop() exits when channel_still_open() (channels.c: MUX_CLIENT channels count, V_9_2_P1)',
  },

  // ---------------------------------------------------------------- D–G
  dsaauthentication: {
    summary: 'Very old name of `PubkeyAuthentication`; it sets that option.',
    syntax: 'as `PubkeyAuthentication`: `yes`, `no`, `unbound` or `host-bound`.',
    example: 'DSAAuthentication yes',
    default: 'as `PubkeyAuthentication`: `yes`',
    related: ['PubkeyAuthentication'],
    value: {
      kind: 'flag',
      extra: ['unbound', 'host-bound'],
      meanings: PUBKEY_MEANINGS,
    },
    repeat: 'first-wins',
    source: 'readconf.c keywords[] (dsaauthentication → oPubkeyAuthentication); meanings: sshconnect2.c try_identity() via oPubkeyAuthentication (V_8_9_P1, V_10_0_P1)',
  },
  dynamicforward: {
    summary:
      'Opens a local port on which ssh acts as a SOCKS4/SOCKS5 proxy; each connection a program makes through it goes out from the server\'s side.',
    syntax: '`[bind_address:]port`; put IPv6 addresses in square brackets. `localhost` binds to loopback only, `*` or an empty address to every interface.',
    example: 'DynamicForward 1080',
    default: 'none',
    notes: [
      'Every line adds another forwarding; `-D` adds more.',
      'Without a bind address, `GatewayPorts` decides between loopback and all interfaces.',
      'Ports below 1024 need root.',
    ],
    related: ['LocalForward', 'RemoteForward', 'GatewayPorts', 'ExitOnForwardFailure', 'ClearAllForwardings'],
    value: { kind: 'custom', grammar: '[BIND_ADDRESS:]PORT' },
    repeat: 'accumulate',
    source: 'readconf.c oDynamicForward (parse_forward dynamicfwd)',
  },
  enableescapecommandline: {
    summary:
      'Turns on the `~C` escape in interactive sessions, which opens a small command line for adding or cancelling port forwardings while connected.',
    syntax: FLAG_SYNTAX,
    example: 'EnableEscapeCommandline yes',
    default: '`no`',
    notes: ['Before OpenSSH 9.2 the `~C` command line was always available; 9.2 added this option and turned it off by default.'],
    related: ['EscapeChar', 'PermitLocalCommand'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oEnableEscapeCommandline (V_9_2_P1); clientloop.c process_escapes()',
  },
  enablesshkeysign: {
    summary:
      'Allows ssh to call the setuid helper `ssh-keysign`, which signs with the machine\'s host key during `HostbasedAuthentication`.',
    syntax: FLAG_SYNTAX,
    example: 'EnableSSHKeysign yes',
    default: '`no`',
    notes: [
      '`ssh-keysign` reads only the system file `/etc/ssh/ssh_config`, so this must be set there, outside any `Host` or `Match` section.',
    ],
    related: ['HostbasedAuthentication', 'HostbasedAcceptedAlgorithms'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oEnableSSHKeysign; ssh-keysign.c',
  },
  escapechar: {
    summary:
      'The character that, typed at the start of a line, gives commands to ssh itself (`~.` disconnects, `~?` lists the rest). Change it when `~` gets in the way, for example in nested sessions.',
    syntax: 'a single character, `^` plus a character for a control key (`^]` is Ctrl-]), or `none` (lower case) to turn escapes off.',
    example: 'EscapeChar ^]',
    default: '`~`',
    notes: ['With `none` the session passes every byte through, which is what binary transfers over a tty need.'],
    related: ['EnableEscapeCommandline', 'RequestTTY'],
    value: { kind: 'custom', grammar: 'single character | ^X | none' },
    repeat: 'first-wins',
    source: 'readconf.c oEscapeChar (strcmp "none")',
  },
  exitonforwardfailure: {
    summary:
      'Makes ssh quit when it cannot set up one of the requested port, tunnel or dynamic forwardings, instead of carrying on without it. Good for scripts that depend on a tunnel.',
    syntax: FLAG_SYNTAX,
    example: 'ExitOnForwardFailure yes',
    default: '`no` (`yes` with `ssh -W`)',
    notes: [
      'It only covers setting the forwarding up; a failed connection through a working forwarding does not end ssh.',
      'With `ForkAfterAuthentication`, ssh waits for remote forwardings to be confirmed before going to the background.',
    ],
    related: ['LocalForward', 'RemoteForward', 'DynamicForward', 'ForkAfterAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oExitOnForwardFailure; fill_default_options() (stdio_forward_host)',
  },
  fallbacktorsh: {
    summary:
      'Once let ssh fall back to plain rsh when the server did not speak SSH. That fallback was removed long ago; the line is ignored.',
    syntax: IGNORED_SYNTAX,
    example: 'FallBackToRsh no',
    default: 'none (ignored)',
    notes: ['ssh mentions it only with `-v`. Delete the line.'],
    source: 'readconf.c keywords[] (oDeprecated)',
  },
  fingerprinthash: {
    summary: 'The hash used when ssh shows key fingerprints, for example when it asks you to confirm a new host key.',
    syntax: '`sha256` or `md5` (the parser also accepts `sha1`, `sha384`, `sha512`); case does not matter.',
    example: 'FingerprintHash md5',
    default: '`sha256`',
    notes: ['`md5` is only useful for comparing against old fingerprint lists.'],
    related: ['VisualHostKey'],
    value: {
      kind: 'enum',
      values: ['sha256', 'md5', 'sha1', 'sha384', 'sha512'],
      meanings: {
        md5: 'ssh shows key fingerprints (host key prompts, logs) as MD5, in colon-separated hex.',
        sha1: 'ssh shows key fingerprints as SHA-1, in base64.',
        sha256: 'ssh shows key fingerprints as SHA-256, in base64 (the `SHA256:...` form).',
        sha384: 'ssh shows key fingerprints as SHA-384, in base64.',
        sha512: 'ssh shows key fingerprints as SHA-512, in base64.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oFingerprintHash (ssh_digest_alg_by_name, strcasecmp); sshkey.h SSH_FP_HASH_DEFAULT; meanings: sshconnect.c check_host_key(), sshkey.c sshkey_fingerprint() (V_10_0_P1)',
  },
  forkafterauthentication: {
    summary:
      'Sends ssh to the background once you have logged in, the same as `-f`. Passwords and passphrases are still asked for first.',
    syntax: FLAG_SYNTAX,
    example: 'ForkAfterAuthentication yes',
    default: '`no`',
    notes: [
      'ssh refuses to fork without something to do: give a command, a `RemoteCommand`, or `SessionType none` for a forwarding-only connection.',
      'With `ExitOnForwardFailure yes`, ssh forks only after the remote forwardings are set up.',
    ],
    related: ['StdinNull', 'SessionType', 'ExitOnForwardFailure', 'RemoteCommand'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oForkAfterAuthentication (V_8_7_P1); ssh.c ("Cannot fork into background without a command")',
  },
  forwardagent: {
    summary:
      'Makes your local ssh-agent usable from the server, so you can hop on to further hosts with keys that never leave your machine.',
    syntax:
      '`yes`, `no`, a path to an agent socket, or `$NAME` / `${NAME}` of an environment variable that holds one (path forms since OpenSSH 8.2).',
    example: 'ForwardAgent yes',
    default: '`no`',
    notes: [
      'Anyone who is root on the server (or can reach your forwarded socket there) can use your keys while you are connected. They cannot copy them, but they can log in as you. Turn it on only for hosts you trust; `ProxyJump` often removes the need.',
      'Any value that is not a yes/no word is taken as a socket path, so a typo such as `ForwardAgent ye` is not an error.',
    ],
    related: ['IdentityAgent', 'AddKeysToAgent', 'ProxyJump'],
    value: {
      kind: 'custom',
      grammar: 'yes | no | true | false | SOCKET_PATH | $VAR | ${VAR}',
      words: ['yes', 'no', 'true', 'false'],
      meanings: {
        yes: 'ssh forwards the agent named by `SSH_AUTH_SOCK` to the server, so logins from there can use its keys.',
        no: 'ssh does not forward the agent.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oForwardAgent (multistate_flag, else parse_agent_path; V_8_2_P1); ssh.c; words: readconf.c oForwardAgent (multistate_flag, strcasecmp; V_7_0_P1, V_10_0_P1); clientloop.c client_request_agent()',
  },
  forwardx11: {
    summary:
      'Forwards X11 so graphical programs started on the server show up on your local display; ssh sets `DISPLAY` on the remote side.',
    syntax: FLAG_SYNTAX,
    example: 'ForwardX11 yes',
    default: '`no`',
    notes: [
      'Whoever controls the server account (or root there) can then talk to your X display; with `ForwardX11Trusted yes` that includes reading keystrokes. Use it only with hosts you trust.',
    ],
    related: ['ForwardX11Trusted', 'ForwardX11Timeout', 'XAuthLocation'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oForwardX11 (multistate_flag)',
  },
  forwardx11timeout: {
    summary:
      'How long untrusted X11 forwarding keeps accepting new X connections; after that ssh refuses them. Not used for trusted forwarding.',
    syntax: `${TIME_SYNTAX}; \`0\` never expires.`,
    example: 'ForwardX11Timeout 8h',
    default: '`20m` (1200 seconds)',
    notes: ['`none` does not switch the limit off: it means "not set", so the 20-minute default applies. Use `0`.'],
    related: ['ForwardX11', 'ForwardX11Trusted'],
    value: { kind: 'time', none: true, zero: 'no time limit: untrusted X11 connections are accepted for the whole session and their cookie does not expire' },
    repeat: 'first-wins',
    source: 'readconf.c oForwardX11Timeout (parse_time, none → -1); fill_default_options() 1200; 0: clientloop.c:353-385 (V_9_2_P1)',
  },
  forwardx11trusted: {
    summary:
      'With `yes`, forwarded X11 programs get full access to your display. With `no`, they run as untrusted X clients that cannot snoop on or meddle with your other windows, and their access expires after `ForwardX11Timeout`.',
    syntax: FLAG_SYNTAX,
    example: 'ForwardX11Trusted no',
    default: 'upstream `no` (Debian and Ubuntu: `yes`)',
    notes: ['Some programs break as untrusted clients; that is the usual reason people set `yes` (or use `ssh -Y`).'],
    related: ['ForwardX11', 'ForwardX11Timeout'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oForwardX11Trusted; fill_default_options() 0; Debian ssh -G 9.2p1 prints yes',
  },
  gatewayports: {
    summary:
      'Lets other machines connect to your local forwarded ports: local and dynamic forwardings without an explicit address are bound to all interfaces instead of loopback.',
    syntax: FLAG_SYNTAX,
    example: 'GatewayPorts yes',
    default: '`no`',
    notes: [
      'Only affects forwardings that listen on this machine (`LocalForward`, `DynamicForward`). For `RemoteForward` the server\'s own `GatewayPorts` decides.',
    ],
    related: ['LocalForward', 'DynamicForward', 'RemoteForward'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oGatewayPorts (fwd_opts.gateway_ports)',
  },
  globalknownhostsfile: {
    summary:
      'The system-wide known-hosts files ssh consults when checking a server\'s key, usually maintained by an administrator.',
    syntax: 'one or more paths separated by spaces (`~` is expanded), or `none` (8.5+) to use no global file.',
    example: 'GlobalKnownHostsFile /etc/ssh/ssh_known_hosts /etc/ssh/known_hosts.d/corp',
    default: '`/etc/ssh/ssh_known_hosts /etc/ssh/ssh_known_hosts2`',
    notes: [
      'Only the first line that applies is used; list all files on it.',
      'ssh never writes to these files; new keys go to `UserKnownHostsFile`.',
    ],
    related: ['UserKnownHostsFile', 'KnownHostsCommand', 'StrictHostKeyChecking'],
    value: { kind: 'path', none: true, multiple: true },
    repeat: 'first-line-wins',
    source: 'readconf.c oGlobalKnownHostsFile (parse_char_array, SSH_MAX_HOSTS_FILES); ssh.c tilde_expand_paths(), none since V_8_5_P1',
  },
  globalknownhostsfile2: {
    summary:
      'Named a second system-wide known-hosts file for protocol 2 keys. It is ignored; `GlobalKnownHostsFile` takes several files and already includes `ssh_known_hosts2` by default.',
    syntax: IGNORED_SYNTAX,
    example: 'GlobalKnownHostsFile2 /etc/ssh/ssh_known_hosts2',
    default: 'none (ignored)',
    notes: ['ssh mentions it only with `-v`. Move the path to `GlobalKnownHostsFile`.'],
    related: ['GlobalKnownHostsFile'],
    source: 'readconf.c keywords[] (oDeprecated)',
  },
  gssapiauthentication: {
    summary:
      'Allows logging in with GSSAPI, in practice a Kerberos ticket you already hold (`kinit`), so no password is needed on hosts in the realm.',
    syntax: FLAG_SYNTAX,
    example: 'GSSAPIAuthentication yes',
    default: '`no` (Debian\'s shipped `/etc/ssh/ssh_config` sets `yes`)',
    notes: [
      'Only in builds with GSSAPI; elsewhere ssh prints "Unsupported option" and ignores the line.',
    ],
    related: ['GSSAPIDelegateCredentials', 'PreferredAuthentications'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oGssAuthentication (#ifdef GSSAPI, else oUnsupported)',
  },
  gssapidelegatecredentials: {
    summary:
      'Forwards your Kerberos credentials to the server after a GSSAPI login, so you can reach further Kerberized services from there.',
    syntax: FLAG_SYNTAX,
    example: 'GSSAPIDelegateCredentials yes',
    default: '`no`',
    notes: [
      'Only in builds with GSSAPI.',
      'The server can then act as you within the realm; enable it only for trusted hosts.',
    ],
    related: ['GSSAPIAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oGssDelegateCreds (#ifdef GSSAPI, else oUnsupported)',
  },

  // ---------------------------------------------------------------- H–I
  hashknownhosts: {
    summary:
      'Stores host names and addresses in `known_hosts` as hashes, so the file does not reveal which machines you connect to if someone reads it.',
    syntax: FLAG_SYNTAX,
    example: 'HashKnownHosts yes',
    default: '`no` (Debian\'s shipped `/etc/ssh/ssh_config` sets `yes`)',
    notes: [
      'Only new entries are hashed; run `ssh-keygen -H` to convert an existing file.',
      'Hashed entries can still be found with `ssh-keygen -F host` and removed with `ssh-keygen -R host`.',
    ],
    related: ['UserKnownHostsFile', 'CheckHostIP'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oHashKnownHosts; hostfile.c',
  },
  hostbasedacceptedalgorithms: {
    summary:
      'The signature algorithms ssh may use for host-based login, in order of preference.',
    syntax: ALGO_SYNTAX,
    example: 'HostbasedAcceptedAlgorithms ssh-ed25519,rsa-sha2-512',
    default: 'OpenSSH\'s built-in key algorithm list (`ssh -G host` prints it)',
    notes: [
      'Known by this name since OpenSSH 8.7; before that `HostbasedKeyTypes` (and the misspelt `HostbasedAlgorithms` in 8.5–8.6).',
      '`ssh -Q HostbasedAcceptedAlgorithms` lists the names this ssh knows.',
    ],
    related: ['HostbasedAuthentication', 'EnableSSHKeysign', 'PubkeyAcceptedAlgorithms'],
    value: { kind: 'algorithms', family: 'key-sig' },
    repeat: 'first-wins',
    source: 'readconf.c oHostbasedAcceptedAlgorithms (parse_pubkey_algos); V_8_7_P1 keywords[]',
  },
  hostbasedalgorithms: {
    summary:
      'The name OpenSSH 8.5 and 8.6 gave `HostbasedAcceptedAlgorithms` by mistake (the keyword table was misspelt). OpenSSH 8.7 corrected it and no longer knows this name.',
    syntax: ALGO_SYNTAX,
    example: 'HostbasedAlgorithms ssh-ed25519,rsa-sha2-512',
    default: 'as `HostbasedAcceptedAlgorithms`',
    notes: ['Write `HostbasedAcceptedAlgorithms` (8.7+) or `HostbasedKeyTypes`, which every release accepts.'],
    related: ['HostbasedAcceptedAlgorithms'],
    value: { kind: 'algorithms', family: 'key-sig' },
    repeat: 'first-wins',
    source: 'openssh-portable V_8_5_P1/V_8_6_P1 readconf.c ("hostbasedalgorithms"); fixed in V_8_7_P1',
  },
  hostbasedauthentication: {
    summary:
      'Tries host-based login: the server trusts this machine\'s host key plus your user name, as listed in its `shosts.equiv` or `~/.shosts`. Mostly used inside clusters.',
    syntax: FLAG_SYNTAX,
    example: 'HostbasedAuthentication yes',
    default: '`no`',
    notes: ['Also needs `EnableSSHKeysign yes` in `/etc/ssh/ssh_config` so ssh may use the host key.'],
    related: ['EnableSSHKeysign', 'HostbasedAcceptedAlgorithms', 'PreferredAuthentications'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oHostbasedAuthentication; sshconnect2.c userauth_hostbased()',
  },
  hostbasedkeytypes: {
    summary: 'Old name of `HostbasedAcceptedAlgorithms`; it sets that option.',
    syntax: ALGO_SYNTAX,
    example: 'HostbasedKeyTypes ssh-ed25519',
    default: 'as `HostbasedAcceptedAlgorithms`',
    notes: ['An option of its own up to OpenSSH 8.4; an alias since 8.5.'],
    related: ['HostbasedAcceptedAlgorithms'],
    value: { kind: 'algorithms', family: 'key-sig' },
    repeat: 'first-wins',
    source: 'readconf.c keywords[] (hostbasedkeytypes → oHostbasedAcceptedAlgorithms)',
  },
  hostkeyalgorithms: {
    summary:
      'The host key types ssh asks the server to prove itself with, in order of preference.',
    syntax: ALGO_SYNTAX,
    example: 'HostKeyAlgorithms ssh-ed25519,ecdsa-sha2-nistp256',
    default: 'OpenSSH\'s built-in list (`ssh -G host` prints it)',
    notes: [
      'With the default, or a `+`/`-` list, ssh moves the types it already has in `known_hosts` for this host to the front, which avoids needless "host key changed" trouble. A full list or a `^` list turns that off.',
      '`ssh -Q HostKeyAlgorithms` lists the names this ssh knows.',
    ],
    related: ['CASignatureAlgorithms', 'KexAlgorithms', 'UserKnownHostsFile', 'UpdateHostKeys'],
    value: { kind: 'algorithms', family: 'key-sig' },
    repeat: 'first-wins',
    source: 'readconf.c oHostKeyAlgorithms (parse_pubkey_algos); sshconnect2.c ssh_kex2() use_known_hosts_order',
  },
  hostkeyalias: {
    summary:
      'Looks up and stores the server\'s key in `known_hosts` under this name rather than the server\'s actual name. Useful for tunnels to `localhost` or several servers behind one address.',
    syntax: 'a name (lower-cased by ssh).',
    example: 'HostKeyAlias db-via-tunnel',
    default: 'none (the host name is used)',
    notes: ['Also used when checking host certificates, and available as `%k` in tokens.'],
    related: ['Hostname', 'UserKnownHostsFile', 'StrictHostKeyChecking'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'readconf.c oHostKeyAlias (parse_string); ssh.c lowercase(host_key_alias)',
  },
  hostname: {
    summary:
      'The real name or address to connect to, so that the name used with ssh can be a short nickname.',
    syntax: 'a host name or IP address; `%h` stands for the name you typed after `ssh`, and `%%` for a percent sign.',
    example: 'Hostname %h.internal.example.com',
    default: 'the host name you typed',
    notes: [
      '`Match host` sees the name after this substitution; `Host` patterns only do in a second reading of the files (`Match final`, canonicalization).',
    ],
    related: ['Host', 'Match', 'HostKeyAlias', 'Port', 'User', 'CanonicalizeHostname'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'readconf.c oHostname (parse_string); ssh.c percent_expand(options.hostname, "h")',
  },
  identitiesonly: {
    summary:
      'Offers only the keys named in the configuration or with `-i` (or the default key files), even when the agent holds more. Stops "Too many authentication failures" on servers that count every offered key.',
    syntax: FLAG_SYNTAX,
    example: 'IdentitiesOnly yes',
    default: '`no`',
    notes: ['The agent can still do the signing for a listed key; only unlisted agent keys are held back.'],
    related: ['IdentityFile', 'IdentityAgent', 'CertificateFile'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oIdentitiesOnly; sshconnect2.c pubkey_prepare()',
  },
  identityagent: {
    summary:
      'Which agent socket ssh talks to for keys, instead of the one in `SSH_AUTH_SOCK`. Handy for agents such as a password manager\'s or a hardware key\'s.',
    syntax: `a socket path, \`none\` (use no agent), \`SSH_AUTH_SOCK\` (take it from that variable), or \`$NAME\` of another variable; \`~\`, ${TOKENS_TEXT} and \`\${VAR}\` are expanded.`,
    example: 'IdentityAgent ${XDG_RUNTIME_DIR}/gnupg/S.gpg-agent.ssh',
    default: 'the socket named in `SSH_AUTH_SOCK`',
    related: ['ForwardAgent', 'AddKeysToAgent', 'IdentitiesOnly'],
    value: { kind: 'path', tokens: TOKENS, env: true, none: true },
    repeat: 'first-wins',
    source: 'readconf.c oIdentityAgent (parse_agent_path); ssh.c default_client_percent_dollar_expand()',
  },
  identityfile: {
    summary:
      'A private key file ssh may use to log in. Each line adds a key, and ssh tries them in the order written.',
    syntax: `a path, or \`none\` for no key files at all; \`~\`, ${TOKENS_TEXT} and \`\${VAR}\` are expanded.`,
    example: 'IdentityFile ~/.ssh/id_ed25519_work',
    default:
      '`~/.ssh/id_rsa`, `id_ecdsa`, `id_ecdsa_sk`, `id_ed25519`, `id_ed25519_sk` (OpenSSH 10.5 adds `id_mldsa44_ed25519`; up to 10.0 also `id_xmss` and `id_dsa`)',
    notes: [
      'Lines add up (up to 100 keys) instead of the first one winning; combine with `IdentitiesOnly yes` to offer only these.',
      'If only the `.pub` file exists, ssh can still use the matching key held by the agent.',
      'ssh also picks up `<file>-cert.pub` as a certificate while no `CertificateFile` is set.',
    ],
    related: ['IdentitiesOnly', 'CertificateFile', 'IdentityAgent', 'AddKeysToAgent'],
    value: { kind: 'path', tokens: TOKENS, env: true, none: true },
    repeat: 'accumulate',
    source: 'readconf.c oIdentityFile (SSH_MAX_IDENTITY_FILES), fill_default_options(); ssh.c load_public_identity_files()',
  },
  identityfile2: {
    summary: 'Old name of `IdentityFile`; it adds a key file just like it.',
    syntax: 'as `IdentityFile`.',
    example: 'IdentityFile2 ~/.ssh/id_ed25519',
    default: 'as `IdentityFile`',
    related: ['IdentityFile'],
    value: { kind: 'path', tokens: TOKENS, env: true, none: true },
    repeat: 'accumulate',
    source: 'readconf.c keywords[] (identityfile2 → oIdentityFile)',
  },
  ignoreunknown: {
    summary:
      'Keyword names ssh should skip silently instead of refusing the file. Lets one config serve several ssh versions, or hold options for other tools.',
    syntax: 'a comma-separated list of keyword patterns (wildcards allowed, case ignored).',
    example: 'IgnoreUnknown UseKeychain',
    default: 'none (unknown keywords are errors)',
    notes: ['Only affects lines below it, so put it at the very top of the file.'],
    related: ['Include'],
    value: { kind: 'pattern-list' },
    repeat: 'first-wins',
    source: 'readconf.c oIgnoreUnknown, parse_token() (match_pattern_list, dolower)',
  },
  ipqos: {
    summary:
      'The DSCP (traffic class) mark ssh puts on its packets, so routers can prioritise interactive typing over bulk copies.',
    syntax:
      'one value for everything, or two: interactive then bulk. Each is `af11`…`af43`, `cs0`…`cs7`, `ef`, `le`, `va` (10.3+), a number 0–255, or `none` for the system default.',
    example: 'IPQoS ef cs1',
    default: '`ef cs0` since OpenSSH 10.1; `af21 cs1` in 7.8–10.0 (Debian 12\'s 9.2: `lowdelay throughput`)',
    notes: [
      'The old ToS words `lowdelay`, `throughput` and `reliability` are ignored since 10.1 (the system default is used).',
    ],
    related: ['TCPKeepAlive'],
    value: { kind: 'custom', grammar: 'QOS [QOS] where QOS is af11..af43 | cs0..cs7 | ef | le | va | none | lowdelay | throughput | reliability | 0-255' },
    repeat: 'first-wins',
    source: 'readconf.c oIPQoS; misc.c parse_ipqos() (strcasecmp); fill_default_options() IPTOS_DSCP_EF/CS0 since V_10_1_P1',
  },

  // ---------------------------------------------------------------- K–L
  kbdinteractiveauthentication: {
    summary:
      'Allows keyboard-interactive login, where the server asks one or more questions (a password, a one-time code). Most password prompts on PAM systems come this way.',
    syntax: FLAG_SYNTAX,
    example: 'KbdInteractiveAuthentication no',
    default: '`yes`',
    notes: ['`ChallengeResponseAuthentication` has been an alias for it since OpenSSH 8.7.'],
    related: ['PasswordAuthentication', 'KbdInteractiveDevices', 'PreferredAuthentications', 'NumberOfPasswordPrompts'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oKbdInteractiveAuthentication; sshconnect2.c userauth_kbdint()',
  },
  kbdinteractivedevices: {
    summary: 'Which keyboard-interactive methods to ask the server for.',
    syntax: 'a comma-separated list of method names, such as `pam` or `bsdauth`.',
    example: 'KbdInteractiveDevices pam',
    default: 'none (the server offers what it has)',
    related: ['KbdInteractiveAuthentication'],
    value: { kind: 'list', separator: 'comma', item: 'keyboard-interactive device' },
    repeat: 'first-wins',
    source: 'readconf.c oKbdInteractiveDevices (parse_string)',
  },
  keepalive: {
    summary: 'Old name of `TCPKeepAlive`; it sets that option.',
    syntax: FLAG_SYNTAX,
    example: 'KeepAlive yes',
    default: 'as `TCPKeepAlive`: `yes`',
    related: ['TCPKeepAlive'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c keywords[] (keepalive → oTCPKeepAlive)',
  },
  kerberosauthentication: {
    summary:
      'Enabled the old built-in Kerberos login of SSH protocol 1. It is not supported any more; Kerberos login now goes through `GSSAPIAuthentication`.',
    syntax: IGNORED_SYNTAX,
    example: 'KerberosAuthentication no',
    default: 'none (ignored)',
    notes: ['ssh prints `Unsupported option "kerberosauthentication"` and carries on.'],
    related: ['GSSAPIAuthentication'],
    source: 'readconf.c keywords[] (oUnsupported)',
  },
  kerberostgtpassing: {
    summary:
      'Forwarded a Kerberos ticket-granting ticket in SSH protocol 1. It is not supported any more; use `GSSAPIDelegateCredentials`.',
    syntax: IGNORED_SYNTAX,
    example: 'KerberosTGTPassing no',
    default: 'none (ignored)',
    notes: ['ssh prints `Unsupported option "kerberostgtpassing"` and carries on.'],
    related: ['GSSAPIDelegateCredentials'],
    source: 'readconf.c keywords[] (oUnsupported)',
  },
  kexalgorithms: {
    summary:
      'The key exchange methods ssh offers, most preferred first. Key exchange sets up the session keys, so this decides, among other things, whether the connection is protected against future quantum computers.',
    syntax: ALGO_SYNTAX,
    example: 'KexAlgorithms mlkem768x25519-sha256,sntrup761x25519-sha512,curve25519-sha256',
    default: 'OpenSSH\'s built-in list, led by `mlkem768x25519-sha256` since 10.0 (`ssh -G host` prints it)',
    notes: [
      'Setting this option silences the 10.1+ warning about key exchange without post-quantum protection.',
      '`ssh -Q kex` lists what this ssh supports.',
    ],
    related: ['Ciphers', 'MACs', 'HostKeyAlgorithms', 'WarnWeakCrypto'],
    value: { kind: 'algorithms', family: 'kex' },
    repeat: 'first-wins',
    source: 'readconf.c oKexAlgorithms (kex_names_valid); myproposal.h KEX_CLIENT_KEX; sshconnect.c kex_algorithms_set',
  },
  knownhostscommand: {
    summary:
      'A program that prints extra known-hosts lines for the server, read after the known-hosts files. Lets host keys come from a directory service or a central store.',
    syntax:
      `the rest of the line: an absolute program path and its arguments, split like a shell would but run without one. Arguments may use ${TOKENS_TEXT}, plus \`%H\` (name being looked up), \`%I\` (why: \`HOSTNAME\`, \`ADDRESS\` or \`ORDER\`), \`%f\` (fingerprint), \`%K\` (base64 key), \`%t\` (key type), and \`\${VAR}\`.`,
    example: 'KnownHostsCommand /usr/local/bin/fetch-hostkeys %H',
    default: 'none',
    notes: [
      'It may run more than once per connection (to order host key types, for the name, and with `CheckHostIP` for the address).',
      'If it fails or exits non-zero, the connection is aborted.',
      'Tokens are expanded in the arguments only, not in the program path.',
    ],
    related: ['UserKnownHostsFile', 'GlobalKnownHostsFile', 'StrictHostKeyChecking', 'CheckHostIP'],
    value: { kind: 'command' },
    repeat: 'first-wins',
    source: 'readconf.c oKnownHostsCommand (parse_command); sshconnect.c load_hostkeys_command(); misc.c subprocess() (absolute path)',
  },
  localcommand: {
    summary:
      'A command run on your own machine, through your shell, right after the connection is up, for example to log or notify. Only runs when `PermitLocalCommand` is `yes`.',
    syntax: `the rest of the line, verbatim; ${TOKENS_TEXT} and \`%T\` (local tunnel interface, or \`NONE\`) are expanded.`,
    example: 'LocalCommand notify-send "ssh: connected to %n"',
    default: 'none',
    notes: [
      'ssh waits for it to finish, and it has no access to the session, so do not run anything interactive.',
      'A `# comment` after it becomes part of the command.',
    ],
    related: ['PermitLocalCommand', 'RemoteCommand'],
    value: { kind: 'command' },
    repeat: 'first-wins',
    source: 'readconf.c oLocalCommand (parse_command); ssh.c ssh_local_cmd expansion with "T"',
  },
  localforward: {
    summary:
      'Listens on a local port (or Unix socket) and carries each connection through the SSH session to a host and port reachable from the server, like `-L`.',
    syntax:
      'two arguments: what to listen on (`[bind_address:]port` or a socket path) and where to connect from the server (`host:port` or a socket path). IPv6 addresses go in square brackets; an argument containing `/` is a Unix socket. Socket paths may use the usual `%` tokens and `${VAR}`.',
    example: 'LocalForward 5432 db.internal:5432',
    default: 'none',
    notes: [
      'Every line adds another forwarding; `-L` adds more.',
      'Without a bind address, `GatewayPorts` decides between loopback and all interfaces; `localhost` forces loopback, `*` all interfaces.',
      'Ports below 1024 need root; port 0 is not allowed here.',
    ],
    related: ['RemoteForward', 'DynamicForward', 'GatewayPorts', 'ExitOnForwardFailure', 'ClearAllForwardings', 'StreamLocalBindMask', 'StreamLocalBindUnlink'],
    value: { kind: 'custom', grammar: 'LISTEN TARGET where LISTEN is [BIND:]PORT | PATH and TARGET is HOST:PORT | PATH' },
    repeat: 'accumulate',
    source: 'readconf.c oLocalForward, parse_forward() (dollar_expand); ssh.c listen/connect path expansion',
  },
  loglevel: {
    summary: 'How much ssh reports about what it does; raise it to debug a failing connection.',
    syntax: '`QUIET`, `FATAL`, `ERROR`, `INFO`, `VERBOSE`, `DEBUG` (= `DEBUG1`), `DEBUG2` or `DEBUG3`; case does not matter.',
    example: 'LogLevel VERBOSE',
    default: '`INFO`',
    notes: ['`-v`, `-vv`, `-vvv` on the command line set the debug levels for one run; `-q` sets `QUIET`.'],
    related: ['LogVerbose', 'SyslogFacility'],
    value: {
      kind: 'enum',
      values: ['QUIET', 'FATAL', 'ERROR', 'INFO', 'VERBOSE', 'DEBUG', 'DEBUG1', 'DEBUG2', 'DEBUG3'],
      meanings: LOG_LEVEL_MEANINGS,
    },
    repeat: 'first-wins',
    source: 'readconf.c oLogLevel; log.c log_level_number() (strcasecmp); meanings: log.c log_levels[], do_log(); sshconnect2.c (V_10_0_P1)',
  },
  logverbose: {
    summary:
      'Turns on full debug logging for selected places in the ssh source only, without the noise of a global debug level. A tool for developers and bug reports.',
    syntax:
      'one or more entries separated by spaces, each a comma-separated list of `file:function:line` patterns (e.g. `kex.c:*:1000`, `*:kex_exchange_identification():*`), or `none`.',
    example: 'LogVerbose packet.c:*',
    default: '`none`',
    notes: ['Only the first line that applies is used.'],
    related: ['LogLevel'],
    value: { kind: 'list', separator: 'space', item: 'file:function:line pattern list' },
    repeat: 'first-line-wins',
    source: 'readconf.c oLogVerbose (V_8_5_P1); log.c log_verbose_add()',
  },

  // ---------------------------------------------------------------- M–P
  macs: {
    summary:
      'The message authentication codes ssh offers for checking data integrity, most preferred first. Not used with AEAD ciphers such as chacha20-poly1305 or AES-GCM, which check integrity themselves.',
    syntax: ALGO_SYNTAX,
    example: 'MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com',
    default: 'OpenSSH\'s built-in list, encrypt-then-MAC (`-etm`) variants first (`ssh -G host` prints it)',
    notes: ['Prefer the `-etm@openssh.com` variants, which authenticate the encrypted data.', '`ssh -Q mac` lists what this ssh supports.'],
    related: ['Ciphers', 'KexAlgorithms'],
    value: { kind: 'algorithms', family: 'mac' },
    repeat: 'first-wins',
    source: 'readconf.c oMacs (mac_valid); myproposal.h KEX_CLIENT_MAC',
  },
  nohostauthenticationforlocalhost: {
    summary:
      'Skips host key checking when connecting to localhost. Helps when several systems share one home directory, or tunnels all appear as localhost.',
    syntax: FLAG_SYNTAX,
    example: 'NoHostAuthenticationForLocalhost yes',
    default: '`no`',
    notes: ['`HostKeyAlias` is the safer fix for tunnels: it keeps the check but files each key under its own name.'],
    related: ['HostKeyAlias', 'StrictHostKeyChecking'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oNoHostAuthenticationForLocalhost; sshconnect.c',
  },
  numberofpasswordprompts: {
    summary: 'How many times ssh asks for a password before it gives up on that method.',
    syntax: 'a whole number.',
    example: 'NumberOfPasswordPrompts 1',
    default: '`3`',
    related: ['PasswordAuthentication', 'KbdInteractiveAuthentication', 'BatchMode'],
    value: { kind: 'integer', min: 0, zero: 'ssh never asks for a password, a keyboard-interactive answer or a key passphrase: those methods are skipped (keys without a passphrase still work)' },
    repeat: 'first-wins',
    source: 'readconf.c oNumberOfPasswordPrompts (parse_int); 0: sshconnect2.c:1076, 1571, 1945 (V_9_2_P1)',
  },
  obscurekeystroketiming: {
    summary:
      'Hides the rhythm of your typing from anyone watching the traffic: in interactive sessions ssh sends keystrokes on a fixed beat and adds fake ones for a while after you stop.',
    syntax: '`yes`, `no`, or `interval:N` with N milliseconds from 1 to 1000; lower case only.',
    example: 'ObscureKeystrokeTiming interval:40',
    default: '`yes` with a 20 ms interval',
    notes: ['Shorter intervals mean more fake packets.', 'Since OpenSSH 9.5.'],
    related: ['RequestTTY'],
    value: {
      kind: 'custom',
      grammar: 'yes | no | true | false | interval:N (1-1000), compared case-sensitively',
      words: ['yes', 'no', 'true', 'false'],
      caseSensitive: true,
      meanings: {
        yes: 'in an interactive session ssh hides the timing of your keystrokes by sending them, with fake packets in between, at intervals of about 20 ms.',
        no: 'keystrokes are sent as they are typed.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oObscureKeystrokeTiming (strcmp; SSH_KEYSTROKE_DEFAULT_INTERVAL_MS 20); clientloop.c obfuscate_keystroke_timing(); words: readconf.c oObscureKeystrokeTiming (strcmp; V_9_5_P1, V_10_5_P1); clientloop.c obfuscate_keystroke_timing() (V_10_0_P1)',
  },
  passwordauthentication: {
    summary: 'Allows the plain "password" login method.',
    syntax: FLAG_SYNTAX,
    example: 'PasswordAuthentication no',
    default: '`yes`',
    notes: ['Many servers ask for passwords through keyboard-interactive instead; to avoid password prompts entirely, turn off `KbdInteractiveAuthentication` too.'],
    related: ['KbdInteractiveAuthentication', 'PubkeyAuthentication', 'PreferredAuthentications', 'NumberOfPasswordPrompts', 'BatchMode'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oPasswordAuthentication; sshconnect2.c userauth_passwd()',
  },
  permitlocalcommand: {
    summary: 'Allows running local commands: `LocalCommand`, and the `!command` escape in an interactive session.',
    syntax: FLAG_SYNTAX,
    example: 'PermitLocalCommand yes',
    default: '`no`',
    related: ['LocalCommand', 'EscapeChar', 'EnableEscapeCommandline'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oPermitLocalCommand',
  },
  permitremoteopen: {
    summary:
      'Limits where a `RemoteForward` used as a SOCKS proxy (no target given) may connect from your side.',
    syntax:
      '`any`, `none`, or one or more `host:port` entries separated by spaces (`[IPv6]:port` for IPv6); `*` may stand for the whole host or port. Names are compared literally, without lookups or other patterns.',
    example: 'PermitRemoteOpen intranet.example.com:443 10.0.0.5:*',
    default: '`any`',
    notes: [
      'Only the first line that applies is used.',
      'Since OpenSSH 8.5.',
    ],
    related: ['RemoteForward'],
    value: { kind: 'list', separator: 'space', item: 'host:port, any or none' },
    repeat: 'first-line-wins',
    source: 'readconf.c oPermitRemoteOpen (V_8_5_P1)',
  },
  pkcs11provider: {
    summary:
      'A PKCS#11 library through which ssh uses keys on a smart card or hardware token for login.',
    syntax: 'the path of the PKCS#11 shared library, or `none` (8.0+).',
    example: 'PKCS11Provider /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so',
    default: '`none`',
    notes: ['Only in builds with PKCS#11 support; elsewhere ssh prints "Unsupported option" and ignores the line.'],
    related: ['IdentityFile', 'SecurityKeyProvider', 'CertificateFile'],
    value: { kind: 'path', none: true },
    repeat: 'first-wins',
    source: 'readconf.c oPKCS11Provider (#ifdef ENABLE_PKCS11, else oUnsupported)',
  },
  port: {
    summary: 'The TCP port to connect to on the server.',
    syntax: 'a number from 1 to 65535, or a service name from `/etc/services`.',
    example: 'Port 2222',
    default: '`22`',
    notes: ['`-p` and `host:port` in an `ssh://` URI take precedence because command-line values come first.'],
    related: ['Hostname', 'User'],
    value: { kind: 'port' },
    repeat: 'first-wins',
    source: 'readconf.c oPort (a2port: number or getservbyname)',
  },
  preferredauthentications: {
    summary:
      'The order in which ssh tries login methods. Methods missing from the list are not tried at all.',
    syntax: 'a comma-separated list of `gssapi-with-mic`, `hostbased`, `publickey`, `keyboard-interactive`, `password`.',
    example: 'PreferredAuthentications publickey,keyboard-interactive',
    default: '`gssapi-with-mic,hostbased,publickey,keyboard-interactive,password`',
    related: ['PubkeyAuthentication', 'PasswordAuthentication', 'KbdInteractiveAuthentication', 'GSSAPIAuthentication', 'HostbasedAuthentication'],
    value: { kind: 'list', separator: 'comma', item: 'authentication method' },
    repeat: 'first-wins',
    source: 'readconf.c oPreferredAuthentications (parse_string); sshconnect2.c authmethods',
  },
  protocol: {
    summary:
      'Chose between SSH protocol versions 1 and 2. Only version 2 exists since OpenSSH 7.6, so the line is silently ignored.',
    syntax: IGNORED_SYNTAX,
    example: 'Protocol 2',
    default: 'none (ignored)',
    notes: ['Ignored without any message, even with `-v`. Safe to delete.'],
    source: 'readconf.c keywords[] (oIgnore since V_7_6_P1)',
  },
  proxycommand: {
    summary:
      'A command that provides the connection to the server instead of ssh opening a TCP connection itself: ssh talks SSH over the command\'s standard input and output. Used for HTTP or SOCKS proxies and other tunnels.',
    syntax:
      'the rest of the line, run by your shell (with `exec`); `%h`, `%p`, `%r`, `%n`, `%k` and `%%` are expanded. `none` turns it off; `-` means ssh\'s own stdin/stdout already are the connection.',
    example: 'ProxyCommand nc -X connect -x proxy.example.com:3128 %h %p',
    default: '`none`',
    notes: [
      'ssh checks the host key against `Hostname` (or `HostKeyAlias`), not against the proxy.',
      '`ProxyCommand` and `ProxyJump` compete: whichever is set first wins.',
      'Tokens are pasted in without shell quoting; keep them quoted if names may contain odd characters.',
      '`CheckHostIP` is not available through a proxy command.',
    ],
    related: ['ProxyJump', 'ProxyUseFdpass', 'HostKeyAlias', 'Hostname'],
    value: { kind: 'command' },
    repeat: 'first-wins',
    source: 'readconf.c oProxyCommand (parse_command); sshconnect.c expand_proxy_command(), ssh_connect() ("-")',
  },
  proxyjump: {
    summary:
      'Reaches the server through one or more SSH jump hosts: ssh first logs in to the jump host and from there opens a forwarded connection to the target. The modern, simpler replacement for most `ProxyCommand` setups.',
    syntax:
      'one or more hops separated by commas, each `[user@]host[:port]` or `ssh://[user@]host[:port]`, visited in order; or `none`. `%h`, `%p`, `%r`, `%n`, `%k` and `%%` are expanded.',
    example: 'ProxyJump admin@bastion.example.com:2222',
    default: '`none`',
    notes: [
      'Settings for the target (its `Host` section, `-o` options) are not applied to the jump hosts; give each jump host its own `Host` section.',
      '`ProxyJump` and `ProxyCommand` compete: whichever is set first wins.',
      'Unlike `ForwardAgent`, keys and agent stay on your machine, so the jump host never gets to use them.',
    ],
    related: ['ProxyCommand', 'ForwardAgent', 'Host'],
    value: { kind: 'custom', grammar: 'none | HOP[,HOP...] where HOP is [USER@]HOST[:PORT] or ssh://[USER@]HOST[:PORT]' },
    repeat: 'first-wins',
    source: 'readconf.c oProxyJump, parse_jump(); ssh.c (builds ssh -W ProxyCommand)',
  },
  proxyusefdpass: {
    summary:
      'Says that `ProxyCommand` does not relay traffic but connects and hands the open socket back to ssh, then exits. Saves a process for the whole session.',
    syntax: FLAG_SYNTAX,
    example: 'ProxyUseFdpass yes',
    default: '`no`',
    notes: ['Not usable with `ProxyCommand -`; ignored for `ProxyJump`.'],
    related: ['ProxyCommand'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oProxyUseFdpass; sshconnect.c ssh_proxy_fdpass_connect(); ssh.c',
  },
  pubkeyacceptedalgorithms: {
    summary:
      'The signature algorithms ssh may use when logging in with a key, in order of preference. Keys of other types are not offered.',
    syntax: ALGO_SYNTAX,
    example: 'PubkeyAcceptedAlgorithms +ssh-rsa',
    default: 'OpenSSH\'s built-in key algorithm list (`ssh -G host` prints it)',
    notes: [
      '`+ssh-rsa` brings back SHA-1 RSA signatures for old servers; use it only in a `Host` section for them.',
      'Called `PubkeyAcceptedKeyTypes` before OpenSSH 8.5.',
      '`ssh -Q PubkeyAcceptedAlgorithms` lists the names this ssh knows.',
    ],
    related: ['PubkeyAuthentication', 'HostKeyAlgorithms', 'IdentityFile'],
    value: { kind: 'algorithms', family: 'key-sig' },
    repeat: 'first-wins',
    source: 'readconf.c oPubkeyAcceptedAlgorithms (parse_pubkey_algos, V_8_5_P1)',
  },
  pubkeyacceptedkeytypes: {
    summary: 'Old name of `PubkeyAcceptedAlgorithms`; it sets that option.',
    syntax: ALGO_SYNTAX,
    example: 'PubkeyAcceptedKeyTypes +ssh-rsa',
    default: 'as `PubkeyAcceptedAlgorithms`',
    notes: ['An option of its own up to OpenSSH 8.4; an alias since 8.5.'],
    related: ['PubkeyAcceptedAlgorithms'],
    value: { kind: 'algorithms', family: 'key-sig' },
    repeat: 'first-wins',
    source: 'readconf.c keywords[] (pubkeyacceptedkeytypes → oPubkeyAcceptedAlgorithms)',
  },
  pubkeyauthentication: {
    summary: 'Allows logging in with a key pair, the usual passwordless way.',
    syntax:
      '`yes`, `no`, `unbound` or `host-bound` (`true`/`false` work too). The last two keep key login on and switch off or on the host-bound extension that agent restrictions (`ssh-add -h`) rely on.',
    example: 'PubkeyAuthentication yes',
    default: '`yes` (host-bound when the server supports it)',
    notes: ['`unbound` and `host-bound` exist since OpenSSH 8.9.'],
    related: ['IdentityFile', 'PubkeyAcceptedAlgorithms', 'IdentitiesOnly', 'PreferredAuthentications'],
    value: {
      kind: 'flag',
      extra: ['unbound', 'host-bound'],
      meanings: PUBKEY_MEANINGS,
    },
    repeat: 'first-wins',
    source: 'readconf.c oPubkeyAuthentication (multistate_pubkey_auth, V_8_9_P1); meanings: sshconnect2.c try_identity(); readconf.h SSH_PUBKEY_AUTH_* (V_8_9_P1, V_10_0_P1)',
  },

  // ---------------------------------------------------------------- R–S
  refuseconnection: {
    summary:
      'Stops ssh before it connects and prints the given message. Use it in a `Host` or `Match` section to block a destination with a reminder ("use the VPN host instead").',
    syntax: 'one argument: the message. Quote it if it contains spaces.',
    example: 'RefuseConnection "old-db is retired, use db2"',
    default: 'none',
    notes: [
      'ssh exits with an error as soon as it reads this line in a section that applies.',
      'An unquoted message of several words is an error even in sections that do not apply, which breaks the whole file.',
      'Since OpenSSH 10.1.',
    ],
    related: ['Match', 'Host'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'readconf.c oRefuseConnection (fatal when active; extra-argument check otherwise)',
  },
  rekeylimit: {
    summary:
      'After how much data, and optionally how much time, ssh renegotiates the session keys. Rarely needs changing.',
    syntax: `a size in bytes with an optional \`K\`, \`M\` or \`G\` suffix (0 or at least 16 bytes), or \`default\`; then optionally \`none\` or a time: ${TIME_SYNTAX}.`,
    example: 'RekeyLimit 1G 1h',
    default: '`default none`: after the amount suited to the cipher (1 to 4 GB), and never by time',
    notes: ['The client does not take `default` as the second value; write `none` or a time.'],
    related: ['Ciphers'],
    value: { kind: 'custom', grammar: 'default | SIZE[K|M|G] [none | TIME]' },
    repeat: 'first-wins',
    source: 'readconf.c oRekeyLimit (scan_scaled, parse_time)',
  },
  remotecommand: {
    summary:
      'A command to run on the server instead of a login shell, as if given after the host name on the command line.',
    syntax: `the rest of the line, verbatim; ${TOKENS_TEXT} are expanded.`,
    example: 'RemoteCommand tmux new -A -s main',
    default: 'none',
    notes: [
      'ssh refuses to start when a command is also given on the command line.',
      'Interactive programs such as `tmux` need `RequestTTY yes` because no terminal is requested when a command is set.',
      'A `# comment` after it becomes part of the command.',
    ],
    related: ['RequestTTY', 'LocalCommand', 'SessionType'],
    value: { kind: 'command' },
    repeat: 'first-wins',
    source: 'readconf.c oRemoteCommand (parse_command, V_7_6_P1); ssh.c ("Cannot execute command-line and remote command")',
  },
  remoteforward: {
    summary:
      'Makes the server listen on a port (or Unix socket) and carries each connection back through the SSH session to a destination reachable from your machine, like `-R`. Without a destination, the server side acts as a SOCKS proxy that goes out from your machine.',
    syntax:
      'the listen side on the server (`[bind_address:]port` or a socket path) and, optionally, the destination (`host:port` or a socket path). IPv6 addresses go in square brackets; an argument containing `/` is a Unix socket. Socket paths may use the usual `%` tokens and `${VAR}`.',
    example: 'RemoteForward 8080 localhost:3000',
    default: 'none',
    notes: [
      'Every line adds another forwarding; `-R` adds more.',
      'Port `0` lets the server pick a free port and report it.',
      'Binding to an address other than loopback only works if the server\'s `GatewayPorts` allows it; privileged ports need root on the server.',
      'Restrict the SOCKS form with `PermitRemoteOpen`.',
    ],
    related: ['LocalForward', 'DynamicForward', 'PermitRemoteOpen', 'ExitOnForwardFailure', 'ClearAllForwardings', 'StreamLocalBindMask'],
    value: { kind: 'custom', grammar: 'LISTEN [TARGET] where LISTEN is [BIND:]PORT | PATH and TARGET is HOST:PORT | PATH' },
    repeat: 'accumulate',
    source: 'readconf.c oRemoteForward, parse_forward() (remotefwd, dynamic when no target)',
  },
  requesttty: {
    summary:
      'Whether ssh asks the server for a terminal (pty) for the session, like `-t` and `-T` on the command line.',
    syntax:
      '`auto` (only for a login shell), `yes` (whenever stdin is a terminal), `force` (always) or `no` (never); `true`/`false` work too.',
    example: 'RequestTTY force',
    default: '`auto`',
    notes: ['Needed with `RemoteCommand` for interactive programs.'],
    related: ['RemoteCommand', 'SessionType', 'StdinNull'],
    value: {
      kind: 'flag',
      extra: ['force', 'auto'],
      meanings: {
        yes: 'ssh asks for a terminal whenever its own input is a terminal, also when running a command.',
        no: 'ssh never asks for a terminal.',
        force: 'ssh asks for a terminal even when its own input is not a terminal.',
        auto: 'ssh asks for a terminal only for a login without a command, and only when its own input is a terminal.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oRequestTTY (multistate_requesttty); ssh.c tty_flag; meanings: ssh.c ssh_session2_setup() tty_flag (V_10_0_P1)',
  },
  requiredrsasize: {
    summary:
      'The smallest RSA key, in bits, that ssh will deal with: smaller user keys are skipped and a server with a smaller RSA host key is refused.',
    syntax: 'a whole number of bits.',
    example: 'RequiredRSASize 3072',
    default: '`1024`',
    notes: [
      'It can only raise the limit; values under 1024 do not make smaller keys usable.',
      'Since OpenSSH 9.1.',
    ],
    related: ['PubkeyAcceptedAlgorithms', 'HostKeyAlgorithms'],
    value: { kind: 'integer', min: 0, zero: 'no minimum of your own: OpenSSH\'s built-in floor of 1024 bits still applies' },
    repeat: 'first-wins',
    source: 'readconf.c oRequiredRSASize (parse_int, V_9_1_P1); sshkey.h SSH_RSA_MINIMUM_MODULUS_SIZE; 0: sshkey.c sshkey_check_rsa_length() (V_9_2_P1)',
  },
  revokedhostkeys: {
    summary:
      'Files listing server keys that must never be trusted again, for example after a host key leaked. Either plain public keys, one per line, or a KRL made with `ssh-keygen -k`.',
    syntax: `one or more paths (several since OpenSSH 10.3), or \`none\`; \`~\`, ${TOKENS_TEXT} and \`\${VAR}\` are expanded.`,
    example: 'RevokedHostKeys /etc/ssh/revoked_host_keys.krl',
    default: 'none',
    notes: [
      'Fails closed: if a listed file is missing or unreadable, no host key is accepted at all.',
      'Only the first line that applies is used.',
    ],
    related: ['UserKnownHostsFile', 'GlobalKnownHostsFile', 'StrictHostKeyChecking'],
    value: { kind: 'path', tokens: TOKENS, env: true, none: true, multiple: true },
    repeat: 'first-line-wins',
    source: 'readconf.c oRevokedHostKeys (V_10_3_P1 list form); sshconnect.c check_host_key() (sshkey_check_revoked)',
  },
  rhostsauthentication: {
    summary:
      'Allowed the insecure rhosts login that trusted the client\'s address alone. It was removed long ago; the line is ignored. `HostbasedAuthentication` is the key-based successor.',
    syntax: IGNORED_SYNTAX,
    example: 'RhostsAuthentication no',
    default: 'none (ignored)',
    notes: ['ssh mentions it only with `-v`.'],
    related: ['HostbasedAuthentication'],
    source: 'readconf.c keywords[] (oDeprecated)',
  },
  rhostsrsaauthentication: {
    summary:
      'Enabled rhosts login backed by an RSA host key in SSH protocol 1. It went away with protocol 1; `HostbasedAuthentication` does the same job in protocol 2.',
    syntax: IGNORED_SYNTAX,
    example: 'RhostsRSAAuthentication no',
    default: 'none (ignored)',
    notes: ['Since OpenSSH 7.6 ssh prints `Unsupported option "rhostsrsaauthentication"` and carries on.'],
    related: ['HostbasedAuthentication'],
    source: 'readconf.c keywords[] (oUnsupported since V_7_6_P1)',
  },
  rsaauthentication: {
    summary:
      'Enabled RSA key login in SSH protocol 1. It went away with protocol 1; key login in protocol 2 is `PubkeyAuthentication`.',
    syntax: IGNORED_SYNTAX,
    example: 'RSAAuthentication yes',
    default: 'none (ignored)',
    notes: ['Since OpenSSH 7.6 ssh prints `Unsupported option "rsaauthentication"` and carries on.'],
    related: ['PubkeyAuthentication'],
    source: 'readconf.c keywords[] (oUnsupported since V_7_6_P1)',
  },
  securitykeyprovider: {
    summary:
      'The library ssh uses to talk to FIDO security keys (`-sk` key types) instead of its built-in USB support. Mostly for special hardware or testing.',
    syntax: 'a library path, or `$NAME` of an environment variable holding one.',
    example: 'SecurityKeyProvider /usr/local/lib/libsk-custom.so',
    default: '`internal` (builds without built-in FIDO support use `$SSH_SK_PROVIDER`)',
    related: ['PKCS11Provider', 'IdentityFile'],
    value: { kind: 'path' },
    repeat: 'first-wins',
    source: 'readconf.c oSecurityKeyProvider (V_8_2_P1), fill_default_options() (ENABLE_SK_INTERNAL); ssh.c $ expansion',
  },
  sendenv: {
    summary:
      'Local environment variables ssh copies to the server session, for example the locale. The server only accepts the names its `AcceptEnv` allows.',
    syntax:
      'one or more variable names separated by spaces; `*` and `?` wildcards work. A name starting with `-` removes matching names added by earlier lines.',
    example: 'SendEnv LANG LC_*',
    default: 'none (Debian\'s shipped `/etc/ssh/ssh_config` sends `LANG LC_*`)',
    notes: [
      'Lines add up instead of the first one winning.',
      '`TERM` is always sent when a terminal is requested, whatever this says.',
    ],
    related: ['SetEnv'],
    value: { kind: 'list', separator: 'space', item: 'variable name pattern (-pattern removes)' },
    repeat: 'accumulate',
    source: 'readconf.c oSendEnv (appends; rm_env() for -PATTERN)',
  },
  serveralivecountmax: {
    summary:
      'How many server-alive probes may go unanswered before ssh gives up on the server and exits. Any data from the server resets the count.',
    syntax: 'a whole number.',
    example: 'ServerAliveCountMax 3',
    default: '`3`',
    notes: [
      'Unlike the server\'s `ClientAliveCountMax`, `0` does not disable anything: ssh quits after one silent interval, even when the server is fine.',
      'Only matters when `ServerAliveInterval` is set.',
    ],
    related: ['ServerAliveInterval', 'TCPKeepAlive'],
    value: { kind: 'integer', min: 0, zero: 'ssh quits after the first interval in which nothing arrives from the server, even when the server is fine' },
    repeat: 'first-wins',
    source: 'readconf.c oServerAliveCountMax (parse_int); clientloop.c:497 (no `> 0` guard); 0: clientloop.c:498 (V_9_2_P1), FACTS.md §3 (measured on 9.2p1)',
  },
  serveraliveinterval: {
    summary:
      'How long ssh waits without hearing anything from the server before it sends an encrypted probe through the connection. It detects a server or network that has gone away, and the probe traffic also keeps NAT and firewall state from expiring.',
    syntax: `${TIME_SYNTAX}; \`0\` turns probing off (\`none\` leaves the default).`,
    example: 'ServerAliveInterval 60',
    default: 'upstream `0` (no probes); Debian: 300 seconds when `BatchMode` is on',
    notes: [
      'ssh gives up about `ServerAliveInterval × (ServerAliveCountMax + 1)` after the last packet from the server.',
      'A home router that forgets quiet connections is kept happy by an interval shorter than its idle timeout.',
    ],
    related: ['ServerAliveCountMax', 'TCPKeepAlive', 'ConnectTimeout', 'BatchMode'],
    value: { kind: 'time', none: true, zero: 'no probes are sent' },
    repeat: 'first-wins',
    source: 'readconf.c oServerAliveInterval (parse_time); clientloop.c server_alive_check(); Debian ssh_config.5; 0: clientloop.c:489 (V_9_2_P1)',
  },
  sessiontype: {
    summary:
      'What kind of session ssh opens: the normal shell or command, a subsystem such as sftp (like `-s`), or nothing at all (like `-N`) for connections that only forward ports.',
    syntax: '`default`, `subsystem` or `none`.',
    example: 'SessionType none',
    default: '`default` (shell or command)',
    notes: ['Since OpenSSH 8.7. `Match sessiontype` (10.0+) can test the result.'],
    related: ['RemoteCommand', 'RequestTTY', 'ForkAfterAuthentication', 'StdinNull'],
    value: {
      kind: 'enum',
      values: ['default', 'subsystem', 'none'],
      meanings: {
        default: 'ssh runs the remote shell, or the command given.',
        subsystem: 'the command names a server subsystem (such as `sftp`) to start, as `ssh -s` does.',
        none: 'ssh starts no shell or command at all, only the forwardings, as `ssh -N` does.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oSessionType (multistate_sessiontype, V_8_7_P1); meanings: ssh.c ssh_session2(), clientloop.c (V_8_7_P1, V_10_0_P1)',
  },
  setenv: {
    summary:
      'Sets environment variables for the remote session to fixed values, without having to export them locally. The server must allow the names in its `AcceptEnv`.',
    syntax: 'one or more `NAME=VALUE` entries separated by spaces; quote values with spaces. Since 10.0 values may use the usual `%` tokens and `${VAR}`.',
    example: 'SetEnv EDITOR=vim TZ=Europe/Berlin',
    default: 'none',
    notes: [
      'Only the first `SetEnv` line that applies is used; later lines do not add variables. Put them all on one line.',
      'Since OpenSSH 9.1, a name repeated on that line keeps its first value.',
    ],
    related: ['SendEnv'],
    value: { kind: 'list', separator: 'space', item: 'NAME=VALUE' },
    repeat: 'first-line-wins',
    source: 'readconf.c oSetEnv (found = num_setenv == 0; lookup_setenv_in_list since V_9_1_P1); ssh.c SetEnv expansion (V_10_0_P1)',
  },
  skeyauthentication: {
    summary: 'Old name from the S/Key one-time-password days; since OpenSSH 8.7 it sets `KbdInteractiveAuthentication`.',
    syntax: FLAG_SYNTAX,
    example: 'SKeyAuthentication no',
    default: 'as `KbdInteractiveAuthentication`: `yes`',
    notes: ['OpenSSH 7.8 to 8.6 did not support it at all (the line was reported and ignored).'],
    related: ['KbdInteractiveAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c keywords[] (skeyauthentication → oKbdInteractiveAuthentication since V_8_7_P1)',
  },
  smartcarddevice: {
    summary: 'Old name of `PKCS11Provider`; it sets that option.',
    syntax: 'as `PKCS11Provider`: a library path or `none`.',
    example: 'SmartcardDevice /usr/lib/opensc-pkcs11.so',
    default: 'as `PKCS11Provider`: `none`',
    notes: ['Only in builds with PKCS#11 support.'],
    related: ['PKCS11Provider'],
    value: { kind: 'path', none: true },
    repeat: 'first-wins',
    source: 'readconf.c keywords[] (smartcarddevice → oPKCS11Provider, #ifdef ENABLE_PKCS11)',
  },
  stdinnull: {
    summary:
      'Makes ssh read nothing from standard input, like `-n`. Needed when ssh runs in the background so it does not steal input from the terminal or a script.',
    syntax: FLAG_SYNTAX,
    example: 'StdinNull yes',
    default: '`no`',
    notes: ['Since OpenSSH 8.7.'],
    related: ['ForkAfterAuthentication', 'SessionType', 'RequestTTY'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oStdinNull (V_8_7_P1)',
  },
  streamlocalbindmask: {
    summary:
      'The umask applied when ssh creates a Unix socket for a forwarding, which decides who may connect to it.',
    syntax: 'an octal mask from `0` to `0777`.',
    example: 'StreamLocalBindMask 0117',
    default: '`0177` (only the owner can use the socket)',
    notes: [
      'Bug up to OpenSSH 10.5: the last `StreamLocalBindMask` in the files wins, and it applies even from `Host` or `Match` sections that do not match.',
      'Some systems ignore permissions on sockets.',
    ],
    related: ['StreamLocalBindUnlink', 'LocalForward', 'RemoteForward'],
    value: { kind: 'custom', grammar: 'octal number 0-0777' },
    repeat: 'last-wins',
    source: 'readconf.c oStreamLocalBindMask (strtol base 8, no *activep check); release-10.6 (bz4013)',
  },
  streamlocalbindunlink: {
    summary:
      'Removes a leftover socket file before creating a Unix socket for a forwarding. Without it, a stale socket makes the forwarding fail.',
    syntax: FLAG_SYNTAX,
    example: 'StreamLocalBindUnlink yes',
    default: '`no`',
    related: ['StreamLocalBindMask', 'LocalForward', 'RemoteForward'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oStreamLocalBindUnlink',
  },
  stricthostkeychecking: {
    summary:
      'What ssh does with a server key it has not seen before. Changed keys are always refused, except with `no`, where ssh connects anyway but turns off risky features.',
    syntax:
      '`ask` (show the fingerprint and ask), `accept-new` (save new keys silently), `yes` (never save; connect only to known hosts) or `no`/`off` (save new keys and connect even when a known key changed); `true`/`false` work too.',
    example: 'StrictHostKeyChecking accept-new',
    default: '`ask`',
    notes: [
      '`accept-new` (OpenSSH 7.6+) is the sensible choice for automation: new hosts work, changed keys still stop the connection.',
      '`no` hides man-in-the-middle attacks; avoid it outside throw-away test machines.',
    ],
    related: ['UserKnownHostsFile', 'GlobalKnownHostsFile', 'CheckHostIP', 'UpdateHostKeys', 'VerifyHostKeyDNS', 'BatchMode'],
    value: {
      kind: 'flag',
      extra: ['ask', 'accept-new', 'off'],
      meanings: {
        yes: 'ssh refuses a host whose key is not in `known_hosts`, and one whose key changed; it never adds keys for you.',
        no: 'ssh adds new host keys to `known_hosts` without asking, and even connects when a key changed, with password login and forwarding turned off for that connection.',
        ask: 'ssh asks you before trusting a host it has not seen before, and refuses a host whose key changed.',
        'accept-new': 'ssh adds the key of a host it has never seen to `known_hosts` without asking, but refuses a host whose key changed (7.6+).',
        off: 'the same as `no` (7.6+).',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oStrictHostKeyChecking (multistate_strict_hostkey); sshconnect.c check_host_key(); meanings: sshconnect.c check_host_key() (V_7_6_P1, V_10_0_P1)',
  },
  syslogfacility: {
    summary: 'The syslog facility ssh logs under, when it logs to syslog at all (for example with `-y`).',
    syntax: '`USER`, `DAEMON`, `AUTH`, `AUTHPRIV` (where the system has it), `LOCAL0` … `LOCAL7`; case does not matter.',
    example: 'SyslogFacility LOCAL0',
    default: '`USER`',
    notes: [
      'Bug: `Host` and `Match` do not limit it. The first `SyslogFacility` in the files wins, even inside a section that does not match.',
    ],
    related: ['LogLevel'],
    value: {
      kind: 'enum',
      values: ['DAEMON', 'USER', 'AUTH', 'AUTHPRIV', 'LOCAL0', 'LOCAL1', 'LOCAL2', 'LOCAL3', 'LOCAL4', 'LOCAL5', 'LOCAL6', 'LOCAL7'],
      meanings: FACILITY_MEANINGS,
    },
    repeat: 'first-wins',
    source: 'readconf.c oLogFacility (no *activep check); log.c log_facility_number() (strcasecmp); meanings: log.c log_facilities[]; ssh.c log_init() (V_10_0_P1)',
  },

  // ---------------------------------------------------------------- T–X
  tag: {
    summary:
      'Gives the connection a name that later `Match tagged` sections can test, so one command-line switch (`ssh -P name`) can pull in a whole group of settings.',
    syntax: 'one word.',
    example: 'Tag work',
    default: 'none',
    notes: ['Since OpenSSH 9.4.'],
    related: ['Match'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'readconf.c oTag (parse_string, V_9_4_P1); ssh.c -P',
  },
  tcpkeepalive: {
    summary:
      'Asks the operating system to send TCP keepalive packets so that a dead server is eventually noticed. The kernel picks the timing (Linux: after 2 hours of silence) and the packets are not encrypted.',
    syntax: FLAG_SYNTAX,
    example: 'TCPKeepAlive yes',
    default: '`yes`',
    notes: [
      '`ServerAliveInterval` is the in-protocol, encrypted alternative and also keeps NAT state fresh.',
      'With it on, a network outage longer than the kernel\'s keepalive window ends the session even if the route comes back.',
    ],
    related: ['ServerAliveInterval', 'ServerAliveCountMax'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oTCPKeepAlive (multistate_flag); sshconnect.c SO_KEEPALIVE',
  },
  tisauthentication: {
    summary: 'Old name from protocol 1 TIS challenge-response login; since OpenSSH 8.7 it sets `KbdInteractiveAuthentication`.',
    syntax: FLAG_SYNTAX,
    example: 'TISAuthentication no',
    default: 'as `KbdInteractiveAuthentication`: `yes`',
    notes: ['Before 8.7 it set `ChallengeResponseAuthentication`.'],
    related: ['KbdInteractiveAuthentication'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c keywords[] (tisauthentication → oKbdInteractiveAuthentication since V_8_7_P1)',
  },
  tunnel: {
    summary:
      'Creates a tun/tap network device on both ends and links them through the connection, giving a simple VPN (like `-w`).',
    syntax: '`no`, `yes` (= `point-to-point`), `point-to-point` (layer 3, tun) or `ethernet` (layer 2, tap); `true`/`false` work too.',
    example: 'Tunnel point-to-point',
    default: '`no`',
    notes: ['Needs permission to create tun devices on both sides and `PermitTunnel` on the server.'],
    related: ['TunnelDevice', 'LocalCommand'],
    value: {
      kind: 'flag',
      extra: ['point-to-point', 'ethernet'],
      meanings: {
        yes: 'ssh asks for a tunnel device in the default mode, which is `point-to-point`.',
        no: 'ssh asks for no tunnel device.',
        'point-to-point': 'a layer-3 `tun` device, which carries IP packets.',
        ethernet: 'a layer-2 `tap` device, which carries ethernet frames.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oTunnel (multistate_tunnel); meanings: clientloop.c client_request_tun_fwd(); misc.h SSH_TUNMODE_DEFAULT (V_10_0_P1)',
  },
  tunneldevice: {
    summary: 'Which tun/tap device numbers `Tunnel` uses on this machine and on the server.',
    syntax: '`local[:remote]`, each a device number or `any` for the next free one.',
    example: 'TunnelDevice 0:0',
    default: '`any:any`',
    notes: ['Without `:remote`, the server side is `any`.'],
    related: ['Tunnel'],
    value: { kind: 'custom', grammar: 'LOCAL[:REMOTE], each a number or any' },
    repeat: 'first-wins',
    source: 'readconf.c oTunnelDevice; misc.c a2tun()',
  },
  updatehostkeys: {
    summary:
      'Lets ssh learn additional or replacement host keys that the server announces after login and write them to `known_hosts`. This makes server key rotation painless.',
    syntax: '`yes`, `no` or `ask` (confirm each change); `true`/`false` work too.',
    example: 'UpdateHostKeys ask',
    default: '`yes` if `UserKnownHostsFile` is left at its default and `VerifyHostKeyDNS` is off, otherwise `no` (since OpenSSH 8.5; `no` before)',
    notes: [
      'Keys are only learned when the server was verified through your own known-hosts file with a plain key, not a certificate or the global file.',
      '`ask` is turned off when `ControlPersist` is in use.',
    ],
    related: ['UserKnownHostsFile', 'StrictHostKeyChecking', 'HostKeyAlgorithms', 'VerifyHostKeyDNS'],
    value: {
      kind: 'flag',
      extra: ['ask'],
      meanings: {
        yes: 'after login ssh adds the other host keys the server announces to `known_hosts` and removes ones it no longer has, without asking.',
        no: 'ssh leaves `known_hosts` as it is.',
        ask: 'like `yes`, but ssh shows the changes and asks first; never in BatchMode.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oUpdateHostkeys (multistate_yesnoask), fill_default_options() since V_8_5_P1; ssh.c; meanings: clientloop.c can_update_hostkeys(), update_known_hosts() (V_10_0_P1)',
  },
  useprivilegedport: {
    summary:
      'Made ssh connect from a port below 1024, which old rhosts-style logins required (and which needed a setuid ssh). Ignored since OpenSSH 7.8.',
    syntax: IGNORED_SYNTAX,
    example: 'UsePrivilegedPort no',
    default: 'none (ignored)',
    notes: ['ssh mentions it only with `-v`. Host-based login now uses `ssh-keysign` instead.'],
    related: ['HostbasedAuthentication', 'EnableSSHKeysign'],
    source: 'readconf.c keywords[] (oDeprecated since V_7_8_P1)',
  },
  user: {
    summary: 'The account name to log in as on the server, so you need not type `user@` every time.',
    syntax: `a user name. Since OpenSSH 10.0 it may use ${TOKENS_TEXT} except \`%r\` and \`%C\`, and \`\${VAR}\`.`,
    example: 'User deploy',
    default: 'your local user name',
    notes: ['`user@host` or `-l` on the command line win, since command-line values come first.'],
    related: ['Host', 'Hostname', 'Port', 'Match'],
    value: { kind: 'text' },
    repeat: 'first-wins',
    source: 'readconf.c oUser (parse_string); ssh.c DEFAULT_CLIENT_PERCENT_EXPAND_ARGS_NOUSER (V_10_0_P1)',
  },
  userknownhostsfile: {
    summary:
      'Your own known-hosts files: where ssh looks up server keys and saves new ones (into the first file).',
    syntax: `one or more paths separated by spaces, or \`none\` (8.5+); \`~\`, ${TOKENS_TEXT} and \`\${VAR}\` are expanded.`,
    example: 'UserKnownHostsFile ~/.ssh/known_hosts ~/.ssh/known_hosts.d/%k',
    default: '`~/.ssh/known_hosts ~/.ssh/known_hosts2`',
    notes: [
      'Only the first line that applies is used; list all files on it.',
      '`/dev/null` or `none` forgets every host, so each connection looks new; pair it with a deliberate `StrictHostKeyChecking` choice.',
      'Changing it switches off the default `UpdateHostKeys yes`.',
    ],
    related: ['GlobalKnownHostsFile', 'StrictHostKeyChecking', 'HashKnownHosts', 'UpdateHostKeys', 'KnownHostsCommand'],
    value: { kind: 'path', tokens: TOKENS, env: true, none: true, multiple: true },
    repeat: 'first-line-wins',
    source: 'readconf.c oUserKnownHostsFile (parse_char_array); ssh.c expansion and none (V_8_5_P1)',
  },
  userknownhostsfile2: {
    summary:
      'Named a second per-user known-hosts file for protocol 2 keys. It is ignored; `UserKnownHostsFile` takes several files and includes `~/.ssh/known_hosts2` by default.',
    syntax: IGNORED_SYNTAX,
    example: 'UserKnownHostsFile2 ~/.ssh/known_hosts2',
    default: 'none (ignored)',
    notes: ['ssh mentions it only with `-v`. Move the path to `UserKnownHostsFile`.'],
    related: ['UserKnownHostsFile'],
    source: 'readconf.c keywords[] (oDeprecated)',
  },
  useroaming: {
    summary:
      'Controlled the experimental "roaming" resume feature. It was switched off after it was found to leak memory, private keys included, to malicious servers (CVE-2016-0777), and the keyword is ignored since OpenSSH 7.2.',
    syntax: IGNORED_SYNTAX,
    example: 'UseRoaming no',
    default: 'none (ignored)',
    notes: ['Old advice to add `UseRoaming no` is obsolete; the line can go.'],
    source: 'readconf.c keywords[] (oDeprecated since V_7_2_P1)',
  },
  usersh: {
    summary: 'Once made ssh use rsh instead for the connection. That support is long gone; the line is ignored.',
    syntax: IGNORED_SYNTAX,
    example: 'UseRsh no',
    default: 'none (ignored)',
    notes: ['ssh mentions it only with `-v`. Delete the line.'],
    source: 'readconf.c keywords[] (oDeprecated)',
  },
  verifyhostkeydns: {
    summary:
      'Checks the server\'s key against SSHFP records in DNS. With `yes`, a match in a DNSSEC-validated answer is trusted without asking.',
    syntax: '`yes`, `no` or `ask` (show whether DNS matched, but still ask per `StrictHostKeyChecking`); `true`/`false` work too.',
    example: 'VerifyHostKeyDNS yes',
    default: '`no`',
    notes: [
      'Without DNSSEC-validated answers `yes` behaves like `ask`.',
      'Enabling it switches off the default `UpdateHostKeys yes`.',
    ],
    related: ['StrictHostKeyChecking', 'UpdateHostKeys', 'UserKnownHostsFile'],
    value: {
      kind: 'flag',
      extra: ['ask'],
      meanings: {
        yes: 'a host key matching an SSHFP record in DNS is trusted without `known_hosts`, but only if the DNS answer was validated by DNSSEC.',
        no: 'ssh does not look for SSHFP records.',
        ask: 'ssh looks up SSHFP records and says whether one matched when it asks you about an unknown key, but trusts nothing on that ground alone.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oVerifyHostKeyDNS (multistate_yesnoask); sshconnect.c verify_host_key_dns(); meanings: sshconnect.c verify_host_key(), check_host_key() (V_10_0_P1)',
  },
  versionaddendum: {
    summary:
      'Extra text added to the version banner ssh sends when it connects, for example to identify a fleet of clients in server logs.',
    syntax: `the rest of the line, or \`none\`; ${TOKENS_TEXT} and \`\${VAR}\` are expanded.`,
    example: 'VersionAddendum build-42',
    default: '`none`',
    notes: [
      'A `# comment` on the same line becomes part of the banner.',
      'Everyone on the path can read the banner; keep secrets out of it.',
      'Since OpenSSH 10.0.',
    ],
    related: ['LogLevel'],
    value: { kind: 'command' },
    repeat: 'first-wins',
    source: 'readconf.c oVersionAddendum (V_10_0_P1); ssh.c default_client_percent_dollar_expand()',
  },
  visualhostkey: {
    summary:
      'Prints an ASCII-art picture of the server\'s key fingerprint at every login and for new keys. Pictures are easier to recognise at a glance than hex strings.',
    syntax: FLAG_SYNTAX,
    example: 'VisualHostKey yes',
    default: '`no`',
    related: ['FingerprintHash', 'StrictHostKeyChecking'],
    value: FLAG,
    repeat: 'first-wins',
    source: 'readconf.c oVisualHostKey; sshconnect.c',
  },
  warnweakcrypto: {
    summary:
      'Warns when the connection ends up using cryptography that is considered weak. For now the warning is about key exchange without post-quantum protection.',
    syntax: '`yes`, `no` (no warnings) or `no-pq-kex` (no warning about key exchange without post-quantum protection); `true`/`false` work too.',
    example: 'WarnWeakCrypto no-pq-kex',
    default: '`yes`',
    notes: [
      'The key exchange warning only appears when `KexAlgorithms` is not set.',
      'Since OpenSSH 10.1.',
    ],
    related: ['KexAlgorithms', 'Ciphers', 'MACs'],
    value: {
      kind: 'flag',
      extra: ['no-pq-kex'],
      meanings: {
        yes: 'ssh warns when the key exchange it ended up with is not post-quantum (only when `KexAlgorithms` is not set).',
        no: 'ssh gives no such warning.',
        'no-pq-kex': 'no warning about key exchange without post-quantum protection; ssh reads it as `no` for now, that being its only warning.',
      },
    },
    repeat: 'first-wins',
    source: 'readconf.c oWarnWeakCrypto (multistate_warnweakcrypto, V_10_1_P1); sshconnect.c warn_nonpq_kex(); meanings: sshconnect.c ssh_login(); readconf.c multistate_warnweakcrypto (V_10_1_P1, V_10_5_P1)',
  },
  xauthlocation: {
    summary: 'Where the `xauth` program is; ssh runs it to set up X11 forwarding.',
    syntax: 'the full path of `xauth`.',
    example: 'XAuthLocation /opt/X11/bin/xauth',
    default: 'depends on the build: upstream `/usr/X11R6/bin/xauth`, Debian `/usr/bin/xauth`',
    related: ['ForwardX11'],
    value: { kind: 'path' },
    repeat: 'first-wins',
    source: 'readconf.c oXAuthLocation; pathnames.h _PATH_XAUTH; Debian ssh -G 9.2p1',
  },
};
