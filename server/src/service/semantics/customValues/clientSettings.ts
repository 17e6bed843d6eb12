// Value checks for ssh_config keywords with a value of their own shape that
// belong to no other table (see index.ts): each follows its case in readconf.c
// (and the misc.c helper it calls) at the target release, and reports only
// what that code refuses on any line, active or not. Limits that depend on
// other lines (too many identity files, MAX_CANON_DOMAINS on the first active
// line) and anything depending on the environment are left out.
//
// Tokenisation: from 8.7 the arguments come from argv_split() and any word
// left over fails "extra arguments at end of line". Before 8.7 they came from
// strdelim(): the garbage check read one more word and only complained when
// it was not empty, and list loops stopped at the first empty word.

import type { Directive, Token } from '../../parser/types';
import { versionKey } from '../../openssh/version';
import { parseTime } from '../time';
import { strtonum } from '../values';
import { dollarSyntax, extraArguments, fixedWord, listWord, problem, type CustomCheck, type ValueProblem } from './types';

const V7_9 = versionKey('7.9');
const V8_2 = versionKey('8.2');
const V8_4 = versionKey('8.4');
const V8_7 = versionKey('8.7');
const V8_8 = versionKey('8.8');
const V10_0 = versionKey('10.0');
const V10_3 = versionKey('10.3');

const q = (t: Token) => `"${t.value}"`;


const emptyValue = (t: Token) => problem(t, 'the value is empty: OpenSSH rejects the line ("missing argument").');

/**
 * readconf.c parse_string (V_7_0_P1 … V_10_5_P1 unchanged apart from the
 * tokeniser): one non-empty word. Also oIdentityFile, oCertificateFile,
 * oRefuseConnection, oTunnelDevice etc. read their first word this way.
 */
const single: CustomCheck = (d, target) => {
  const a = d.args[0];
  if (!a) return undefined;
  if (a.value === '') return emptyValue(a);
  return extraArguments(d, 1, versionKey(target));
};

/**
 * A loop over the words in the strdelim() era (before 8.7): it stops at the
 * first empty word, then the garbage check reads the next one. Returns the
 * index the loop stops at (the words before it are the list), or a problem.
 */
function legacyList(d: Directive): { end: number; problem?: ValueProblem } {
  const args = d.args;
  for (let i = 0; i < args.length; i++) {
    if (args[i].value === '') {
      const next = args[i + 1];
      if (next && next.value !== '') return { end: i, problem: problem(next, `${q(next)} follows an empty word: OpenSSH stops reading the list there and rejects the line ("garbage at end of line").`) };
      return { end: i };
    }
  }
  return { end: args.length };
}

/** readconf.c parse_char_array (GlobalKnownHostsFile, UserKnownHostsFile): before 8.7 it only read the words (`return 0`, no checks); from 8.7 empty words and a "none" not alone are refused. */
const charArray: CustomCheck = (d, target) => {
  if (versionKey(target) < V8_7) return undefined;
  for (let i = 0; i < d.args.length; i++) {
    const p = listWord(d, i, true);
    if (p) return p;
  }
  return undefined;
};

// readconf.c case oEscapeChar (V_7_0_P1 … V_10_5_P1 unchanged): "none", one
// byte, or '^' followed by one byte in 64..127; else "Bad escape character".
const escapeChar: CustomCheck = (d, target) => {
  const a = d.args[0];
  if (!a) return undefined;
  const v = a.value;
  if (v === '') return emptyValue(a);
  const ok =
    v === 'none' ||
    (v.length === 1 && v.charCodeAt(0) < 0x80) ||
    (v.length === 2 && v[0] === '^' && v.charCodeAt(1) >= 64 && v.charCodeAt(1) < 128);
  if (!ok) return problem(a, `${q(a)} is not an escape character: use one character, ^ and a letter (like ^A), or none; OpenSSH rejects the line.`, ['none', '~']);
  return extraArguments(d, 1, versionKey(target));
};

// readconf.c case oControlPersist (V_7_0_P1 … V_10_5_P1 unchanged): yes, no,
// true, false compared case-sensitively (strcmp), otherwise convtime().
const controlPersistWord = fixedWord('ssh', 'controlpersist');
const controlPersist: CustomCheck = (d, target) => {
  const a = d.args[0];
  if (!a) return undefined;
  if (a.value === '') return emptyValue(a);
  if (!controlPersistWord(a.value) && !parseTime(a.value, target).ok) {
    return problem(a, `${q(a)} is neither yes, no (lower case) nor a time: OpenSSH rejects the line ("Bad ControlPersist argument").`, ['yes', 'no']);
  }
  return extraArguments(d, 1, versionKey(target));
};

