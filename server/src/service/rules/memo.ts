// Findings that depend only on one line (its directive, the file kind and the
// target), remembered across versions of a document. The parser reuses the
// Directive objects of unchanged lines (parser.ts reparse), so an edit only
// re-checks the lines it touched. Stored findings are copied to plain spans;
// when a line moved, they are moved with it.

import { newMemo, type Directive, type Span } from '../parser/types';
import type { Finding, RuleContext } from './types';

interface Entry {
  key: string;
  line: number;
  findings: Finding[];
}


/** A small number per rule that keeps line memos: its index in DirectiveMemo.lines. */
const slots = new Map<string, number>();
function lineSlot(rule: string): number {
  let s = slots.get(rule);
  if (s === undefined) slots.set(rule, (s = slots.size));
  return s;
}

const memoKeys = new Map<string, Map<string, string>>();
/**
 * `kind@target`, the same string object for the same pair: memos compare it on
 * every line of every edit, and equal objects compare without reading the text.
 */
export function memoKey(kind: string, target: string): string {
  let byTarget = memoKeys.get(kind);
  if (!byTarget) memoKeys.set(kind, (byTarget = new Map()));
  let k = byTarget.get(target);
  if (k === undefined) byTarget.set(target, (k = `${kind}@${target}`));
  return k;
}

const moveSpan = (s: Span, by: number): Span => ({ line: s.line + by, start: s.start, end: s.end });

function move(f: Finding, by: number): Finding {
  const out: Finding = { ...f, span: moveSpan(f.span, by) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, span: moveSpan(r.span, by) }));
  if (f.fixes) {
    out.fixes = f.fixes.map((x) => ({
      ...x,
      edits: x.edits.map((e) => (e.wholeLines ? { ...e, span: moveSpan(e.span, by), wholeLines: { endLine: e.wholeLines.endLine + by } } : { ...e, span: moveSpan(e.span, by) })),
    }));
  }
  return out;
}

/**
 * The memo of one rule for one file kind and target; take it once per check
 * and call it for each line: `lines(d, findingsOf)`. `compute` takes the line
 * (no closure per line: on a large file each edit walks every line).
 */
export function lineMemo(rule: string, ctx: RuleContext): (d: Directive, compute: (d: Directive) => Finding[]) => Finding[] {
  if (!ctx.remember) return (d, compute) => compute(d);
  const key = memoKey(ctx.kind, ctx.target);
  const slot = lineSlot(rule);
  return (d, compute) => {
    const hit = d.memo?.lines[slot] as Entry | undefined;
    if (hit && hit.key === key) return hit.line === d.line ? hit.findings : hit.findings.map((f) => move(f, d.line - hit.line));
    const computed = compute(d);
    const findings = computed.length ? computed.map((f) => move(f, 0)) : NONE;
    (d.memo ??= newMemo()).lines[slot] = { key, line: d.line, findings } satisfies Entry;
    return findings;
  };
}

const NONE: Finding[] = [];
