// Document links and go-to-definition on the words of Include lines: each
// word links to the files it reads (semantics/include.ts resolved them).

import type { DocumentLink, Location, Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/types';
import { includeArgs, type IncludeArg, type IncludeGraph } from '../semantics/include';
import { spanToRange } from '../util/ranges';

function argsOfRoot(doc: ConfigDocument, graph: IncludeGraph | undefined): IncludeArg[] {
  if (!graph) return [];
  const root = graph.files.get(graph.root);
  if (root?.doc === doc) return root.includes;
  // The graph belongs to an older version of the document: match words by position.
  const words = includeArgs(doc);
  return (root?.includes ?? []).filter((a) => words.some((w) => w.token.line === a.token.line && w.token.start === a.token.start && w.token.value === a.token.value));
}

export function documentLinks(doc: ConfigDocument, graph: IncludeGraph | undefined): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const a of argsOfRoot(doc, graph)) {
    const files = a.matches.map((m) => graph!.files.get(m)).filter((f) => f && !f.error);
    if (files.length === 1) out.push({ range: spanToRange(a.token), target: files[0]!.uri, tooltip: `Open ${files[0]!.path}` });
    else if (files.length > 1) out.push({ range: spanToRange(a.token), target: files[0]!.uri, tooltip: `${files.length} files: ${files.map((f) => f!.path).join(', ')} (Go to Definition lists them all)` });
  }
  return out;
}

export function includeDefinition(doc: ConfigDocument, pos: Position, graph: IncludeGraph | undefined): Location[] {
  const a = argsOfRoot(doc, graph).find((x) => x.token.line === pos.line && pos.character >= x.token.start && pos.character <= x.token.end);
  if (!a) return [];
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return a.matches.map((m) => graph!.files.get(m)).filter((f) => f && !f.error).map((f) => ({ uri: f!.uri, range: zero }));
}
