// What the connection-limit and timeout keywords other than the keepalives do
// in a file, computed from the file's lines, its Match/Host blocks and the
// target release. Hover shows the markdown; tests and inlay hints read the
// numbers.
//
// Facts (openssh-portable, tag named per item; FACTS.md §4, §7):
// - LoginGraceTime (sshd, global): default 120 s (servconf.c fill_default_server_options),
//   0 = no limit, first value wins (parse_time: `*activep && *intptr == -1`). Since 9.9 a
//   random 0–4 s is added to the alarm (sshd-session.c, V_9_9_P1). The alarm handler was
//   rewritten to be signal-safe in 9.8 (commit d6bcd1329). Expiry counts as a
//   `grace-exceeded` penalty from 9.8; 9.8 and 9.9 charge the `crash` amount for it
//   (srclimit.c srclimit_penalise, fixed in V_10_0_P1).
// - MaxStartups (sshd, global): start:rate:full, default 10:30:100. sshd.c
//   should_drop_connection(): with `pending` unauthenticated connections, a new one is
//   accepted below start, refused at or above full, and otherwise refused with
//   probability rate + (100 − rate) × (pending − start) / (full − start) percent.
//   Before 10.1 a single N means N:30:N (start = full = N) and the LAST line wins (no
//   `*activep` check); from 10.1 (commit 683d0abe5) the first line wins and a single N only
//   sets full (start and rate keep 10 and 30, sshd -T shows 10:30:N).
// - PerSourcePenalties (sshd, global, 9.8): on by default. Sub-keywords and defaults from
//   servconf.c of each tag: crash 90, authfail 5, noauth 1, grace-exceeded 20 (9.8) / 10
//   (9.9+), refuseconnection 10 (9.9+), invaliduser 5 (10.3+), min 15, max 600,
//   max-sources4/6 65536, overflow/overflow6 permissive. Each sub-keyword is first-wins;
//   any sub-keyword turns penalties on, even after `no` (servconf.c sPerSourcePenalties).
//   srclimit.c: penalties of one source (PerSourceNetBlockSize) add up, capped at max, and
//   the source is refused only while more than min seconds are outstanding.
//   PerSourcePenaltyExemptList: first wins (`*charptr == NULL`).
// - ConnectTimeout (ssh): one budget for the TCP connect, and what is left of it for the
//   server's version banner (sshconnect.c ssh_login → kex_exchange_identification, every
//   tag from 7.0); the key exchange after that has no timer of its own in the source
//   (sshconnect2.c has none), only the packet timeout ssh.c sets from ServerAliveInterval ×
//   ServerAliveCountMax before ssh_login() (ssh_packet_set_timeout, V_10_5_P1 ssh.c:1714).
//   From 8.0 each address/attempt gets the full budget again (`saved_timeout_ms`); before,
//   attempts shared it. Unset: the kernel's TCP connect timeout. Since 9.4 also bounds the
//   wait on a ControlMaster socket (mux.c).
// - ChannelTimeout / UnusedConnectionTimeout: FACTS.md §4 and openssh/channels.ts.

import {
  CLIENT_SESSION_XTYPE_SINCE,
  GLOBAL_SINCE,
  MATCH_APPLIED_SINCE,
  SESSION_RELABEL_FIXED,
  matchPattern,
} from '../openssh/channels';
import { versionKey } from '../openssh/version';
import { sectionAlwaysApplies } from '../parser/sections';
import type { ConfigDocument, Directive, Section } from '../parser/types';
import { humanDuration, parseTime } from './time';

const at = (target: string, release: string) => versionKey(target) >= versionKey(release);

function firstIn(directives: readonly Directive[], name: string): Directive | undefined {
  return directives.find((d) => d.name === name && d.args.length > 0);
}

/** ssh: the first line in file order among the sections that apply to `section`'s hosts. */
function sshFirst(doc: ConfigDocument, section: Section, name: string): Directive | undefined {
  const applying = doc.sections.filter((s) => s === section || sectionAlwaysApplies(s));
  return firstIn(applying.flatMap((s) => s.directives).sort((a, b) => a.line - b.line), name);
}

function seconds(text: string, target: string): number | undefined {
  const r = parseTime(text, target);
  return r.ok ? Math.trunc(r.seconds) : undefined;
}

