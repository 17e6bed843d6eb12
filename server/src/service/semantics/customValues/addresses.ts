// Value checks for addresses, ports and forwardings (see index.ts).
//
// sshd: ListenAddress, PermitOpen, PermitListen (servconf.c).
// ssh: LocalForward, RemoteForward, DynamicForward, PermitRemoteOpen, ProxyJump
// (readconf.c). Each check follows the helpers of misc.c as they read the value
// at the target release (a2port, hpdelim, cleanhostname, parse_user_host_port,
// parse_uri) and parse_forward() / parse_fwd_field() of readconf.c.
//
// What needs the running system is never reported: a port given as a service
// name (a2port() asks getservbyname() from 7.9), host names (DNS), routing
// domains (the kernel), ${VAR} values (the environment), socket path lengths
// (sizeof sun_path differs between platforms).

import { versionKey } from '../../openssh/version';
import type { Token } from '../../parser/types';
import { strtonum } from '../values';
import { dollarSyntax, extraArguments, problem, type CustomCheck, type ValueProblem } from './types';

const V7_6 = versionKey('7.6');
const V7_7 = versionKey('7.7');
const V7_8 = versionKey('7.8');
const V7_9 = versionKey('7.9');
const V8_0 = versionKey('8.0');
const V8_4 = versionKey('8.4');
const V8_5 = versionKey('8.5');
const V8_7 = versionKey('8.7');
const V8_9 = versionKey('8.9');
const V9_2 = versionKey('9.2');
const V9_7 = versionKey('9.7');
const V10_0 = versionKey('10.0');
const V10_1 = versionKey('10.1');

const REJECTS = 'OpenSSH rejects the line';

// ---------------------------------------------------------------- misc.c helpers

