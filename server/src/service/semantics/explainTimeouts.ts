// "Explain timeouts in this file": for each scenario (the peer vanishes, the
// peer is idle but alive, a shell is open but silent, no channel is open, a
// NAT box drops an idle flow, the login/connect phase) and each scope (the
// global part and every Match/Host block that sets a timeout of its own),
// what ends (the connection, a channel, or nothing), when, and which line
// causes it, for the target release. Pure: the webview and tests draw it.
//
// Facts (FACTS.md §2–§7; openssh-portable sources):
// - keepalive maths, the 9.2–9.4 slow probes and CountMax 0: semantics/timeouts.ts.
// - ChannelTimeout: first line wins; TYPE patterns, first matching entry wins
//   (channels.c lookup_timeout); sshd relabels sessions to session:shell etc.
//   (session.c channel_set_xtype) and looks the timeout up again, so before
//   10.6 a plain `session=` entry is replaced by "no timeout" (bz3994); the
//   client relabels only from 10.4 (clientloop.c). `global` from 9.7
//   (b31b12d28), compared with strcmp. sshd applies Match values from 10.5
//   (caa6d7d19). Keepalives are not channel activity (channels.c
//   channel_set_used_time).
// - UnusedConnectionTimeout (sshd 9.2+): ends the connection once no channel
//   has been open for the interval (serverloop.c); keepalives do not reset it;
//   it works in Match.
// - TCPKeepAlive only sets SO_KEEPALIVE: the kernel's timer (Linux defaults
//   tcp_keepalive_time 7200 s, 9 probes 75 s apart).
// - LoginGraceTime (sshd, global; 0 = no limit; 0–4 s jitter from 9.9,
//   sshd-session.c); ConnectTimeout (ssh; none = the system's TCP connect
//   timeout, Linux ≈ 127 s with tcp_syn_retries 6; also covers the banner and
//   the first key exchange, ssh.c).

import { GLOBAL_SINCE, MATCH_APPLIED_SINCE, SESSION_RELABEL_FIXED, CLIENT_SESSION_XTYPE_SINCE, matchPattern } from '../openssh/channels';
import { versionKey } from '../openssh/version';
import { sectionAlwaysApplies } from '../parser/sections';
import type { ConfigDocument, Directive, Section } from '../parser/types';
import type { IncludeGraph } from './include';
import { humanDuration, parseTime } from './time';
import { keepaliveScope, type KeepaliveScope } from './timeouts';

export type ScenarioId = 'vanished' | 'idle-alive' | 'silent-shell' | 'no-channel' | 'nat' | 'login' | 'connect';

/** A line of the file that decides an outcome. */
export interface SettingRef {
  /** as written, e.g. "ClientAliveInterval 60" */
  text: string;
  /** 0-based line; undefined: OpenSSH's default */
  line?: number;
  /** the Included file the line is in (undefined: this document) */
  uri?: string;
  /** that file's name, for the caption */
  file?: string;
}

export interface Marker {
  at: number;
  kind: 'deadline' | 'nat' | 'tcp' | 'detect';
  label: string;
}

export interface Lane {
  /** "Global part", "Match User backup" */
  scope: string;
  /** 0-based header line of the block (undefined: the global part) */
  scopeLine?: number;
  /** what ends: the SSH connection, one channel, nothing; `broken`: the path dies but neither end knows yet */
  ends: 'connection' | 'channel' | 'nothing' | 'broken';
  /** seconds after the scenario's start; undefined with `nothing` */
  at?: number;
  by: SettingRef[];
  /** keepalive probes drawn on the lane */
  probes?: { every: number; until?: number; answered: boolean };
  markers: Marker[];
  /** what happens, in plain words; `code` in backticks */
  caption: string;
  /** release facts that matter here */
  notes: string[];
  /** this lane's own axis length (seconds), for when lanes differ too much to share one */
  horizon?: number;
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  /** what t = 0 is on the axis */
  from: string;
  lanes: Lane[];
  /** blocks that behave exactly like the global part here (left out of `lanes`) */
  same: string[];
  /** the axis runs from 0 to this many seconds */
  horizon: number;
}