const dur = (s: number) => (s < 60 ? `${s} s` : humanDuration(s));
const lineRef = (d: Directive | undefined) => (d ? `line ${d.line + 1}` : 'the default');

// ---------------------------------------------------------------- LoginGraceTime

export interface LoginGrace {
  /** 0: no limit */
  seconds: number;
  from?: Directive;
  /** sshd adds a random 0–4 s (9.9+) */
  jitter: boolean;
}

export const LOGIN_GRACE_DEFAULT = 120;

export function loginGrace(doc: ConfigDocument, target: string): LoginGrace {
  const from = firstIn(doc.sections[0].directives, 'logingracetime');
  const s = from ? seconds(from.args[0].value, target) : undefined;
  return { seconds: s ?? LOGIN_GRACE_DEFAULT, from: s === undefined ? undefined : from, jitter: at(target, '9.9') };
}

// ---------------------------------------------------------------- MaxStartups

export interface Startups {
  start: number;
  rate: number;
  full: number;
  from?: Directive;
  /** other MaxStartups lines that do not count */
  ignored: Directive[];
  /** a single number was written */
  single: boolean;
}

function parseStartups(v: string, target: string): Omit<Startups, 'from' | 'ignored'> | undefined {
  let m = /^(\d+):(\d+):(\d+)$/.exec(v);
  if (m) {
    const [start, rate, full] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (start > full || rate < 1 || rate > 100 || start <= 0 || full <= 0) return undefined;
    return { start, rate, full, single: false };
  }
  m = /^(\d+)$/.exec(v);
  if (!m || Number(m[1]) <= 0) return undefined;
  const n = Number(m[1]);
  return at(target, '10.1') ? { start: 10, rate: 30, full: n, single: true } : { start: n, rate: 30, full: n, single: true };
}

export function maxStartups(doc: ConfigDocument, target: string): Startups {
  const lines = doc.sections[0].directives.filter((d) => d.name === 'maxstartups' && d.args.length > 0);
  const valid = lines.filter((d) => parseStartups(d.args[0].value, target));
  const from = at(target, '10.1') ? valid[0] : valid[valid.length - 1];
  const v = from && parseStartups(from.args[0].value, target);
  const base = v ?? { start: 10, rate: 30, full: 100, single: false };
  return { ...base, from, ignored: lines.filter((d) => d !== from) };
}

/** The chance (percent, 0–100) that sshd refuses a new connection while `pending` unauthenticated ones are open. */
export function refusalPercent(s: Pick<Startups, 'start' | 'rate' | 'full'>, pending: number): number {
  if (pending < s.start) return 0;
  if (pending >= s.full || s.rate === 100) return 100;
  return Math.trunc(((100 - s.rate) * (pending - s.start)) / (s.full - s.start)) + s.rate;
}

// ---------------------------------------------------------------- PerSourcePenalties

export interface PenaltyEntry {
  key: string;
  /** seconds, or a count for max-sources4/6, or the word for overflow */
  value: number | string;
  default: number | string;
  from?: Directive;
  meaning: string;
}

export interface Penalties {
  /** the target has PerSourcePenalties at all (9.8+) */
  available: boolean;
  enabled: boolean;
  enabledFrom?: Directive;
  entries: PenaltyEntry[];
  exempt?: string;
  exemptFrom?: Directive;
}

function penaltyKeys(target: string): { key: string; def: number | string; meaning: string }[] {
  const keys: { key: string; def: number | string; meaning: string }[] = [
    { key: 'crash', def: 90, meaning: 'a connection that made sshd crash' },
    { key: 'authfail', def: 5, meaning: 'a connection that ended after failed authentication' },
  ];
  if (at(target, '10.3')) keys.push({ key: 'invaliduser', def: 5, meaning: 'a login attempt for a user that does not exist' });
  keys.push({ key: 'noauth', def: 1, meaning: 'a connection that closed without trying to authenticate' });
  keys.push({
    key: 'grace-exceeded',
    def: at(target, '9.9') ? 10 : 20,
    meaning: at(target, '10.0')
      ? 'a connection that ran out of LoginGraceTime'
      : `a connection that ran out of LoginGraceTime (OpenSSH ${target} actually charges the crash amount for it, fixed in 10.0)`,
  });
  if (at(target, '9.9')) keys.push({ key: 'refuseconnection', def: 10, meaning: 'a connection refused by RefuseConnection' });
  keys.push(
    { key: 'min', def: 15, meaning: 'a source is only refused while more than this much penalty is outstanding' },
    { key: 'max', def: 600, meaning: 'penalties of one source add up to at most this' },
    { key: 'max-sources4', def: 65536, meaning: 'IPv4 sources tracked at most' },
    { key: 'max-sources6', def: 65536, meaning: 'IPv6 sources tracked at most' },
    { key: 'overflow', def: 'permissive', meaning: 'when the IPv4 table is full: drop old entries (permissive) or refuse everyone (deny-all)' },
    { key: 'overflow6', def: 'permissive', meaning: 'the same for IPv6 (default: as overflow)' },
  );
  return keys;
}

