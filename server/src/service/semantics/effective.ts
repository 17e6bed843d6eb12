// The effective configuration for one connection, the way OpenSSH computes it
// (what `ssh -G` and `sshd -T -C …` print), with where each value came from.
//
// ssh (readconf.c read_config_file_depth / process_config_line_depth /
// match_cfg_line, ssh.c main, V_9_2_P1 and V_10_5_P1):
//   - lines are read in order; a `Host` line makes the following lines active
//     when one of its patterns matches the host as given and no negated one
//     does; a `Match` line when every criterion holds;
//   - most options keep the first value obtained; some accumulate;
//   - `Match host` tests the HostName (with %h) when one was set earlier;
//   - `User`/`Port` given on the command line are set before the file is read;
//   - a second ("final") pass re-reads the file when it contains `Match final`
//     or CanonicalizeHostname is on: Host lines then test the (lower-cased)
//     HostName, `Match canonical`/`final` hold, and values already set stay.
// sshd (servconf.c parse_server_config, parse_server_match_config,
// copy_set_server_options, match_cfg_line):
//   - the global lines (and `Match All` blocks) are read once at startup;
//   - per connection the file is read again with only Match-allowed keywords,
//     in the Match blocks that match; what they set replaces the global value.
// Criteria that depend on the machine (sshd Group, ssh exec unless allowed,
// localnetwork) are taken as not matching and reported in `notes`.

import { algorithmKeyword, algorithmsAt, defaultsAt } from '../openssh/algorithms';
import { keywordDoc } from '../openssh/docs';
import { eraAt, keywordResolver, lookupKeyword } from '../openssh/keywords';
import { matchSyntax, parseCidr, parseIPv4, parseIPv6, parsePort, strdelimWords } from '../openssh/match';
import { matchPattern, matchPatternList } from '../openssh/patterns';
import type { FileKind } from '../openssh/types';
import type { ConfigDocument, Directive, Span } from '../parser/types';
import { settingLookup } from '../rules/firstValueWins';
import { fileUri, MAX_INCLUDE_DEPTH, type IncludeGraph } from './include';
import { parseTime } from './time';
import { versionKey } from '../openssh/version';

export interface SshQuery {
  kind: 'ssh';
  /** the host as typed on the command line */
  host: string;
  user?: string;
  port?: number;
  /** the local user running ssh (Match localuser; the default User) */
  localUser?: string;
  /** Match exec: run the command and say whether it exited 0; unset → not run (taken as false) */
  exec?: (command: string) => boolean | undefined;
  /** this machine, for the %-tokens and `~` that ssh -G expands (ControlPath, UserKnownHostsFile…) */
  local?: { homeDir?: string; uid?: number; hostname?: string };
}

export interface SshdQuery {
  kind: 'sshd';
  user?: string;
  host?: string;
  addr?: string;
  laddr?: string;
  lport?: number;
  rdomain?: string;
}

export type EffectiveQuery = SshQuery | SshdQuery;

export interface SourceRef {
  /** file: URI of the file ('' when only the document itself is known) */
  uri: string;
  path?: string;
  span: Span;
}

export interface EffectiveLine {
  /** lower-case keyword as OpenSSH prints it */
  keyword: string;
  value: string;
  /** undefined: given on the command line */
  source?: SourceRef;
}

export interface EffectiveResult {
  lines: EffectiveLine[];
  /** what could not be determined, and other remarks for --explain */
  notes: string[];
  /** ssh: a final pass was made */
  finalPass?: boolean;
}

/** Parse `user=…,host=…,addr=…,laddr=…,lport=…,rdomain=…` like sshd -C (servconf.c parse_server_match_testspec). */
export function parseConnectionSpec(spec: string): SshdQuery | { error: string } {
  const q: SshdQuery = { kind: 'sshd' };
  for (const part of spec.split(',')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const v = eq < 0 ? '' : part.slice(eq + 1);
    if (!v) return { error: `"${key}" needs a value` };
    switch (key) {
      case 'user':
        q.user = v;
        break;
      case 'host':
        q.host = v;
        break;
      case 'addr':
        q.addr = v;
        break;
      case 'laddr':
        q.laddr = v;
        break;
      case 'lport': {
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 65535) return { error: `invalid port "${v}"` };
        q.lport = n;
        break;
      }
      case 'rdomain':
        q.rdomain = v;
        break;
      default:
        return { error: `unknown key "${key}" (user, host, addr, laddr, lport, rdomain)` };
    }
  }
  return q;
}

