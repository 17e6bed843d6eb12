// An open document kept as lines, for the language server (TextDocuments'
// document type). vscode-languageserver-textdocument keeps the whole text as
// one string and rebuilds it on every edit: on a 10k-line file that is a new
// 250 kB string per keystroke (V8 puts strings over 128 kB in pages of their
// own, fresh from the OS each time: about 1 ms per edit on the bench machine),
// and the parser then compares the old and new texts to find what changed.
// Here an edit replaces only the lines it touches, and records which lines
// those were, so the parser re-reads them without looking at the rest.
//
// Each version's lines are an immutable snapshot (a parsed document keeps
// reading its own version's lines). The text as one string is built only when
// something asks for it (an Include of an open document).

import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

/** Line break codes: none (the last line), LF, CR LF, a lone CR. */
export const EOL_NONE = 0;
export const EOL_LF = 1;
export const EOL_CRLF = 2;
export const EOL_CR = 3;
const EOL_TEXT = ['', '\n', '\r\n', '\r'];

/** One version's lines: the text of each (without its line break) and its line break. */
export interface LineSnapshot {
  readonly lines: readonly string[];
  readonly eols: Uint8Array;
}

/** Lines [first, lastOld] of one version became lines [first, lastNew] of a later one; the others are unchanged (moved). */
export interface ChangedLines {
  first: number;
  lastOld: number;
  lastNew: number;
}

interface LogEntry extends ChangedLines {
  /** the version the change starts from */
  from: number;
}
/** How many updates back a document can say what changed. */
const LOG_SIZE = 16;

/** Split text into lines at \n, \r\n and a lone \r, as LSP counts lines. */
export function splitLines(text: string): LineSnapshot {
  const lines: string[] = [];
  const codes: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push(text.slice(start, i));
      codes.push(EOL_LF);
      start = i + 1;
    } else if (c === 13) {
      lines.push(text.slice(start, i));
      if (text.charCodeAt(i + 1) === 10) {
        codes.push(EOL_CRLF);
        i++;
      } else codes.push(EOL_CR);
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  codes.push(EOL_NONE);
  return { lines, eols: Uint8Array.from(codes) };
}

export function joinLines(s: LineSnapshot): string {
  // One join, not a chain of concatenations (a 100k-line file would make a string of 200k pieces).
  const parts = new Array<string>(2 * s.lines.length);
  for (let l = 0; l < s.lines.length; l++) {
    parts[2 * l] = s.lines[l];
    parts[2 * l + 1] = EOL_TEXT[s.eols[l]];
  }
  return parts.join('');
}