export function perSourcePenalties(doc: ConfigDocument, target: string): Penalties {
  const available = at(target, '9.8');
  const keys = penaltyKeys(target);
  const set = new Map<string, { value: number | string; from: Directive }>();
  let enabled: boolean | undefined;
  let enabledFrom: Directive | undefined;
  let anyKey = false;
  let exempt: string | undefined;
  let exemptFrom: Directive | undefined;
  for (const d of doc.sections[0].directives) {
    if (d.name === 'persourcepenaltyexemptlist' && d.args.length && exempt === undefined) {
      exempt = d.args[0].value;
      exemptFrom = d;
    }
    if (d.name !== 'persourcepenalties') continue;
    for (const a of d.args) {
      const w = a.value;
      if (/^(yes|no)$/i.test(w)) {
        if (enabled === undefined) {
          enabled = w.toLowerCase() === 'yes';
          enabledFrom = d;
        }
        continue;
      }
      const colon = w.indexOf(':');
      if (colon < 0) continue;
      const key = w.slice(0, colon);
      const raw = w.slice(colon + 1);
      if (!keys.some((k) => k.key === key) || set.has(key)) continue;
      let value: number | string | undefined;
      if (key === 'overflow' || key === 'overflow6') value = raw === 'deny-all' || raw === 'permissive' ? raw : undefined;
      else if (key.startsWith('max-sources')) value = /^\d+$/.test(raw) ? Number(raw) : undefined;
      else {
        const r = parseTime(raw, target);
        value = r.ok ? r.seconds : undefined;
      }
      if (value === undefined) continue;
      set.set(key, { value, from: d });
      anyKey = true;
    }
  }
  const entries = keys.map((k) => {
    const s = set.get(k.key);
    let def = k.def;
    if (k.key === 'overflow6') def = (set.get('overflow')?.value as string | undefined) ?? 'permissive';
    return { key: k.key, value: s ? s.value : def, default: k.def, from: s?.from, meaning: k.meaning };
  });
  // Any sub-keyword turns penalties on, even after an earlier `no`.
  return { available, enabled: available && (anyKey || enabled !== false), enabledFrom, entries, exempt, exemptFrom };
}

/** How many events of a kind it takes (in quick succession) before a source is refused. */
export function eventsToBlock(penalty: number, min: number): number {
  if (penalty <= 0) return Infinity;
  return Math.floor(min / penalty) + 1;
}

// ---------------------------------------------------------------- ConnectTimeout

export interface ConnectTimeout {
  /** undefined: not set (the kernel's TCP timeout) */
  seconds?: number;
  from?: Directive;
  perAttempt: boolean;
}

export function connectTimeout(doc: ConfigDocument, section: Section, target: string): ConnectTimeout {
  const from = sshFirst(doc, section, 'connecttimeout');
  const v = from?.args[0].value;
  const s = v === undefined || v.toLowerCase() === 'none' ? undefined : seconds(v, target);
  return { seconds: s === 0 ? undefined : s, from, perAttempt: at(target, '8.0') };
}

// ---------------------------------------------------------------- NAT

/** Idle timeouts of common middleboxes: examples, not OpenSSH facts. */
export const NAT_EXAMPLES: readonly { label: string; seconds: number }[] = [
  { label: 'Azure Load Balancer (default 4 min)', seconds: 240 },
  { label: 'many home routers (about 5 min)', seconds: 300 },
  { label: 'AWS NAT gateway (350 s)', seconds: 350 },
];

