import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Finding } from '../rules/types';
import { spanToRange } from '../util/ranges';
import { DIAGNOSTIC_SOURCE, toLspEdit } from './validate';

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * Quick fixes for our diagnostics in `range`. Each diagnostic the client sends
 * back is matched (code, range, message) with a finding of the current document
 * version, which holds the fixes. A diagnostic of an older version that no
 * longer matches gets none; the client asks again once the new ones arrive.
 */
export function codeActions(uri: string, range: Range, diagnostics: readonly Diagnostic[], findings: readonly Finding[], eol: '\n' | '\r\n' = '\n'): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diag of diagnostics) {
    if (diag.source !== DIAGNOSTIC_SOURCE || !overlaps(diag.range, range)) continue;
    const line = diag.range.start.line;
    // Findings are sorted by line: a binary search finds the first one on this line.
    let lo = 0;
    let hi = findings.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (findings[m].span.line < line) lo = m + 1;
      else hi = m;
    }
    for (let i = lo; i < findings.length && findings[i].span.line === line; i++) {
      const f = findings[i];
      if (f.code !== diag.code || f.message !== diag.message || !f.fixes?.length || !sameRange(spanToRange(f.span), diag.range)) continue;
      for (const fix of f.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diag],
          isPreferred: fix.preferred,
          edit: { changes: { [uri]: fix.edits.map((e) => toLspEdit(e, eol)) } },
        });
      }
      break;
    }
  }
  return actions;
}
