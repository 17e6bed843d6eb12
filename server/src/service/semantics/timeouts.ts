// The keepalive maths of a file: when a vanished peer is cut, per scope
// (the global part and each Match/Host block), for the target release.
//
// Facts (FACTS.md §2–§3, serverloop.c / clientloop.c):
// - sshd probes after ClientAliveInterval seconds without a packet from the
//   client and disconnects when more than ClientAliveCountMax probes went
//   unanswered: ≈ Interval × (CountMax + 1) after the client's last packet.
// - ClientAliveCountMax 0 disables the disconnection since 8.2 (commit
//   69334996); before 8.2 it cut the connection at the first silent interval,
//   live client or not.
// - 9.2 – 9.4 send probes only about every 2 × Interval (fixed in 9.5, commit
//   9d7193a83), so the cut comes about twice as late.
// - ssh: ServerAliveCountMax 0 is NOT special: the client quits after one
//   silent interval even when the server is alive (clientloop.c, no > 0 guard).
// - A live peer answers every probe: keepalives never end an idle session.

import { FILE_LABEL } from '../openssh/keywords';
import { versionKey } from '../openssh/version';
import { sectionAlwaysApplies } from '../parser/sections';
import type { ConfigDocument, Directive, Section } from '../parser/types';
import { humanDuration, parseTime } from './time';
import { strtonum } from './values';

export interface KeepaliveScope {
  section: Section;
  /** "the global part", "Match User backup", "Host web*" */
  label: string;
  interval: number;
  countMax: number;
  /** where each value came from (undefined: the default) */
  intervalFrom?: Directive;
  countFrom?: Directive;
  /** seconds after the peer's last packet when it is cut; undefined: never */
  cutAfter?: number;
  /** probes go out about every this many seconds (0: none) */
  probeEvery: number;
  /** plain-words explanation of this scope's behaviour (markdown) */
  explanation: string;
}

const KEYS = {
  sshd: { interval: 'clientaliveinterval', count: 'clientalivecountmax', peer: 'client', Interval: 'ClientAliveInterval', Count: 'ClientAliveCountMax' },
  ssh: { interval: 'serveraliveinterval', count: 'serveralivecountmax', peer: 'server', Interval: 'ServerAliveInterval', Count: 'ServerAliveCountMax' },
} as const;

const DEFAULT_COUNT = 3;

/** The keepalive keywords of both files (lower case): hover and inlay hints use these. */
export const KEEPALIVE_INTERVALS: ReadonlySet<string> = new Set([KEYS.sshd.interval, KEYS.ssh.interval]);
export const KEEPALIVE_COUNTS: ReadonlySet<string> = new Set([KEYS.sshd.count, KEYS.ssh.count]);

function firstIn(directives: readonly Directive[], name: string): Directive | undefined {
  return directives.find((d) => d.name === name && d.args.length > 0);
}

// Seconds of each time value read, per target: a large file repeats a few values in
// thousands of blocks, and the rules ask on every edit (bounded: cleared when full).
const timeCache = new Map<string, Map<string, number | undefined>>();
function timeOf(d: Directive | undefined, target: string): number | undefined {
  if (!d) return undefined;
  const v = d.args[0].value;
  let byValue = timeCache.get(target);
  if (!byValue) timeCache.set(target, (byValue = new Map()));
  if (byValue.has(v)) return byValue.get(v);
  let seconds: number | undefined;
  if (v.toLowerCase() === 'none') seconds = 0;
  else {
    const r = parseTime(v, target);
    seconds = r.ok ? Math.trunc(r.seconds) : undefined;
  }
  if (byValue.size >= 1024) byValue.clear();
  byValue.set(v, seconds);
  return seconds;
}

function intOf(d: Directive | undefined): number | undefined {
  return d ? strtonum(d.args[0].value, 0, 2147483647) : undefined;
}


function labelOf(section: Section): string {
  if (!section.header) return 'the global part';
  return `\`${section.header.keyword.value} ${section.header.args.map((a) => a.text).join(' ')}\``;
}

/**
 * The effective keepalive settings for connections that reach `section`.
 * sshd: a matching Match block's own values override the global ones.
 * ssh: the first value in file order among the sections that apply wins;
 * we count the global part, sections that always apply, and `section` itself.
 */