// ---------------------------------------------------------------- printing

/** Keywords printed on one line with all their values (dump_cfg_strarray_oneline, readconf.c / servconf.c V_9_2_P1). */
const ONE_LINE: Record<FileKind, ReadonlySet<string>> = {
  ssh: new Set(['canonicaldomains', 'globalknownhostsfile', 'userknownhostsfile', 'logverbose', 'permitremoteopen']),
  sshd: new Set(['authorizedkeysfile', 'authenticationmethods', 'logverbose', 'channeltimeout']),
};

/** Keywords printed one line per value (dump_cfg_strarray and friends). */
const PER_VALUE: Record<FileKind, ReadonlySet<string>> = {
  ssh: new Set(['identityfile', 'certificatefile', 'sendenv', 'setenv']),
  sshd: new Set(['hostkey', 'hostcertificate', 'allowusers', 'denyusers', 'allowgroups', 'denygroups', 'acceptenv', 'setenv', 'port']),
};

/**
 * Words OpenSSH prints differently from how they are written: the first name of
 * the option's multistate table (fmt_multistate_int), upper-case log names
 * (log_level_name / log_facility_name), digest names (ssh_digest_alg_name).
 * readconf.c / servconf.c fmt_intarg, V_9_2_P1.
 */
function printedWord(kind: FileKind, key: string, word: string, target: string): string {
  const w = word.toLowerCase();
  if (key === 'loglevel' || key === 'syslogfacility' || key === 'fingerprinthash') return word.toUpperCase();
  if (kind === 'ssh') {
    // multistate tables whose first names are "true"/"false"
    if (SSH_TRUE_FALSE.has(key)) {
      if (w === 'yes' || w === 'true') return 'true';
      if (w === 'no' || w === 'false' || (key === 'stricthostkeychecking' && w === 'off')) return 'false';
    }
    if (w === 'true') return 'yes';
    if (w === 'false') return 'no';
    return w;
  }
  if (key === 'permitrootlogin' && (w === 'without-password' || w === 'prohibit-password'))
    return versionKey(target) >= versionKey('10.1') ? 'prohibit-password' : 'without-password'; // table order swapped in V_10_1_P1
  if (key === 'compression' && w === 'delayed') return 'yes';
  if ((key === 'allowtcpforwarding' || key === 'allowstreamlocalforwarding') && w === 'all') return 'yes';
  return w;
}

const SSH_TRUE_FALSE: ReadonlySet<string> = new Set([
  'verifyhostkeydns', 'updatehostkeys', 'stricthostkeychecking', 'controlmaster', 'tunnel', 'requesttty', 'canonicalizehostname', 'addkeystoagent', 'pubkeyauthentication',
]);

function algorithmValue(kind: FileKind, op: string, value: string, target: string): string | undefined {
  const kw = algorithmKeyword(kind, op, target);
  if (!kw) return undefined;
  const all = kw.listFamily === 'ca' ? algorithmsAt('key', target, { plainOnly: true }) : algorithmsAt(kw.family, target);
  const expand = (list: string) => {
    const out: string[] = [];
    for (const p of list.split(',')) for (const n of all) if (matchPattern(n, p) && !out.includes(n)) out.push(n);
    return out;
  };
  const defaults = defaultsAt(kind, kw.listFamily, target);
  const head = value[0];
  let names: string[];
  if (head === '+') names = [...defaults, ...expand(value.slice(1)).filter((n) => !defaults.includes(n))];
  else if (head === '-') {
    const drop = value.slice(1).split(',');
    names = defaults.filter((n) => !drop.some((p) => matchPattern(n, p)));
  } else if (head === '^') {
    const front = expand(value.slice(1));
    names = [...front, ...defaults.filter((n) => !front.includes(n))];
  } else names = expand(value);
  return names.join(',');
}