/** misc.c a2tun() for one side (V_7_0_P1 … V_10_5_P1 unchanged): "any" (any case) or strtonum(0, SSH_TUNID_MAX). */
const TUNID_MAX = 0x7fffffff - 2;
const tunSide = (s: string) => s.toLowerCase() === 'any' || strtonum(s, 0, TUNID_MAX) !== undefined;

// readconf.c case oTunnelDevice with misc.c a2tun (V_7_0_P1 … V_10_5_P1):
// LOCAL[:REMOTE], split at the first ':', both sides checked.
const tunnelDevice: CustomCheck = (d, target) => {
  const a = d.args[0];
  if (!a) return undefined;
  const v = a.value;
  if (v === '') return emptyValue(a);
  const colon = v.indexOf(':');
  const ok = colon < 0 ? tunSide(v) : tunSide(v.slice(0, colon)) && tunSide(v.slice(colon + 1));
  if (!ok) return problem(a, `${q(a)} is not a tunnel device: use a number, any, or LOCAL:REMOTE made of those; OpenSSH rejects the line ("Bad tun device").`, ['any']);
  return extraArguments(d, 1, versionKey(target));
};

// readconf.c multistate_yesnoaskconfirm, compared with strcasecmp.
const addKeysToAgentWord = fixedWord('ssh', 'addkeystoagent');

// readconf.c case oAddKeysToAgent: V_7_2_P1 … V_8_3_P1 parse_multistate (one
// word); V_8_4_P1 … V_10_5_P1 a word and an optional time after "confirm", or
// a time alone (convtime; 8.4 … 9.2 also refuse values over INT_MAX, which
// parseTime refuses too).
const addKeysToAgent: CustomCheck = (d, target) => {
  const a = d.args[0];
  if (!a) return undefined;
  const word = a.value.toLowerCase();
  const known = addKeysToAgentWord(word);
  if (versionKey(target) < V8_4) {
    if (a.value === '') return emptyValue(a);
    if (!known) return problem(a, `${q(a)} is not one of yes, no, ask, confirm: OpenSSH ${target} rejects the line.`, ['yes', 'no', 'ask', 'confirm']);
    return extraArguments(d, 1, versionKey(target));
  }
  const b = d.args[1];
  if (known && word === 'confirm' && b) {
    if (!parseTime(b.value, target).ok) return problem(b, `${q(b)} is not a time: OpenSSH rejects the line ("invalid time value").`);
  } else if (!known && !b) {
    if (a.value === '') return emptyValue(a);
    if (!parseTime(a.value, target).ok) return problem(a, `${q(a)} is neither yes, no, ask, confirm nor a time: OpenSSH rejects the line.`, ['yes', 'no', 'ask', 'confirm']);
  } else if (!known) {
    return problem(a, `${q(a)} is not one of yes, no, ask, confirm: a time after it is only read after confirm, and OpenSSH rejects the line.`, ['confirm']);
  } else if (b) {
    return problem(b, `only confirm takes a time after it: OpenSSH rejects ${q(b)} after "${a.value}".`);
  }
  return extraArguments(d, 2, versionKey(target));
};

// readconf.c case oObscureKeystrokeTiming (V_9_5_P1 … V_10_5_P1 unchanged):
// exactly one of yes, no, true, false (strcmp) or interval:N with N 1..1000
// (atoi_err = strtonum(0, INT_MAX), then the range check).
const obscureKeystrokeTimingWord = fixedWord('ssh', 'obscurekeystroketiming');
const obscureKeystrokeTiming: CustomCheck = (d) => {
  const a = d.args[0];
  if (!a) return undefined;
  const v = a.value;
  if (obscureKeystrokeTimingWord(v)) {
    // valid
  } else if (v.startsWith('interval:')) {
    const n = strtonum(v.slice(9), 0, 2147483647);
    if (n === undefined) return problem(a, `${q(a)}: the interval must be a whole number of milliseconds; OpenSSH rejects the line.`);
    if (n <= 0 || n > 1000) return problem(a, `${q(a)}: the interval must be 1 to 1000 milliseconds; OpenSSH rejects the line ("value out of range").`);
  } else {
    return problem(a, `${q(a)} is not yes, no (lower case) or interval:N: OpenSSH rejects the line.`, ['yes', 'no']);
  }
  const b = d.args[1];
  if (b) return problem(b, `${q(b)} is one word too many: this keyword takes one value and OpenSSH rejects the line ("invalid arguments").`);
  return undefined;
};

const ENV_NAME = /^[A-Za-z0-9_]+$/;