const NUMERIC = /^[ \t\n\v\f\r]*[+-]?\d+$/;
/** Characters no /etc/services name holds (a word with one cannot be a service name). */
const NOT_A_SERVICE = /[:[\]@,\s#]/;

/**
 * misc.c a2port(): a number 0-65535 (strtonum); from 7.9 (V_7_9_P1) also a
 * service name from getservbyname(). Returns the port, -1 when OpenSSH surely
 * refuses it, or undefined when it may be a service name (we cannot know).
 */
function a2port(s: string, k: number): number | undefined {
  if (NUMERIC.test(s)) return strtonum(s, 0, 65535) ?? -1;
  if (k < V7_9 || s === '' || NOT_A_SERVICE.test(s)) return -1;
  return undefined;
}

interface HostPort {
  /** the host field as written (brackets kept) */
  host: string;
  /** what follows the delimiter; undefined when there was none */
  rest: string | undefined;
  delim: '' | ':' | '/';
}

/**
 * misc.c hpdelim2(): a `[...]` field or the text up to the first ':' or '/'.
 * Undefined when a '[' is not closed or its ']' is followed by something else.
 */
function hpdelim2(s: string): HostPort | undefined {
  let i: number;
  if (s.charCodeAt(0) === 91 /* [ */) {
    const e = s.indexOf(']');
    if (e < 0) return undefined;
    i = e + 1;
  } else {
    i = 0;
    while (i < s.length && s[i] !== ':' && s[i] !== '/') i++;
  }
  if (i >= s.length) return { host: s, rest: undefined, delim: '' };
  const c = s[i];
  if (c === ':' || c === '/') return { host: s.slice(0, i), rest: s.slice(i + 1), delim: c };
  return undefined;
}

/**
 * misc.c hpdelim(): as hpdelim2(), but '/' no longer separates host and port from
 * 8.9 (V_8_9_P1); before, hpdelim() took '/' like ':' (V_7_0_P1 … V_8_8_P1).
 */
function hpdelim(s: string, k: number): HostPort | undefined {
  const r = hpdelim2(s);
  return r && r.delim === '/' && k >= V8_9 ? undefined : r;
}

/** misc.c cleanhostname(): drops the brackets of `[host]`. */
function cleanhostname(h: string): string {
  return h.length >= 2 && h[0] === '[' && h[h.length - 1] === ']' ? h.slice(1, -1) : h;
}

/** A port problem for a2port() results that are surely refused (`p` < 1, known). */
const badPort = (p: number | undefined): boolean => p !== undefined && p <= 0;


/** A token covering `a` to `b` (both on the directive's line). */
function spanOf(a: Token, b: Token): Token {
  if (a === b) return a;
  return { line: a.line, start: a.start, end: b.end, text: `${a.text} ${b.text}`, value: `${a.value} ${b.value}`, quoted: a.quoted || b.quoted };
}

const isAnyNone = (v: string): boolean => v === 'any' || v === 'none';
const isAnyNoneCi = (v: string): boolean => v.length <= 4 && (v.toLowerCase() === 'any' || v.toLowerCase() === 'none');

// ---------------------------------------------------------------- sshd

// servconf.c case sListenAddress: V_7_0_P1 (host[:port], bare IPv6), V_7_7_P1 (`rdomain NAME`),
// V_8_0_P1 (hpdelim2 refuses '/'), V_8_7_P1 (argv_split), V_8_9_P1 (hpdelim) … V_10_5_P1 unchanged.
const listenAddress: CustomCheck = (d, target) => {
  const k = versionKey(target);
  const a = d.args[0];
  if (!a) return undefined;
  const v = a.value;
  if (v === '') return problem(a, `an empty address: ${REJECTS} ("missing address").`);
  const colon = v.indexOf(':');
  // A bare IPv6 address (no '[' and two ':' or more) is taken whole, without a port.
  if (v.indexOf('[') >= 0 || colon < 0 || v.indexOf(':', colon + 1) < 0) {
    const hp = hpdelim2(v);
    if (!hp || (hp.delim === '/' && k >= V8_0)) {
      return problem(a, `"${v}" is not an address, address:port or [address]:port: ${REJECTS} ("bad address:port usage").`);
    }
    if (hp.rest !== undefined && badPort(a2port(hp.rest, k))) {
      return problem(a, `"${hp.rest}" is not a port number (1-65535): ${REJECTS} ("bad port number").`);
    }
  }
  let next = 1;
  if (k >= V7_7) {
    const r = d.args[1];
    if (r) {
      if (r.value !== 'rdomain' || !d.args[2]) {
        const msg = `after the address only "rdomain NAME" may follow: ${REJECTS} ("bad ListenAddress syntax").`;
        if (r.value !== 'rdomain' && r.value.toLowerCase() === 'rdomain') return problem(r, `"${r.value}" must be written "rdomain": ${msg}`, ['rdomain']);
        return problem(spanOf(r, d.args[d.args.length - 1]), msg);
      }
      // The routing domain itself is checked against the running kernel (valid_rdomain): not ours to judge.
      next = 3;
    }
  }
  return extraArguments(d, next, k);
};

/** `any` / `none` where OpenSSH reads a host:port (not alone, or not in lower case). */
function anyNoneProblem(t: Token): ValueProblem {
  const v = t.value;
  const low = v.toLowerCase();
  return v === low
    ? problem(t, `"${v}" must be the only value on the line: ${REJECTS}.`)
    : problem(t, `"${v}" must be written "${low}": OpenSSH compares it case-sensitively; ${REJECTS}.`, [low]);
}

type PermitKind = 'open' | 'listen' | 'remoteopen';

/** One host:port word of PermitOpen / PermitListen / PermitRemoteOpen. */
function permitSpec(t: Token, kind: PermitKind, k: number, keyword: string): ValueProblem | undefined {
  const v = t.value;
  let port: string;
  if (kind === 'listen' && v.indexOf(':') < 0) {
    // servconf.c: a bare port for PermitListen means any host ("*:PORT").
    if (isAnyNoneCi(v)) return anyNoneProblem(t);
    port = v;
  } else {
    const hp = hpdelim2(v);
    // '/' separated host and port before 8.0 (servconf.c) but never for PermitRemoteOpen (8.5+).
    const slashBad = kind === 'remoteopen' || k >= V8_0;
    if (!hp || (hp.delim === '/' && slashBad)) {
      return problem(t, `"${v}" is not host:port or [host]:port: ${REJECTS} ("missing host").`);
    }
    if (hp.rest === undefined) {
      if (isAnyNoneCi(v)) return anyNoneProblem(t);
      return problem(t, `"${v}" has no port: write host:port (a port number or *); ${REJECTS} ("bad port number").`);
    }
    port = hp.rest;
  }
  // channels.c / misc.c permitopen_port(): "*" or a2port() > 0.
  if (port !== '*' && badPort(a2port(port, k))) {
    return problem(t, `"${port}" is not a port number (1-65535) or *: ${REJECTS} ("${keyword} bad port number").`);
  }
  return undefined;
}

// servconf.c case sPermitOpen (sPermitListen shares it from V_7_8_P1): V_7_0_P1, V_8_0_P1 (no '/'),
// V_8_7_P1 (argv_split), V_8_9_P1, V_9_7_P1 (any/none only alone, checked per word) … V_10_5_P1 unchanged.
function permitCheck(kind: 'open' | 'listen', keyword: string): CustomCheck {
  return (d, target) => {
    const k = versionKey(target);
    const args = d.args;
    const first = args[0];
    if (!first) return undefined;
    if (k >= V9_7) {
      for (let i = 0; i < args.length; i++) {
        const t = args[i];
        if (isAnyNone(t.value)) {
          if (i > 0) return problem(t, `"${t.value}" must be the only value on the line: ${REJECTS}.`);
          continue;
        }
        const p = permitSpec(t, kind, k, keyword);
        if (p) return p;
      }
      return undefined;
    }
    if (first.value === '') return problem(first, `an empty value: ${REJECTS} ("missing argument").`);
    if (isAnyNone(first.value)) return extraArguments(d, 1, k);
    let i = 0;
    for (; i < args.length && args[i].value !== ''; i++) {
      const p = permitSpec(args[i], kind, k, keyword);
      if (p) return p;
    }
    return i < args.length ? extraArguments(d, i + 1, k) : undefined;
  };
}

export const SSHD_ADDRESS_CHECKS: Record<string, CustomCheck> = {
  listenaddress: listenAddress,
  permitopen: permitCheck('open', 'PermitOpen'),
  permitlisten: permitCheck('listen', 'PermitListen'),
};

// ---------------------------------------------------------------- ssh: forwardings

interface FwdField {
  arg: string;
  ispath: boolean;
}

const SPACE = /^[ \t\n\v\f\r]+/;

/**
 * readconf.c parse_fwd_field() over a whole spec (up to 4 fields). Returns the
 * fields, or a reason when the spec is refused whatever its fields mean.
 */
function fwdFields(spec: string): FwdField[] | string {
  const s = spec.replace(SPACE, '');
  const fields: FwdField[] = [];
  let pos = 0;
  while (fields.length < 4) {
    if (pos >= s.length) return fields;
    if (s[pos] === '[') {
      let ep = pos + 1;
      let ispath = false;
      while (ep < s.length && s[ep] !== ']') {
        if (s[ep] === '/') ispath = true;
        ep++;
      }
      if (ep >= s.length || (ep + 1 < s.length && s[ep + 1] !== ':')) return 'a "[" without its "]", or text after the "]"';
      fields.push({ arg: s.slice(pos + 1, ep), ispath });
      pos = ep + 1 < s.length ? ep + 2 : ep + 1;
      continue;
    }
    let arg = '';
    let ispath = false;
    let q = pos;
    for (; q < s.length; q++) {
      const c = s[q];
      if (c === '\\') {
        if (q + 1 >= s.length) return 'a "\\" at the end';
        arg += s[++q];
        continue;
      }
      if (c === '/') ispath = true;
      else if (c === ':') {
        q++;
        break;
      }
      arg += c;
    }
    // (a ':' ends the field: the loop above stepped past it)
    fields.push({ arg, ispath });
    pos = q;
  }
  return pos < s.length ? 'more than four ":"-separated fields' : fields;
}

/** UTF-8 length above `max`? (readconf.c copies the spec into a 256-byte buffer.) */
function longerThan(s: string, max: number): boolean {
  if (s.length * 3 <= max) return false;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
    if (n > max) return true;
  }
  return false;
}