/** The values one line gives its option, as `ssh -G` / `sshd -T` print them. */
export function printedValues(kind: FileKind, key: string, d: Directive, target: string): string[] {
  if (d.raw) return [d.raw.value.replace(/\s+$/, '')];
  const doc = keywordDoc(kind, key);
  const spec = doc?.value;
  const args = d.args.map((a) => a.value);
  if (!spec) return [args.join(' ')];
  const first = args[0] ?? '';
  // ssh ControlPersist / AddKeysToAgent: a time is printed in seconds (readconf.c dump_client_config).
  if (kind === 'ssh' && (key === 'controlpersist' || key === 'addkeystoagent')) {
    const t = /^\d/.test(first) ? parseTime(first, target) : undefined;
    if (t?.ok) return [String(Math.trunc(t.seconds))];
    if (key === 'addkeystoagent' && args.length === 1 && !/^(yes|no|true|false|ask|confirm)$/i.test(first)) {
      const t2 = parseTime(first, target);
      if (t2.ok) return [String(Math.trunc(t2.seconds))];
    }
    return [printedWord(kind, key, first, target)];
  }
  // RekeyLimit: bytes (scan_scaled K/M/G) and seconds, `default`/`none` → 0 (readconf.c / servconf.c case *RekeyLimit, dump_*config).
  if (key === 'rekeylimit') {
    const m = /^(\d+)([KMG]?)$/i.exec(first);
    const bytes = first === 'default' ? '0' : m ? String(Number(m[1]) * 1024 ** ' KMG'.indexOf((m[2] || ' ').toUpperCase())) : first;
    const second = args[1];
    let secs = '0';
    if (second !== undefined && second !== 'none' && second !== 'default') {
      const t = parseTime(second, target);
      secs = t.ok ? String(Math.trunc(t.seconds)) : second;
    }
    return [`${bytes} ${secs}`];
  }
  // ssh_config takes true/false for yes/no wherever a flag is read (readconf.c multistate_flag).
  if (kind === 'ssh' && args.length === 1 && /^(true|false)$/i.test(first) && spec.kind !== 'path' && spec.kind !== 'text') return [printedWord(kind, key, first, target)];
  switch (spec.kind) {
    case 'flag':
      return [printedWord(kind, key, first, target)];
    case 'enum':
      return [spec.caseSensitive ? first : printedWord(kind, key, first, target)];
    case 'time': {
      if (first === 'none') return ['none'];
      const t = parseTime(first, target);
      return [t.ok ? String(Math.trunc(t.seconds)) : first];
    }
    case 'integer':
    case 'port':
      return [/^\d+$/.test(first) ? String(Number(first)) : first];
    case 'algorithms': {
      const info = lookupKeyword(kind, key);
      const era = info && eraAt(info.facts, target);
      return [(era && algorithmValue(kind, era.op, first, target)) ?? first];
    }
    case 'list':
      return spec.separator === 'space' ? args : [args.join(' ')];
    default:
      return [args.join(' ')];
  }
}

// ---------------------------------------------------------------- store

interface Stored {
  /** printed values, each with its line */
  values: { value: string; source?: SourceRef }[];
  /** per-name keywords: the names already set */
  names?: Set<string>;
}

class Store {
  readonly map = new Map<string, Stored>();
  has(key: string): boolean {
    return this.map.has(key);
  }
  set(key: string, values: string[], source?: SourceRef): void {
    this.map.set(key, { values: values.map((value) => ({ value, source })) });
  }
  add(key: string, values: string[], source?: SourceRef): void {
    const s = this.map.get(key);
    if (s) s.values.push(...values.map((value) => ({ value, source })));
    else this.set(key, values, source);
  }
}

// ---------------------------------------------------------------- evaluation

