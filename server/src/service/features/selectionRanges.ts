// Selection ranges ("expand selection"): the word under the cursor, the
// setting's value, the whole setting, its Host/Match block, the document.

import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import type { ConfigDocument, Span } from '../parser/types';
import { blockLastLine } from './symbols';

const r = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const spanRange = (s: Span) => r(s.line, s.start, s.line, s.end);
const inside = (s: Span, p: Position) => s.line === p.line && s.start <= p.character && p.character <= s.end;

function contains(outer: Range, inner: Range): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

export function selectionRanges(doc: ConfigDocument, positions: Position[]): SelectionRange[] {
  return positions.map((p) => {
    const chain: Range[] = [];
    const d = doc.directiveAt(p.line);
    const lastLine = doc.lineCount - 1;
    if (d) {
      const tok = [d.keyword, ...d.args].find((t) => inside(t, p));
      if (tok) chain.push(spanRange(tok));
      if (d.raw && inside(d.raw, p)) chain.push(spanRange(d.raw));
      else if (d.args.length > 1 && d.args.some((a) => inside(a, p))) chain.push(r(d.line, d.args[0].start, d.line, d.args[d.args.length - 1].end));
      const end = d.raw ? d.raw.end : d.args.length ? d.args[d.args.length - 1].end : d.keyword.end;
      chain.push(r(d.line, d.start, d.line, end));
      if (d.comment && inside(d.comment, p)) chain.unshift(spanRange(d.comment));
      chain.push(r(d.line, 0, d.line, doc.lineText(d.line).length));
    } else {
      const c = doc.comments.find((x) => x.line === p.line);
      if (c && inside(c, p)) chain.push(spanRange(c));
      chain.push(r(p.line, 0, p.line, doc.lineText(p.line).length));
    }
    const section = doc.sections.find((s) => s.startLine <= p.line && p.line <= s.endLine);
    if (section?.header) {
      const end = Math.max(blockLastLine(section), p.line);
      chain.push(r(section.startLine, 0, end, doc.lineText(end).length));
    }
    chain.push(r(0, 0, lastLine, doc.lineText(lastLine).length));
    // Innermost first; each range must contain the one before it.
    let result: SelectionRange | undefined;
    const kept: Range[] = [];
    for (const range of chain) {
      const prev = kept[kept.length - 1];
      if (prev && (!contains(range, prev) || (contains(prev, range) && contains(range, prev)))) continue;
      kept.push(range);
    }
    for (let i = kept.length - 1; i >= 0; i--) result = { range: kept[i], parent: result };
    return result ?? { range: r(p.line, p.character, p.line, p.character) };
  });
}
