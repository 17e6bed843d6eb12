// Algorithm lists: Ciphers, MACs, KexAlgorithms, HostKeyAlgorithms,
// PubkeyAcceptedAlgorithms, HostbasedAcceptedAlgorithms, CASignatureAlgorithms
// (and their old spellings). The names each release accepts and its default
// lists are generated from the OpenSSH sources by tools/gen-algorithms.mjs into
// data/algorithms.json; this module answers questions about them and models how
// a release reads such a value. Everything here follows a *default build* of
// OpenSSH (./configure && make with OpenSSL): names compiled out by default
// (XMSS always, DSA from 9.8) are refused, as Debian's or any stock build does.
//
// How OpenSSH reads `Ciphers VALUE` (servconf.c / readconf.c, all releases):
//   1. parse time, when the line is read (fatal in sshd; a counted error in ssh
//      from 8.5, fatal before):
//        if (*arg != '-' && !ciphers_valid(*arg == '+' || *arg == '^' ? arg + 1 : arg))
//      "-" skips the check (7.5+; before, "-x" is checked as a name), "+" is
//      stripped (7.0+), "^" too (8.1+). The validity functions (ciphers_valid,
//      mac_valid, kex_names_valid, sshkey_names_valid2) walk the comma list with
//      strsep() and STOP at the first empty entry: names after ",," are never
//      checked. An empty list is refused; ciphers_valid/mac_valid also refuse a
//      list whose first entry is empty from 10.4 ("found" flag).
//      sshkey_names_valid2(names, allow_wildcard=1, ca_only) also accepts
//      * ? patterns (and "!pattern") that match some key type, key-type short
//      names ("RSA", case-insensitive) up to 9.8, and from 9.4 refuses
//      certificate names in CASignatureAlgorithms.
//   2. when the options are assembled (kex_assemble_names(), after the whole
//      file is read; sshd -t and ssh -G do it too), 7.8+: a "-" list removes
//      matching names from the default list and never fails; otherwise every
//      entry (of "+"/"^"/plain lists, unchecked ones included) is a pattern over
//      the names the build supports: "!" is refused, entries matching nothing
//      are dropped, and a list that ends up empty is refused.

import data from './data/algorithms.json';
import { matchPattern, matchPatternList } from './patterns';
import type { FileKind } from './types';
import { versionKey } from './version';

export type AlgorithmFamily = 'cipher' | 'mac' | 'kex' | 'key';
/** The list a keyword's default comes from: key types, or CA signature algorithms. */
export type ListFamily = AlgorithmFamily | 'ca';

export interface AlgorithmRecord {
  /** first release whose sources have it */
  since: string;
  /** first release whose sources no longer have it */
  removed?: string;
  gaps?: string[];
  /** the #if conditions around its table entry (newest release that has it) */
  condition?: string;
  conditions?: { from: string; condition?: string }[];
  /** releases in which a default build compiles it out */
  offByDefault?: { from: string; until?: string }[];
  /** where it was read: openssh-portable@TAG:file:line */
  source: string;
  /** key family: a certificate type / a signature-only name (rsa-sha2-256…) / its short name */
  cert?: boolean;
  sigOnly?: boolean;
  shortname?: string;
  /** refused cipher table entries: why ciphers_valid() refuses them */
  why?: 'internal' | 'ssh1';
}

type Era<T> = { from: string } & T;

interface KeywordRecord {
  family: AlgorithmFamily;
  /** CASignatureAlgorithms: certificate names refused from this release */
  caOnly?: string;
  since: string;
  messages: Era<{ text: string; fatal: boolean }>[];
}

interface AlgorithmData {
  generatedFrom: { repository: string; commit: string; tags: string[]; extraReleases: { version: string; source: string; notes: string[]; assumptions: string[] }[] };
  build: { defined: string[]; notDefined: string[]; WITH_DSA: Era<{ defined: boolean }>[] };
  releases: string[];
  syntax: {
    plus: string;
    minus: string;
    minusFilter: string;
    caret: string;
    expand: string;
    cipherNeedsOne: string;
    macNeedsOne: string;
    caPlainOnly: string;
    shortnamesUntil: string;
    /** ssh's fill_default_options(): what a failure to assemble a list does (fatal, error, or logged and ignored) */
    sshAssembleFailure: Era<{ effect: 'none' | 'fatal' | 'ignored' | 'error' }>[];
  };
  keywords: Record<FileKind, Record<string, KeywordRecord>>;
  families: {
    cipher: { names: Record<string, AlgorithmRecord>; refused: Record<string, AlgorithmRecord> };
    mac: { names: Record<string, AlgorithmRecord> };
    kex: { names: Record<string, AlgorithmRecord> };
    key: { names: Record<string, AlgorithmRecord>; shortnames: Record<string, AlgorithmRecord> };
  };
  defaults: Record<string, Era<{ names: string[] }>[]>;
}

export const ALGORITHM_DATA = data as unknown as AlgorithmData;
const D = ALGORITHM_DATA;
const k = versionKey;
const atLeast = (v: string, since: string | undefined) => since !== undefined && k(v) >= k(since);

/**
 * Names that left OpenSSH before the oldest release we read (7.0) and are still
 * seen in old configs. release-7.0: "Support for the legacy v00 cert format has
 * been removed."
 */
