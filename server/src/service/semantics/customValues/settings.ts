// Value checks for the other keywords of their own shape (see index.ts).
//
// One small section per keyword, each read from the keyword's `case` in
// servconf.c (sshd) or readconf.c (ssh) at every release where it changed.
// A check reports only what makes OpenSSH reject the line (fatal() or a
// counted error), at the target release.
//
// Tokens: from 8.7 the arguments are argv_split()'s (quotes removed, an unquoted
// `#` starts a comment); before 8.7 they are strdelim()'s, which also splits at
// one `=`. Where the old tokenizer makes a verdict unsure (SetEnv's
// strdelimw(), a loop stopping at an empty "" argument), nothing is reported
// before 8.7. A line with a comment and no argument ("Keyword # note") exists
// only from 8.7 (before, the parser reports the bare keyword).

import { versionKey } from '../../openssh/version';
import type { Directive, Token } from '../../parser/types';
import { parseTime } from '../time';
import { strtonum } from '../values';
import { extraArguments, fixedWord, listWord, problem, type CustomCheck, type ValueProblem } from './types';

const INT_MAX = 2147483647;
const V7_2 = versionKey('7.2');
const V7_3 = versionKey('7.3');
const V7_6 = versionKey('7.6');
const V7_8 = versionKey('7.8');
const V8_2 = versionKey('8.2');
const V8_4 = versionKey('8.4');
const V8_7 = versionKey('8.7');
const V9_2 = versionKey('9.2');
const V9_7 = versionKey('9.7');
const V9_8 = versionKey('9.8');
const V9_9 = versionKey('9.9');
const V10_3 = versionKey('10.3');
const V10_4 = versionKey('10.4');
/** The newest release whose source we have read (openssh-portable V_10_5_P1). */
const NEWEST_READ = versionKey('10.5');

// ---------------------------------------------------------------- shared helpers


/** Only a comment after the keyword (8.7+): OpenSSH finds no argument. */
function noArgument(what: string): ValueProblem {
  return problem(undefined, `no ${what} before the comment: OpenSSH rejects the line.`);
}

const emptyArg = (t: Token, what: string): ValueProblem => problem(t, `an empty value ("") is not ${what}: OpenSSH rejects the line.`);

/** C isspace() for ASCII, as strtol()/sscanf()/scan_scaled() skip it. */
const LEADING_SPACE = /^[ \t\n\v\f\r]*/;

// ---------------------------------------------------------------- RekeyLimit (sshd and ssh)
// servconf.c case sRekeyLimit / readconf.c case oRekeyLimit (V_7_0_P1 … V_10_5_P1):
// `default` (strcmp) or scan_scaled(); a value other than 0 must be at least
// 16; before 7.2 also at most UINT_MAX ("too large"). An optional second
// argument: `none` (strcmp) or a time (parse_time: convtime()). The V_8_7_P1
// change (argv_split) does not change what is refused.

const LLONG_MAX = 9223372036854775807n;
const LLONG_MIN = -LLONG_MAX - 1n;
const UINT_MAX = 4294967295n;
const SCALE_CHARS = 'BKMGTPE';
const SCALE_LOWER = 'bkmgtpe';
/** openbsd-compat/fmt_scaled.c: MAX_DIGITS = SCALE_LENGTH * 3 */
const MAX_DIGITS = 21;

type Scaled = { ok: true; value: bigint } | { ok: false; reason: string } | { ok: 'unsure' };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isAlnum = (c: string | undefined) => c !== undefined && /^[0-9A-Za-z]$/.test(c);

/**
 * openbsd-compat/fmt_scaled.c scan_scaled() (HAVE_FMT_SCALED is not set on
 * Linux): blanks, one sign, digits with at most one '.', then nothing or one
 * of B K M G T P E (any case) not followed by a letter or digit. Overflow
 * checks as from V_7_6_P1; the fraction is scaled as in V_10_4_P1 and later,
 * truncated first as before (V_9_0_P1 … V_10_3_P1).
 */