/** The kernel's default idle time before TCP keepalive probes (Linux tcp_keepalive_time). */
export const KERNEL_KEEPALIVE_IDLE = 7200;

export function natRows(interval: number): { label: string; seconds: number; kept: boolean }[] {
  return NAT_EXAMPLES.map((n) => ({ ...n, kept: interval > 0 && interval < n.seconds }));
}

// ---------------------------------------------------------------- ChannelTimeout

export interface ChannelEntry {
  pattern: string;
  seconds: number;
}

export interface ChannelTimeoutScope {
  /** the line whose entries apply at run time (undefined: none) */
  from?: Directive;
  entries: ChannelEntry[];
  /** a Match line that sshd -T shows but that is not applied on this target (before 10.5) */
  notApplied?: Directive;
  /** seconds of no data after which each kind of channel is closed (undefined: never) */
  shell?: number;
  command?: number;
  sftp?: number;
  forward?: number;
  /** `global=` (9.7+): the whole connection when no channel carries data */
  global?: number;
}

function entriesOf(d: Directive | undefined, target: string): ChannelEntry[] {
  if (!d) return [];
  const out: ChannelEntry[] = [];
  for (const a of d.args) {
    const eq = a.value.indexOf('=');
    if (eq <= 0) continue;
    const s = seconds(a.value.slice(eq + 1), target);
    if (s !== undefined) out.push({ pattern: a.value.slice(0, eq), seconds: s });
  }
  return out;
}

function lookup(entries: ChannelEntry[], type: string): number | undefined {
  // channels.c lookup_timeout(): the first entry whose pattern matches; `global` never by pattern.
  const e = entries.find((x) => x.pattern !== 'global' && matchPattern(type, x.pattern));
  return e && e.seconds > 0 ? e.seconds : undefined;
}

function sessionTimeout(entries: ChannelEntry[], xtype: string, kind: 'sshd' | 'ssh', target: string): number | undefined {
  const relabels = kind === 'sshd' || at(target, CLIENT_SESSION_XTYPE_SINCE);
  if (!relabels) return lookup(entries, 'session');
  // Before 10.6 the relabelled type is looked up again and replaces the session's value (bz3994).
  if (!at(target, SESSION_RELABEL_FIXED)) return lookup(entries, xtype);
  const e = entries.find((x) => x.pattern !== 'global' && matchPattern(xtype, x.pattern));
  return e ? (e.seconds > 0 ? e.seconds : undefined) : lookup(entries, 'session');
}

export function channelTimeoutScope(doc: ConfigDocument, section: Section, target: string): ChannelTimeoutScope {
  let from: Directive | undefined;
  let notApplied: Directive | undefined;
  if (doc.kind === 'sshd') {
    const global = firstIn(doc.sections[0].directives, 'channeltimeout');
    const own = section !== doc.sections[0] ? firstIn(section.directives, 'channeltimeout') : undefined;
    if (own && !at(target, MATCH_APPLIED_SINCE)) notApplied = own;
    from = (at(target, MATCH_APPLIED_SINCE) ? own : undefined) ?? global;
  } else from = sshFirst(doc, section, 'channeltimeout');
  const none = from && from.args.length === 1 && from.args[0].value.toLowerCase() === 'none';
  const entries = none ? [] : entriesOf(from, target);
  const g = entries.find((e) => e.pattern === 'global');
  return {
    from,
    entries,
    notApplied,
    shell: sessionTimeout(entries, 'session:shell', doc.kind, target),
    command: sessionTimeout(entries, 'session:command', doc.kind, target),
    sftp: sessionTimeout(entries, 'session:subsystem:sftp', doc.kind, target),
    forward: lookup(entries, 'direct-tcpip'),
    global: g && g.seconds > 0 && at(target, GLOBAL_SINCE) ? g.seconds : undefined,
  };
}

// ---------------------------------------------------------------- UnusedConnectionTimeout

export interface UnusedTimeout {
  /** undefined: none */
  seconds?: number;
  from?: Directive;
}

/** servconf.c: `none` sets 0 whenever reached (active), a time only while unset; Match values override. */
function unusedIn(directives: readonly Directive[], target: string): { value?: number; from?: Directive } {
  let value: number | undefined;
  let from: Directive | undefined;
  for (const d of directives) {
    if (d.name !== 'unusedconnectiontimeout' || !d.args.length) continue;
    const v = d.args[0].value;
    if (v.toLowerCase() === 'none') {
      value = 0;
      from = d;
    } else if (value === undefined) {
      const s = seconds(v, target);
      if (s !== undefined) {
        value = s;
        from = d;
      }
    }
  }
  return { value, from };
}

