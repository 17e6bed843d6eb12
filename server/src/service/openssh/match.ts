// What the Match criteria of sshd_config and ssh_config are, per release, and
// how each release's parser reads a Match line (and an ssh_config Host line).
// Everything here comes from OpenSSH's source, read per release tag in
// openssh-portable (V_X_Y_P1):
//   sshd: servconf.c match_cfg_line() and its caller (case sMatch)
//   ssh:  readconf.c match_cfg_line() and its callers (case oMatch, case oHost)
//   both: misc.c strdelim() / argv_split(), addrmatch.c addr_match_list() and
//         addr_match_cidr_list(), addr.c addr_pton_cidr(), misc.c a2port().
// Completion and hover use the table; the match-criteria rule uses all of it.

import type { Span } from '../parser/types';
import type { FileKind } from './types';
import { versionKey } from './version';

/** What a criterion takes after it. */
export type CriterionArg =
  /** nothing (all, canonical, final, invalid-user) */
  | 'none'
  /** a pattern list, matched case-sensitively (match_pattern_list(…, 0)) */
  | 'patterns'
  /** a pattern list matched against a lower-cased host name (match_hostname) */
  | 'hostnames'
  /** sshd Address/LocalAddress: addresses, CIDR blocks or wildcard patterns (addr_match_list) */
  | 'addresses'
  /** ssh localnetwork: addresses or CIDR blocks only, no wildcards, no `!` (addr_match_cidr_list) */
  | 'networks'
  /** sshd LocalPort: one port number (a2port) */
  | 'port'
  /** ssh exec: one shell command (quote it when it has spaces) */
  | 'command';

export interface MatchCriterion {
  /** the spelling of the manual page */
  name: string;
  /** first release whose parser accepts it */
  since: string;
  arg: CriterionArg;
  /** `criterion=arg` as a single argv token is understood (10.0+; always split before 9.9) */
  equalsForm: boolean;
  /** from this release the empty string is a valid argument */
  emptyArgSince?: string;
  /** what the criterion tests, for hover and completion */
  summary: string;
  /** where the parser handles it */
  source: string;
}

// Criteria availability per release, verified tag by tag (servconf.c / readconf.c match_cfg_line):
//   sshd  all user group host address localaddress localport ≤7.0; rdomain V_7_7_P1;
//         invalid-user V_9_9_P1 (commit 0118a4da2); version V_10_0_P1.
//   ssh   all canonical host originalhost user localuser exec ≤7.0; final V_8_0_P1;
//         localnetwork tagged V_9_4_P1; version command sessiontype V_10_0_P1.
// `criterion=arg` list: the strprefix() calls added by commit 3f02368e8 (V_10_0_P1, bz3739).
const SSHD: MatchCriterion[] = [
  { name: 'All', since: '7.0', arg: 'none', equalsForm: false, summary: 'every connection; must stand alone', source: 'servconf.c match_cfg_line' },
  { name: 'User', since: '7.0', arg: 'patterns', equalsForm: true, summary: 'the user name the client asks for', source: 'servconf.c match_cfg_line (match_usergroup_pattern_list)' },
  { name: 'Group', since: '7.0', arg: 'patterns', equalsForm: true, summary: "a group of the user (the user's groups from the system)", source: 'servconf.c match_cfg_line_group' },
  { name: 'Host', since: '7.0', arg: 'hostnames', equalsForm: true, summary: "the client's host name (needs UseDNS yes to be a name, not an address)", source: 'servconf.c match_cfg_line (match_hostname)' },
  { name: 'Address', since: '7.0', arg: 'addresses', equalsForm: true, summary: "the client's IP address: addresses, CIDR blocks (192.0.2.0/24) or wildcard patterns", source: 'servconf.c match_cfg_line (addr_match_list)' },
  { name: 'LocalAddress', since: '7.0', arg: 'addresses', equalsForm: true, summary: 'the server address the client connected to', source: 'servconf.c match_cfg_line (addr_match_list)' },
  { name: 'LocalPort', since: '7.0', arg: 'port', equalsForm: true, summary: 'the server port the client connected to (one port, no list)', source: 'servconf.c match_cfg_line (a2port)' },
  { name: 'RDomain', since: '7.7', arg: 'patterns', equalsForm: true, summary: 'the routing domain (rdomain(4)) the connection arrived on', source: 'servconf.c match_cfg_line, V_7_7_P1' },
  { name: 'Invalid-User', since: '9.9', arg: 'none', equalsForm: false, summary: 'the requested user name matches no known account', source: 'servconf.c match_cfg_line, V_9_9_P1' },
  { name: 'Version', since: '10.0', arg: 'patterns', equalsForm: true, summary: "sshd's own version string, e.g. OpenSSH_10.0p2 (portable releases end in pN)", source: 'servconf.c match_cfg_line, V_10_0_P1' },
];