function scanScaled(s: string, target: string): Scaled {
  const k = versionKey(target);
  const invalid = { ok: false as const, reason: 'invalid' };
  const range = { ok: false as const, reason: 'out of range' };
  let p = LEADING_SPACE.exec(s)![0].length;
  let sign = 0;
  while (s[p] === '-' || s[p] === '+') {
    if (sign) return invalid;
    sign = s[p] === '-' ? -1 : 1;
    p++;
  }
  let ndigits = 0;
  let fractDigits = 0;
  let whole = 0n;
  let fpart = 0n;
  for (; p < s.length && (isDigit(s[p]) || s[p] === '.'); p++) {
    if (s[p] === '.') {
      if (fractDigits > 0) return invalid;
      fractDigits = 1;
      continue;
    }
    const i = BigInt(s.charCodeAt(p) - 48);
    if (fractDigits > 0) {
      if (fractDigits >= MAX_DIGITS - 1) continue;
      fractDigits++;
      if (fpart > LLONG_MAX / 10n) return range;
      fpart *= 10n;
      if (i > LLONG_MAX - fpart) return range;
      fpart += i;
    } else {
      if (++ndigits >= MAX_DIGITS) return range;
      if (whole > LLONG_MAX / 10n) return range;
      whole *= 10n;
      if (i > LLONG_MAX - whole) return range;
      whole += i;
    }
  }
  // Before 7.6 the overflow checks differed (none before 7.5): stay silent near the limits.
  if (k < V7_6 && (ndigits >= 18 || fractDigits >= 18)) return { ok: 'unsure' };
  if (sign) whole *= BigInt(sign);
  if (p >= s.length) return { ok: true, value: whole };
  const unit = SCALE_CHARS.includes(s[p]) ? SCALE_CHARS.indexOf(s[p]) : SCALE_LOWER.indexOf(s[p]);
  if (unit < 0) return invalid;
  if (isAlnum(s[p + 1])) return invalid;
  const scale = 1024n ** BigInt(unit);
  if (whole > LLONG_MAX / scale || whole < LLONG_MIN / scale) return range;
  whole *= scale;
  if (k >= V10_4) {
    let muls = unit;
    let divs = fractDigits > 0 ? fractDigits - 1 : 0;
    while (muls > 0 && divs > 0) {
      if (fpart <= LLONG_MAX / 1024n) {
        fpart *= 1024n;
        muls--;
      } else {
        fpart /= 10n;
        divs--;
      }
    }
    for (; muls > 0; muls--) fpart *= 1024n;
    for (; divs > 0; divs--) fpart /= 10n;
  } else {
    while (fpart >= LLONG_MAX / scale) {
      fpart /= 10n;
      fractDigits--;
    }
    fpart *= scale;
    for (let i = 0; i < fractDigits - 1; i++) fpart /= 10n;
  }
  return { ok: true, value: sign === -1 ? whole - fpart : whole + fpart };
}

function checkRekeyLimit(d: Directive, target: string): ValueProblem | undefined {
  const size = d.args[0];
  if (!size) return noArgument('amount of data');
  if (size.value === '') return emptyArg(size, 'an amount of data');
  if (size.value !== 'default') {
    const r = scanScaled(size.value, target);
    if (r.ok === false) {
      return r.reason === 'out of range'
        ? problem(size, `"${size.value}" is too large a number; OpenSSH rejects the line.`)
        : problem(size, `"${size.value}" is not an amount of data: use a number with an optional K, M or G suffix, or default; OpenSSH rejects the line.`, ['default']);
    }
    if (r.ok === true && r.value !== 0n && r.value < 16n) {
      return problem(size, `"${size.value}" is too small: the amount must be 0 or at least 16 bytes; OpenSSH rejects the line.`);
    }
    if (r.ok === true && versionKey(target) < V7_2 && r.value > UINT_MAX) {
      return problem(size, `"${size.value}" is too large for OpenSSH ${target} (at most 4G); OpenSSH rejects the line.`);
    }
  }
  const time = d.args[1];
  if (!time || time.value === 'none') return extraArguments(d, 2, versionKey(target));
  if (time.value === '') return emptyArg(time, 'a time');
  const t = parseTime(time.value, target);
  if (!t.ok) return problem(time, `"${time.value}" is not a time or none (${t.reason}); OpenSSH rejects the line.`, ['none']);
  return extraArguments(d, 2, versionKey(target));
}