/**
 * misc.c dollar_expand() (from 8.4) on a spec: null without "${", a reason for a
 * syntax error, undefined for well-formed ${VAR}s (their values depend on the
 * environment: do not judge).
 */
function dollarProblem(spec: string): string | undefined | null {
  return spec.includes('${') ? dollarSyntax(spec) : null;
}

/**
 * readconf.c parse_forward(): why OpenSSH surely refuses this spec, or undefined
 * (accepted, or it depends on a service name lookup).
 */
function forwardProblem(spec: string, dynamic: boolean, remote: boolean, k: number): string | undefined {
  const f = fwdFields(spec);
  if (typeof f === 'string') return f;
  const n = f.length;
  let listenPath = false;
  let connectPath = false;
  let listenPort: string | undefined;
  let connectPort: string | undefined;
  switch (n) {
    case 1:
      if (f[0].ispath) listenPath = true;
      else listenPort = f[0].arg;
      break;
    case 2:
      if (f[0].ispath && f[1].ispath) {
        listenPath = connectPath = true;
      } else if (f[1].ispath) {
        listenPort = f[0].arg;
        connectPath = true;
      } else listenPort = f[1].arg;
      break;
    case 3:
      if (f[0].ispath) {
        listenPath = true;
        connectPort = f[2].arg;
      } else if (f[2].ispath) {
        listenPort = f[1].arg;
        connectPath = true;
      } else {
        listenPort = f[0].arg;
        connectPort = f[2].arg;
      }
      break;
    case 4:
      listenPort = f[1].arg;
      connectPort = f[3].arg;
      break;
    default:
      return 'no value';
  }
  if (dynamic) {
    if (n !== 1 && n !== 2) return 'a dynamic forwarding takes [address:]port or a socket path';
  } else {
    if (n !== 3 && n !== 4 && !connectPath && !listenPath) return 'it needs a listen port and a target host:port (or socket paths)';
    if (!connectPath) {
      if (connectPort === undefined) return 'it needs a target host:port (or socket path)';
      const p = a2port(connectPort, k);
      if (badPort(p)) return `"${connectPort}" is not a port number (1-65535)`;
    }
  }
  if (!listenPath && listenPort !== undefined) {
    const p = a2port(listenPort, k);
    if (p !== undefined && p < 0) return `"${listenPort}" is not a port number`;
    if (!remote && p === 0) return 'port 0 is only for RemoteForward (the server picks a port)';
  }
  return undefined;
}