/**
 * readconf.c parse_agent_path (oIdentityAgent from V_7_9_P1, oForwardAgent
 * from V_8_2_P1): 7.9 … 8.3 refuse a leading '$' not followed by a valid
 * name (so "${VAR}" too); 8.4 … 10.5 first run dollar_expand(), then refuse a
 * leading '$' (not "${") not followed by a valid name.
 */
function agentPath(a: Token, target: string): ValueProblem | undefined {
  const v = a.value;
  const k = versionKey(target);
  if (k >= V8_4) {
    const why = dollarSyntax(v);
    if (why) return problem(a, `${why} in ${q(a)}: OpenSSH rejects the line ("Invalid environment expansion").`);
    if (v[0] === '$' && v[1] !== '{' && !ENV_NAME.test(v.slice(1))) {
      return problem(a, `${q(a)} starts with "$" but the rest is not a variable name (letters, digits, _): OpenSSH rejects the line. Use \${NAME} inside a path.`);
    }
  } else if (v[0] === '$' && !ENV_NAME.test(v.slice(1))) {
    return problem(a, `${q(a)} starts with "$" but the rest is not a variable name (letters, digits, _): OpenSSH ${target} rejects the line.`);
  }
  return undefined;
}

const forwardAgentWord = fixedWord('ssh', 'forwardagent');

// readconf.c case oForwardAgent: V_7_0_P1 … V_8_1_P1 a flag (strcasecmp);
// V_8_2_P1 … V_10_5_P1 a flag or a socket path checked by parse_agent_path.
const forwardAgent: CustomCheck = (d, target) => {
  const a = d.args[0];
  if (!a) return undefined;
  if (a.value === '') return emptyValue(a);
  if (!forwardAgentWord(a.value)) {
    if (versionKey(target) < V8_2) return problem(a, `${q(a)} is not yes or no: a socket path needs OpenSSH 8.2, and OpenSSH ${target} rejects the line.`, ['yes', 'no']);
    const p = agentPath(a, target);
    if (p) return p;
  }
  return extraArguments(d, 1, versionKey(target));
};

// readconf.c case oIdentityAgent: V_7_3_P1 … V_7_8_P1 parse_string;
// V_7_9_P1 … V_10_5_P1 parse_agent_path.
const identityAgent: CustomCheck = (d, target) => {
  const a = d.args[0];
  if (!a) return undefined;
  if (a.value === '') return emptyValue(a);
  if (versionKey(target) >= V7_9) {
    const p = agentPath(a, target);
    if (p) return p;
  }
  return extraArguments(d, 1, versionKey(target));
};

/** misc.c valid_domain() (readconf.c's own before V_7_7_P1, same rules); a leading '_' is allowed from V_10_0_P1. */
function domainProblem(a: Token, target: string): ValueProblem | undefined {
  const v = a.value;
  if (v === '') return problem(a, 'an empty domain name: OpenSSH rejects the line.');
  const c0 = v[0];
  if (!/[A-Za-z0-9]/.test(c0) && !(c0 === '_' && versionKey(target) >= V10_0)) {
    return problem(a, `domain name ${q(a)} must start with a letter or digit: OpenSSH rejects the line.`);
  }
  if (v.includes('..')) return problem(a, `domain name ${q(a)} has two dots in a row: OpenSSH rejects the line.`);
  if (!/^[A-Za-z0-9._-]*$/.test(v)) return problem(a, `domain name ${q(a)} has a character other than letters, digits, ".", "-" and "_": OpenSSH rejects the line.`);
  return undefined;
}

// readconf.c case oCanonicalDomains: V_7_0_P1 … V_8_6_P1 strdelim loop with
// valid_domain; V_8_7_P1 … V_9_6_P1 adds the empty-word and "none" alone
// checks; V_9_7_P1 … V_10_5_P1 the same refusals ("" fails valid_domain).
const canonicalDomains: CustomCheck = (d, target) => {
  if (versionKey(target) < V8_7) {
    const { end, problem: p } = legacyList(d);
    for (let i = 0; i < end; i++) {
      const dp = domainProblem(d.args[i], target);
      if (dp) return dp;
    }
    return p;
  }
  for (let i = 0; i < d.args.length; i++) {
    const a = d.args[i];
    const p = (a.value !== '' && listWord(d, i, true)) || domainProblem(a, target);
    if (p) return p;
  }
  return undefined;
};

/** One SOURCE:TARGET rule of CanonicalizePermittedCNAMEs: a ':' with something after it, or "*". */
function cnameProblem(a: Token): ValueProblem | undefined {
  if (a.value === '*') return undefined;
  const colon = a.value.indexOf(':');
  if (colon < 0 || colon === a.value.length - 1) {
    return problem(a, `${q(a)} is not a rule: write SOURCE_DOMAINS:TARGET_DOMAINS (or *); OpenSSH rejects the line ("Invalid permitted CNAME").`);
  }
  return undefined;
}