// ---------------------------------------------------------------- IPQoS (sshd and ssh)
// servconf.c case sIPQoS / readconf.c case oIPQoS: one or two values, each
// misc.c parse_ipqos(): a name (strcasecmp) or a number 0-255. Names:
// af11…af43, cs0…cs7, ef, lowdelay, throughput, reliability (V_7_0_P1; the
// last three only ignored from V_10_1_P1, still accepted), none (V_7_6_P1),
// le (V_8_2_P1), va (V_10_3_P1). Numbers: strtol(cp, &ep, 0) (hex, octal, a
// sign) up to V_9_7_P1; strtonum(cp, 0, 255) (decimal) from V_9_8_P1.

const IPQOS_BASE = [
  'af11', 'af12', 'af13', 'af21', 'af22', 'af23', 'af31', 'af32', 'af33', 'af41', 'af42', 'af43',
  'cs0', 'cs1', 'cs2', 'cs3', 'cs4', 'cs5', 'cs6', 'cs7', 'ef', 'lowdelay', 'throughput', 'reliability',
];
const IPQOS_SINCE: [string, number][] = [
  ['none', versionKey('7.6')],
  ['le', versionKey('8.2')],
  ['va', V10_3],
];
const ipqosWordsCache = new Map<number, string[]>();
function ipqosWords(target: string): string[] {
  const k = versionKey(target);
  let words = ipqosWordsCache.get(k);
  if (!words) {
    words = [...IPQOS_BASE, ...IPQOS_SINCE.filter(([, since]) => k >= since).map(([w]) => w)];
    if (ipqosWordsCache.size < 100) ipqosWordsCache.set(k, words);
  }
  return words;
}
/** strtol(cp, &ep, 0) consuming the whole string. */
const STRTOL_BASE0 = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;

function ipqosOk(v: string, target: string): boolean {
  const lower = v.toLowerCase();
  if (ipqosWords(target).includes(lower)) return true;
  if (versionKey(target) >= V9_8) return strtonum(v, 0, 255) !== undefined;
  const m = STRTOL_BASE0.exec(v);
  if (!m) return false;
  const digits = m[2];
  const n = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.length > 1 && digits[0] === '0' ? parseInt(digits, 8) : Number(digits);
  const value = m[1] === '-' ? -n : n;
  return value >= 0 && value <= 255;
}

function checkIPQoS(d: Directive, target: string): ValueProblem | undefined {
  if (!d.args.length) return noArgument('traffic class');
  for (let i = 0; i < 2 && i < d.args.length; i++) {
    const a = d.args[i];
    if (!ipqosOk(a.value, target)) {
      const numbers = versionKey(target) >= V9_8 ? 'a decimal number 0-255' : 'a number 0-255';
      const names = ['af11-af43', 'cs0-cs7', 'ef', ...IPQOS_SINCE.filter(([, since]) => versionKey(target) >= since).map(([w]) => w)].join(', ');
      return problem(a, `"${a.value}" is not a traffic class for OpenSSH ${target}: use ${names} or ${numbers}; OpenSSH rejects the line.`, ipqosWords(target));
    }
  }
  return extraArguments(d, 2, versionKey(target));
}

// ---------------------------------------------------------------- StreamLocalBindMask (sshd and ssh)
// servconf.c case sStreamLocalBindMask / readconf.c case oStreamLocalBindMask
// (V_7_0_P1 … V_10_5_P1, same test): strtol(arg, &p, 8) must read at least one
// octal digit and give 0-0777; what follows the digits is ignored ("0800" is 0).