// readconf.c case oLocalForward / oRemoteForward / oDynamicForward: V_7_0_P1, V_7_6_P1
// (RemoteForward with one argument is a remote dynamic forwarding), V_8_4_P1 (${VAR}
// in parse_forward), V_8_7_P1 (argv_split) … V_10_5_P1 unchanged.
function forwardCheck(opcode: 'local' | 'remote' | 'dynamic'): CustomCheck {
  return (d, target) => {
    const k = versionKey(target);
    const a = d.args[0];
    if (!a) return undefined;
    if (a.value === '') return problem(a, `an empty value: ${REJECTS} ("Missing argument").`);
    const remote = opcode === 'remote';
    let dynamic = opcode === 'dynamic';
    let spec = a.value;
    let next = 1;
    let tok = a;
    if (!dynamic) {
      const b = d.args[1];
      if (!b || b.value === '') {
        if (remote && k >= V7_6) dynamic = true;
        else {
          const what = remote ? '[address:]port host:hostport (one argument needs OpenSSH 7.6)' : '[address:]port host:hostport';
          return problem(b ?? a, `it needs a target after the listen port (${what}): ${REJECTS} ("Missing target argument").`);
        }
        if (b) next = 2;
      } else {
        spec = `${a.value}:${b.value}`;
        next = 2;
        tok = spanOf(a, b);
      }
    }
    // The spec is copied into a 256-byte buffer: a longer one is cut, we do not guess how it reads then.
    if (longerThan(spec, 255)) return extraArguments(d, next, k);
    let why: string | undefined;
    if (k >= V8_4) {
      const dollar = dollarProblem(spec);
      // A well-formed ${VAR} depends on the environment: only the rest of the line is checked.
      if (dollar === undefined) return extraArguments(d, next, k);
      if (dollar !== null) why = dollar;
    }
    why ??= forwardProblem(spec, dynamic, remote, k);
    if (why) return problem(tok, `"${tok.value}" is not a valid forwarding: ${why}; ${REJECTS} ("Bad forwarding specification").`);
    return extraArguments(d, next, k);
  };
}