interface Walk {
  kind: FileKind;
  graph?: IncludeGraph;
  notes: Set<string>;
  /** called for a line that applies; `active` for ssh SyslogFacility-like keywords that ignore scope */
  apply(d: Directive, source: SourceRef, active: boolean): void;
  /** evaluates a Host/Match line */
  header(d: Directive, doc: ConfigDocument, source: SourceRef): boolean;
}

function sourceOf(uri: string, path: string | undefined, d: Directive): SourceRef {
  return { uri, path, span: { line: d.line, start: d.start, end: d.end } };
}

/**
 * `never`: an Include in an inactive block makes the included Host/Match lines
 * never match (readconf.c SSHCONF_NEVERMATCH; servconf.c SSHCFG_NEVERMATCH).
 * `matchOnly`: sshd's per-connection pass (SSHCFG_MATCH_ONLY, servconf.c
 * parse_server_match_config). Each file keeps its own flags: MATCH_ONLY holds
 * until the file's first Match line (sMatch clears it), and while it holds an
 * Include hands MATCH_ONLY on; after it, an Include in an inactive block hands
 * on SSHCFG_NEVERMATCH (servconf.c sInclude, V_9_2_P1 2174-2176).
 */
function walkFile(w: Walk, doc: ConfigDocument, uri: string, path: string | undefined, depth: number, never: boolean, state: { active: boolean }, matchOnly = false): void {
  const file = path !== undefined ? w.graph?.files.get(path) : undefined;
  let onlyMatch = matchOnly;
  for (const d of doc.directives) {
    const src = sourceOf(uri, path, d);
    if (d.name === 'match' || (w.kind === 'ssh' && d.name === 'host')) {
      const v = w.header(d, doc, src);
      state.active = never ? false : v;
      onlyMatch = false;
      continue;
    }
    if (d.name === 'include') {
      const oactive = state.active;
      for (const arg of file?.includes.filter((a) => a.directive === d) ?? []) {
        for (const m of arg.matches) {
          const child = w.graph?.files.get(m);
          if (!child?.doc) continue;
          if (depth + 1 > MAX_INCLUDE_DEPTH) {
            w.notes.add(`Includes nest deeper than ${MAX_INCLUDE_DEPTH} (a cycle?): OpenSSH stops with "Too many recursive configuration includes"; the rest is not evaluated.`);
            continue;
          }
          const childNever = onlyMatch ? false : never || !oactive;
          walkFile(w, child.doc, child.uri, child.path, depth + 1, childNever, state, onlyMatch);
          state.active = oactive;
        }
      }
      continue;
    }
    w.apply(d, src, state.active);
  }
}

function matchWords(doc: ConfigDocument, d: Directive, kind: FileKind, target: string): string[] {
  const syn = matchSyntax(kind, target);
  let words: string[];
  if (syn.tokenizer === 'argv') words = d.args.map((a) => a.value);
  else {
    let text = doc.lineText(d.line);
    if (syn.comments === 'line' && text.indexOf('#', d.keyword.end) >= 0) text = text.slice(0, text.indexOf('#', d.keyword.end));
    words = strdelimWords(text, d.line, d.keyword.start).words.slice(1).map((x) => x.value);
  }
  const out: string[] = [];
  for (const wd of words) {
    if (wd.startsWith('#')) break;
    const eq = wd.indexOf('=');
    if (eq > 0 && syn.equals === 'listed') out.push(wd.slice(0, eq), wd.slice(eq + 1));
    else out.push(wd);
  }
  return out;
}

function addrBytes(a: string): number[] | undefined {
  return parseIPv4(a) && /^\d+\.\d+\.\d+\.\d+$/.test(a) ? parseIPv4(a) : parseIPv6(a);
}