const STRTOL_OCTAL = /^[ \t\n\v\f\r]*([+-]?)([0-7]+)/;

function checkStreamLocalBindMask(d: Directive, target: string): ValueProblem | undefined {
  const a = d.args[0];
  if (!a) return noArgument('mask');
  if (a.value === '') return emptyArg(a, 'a mask');
  const m = STRTOL_OCTAL.exec(a.value);
  const n = m ? parseInt(m[2], 8) * (m[1] === '-' ? -1 : 1) : NaN;
  if (!m || n < 0 || n > 0o777) {
    return problem(a, `"${a.value}" is not an octal mask from 0 to 0777; OpenSSH rejects the line.`);
  }
  return extraArguments(d, 1, versionKey(target));
}

// ---------------------------------------------------------------- SetEnv (sshd and ssh)
// servconf.c case sSetEnv / readconf.c case oSetEnv (V_7_8_P1 …): every
// argument must contain '='; from V_8_7_P1 an empty "" one is refused too
// (sshd tests it, ssh's strchr() fails on it); from V_9_7_P1 a line with no
// argument is fatal ("no SetEnv specified"). Before 8.7 the arguments came from
// strdelimw(), which does not split at '=' as our pre-8.7 tokens do: nothing
// is reported then.

function checkSetEnv(d: Directive, target: string): ValueProblem | undefined {
  const k = versionKey(target);
  if (k < V8_7) return undefined;
  if (!d.args.length) return k >= V9_7 ? noArgument('NAME=VALUE') : undefined;
  for (const a of d.args) {
    if (a.value === '') return emptyArg(a, 'NAME=VALUE');
    if (!a.value.includes('=')) return problem(a, `"${a.value}" has no "=": write NAME=VALUE; OpenSSH rejects the line.`);
  }
  return undefined;
}

// ---------------------------------------------------------------- AcceptEnv (sshd)
// servconf.c case sAcceptEnv: a name containing '=' is fatal (V_7_0_P1 …);
// from V_8_7_P1 an empty "" name too; from V_9_7_P1 a line with no name is
// fatal ("no AcceptEnv specified"). Before 8.7 strdelim() splits at '=', so
// only a quoted name can hold one; the loop stopped at an empty name.

function checkAcceptEnv(d: Directive, target: string): ValueProblem | undefined {
  const k = versionKey(target);
  if (!d.args.length) return k >= V9_7 ? noArgument('variable name') : undefined;
  for (const a of d.args) {
    if (a.value === '') return k >= V8_7 ? emptyArg(a, 'a variable name') : undefined;
    if (a.value.includes('=')) return problem(a, `"${a.value}" contains "=": AcceptEnv takes variable names (patterns), not NAME=VALUE; OpenSSH rejects the line.`);
  }
  return undefined;
}

// ---------------------------------------------------------------- MaxStartups (sshd)
// servconf.c case sMaxStartups: sscanf(arg, "%d:%d:%d") must convert 1 or 3
// numbers (what follows them is not looked at: "10:30:60:5" and "10x" pass).
// With 3: start <= full and 1 <= rate <= 100 (V_7_0_P1 …). From V_9_2_P1 the
// start and full must also be above 0 (V_10_1_P1 and V_10_3_P1 rewrote the
// test without changing it).

/** sscanf("%d:%d…") conversions; undefined when a number does not fit an int (glibc then stores a truncated value). */
const SCANF_INT = /^[ \t\n\v\f\r]*([+-]?[0-9]+)/;
function scanInts(s: string, max: number): number[] | undefined {
  const out: number[] = [];
  let rest = s;
  while (out.length < max) {
    if (out.length > 0) {
      if (rest[0] !== ':') break;
      rest = rest.slice(1);
    }
    const m = SCANF_INT.exec(rest);
    if (!m) break;
    const n = Number(m[1]);
    if (!Number.isSafeInteger(n) || n > INT_MAX || n < -INT_MAX - 1) return undefined;
    out.push(n);
    rest = rest.slice(m[0].length);
  }
  return out;
}