export class LineDocument {
  private snap: LineSnapshot;
  private text: string | undefined;
  private log: LogEntry[] = [];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.snap = splitLines(content);
    this.text = content;
  }

  get lineCount(): number {
    return this.snap.lines.length;
  }

  /** This version's lines (never changed afterwards). */
  snapshot(): LineSnapshot {
    return this.snap;
  }

  getText(range?: Range): string {
    if (!range) return (this.text ??= joinLines(this.snap));
    const full = this.getText();
    return full.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  offsetAt(p: Position): number {
    const { lines, eols } = this.snap;
    let offset = 0;
    const line = Math.min(Math.max(p.line, 0), lines.length);
    for (let l = 0; l < line; l++) offset += lines[l].length + EOL_TEXT[eols[l]].length;
    if (p.line >= lines.length) return offset;
    if (p.line < 0) return 0;
    return offset + Math.min(Math.max(p.character, 0), lines[line].length);
  }

  positionAt(offset: number): Position {
    const { lines, eols } = this.snap;
    let rest = Math.max(0, offset);
    for (let l = 0; l < lines.length; l++) {
      const len = lines[l].length + EOL_TEXT[eols[l]].length;
      if (rest < len || l === lines.length - 1) return { line: l, character: Math.min(rest, lines[l].length) };
      rest -= len;
    }
    return { line: 0, character: 0 };
  }

  /**
   * Which lines changed since version `since` (undefined when this document
   * cannot tell: a version it never had, or too many updates ago); null when
   * none did.
   */
  changedSince(since: number): ChangedLines | null | undefined {
    if (since === this.version) return null;
    const start = this.log.findIndex((e) => e.from === since);
    if (start < 0) return undefined;
    let acc: ChangedLines | null = null;
    for (let i = start; i < this.log.length; i++) acc = merge(acc, this.log[i]);
    return acc;
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    let lines = this.snap.lines.slice();
    // Line breaks are shared with the previous version until one changes.
    let eols = this.snap.eols;
    let ownEols = false;
    let acc: ChangedLines | null = null;
    let whole = false;
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        const s = splitLines(change.text);
        lines = s.lines.slice();
        eols = s.eols;
        ownEols = true;
        whole = true;
        continue;
      }
      // As vscode-languageserver-textdocument: start before end; a line past the end is the end
      // of the document; a character past the end of its line is the end of the line.
      let { start, end } = change.range;
      if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
      const clamp = (p: Position): [number, number] => {
        if (p.line < 0) return [0, 0];
        if (p.line >= lines.length) return [lines.length - 1, lines[lines.length - 1].length];
        return [p.line, Math.min(Math.max(p.character, 0), lines[p.line].length)];
      };
      const [startLine, sc] = clamp(start);
      let sl = startLine;
      const [el, ec] = clamp(end);
      let piece = lines[sl].slice(0, sc) + change.text + lines[el].slice(ec) + EOL_TEXT[eols[el]];
      // A lone CR before the change and a LF at its start become one CR LF.
      if (sl > 0 && eols[sl - 1] === EOL_CR && piece.charCodeAt(0) === 10) {
        sl--;
        piece = `${lines[sl]}\r${piece}`;
      }
      const s = splitLines(piece);
      // The piece ends with line el's line break: the empty line after it is line el + 1's start, not a line.
      const count = eols[el] === EOL_NONE ? s.lines.length : s.lines.length - 1;
      const removed = el - sl + 1;
      if (count === removed) for (let k = 0; k < count; k++) lines[sl + k] = s.lines[k];
      else if (count < 10_000) lines.splice(sl, removed, ...s.lines.slice(0, count));
      else lines = lines.slice(0, sl).concat(s.lines.slice(0, count), lines.slice(el + 1));
      if (count === removed) {
        for (let k = 0; k < count; k++) {
          if (eols[sl + k] === s.eols[k]) continue;
          if (!ownEols) {
            eols = eols.slice();
            ownEols = true;
          }
          eols[sl + k] = s.eols[k];
        }
      } else {
        const next = new Uint8Array(eols.length - removed + count);
        next.set(eols.subarray(0, sl));
        next.set(s.eols.subarray(0, count), sl);
        next.set(eols.subarray(el + 1), sl + count);
        eols = next;
        ownEols = true;
      }
      acc = merge(acc, { first: sl, lastOld: el, lastNew: sl + count - 1 });
    }
    this.snap = { lines, eols };
    this.text = undefined;
    if (whole) this.log = [];
    else {
      this.log.push({ from: this.version, ...(acc ?? { first: 0, lastOld: -1, lastNew: -1 }) });
      if (this.log.length > LOG_SIZE) this.log.shift();
    }
    this.version = version;
  }
}

/** Two successive changes as one: `next` is in the coordinates after `prev`. */
function merge(prev: ChangedLines | null, next: ChangedLines): ChangedLines | null {
  if (next.lastOld < next.first && next.lastNew < next.first) return prev; // nothing changed
  if (!prev || (prev.lastOld < prev.first && prev.lastNew < prev.first)) return { first: next.first, lastOld: next.lastOld, lastNew: next.lastNew };
  const delta = next.lastNew - next.lastOld;
  const first = Math.min(prev.first, next.first);
  // prev's new lines, in the coordinates after next (those next replaced are in next's new lines).
  const lastNew = Math.max(prev.lastNew > next.lastOld ? prev.lastNew + delta : prev.lastNew < next.first ? prev.lastNew : next.lastNew, next.lastNew);
  // next's old lines, in the coordinates before prev (those after prev's new lines sit prevDelta lines later than before it).
  const prevDelta = prev.lastNew - prev.lastOld;
  const lastOld = Math.max(prev.lastOld, next.lastOld > prev.lastNew ? next.lastOld - prevDelta : prev.lastOld);
  return { first, lastOld, lastNew };
}

/** The document type of TextDocuments (vscode-languageserver) for LineDocument. */
export const LineDocuments = {
  create: (uri: string, languageId: string, version: number, content: string): LineDocument => new LineDocument(uri, languageId, version, content),
  update(document: LineDocument, changes: TextDocumentContentChangeEvent[], version: number): LineDocument {
    document.update(changes, version);
    return document;
  },
};
