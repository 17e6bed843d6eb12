// Folding ranges: each Host/Match block (from its header to its last setting)
// and each run of two or more whole-line comments.

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/types';
import { blockLastLine } from './symbols';

export function foldingRanges(doc: ConfigDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const section of doc.sections) {
    if (!section.header) continue;
    const end = blockLastLine(section);
    if (end > section.startLine) out.push({ startLine: section.startLine, endLine: end });
  }
  let runStart = -1;
  let prev = -2;
  const flush = () => {
    if (runStart >= 0 && prev > runStart) out.push({ startLine: runStart, endLine: prev, kind: FoldingRangeKind.Comment });
  };
  for (const c of doc.comments) {
    if (!c.wholeLine) continue;
    if (c.line !== prev + 1) {
      flush();
      runStart = c.line;
    }
    prev = c.line;
  }
  flush();
  out.sort((a, b) => a.startLine - b.startLine);
  return out;
}