function checkMaxStartups(d: Directive, target: string): ValueProblem | undefined {
  const a = d.args[0];
  if (!a) return noArgument('limit');
  if (a.value === '') return emptyArg(a, 'a limit');
  const n = scanInts(a.value, 3);
  if (!n) return extraArguments(d, 1, versionKey(target));
  const positive = versionKey(target) >= V9_2;
  const bad = (why: string) => problem(a, `"${a.value}" ${why}; OpenSSH rejects the line.`);
  if (n.length === 0) return bad('is not a number or start:rate:full');
  if (n.length === 2) return bad('has two numbers: write N or start:rate:full');
  if (n.length === 3) {
    const [start, rate, full] = n;
    if (start > full) return bad(`starts (${start}) above full (${full})`);
    if (rate < 1 || rate > 100) return bad(`has rate ${rate}: the rate is a percentage from 1 to 100`);
    if (positive && (start <= 0 || full <= 0)) return bad(`needs start and full above 0 for OpenSSH ${target}`);
  } else if (positive && n[0] <= 0) return bad(`must be above 0 for OpenSSH ${target}`);
  return extraArguments(d, 1, versionKey(target));
}

// ---------------------------------------------------------------- PerSourceNetBlockSize (sshd)
// servconf.c case sPerSourceNetBlockSize (V_8_5_P1 … V_10_5_P1, same test):
// sscanf(arg, "%d:%d") must convert 1 or 2 numbers; IPv4 bits 0-32, IPv6 bits
// 0-128 (what follows the numbers is not looked at).

function checkPerSourceNetBlockSize(d: Directive, target: string): ValueProblem | undefined {
  const a = d.args[0];
  if (!a) return noArgument('prefix length');
  if (a.value === '') return emptyArg(a, 'a prefix length');
  const n = scanInts(a.value, 2);
  if (!n) return extraArguments(d, 1, versionKey(target));
  if (n.length === 0) return problem(a, `"${a.value}" is not V4BITS or V4BITS:V6BITS; OpenSSH rejects the line.`);
  if (n[0] < 0 || n[0] > 32) return problem(a, `"${a.value}": the IPv4 prefix length must be 0-32; OpenSSH rejects the line.`);
  if (n.length === 2 && (n[1] < 0 || n[1] > 128)) return problem(a, `"${a.value}": the IPv6 prefix length must be 0-128; OpenSSH rejects the line.`);
  return extraArguments(d, 1, versionKey(target));
}

// ---------------------------------------------------------------- PerSourceMaxStartups (sshd)
// servconf.c case sPerSourceMaxStartups (V_8_5_P1 … V_10_5_P1): `none` with
// strcmp() (so "None" is refused, which the generic integer check lets
// through), else atoi_err(): strtonum(0, INT_MAX).

function checkPerSourceMaxStartups(d: Directive, target: string): ValueProblem | undefined {
  const a = d.args[0];
  if (!a) return noArgument('limit');
  if (a.value !== 'none' && strtonum(a.value, 0, INT_MAX) === undefined) {
    if (a.value.toLowerCase() === 'none') return problem(a, `"${a.value}" must be written "none" (lower case): OpenSSH compares it case-sensitively and rejects the line.`, ['none']);
    return problem(a, `"${a.value}" is not a whole number in 0-${INT_MAX} or none; OpenSSH rejects the line.`);
  }
  return extraArguments(d, 1, versionKey(target));
}

// ---------------------------------------------------------------- PerSourcePenalties (sshd)
// servconf.c case sPerSourcePenalties (V_9_8_P1 …): `yes`/`no` (strcasecmp)
// only as the last argument; else a case-sensitive prefix: crash:, authfail:,
// noauth:, grace-exceeded:, max:, min: (V_9_8_P1), refuseconnection:
// (V_9_9_P1), invaliduser: (V_10_3_P1) with a time (convtime(); from V_10_3_P1
// convtime_double(), which has no upper limit); max-sources4: and
// max-sources6: with atoi_err(); overflow: and overflow6: with deny-all or
// permissive (strcmp). Anything else is fatal, and so is a line with no entry.

