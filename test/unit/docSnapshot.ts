// Everything a feature can see of a parsed document, as plain data: the
// re-parse tests compare an incrementally parsed document with a fresh parse.

import type { ConfigDocument } from '../../server/src/service/parser/types';

export function docSnapshot(doc: ConfigDocument): unknown {
  return {
    lineCount: doc.lineCount,
    hasBom: doc.hasBom,
    eol: doc.eol,
    directives: doc.directives,
    comments: doc.comments,
    problems: doc.problems,
    // A block's header and lines are the document's own directives, not stale copies of them.
    sections: doc.sections.map((s) => ({
      ...s,
      header: s.header && { directive: s.header, isTheLine: s.header === doc.directiveAt(s.header.line) },
      directives: s.directives.map((d) => [d.line, d === doc.directiveAt(d.line)]),
    })),
    lines: Array.from({ length: doc.lineCount }, (_, l) => [doc.lineText(l), doc.directiveAt(l)?.line]),
  };
}