/** The lines that set the keepalive interval and count for connections that reach `section`. */
function keepaliveLines(doc: ConfigDocument, section: Section): { intervalFrom?: Directive; countFrom?: Directive } {
  const keys = KEYS[doc.kind];
  const global = doc.sections[0];
  if (doc.kind === 'sshd') {
    return {
      intervalFrom: (section !== global && firstIn(section.directives, keys.interval)) || firstIn(global.directives, keys.interval),
      countFrom: (section !== global && firstIn(section.directives, keys.count)) || firstIn(global.directives, keys.count),
    };
  }
  const applying = doc.sections.filter((s) => s === section || sectionAlwaysApplies(s));
  const all = applying.flatMap((s) => s.directives).sort((a, b) => a.line - b.line);
  return { intervalFrom: firstIn(all, keys.interval), countFrom: firstIn(all, keys.count) };
}

/** The keepalive interval in seconds (0: none) for connections that reach `section`; keepaliveScope() without the text. */
export function keepaliveInterval(doc: ConfigDocument, section: Section, target: string): number {
  return timeOf(keepaliveLines(doc, section).intervalFrom, target) ?? 0;
}

export function keepaliveScope(doc: ConfigDocument, section: Section, target: string): KeepaliveScope {
  const keys = KEYS[doc.kind];
  const { intervalFrom, countFrom } = keepaliveLines(doc, section);
  const interval = timeOf(intervalFrom, target) ?? 0;
  const countMax = intOf(countFrom) ?? DEFAULT_COUNT;
  const k = versionKey(target);
  const slowProbes = doc.kind === 'sshd' && k >= versionKey('9.2') && k < versionKey('9.5');
  const probeEvery = interval ? interval * (slowProbes ? 2 : 1) : 0;
  let cutAfter: number | undefined;
  const parts: string[] = [];
  const peer = keys.peer;
  const who = doc.kind === 'sshd' ? 'sshd' : 'ssh';
  if (!interval) {
    parts.push(
      `No ${keys.Interval} is set, so ${who} sends no probes: a ${peer} that vanishes is only noticed by TCP keepalives (if on; the kernel's timer, 2 hours on Linux) or when ${who} next writes to it.`,
    );
  } else if (countMax === 0 && doc.kind === 'sshd' && k >= versionKey('8.2')) {
    parts.push(
      `Probes go out after ${humanDuration(probeEvery)} of silence, but \`${keys.Count} 0\` means sshd **never** disconnects (since OpenSSH 8.2): a vanished client stays until TCP notices.`,
    );
  } else {
    const silentProbes = doc.kind === 'sshd' && countMax === 0 ? 0 : countMax;
    cutAfter = probeEvery * (silentProbes + 1);
    parts.push(
      `A ${peer} that vanishes is cut about **${humanDuration(cutAfter)}** after its last packet (${humanDuration(probeEvery)} × (${silentProbes} + 1)).`,
    );
    if (slowProbes) parts.push(`OpenSSH 9.2–9.4 probe only about every 2 × ${keys.Interval} (fixed in 9.5), hence the doubled time.`);
    if (doc.kind === 'sshd' && countMax === 0) {
      parts.push(`Before OpenSSH 8.2, \`${keys.Count} 0\` cuts after one silent interval even a live client: an "idle logout" by accident.`);
    }
    if (doc.kind === 'ssh' && countMax === 0) {
      parts.push('`ServerAliveCountMax 0` makes ssh quit after one silent interval **even when the server is fine** (an idle session sends nothing).');
    }
  }
  if (!(doc.kind === 'ssh' && countMax === 0 && interval)) {
    parts.push(
      doc.kind === 'sshd'
        ? 'An idle client that is still running answers every probe and is **never** cut by this. To end idle sessions use `ChannelTimeout session:*=…` / `UnusedConnectionTimeout …` (OpenSSH 9.2+) or the shell\'s `TMOUT`.'
        : 'An idle session with a live server is never cut by this; the probes also keep NAT and firewall state from expiring.',
    );
  }
  return { section, label: labelOf(section), interval, countMax, intervalFrom, countFrom, cutAfter, probeEvery, explanation: parts.join(' ') };
}

/** Markdown for the hover of a keepalive keyword: the behaviour in the line's scope, and in the others. */
export function keepaliveMarkdown(doc: ConfigDocument, d: Directive, target: string): string {
  const own = keepaliveScope(doc, doc.sections[d.section], target);
  const lines = [`**In this file** (${own.label}, ${FILE_LABEL[doc.kind]}, OpenSSH ${target}): ${own.explanation}`];
  for (const s of doc.sections) {
    if (s === own.section || !s.header) continue;
    const keys = KEYS[doc.kind];
    if (!s.directives.some((x) => x.name === keys.interval || x.name === keys.count)) continue;
    const other = keepaliveScope(doc, s, target);
    lines.push(`- For ${other.label}: ${other.cutAfter !== undefined ? `cut after ≈ ${humanDuration(other.cutAfter)}` : 'never cut'}.`);
  }
  return lines.join('\n\n');
}