export interface TimeoutExplanation {
  kind: 'sshd' | 'ssh';
  target: string;
  /** the NAT idle timeout assumed by the `nat` scenario (seconds) */
  natIdle: number;
  scenarios: Scenario[];
}

export interface ExplainOptions {
  /** the files this document Includes (semantics/include.ts): their lines count where the Include stands */
  includes?: IncludeGraph;
  /** the idle timeout of a NAT box or stateful firewall on the path; default 300 s */
  natIdle?: number;
}

/** Linux defaults: tcp_keepalive_time 7200, tcp_keepalive_intvl 75, tcp_keepalive_probes 9. */
export const TCP_KEEPALIVE_IDLE = 7200;
export const TCP_KEEPALIVE_DEAD = 7200 + 9 * 75;
/** Linux tcp_syn_retries 6: 1 + 2 + 4 + 8 + 16 + 32 + 64 s. */
export const TCP_CONNECT_TIMEOUT = 127;
export const DEFAULT_NAT_IDLE = 300;
const DEFAULT_LOGIN_GRACE = 120;

const KEEPALIVE_NAMES = {
  sshd: ['clientaliveinterval', 'clientalivecountmax'],
  ssh: ['serveraliveinterval', 'serveralivecountmax'],
} as const;
const SCOPE_KEYWORDS = {
  sshd: [...KEEPALIVE_NAMES.sshd, 'channeltimeout', 'unusedconnectiontimeout'],
  ssh: [...KEEPALIVE_NAMES.ssh, 'channeltimeout', 'connecttimeout', 'tcpkeepalive'],
} as const;

const atLeast = (target: string, release: string) => versionKey(target) >= versionKey(release);

function firstIn(directives: readonly Directive[], name: string): Directive | undefined {
  return directives.find((d) => d.name === name && d.args.length > 0);
}

/** The directive that sets `name` for connections reaching `section` (sshd: the block's own, else global; ssh: first in file order among the sections that apply). */
function effective(doc: ConfigDocument, section: Section, name: string, globalOnly = false): Directive | undefined {
  const global = doc.sections[0];
  if (doc.kind === 'sshd' || globalOnly) {
    return (!globalOnly && section !== global && firstIn(section.directives, name)) || firstIn(global.directives, name);
  }
  const all = doc.sections
    .filter((s) => s === section || sectionAlwaysApplies(s))
    .flatMap((s) => s.directives)
    .sort((a, b) => a.line - b.line);
  return firstIn(all, name);
}

/** Where each directive of a flattened document (see `flatten`) really is. */
let origins: WeakMap<Directive, { line: number; uri?: string; file?: string }> = new WeakMap();

function ref(d: Directive | undefined, fallback: string): SettingRef {
  if (!d) return { text: fallback };
  const o = origins.get(d);
  return { text: `${d.keyword.value} ${d.args.map((a) => a.text).join(' ')}`, line: o ? o.line : d.line, uri: o?.uri, file: o?.file };
}

/**
 * The document with its Included files spliced in where each Include stands,
 * as OpenSSH reads them: the included lines join the section of the Include
 * (inside a Match/Host block they are conditional), and a Match/Host block in
 * an included file ends with that file (servconf.c / readconf.c restore the
 * active state after each Include, FACTS.md §8). Copies carry their position
 * in reading order as `line`, so first-value-wins comparisons stay right;
 * `origins` maps them back to their file and line.
 */
