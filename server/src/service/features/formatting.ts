// Formatting (whole document or a range of lines): Host/Match headers and
// global settings at the left margin, block settings indented one level, one
// space between the keyword and its value and between arguments, one space
// before a trailing comment, no trailing blanks. Optionally keywords in the
// manual's spelling (`passwordauthentication` → `PasswordAuthentication`).
//
// Formatting never changes what OpenSSH reads: every formatted line is parsed
// again and compared with the original (keyword, argument values, raw value,
// comment); a line that would read differently is left as it is. Leading blanks are stripped by both parsers (servconf.c
// load_server_config, readconf.c process_config_line), so indentation is free.
// Lines are never joined, split, dropped or reordered. Raw rest-of-line values
// (ProxyCommand, ForceCommand…) are kept verbatim.

import type { Range, TextEdit } from 'vscode-languageserver-types';
import { lookupKeyword } from '../openssh/keywords';
import { parse, type LegacyMode } from '../parser/parser';
import type { ConfigDocument, Directive } from '../parser/types';

export interface FormatOptions {
  tabSize: number;
  insertSpaces: boolean;
  /** keywords as written, or in the manual's spelling */
  keywordCase?: 'preserve' | 'canonical';
  /** the line reader of releases before 8.7 (see ParseOptions.legacy) */
  legacy?: LegacyMode;
}

/** The keyword in the manual's spelling; Host and Match as such. */
function canonicalKeyword(doc: ConfigDocument, d: Directive): string {
  if (d.keyword.quoted) return d.keyword.text;
  if (d.name === 'host') return 'Host';
  if (d.name === 'match') return 'Match';
  const info = lookupKeyword(doc.kind, d.name);
  return info ? info.facts.name : d.keyword.text;
}

function formatDirective(doc: ConfigDocument, d: Directive, indent: string, opts: FormatOptions): string {
  const text = doc.lineText(d.line);
  const kw = opts.keywordCase === 'canonical' ? canonicalKeyword(doc, d) : d.keyword.text;
  let out = indent + kw;
  if (d.raw) {
    out += ` ${d.raw.text}`;
  } else if (d.args.length) {
    out += ` ${d.args.map((a) => a.text).join(' ')}`;
    if (d.comment) out += ` ${d.comment.text}`;
  } else if (d.comment) {
    out += ` ${d.comment.text}`;
  } else if (d.bare) {
    // nothing after the keyword (an error OpenSSH reports); keep whatever blanks/`=` followed
    out += text.slice(d.keyword.end).replace(/\s+$/, '');
  }
  return out.replace(/[ \t\f]+$/, '');
}

interface Reading {
  name: string;
  values: string[];
  raw?: string;
  comment?: string;
}

function reading(d: Directive | undefined): Reading | undefined {
  if (!d) return undefined;
  return { name: d.name, values: d.args.map((a) => a.value), raw: d.raw?.value, comment: d.comment?.text };
}

function sameReading(a: Reading | undefined, b: Reading | undefined): boolean {
  if (!a || !b) return a === b;
  return a.name === b.name && a.raw === b.raw && a.comment === b.comment && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
}

/**
 * The formatted text of every line (same number of lines), before the safety
 * check. `indentUnit` is one level of indentation.
 */
function candidateLines(doc: ConfigDocument, indentUnit: string, opts: FormatOptions): string[] {
  const lines: string[] = [];
  const headerLines = new Set<number>();
  for (const s of doc.sections) if (s.header) headerLines.add(s.header.line);
  const commentAt = new Map<number, string>();
  for (const c of doc.comments) if (c.wholeLine) commentAt.set(c.line, c.text);
  let section = 0;
  for (let l = 0; l < doc.lineCount; l++) {
    while (section + 1 < doc.sections.length && doc.sections[section + 1].startLine <= l) section++;
    const inBlock = section > 0;
    const d = doc.directiveAt(l);
    const text = doc.lineText(l);
    if (d) {
      const indent = inBlock && !headerLines.has(l) ? indentUnit : '';
      lines.push(formatDirective(doc, d, indent, opts));
    } else if (commentAt.has(l)) {
      // A comment run directly above a Host/Match line describes that block: keep it at the margin.
      let next = l + 1;
      while (next < doc.lineCount && commentAt.has(next)) next++;
      const indent = inBlock && !headerLines.has(next) ? indentUnit : '';
      lines.push(indent + text.trim());
    } else if (/^[ \t\f\r]*$/.test(text)) {
      lines.push('');
    } else {
      lines.push(text);
    }
  }
  return lines;
}

/** The non-blank characters of a line, less `=` (the separator may change), case-folded when keyword case may change. */
function squeeze(s: string, opts: FormatOptions): string {
  const t = s.replace(/[\s=]/g, '');
  return opts.keywordCase === 'canonical' ? t.toLowerCase() : t;
}

/** Edits that format lines `from`…`to` (0-based, inclusive) of the document. */
export function formatLines(doc: ConfigDocument, from: number, to: number, opts: FormatOptions): TextEdit[] {
  // A lone CR ends a line for the editor but not for OpenSSH: line-wise edits could change what it reads.
  if (doc.problems.some((p) => p.code === 'lone-carriage-return')) return [];
  const indentUnit = opts.insertSpaces ? ' '.repeat(Math.max(1, opts.tabSize)) : '\t';
  const lines = candidateLines(doc, indentUnit, opts);
  // Safety check: read the formatted lines again and compare with the original.
  const check = parse(lines.join('\n'), doc.kind, { legacy: opts.legacy });
  const comments = (x: ConfigDocument) => new Map(x.comments.map((c) => [c.line, c.text.trimEnd()]));
  const commentText = comments(doc);
  const checkComments = comments(check);
  const edits: TextEdit[] = [];
  const first = Math.max(0, from);
  const last = Math.min(doc.lineCount - 1, to);
  for (let l = first; l <= last; l++) {
    const old = doc.lineText(l);
    const next = lines[l];
    if (l === 0 && doc.hasBom) continue; // the BOM is part of the first line for OpenSSH
    const d = doc.directiveAt(l);
    // Reads differently (or a comment would move): leave the line as it is.
    if (!sameReading(reading(d), reading(check.directiveAt(l))) || commentText.get(l) !== checkComments.get(l) || squeeze(next, opts) !== squeeze(old, opts)) continue;
    if (next !== old) edits.push({ range: { start: { line: l, character: 0 }, end: { line: l, character: old.length } }, newText: next });
  }
  return edits;
}

export function formatDocument(doc: ConfigDocument, opts: FormatOptions): TextEdit[] {
  return formatLines(doc, 0, doc.lineCount - 1, opts);
}

export function formatRange(doc: ConfigDocument, range: Range, opts: FormatOptions): TextEdit[] {
  // A range that ends at column 0 of a line does not include that line.
  const to = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  return formatLines(doc, range.start.line, to, opts);
}
