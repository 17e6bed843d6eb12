// ssh_config: a ProxyJump whose jump host, by the file's own settings, jumps
// back to a host already on the way. To reach a jump host ssh starts another ssh
// for it (ssh.c: the ProxyJump becomes `ssh -W [%h]:%p JUMPHOST`), and that one
// reads the same file: with `Host *` + `ProxyJump bastion` the bastion matches
// `*` too and jumps through itself, again and again. Since 8.3 ssh stops with
// "jumphost loop via X" when the jump host is written exactly as the host it
// connects to, with the same port and user (ssh.c, V_8_3_P1 to V_9_2_P1 and
// later); a HostName, another port or user hides the loop from that check.
//
// Conservative: only Host blocks and the global part are followed. A file with
// an Include, or with a Match block that sets ProxyJump or ProxyCommand, is not
// checked (what applies there depends on more than this file's Host lines).

import { firstHop, firstHopHost } from '../openssh/jump';
import { matchPattern } from '../openssh/patterns';
import { versionKey } from '../openssh/version';
import type { ConfigDocument, Directive, Section } from '../parser/types';
import { hostLineMatches } from '../semantics/effective';
import type { Finding, Rule } from './types';

const LOOP_CHECK_SINCE = '8.3';
const MAX_HOPS = 16;
const ROUTE_KEYWORDS: ReadonlySet<string> = new Set(['proxyjump', 'proxycommand']);
const HOSTNAME: ReadonlySet<string> = new Set(['hostname']);
const PORT: ReadonlySet<string> = new Set(['port']);
const USER: ReadonlySet<string> = new Set(['user']);

const isPattern = (v: string): boolean => v.includes('*') || v.includes('?') || v.charCodeAt(0) === 33;

interface Lookup {
  /** Host blocks by the literal names of their lines */
  byName: Map<string, Section[]>;
  /** Host blocks with a wildcard or negated pattern: matched one by one */
  patterned: Section[];
  global: Section;
}

/** The Host blocks that can apply to `hosts`: by name (as written: ssh compares Host lines case-sensitively), and every block with a pattern. */
function lookupOf(doc: ConfigDocument, hosts: ReadonlySet<string>): Lookup {
  const byName = new Map<string, Section[]>();
  const patterned: Section[] = [];
  const sections = doc.sections;
  for (let i = 1; i < sections.length; i++) {
    const s = sections[i];
    if (s.kind !== 'host' || !s.header) continue;
    const args = s.header.args;
    let patternedBlock = false;
    for (let k = 0; k < args.length; k++) if (isPattern(args[k].value)) patternedBlock = true;
    if (patternedBlock) {
      patterned.push(s);
      continue;
    }
    for (let k = 0; k < args.length; k++) {
      const key = args[k].value;
      if (!hosts.has(key)) continue;
      const list = byName.get(key);
      if (list) {
        if (list[list.length - 1] !== s) list.push(s);
      } else byName.set(key, [s]);
    }
  }
  return { byName, patterned, global: sections[0] };
}

/** The first line among `names` in `s` (its Host line left out). */
function firstIn(s: Section, names: ReadonlySet<string>): Directive | undefined {
  const list = s.directives;
  for (let i = 0; i < list.length; i++) if (list[i] !== s.header && names.has(list[i].name)) return list[i];
  return undefined;
}

const patternsOf = (s: Section): string[] => s.header!.args.map((a) => a.value);

/** The first line among `names` that applies to `host` (Host lines matched like readconf.c; first value wins). */
function firstFor(lk: Lookup, host: string, names: ReadonlySet<string>): Directive | undefined {
  let best = firstIn(lk.global, names);
  const named = lk.byName.get(host);
  if (named) {
    for (let i = 0; i < named.length; i++) {
      const d = firstIn(named[i], names);
      if (d && (!best || d.line < best.line)) best = d;
    }
  }
  for (let i = 0; i < lk.patterned.length; i++) {
    const s = lk.patterned[i];
    const d = firstIn(s, names);
    if (d && (!best || d.line < best.line) && hostLineMatches(host, patternsOf(s))) best = d;
  }
  return best;
}

/** How many blocks applying to `host` set ProxyJump or ProxyCommand. */
function routesFor(lk: Lookup, host: string): number {
  let n = 0;
  const count = (s: Section) => {
    if (s.directives.some((x) => x !== s.header && ROUTE_KEYWORDS.has(x.name))) n++;
  };
  count(lk.global);
  for (const s of lk.byName.get(host) ?? []) count(s);
  for (const s of lk.patterned) if (hostLineMatches(host, patternsOf(s))) count(s);
  return n;
}

// Kept between checks (an edit of a large file re-checks it): the ProxyJump lines
// and the hosts of their first hops. Emptied when a check ends, so they never hold
// a document.
const scratchJumps: Directive[] = [];
const scratchJumpHosts: string[] = [];
const scratchHosts = new Set<string>();

export const proxyJumpLoopRule: Rule = {
  id: 'proxyjump-loop',
  codes: ['proxyjump-loop'],
  check(doc, ctx, report) {
    try {
      checkLoops(doc, ctx.kind, ctx.target, report);
    } finally {
      scratchJumps.length = 0;
      scratchJumpHosts.length = 0;
      scratchHosts.clear();
    }
  },
};