const SSH: MatchCriterion[] = [
  { name: 'all', since: '7.0', arg: 'none', equalsForm: false, summary: 'always; alone or right after canonical or final', source: 'readconf.c match_cfg_line' },
  { name: 'canonical', since: '7.0', arg: 'none', equalsForm: false, summary: 'the file is being re-read after host name canonicalisation', source: 'readconf.c match_cfg_line' },
  { name: 'final', since: '8.0', arg: 'none', equalsForm: false, summary: 'the final pass over the configuration (requests one)', source: 'readconf.c match_cfg_line, V_8_0_P1' },
  { name: 'exec', since: '7.0', arg: 'command', equalsForm: true, summary: 'a shell command exits with status 0 (%-tokens expanded)', source: 'readconf.c match_cfg_line' },
  { name: 'host', since: '7.0', arg: 'hostnames', equalsForm: true, summary: 'the target host name, after HostName substitution', source: 'readconf.c match_cfg_line (match_hostname)' },
  { name: 'originalhost', since: '7.0', arg: 'hostnames', equalsForm: true, summary: 'the host name as given on the command line', source: 'readconf.c match_cfg_line (match_hostname)' },
  { name: 'user', since: '7.0', arg: 'patterns', equalsForm: true, summary: 'the remote user name', source: 'readconf.c match_cfg_line' },
  { name: 'localuser', since: '7.0', arg: 'patterns', equalsForm: true, summary: 'the local user running ssh', source: 'readconf.c match_cfg_line' },
  { name: 'localnetwork', since: '9.4', arg: 'networks', equalsForm: true, summary: 'a local interface has an address in these networks (CIDR only)', source: 'readconf.c match_cfg_line (addr_match_cidr_list), V_9_4_P1' },
  { name: 'tagged', since: '9.4', arg: 'patterns', equalsForm: true, emptyArgSince: '10.0', summary: 'the Tag option (or ssh -P); "" matches no tag from 10.0', source: 'readconf.c match_cfg_line, V_9_4_P1' },
  { name: 'command', since: '10.0', arg: 'patterns', equalsForm: true, emptyArgSince: '10.0', summary: 'the remote command; "" matches none', source: 'readconf.c match_cfg_line, V_10_0_P1' },
  { name: 'version', since: '10.0', arg: 'patterns', equalsForm: true, summary: "ssh's own version string, e.g. OpenSSH_10.0p2 (portable releases end in pN)", source: 'readconf.c match_cfg_line, V_10_0_P1' },
  // Not in the strprefix() list of V_10_0_P1..V_10_5_P1: "sessiontype=shell" is an unknown criterion.
  { name: 'sessiontype', since: '10.0', arg: 'patterns', equalsForm: false, summary: 'the session type: shell, exec, subsystem or none', source: 'readconf.c match_cfg_line, V_10_0_P1' },
];

export const MATCH_CRITERIA: Readonly<Record<FileKind, readonly MatchCriterion[]>> = { sshd: SSHD, ssh: SSH };

export function lookupCriterion(kind: FileKind, name: string): MatchCriterion | undefined {
  const n = name.toLowerCase(); // strcasecmp in both parsers, every release
  return MATCH_CRITERIA[kind].find((c) => c.name.toLowerCase() === n);
}

/** The criteria the parser of `target` accepts. */
export function criteriaAt(kind: FileKind, target: string): MatchCriterion[] {
  const k = versionKey(target);
  return MATCH_CRITERIA[kind].filter((c) => versionKey(c.since) <= k);
}