const LEGACY: Record<string, { family: AlgorithmFamily; removed: string; what: string }> = {
  'ssh-rsa-cert-v00@openssh.com': { family: 'key', removed: '7.0', what: 'the legacy v00 certificate format' },
  'ssh-dss-cert-v00@openssh.com': { family: 'key', removed: '7.0', what: 'the legacy v00 certificate format' },
};

/**
 * Names a distribution's package of a release accepts although upstream's does
 * not (a patch). Reported as a warning naming the package, not as an error, as
 * vendor-only keywords are. Only what a changelog records.
 */
export const VENDOR_NAMES: readonly { family: AlgorithmFamily; name: string; releases: string[]; vendor: string; upstreamSince: string; cite: string; instead: string }[] = [
  {
    family: 'kex',
    name: 'sntrup761x25519-sha512',
    releases: ['9.2'],
    vendor: "Debian 12's 9.2p1 (from 1:9.2p1-2+deb12u4)",
    upstreamSince: '9.9',
    cite: 'Debian bug #1088873',
    instead: 'sntrup761x25519-sha512@openssh.com',
  },
];

function vendorName(family: AlgorithmFamily, name: string, version: string) {
  return VENDOR_NAMES.find((x) => x.family === family && x.name === name && x.releases.includes(version));
}

// ---------------------------------------------------------------- names per release

function inRelease(rec: AlgorithmRecord, v: string): boolean {
  if (k(v) < k(rec.since)) return false;
  if (rec.removed && k(v) >= k(rec.removed)) return false;
  return !rec.gaps?.some((g) => k(g) === k(v));
}

function offByDefaultAt(rec: AlgorithmRecord, v: string): boolean {
  return !!rec.offByDefault?.some((o) => k(v) >= k(o.from) && (!o.until || k(v) < k(o.until)));
}

/** A default build of release `v` has it. */
function availableAt(rec: AlgorithmRecord, v: string): boolean {
  return inRelease(rec, v) && !offByDefaultAt(rec, v);
}

const names = (family: AlgorithmFamily) => D.families[family].names;

export function algorithmRecord(family: AlgorithmFamily, name: string): AlgorithmRecord | undefined {
  return Object.prototype.hasOwnProperty.call(names(family), name) ? names(family)[name] : undefined;
}

const atCache = new Map<string, string[]>();
/**
 * The names a default build of release `version` accepts in `family`, in the
 * order of the sources' tables (sorted by name here). `plainOnly` leaves out
 * certificate types (CASignatureAlgorithms), `noSigOnly` signature-only names
 * (rsa-sha2-256…), like `ssh -Q key`.
 */
export function algorithmsAt(family: AlgorithmFamily, version: string, opts: { plainOnly?: boolean; noSigOnly?: boolean } = {}): string[] {
  const key = `${family}@${version}:${opts.plainOnly ? 1 : 0}${opts.noSigOnly ? 1 : 0}`;
  let r = atCache.get(key);
  if (!r) {
    r = Object.entries(names(family))
      .filter(([, rec]) => availableAt(rec, version) && !(opts.plainOnly && rec.cert) && !(opts.noSigOnly && rec.sigOnly))
      .map(([n]) => n);
    atCache.set(key, r);
  }
  return r;
}

/** Every release's names of a family (for "did you mean" and "which release has it"). */
export function allAlgorithmNames(family: AlgorithmFamily): string[] {
  return Object.keys(names(family));
}

const DEFAULT_LIST: Record<FileKind, Record<ListFamily, string>> = {
  sshd: { cipher: 'KEX_SERVER_ENCRYPT', mac: 'KEX_SERVER_MAC', kex: 'KEX_SERVER_KEX', key: 'KEX_DEFAULT_PK_ALG', ca: 'SSH_ALLOWED_CA_SIGALGS' },
  ssh: { cipher: 'KEX_CLIENT_ENCRYPT', mac: 'KEX_CLIENT_MAC', kex: 'KEX_CLIENT_KEX', key: 'KEX_DEFAULT_PK_ALG', ca: 'SSH_ALLOWED_CA_SIGALGS' },
};

/** A myproposal.h list (KEX_SERVER_KEX…) as a default build of `version` expands it, before filtering. */
export function defaultListAt(list: string, version: string): string[] | undefined {
  let found: string[] | undefined;
  for (const e of D.defaults[list] ?? []) if (k(e.from) <= k(version)) found = e.names;
  return found;
}

/**
 * The default list a keyword starts from at `version`: the myproposal.h list
 * filtered to what the build supports (match_filter_allowlist(def, all), as
 * assemble_algorithms() / fill_default_options() do).
 */
export function defaultsAt(kind: FileKind, family: ListFamily, version: string): string[] {
  const raw = defaultListAt(DEFAULT_LIST[kind][family], version) ?? [];
  const all = new Set(allFor(family, version));
  return raw.filter((n) => all.has(n));
}

/** The names kex_assemble_names() matches entries against ("all"): sshkey_alg_list(0, ca, 1) for keys. */
function allFor(family: ListFamily, version: string): string[] {
  return family === 'ca' ? algorithmsAt('key', version, { plainOnly: true }) : algorithmsAt(family, version);
}

// ---------------------------------------------------------------- keywords