export function unusedConnectionTimeout(doc: ConfigDocument, section: Section, target: string): UnusedTimeout {
  const own = section !== doc.sections[0] ? unusedIn(section.directives, target) : {};
  const r = own.value !== undefined ? own : unusedIn(doc.sections[0].directives, target);
  return { seconds: r.value ? r.value : undefined, from: r.from };
}

// ---------------------------------------------------------------- markdown

function scopeLabel(section: Section): string {
  if (!section.header) return 'the global part';
  return `\`${section.header.keyword.value} ${section.header.args.map((a) => a.text).join(' ')}\``;
}

function notKnown(keyword: string, since: string, target: string): string {
  return `**On OpenSSH ${target}:** ${keyword} does not exist yet (it arrived in ${since}); OpenSSH ${target} rejects the file with this line.`;
}

function loginGraceMarkdown(doc: ConfigDocument, d: Directive, target: string): string {
  const g = loginGrace(doc, target);
  const s = maxStartups(doc, target);
  const p = perSourcePenalties(doc, target);
  const out: string[] = [];
  if (d.section !== 0) out.push('LoginGraceTime is a global setting: sshd refuses it inside a Match block.');
  else if (g.from && g.from !== d) out.push(`This line does not count: the first LoginGraceTime (${lineRef(g.from)}) wins.`);
  if (g.seconds === 0) {
    out.push(
      `**In this file** (OpenSSH ${target}): no limit: a client may sit at the login prompt for ever. Each such connection holds one of the MaxStartups slots (${s.full}), so a few idle clients can lock everyone else out.`,
    );
  } else {
    out.push(
      `**In this file** (OpenSSH ${target}): a connection that has not logged in after **${dur(g.seconds)}**${g.jitter ? ' (plus a random 0–4 s)' : ''} is cut (${g.from ? lineRef(g.from) : 'the default'}).`,
    );
    out.push(
      `Until then it counts as unauthenticated for MaxStartups (${s.start}:${s.rate}:${s.full}): at most ${s.full} can wait at once, so one client opening connections faster than ${s.full} per ${dur(g.seconds)} fills the slots.`,
    );
  }
  if (p.available) {
    const grace = p.entries.find((e) => e.key === 'grace-exceeded');
    const crash = p.entries.find((e) => e.key === 'crash');
    const charged = at(target, '10.0') ? grace?.value : crash?.value;
    out.push(
      p.enabled
        ? `Running out of this time costs the source a \`grace-exceeded\` penalty of ${dur(Number(charged))} (PerSourcePenalties${at(target, '10.0') ? '' : `; ${target} charges the crash amount for it, fixed in 10.0`}).`
        : 'PerSourcePenalties is off in this file, so running out of this time costs the source nothing.',
    );
  } else out.push(`OpenSSH ${target} has no PerSourcePenalties (9.8+): a source that keeps timing out is not slowed down.`);
  return out.join(' ');
}