/** How a release's parser reads the words of a Match line (and of an ssh Host line). */
export interface MatchSyntax {
  /**
   * 'strdelim' (before 9.9): the rest of the line is cut by misc.c strdelim():
   * whitespace or one `=` separates, only double quotes group, no backslash
   * escapes, and an empty word ends the criteria. 'argv' (9.9+): the argv_split()
   * words of the line (single quotes and backslashes too), `=` is an ordinary character.
   * sshd V_9_9_P1 commit acad117e6, ssh V_9_9_P1 commit baec3f7f4.
   */
  tokenizer: 'strdelim' | 'argv';
  /** ssh Host lines: strdelim before 8.7, the argv_split() words from 8.7 (readconf.c case oHost) */
  hostTokenizer: 'strdelim' | 'argv';
  /**
   * 'word' (8.7+): a word starting with `#` ends the line (argv_split(), and the
   * `*attrib == '#'` checks of match_cfg_line). 'line' (before 8.7): the file reader
   * cuts every line at its first `#`, wherever it is, inside a word or quotes too
   * (readconf.c read_config_file_depth, servconf.c load_server_config: strchr(line, '#');
   * removed by commits ea9e45c89 / a10f929d1, V_8_7_P1). 'none' (ssh before 8.5): nothing
   * cuts a `#` out of an ssh_config line (read_config_file got strchr(line, '#') in
   * commit 2bcbf679d, V_8_5_P1), so it is an ordinary character.
   */
  comments: 'line' | 'word' | 'none';
  /** `criterion=arg`: 'split' everywhere (strdelim), 'none' (9.9, the regression), 'listed' criteria only (10.0+) */
  equals: 'split' | 'none' | 'listed';
  /** a bad Match line stops the parser (sshd always; ssh before 8.0), otherwise it is a counted error */
  fatal: boolean;
  /** LocalPort accepts /etc/services names (misc.c a2port, V_7_9_P1 commit 2581333d5) */
  servicePorts: boolean;
  /** sshd checks Address/LocalAddress lists when it reads the file (V_8_4_P1); before, only per connection */
  addressesCheckedAtLoad: boolean;
  /** ssh Host: an empty pattern is an error (8.7+, "keyword host empty argument"); before, it ends the list silently */
  hostEmptyIsError: boolean;
}

export function matchSyntax(kind: FileKind, target: string): MatchSyntax {
  const k = versionKey(target);
  return {
    tokenizer: k >= 909 ? 'argv' : 'strdelim',
    hostTokenizer: k >= 807 ? 'argv' : 'strdelim',
    comments: k >= 807 ? 'word' : kind === 'ssh' && k < 805 ? 'none' : 'line',
    equals: k >= 1000 ? 'listed' : k >= 909 ? 'none' : 'split',
    fatal: kind === 'sshd' || k < 800,
    servicePorts: k >= 709,
    addressesCheckedAtLoad: kind === 'sshd' && k >= 804,
    hostEmptyIsError: k >= 807,
  };
}

// ---------------------------------------------------------------- strdelim

/** A word of a Match/Host line with its place in the source. */
export interface MatchWord extends Span {
  /** the word as the parser sees it (quotes removed) */
  value: string;
  /** the source text */
  text: string;
  quoted: boolean;
}

const WS = ' \t\r\n';

/**
 * The words misc.c strdelim() cuts from `text` (one line), starting at column
 * `from` — the keyword is the first word. Returns the words up to the end of
 * the line; an empty word (`""`, `==`, or the end) is returned as '' with an
 * empty span and ends nothing by itself (callers decide). `unterminated` is set
 * when a quote is left open: strdelim then returns NULL, which ends the words.
 */
export function strdelimWords(text: string, line: number, from: number): { words: MatchWord[]; unterminated: boolean } {
  // Both parsers strip trailing whitespace and \f before tokenising.
  let end = text.length;
  while (end > from && (WS + '\f').includes(text[end - 1])) end--;
  const s = text.slice(0, end);
  const words: MatchWord[] = [];
  let pos: number | null = from;
  while (pos !== null && pos < s.length) {
    const old: number = pos;
    let idx = old;
    while (idx < s.length && !`${WS}"=`.includes(s[idx])) idx++;
    if (idx >= s.length) {
      words.push({ line, start: old, end: s.length, value: s.slice(old), text: s.slice(old), quoted: false });
      pos = null;
      break;
    }
    if (s[idx] === '"') {
      const q = s.indexOf('"', idx + 1);
      if (q < 0) return { words, unterminated: true };
      words.push({ line, start: old, end: q + 1, value: s.slice(old, idx) + s.slice(idx + 1, q), text: s.slice(old, q + 1), quoted: true });
      pos = q + 1;
      while (pos < s.length && WS.includes(s[pos])) pos++;
      continue;
    }
    const wspace = s[idx] === '=';
    words.push({ line, start: old, end: idx, value: s.slice(old, idx), text: s.slice(old, idx), quoted: false });
    pos = idx + 1;
    while (pos < s.length && WS.includes(s[pos])) pos++;
    if (!wspace && s[pos] === '=') {
      pos++;
      while (pos < s.length && WS.includes(s[pos])) pos++;
    }
  }
  return { words, unterminated: false };
}