export interface AlgorithmKeyword {
  /** the opcode in servconf.c / readconf.c (sCiphers, oPubkeyAcceptedAlgorithms…) */
  op: string;
  family: AlgorithmFamily;
  /** the family of its default list and of what it is assembled against */
  listFamily: ListFamily;
  /** CASignatureAlgorithms refuses certificate names at this release */
  plainOnly: boolean;
  /** OpenSSH's complaint ("Bad SSH2 cipher spec") and whether it stops the program there */
  message: string;
  fatal: boolean;
}

/** The algorithm list a keyword opcode takes at `version`, or undefined when it takes none. */
export function algorithmKeyword(kind: FileKind, op: string, version: string): AlgorithmKeyword | undefined {
  const rec = D.keywords[kind][op];
  if (!rec || k(version) < k(rec.since)) return undefined;
  let msg = rec.messages[0];
  for (const m of rec.messages) if (k(m.from) <= k(version)) msg = m;
  const ca = /CASignatureAlgorithms/.test(op);
  return {
    op,
    family: rec.family,
    listFamily: ca ? 'ca' : rec.family,
    plainOnly: atLeast(version, rec.caOnly),
    message: msg.text,
    fatal: msg.fatal,
  };
}

/** Every opcode of a file that takes an algorithm list. */
export function algorithmKeywordOps(kind: FileKind): string[] {
  return Object.keys(D.keywords[kind]);
}

// ---------------------------------------------------------------- syntax per release

export interface ListSyntax {
  /** "+" appends to the default list */
  plus: boolean;
  /** "-" removes from the default list (and is not checked when read) */
  minus: boolean;
  /** "^" puts names at the head of the default list */
  caret: boolean;
  /** entries are expanded as patterns when the list is assembled; "!" and empty results are refused */
  expand: boolean;
  /** key-type short names ("RSA") pass the check */
  shortnames: boolean;
}

export function listSyntaxAt(version: string): ListSyntax {
  const s = D.syntax;
  return {
    plus: atLeast(version, s.plus),
    minus: atLeast(version, s.minus),
    caret: atLeast(version, s.caret),
    expand: atLeast(version, s.expand),
    shortnames: k(version) < k(s.shortnamesUntil),
  };
}

/** What ssh's fill_default_options() does when a list cannot be assembled, at `version`. */
export function sshAssembleFailureAt(version: string): 'none' | 'fatal' | 'ignored' | 'error' {
  let effect: 'none' | 'fatal' | 'ignored' | 'error' = 'none';
  for (const e of D.syntax.sshAssembleFailure) if (k(e.from) <= k(version)) effect = e.effect;
  return effect;
}

/** The first release accepting a prefix. */
export function prefixSince(prefix: '+' | '-' | '^'): string {
  return prefix === '+' ? D.syntax.plus : prefix === '-' ? D.syntax.minus : D.syntax.caret;
}

// ---------------------------------------------------------------- weak names
// Known names a release accepts but no longer enables by default, for reasons of
// strength. Each is flagged only from the release the cited source says so, and
// only when the name is not in that release's default list for the file.

export interface WeakEntry {
  names: string[];
  family: AlgorithmFamily;
  /** first release (per file) from which it is off by default */
  from: Partial<Record<FileKind, string>>;
  /** CASignatureAlgorithms has its own release */
  caFrom?: string;
  /** only the CA list, or never it */
  severity: 'warning' | 'information';
  why: string;
  cite: string;
  /** the citation for CASignatureAlgorithms, when it differs */
  caCite?: string;
}