// readconf.c case oPermitRemoteOpen: V_8_5_P1, V_8_7_P1 (argv_split; first word unchecked until 9.2), V_8_9_P1 (hpdelim),
// V_9_2_P1 (any/none in any case, alone), V_9_4_P1, V_9_7_P1 … V_10_5_P1 (same checks).
const permitRemoteOpen: CustomCheck = (d, target) => {
  const k = versionKey(target);
  const args = d.args;
  const first = args[0];
  if (!first) return undefined;
  if (k >= V9_2) {
    for (let i = 0; i < args.length; i++) {
      const t = args[i];
      if (isAnyNoneCi(t.value)) {
        if (args.length > 1) return problem(t, `"${t.value}" must be the only value on the line: ${REJECTS}.`);
        continue;
      }
      const p = permitSpec(t, 'remoteopen', k, 'PermitRemoteOpen');
      if (p) return p;
    }
    return undefined;
  }
  if (first.value === '') return problem(first, `an empty value: ${REJECTS} ("missing specification").`);
  if (isAnyNone(first.value)) return extraArguments(d, 1, k);
  // V_8_7_P1 … V_9_1_P1: after the any/none test the loop starts with argv_next(), the
  // second word: the first one is never checked (fixed in V_9_2_P1).
  let i = k >= V8_7 ? 1 : 0;
  for (; i < args.length && args[i].value !== ''; i++) {
    const v = args[i].value;
    if (isAnyNoneCi(v)) return problem(args[i], `"${v}" must be written "${v.toLowerCase()}" before OpenSSH 9.2: ${REJECTS}.`, [v.toLowerCase()]);
    const p = permitSpec(args[i], 'remoteopen', k, 'PermitRemoteOpen');
    if (p) return p;
  }
  return i < args.length ? extraArguments(d, i + 1, k) : undefined;
};

// ---------------------------------------------------------------- ssh: ProxyJump

/**
 * misc.c parse_user_host_port(): [user@]host[:port]. The user ends at the first
 * '@' before 7.7 and at the last from V_7_7_P1. Returns a reason, or undefined.
 */
function userHostPort(s: string, k: number): string | undefined {
  const at = k >= V7_7 ? s.lastIndexOf('@') : s.indexOf('@');
  let rest = s;
  if (at >= 0) {
    if (at === 0) return 'an empty user name before "@"';
    rest = s.slice(at + 1);
  }
  const hp = hpdelim(rest, k);
  if (!hp || hp.host === '') return rest === '' ? 'no host' : `"${rest}" is not host, host:port or [host]:port`;
  if (hp.rest !== undefined && hp.rest !== '' && badPort(a2port(hp.rest, k))) return `"${hp.rest}" is not a port number (1-65535)`;
  return undefined;
}

const HEX2 = /^[0-9A-Fa-f]{2}/;

/** misc.c urldecode(): fails on a '%' not followed by two hex digits (and on %00 from 10.1). */
function urlOk(s: string, k: number): boolean {
  for (let i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 3)) {
    const h = s.slice(i + 1, i + 3);
    if (!HEX2.test(h)) return false;
    if (k >= V10_1 && h === '00') return false;
  }
  return true;
}

const DOMAIN_CHAR = /^[A-Za-z0-9._-]*$/;

/**
 * misc.c parse_uri("ssh", …) as parse_ssh_uri() uses it (V_7_7_P1 … unchanged):
 * 1 when `s` is not an ssh:// URI, 0 when it is a good one, or a reason.
 */
