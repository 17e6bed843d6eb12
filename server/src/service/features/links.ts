// Document links and go-to-definition on the words of Include lines: each
// word links to the files it reads (semantics/include.ts resolved them); and
// go-to-definition on a ProxyJump hop: the Host blocks that apply to it.

import type { DocumentLink, Location, Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/types';
import { includeArgs, type IncludeArg, type IncludeGraph } from '../semantics/include';
import { parseHop } from '../openssh/jump';
import { matchPattern } from '../openssh/patterns';
import { hostLineMatches } from '../semantics/effective';
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

/**
 * The host of the ProxyJump hop under the cursor: its column span on the line
 * (`[user@]host[:port]` or `ssh://[user@]host[:port]`, readconf.c parse_jump()).
 */
export function jumpHostAt(
  doc: ConfigDocument,
  pos: Position,
): { host: string; user?: string; port?: number; line: number; start: number; end: number } | undefined {
  const d = doc.directiveAt(pos.line);
  if (doc.kind !== 'ssh' || d?.name !== 'proxyjump' || !d.raw) return undefined;
  let start = d.raw.start;
  for (const text of d.raw.text.split(',')) {
    const end = start + text.length;
    if (pos.character >= start && pos.character <= end) {
      const hop = parseHop(text);
      if (!hop) return undefined;
      const from = start + hop.hostStart;
      return { host: hop.host, user: hop.user, port: hop.port, line: d.line, start: from, end: from + hop.host.length };
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * Go to definition on a ProxyJump hop: the Host blocks of this file that name the
 * host; if none does, the blocks whose patterns (other than a bare `*`) apply to it,
 * as ssh matches them.
 */
export function jumpHostDefinition(doc: ConfigDocument, pos: Position, uri: string | undefined): Location[] {
  const at = uri ? jumpHostAt(doc, pos) : undefined;
  if (!at) return [];
  // ssh matches Host lines against the name as written, case included (ssh -G BASTION does not use "Host bastion").
  const host = at.host;
  const exact: Location[] = [];
  const matching: Location[] = [];
  for (const s of doc.sections) {
    if (s.kind !== 'host' || !s.header) continue;
    const words = s.header.args.map((a) => a.value);
    if (!hostLineMatches(host, words)) continue;
    const named = s.header.args.find((a) => a.value === host);
    if (named) {
      exact.push({ uri: uri!, range: spanToRange(named) });
      continue;
    }
    // A catch-all "*" applies to every host: not where this one is defined.
    const pattern = s.header.args.find((a) => !a.value.startsWith('!') && a.value !== '*' && matchPattern(host, a.value));
    if (pattern) matching.push({ uri: uri!, range: spanToRange(pattern) });
  }
  return exact.length ? exact : matching;
}