// readconf.c case oCanonicalizePermittedCNAMEs: V_7_0_P1 … V_8_6_P1 strdelim
// loop; V_8_7_P1 argv; V_8_8_P1 … V_10_5_P1 also accepts "none" (any case),
// alone.
const permittedCnames: CustomCheck = (d, target) => {
  const k = versionKey(target);
  if (k < V8_7) {
    const { end, problem: p } = legacyList(d);
    for (let i = 0; i < end; i++) {
      const cp = cnameProblem(d.args[i]);
      if (cp) return cp;
    }
    return p;
  }
  for (let i = 0; i < d.args.length; i++) {
    const a = d.args[i];
    if (k >= V8_8 && a.value.toLowerCase() === 'none') {
      if (d.args.length > 1) return problem(a, `"${a.value}" must be the only word on the line: OpenSSH rejects "none" next to other rules.`);
      continue;
    }
    const p = cnameProblem(a);
    if (p) return p;
  }
  return undefined;
};

// readconf.c case oSendEnv: V_7_0_P1 … V_8_6_P1 strdelim loop refusing a word
// with '=' (only a quoted word can hold one); V_8_7_P1 … V_10_5_P1 also an
// empty word.
const sendEnv: CustomCheck = (d, target) => {
  const legacy = versionKey(target) < V8_7;
  const { end, problem: p } = legacy ? legacyList(d) : { end: d.args.length, problem: undefined };
  for (let i = 0; i < end; i++) {
    const a = d.args[i];
    if (a.value === '') return problem(a, 'an empty variable name: OpenSSH rejects the line ("Invalid environment name").');
    if (a.value.includes('=')) return problem(a, `${q(a)} contains "=": SendEnv takes variable names (set values with SetEnv); OpenSSH rejects the line.`);
  }
  return p;
};

// readconf.c case oLogVerbose: V_8_5_P1 … V_8_6_P1 only read the words
// (`return 0`); V_8_7_P1 … V_10_5_P1 refuse an empty word and "none" not alone.
const logVerbose = charArray;

// readconf.c case oRevokedHostKeys: V_7_0_P1 … V_10_2_P1 parse_string;
// V_10_3_P1 … V_10_5_P1 a list (empty word, "none" not alone).
const revokedHostKeys: CustomCheck = (d, target) => {
  if (versionKey(target) < V10_3) return single(d, target);
  for (let i = 0; i < d.args.length; i++) {
    const p = listWord(d, i, true);
    if (p) return p;
  }
  return undefined;
};

// readconf.c case oInclude: V_7_3_P1 … V_8_6_P1 strdelim loop (stops at an
// empty word, then the garbage check); V_8_7_P1 … V_10_5_P1 refuse an empty
// word. Whether a path may start with '~' depends on the file (user or
// system configuration), so it is not checked here.
const include: CustomCheck = (d, target) => {
  if (versionKey(target) < V8_7) return legacyList(d).problem;
  for (let i = 0; i < d.args.length; i++) {
    const p = listWord(d, i, false);
    if (p) return p;
  }
  return undefined;
};

export const SSH_CLIENT_CHECKS: Record<string, CustomCheck> = {
  // parse_string and the keywords that read one word the same way
  // (readconf.c V_7_0_P1 … V_10_5_P1; Tag from V_9_4_P1, RefuseConnection
  // from V_10_1_P1, whose fatal on an active line is its purpose).
  user: single,
  hostname: single,
  tag: single,
  hostkeyalias: single,
  preferredauthentications: single,
  kbdinteractivedevices: single,
  bindaddress: single,
  bindinterface: single,
  pkcs11provider: single,
  securitykeyprovider: single,
  xauthlocation: single,
  controlpath: single,
  identityfile: single,
  certificatefile: single,
  refuseconnection: single,
  revokedhostkeys: revokedHostKeys,
  globalknownhostsfile: charArray,
  userknownhostsfile: charArray,
  logverbose: logVerbose,
  include,
  escapechar: escapeChar,
  controlpersist: controlPersist,
  tunneldevice: tunnelDevice,
  addkeystoagent: addKeysToAgent,
  obscurekeystroketiming: obscureKeystrokeTiming,
  forwardagent: forwardAgent,
  identityagent: identityAgent,
  canonicaldomains: canonicalDomains,
  canonicalizepermittedcnames: permittedCnames,
  sendenv: sendEnv,
};