function flatten(doc: ConfigDocument, graph: IncludeGraph): ConfigDocument {
  const sections: Section[] = [];
  const directives: Directive[] = [];
  const seen = new Set<string>();
  const open = (s: Section, header?: Directive): number => {
    sections.push({ kind: s.kind, header, startLine: directives.length, endLine: directives.length, directives: [] });
    return sections.length - 1;
  };
  const place = (d: Directive, section: number, uri: string | undefined, file: string | undefined): Directive => {
    const copy: Directive = { ...d, line: directives.length, section };
    origins.set(copy, { line: d.line, uri, file });
    directives.push(copy);
    return copy;
  };
  const walk = (fileDoc: ConfigDocument, path: string, uri: string | undefined, file: string | undefined, start: number, depth: number) => {
    let current = start;
    const headers = new Map(fileDoc.sections.filter((s) => s.header).map((s) => [s.header as Directive, s]));
    const includes = graph.files.get(path)?.includes ?? [];
    for (const d of fileDoc.directives) {
      const sec = headers.get(d);
      if (sec) {
        current = open(sec);
        sections[current].header = place(d, current, uri, file);
        continue;
      }
      place(d, current, uri, file);
      sections[current].directives.push(directives[directives.length - 1]);
      if (d.name !== 'include' || depth >= 16) continue;
      for (const arg of includes.filter((a) => a.directive === d)) {
        for (const m of arg.matches) {
          const inc = graph.files.get(m);
          if (!inc?.doc || seen.has(`${m}@${current}`)) continue;
          seen.add(`${m}@${current}`);
          walk(inc.doc, m, inc.uri, m.slice(m.lastIndexOf('/') + 1), current, depth + 1);
        }
      }
    }
  };
  open(doc.sections[0]);
  walk(doc, graph.root, undefined, undefined, 0, 0);
  for (const s of sections) s.endLine = s.directives.length ? s.directives[s.directives.length - 1].line : s.startLine;
  return { ...doc, directives, sections, lineCount: directives.length, directiveAt: (l) => directives[l], lineText: () => '' };
}

/** A time value in whole seconds; `none` is 0; undefined when unreadable. */
function seconds(d: Directive | undefined, target: string): number | undefined {
  if (!d) return undefined;
  const v = d.args[0].value;
  if (v.toLowerCase() === 'none') return 0;
  const r = parseTime(v, target);
  return r.ok ? Math.trunc(r.seconds) : undefined;
}

function scopeName(section: Section): string {
  if (!section.header) return 'Global part';
  const file = origins.get(section.header)?.file;
  return `${section.header.keyword.value} ${section.header.args.map((a) => a.text).join(' ')}${file ? ` (in ${file})` : ''}`;
}

/** The lane's scope name, and the header line when it is in this document. */
function scopeOf(section: Section): { scope: string; scopeLine?: number } {
  const h = section.header;
  const o = h ? origins.get(h) : undefined;
  return { scope: scopeName(section), scopeLine: h && !o?.uri ? (o ? o.line : h.line) : undefined };
}

const h = humanDuration;

// ---------------------------------------------------------------- keepalive

function keepaliveRefs(doc: ConfigDocument, ka: KeepaliveScope): SettingRef[] {
  const [i, c] = doc.kind === 'sshd' ? ['ClientAliveInterval', 'ClientAliveCountMax'] : ['ServerAliveInterval', 'ServerAliveCountMax'];
  return [ref(ka.intervalFrom, `${i} 0 (default)`), ref(ka.countFrom, `${c} 3 (default)`)];
}

function tcpKeepalive(doc: ConfigDocument, section: Section): { on: boolean; from?: Directive } {
  // sshd: a global-only keyword; ssh: first value among the sections that apply.
  const d = effective(doc, section, 'tcpkeepalive', doc.kind === 'sshd');
  return { on: d ? d.args[0].value.toLowerCase() !== 'no' : true, from: d };
}

function slowProbeNote(doc: ConfigDocument, ka: KeepaliveScope, target: string): string[] {
  if (doc.kind !== 'sshd' || !ka.interval || ka.probeEvery === ka.interval) return [];
  return [`OpenSSH ${target} (9.2–9.4) probes only about every 2 × ClientAliveInterval (fixed in 9.5), so every time here is doubled.`];
}