export const WEAK: readonly WeakEntry[] = [
  {
    names: ['diffie-hellman-group1-sha1'],
    family: 'kex',
    from: { sshd: '7.0', ssh: '7.0' },
    severity: 'warning',
    why: 'a 1024-bit group with SHA-1',
    cite: 'release-7.0: disabled by default at run time',
  },
  {
    names: ['diffie-hellman-group14-sha1'],
    family: 'kex',
    from: { sshd: '8.2', ssh: '8.2' },
    severity: 'warning',
    why: 'it hashes with SHA-1',
    cite: 'release-8.2: removed from the default key exchange proposal of client and server',
  },
  {
    names: ['diffie-hellman-group-exchange-sha1'],
    family: 'kex',
    from: { sshd: '7.0', ssh: '8.0' },
    severity: 'warning',
    why: 'it hashes with SHA-1',
    cite: 'myproposal.h: not in KEX_SERVER_KEX (7.0+) nor KEX_CLIENT_KEX (8.0+)',
  },
  {
    names: ['diffie-hellman-group14-sha256', 'diffie-hellman-group16-sha512', 'diffie-hellman-group18-sha512', 'diffie-hellman-group-exchange-sha256'],
    family: 'kex',
    from: { sshd: '10.0' },
    severity: 'information',
    why: 'finite-field Diffie-Hellman is slow for its strength',
    cite: 'release-10.0: sshd no longer offers diffie-hellman-group* and diffie-hellman-group-exchange-* by default',
  },
  {
    names: ['ssh-dss', 'ssh-dss-cert-v01@openssh.com'],
    family: 'key',
    from: { sshd: '7.0', ssh: '7.0' },
    caFrom: '7.9',
    severity: 'warning',
    why: 'DSA keys are limited to 1024 bits and SHA-1',
    cite: 'release-7.0: ssh-dss disabled by default at run time',
    caCite: 'release-7.0: ssh-dss disabled by default at run time; never in SSH_ALLOWED_CA_SIGALGS',
  },
  {
    names: ['ssh-rsa', 'ssh-rsa-cert-v01@openssh.com'],
    family: 'key',
    from: { sshd: '8.8', ssh: '8.8' },
    caFrom: '8.2',
    severity: 'warning',
    why: 'it means RSA signatures over SHA-1 (rsa-sha2-256/512 use the same keys)',
    cite: 'release-8.8: RSA/SHA-1 signatures disabled by default',
    caCite: 'release-8.2: removed from the CASignatureAlgorithms accepted by default',
  },
  {
    names: ['arcfour', 'arcfour128', 'arcfour256', 'blowfish-cbc', 'cast128-cbc', 'rijndael-cbc@lysator.liu.se'],
    family: 'cipher',
    from: { sshd: '7.0', ssh: '7.2' },
    severity: 'warning',
    why: 'RC4, 64-bit blocks or CBC mode',
    cite: 'release-7.2: disabled by default in ssh, "already disabled by default in sshd"',
  },
  {
    names: ['3des-cbc'],
    family: 'cipher',
    from: { sshd: '7.0', ssh: '7.4' },
    severity: 'warning',
    why: 'a 64-bit block cipher (SWEET32) in CBC mode',
    cite: 'release-7.4: removed from the client default; never in KEX_SERVER_ENCRYPT',
  },
  {
    names: ['aes128-cbc', 'aes192-cbc', 'aes256-cbc'],
    family: 'cipher',
    from: { sshd: '7.0', ssh: '7.6' },
    severity: 'warning',
    why: 'CBC mode',
    cite: 'release-7.6: "ssh(1): do not offer CBC ciphers by default"; never in KEX_SERVER_ENCRYPT',
  },
  {
    names: ['hmac-md5', 'hmac-md5-96', 'hmac-md5-etm@openssh.com', 'hmac-md5-96-etm@openssh.com', 'hmac-sha1-96', 'hmac-sha1-96-etm@openssh.com'],
    family: 'mac',
    from: { sshd: '7.0', ssh: '7.2' },
    severity: 'warning',
    why: 'MD5-based or truncated',
    cite: 'release-7.2: "MD5-based and truncated HMAC algorithms" disabled by default in ssh, already in sshd',
  },
  {
    names: ['hmac-ripemd160', 'hmac-ripemd160@openssh.com', 'hmac-ripemd160-etm@openssh.com'],
    family: 'mac',
    from: { sshd: '7.0', ssh: '7.2' },
    severity: 'warning',
    why: 'RIPEMD-160, on its way out',
    cite: 'release-7.4: "currently run-time disabled", removed in 7.6',
  },
];

const weakIndex = new Map<string, WeakEntry>();
for (const w of WEAK) for (const n of w.names) weakIndex.set(`${w.family}:${n}`, w);

/** Why a known name is weak at `version` for this keyword, if it is. */
export function weakness(kind: FileKind, kw: Pick<AlgorithmKeyword, 'family' | 'listFamily'>, name: string, version: string): WeakEntry | undefined {
  const w = weakIndex.get(`${kw.family}:${name}`);
  if (!w) return undefined;
  const from = kw.listFamily === 'ca' ? (w.caFrom ?? w.from[kind]) : w.from[kind];
  if (!from || k(version) < k(from)) return undefined;
  if (defaultsAt(kind, kw.listFamily, version).includes(name)) return undefined;
  return w;
}

// ---------------------------------------------------------------- checking a value

export type ListCode = 'unknown-algorithm' | 'algorithm-list-syntax' | 'weak-algorithm';

export interface ListFinding {
  /** offsets in the value (end exclusive) */
  start: number;
  end: number;
  code: ListCode;
  severity: 'error' | 'warning' | 'information';
  message: string;
  /** replacements for the entry, best first */
  suggestions?: string[];
  /** an error raised when the lists are assembled (after the file is read) rather than when the line is read */
  assemble?: boolean;
}

export interface ListEntry {
  text: string;
  start: number;
  end: number;
  /** the validity function looked at it (entries after an empty one are not) */
  checked: boolean;
}

export interface ListCheck {
  prefix: '' | '+' | '-' | '^';
  entries: ListEntry[];
  /** the target OpenSSH refuses the value */
  refused: boolean;
  /** where: when the line is read, or when the lists are assembled after the file */
  stage?: 'parse' | 'assemble';
  /** what OpenSSH prints, e.g. "Bad SSH2 cipher spec 'foo'." */
  opensshMessage?: string;
  findings: ListFinding[];
  /** the list in effect (7.8+ rules), when the value is accepted */
  effective?: string[];
  /**
   * ssh 8.5–10.3 only log an assembly failure and go on without the list
   * (`ssh -G` exits 0): the value is accepted, its findings are warnings.
   */
  sshIgnoresFailure?: boolean;
}

const FAMILY_WORD: Record<ListFamily, string> = {
  cipher: 'cipher',
  mac: 'MAC',
  kex: 'key exchange algorithm',
  key: 'key type or signature algorithm',
  ca: 'signature algorithm',
};

const hasWildcard = (s: string) => /[*?]/.test(s);
const q = (s: string) => `"${s}"`;

/** Build switches a default build lacks, among those in `condition`. */
function missingSwitches(condition: string | undefined, version: string): string[] {
  if (!condition) return [];
  const defined = new Set(D.build.defined.map((d) => d.split('=')[0]));
  let dsa = false;
  for (const e of D.build.WITH_DSA) if (k(e.from) <= k(version)) dsa = e.defined;
  if (dsa) defined.add('WITH_DSA');
  return [...condition.matchAll(/(!?)(\w+)/g)].filter(([, n, s]) => (n ? defined.has(s) : !defined.has(s))).map(([w]) => w);
}

