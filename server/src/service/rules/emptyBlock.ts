// Blocks that do nothing.
//
// empty-block: a Host or Match line followed directly by the next Host/Match
// line or the end of the file. It sets nothing. (`Match all` alone is left
// out: people write it to end the block above, which it does.) In ssh_config the usual cause
// is `Host a` / `Host b` / settings, meant as one block for both hosts: only
// `b` gets the settings (a block runs to the next Host/Match line).
//
// never-matching-block: a block no connection can match, so its settings are
// never used. Decided only in plain cases that match-criteria / host-pattern
// (which report lists with only negated entries) do not cover:
//   - ssh `Host` whose positive patterns are all excluded by a negated one on
//     the same line (`Host * !*`, `Host web !web`): readconf.c case oHost sets
//     the block active only when a positive pattern matches and no negated one
//     does;
//   - a Match line that tests one criterion twice with plain names and no name
//     in common (`Match User alice User bob`): criteria are ANDed
//     (match_cfg_line, servconf.c/readconf.c), and a plain name list without
//     wildcards or negation matches only those names.

import { lookupCriterion } from '../openssh/match';
import { matchPattern } from '../openssh/patterns';
import type { Directive, Section, Span } from '../parser/types';
import { lineMemo } from './memo';
import type { Finding, Fix, Rule } from './types';

const WILDCARD = /[*?]/;

/** Why a Host line can never match, if it cannot (only positives excluded by negations: all-negated lines are host-pattern's). */
function hostNeverMatches(h: Directive): string | undefined {
  const values = h.args.map((a) => a.value);
  const negated = values.filter((v) => v.startsWith('!')).map((v) => v.slice(1));
  const positive = values.filter((v) => !v.startsWith('!'));
  if (!positive.length || !negated.length) return undefined;
  const excluded = (p: string) => negated.some((n) => /^\*+$/.test(n) || (!WILDCARD.test(p) && matchPattern(p, n)));
  if (positive.every(excluded)) return 'every host its patterns name is excluded by a negated pattern on the same line';
  return undefined;
}

const LIST_ARGS = new Set(['patterns', 'hostnames', 'addresses']);
const PLAIN = /^[^*?!,]+$/;

/** Why a Match line can never match, and the argument to blame. */
function matchNeverMatches(kind: 'sshd' | 'ssh', h: Directive): { why: string; arg: Directive['args'][number] } | undefined {
  const args = h.args;
  const seen = new Map<string, { names: Set<string>; text: string }>();
  for (let i = 0; i < args.length; i++) {
    let word = args[i].value;
    let value: string | undefined;
    let valueTok = args[i];
    const eq = word.indexOf('=');
    if (eq > 0 && lookupCriterion(kind, word.slice(0, eq).replace(/^!/, ''))) {
      value = word.slice(eq + 1);
      word = word.slice(0, eq);
    }
    const wholeNegated = word.startsWith('!');
    const c = lookupCriterion(kind, wholeNegated ? word.slice(1) : word);
    if (!c) return undefined; // unknown criterion: match-criteria reports it
    if (c.arg === 'none') continue;
    if (value === undefined) {
      if (i + 1 >= args.length) return undefined;
      valueTok = args[++i];
      value = valueTok.value;
    }
    if (wholeNegated || !LIST_ARGS.has(c.arg)) continue;
    const items = value.split(',');
    if (!items.every((x) => PLAIN.test(x))) continue;
    // Host names are compared in lower case (match_hostname); user and group names as written.
    const names = new Set(c.arg === 'hostnames' ? items.map((x) => x.toLowerCase()) : items);
    const key = c.name.toLowerCase();
    const before = seen.get(key);
    if (before) {
      if (![...names].some((n) => before.names.has(n))) {
        return { why: `it asks for ${c.name} ${before.text} and ${c.name} ${value} at once, and all criteria of a Match line must hold`, arg: valueTok };
      }
    } else seen.set(key, { names, text: value });
  }
  return undefined;
}

function blockLabel(section: Section): string {
  const h = section.header!;
  return `${h.keyword.value} ${h.args.map((a) => a.text).join(' ')}`.trim();
}

/** The never-matching-block finding of a block's header line, if any. */
function neverMatching(kind: 'sshd' | 'ssh', section: Section, label: string): Finding[] {
  const h = section.header!;
  let never: { why: string; span: Span } | undefined;
  if (section.kind === 'host') {
    const why = hostNeverMatches(h);
    if (why) never = { why, span: h.keyword };
  } else {
    const m = matchNeverMatches(kind, h);
    if (m) never = { why: m.why, span: m.arg };
  }
  if (!never) return [];
  return [
    {
      code: 'never-matching-block',
      severity: 'warning',
      message: `The "${label}" block can never match: ${never.why}. Its settings are never used.`,
      span: { line: never.span.line, start: never.span.start, end: never.span.end },
    },
  ];
}

export const emptyBlockRule: Rule = {
  id: 'empty-block',
  codes: ['empty-block', 'never-matching-block'],
  check(doc, ctx, report) {
    const kind = ctx.kind;
    const headers = lineMemo('never-matching-block', ctx); // depends on the header line only
    const never = (h: Directive) => neverMatching(kind, doc.sections[h.section], blockLabel(doc.sections[h.section]));
    for (let i = 1; i < doc.sections.length; i++) {
      const section = doc.sections[i];
      const h = section.header;
      if (!h || h.bare) continue;
      // An empty `Match all` is the idiom that "closes" the block above it: harmless, not reported.
      const closer = section.kind === 'match' && h.args.length === 1 && h.args[0].value.toLowerCase() === 'all';
      if (section.directives.length === 1 && !closer) {
        const label = blockLabel(section);
        const next = doc.sections[i + 1]?.header;
        const merge = kind === 'ssh' && section.kind === 'host' && next?.name === 'host';
        const fixes: Fix[] = [
          { title: `Comment out the empty "${label}" line`, edits: [{ span: { line: h.line, start: h.start, end: h.start }, newText: '# ' }] },
        ];
        report({
          code: 'empty-block',
          severity: 'warning',
          message: merge
            ? `The "${label}" block has no settings: the Host line on line ${next.line + 1} starts a new block, and its settings do not apply here. To give several hosts the same settings, list their patterns on one Host line.`
            : `The "${label}" block has no settings${next ? ` before the next ${next.keyword.value} line (line ${next.line + 1})` : ''}, so it does nothing.`,
          span: h.keyword,
          tags: ['unnecessary'],
          fixes,
        });
        continue;
      }
      for (const f of headers(h, never)) report(f);
    }
  },
};