const PENALTY_TIMES: [string, number][] = [
  ['crash:', V9_8],
  ['authfail:', V9_8],
  ['noauth:', V9_8],
  ['grace-exceeded:', V9_8],
  ['max:', V9_8],
  ['min:', V9_8],
  ['refuseconnection:', V9_9],
  ['invaliduser:', V10_3],
];
const penaltyFlag = fixedWord('sshd', 'persourcepenalties');
const PENALTY_FIXED = new Set(['overflow:deny-all', 'overflow:permissive', 'overflow6:deny-all', 'overflow6:permissive']);

/** misc.c convtime_double() (V_10_3_P1 …): decimal numbers, a fraction only for seconds, seconds at most once; no upper limit. */
const CONVTIME_DOUBLE_MEMBER = /^([0-9]*\.?[0-9]*)([sSmMhHdDwW]?)/;
function convtimeDoubleOk(s: string): boolean {
  if (s === '') return false;
  let rest = s;
  let seenSeconds = false;
  while (rest !== '') {
    const m = CONVTIME_DOUBLE_MEMBER.exec(rest)!;
    const num = m[1];
    if (num === '' || num === '.') return false;
    const next = rest[m[0].length];
    // strtod() stops at a second '.': what follows is not a unit.
    if (m[2] === '' && next !== undefined) return false;
    const seconds = m[2] === '' || m[2] === 's' || m[2] === 'S';
    if (seconds) {
      if (seenSeconds) return false;
      seenSeconds = true;
    }
    if (num.includes('.') && (!seconds || num.endsWith('.'))) return false;
    rest = rest.slice(m[0].length);
  }
  return true;
}

function checkPerSourcePenalties(d: Directive, target: string): ValueProblem | undefined {
  const k = versionKey(target);
  if (k < V9_8) return undefined;
  if (!d.args.length) return noArgument('penalty');
  for (let i = 0; i < d.args.length; i++) {
    const a = d.args[i];
    const v = a.value;
    if (penaltyFlag(v)) {
      if (i < d.args.length - 1) return problem(a, `"${v}" must stand alone (nothing may follow it); OpenSSH rejects the line.`);
      continue;
    }
    if (PENALTY_FIXED.has(v)) continue;
    if (v.startsWith('max-sources4:') || v.startsWith('max-sources6:')) {
      const n = v.slice(13);
      if (strtonum(n, 0, INT_MAX) === undefined) return problem(a, `"${v}": the count must be a whole number in 0-${INT_MAX}; OpenSSH rejects the line.`);
      continue;
    }
    const prefix = PENALTY_TIMES.find(([p, since]) => k >= since && v.startsWith(p));
    if (!prefix) {
      const known = PENALTY_TIMES.filter(([, since]) => k >= since).map(([p]) => p);
      return problem(a, `"${v}" is not a penalty setting for OpenSSH ${target}: use yes, no, ${known.join(', ')} with a time, max-sources4:/max-sources6: with a count, or overflow[6]:deny-all|permissive (lower case); OpenSSH rejects the line.`);
    }
    const time = v.slice(prefix[0].length);
    const ok = k >= V10_3 ? convtimeDoubleOk(time) : parseTime(time, target).ok;
    if (!ok) return problem(a, `"${v}": "${time}" is not a time for OpenSSH ${target}; OpenSSH rejects the line.`);
  }
  return undefined;
}