/** addrmatch.c addr_match_list(): 1 match, 0 none, -1 a negated entry matched. */
export function addrMatchList(addr: string, list: string): 1 | 0 | -1 {
  const bytes = addrBytes(addr);
  let ret: 1 | 0 = 0;
  for (const raw of list.split(',')) {
    const neg = raw.startsWith('!');
    const e = neg ? raw.slice(1) : raw;
    const c = parseCidr(e);
    let hit: boolean;
    if (c.ok) {
      hit = !!bytes && bytes.length === c.bytes.length && bytes.every((b, i) => {
        const keep = Math.max(0, Math.min(8, c.masklen - i * 8));
        const mask = (0xff << (8 - keep)) & 0xff;
        return (b & mask) === (c.bytes[i] & mask);
      });
    } else if (c.code === -1) hit = matchPattern(addr, e);
    else return -1;
    if (hit) {
      if (neg) return -1;
      ret = 1;
    }
  }
  return ret;
}

function sshdMatch(q: SshdQuery | undefined, words: string[], notes: Set<string>, where: string): boolean {
  let result = true;
  for (let i = 0; i < words.length; i++) {
    const attrib = words[i].toLowerCase();
    if (attrib === 'all') return result;
    const arg = words[++i];
    if (arg === undefined) return false;
    if (!q) {
      result = false;
      continue;
    }
    switch (attrib) {
      case 'user':
        if (q.user === undefined || matchPatternList(q.user, arg) !== 1) result = false;
        break;
      case 'group':
        notes.add(`${where}: Match Group needs the user's groups from the system, which are not looked up here; taken as not matching.`);
        result = false;
        break;
      case 'host':
        if (q.host === undefined || matchPatternList(q.host, arg, true) !== 1) result = false;
        break;
      case 'address':
        if (q.addr === undefined || addrMatchList(q.addr, arg) !== 1) result = false;
        break;
      case 'localaddress':
        if (q.laddr === undefined || addrMatchList(q.laddr, arg) !== 1) result = false;
        break;
      case 'localport': {
        const p = parsePort(arg, true);
        if (p && 'service' in p) notes.add(`${where}: LocalPort ${arg} is a service name; not looked up here, taken as not matching.`);
        if (q.lport === undefined || !p || !('port' in p) || p.port !== q.lport) result = false;
        break;
      }
      case 'rdomain':
        if (q.rdomain === undefined || matchPatternList(q.rdomain, arg) !== 1) result = false;
        break;
      default:
        notes.add(`${where}: Match ${words[i - 1]} is not evaluated here; taken as not matching.`);
        result = false;
    }
  }
  return result;
}

// ---------------------------------------------------------------- entry

export interface EffectiveOptions {
  target: string;
  /** the followed Includes of the document (no Includes are read without it) */
  graph?: IncludeGraph;
  /** the uri of the document (for sources) */
  uri?: string;
}

export function effective(doc: ConfigDocument, query: EffectiveQuery, opts: EffectiveOptions): EffectiveResult {
  return doc.kind === 'sshd' && query.kind === 'sshd' ? sshdEffective(doc, query, opts) : sshEffective(doc, query as SshQuery, opts);
}

function rootOf(opts: EffectiveOptions): { uri: string; path?: string } {
  if (opts.graph) return { uri: fileUri(opts.graph.root), path: opts.graph.root };
  return { uri: opts.uri ?? '' };
}

const where = (s: SourceRef) => `${s.path ?? s.uri ?? 'line'}:${s.span.line + 1}`;

function sshdEffective(doc: ConfigDocument, q: SshdQuery, opts: EffectiveOptions): EffectiveResult {
  const { target } = opts;
  const setting = settingLookup('sshd', target, false);
  const resolve = keywordResolver('sshd', target);
  const notes = new Set<string>();
  const root = rootOf(opts);
  const run = (store: Store, query: SshdQuery | undefined, matchOnly: boolean) => {
    const w: Walk = {
      kind: 'sshd',
      graph: opts.graph,
      notes,
      header: (d, hdoc, src) => sshdMatch(query, matchWords(hdoc, d, 'sshd', target), notes, where(src)),
      apply(d, src, active) {
        if (!active) return;
        const s = setting(d);
        if (!s || !s.sets) return;
        if (matchOnly && resolve(d.name).era?.matchAllowed !== true) return;
        applySetting(store, 'sshd', s.key, s.repeat, d, src, target);
      },
    };
    walkFile(w, doc, root.uri, root.path, 0, false, { active: !matchOnly }, matchOnly);
  };
  const main = new Store();
  run(main, undefined, false);
  const mo = new Store();
  run(mo, q, true);
  for (const [k, v] of mo.map) main.map.set(k, v);
  listenAddresses(main);
  return { lines: toLines(main), notes: [...notes] };
}

