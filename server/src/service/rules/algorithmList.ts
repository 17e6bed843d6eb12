// Algorithm lists (Ciphers, MACs, KexAlgorithms, HostKeyAlgorithms,
// PubkeyAcceptedAlgorithms, HostbasedAcceptedAlgorithms, CASignatureAlgorithms and
// their old spellings), checked the way the target release reads them: the
// names it knows, the "+", "-", "^" prefixes it takes, wildcards where it allows
// them, and the list it must be able to build afterwards. Names that work but
// are off by default for their weakness get a warning. The semantics live in
// openssh/algorithms.ts; see docs/rules/unknown-algorithm.md,
// algorithm-list-syntax.md and weak-algorithm.md.

import { algorithmKeyword, checkAlgorithmList, type AlgorithmKeyword, type ListCheck, type ListFinding } from '../openssh/algorithms';
import { keywordResolver } from '../openssh/keywords';
import type { FileKind } from '../openssh/types';
import type { Directive, Section, Span, Token } from '../parser/types';
import type { Fix, Rule } from './types';

/** The source span of value offsets [start, end) of a token; the whole token when quoting or escapes get in the way. */
function spanIn(tok: Token, start: number, end: number): Span {
  let base: number | undefined;
  if (tok.text === tok.value) base = tok.start;
  else if (tok.text === `"${tok.value}"`) base = tok.start + 1;
  if (base === undefined) return { line: tok.line, start: tok.start, end: tok.end };
  const s = Math.min(base + start, tok.end);
  const e = Math.min(Math.max(base + end, s), tok.end);
  return { line: tok.line, start: s, end: e };
}

function fixesFor(f: ListFinding, span: Span): Fix[] | undefined {
  if (!f.suggestions?.length || f.end <= f.start) return undefined;
  return f.suggestions.map((s, i) => ({ title: `Change to "${s}"`, edits: [{ span, newText: s }], preferred: i === 0 }));
}

/**
 * The reading of a line's value depends on that line only; the parser keeps the
 * Directive objects of unchanged lines across edits, so remember it per object.
 * (What depends on other lines, first-value-wins and the block, is applied after.)
 */
const checked = new WeakMap<Directive, { key: string; result: ListCheck }>();
function checkLine(d: Directive, value: string, kind: FileKind, kw: AlgorithmKeyword, target: string): ListCheck {
  const key = `${kind}@${target}@${kw.op}`;
  const hit = checked.get(d);
  if (hit && hit.key === key) return hit.result;
  const result = checkAlgorithmList(value, kind, kw, target);
  checked.set(d, { key, result });
  return result;
}

/** A block every host (ssh) or connection (sshd) gets: the top of the file, `Host *`, `Match all`. */
function appliesToAll(section: Section | undefined): boolean {
  if (!section) return false;
  if (section.kind === 'global') return true;
  const args = section.header?.args.map((a) => a.value.toLowerCase()) ?? [];
  return (section.kind === 'host' && args.length === 1 && args[0] === '*') || (section.kind === 'match' && args.length === 1 && args[0] === 'all');
}

export const algorithmListRule: Rule = {
  id: 'algorithm-list',
  codes: ['unknown-algorithm', 'algorithm-list-syntax', 'weak-algorithm', 'extra-arguments'],
  check(doc, { kind, target }, report) {
    const resolve = keywordResolver(kind, target);
    /** the first line setting each option, per section (option = opcode: aliases share it) */
    const firstIn = new Map<string, number>();
    for (const d of doc.directives) {
      if (d.bare || d.raw) continue;
      const { info, era } = resolve(d.name);
      if (!info || !era || (era.status !== 'active' && era.status !== 'alias' && era.status !== 'conditional')) continue;
      const kw = algorithmKeyword(kind, era.op, target);
      if (!kw) continue;
      const first = d.args[0];
      if (!first) continue;
      const name = info.facts.name;
      const result = checkLine(d, first.value, kind, kw, target);
      // First obtained value wins: a later line of the same option in the same block (or, for ssh,
      // after one at the top of the file) is never used, so a list that fails only when it is
      // assembled cannot break anything there.
      let earlier = firstIn.get(`${d.section}:${kw.op}`);
      if (earlier === undefined && kind === 'ssh') {
        // an earlier block that applies to every host: the top of the file, "Host *", "Match all"
        for (const [key, line] of firstIn) {
          const [sec, op] = key.split(':');
          if (op === kw.op && Number(sec) < d.section && appliesToAll(doc.sections[Number(sec)])) earlier = Math.min(earlier ?? line, line);
        }
      }
      if (!firstIn.has(`${d.section}:${kw.op}`)) firstIn.set(`${d.section}:${kw.op}`, d.line);
      let quoted = false;
      // Weak names: OpenSSH's own advice (release-8.8) is to turn them on for the peers that need them,
      // in a Host or Match block; flag them where they apply to every host or connection.
      const everywhere = appliesToAll(doc.sections[d.section]);
      for (const f of result.findings) {
        if (f.code === 'weak-algorithm' && !everywhere) continue;
        const span = f.start === 0 && f.end >= first.value.length ? { line: first.line, start: first.start, end: first.end } : spanIn(first, f.start, f.end);
        // OpenSSH's own complaint, once per line, when it refuses the line as it reads it
        let says = '';
        if (f.severity === 'error' && result.stage === 'parse' && result.opensshMessage && !quoted) {
          says = ` (OpenSSH: "${result.opensshMessage}")`;
          quoted = true;
        }
        const shadowedBy = f.assemble && f.severity === 'error' ? earlier : undefined;
        report({
          code: f.code,
          severity: shadowedBy !== undefined ? 'warning' : f.severity,
          message:
            shadowedBy !== undefined
              ? `${name}: ${f.message} It does no harm here only because line ${shadowedBy + 1} sets ${name} first and its value wins.`
              : `${name}: ${f.message}${says}`,
          span,
          fixes: fixesFor(f, span),
          tags: f.code === 'weak-algorithm' ? ['deprecated'] : undefined,
        });
      }
      if (d.args.length > 1) {
        const extra = d.args[1];
        report({
          code: 'extra-arguments',
          severity: 'error',
          message: `${name} takes one comma-separated list; OpenSSH rejects the extra "${extra.text}" (separate names with commas, not spaces).`,
          span: { line: d.line, start: extra.start, end: d.args[d.args.length - 1].end },
        });
      }
    }
  },
};