// ---------------------------------------------------------------- AuthenticationMethods (sshd)
// servconf.c case sAuthenticationMethods and auth2.c (V_9_8_P1: auth2-methods.c)
// auth2_methods_valid(arg, 0): each argument is a comma-separated list of
// known methods (strcmp; a ":submethod" is cut off first); an empty list or
// an empty member is refused. `any` (V_7_3_P1) must be the only argument; a
// line with no argument is fatal (V_7_3_P1). From 8.7 to 9.6 `any` after
// other methods was refused through the methods already stored (true whenever
// the line is active), from 9.7 through the line's own list. Method names:
// none, publickey, password, keyboard-interactive, hostbased, and
// gssapi-with-mic when sshd is built with GSSAPI (not reported: it depends on
// the build), and gssapi-keyex, which the GSSAPI key-exchange patch of Debian,
// Ubuntu, Fedora and RHEL adds to the table (Debian's sshd -t 9.2p1 accepts it;
// upstream's auth2.c has no such method).

const AUTH_METHODS = new Set(['none', 'publickey', 'password', 'keyboard-interactive', 'hostbased', 'gssapi-with-mic', 'gssapi-keyex']);
const AUTH_METHOD_WORDS = ['publickey', 'password', 'keyboard-interactive', 'hostbased', 'none', 'any'];

