// A value that an earlier block makes unreachable.
//
// ssh_config: for one connection ssh reads the global lines and every Host or
// Match block that matches, in file order, and keeps the first value of each
// keyword (readconf.c process_config_line_depth, `*activep && *intptr == -1`;
// ssh_config(5): put specific blocks first, `Host *` last). A later block's
// value is therefore never used when an earlier scope that sets the same
// keyword applies to every host the later block names:
//   - the global part, `Host *` (without negation) or `Match all`;
//   - an earlier `Host` line without negated patterns that matches every
//     pattern of the later `Host` line (we only decide this for later patterns
//     without wildcards; anything subtler is left alone).
//
// sshd_config: each connection re-reads the file with only matching Match
// blocks active, first value wins among them (parse_server_match_config,
// servconf.c). Only `Match all` matches every connection, so a value in a
// `Match all` block hides the same keyword in every later Match block. A
// global value never hides a Match block's value (copy_set_server_options
// copies the Match values over it).
//
// Values repeated within one scope are rules/firstValueWins.ts's business.

import { keywordResolver } from '../openssh/keywords';
import { matchPattern } from '../openssh/patterns';
import type { ConfigDocument, Section } from '../parser/types';
import { directiveSequence, type SequenceItem } from '../semantics/sequence';
import { REPORTED_ELSEWHERE, settingLookup, where } from './firstValueWins';
import type { Fix, Rule } from './types';

const WILDCARD = /[*?]/;

/** An earlier Host block with positive patterns only, and the first line of each keyword it sets. */
interface HostBlock {
  scopeId: string;
  positives: string[];
  keys: Map<string, SequenceItem>;
}

/** The Host line's patterns, or undefined when it has a negated one. */
function positiveHostPatterns(section: Section): string[] | undefined {
  const h = section.header;
  if (!h || section.kind !== 'host') return undefined;
  const values = h.args.map((a) => a.value);
  if (!values.length || values.some((v) => v.startsWith('!'))) return undefined;
  return values;
}

/** Every host the later patterns name is matched by one of the earlier patterns. */
function covers(earlier: string[], later: string[]): boolean {
  return later.every((p) => (WILDCARD.test(p) ? earlier.some((e) => /^\*+$/.test(e)) : earlier.some((e) => matchPattern(p, e))));
}

export const shadowingRule: Rule = {
  id: 'shadowed-by-earlier-block',
  codes: ['shadowed-by-earlier-block'],
  check(doc, ctx, report) {
    const { kind, target, remember } = ctx;
    const resolve = keywordResolver(kind, target);
    const settingOf = settingLookup(kind, target, remember);
    const always = new Map<string, SequenceItem>(); // keyword → first value from a scope that always applies
    // Earlier Host blocks, indexed by their literal patterns; blocks with a wildcard are checked one by one.
    const byPattern = new Map<string, HostBlock[]>();
    const wildBlocks: HostBlock[] = [];
    const blocks = new Map<unknown, HostBlock | null>(); // scope → its record (null: not a positive-only Host block)
    const program = kind === 'ssh' ? 'ssh' : 'sshd';
    for (const item of directiveSequence(doc, ctx)) {
      const d = item.directive;
      const scope = item.scope;
      const setting = settingOf(d);
      if (!setting || !setting.sets || (setting.repeat !== 'first-wins' && setting.repeat !== 'first-line-wins') || REPORTED_ELSEWHERE.has(setting.key)) continue;
      const key = setting.key;
      // sshd: the global part is overridden by Match blocks; only `Match all` blocks hide later ones.
      const alwaysScope = scope.alwaysApplies && (kind === 'ssh' || scope.section.kind === 'match');

      let winner: SequenceItem | undefined;
      const a = always.get(key);
      if (a && a.scope.id !== scope.id) winner = a;
      let block: HostBlock | null | undefined;
      if (kind === 'ssh' && scope.section.kind === 'host') {
        block = blocks.get(scope);
        if (block === undefined) {
          const positives = positiveHostPatterns(scope.section);
          block = positives && !scope.alwaysApplies ? { scopeId: scope.id, positives, keys: new Map() } : null;
          blocks.set(scope, block);
          if (block) {
            if (positives!.some((p) => WILDCARD.test(p))) wildBlocks.push(block);
            else {
              for (const p of new Set(positives)) {
                const list = byPattern.get(p);
                if (list) list.push(block);
                else byPattern.set(p, [block]);
              }
            }
          }
        }
        const positives = block?.positives;
        if (!winner && positives && !WILDCARD.test(positives[0])) {
          winner = earliest(byPattern.get(positives[0]), key, scope.id, positives, earliest(wildBlocks, key, scope.id, positives, undefined));
        }
      }
      if (winner && item.uri === undefined && (kind === 'ssh' || scope.section.kind === 'match')) {
        reportShadow(doc, item, winner, key, program, report, resolve);
      }
      // Record this value for later blocks (only the first per scope counts).
      if (alwaysScope && !always.has(key)) always.set(key, item);
      if (block && !block.keys.has(key)) block.keys.set(key, item);
    }
  },
};