/**
 * sshd -T prints each ListenAddress with its port: an address without one is
 * listed once per Port (servconf.c add_listen_addr, dump_config: "%s:%s", IPv6 in brackets).
 */
function listenAddresses(store: Store): void {
  const la = store.map.get('listenaddress');
  if (!la) return;
  const ports = store.map.get('port')?.values.map((v) => v.value) ?? ['22'];
  const out: Stored['values'] = [];
  for (const v of la.values) {
    const word = v.value.split(' ')[0];
    let addr = word;
    let port: string | undefined;
    const br = /^\[(.*)\]:(\d+)$/.exec(word);
    if (br) [addr, port] = [br[1], br[2]];
    else if (/^[^:]*:\d+$/.test(word)) [addr, port] = word.split(':');
    const show = (p: string) => (addr.includes(':') ? `[${addr}]:${p}` : `${addr}:${p}`);
    for (const p of port ? [port] : ports) out.push({ value: show(p), source: v.source });
  }
  la.values = out;
}

function applySetting(store: Store, kind: FileKind, key: string, repeat: string | undefined, d: Directive, src: SourceRef, target: string): void {
  const values = printedValues(kind, key, d, target);
  switch (repeat) {
    case 'accumulate':
      store.add(key, values, src);
      return;
    case 'last-wins':
      store.set(key, values, src);
      return;
    case 'per-name': {
      const name = d.args[0]?.value.split('=')[0] ?? '';
      const s = store.map.get(key);
      if (s?.names?.has(name)) return;
      store.add(key, values, src);
      (store.map.get(key)!.names ??= new Set()).add(name);
      return;
    }
    default:
      if (!store.has(key)) store.set(key, values, src);
  }
}

function toLines(store: Store): EffectiveLine[] {
  return [...store.map.entries()].flatMap(([keyword, s]) => s.values.map((v) => ({ keyword, value: v.value, source: v.source })));
}

function sshEffective(doc: ConfigDocument, q: SshQuery, opts: EffectiveOptions): EffectiveResult {
  const { target } = opts;
  const setting = settingLookup('ssh', target, false);
  const notes = new Set<string>();
  const root = rootOf(opts);
  const store = new Store();
  // ssh.c: -l / user@host and -p are set before any file is read.
  if (q.user !== undefined) store.set('user', [q.user]);
  if (q.port !== undefined) store.set('port', [String(q.port)]);
  const rawHostName = new Map<string, string>();
  let wantFinal = false;
  let finalHost = '';
  const hostNameNow = (final: boolean): string => {
    const hn = rawHostName.get('hostname');
    if (final) return finalHost;
    return hn !== undefined ? percentH(hn, q.host) : q.host;
  };
  const userNow = () => store.map.get('user')?.values[0]?.value ?? q.localUser ?? '';
  const pass = (final: boolean) => {
    const hostForHostLines = final ? finalHost : q.host;
    const w: Walk = {
      kind: 'ssh',
      graph: opts.graph,
      notes,
      header(d, hdoc, src) {
        if (d.name === 'host') return hostLineMatches(hostForHostLines, d.args.map((a) => a.value));
        const words = matchWords(hdoc, d, 'ssh', target);
        const r = sshMatch(words, { final, host: hostNameNow(final), original: q.host, user: userNow(), q, notes, where: where(src) });
        if (r.wantFinal) wantFinal = true;
        return r.result;
      },
      apply(d, src, active) {
        const s = setting(d);
        if (!s || !s.sets) return;
        if (!active && s.repeat !== 'file-wide-first-wins') return;
        if (s.key === 'hostname' && !rawHostName.has('hostname')) rawHostName.set('hostname', d.args[0]?.value ?? '');
        if (s.key === 'canonicalizehostname' && !store.has(s.key)) {
          const v = (d.args[0]?.value ?? '').toLowerCase();
          if (v !== 'no' && v !== 'false') wantFinal = true;
        }
        applySetting(store, 'ssh', s.key, s.repeat, d, src, target);
      },
    };
    walkFile(w, doc, root.uri, root.path, 0, false, { active: true });
  };
  pass(false);
  // ssh.c: the HostName (with %h) replaces the host; names (not addresses) are lower-cased.
  const hn = rawHostName.get('hostname');
  finalHost = hn !== undefined ? percentH(hn, q.host) : q.host;
  if (!addrBytes(finalHost)) finalHost = finalHost.toLowerCase();
  if (wantFinal) {
    if (store.has('canonicalizehostname') && !/^(no|false)$/i.test(store.map.get('canonicalizehostname')!.values[0].value))
      notes.add('CanonicalizeHostname is on: ssh would look the name up in the DNS first; here the final pass uses the HostName as it is.');
    pass(true);
  }
  const hostLine = store.map.get('hostname');
  if (hostLine) hostLine.values = hostLine.values.map((v) => ({ ...v, value: finalHost }));
  expandClientPaths(store, q, finalHost, notes);
  return { lines: toLines(store), notes: [...notes], finalPass: wantFinal };
}