function checkAuthenticationMethods(d: Directive, target: string): ValueProblem | undefined {
  const k = versionKey(target);
  if (!d.args.length) return k >= V7_3 ? noArgument('method list') : undefined;
  const anyKnown = k >= V7_3;
  for (let i = 0; i < d.args.length; i++) {
    const a = d.args[i];
    if (anyKnown && a.value === 'any') {
      if (i > 0) return problem(a, '"any" must be the only value: OpenSSH rejects the line.');
      if (d.args.length > 1) return problem(d.args[1], `"any" must be the only value, "${d.args[1].value}" follows it: OpenSSH rejects the line.`);
      continue;
    }
    if (a.value === '') {
      if (k < V8_7) return undefined; // strdelim() loop stopped here
      return problem(a, 'an empty method list (""): OpenSSH rejects the line.');
    }
    for (const member of a.value.split(',')) {
      const colon = member.indexOf(':');
      const name = colon >= 0 ? member.slice(0, colon) : member;
      if (name === '') return problem(a, `"${a.value}" has an empty method: OpenSSH rejects the line.`);
      if (!AUTH_METHODS.has(name)) {
        return problem(
          a,
          `"${name}" is not an authentication method: use publickey, password, keyboard-interactive, hostbased, none${anyKnown ? ' or any' : ''} (lower case); OpenSSH rejects the line.`,
          anyKnown ? AUTH_METHOD_WORDS : AUTH_METHOD_WORDS.slice(0, -1),
        );
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- PermitUserEnvironment (sshd)
// servconf.c case sPermitUserEnvironment: up to V_7_7_P1 a flag (parse_flag:
// yes/no, strcasecmp); from V_7_8_P1 `yes`/`no` (strcmp) or else any non-empty
// word, taken as a pattern list ("Yes" is a pattern). One argument.

function checkPermitUserEnvironment(d: Directive, target: string): ValueProblem | undefined {
  const a = d.args[0];
  if (!a) return noArgument('value');
  if (a.value === '') return emptyArg(a, 'yes, no or a pattern list');
  if (versionKey(target) < V7_8) {
    const lower = a.value.toLowerCase();
    if (lower !== 'yes' && lower !== 'no') return problem(a, `"${a.value}" is not yes or no (pattern lists need OpenSSH 7.8); OpenSSH rejects the line.`, ['yes', 'no']);
  }
  return extraArguments(d, 1, versionKey(target));
}

// ---------------------------------------------------------------- PubkeyAuthOptions (sshd)
// servconf.c case sPubkeyAuthOptions (V_8_2_P1 …): each argument none or
// touch-required, verify-required from V_8_4_P1 (strcasecmp); anything else is
// refused, an empty "" one too from V_8_7_P1 (before, the loop stopped there).
// No argument is fine. 10.6 adds max-pk-ok:N (release notes; its source is not
// in our mirror, so from 10.6 on any max-pk-ok: word passes).

function checkPubkeyAuthOptions(d: Directive, target: string): ValueProblem | undefined {
  const k = versionKey(target);
  const words = k >= V8_4 ? ['none', 'touch-required', 'verify-required'] : ['none', 'touch-required'];
  if (k < V8_2) return undefined;
  for (const a of d.args) {
    if (a.value === '' && k < V8_7) return undefined;
    const lower = a.value.toLowerCase();
    if (words.includes(lower)) continue;
    if (k > NEWEST_READ && lower.startsWith('max-pk-ok:')) continue;
    const too = lower === 'verify-required' ? ' (verify-required needs OpenSSH 8.4)' : '';
    return problem(a, `"${a.value}" is not an option for OpenSSH ${target}${too}: use ${words.join(', ')}; OpenSSH rejects the line.`, words);
  }
  return undefined;
}

// ---------------------------------------------------------------- AuthorizedKeysCommand, AuthorizedPrincipalsCommand (sshd)
// servconf.c case sAuthorizedKeysCommand / sAuthorizedPrincipalsCommand
// (parse_command from V_8_7_P1): the rest of the line, after blanks, must
// start with '/' or be exactly `none` (strcasecmp): a quote first, a relative
// command or "none # note" are refused. Before 8.7 the test ran only for the
// first active line, but the file is broken for the connections that reach
// that line all the same.

const COMMAND_LEAD = /^[ \t\r\n]*/;

function checkCommand(d: Directive): ValueProblem | undefined {
  const raw = d.raw;
  if (!raw) return undefined;
  const rest = raw.text.slice(COMMAND_LEAD.exec(raw.text)![0].length);
  if (rest.startsWith('/') || rest.toLowerCase() === 'none') return undefined;
  const shown = rest.length > 40 ? `${rest.slice(0, 37)}...` : rest;
  if (rest.startsWith('"') || rest.startsWith("'")) {
    return problem(raw, `"${shown}" starts with a quote: OpenSSH does not remove quotes here and wants an absolute path or none; it rejects the line.`);
  }
  const why = rest.toLowerCase().startsWith('none') ? ' (the comment is part of the value)' : '';
  return problem(raw, `"${shown}" is not an absolute path or none${why}; OpenSSH rejects the line.`);
}

// ---------------------------------------------------------------- LogVerbose (sshd)
// servconf.c case sLogVerbose (V_8_5_P1 …): from V_8_7_P1 an empty "" entry
// is refused and `none` (strcasecmp) must be alone; from V_9_7_P1 a line with
// no entry is fatal ("no LogVerbose specified").

function checkLogVerbose(d: Directive, target: string): ValueProblem | undefined {
  const k = versionKey(target);
  if (k < V8_7) return undefined;
  if (!d.args.length) return k >= V9_7 ? noArgument('entry') : undefined;
  for (let i = 0; i < d.args.length; i++) {
    const p = listWord(d, i, true);
    if (p) return p;
  }
  return undefined;
}

// AgentSocketPath (10.6) is not checked: its source is not in our mirror.

// ---------------------------------------------------------------- tables

const SHARED: Record<string, CustomCheck> = {
  rekeylimit: checkRekeyLimit,
  ipqos: checkIPQoS,
  streamlocalbindmask: checkStreamLocalBindMask,
  setenv: checkSetEnv,
};

export const SSHD_SETTING_CHECKS: Record<string, CustomCheck> = {
  ...SHARED,
  acceptenv: checkAcceptEnv,
  maxstartups: checkMaxStartups,
  persourcenetblocksize: checkPerSourceNetBlockSize,
  persourcemaxstartups: checkPerSourceMaxStartups,
  persourcepenalties: checkPerSourcePenalties,
  authenticationmethods: checkAuthenticationMethods,
  permituserenvironment: checkPermitUserEnvironment,
  pubkeyauthoptions: checkPubkeyAuthOptions,
  authorizedkeyscommand: (d) => checkCommand(d),
  authorizedprincipalscommand: (d) => checkCommand(d),
  logverbose: checkLogVerbose,
};

export const SSH_SETTING_CHECKS: Record<string, CustomCheck> = { ...SHARED };