/** The earliest line setting `key` in one of `blocks` (other than `scopeId`) that covers `patterns`, or `best`. */
function earliest(blocks: HostBlock[] | undefined, key: string, scopeId: string, patterns: string[], best: SequenceItem | undefined): SequenceItem | undefined {
  if (!blocks) return best;
  for (const b of blocks) {
    const w = b.keys.get(key);
    if (!w || b.scopeId === scopeId || (best && best.directive.line <= w.directive.line) || !covers(b.positives, patterns)) continue;
    best = w;
  }
  return best;
}

function blockLabel(section: Section): string {
  const h = section.header;
  if (!h) return 'the global part';
  return `${h.keyword.value} ${h.args.map((x) => x.text).join(' ')}`.trim();
}

function reportShadow(
  doc: ConfigDocument,
  item: SequenceItem,
  winner: SequenceItem,
  key: string,
  program: string,
  report: Parameters<Rule['check']>[2],
  resolve: ReturnType<typeof keywordResolver>,
): void {
  const d = item.directive;
  const w = winner.directive;
  const label = resolve(key).info?.facts.name ?? d.keyword.value;
  const here = item.scope.section;
  const there = winner.scope.section;
  const who = here.kind === 'host' ? `every host "${blockLabel(here)}" names` : 'every connection this block matches';
  const thereLabel = there.header ? `"${blockLabel(there)}"` : 'the global part';
  const inFile = where(winner);
  const fixes: Fix[] = [];
  // Move the later block above the earlier one: its values then come first. Only within this
  // file, for a winning Host/Match block (not the global part), and without losing a line.
  if (winner.uri === undefined && there.header && here.header && here.startLine > there.startLine) {
    const lines: string[] = [];
    for (let l = here.startLine; l <= here.endLine; l++) lines.push(doc.lineText(l));
    while (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
    const end = here.startLine + lines.length - 1;
    fixes.push({
      title: `Move the "${blockLabel(here)}" block above "${blockLabel(there)}" (line ${there.startLine + 1})`,
      edits: [
        { span: { line: there.startLine, start: 0, end: 0 }, newText: `${lines.join('\n')}\n\n` },
        { span: { line: here.startLine, start: 0, end: 0 }, newText: '', wholeLines: { endLine: end } },
      ],
    });
  }
  report({
    code: 'shadowed-by-earlier-block',
    severity: 'warning',
    message: `${label} is already set on line ${w.line + 1}${inFile} in ${thereLabel}, which also applies to ${who}; ${program} keeps the first value it obtains, so this value is never used.`,
    span: d.keyword,
    tags: ['unnecessary'],
    related: [{ span: w.keyword, message: `the ${label} value that applies first`, uri: winner.uri }],
    fixes: fixes.length ? fixes : undefined,
  });
}