/** %h in HostName (and %% → %): readconf.c / ssh.c percent_expand(hostname, "h", host). */
function percentH(value: string, host: string): string {
  return value.replace(/%([%h])/g, (_m, c: string) => (c === 'h' ? host : '%'));
}

/** readconf.c case oHost: active when a pattern matches and no negated pattern does. */
export function hostLineMatches(host: string, patterns: string[]): boolean {
  let active = false;
  for (const p of patterns) {
    if (p.startsWith('#')) break;
    const neg = p.startsWith('!');
    if (matchPattern(host, neg ? p.slice(1) : p)) {
      if (neg) return false;
      active = true;
    }
  }
  return active;
}

function sshMatch(
  words: string[],
  c: { final: boolean; host: string; original: string; user: string; q: SshQuery; notes: Set<string>; where: string },
): { result: boolean; wantFinal: boolean } {
  let result = true;
  let wantFinal = false;
  for (let i = 0; i < words.length; i++) {
    let attrib = words[i];
    const negate = attrib.startsWith('!');
    if (negate) attrib = attrib.slice(1);
    const a = attrib.toLowerCase();
    if (a === 'all') return { result: result && !negate, wantFinal };
    if (a === 'canonical' || a === 'final') {
      if (a === 'final') wantFinal = true;
      if (c.final === negate) result = false;
      continue;
    }
    const arg = words[++i] ?? '';
    let r: boolean | undefined;
    switch (a) {
      case 'host':
        r = matchPatternList(c.host, arg, true) === 1;
        break;
      case 'originalhost':
        r = matchPatternList(c.original, arg, true) === 1;
        break;
      case 'user':
        r = matchPatternList(c.user, arg) === 1;
        break;
      case 'localuser':
        if (c.q.localUser === undefined) c.notes.add(`${c.where}: the local user is unknown; Match localuser taken as not matching.`);
        r = c.q.localUser !== undefined && matchPatternList(c.q.localUser, arg) === 1;
        break;
      case 'exec':
        if (!result) continue; // readconf.c: skipped when an earlier criterion failed
        r = c.q.exec?.(arg);
        if (r === undefined) {
          c.notes.add(`${c.where}: Match exec "${arg}" was not run (allow it explicitly); taken as false.`);
          r = false;
        }
        break;
      case 'localnetwork':
        c.notes.add(`${c.where}: Match localnetwork depends on this machine's interfaces; taken as not matching.`);
        r = false;
        break;
      default:
        c.notes.add(`${c.where}: Match ${attrib} is not evaluated here; taken as not matching.`);
        r = false;
    }
    if (r === negate) result = false;
  }
  return { result, wantFinal };
}