function checkLoops(doc: ConfigDocument, kind: string, target: string, report: (f: Finding) => void): void {
  if (kind !== 'ssh') return;
  // Each ProxyJump line with the host of its first hop (as written: the next ssh gets it so).
  const jumps = scratchJumps;
  const jumpHosts = scratchJumpHosts;
  const hosts = scratchHosts;
  const directives = doc.directives;
  for (let i = 0; i < directives.length; i++) {
    const d = directives[i];
    if (d.name === 'include') return;
    if (d.name !== 'proxyjump' || !d.raw) continue;
    const host = firstHopHost(d.raw.text);
    if (host === undefined) continue;
    jumps.push(d);
    jumpHosts.push(host);
    hosts.add(host);
  }
  if (!jumps.length) return;
  const sections = doc.sections;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.kind === 'match' && firstIn(s, ROUTE_KEYWORDS)) return;
  }
  const lk = lookupOf(doc, hosts);
  const hasMatch = doc.sections.some((s) => s.kind === 'match');
  const canStop = !hasMatch && versionKey(target) >= versionKey(LOOP_CHECK_SINCE);

  /**
   * ssh's own check (since 8.3), in the ssh that connects to `host` with this route:
   * the route's last hop (its jump host) written exactly as the name it connects to
   * (HostName applied, lower case), with the same port and user. False when unsure.
   */
  const sshStops = (host: string, route: Directive): string | undefined => {
    if (!canStop) return undefined;
    const hops = route.raw!.text.replace(/#.*$/, '').trim().split(',');
    const last = firstHop(hops[hops.length - 1]);
    if (!last) return undefined;
    // ssh lower-cases the name it connects to (after HostName), not the jump host it compares it with.
    const hostName = (firstFor(lk, host, HOSTNAME)?.args[0]?.value.replace(/%h/g, host) ?? host).toLowerCase();
    const port = Number(firstFor(lk, host, PORT)?.args[0]?.value ?? 22);
    const user = firstFor(lk, host, USER)?.args[0]?.value;
    return hostName === last.host && (last.port ?? 22) === port && (last.user === undefined || last.user === user) ? last.host : undefined;
  };

  /** stopsAt: the host whose ssh stops, with the jump host it names in "jumphost loop via". */
  type Loop = { path: string[]; via: Directive; stopsAt?: string; stopsVia?: string };
  const verdicts = new Map<string, Loop | null>();
  /** Where the chain of first hops from `start` comes back to a host already on it (or ssh stops it), if it does. */
  const loopFrom = (start: string): Loop | null => {
    // Most jump hosts have no route of their own: nothing to follow, nothing to keep.
    if (!firstFor(lk, start, ROUTE_KEYWORDS)) return null;
    const known = verdicts.get(start);
    if (known !== undefined) return known;
    const path = [start];
    let host = start;
    let result: Loop | null = null;
    for (let i = 0; i < MAX_HOPS; i++) {
      const route = firstFor(lk, host, ROUTE_KEYWORDS);
      if (!route || route.name !== 'proxyjump' || !route.raw) break;
      const stopsVia = sshStops(host, route);
      if (stopsVia !== undefined) {
        result = { path: [...path, host], via: route, stopsAt: host, stopsVia };
        break;
      }
      const hop = firstHop(route.raw.text);
      if (!hop) break;
      const next = hop.host;
      path.push(next);
      if (path.indexOf(next) < path.length - 1) {
        result = { path, via: route };
        break;
      }
      host = next;
    }
    verdicts.set(start, result);
    return result;
  };

  for (let j = 0; j < jumps.length; j++) {
    const d = jumps[j];
    const loop = loopFrom(jumpHosts[j]);
    if (!loop) continue;
    const via = loop.via;
    const viaLine = via.line + 1;
    const again = loop.path[loop.path.length - 1];
    const chain = loop.path.map((h) => `"${h}"`).join(' -> ');
    const before = loop.path[loop.path.length - 2];
    const singleHop = !via.raw!.text.replace(/#.*$/, '').includes(',');
    const routeText = via.raw!.text.replace(/\s*#.*$/, '');
    const message = loop.stopsAt
      ? `"${loop.stopsAt}" jumps through itself: line ${viaLine} gives it "ProxyJump ${routeText}"${via === d ? '' : ' too'}. ssh ${target} notices and stops with "jumphost loop via ${loop.stopsVia}" instead of connecting.`
      : `${loop.path.length === 2 ? `"${again}" jumps through itself (line ${viaLine})` : `The jump hosts go round in a circle: ${chain}${via === d ? '' : ` (line ${viaLine} sends "${before}" on)`}`}. To reach a jump host ssh starts another ssh that reads this file again, so the connection never comes up` +
        (canStop && loop.path.length === 2 && singleHop && !firstHop(routeText)?.user
          ? ': ssh only stops such a loop when the name, port and user are written exactly alike, and here they differ.'
          : '.');
    // The fix leaves the host whose route closes the circle (`before`) out of the block that
    // gives it that route, when no other block routes it (otherwise the loop would only
    // move to that block).
    const header = doc.sections[via.section].header;
    const pattern =
      header?.name === 'host' && routesFor(lk, before) === 1
        ? header.args.find((a) => !a.value.startsWith('!') && a.value !== before && matchPattern(before, a.value))
        : undefined;
    report({
      code: 'proxyjump-loop',
      severity: 'warning',
      message,
      span: { line: d.line, start: d.raw!.start, end: d.raw!.end },
      related: via === d ? undefined : [{ span: { line: via.line, start: via.keyword.start, end: via.end }, message: `gives "${before}" its ProxyJump` }],
      fixes:
        header && pattern
          ? [
              {
                title: `Leave "${before}" out of "Host ${header.args.map((a) => a.value).join(' ')}" (add !${before})`,
                edits: [{ span: { line: header.line, start: header.args[header.args.length - 1].end, end: header.args[header.args.length - 1].end }, newText: ` !${before}` }],
                preferred: true,
              },
            ]
          : undefined,
    });
  }
}