function maxStartupsMarkdown(doc: ConfigDocument, d: Directive, target: string): string {
  const s = maxStartups(doc, target);
  const g = loginGrace(doc, target);
  const out: string[] = [];
  if (s.from && s.from !== d) {
    out.push(
      at(target, '10.1')
        ? `This line does not count: from OpenSSH 10.1 the first MaxStartups (${lineRef(s.from)}) wins.`
        : `This line does not count: before OpenSSH 10.1 the **last** MaxStartups line wins (${lineRef(s.from)}).`,
    );
  }
  if (d.section === 0 && d.args.length && !parseStartups(d.args[0].value, target)) {
    out.push(`sshd ${target} rejects \`${d.args[0].text}\` (write N or start:rate:full, start ≤ full, rate 1–100).`);
  }
  const spec = `${s.start}:${s.rate}:${s.full}`;
  if (s.start >= s.full || s.rate === 100) {
    out.push(`**In this file** (OpenSSH ${target}, ${spec}${s.from ? '' : ', the default'}): up to ${Math.min(s.start, s.full)} unauthenticated connections are accepted; every new one beyond that is refused.`);
  } else {
    const mid = Math.round((s.start + s.full) / 2);
    out.push(
      `**In this file** (OpenSSH ${target}, ${spec}${s.from ? '' : ', the default'}): after **${s.start}** unauthenticated connections, **${s.rate} %** of new ones are refused, rising linearly (${refusalPercent(s, mid)} % at ${mid}) to **100 % at ${s.full}**.`,
    );
  }
  if (s.single && s.from) {
    out.push(
      at(target, '10.1')
        ? `Since OpenSSH 10.1 a single number only sets the hard limit; the start and rate keep their defaults (\`sshd -T\` shows ${spec}).`
        : `Before OpenSSH 10.1 a single number N means N:30:N: no random refusals, a hard limit at N.`,
    );
  }
  // PerSourceMaxStartups (8.5, first value wins since 9.5; srclimit.c srclimit_check_allow) caps one source's share.
  const perSource = at(target, '8.5') ? doc.sections[0].directives.find((x) => x.name === 'persourcemaxstartups' && x.args.length) : undefined;
  if (perSource && /^\d+$/.test(perSource.args[0].value)) {
    out.push(`One source may hold at most ${perSource.args[0].value} of them (PerSourceMaxStartups, ${lineRef(perSource)}).`);
  }
  if (at(target, '9.8') && perSourcePenalties(doc, target).enabled) out.push('Sources under a PerSourcePenalties penalty are refused before this count is looked at.');
  out.push(
    g.seconds
      ? `A connection counts until it logs in or LoginGraceTime (${dur(g.seconds)}) runs out.`
      : 'LoginGraceTime is 0 here, so an unauthenticated connection holds its slot until the client leaves.',
  );
  return out.join(' ');
}

function penaltiesMarkdown(doc: ConfigDocument, d: Directive, target: string): string {
  if (!at(target, '9.8')) return notKnown(d.keyword.value, '9.8', target);
  const p = perSourcePenalties(doc, target);
  const out: string[] = [];
  if (d.section !== 0) out.push(`${d.keyword.value} is a global setting: sshd refuses it inside a Match block.`);
  if (d.name === 'persourcepenaltyexemptlist') {
    if (p.exemptFrom && p.exemptFrom !== d) out.push(`This line does not count: the first one (${lineRef(p.exemptFrom)}) wins.`);
    out.push(
      `**In this file** (OpenSSH ${target}): addresses matching \`${p.exempt ?? ''}\` are never penalised.${p.enabled ? '' : ' Penalties are off here anyway.'}`,
    );
    return out.join(' ');
  }
  if (!p.enabled) {
    out.push(`**In this file** (OpenSSH ${target}): penalties are **off** (${lineRef(p.enabledFrom)}).`);
    return out.join(' ');
  }
  const v = (k: string) => p.entries.find((e) => e.key === k)!;
  const min = Number(v('min').value);
  const max = Number(v('max').value);
  const authfail = Number(v('authfail').value);
  out.push(
    `**In this file** (OpenSSH ${target}): penalties are **on**${p.enabledFrom || p.entries.some((e) => e.from) ? '' : ' (the default since 9.8)'}. A source (an address, or a block as set by PerSourceNetBlockSize) collects seconds of penalty for what its connections do; once more than **${dur(min)}** is outstanding, sshd refuses it until enough has expired (at most ${dur(max)}).`,
  );
  out.push(
    `With these values ${eventsToBlock(authfail, min)} failed logins in quick succession block a source for about ${dur(Math.min(max, eventsToBlock(authfail, min) * authfail))}; one crash blocks it for ${dur(Math.min(max, Number(v('crash').value)))}.`,
  );
  const rows = p.entries.map((e) => {
    const value = typeof e.value === 'number' && !e.key.startsWith('max-sources') ? dur(e.value) : String(e.value);
    const def = typeof e.default === 'number' && !e.key.startsWith('max-sources') ? dur(e.default) : String(e.default);
    return `| \`${e.key}\` | ${value}${e.from ? ` (${lineRef(e.from)})` : ''} | ${def} | ${e.meaning} |`;
  });
  out.push(`\n\n| key | here | default | what it is |\n|---|---|---|---|\n${rows.join('\n')}`);
  if (p.exempt) out.push(`\n\nExempt (PerSourcePenaltyExemptList, ${lineRef(p.exemptFrom)}): \`${p.exempt}\`.`);
  else out.push('\n\nNo PerSourcePenaltyExemptList: your own monitoring or jump hosts can be penalised too.');
  return out.join(' ');
}