function switchWords(sw: string, version: string): string {
  switch (sw) {
    case 'WITH_XMSS':
      return 'XMSS support, which only a build with -DWITH_XMSS has (configure never sets it)';
    case 'WITH_DSA':
      return k(version) >= k('10.0')
        ? 'DSA support, which OpenSSH 10.0 removed (release-10.0)'
        : 'DSA support, which configure leaves out from 9.8 unless given --enable-dsa-keys (release-9.8)';
    case 'WITH_SSH1':
      return 'SSH protocol 1 support (configure --with-ssh1, off by default)';
    default:
      return `the build option ${sw}`;
  }
}

/** Why `name` is not accepted at `version`, in our words, with suggestions. */
function unknownName(family: AlgorithmFamily, kw: AlgorithmKeyword, name: string, version: string): { message: string; suggestions: string[] } {
  const what = FAMILY_WORD[kw.listFamily];
  const target = `OpenSSH ${version}`;
  const rec = algorithmRecord(family, name);
  const candidates = kw.listFamily === 'ca' ? algorithmsAt('key', version, { plainOnly: true }) : algorithmsAt(family, version);
  const near = (n: string) => suggestNames(n, candidates);
  if (rec) {
    if (kw.plainOnly && rec.cert && availableAt(rec, version)) {
      const plain = name.replace(/-cert-v01@openssh\.com$/, '');
      const s = candidates.includes(plain) ? [plain] : [];
      return {
        message: `${q(name)} is a certificate type; CASignatureAlgorithms lists the algorithms a CA signs with, and ${target} refuses certificate names here.`,
        suggestions: s,
      };
    }
    if (k(version) < k(rec.since)) return { message: `${q(name)} needs OpenSSH ${rec.since}; ${target} does not know this ${what}.`, suggestions: near(name) };
    if (rec.removed && k(version) >= k(rec.removed)) {
      const off = rec.offByDefault?.[rec.offByDefault.length - 1];
      if (off && !off.until) {
        const before = off.from === rec.since ? 'no default build ever included it' : `default builds leave it out from ${off.from}`;
        return { message: `${q(name)} is gone: ${before}, and OpenSSH ${rec.removed} removed the code; ${target} refuses it.`, suggestions: near(name) };
      }
      return { message: `${q(name)} was removed in OpenSSH ${rec.removed}; ${target} refuses it.`, suggestions: near(name) };
    }
    if (offByDefaultAt(rec, version)) {
      const sw = missingSwitches(rec.condition, version);
      const why = sw.length ? sw.map((s) => switchWords(s.replace(/^!/, ''), version)).join(' and ') : `the build condition ${rec.condition}`;
      return { message: `${q(name)} needs ${why}; a default build of ${target} (Debian's among them) refuses it.`, suggestions: near(name) };
    }
  }
  if (family === 'cipher') {
    const refused = D.families.cipher.refused[name];
    if (refused && inRelease(refused, version)) {
      return refused.why === 'internal'
        ? { message: `${q(name)} is OpenSSH's internal null cipher; Ciphers does not accept it.`, suggestions: [] }
        : { message: `${q(name)} is an SSH protocol 1 cipher; Ciphers takes SSH 2 ciphers only.`, suggestions: near(name) };
    }
  }
  const legacy = LEGACY[name];
  if (legacy && legacy.family === family) {
    return { message: `${q(name)} (${legacy.what}) was removed in OpenSSH ${legacy.removed}; ${target} refuses it.`, suggestions: near(name.replace('-v00@', '-v01@')) };
  }
  if (family === 'key') {
    const sn = D.families.key.shortnames[name.toUpperCase()];
    if (sn && !listSyntaxAt(version).shortnames && k(version) >= k(sn.since)) {
      const full = Object.entries(names('key'))
        .filter(([, r]) => r.shortname === name.toUpperCase() && availableAt(r, version))
        .map(([n]) => n);
      return {
        message: `${q(name)} is a key type's short name; OpenSSH up to ${prevRelease(D.syntax.shortnamesUntil)} let it pass here (and then ignored it), ${target} refuses it. Use the algorithm name.`,
        suggestions: full,
      };
    }
  }
  const caseFix = candidates.find((c) => c.toLowerCase() === name.toLowerCase());
  if (caseFix) return { message: `${q(name)} is not a ${what} ${target} knows: algorithm names are case-sensitive.`, suggestions: [caseFix] };
  if (name.startsWith('!') && family !== 'key') {
    return { message: `${q(name)}: negation only works after "-" (remove); this list takes exact ${what} names.`, suggestions: [] };
  }
  if (hasWildcard(name) && family !== 'key') {
    return { message: `${q(name)}: this list takes exact ${what} names; wildcards only work after "-" (remove).`, suggestions: [] };
  }
  if (hasWildcard(name) || name.startsWith('!')) {
    return { message: `${q(name)} matches no ${what} ${target} knows.`, suggestions: [] };
  }
  return { message: `${q(name)} is not a ${what} ${target} knows.`, suggestions: near(name) };
}