function vanished(doc: ConfigDocument, section: Section, target: string): Lane {
  const ka = keepaliveScope(doc, section, target);
  const peer = doc.kind === 'sshd' ? 'client' : 'server';
  const who = doc.kind === 'sshd' ? 'sshd' : 'ssh';
  const tcp = tcpKeepalive(doc, section);
  const notes = slowProbeNote(doc, ka, target);
  const base = { ...scopeOf(section), markers: [] as Marker[], notes };
  if (ka.cutAfter !== undefined) {
    return {
      ...base,
      ends: 'connection',
      at: ka.cutAfter,
      by: keepaliveRefs(doc, ka),
      probes: { every: ka.probeEvery, until: ka.cutAfter, answered: false },
      markers: [{ at: ka.cutAfter, kind: 'deadline', label: 'cut' }],
      notes: [...notes, `On Linux TCP may end it sooner: an unanswered probe is retransmitted for about 15 min (net.ipv4.tcp_retries2), then the kernel reports the connection dead.`],
      caption:
        `${who} probes every ${h(ka.probeEvery)}; when ${ka.countMax} probe${ka.countMax === 1 ? '' : 's'} in a row go unanswered it ends the connection, ` +
        `${h(ka.cutAfter)} after the ${peer}'s last packet (${h(ka.probeEvery)} × (${ka.countMax} + 1)).`,
    };
  }
  const countZero = ka.interval > 0;
  const why = countZero
    ? `\`${doc.kind === 'sshd' ? 'ClientAliveCountMax' : 'ServerAliveCountMax'} 0\` turns the disconnection off (since 8.2): probes go out but nobody counts the missing answers.`
    : `No ${doc.kind === 'sshd' ? 'ClientAliveInterval' : 'ServerAliveInterval'}: ${who} sends no probes of its own.`;
  if (tcp.on) {
    return {
      ...base,
      ends: 'connection',
      at: TCP_KEEPALIVE_DEAD,
      by: [ref(tcp.from, 'TCPKeepAlive yes (default)'), ...keepaliveRefs(doc, ka).slice(0, countZero ? 2 : 1)],
      probes: countZero ? { every: ka.probeEvery, answered: false } : undefined,
      markers: [
        { at: TCP_KEEPALIVE_IDLE, kind: 'tcp', label: 'kernel probes' },
        { at: TCP_KEEPALIVE_DEAD, kind: 'deadline', label: 'kernel gives up' },
      ],
      caption: `${why} Only the kernel's TCP keepalive notices the dead ${peer}: with Linux defaults after ${h(TCP_KEEPALIVE_IDLE)} of silence plus 9 probes 75 s apart, ${h(TCP_KEEPALIVE_DEAD)} in all.`,
      notes: [...notes, 'The TCP keepalive timer belongs to the operating system (net.ipv4.tcp_keepalive_*), not to OpenSSH.'],
    };
  }
  return {
    ...base,
    ends: 'nothing',
    by: [ref(tcp.from, 'TCPKeepAlive no'), ...keepaliveRefs(doc, ka).slice(0, 1)],
    probes: countZero ? { every: ka.probeEvery, answered: false } : undefined,
    caption: `${why} With TCPKeepAlive off as well, a vanished ${peer} is only noticed when ${who} next writes to it and TCP gives up; a silent session stays forever.`,
  };
}

function idleAlive(doc: ConfigDocument, section: Section, target: string): Lane {
  const ka = keepaliveScope(doc, section, target);
  const base = { ...scopeOf(section), markers: [] as Marker[], notes: slowProbeNote(doc, ka, target) };
  const by = keepaliveRefs(doc, ka);
  if (ka.interval && ka.countMax === 0 && (doc.kind === 'ssh' || !atLeast(target, '8.2'))) {
    return {
      ...base,
      ends: 'connection',
      at: ka.probeEvery,
      by,
      markers: [{ at: ka.probeEvery, kind: 'deadline', label: 'cut' }],
      caption:
        doc.kind === 'ssh'
          ? `\`ServerAliveCountMax 0\`: ssh quits after one silent interval (${h(ka.probeEvery)}) even though the server is fine: an idle session sends nothing.`
          : `Before OpenSSH 8.2, \`ClientAliveCountMax 0\` ends the connection at the first silent interval (${h(ka.probeEvery)}), live client or not.`,
    };
  }
  if (!ka.interval) {
    return {
      ...base,
      ends: 'nothing',
      by: by.slice(0, 1),
      caption: 'No keepalive probes: nothing flows and nothing ends the connection for being quiet (see the two scenarios below for idle timeouts).',
    };
  }
  const peer = doc.kind === 'sshd' ? 'client' : 'server';
  return {
    ...base,
    ends: 'nothing',
    by,
    probes: { every: ka.probeEvery, answered: true },
    caption:
      `A live ${peer} answers every probe (every ${h(ka.probeEvery)}), so the keepalive never ends an idle connection, whatever the count` +
      (ka.cutAfter !== undefined ? ` (the ${h(ka.cutAfter)} only applies to a ${peer} that vanished).` : '.') +
      (doc.kind === 'sshd' ? ' Idle logouts are ChannelTimeout and UnusedConnectionTimeout, below.' : ''),
  };
}