// ---------------------------------------------------------------- addresses

/** glibc inet_aton_exact(): 1–4 parts, each decimal, 0octal or 0xhex; the last part fills the remaining bytes. */
export function parseIPv4(s: string): number[] | undefined {
  if (!s) return undefined;
  const parts = s.split('.');
  if (parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const p of parts) {
    let m: RegExpExecArray | null;
    let v: number;
    if ((m = /^0[xX]([0-9a-fA-F]+)$/.exec(p))) v = parseInt(m[1], 16);
    else if (/^0[0-7]*$/.test(p)) v = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) v = Number(p);
    else return undefined;
    if (!Number.isFinite(v) || v > 0xffffffff) return undefined;
    nums.push(v);
  }
  const last = nums[nums.length - 1];
  const lead = nums.slice(0, -1);
  if (lead.some((n) => n > 255)) return undefined;
  const room = 4 - lead.length;
  if (last >= 2 ** (8 * room)) return undefined;
  const tail: number[] = [];
  for (let i = room - 1; i >= 0; i--) tail.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return [...lead, ...tail];
}

/** inet_pton(AF_INET6) plus getaddrinfo's `%scope` suffix. */
export function parseIPv6(input: string): number[] | undefined {
  let s = input;
  const pct = s.indexOf('%');
  if (pct >= 0) {
    if (pct === s.length - 1) return undefined;
    s = s.slice(0, pct);
  }
  if (!s.includes(':')) return undefined;
  let tailV4: number[] | undefined;
  const lastColon = s.lastIndexOf(':');
  const lastPart = s.slice(lastColon + 1);
  if (lastPart.includes('.')) {
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(lastPart)) return undefined;
    tailV4 = lastPart.split('.').map(Number);
    if (tailV4.some((n) => n > 255)) return undefined;
    s = s.slice(0, lastColon + 1) + '0:0';
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const group = (h: string) => (h === '' ? [] : h.split(':'));
  const head = group(halves[0]);
  const rest = halves.length === 2 ? group(halves[1]) : [];
  const all = [...head, ...rest];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  if (halves.length === 1 ? all.length !== 8 : all.length > 7) return undefined;
  const groups = halves.length === 2 ? [...head, ...new Array<string>(8 - all.length).fill('0'), ...rest] : head;
  const bytes: number[] = [];
  for (const g of groups) {
    const v = parseInt(g, 16);
    bytes.push(v >> 8, v & 255);
  }
  if (tailV4) bytes.splice(12, 4, ...tailV4);
  return bytes;
}

export type CidrResult =
  | { ok: true; bytes: number[]; masklen: number }
  /** addr_pton_cidr() == -1: not an address (sshd Address then treats it as a wildcard pattern) */
  | { ok: false; code: -1 }
  /** == -2: an address whose mask is too long or leaves host bits set */
  | { ok: false; code: -2; reason: 'mask-too-long' | 'host-bits'; network?: string };

/** addr.c addr_pton_cidr() (addrmatch.c before 8.9; same logic since 7.0). */
export function parseCidr(p: string): CidrResult {
  if (p.length >= 64) return { ok: false, code: -1 };
  const slash = p.indexOf('/');
  const addr = slash >= 0 ? p.slice(0, slash) : p;
  let masklen: number | undefined;
  if (slash >= 0) {
    const m = p.slice(slash + 1);
    if (!/^[0-9]+$/.test(m)) return { ok: false, code: -1 };
    masklen = Number(m);
    if (masklen > 128) return { ok: false, code: -1 };
  }
  const v4 = parseIPv4(addr);
  const bytes = v4 ?? parseIPv6(addr);
  if (!bytes) return { ok: false, code: -1 };
  const bits = bytes.length * 8;
  masklen ??= bits;
  if (masklen > bits) return { ok: false, code: -2, reason: 'mask-too-long' };
  const net = bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, masklen! - i * 8));
    return b & ((0xff << (8 - keep)) & 0xff);
  });
  const scope = !v4 && addr.includes('%') ? addr.slice(addr.indexOf('%')) : '';
  if (net.some((b, i) => b !== bytes[i])) return { ok: false, code: -2, reason: 'host-bits', network: `${formatAddress(net)}${scope}/${masklen}` };
  return { ok: true, bytes, masklen };
}