function prevRelease(v: string): string {
  const i = D.releases.indexOf(v);
  return i > 0 ? D.releases[i - 1] : v;
}

/** "Did you mean": nearest names by edit distance, also reached by a missing "@openssh.com" or similar suffix. */
function suggestNames(word: string, candidates: readonly string[]): string[] {
  const w = word.toLowerCase();
  const scored: { n: string; d: number }[] = [];
  const limit = Math.max(1, Math.min(4, Math.floor(w.length / 5)));
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let d = distance(w, lc, limit);
    if (d > limit && w.length >= 5 && (lc.startsWith(`${w}@`) || lc.startsWith(`${w}-`) || w.startsWith(lc))) d = limit;
    if (d <= limit) scored.push({ n: c, d });
  }
  scored.sort((a, b) => a.d - b.d || a.n.localeCompare(b.n));
  return scored.slice(0, 3).map((s) => s.n);
}

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** sshkey_names_valid2() for one entry: exact name, short name (≤ 9.8), or a pattern matching some key type. */
function keyEntryPasses(entry: string, version: string, plainOnly: boolean): { ok: boolean; via?: 'name' | 'shortname' | 'pattern'; cert?: boolean } {
  const rec = algorithmRecord('key', entry);
  if (rec && availableAt(rec, version)) return plainOnly && rec.cert ? { ok: false, via: 'name', cert: true } : { ok: true, via: 'name' };
  if (listSyntaxAt(version).shortnames) {
    const sn = D.families.key.shortnames[entry.toUpperCase()];
    if (sn && availableAt(sn, version)) return { ok: true, via: 'shortname' };
  }
  // "If any has a positive or negative match then the component is accepted."
  for (const n of algorithmsAt('key', version)) if (matchPatternList(n, entry) !== 0) return { ok: true, via: 'pattern' };
  return { ok: false };
}

function entryPasses(family: AlgorithmFamily, kw: AlgorithmKeyword, entry: string, version: string): boolean {
  if (family === 'key') return keyEntryPasses(entry, version, kw.plainOnly).ok;
  const rec = algorithmRecord(family, entry);
  return !!rec && availableAt(rec, version);
}

/**
 * Check an algorithm-list value the way OpenSSH `version` (default build) reads it
 * for keyword opcode `op` of `kind`: errors where it refuses the value, warnings
 * for entries it silently drops and for weak names.
 */