// ---------------------------------------------------------------- channels

interface Entry {
  type: string;
  seconds: number;
}

function entriesOf(d: Directive | undefined, target: string): Entry[] {
  if (!d) return [];
  const out: Entry[] = [];
  for (const a of d.args) {
    const eq = a.value.indexOf('=');
    if (eq <= 0) continue;
    const t = parseTime(a.value.slice(eq + 1), target);
    if (t.ok) out.push({ type: a.value.slice(0, eq), seconds: Math.trunc(t.seconds) });
  }
  return out;
}

/** The ChannelTimeout line in force for `section`, and notes on lines that are not. */
function channelTimeoutLine(doc: ConfigDocument, section: Section, target: string): { line?: Directive; notes: string[] } {
  const notes: string[] = [];
  if (doc.kind === 'sshd' && section !== doc.sections[0] && !atLeast(target, MATCH_APPLIED_SINCE)) {
    const own = firstIn(section.directives, 'channeltimeout');
    const r = ref(own, '');
    if (own) notes.push(`\`${r.text}\` (${r.file ? `${r.file} ` : ''}line ${(r.line ?? 0) + 1}) is shown by \`sshd -T\` but not applied: OpenSSH ${target} ignores ChannelTimeout in Match blocks (fixed in 10.5).`);
    return { line: firstIn(doc.sections[0].directives, 'channeltimeout'), notes };
  }
  return { line: effective(doc, section, 'channeltimeout'), notes };
}

function silentShell(doc: ConfigDocument, section: Section, target: string): Lane {
  const base = { ...scopeOf(section), markers: [] as Marker[] };
  const hasChannelTimeout = doc.kind === 'sshd' ? atLeast(target, '9.2') : atLeast(target, '9.6');
  const since = doc.kind === 'sshd' ? '9.2' : '9.6';
  const { line, notes } = channelTimeoutLine(doc, section, target);
  if (!hasChannelTimeout) {
    return {
      ...base,
      ends: 'nothing',
      by: [],
      notes,
      caption:
        `OpenSSH ${target} has no ChannelTimeout (${doc.kind === 'sshd' ? 'sshd' : 'ssh'} has it from ${since}): a silent shell stays open for good.` +
        (doc.kind === 'sshd' ? " Only the shell's own TMOUT can log an idle user out." : ''),
    };
  }
  const entries = entriesOf(line, target);
  const relabelled = doc.kind === 'sshd' || atLeast(target, CLIENT_SESSION_XTYPE_SINCE);
  const xtype = relabelled ? 'session:shell' : 'session';
  const typed = entries.filter((e) => !(e.type === 'global' && atLeast(target, GLOBAL_SINCE)));
  let hit = typed.find((e) => matchPattern(xtype, e.type));
  if (!hit && relabelled && atLeast(target, SESSION_RELABEL_FIXED)) hit = typed.find((e) => matchPattern('session', e.type));
  const missed = !hit && relabelled ? typed.find((e) => matchPattern('session', e.type)) : undefined;
  if (missed && missed.seconds) {
    notes.push(
      `\`${missed.type}=…\` matches only the channel's first name: once OpenSSH ${target} relabels it \`session:shell\` the entry no longer applies (bz3994, fixed in 10.6). Write \`session:*=…\`.`,
    );
  }
  const global = atLeast(target, GLOBAL_SINCE) ? entries.find((e) => e.type === 'global' && e.seconds > 0) : undefined;
  if (!atLeast(target, GLOBAL_SINCE) && entries.some((e) => e.type === 'global')) {
    notes.push(`\`global=…\` arrived in 9.7; OpenSSH ${target} reads it as a channel type no channel has.`);
  }
  const own = hit && hit.seconds > 0 ? hit.seconds : undefined;
  const at = [own, global?.seconds].filter((x): x is number => x !== undefined).reduce<number | undefined>((m, x) => (m === undefined ? x : Math.min(m, x)), undefined);
  const by = line ? [ref(line, '')] : [{ text: 'ChannelTimeout none (default)' }];
  if (at === undefined) {
    return {
      ...base,
      ends: 'nothing',
      by,
      notes,
      caption: line
        ? `No entry of this ChannelTimeout line times out a ${relabelled ? '`session:shell`' : '`session`'} channel, so a silent shell stays open; keepalive probes do not help either way.`
        : 'No ChannelTimeout: a shell where nobody types and nothing is printed stays open for good. Keepalive answers do not count as activity, but they do not end anything either.',
    };
  }
  const byGlobal = global && global.seconds === at && own !== at;
  return {
    ...base,
    ends: 'channel',
    at,
    by,
    markers: [{ at, kind: 'deadline', label: 'channel closed' }],
    notes,
    caption:
      `${byGlobal ? '`global=' : '`' + (hit?.type ?? '') + '='}${h(at).replace(/ /g, '')}\`: after ${h(at)} without a byte typed or printed, ` +
      `${doc.kind === 'sshd' ? 'sshd' : 'ssh'} closes the shell's channel; a plain \`ssh host\` then exits. Keepalive probes do not count as activity.`,
  };
}