function connectTimeoutMarkdown(doc: ConfigDocument, d: Directive, target: string): string {
  const section = doc.sections[d.section];
  const c = connectTimeout(doc, section, target);
  const out: string[] = [];
  if (c.from && c.from !== d) out.push(`For ${scopeLabel(section)} this line does not count: ssh takes the first ConnectTimeout that applies (${lineRef(c.from)}).`);
  if (c.seconds === undefined) {
    out.push(
      `**In this file** (${scopeLabel(section)}, OpenSSH ${target}): no ConnectTimeout, so ssh waits as long as the kernel lets a TCP connect take (on Linux often about 2 min) and for the server's banner without limit.`,
    );
  } else {
    out.push(
      `**In this file** (${scopeLabel(section)}, OpenSSH ${target}): ssh gives up if the TCP connection is not up within **${dur(c.seconds)}**; whatever is left of that time is the limit for the server's version banner. The manual also names the key exchange, but in the source only the banner wait is timed; the key exchange and login are bounded by ServerAliveInterval × ServerAliveCountMax when an interval is set.`,
    );
    out.push(
      c.perAttempt
        ? 'Each address and each ConnectionAttempts try gets the full time again.'
        : `On OpenSSH ${target} all addresses and ConnectionAttempts tries share this one budget (each gets its own from 8.0).`,
    );
    if (at(target, '9.4')) out.push('It also bounds the wait on a ControlMaster socket.');
  }
  return out.join(' ');
}

function channelTimeoutMarkdown(doc: ConfigDocument, d: Directive, target: string): string {
  const since = doc.kind === 'sshd' ? '9.2' : '9.6';
  if (!at(target, since)) {
    return `${notKnown('ChannelTimeout', since, target)}${doc.kind === 'sshd' ? " To log out idle shells there, use the shell's `TMOUT`." : ''}`;
  }
  const section = doc.sections[d.section];
  const c = channelTimeoutScope(doc, section, target);
  const out: string[] = [];
  if (c.notApplied === d) {
    out.push(
      `OpenSSH ${target} does **not** apply this Match line (\`sshd -T -C …\` shows it, but connections keep the global value; fixed in ${MATCH_APPLIED_SINCE}).`,
    );
  } else if (c.from && c.from !== d) {
    out.push(`This line does not count here: the first ChannelTimeout that applies (${lineRef(c.from)}) wins.`);
  }
  const what = (s: number | undefined) => (s ? `closed after **${dur(s)}**` : '**never** closed for being idle');
  const lines = [
    `- an interactive shell: ${what(c.shell)}`,
    `- a command (\`ssh host cmd\`): ${what(c.command)}`,
    `- an sftp session: ${what(c.sftp)}`,
    `- a forwarded TCP connection (\`-L\`): ${what(c.forward)}`,
  ];
  if (c.global) lines.push(`- the whole connection: closed when no channel has carried data for **${dur(c.global)}** (\`global\`)`);
  out.push(`**In this file** (${scopeLabel(section)}, OpenSSH ${target}): ${c.from ? `with ${lineRef(c.from)}` : 'no ChannelTimeout applies, so'}, a channel that carries no data is`);
  out.push(`\n\n${lines.join('\n').replace(/: (closed|\*\*never)/g, ': $1')}`);
  const plain = c.entries.find((e) => e.pattern === 'session');
  const relabels = doc.kind === 'sshd' || at(target, CLIENT_SESSION_XTYPE_SINCE);
  if (plain && relabels && !at(target, SESSION_RELABEL_FIXED) && !c.shell) {
    out.push(
      `\n\n\`session=\` does not cover shells and commands on OpenSSH ${target}: once started they are renamed \`session:shell\` / \`session:command\` and the plain entry no longer matches (fixed in ${SESSION_RELABEL_FIXED}). Write \`session:*=\`.`,
    );
  }
  out.push('\n\nKeepalive probes do not count as data: they do not keep an idle channel open.');
  if (doc.kind === 'sshd') {
    const u = unusedConnectionTimeout(doc, section, target);
    if (!u.seconds) out.push('Without UnusedConnectionTimeout, the connection itself stays up after its last channel is closed.');
  }
  return out.join(' ');
}