function formatAddress(bytes: number[]): string {
  if (bytes.length === 4) return bytes.join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
  // RFC 5952: the longest run (≥2) of zero groups becomes "::".
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** A problem in an address list, with the offset of the entry inside the list. */
export interface ListProblem {
  entry: string;
  offset: number;
  reason: 'empty' | 'mask-too-long' | 'host-bits' | 'too-long' | 'bad-chars' | 'not-network';
  /** the network address the entry probably meant (host bits cleared) */
  network?: string;
}

function entries(list: string): { entry: string; offset: number }[] {
  const out: { entry: string; offset: number }[] = [];
  let offset = 0;
  for (const entry of list.split(',')) {
    out.push({ entry, offset });
    offset += entry.length + 1;
  }
  return out;
}

/**
 * sshd Address / LocalAddress: addrmatch.c addr_match_list(NULL, list) != 0.
 * Entries may be negated; an entry that is not an address is a wildcard pattern;
 * an empty entry (`a,,b`, a trailing comma, a lone `!`) or an inconsistent mask is an error.
 */
export function checkAddressList(list: string): ListProblem | undefined {
  for (const { entry, offset } of entries(list)) {
    const neg = entry.startsWith('!');
    const e = neg ? entry.slice(1) : entry;
    const at = offset + (neg ? 1 : 0);
    if (e === '') return { entry: e, offset: at, reason: 'empty' };
    const r = parseCidr(e);
    if (!r.ok && r.code === -2) return { entry: e, offset: at, reason: r.reason, network: r.network };
  }
  return undefined;
}

/** ssh localnetwork: addrmatch.c addr_match_cidr_list(NULL, list) == -1 (no wildcards, no negation). */
export function checkNetworkList(list: string): ListProblem | undefined {
  for (const { entry, offset } of entries(list)) {
    if (entry === '') return { entry, offset, reason: 'empty' };
    if (entry.length > 46 + 3) return { entry, offset, reason: 'too-long' };
    if (!/^[0-9a-fA-F.:/]*$/.test(entry)) return { entry, offset, reason: 'bad-chars' };
    const r = parseCidr(entry);
    if (!r.ok) return r.code === -2 ? { entry, offset, reason: r.reason, network: r.network } : { entry, offset, reason: 'not-network' };
  }
  return undefined;
}

/** Service names found in /etc/services of every common system (a2port() asks getservbyname(name, "tcp")). */
export const COMMON_TCP_SERVICES: ReadonlySet<string> = new Set([
  'ssh', 'http', 'https', 'ftp', 'ftps', 'telnet', 'smtp', 'submission', 'domain', 'imap', 'imaps', 'pop3', 'pop3s',
  'ldap', 'ldaps', 'rsync', 'git', 'mysql', 'postgresql', 'http-alt', 'kerberos', 'netconf-ssh',
]);

/** misc.c a2port(): a decimal number 0–65535 (strtonum), else a tcp service name (7.9+). */
export function parsePort(s: string, servicePorts: boolean): { port: number } | { service: string; common: boolean } | undefined {
  if (/^[ \t\n\v\f\r]*[+-]?[0-9]+$/.test(s)) {
    const n = Number(s.trim());
    return n >= 0 && n <= 65535 ? { port: Math.abs(n) } : undefined;
  }
  if (!servicePorts || s === '' || /[\s,/*?!#]/.test(s)) return undefined;
  return { service: s, common: COMMON_TCP_SERVICES.has(s) };
}

/** The strings sshd/ssh compare a `version` pattern with (version.h SSH_RELEASE: "OpenSSH_10.0" + "p1"… in portable). */
export function versionStrings(releases: readonly string[]): { portable: string[]; openbsd: string[] } {
  const rs = releases.filter((r) => versionKey(r) >= 1000);
  // Future releases too: 10.9, 11.0 … 12.9 (a pattern written for them must not be called wrong).
  for (let major = 10; major <= 12; major++) for (let minor = 0; minor <= 9; minor++) rs.push(`${major}.${minor}`);
  const openbsd = [...new Set(rs)].map((r) => `OpenSSH_${r}`);
  const portable = openbsd.flatMap((v) => [`${v}p1`, `${v}p2`, `${v}p3`]);
  return { portable, openbsd };
}

/** ssh `sessiontype` values (readconf.c match_cfg_line, V_10_0_P1). */
export const SESSION_TYPES: readonly string[] = ['shell', 'exec', 'subsystem', 'none'];