function noChannel(doc: ConfigDocument, section: Section, target: string): Lane {
  const base = { ...scopeOf(section), markers: [] as Marker[], notes: [] as string[] };
  if (doc.kind === 'ssh') {
    const cp = effective(doc, section, 'controlpersist');
    const t = cp ? cp.args[0].value.toLowerCase() : '';
    const persist = cp && !['yes', 'no'].includes(t) ? seconds(cp, target) : undefined;
    if (persist) {
      return {
        ...base,
        ends: 'connection',
        at: persist,
        by: [ref(cp, '')],
        markers: [{ at: persist, kind: 'deadline', label: 'master exits' }],
        caption: `A ControlMaster connection with no client left stays up for ${h(persist)} (ControlPersist), then exits.`,
      };
    }
    return {
      ...base,
      ends: 'nothing',
      by: [],
      caption: 'ssh has no UnusedConnectionTimeout: a connection with no channel (ssh -N with forwards waiting) stays until the server or the network ends it.',
    };
  }
  if (!atLeast(target, '9.2')) {
    return { ...base, ends: 'nothing', by: [], caption: `OpenSSH ${target} has no UnusedConnectionTimeout (it arrived in 9.2): a connection with no channel open (ssh -N) stays for good.` };
  }
  const d = effective(doc, section, 'unusedconnectiontimeout');
  const s = seconds(d, target);
  if (!s) {
    return {
      ...base,
      ends: 'nothing',
      by: [ref(d, 'UnusedConnectionTimeout none (default)')],
      caption: 'No UnusedConnectionTimeout: a connection with no channel open (ssh -N, or after the last shell closed on a multiplexed connection) stays as long as the client answers.',
    };
  }
  return {
    ...base,
    ends: 'connection',
    at: s,
    by: [ref(d, '')],
    markers: [{ at: s, kind: 'deadline', label: 'connection ended' }],
    caption: `Once no channel has been open for ${h(s)}, sshd ends the connection, keepalive answers or not. Listening forwards (ssh -R) are not channels.`,
  };
}