function unusedMarkdown(doc: ConfigDocument, d: Directive, target: string): string {
  if (!at(target, '9.2')) return `${notKnown('UnusedConnectionTimeout', '9.2', target)} To log out idle shells there, use the shell's \`TMOUT\`.`;
  const section = doc.sections[d.section];
  const u = unusedConnectionTimeout(doc, section, target);
  const c = channelTimeoutScope(doc, section, target);
  const out: string[] = [];
  if (u.from && u.from !== d) out.push(`This line does not count here (${lineRef(u.from)} decides).`);
  if (!u.seconds) {
    out.push(`**In this file** (${scopeLabel(section)}, OpenSSH ${target}): off: a logged-in connection with no channel open (\`ssh -N\`, a closed ControlMaster) stays up.`);
    return out.join(' ');
  }
  out.push(
    `**In this file** (${scopeLabel(section)}, OpenSSH ${target}): a logged-in connection with **no channel open** for **${dur(u.seconds)}** is ended. Keepalives do not reset this, and listeners from \`ssh -R\` are not channels.`,
  );
  if (!at(target, '10.3')) out.push(`On OpenSSH ${target} the clock may already be running before the last channel closes (from 10.3 it starts then).`);
  out.push(
    c.shell
      ? `An idle shell is closed by ChannelTimeout after ${dur(c.shell)}; ${dur(u.seconds)} later the connection ends: an idle logout after about ${dur(c.shell + u.seconds)}.`
      : 'An open shell is a channel, and no ChannelTimeout closes idle shells here, so this alone never ends an idle interactive session. Add `ChannelTimeout session:*=…`.',
  );
  out.push('Before login, LoginGraceTime is what applies.');
  return out.join(' ');
}

function natMarkdown(doc: ConfigDocument, d: Directive, target: string, interval: number): string {
  const who = doc.kind === 'sshd' ? 'sshd' : 'ssh';
  if (!interval) {
    return `**NAT and firewalls:** with no interval, nothing crosses an idle connection except TCP keepalives (TCPKeepAlive), and the kernel sends the first of those only after ${humanDuration(KERNEL_KEEPALIVE_IDLE)} (Linux default): far longer than the few minutes after which many NAT boxes forget an idle connection.`;
  }
  const rows = natRows(interval).map((r) => `${r.label}: ${r.kept ? 'kept open' : '**may expire**'}`);
  return (
    `**NAT and firewalls:** on an idle connection ${who} sends a probe every ${dur(interval)} (OpenSSH ${target}), which refreshes the mapping only if ${dur(interval)} is below the middlebox's idle timeout. ` +
    `Common examples (not OpenSSH settings): ${rows.join('; ')}. TCPKeepAlive alone does not help here: the kernel waits ${humanDuration(KERNEL_KEEPALIVE_IDLE)} before its first probe.`
  );
}

/** The computed part of a hover for the keywords of this module, or undefined. */
export function limitsMarkdown(doc: ConfigDocument, d: Directive, target: string): string | undefined {
  if (doc.kind === 'sshd') {
    switch (d.name) {
      case 'logingracetime':
        return loginGraceMarkdown(doc, d, target);
      case 'maxstartups':
        return maxStartupsMarkdown(doc, d, target);
      case 'persourcepenalties':
      case 'persourcepenaltyexemptlist':
        return penaltiesMarkdown(doc, d, target);
      case 'channeltimeout':
        return channelTimeoutMarkdown(doc, d, target);
      case 'unusedconnectiontimeout':
        return unusedMarkdown(doc, d, target);
    }
    return undefined;
  }
  switch (d.name) {
    case 'connecttimeout':
      return connectTimeoutMarkdown(doc, d, target);
    case 'channeltimeout':
      return channelTimeoutMarkdown(doc, d, target);
  }
  return undefined;
}

/** The NAT paragraph for a keepalive interval line: how often probes really go out in the line's scope. */
export function keepaliveNatMarkdown(doc: ConfigDocument, d: Directive, target: string, probeEvery: number): string {
  return natMarkdown(doc, d, target, probeEvery);
}