/** `keyword value` lines, as ssh -G / sshd -T print them; `explain` adds `# from FILE:LINE`. */
export function formatEffective(r: EffectiveResult, kind: FileKind, explain = false): string {
  const lines: string[] = [];
  const groups = new Map<string, EffectiveLine[]>();
  for (const l of r.lines) {
    let g = groups.get(l.keyword);
    if (!g) groups.set(l.keyword, (g = []));
    g.push(l);
  }
  const from = (ls: EffectiveLine[]) => {
    if (!explain) return '';
    const srcs = [...new Set(ls.map((l) => (l.source ? `${l.source.path ?? l.source.uri}:${l.source.span.line + 1}` : 'command line')))];
    return `\t# from ${srcs.join(', ')}`;
  };
  for (const [kw, ls] of groups) {
    if (ONE_LINE[kind].has(kw)) lines.push(`${kw} ${ls.map((l) => l.value).join(' ')}${from(ls)}`);
    else for (const l of ls) lines.push(`${kw} ${l.value}${from([l])}`);
  }
  if (explain) for (const n of r.notes) lines.push(`# note: ${n}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Is the keyword printed one value per line (sshd -T / ssh -G)? Exported for tests. */
export function printedPerValue(kind: FileKind, keyword: string): boolean {
  return PER_VALUE[kind].has(keyword);
}

/**
 * ssh.c (V_9_2_P1, before dump_client_config): ControlPath, IdentityAgent,
 * ForwardAgent (a path), UserKnownHostsFile get `~` and the %-tokens expanded,
 * RemoteCommand the %-tokens. Values with a token that cannot be known here
 * (%C, %i, %k, %L, %l, %j without the data, ${VAR}) are left as written, with a note.
 */
function expandClientPaths(store: Store, q: SshQuery, host: string, notes: Set<string>): void {
  const port = store.map.get('port')?.values[0]?.value ?? String(q.port ?? 22);
  const user = store.map.get('user')?.values[0]?.value ?? q.localUser;
  const home = q.local?.homeDir;
  const tokens: Record<string, string | undefined> = {
    '%': '%',
    h: host,
    n: q.host,
    p: port,
    r: user,
    u: q.localUser,
    d: home,
    i: q.local?.uid !== undefined ? String(q.local.uid) : undefined,
    l: q.local?.hostname,
    L: q.local?.hostname?.split('.')[0],
    k: store.map.get('hostkeyalias')?.values[0]?.value ?? q.host,
  };
  const expand = (value: string, tilde: boolean, keyword: string): string => {
    let v = value;
    if (tilde && (v === '~' || v.startsWith('~/'))) {
      if (!home) return value;
      v = home + v.slice(1);
    }
    let unknown = false;
    v = v.replace(/%(.)/g, (m, c: string) => {
      const t = tokens[c];
      if (t === undefined) unknown = true;
      return t ?? m;
    });
    if (unknown || /\$\{/.test(v)) {
      notes.add(`${keyword}: ssh -G prints it with its %-tokens and \${VAR} expanded; some of them are not known here, so it is shown as written.`);
      return value;
    }
    return v;
  };
  for (const key of ['controlpath', 'identityagent', 'userknownhostsfile', 'remotecommand']) {
    const s = store.map.get(key);
    if (!s) continue;
    s.values = s.values.map((x) => {
      if (key !== 'remotecommand' && x.value === 'none') return x;
      const parts = key === 'userknownhostsfile' ? x.value.split(' ') : [x.value];
      return { ...x, value: parts.map((p) => expand(p, key !== 'remotecommand', key)).join(' ') };
    });
  }
  const fa = store.map.get('forwardagent');
  if (fa) fa.values = fa.values.map((x) => (/^(yes|no)$/.test(x.value) ? x : { ...x, value: expand(x.value, true, 'forwardagent') }));
}