function sshUri(s: string, k: number): 0 | 1 | string {
  if (!s.startsWith('ssh://')) return 1;
  let tmp = s.slice(6);
  const at = tmp.indexOf('@');
  if (at >= 0) {
    let user = tmp.slice(0, at);
    const semi = user.indexOf(';');
    if (semi >= 0) user = user.slice(0, semi);
    if (user === '') return 'an empty user name in the ssh:// URI';
    if (!urlOk(user, k)) return 'a "%" not followed by two hex digits in the user name';
    tmp = tmp.slice(at + 1);
  }
  const hp = hpdelim2(tmp);
  if (!hp || hp.host === '') return 'no host in the ssh:// URI';
  const host = cleanhostname(hp.host);
  // misc.c valid_domain(host, 0): non-ASCII depends on the locale: not judged.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(host)) return 0;
  const lead = host.charCodeAt(0);
  const leadOk = (lead >= 48 && lead <= 57) || (lead >= 65 && lead <= 90) || (lead >= 97 && lead <= 122) || (k >= V10_0 && host[0] === '_');
  if (host === '' || !leadOk || !DOMAIN_CHAR.test(host) || host.includes('..')) return `"${host}" is not a host name OpenSSH takes in an ssh:// URI`;
  let rest = hp.rest;
  if (rest !== undefined && rest !== '') {
    if (hp.delim === ':') {
      const slash = rest.indexOf('/');
      const port = slash >= 0 ? rest.slice(0, slash) : rest;
      if (badPort(a2port(port, k))) return `"${port}" is not a port number (1-65535)`;
      rest = slash >= 0 ? rest.slice(slash + 1) : undefined;
    }
    // parse_ssh_uri(): a path is not allowed (nor a bad %-escape in it).
    if (rest !== undefined && rest !== '') return 'an ssh:// URI with a path';
  }
  return 0;
}

/** readconf.c parse_jump() on one hop, per release. */
function hopProblem(hop: string, k: number): string | undefined {
  if (k < V7_7) return userHostPort(hop, k);
  const r = sshUri(hop, k);
  if (typeof r === 'string') return r;
  // V_7_7_P1 … V_8_4_P1 read every hop with parse_user_host_port() too, URIs included.
  if (r === 1 || k < V8_5) return userHostPort(hop, k);
  return undefined;
}

const TRAILING_SPACE = /[ \t\r\n\f]+$/;

// readconf.c case oProxyJump and parse_jump(): V_7_3_P1, V_7_7_P1 (ssh:// URIs), V_7_8_P1
// (none), V_8_5_P1 (URIs read once; '#' cut by read_config_file), V_8_7_P1 ('#' cut in
// parse_jump), V_10_3_P1 (same checks for a config file) … V_10_5_P1.
const proxyJump: CustomCheck = (d, target) => {
  const k = versionKey(target);
  const raw = d.raw;
  if (!raw) return undefined;
  // Before 8.5 nothing cuts a "#" out of an ssh_config line (8.5: read_config_file; 8.7:
  // parse_jump): it is part of the value, as the parser reads those releases ('keep-hash').
  const whole: Token = raw;
  let s = whole.value.replace(TRAILING_SPACE, '');
  if (k >= V7_8 && s.length === 4 && s.toLowerCase() === 'none') return undefined;
  if (k >= V8_5) {
    const cut = s.indexOf('#');
    if (cut >= 0) s = s.slice(0, cut).replace(TRAILING_SPACE, '');
  }
  const hops = s.split(',');
  // parse_jump() reads the hops from the last to the first and stops at the first bad one.
  for (let i = hops.length - 1; i >= 0; i--) {
    const why = hopProblem(hops[i], k);
    if (why) {
      const hop = hops[i];
      const shown = hop === '' ? (hops.length > 1 ? 'an empty hop' : 'no host') : `hop "${hop}": ${why}`;
      return problem(whole.value === s ? whole : { ...whole, end: whole.start + s.length, text: s, value: s }, `${shown}; ${REJECTS} ("Invalid ProxyJump").`);
    }
  }
  return undefined;
};

export const SSH_ADDRESS_CHECKS: Record<string, CustomCheck> = {
  localforward: forwardCheck('local'),
  remoteforward: forwardCheck('remote'),
  dynamicforward: forwardCheck('dynamic'),
  permitremoteopen: permitRemoteOpen,
  proxyjump: proxyJump,
};