function nat(doc: ConfigDocument, section: Section, target: string, natIdle: number): Lane {
  const ka = keepaliveScope(doc, section, target);
  const tcp = tcpKeepalive(doc, section);
  const base = { ...scopeOf(section), notes: slowProbeNote(doc, ka, target) };
  const who = doc.kind === 'sshd' ? 'sshd' : 'ssh';
  const by = keepaliveRefs(doc, ka);
  if (ka.probeEvery && ka.probeEvery < natIdle) {
    return {
      ...base,
      ends: 'nothing',
      by: by.slice(0, 1),
      probes: { every: ka.probeEvery, answered: true },
      markers: [{ at: natIdle, kind: 'nat', label: 'NAT limit (never reached)' }],
      caption: `A probe and its answer cross the NAT box every ${h(ka.probeEvery)}, well within its ${h(natIdle)}: the mapping stays fresh and the idle connection survives.`,
    };
  }
  const markers: Marker[] = [{ at: natIdle, kind: 'nat', label: 'NAT forgets the flow' }];
  let detect: string;
  const refs: SettingRef[] = [...by.slice(0, 1)];
  if (ka.cutAfter !== undefined) {
    markers.push({ at: ka.cutAfter, kind: 'detect', label: `${who} notices` });
    detect = `${who}'s probes (every ${h(ka.probeEvery)}, too rare to keep it) then go unanswered and it ends the connection at ${h(ka.cutAfter)}.`;
    refs.push(by[1]);
  } else if (tcp.on) {
    markers.push({ at: TCP_KEEPALIVE_DEAD, kind: 'detect', label: 'kernel notices' });
    detect = `the kernel's TCP keepalive starts only after ${h(TCP_KEEPALIVE_IDLE)} (Linux default), far too late; the dead connection is noticed at ${h(TCP_KEEPALIVE_DEAD)}.`;
    refs.push(ref(tcp.from, 'TCPKeepAlive yes (default)'));
  } else {
    detect = 'nothing probes the path, so the dead connection is noticed only when someone types (and then hangs until TCP gives up).';
    refs.push(ref(tcp.from, 'TCPKeepAlive no'));
  }
  return {
    ...base,
    ends: 'broken',
    at: natIdle,
    by: refs,
    probes: ka.probeEvery ? { every: ka.probeEvery, answered: false, until: ka.cutAfter } : undefined,
    markers,
    caption: `Nothing crosses the NAT box for ${h(natIdle)}, so it drops the mapping: the session is dead but both ends still think it is open; ${detect} A ${doc.kind === 'sshd' ? 'ClientAliveInterval' : 'ServerAliveInterval'} below ${h(natIdle)} would keep it.`,
  };
}

function login(doc: ConfigDocument, target: string): Lane {
  const d = effective(doc, doc.sections[0], 'logingracetime', true);
  const s = seconds(d, target) ?? (d ? undefined : DEFAULT_LOGIN_GRACE);
  const base = { scope: 'Global part' as string, markers: [] as Marker[], notes: [] as string[] };
  if (!s) {
    return { ...base, ends: 'nothing', by: [ref(d, '')], caption: '`LoginGraceTime 0`: no limit; a client that connects and never logs in holds a connection slot (and counts against MaxStartups) for good.' };
  }
  return {
    ...base,
    ends: 'connection',
    at: s,
    by: [ref(d, 'LoginGraceTime 120 (default)')],
    markers: [{ at: s, kind: 'deadline', label: 'dropped' }],
    notes: atLeast(target, '9.9') ? ['From 9.9 sshd adds a random 0–4 s to the grace time.'] : [],
    caption: `A client that connects but has not logged in after ${h(s)} is dropped (LoginGraceTime applies to the whole file, not to Match blocks).`,
  };
}

function connect(doc: ConfigDocument, section: Section, target: string): Lane {
  const d = effective(doc, section, 'connecttimeout');
  const s = seconds(d, target);
  const base = { ...scopeOf(section), markers: [] as Marker[], notes: [] as string[] };
  if (!s) {
    return {
      ...base,
      ends: 'connection',
      at: TCP_CONNECT_TIMEOUT,
      by: [ref(d, 'ConnectTimeout none (default)')],
      markers: [{ at: TCP_CONNECT_TIMEOUT, kind: 'deadline', label: 'system gives up' }],
      notes: ['The system TCP connect timeout is the kernel\'s (Linux: net.ipv4.tcp_syn_retries).'],
      caption: `No ConnectTimeout: ssh waits as long as the system's TCP connect does (about ${h(TCP_CONNECT_TIMEOUT)} on Linux), and a server that accepts but never answers can hold it much longer.`,
    };
  }
  return {
    ...base,
    ends: 'connection',
    at: s,
    by: [ref(d, '')],
    markers: [{ at: s, kind: 'deadline', label: 'ssh gives up' }],
    caption: `ssh gives up when the TCP connection, the server's banner or the first key exchange takes longer than ${h(s)}.`,
  };
}