export function checkAlgorithmList(value: string, kind: FileKind, kw: AlgorithmKeyword, version: string): ListCheck {
  const syn = listSyntaxAt(version);
  const family = kw.family;
  const findings: ListFinding[] = [];
  const out: ListCheck = { prefix: '', entries: [], refused: false, findings };
  // dump_client_config() and the connection code assemble HostKeyAlgorithms themselves, fatally
  const sshIgnores = kind === 'ssh' && kw.op !== 'oHostKeyAlgorithms' && sshAssembleFailureAt(version) === 'ignored';
  const refuse = (stage: 'parse' | 'assemble') => {
    if (out.refused) return;
    if (stage === 'assemble' && sshIgnores) {
      out.sshIgnoresFailure = true;
      return;
    }
    out.refused = true;
    out.stage = stage;
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    out.opensshMessage = stage === 'parse' ? `${kw.message} '${shown}'.` : `could not assemble the ${kw.op.slice(1)} list (invalid argument)`;
  };
  /** an assembly failure: an error, or a warning where ssh only logs it */
  const assembleFailure = (f: Omit<ListFinding, 'severity' | 'code' | 'assemble'>) => {
    findings.push({
      ...f,
      code: 'algorithm-list-syntax',
      severity: sshIgnores ? 'warning' : 'error',
      assemble: true,
      message: sshIgnores
        ? `${f.message.replace(/; OpenSSH [\d.]+ refuses (it|the list)[^.]*\./, '.')} ssh ${version} logs an error for it and goes on with no ${kw.op.slice(1)} list at all: \`ssh -G\` shows nothing, but connecting may fail (without ciphers, MACs or key exchange methods it does).`
        : f.message,
    });
    refuse('assemble');
  };
  if (value === '') {
    findings.push({ start: 0, end: 0, code: 'algorithm-list-syntax', severity: 'error', message: 'The value is empty; OpenSSH refuses it ("missing argument").' });
    refuse('parse');
    return out;
  }

  // ---- the prefix, as servconf.c / readconf.c see it
  const c0 = value[0];
  let body = value;
  let offset = 0;
  let skipCheck = false;
  if (c0 === '-' && syn.minus) {
    out.prefix = '-';
    skipCheck = true;
    body = value.slice(1);
    offset = 1;
  } else if (c0 === '+' || (c0 === '^' && syn.caret)) {
    out.prefix = c0;
    body = value.slice(1);
    offset = 1;
  } else if (c0 === '-' || c0 === '^') {
    // read as part of the first name: it will not pass
    const since = prefixSince(c0);
    const label = c0 === '-' ? 'remove from the default list' : 'put first in the default list';
    findings.push({
      start: 0,
      end: 1,
      code: 'algorithm-list-syntax',
      severity: 'error',
      message: `The "${c0}" prefix (${label}) needs OpenSSH ${since}; OpenSSH ${version} reads ${q(value.split(',')[0])} as a name and refuses the line.`,
    });
    refuse('parse');
    return { ...out, entries: splitEntries(value, 0, false) };
  }

  const entries = splitEntries(body, offset, !skipCheck);
  out.entries = entries;

  if (body === '') {
    if (!skipCheck) {
      findings.push({ start: 0, end: 1, code: 'algorithm-list-syntax', severity: 'error', message: `Nothing follows "${c0}"; OpenSSH refuses an empty list.` });
      refuse('parse');
    } else {
      findings.push({ start: 0, end: 1, code: 'algorithm-list-syntax', severity: 'warning', message: 'Nothing follows "-": the default list is used unchanged.' });
    }
    return out;
  }

  // ---- "-": never checked, never fails; flag entries that cannot match anything
  if (skipCheck) {
    for (const e of entries) {
      if (e.text === '') continue;
      const everKnown =
        matchAny(e.text, allAlgorithmNames(family).concat(family === 'cipher' ? Object.keys(D.families.cipher.refused) : [])) ||
        (family === 'key' && !!LEGACY[e.text]);
      if (!everKnown) {
        const u = unknownName(family, kw, e.text, version);
        findings.push({
          start: e.start,
          end: e.end,
          code: 'algorithm-list-syntax',
          severity: 'warning',
          message: `${q(e.text)} matches no ${FAMILY_WORD[kw.listFamily]}, so removing it does nothing (OpenSSH does not check names after "-").`,
          suggestions: u.suggestions,
        });
      }
    }
    if (syn.minus && atLeast(version, D.syntax.expand)) {
      const def = defaultsAt(kind, kw.listFamily, version);
      out.effective = def.filter((n) => matchPatternList(n, body) !== 1);
    }
    return out;
  }

  // ---- parse time: the validity function
  const firstEmpty = entries.findIndex((e) => e.text === '');
  const needsOne = (family === 'cipher' && atLeast(version, D.syntax.cipherNeedsOne)) || (family === 'mac' && atLeast(version, D.syntax.macNeedsOne));
  if (firstEmpty === 0 && needsOne) {
    findings.push({
      start: entries[0].start,
      end: entries[0].start + 1,
      code: 'algorithm-list-syntax',
      severity: 'error',
      message: `The list starts with an empty entry; OpenSSH ${version} refuses it (a stray comma).`,
    });
    refuse('parse');
  } else if (firstEmpty >= 0) {
    const e = entries[firstEmpty];
    const unchecked = entries.slice(firstEmpty + 1).filter((x) => x.text !== '');
    // the comma(s) around the empty entry
    const start = firstEmpty > 0 ? e.start - 1 : e.start;
    const end = firstEmpty > 0 ? (value[e.start] === ',' ? e.start + 1 : e.start) : e.start + 1;
    findings.push(
      unchecked.length
        ? {
            start,
            end,
            code: 'algorithm-list-syntax',
            severity: 'warning',
            message: `Empty entry (a stray comma): OpenSSH stops checking names here, so mistakes after it go unnoticed${syn.expand ? ' and unknown names are silently dropped' : ''}.`,
          }
        : { start, end, code: 'algorithm-list-syntax', severity: 'information', message: 'Empty entry (a stray comma); OpenSSH ignores it.' },
    );
  }
  const failed = new Set<ListEntry>();
  const vendorAll: string[] = [];
  for (const e of entries) {
    if (!e.checked || e.text === '') continue;
    const vendor = entryPasses(family, kw, e.text, version) ? undefined : vendorName(family, e.text, version);
    if (vendor) {
      findings.push({
        start: e.start,
        end: e.end,
        code: 'unknown-algorithm',
        severity: 'warning',
        message: `${q(e.text)} arrived upstream in OpenSSH ${vendor.upstreamSince}; ${vendor.vendor} accepts it as a patch (${vendor.cite}), other builds of ${version} refuse it. ${q(vendor.instead)} works everywhere.`,
        suggestions: [vendor.instead],
      });
      vendorAll.push(e.text);
      continue;
    }
    if (!entryPasses(family, kw, e.text, version)) {
      const u = unknownName(family, kw, e.text, version);
      findings.push({ start: e.start, end: e.end, code: 'unknown-algorithm', severity: 'error', message: u.message, suggestions: u.suggestions });
      failed.add(e);
      refuse('parse');
    }
  }

  // ---- assembly (7.8+): patterns over what the build supports
  const all = [...allFor(kw.listFamily, version), ...vendorAll];
  const expanded: string[] = [];
  for (const e of entries) {
    if (e.text === '' || failed.has(e)) continue;
    const viaShortname = family === 'key' && keyEntryPasses(e.text, version, kw.plainOnly).via === 'shortname';
    if (syn.expand) {
      if (e.text.startsWith('!')) {
        assembleFailure({
          start: e.start,
          end: e.end,
          message: `${q(e.text)}: a negated pattern only works in a "-" list; OpenSSH ${version} refuses the list when it builds it.`,
        });
        continue;
      }
      const matched = all.filter((n) => matchPattern(n, e.text));
      if (!matched.length) {
        findings.push({
          start: e.start,
          end: e.end,
          code: 'algorithm-list-syntax',
          severity: 'warning',
          message: ignoredWhy(family, kw, e, version),
          suggestions: unknownName(family, kw, e.text, version).suggestions,
        });
      }
      for (const n of matched) if (!expanded.includes(n)) expanded.push(n);
      if (hasWildcard(e.text)) weakPattern(kind, kw, e, matched, version, findings);
      else if (matched.length) weakName(kind, kw, e, version, findings);
    } else {
      if (!e.checked && !entryPasses(family, kw, e.text, version)) {
        findings.push({
          start: e.start,
          end: e.end,
          code: 'algorithm-list-syntax',
          severity: 'warning',
          message: `${q(e.text)} is not checked by OpenSSH ${version} (it follows an empty entry) and is no ${FAMILY_WORD[kw.listFamily]} it knows.`,
          suggestions: unknownName(family, kw, e.text, version).suggestions,
        });
      } else if (viaShortname) {
        findings.push({ start: e.start, end: e.end, code: 'algorithm-list-syntax', severity: 'warning', message: ignoredWhy(family, kw, e, version) });
      } else if (!hasWildcard(e.text)) weakName(kind, kw, e, version, findings);
      expanded.push(e.text);
    }
  }
  if (syn.expand && !out.refused && !out.sshIgnoresFailure) {
    const def = defaultsAt(kind, kw.listFamily, version);
    const list = out.prefix === '+' ? [...def, ...expanded.filter((n) => !def.includes(n))] : out.prefix === '^' ? [...expanded, ...def.filter((n) => !expanded.includes(n))] : expanded;
    if (!list.length) {
      assembleFailure({
        start: 0,
        end: value.length,
        message: `No ${FAMILY_WORD[kw.listFamily]} is left once OpenSSH ${version} drops the entries it cannot use; OpenSSH ${version} refuses the list.`,
      });
    } else out.effective = list;
  }
  return out;
}

