// Document symbols (outline, breadcrumbs, "go to symbol"): the global settings,
// then each Host/Match block with its settings as children. Workspace symbols:
// the Host patterns and Match lines of the ssh/sshd configs the server knows.

import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import type { ConfigDocument, Directive, Section } from '../parser/types';

/** The text of a line from the keyword to the end of its value (trailing comment left out). */
function directiveEnd(d: Directive): number {
  if (d.raw) return d.raw.end;
  return d.args.length ? d.args[d.args.length - 1].end : d.keyword.end;
}

function lineRange(d: Directive): Range {
  return { start: { line: d.line, character: d.start }, end: { line: d.line, character: directiveEnd(d) } };
}

function valueOf(d: Directive): string {
  if (d.raw) return d.raw.value;
  return d.args.map((a) => a.text).join(' ');
}

/** The last line of a block that holds one of its settings (trailing blank lines and comments belong to what follows). */
export function blockLastLine(section: Section): number {
  const last = section.directives[section.directives.length - 1];
  return last ? last.line : section.startLine;
}

/** "Host web *.example.com", "Match User alice" */
export function blockName(section: Section): string {
  const h = section.header!;
  return `${h.keyword.value} ${valueOf(h)}`.trim();
}

function settingSymbol(d: Directive): DocumentSymbol {
  const r = lineRange(d);
  return {
    name: d.keyword.value || d.name,
    detail: valueOf(d),
    kind: SymbolKind.Property,
    range: r,
    selectionRange: { start: r.start, end: { line: d.line, character: d.keyword.end } },
  };
}

export function documentSymbols(doc: ConfigDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const section of doc.sections) {
    const h = section.header;
    if (!h) {
      for (const d of section.directives) out.push(settingSymbol(d));
      continue;
    }
    const children = section.directives.filter((d) => d !== h).map(settingSymbol);
    const lastLine = blockLastLine(section);
    const last = section.directives[section.directives.length - 1];
    out.push({
      name: blockName(section),
      detail: children.length === 1 ? '1 setting' : `${children.length} settings`,
      kind: section.kind === 'host' ? SymbolKind.Namespace : SymbolKind.Class,
      range: { start: { line: h.line, character: h.start }, end: { line: lastLine, character: Math.max(directiveEnd(last), last.comment?.end ?? 0) } },
      selectionRange: lineRange(h),
      children,
    });
  }
  return out;
}

/** What workspace symbols read of a document: its blocks' Host/Match lines (see blockOutline). */
export type SymbolSource = Pick<ConfigDocument, 'sections'>;

/**
 * The part of a document workspace symbols need, to keep for a file that is not open:
 * the Host/Match lines without the blocks' settings. The document must come from a parse
 * that cut its tokens from copies of the lines (detachLines), or the tokens keep the whole text.
 */
export function blockOutline(doc: ConfigDocument): SymbolSource {
  return { sections: doc.sections.filter((s) => s.header).map((s) => ({ ...s, directives: [] })) };
}

/** Host patterns (without `!`) and Match lines whose text contains `query` (case-insensitive), across documents. */
export function workspaceSymbols(docs: Iterable<{ uri: string; doc: SymbolSource }>, query: string, limit = 500): SymbolInformation[] {
  const q = query.toLowerCase();
  const out: SymbolInformation[] = [];
  for (const { uri, doc } of docs) {
    for (const section of doc.sections) {
      const h = section.header;
      if (!h) continue;
      const location = { uri, range: lineRange(h) };
      if (section.kind === 'host') {
        for (const a of h.args) {
          if (a.value.startsWith('!') || !a.value.toLowerCase().includes(q)) continue;
          out.push({ name: a.value, kind: SymbolKind.Namespace, location: { uri, range: { start: { line: a.line, character: a.start }, end: { line: a.line, character: a.end } } }, containerName: blockName(section) });
        }
      } else {
        const name = blockName(section);
        if (name.toLowerCase().includes(q)) out.push({ name, kind: SymbolKind.Class, location });
      }
      if (out.length >= limit) return out;
    }
  }
  return out;
}