// ---------------------------------------------------------------- the whole file

/** The sections shown: the global part, and each block that sets one of the timeout keywords itself. */
function scopes(doc: ConfigDocument): Section[] {
  const names: readonly string[] = SCOPE_KEYWORDS[doc.kind];
  return doc.sections.filter((s, i) => i === 0 || s.directives.some((d) => names.includes(d.name)));
}

function horizonOf(lanes: Lane[], natIdle: number, id: ScenarioId): number {
  let max = 0;
  for (const l of lanes) {
    if (l.at !== undefined) max = Math.max(max, l.at);
    for (const m of l.markers) max = Math.max(max, m.at);
    if (l.probes?.until) max = Math.max(max, l.probes.until);
  }
  if (max === 0) {
    const every = Math.max(0, ...lanes.map((l) => l.probes?.every ?? 0));
    max = every ? every * 6 : id === 'nat' ? natIdle : 3600;
  }
  return Math.ceil(max * 1.12);
}

export function explainTimeouts(root: ConfigDocument, target: string, options: ExplainOptions = {}): TimeoutExplanation {
  origins = new WeakMap();
  const followed = options.includes && [...options.includes.files.values()].some((f) => f.doc && f.path !== options.includes?.root);
  const doc = followed && options.includes ? flatten(root, options.includes) : root;
  const natIdle = options.natIdle ?? DEFAULT_NAT_IDLE;
  const secs = scopes(doc);
  const peer = doc.kind === 'sshd' ? 'client' : 'server';
  const each = (f: (s: Section) => Lane) => secs.map(f);
  const list: Array<Omit<Scenario, 'horizon' | 'same'>> = [
    { id: 'vanished', title: `The ${peer} vanishes`, from: `its last packet (${doc.kind === 'sshd' ? 'a laptop loses its network' : 'the server or the route goes away'})`, lanes: each((s) => vanished(doc, s, target)) },
    { id: 'idle-alive', title: `The ${peer} is idle but alive`, from: 'the last data sent either way', lanes: each((s) => idleAlive(doc, s, target)) },
    { id: 'silent-shell', title: 'A shell is open but silent', from: 'the last byte typed or printed', lanes: each((s) => silentShell(doc, s, target)) },
    { id: 'no-channel', title: 'No channel is open', from: doc.kind === 'sshd' ? 'the last channel closed (ssh -N: logging in)' : 'the last client of a shared connection left', lanes: each((s) => noChannel(doc, s, target)) },
    { id: 'nat', title: `A NAT box drops idle flows after ${h(natIdle)}`, from: 'the last packet through the NAT box', lanes: each((s) => nat(doc, s, target, natIdle)) },
    doc.kind === 'sshd'
      ? { id: 'login', title: 'A client connects but does not log in', from: 'the TCP connection', lanes: [login(doc, target)] }
      : { id: 'connect', title: 'The server does not answer the connection', from: 'ssh starts connecting', lanes: each((s) => connect(doc, s, target)) },
  ];
  const scenarios = list.map((s) => {
    const [first, ...rest] = s.lanes;
    const key = (l: Lane) => JSON.stringify([l.ends, l.at, l.caption, l.notes, l.by.map((b) => b.text)]);
    const lanes = [first, ...rest.filter((l) => key(l) !== key(first))];
    const same = rest.filter((l) => key(l) === key(first)).map((l) => l.scope);
    for (const l of lanes) l.horizon = horizonOf([l], natIdle, s.id);
    return { ...s, lanes, same, horizon: horizonOf(lanes, natIdle, s.id) };
  });
  return { kind: doc.kind, target, natIdle, scenarios };
}