function ignoredWhy(family: AlgorithmFamily, kw: AlgorithmKeyword, e: ListEntry, version: string): string {
  const tail = `OpenSSH ${version} ignores it`;
  if (family === 'key' && kw.listFamily === 'ca' && algorithmRecord('key', e.text)?.cert) {
    return `${q(e.text)} is a certificate type, not a signature algorithm a CA can use; ${tail}.`;
  }
  if (family === 'key' && D.families.key.shortnames[e.text.toUpperCase()] && !algorithmRecord('key', e.text)) {
    return `${q(e.text)} is a key type's short name: it passes the check but matches no algorithm, so ${tail}.`;
  }
  if (!e.checked) return `${q(e.text)} is not checked (it follows an empty entry) and matches no ${FAMILY_WORD[kw.listFamily]}, so ${tail}.`;
  return `${q(e.text)} matches no ${FAMILY_WORD[kw.listFamily]} here, so ${tail}.`;
}

function weakName(kind: FileKind, kw: AlgorithmKeyword, e: ListEntry, version: string, findings: ListFinding[]): void {
  const w = weakness(kind, kw, e.text, version);
  if (!w) return;
  findings.push({
    start: e.start,
    end: e.end,
    code: 'weak-algorithm',
    severity: w.severity,
    message: `${q(e.text)} is off by default in OpenSSH ${version}: ${w.why} (${kw.listFamily === 'ca' ? (w.caCite ?? w.cite) : w.cite}). Enable it only for peers that need it.`,
  });
}

function weakPattern(kind: FileKind, kw: AlgorithmKeyword, e: ListEntry, matched: string[], version: string, findings: ListFinding[]): void {
  const weak = matched.filter((n) => weakness(kind, kw, n, version)?.severity === 'warning');
  if (!weak.length) return;
  findings.push({
    start: e.start,
    end: e.end,
    code: 'weak-algorithm',
    severity: 'warning',
    message: `${q(e.text)} also turns on ${weak.map(q).join(', ')}, off by default in OpenSSH ${version} as weak.`,
  });
}

function matchAny(pattern: string, candidates: readonly string[]): boolean {
  const p = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  return candidates.some((n) => matchPattern(n, p));
}

/** strsep(",") over `body`; entries after the first empty one are not checked. */
function splitEntries(body: string, offset: number, checking: boolean): ListEntry[] {
  const out: ListEntry[] = [];
  let pos = 0;
  let stopped = !checking;
  for (const part of body.split(',')) {
    if (part === '' && !stopped) {
      out.push({ text: '', start: offset + pos, end: offset + pos, checked: false });
      stopped = true;
    } else out.push({ text: part, start: offset + pos, end: offset + pos + part.length, checked: !stopped });
    pos += part.length + 1;
  }
  return out;
}

// ---------------------------------------------------------------- completion

export interface AlgorithmCompletion {
  name: string;
  /** in the default list at this release */
  inDefault: boolean;
  weak?: WeakEntry;
  cert?: boolean;
  sigOnly?: boolean;
}

/** What completion offers for a keyword at `version`: every name the build accepts there, defaults first. */
export function algorithmCompletions(kind: FileKind, kw: AlgorithmKeyword, version: string): AlgorithmCompletion[] {
  const def = defaultsAt(kind, kw.listFamily, version);
  const list = kw.listFamily === 'ca' && kw.plainOnly ? algorithmsAt('key', version, { plainOnly: true }) : algorithmsAt(kw.family, version);
  const out = list.map((name) => {
    const rec = algorithmRecord(kw.family, name);
    return { name, inDefault: def.includes(name), weak: weakness(kind, kw, name, version), cert: rec?.cert, sigOnly: rec?.sigOnly };
  });
  const rank = (c: AlgorithmCompletion) => (c.inDefault ? def.indexOf(c.name) : 1000 + (c.weak ? 500 : 0));
  return out.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
