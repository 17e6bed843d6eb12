// OpenSSH's own tokenisation of sshd_config / ssh_config lines, with exact
// source spans. Modelled on openssh-portable 10.5 (and 8.7+, which introduced
// argv_split): process_server_config_line_depth() in servconf.c,
// process_config_line_depth() in readconf.c, strdelim_internal() and
// argv_split() in misc.c. Never throws; linear in the size of the text.

import { RAW_KEYWORDS, SECTION_KEYWORDS } from '../openssh/syntax';
import type { FileKind } from '../openssh/types';
import type { Comment, ConfigDocument, Directive, ParseProblem, Section, Token } from './types';
import { versionKey } from '../openssh/version';
import { EOL_CR, EOL_CRLF, EOL_LF, type ChangedLines, type LineSnapshot } from '../util/lineDocument';

const NO_ARGS: Token[] = [];

/**
 * A copy of `s` that does not share memory with the string it was sliced
 * from (V8 keeps the parent of a long slice alive): concatenating makes a new
 * string, slicing that keeps only the copy alive.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/** Lower-cased keywords, memoised: a file repeats a few dozen keywords thousands of times. */
const lowerCache = new Map<string, string>();
function lower(s: string): string {
  let l = lowerCache.get(s);
  if (l === undefined) {
    l = s.toLowerCase();
    if (lowerCache.size < 4096) lowerCache.set(s, l);
  }
  return l;
}

const SP = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const FF = 12;
const HASH = 35;
const EQ = 61;
const DQ = 34;
const SQ = 39;
const BS = 92;
const isBlank = (c: number): boolean => c === SP || c === TAB;
/** WHITESPACE in OpenSSH's misc.h is " \t\r\n" */
const isWs = (c: number): boolean => c === SP || c === TAB || c === CR || c === LF;

/**
 * How a release reads a line (see tokenizerMode):
 *   false        8.7+: argv_split(), a word starting with `#` starts a comment;
 *   true         before 8.7: every line is cut at its first `#`
 *                (load_server_config; read_config_file from 8.5), and
 *                arguments are split by strdelim() (double quotes only, no
 *                escapes) instead of argv_split();
 *   'keep-hash'  ssh before 8.5: strdelim() too, but nothing cuts a `#` out
 *                of a line (read_config_file got that in 8.5, commit
 *                2bcbf679d): only a line whose keyword starts with `#` is a
 *                comment, and `Port 22 # x` has two words too many.
 */
export type LegacyMode = boolean | 'keep-hash';

/** The line reader of a release: tokenizerMode('ssh', '8.4') === 'keep-hash'. */
export function tokenizerMode(kind: FileKind, target: string): LegacyMode {
  const k = versionKey(target);
  if (k >= versionKey('8.7')) return false;
  return kind === 'ssh' && k < versionKey('8.5') ? 'keep-hash' : true;
}

export interface ParseOptions {
  /** the line reader of releases before 8.7 (LegacyMode) */
  legacy?: LegacyMode;
  /**
   * Cut tokens from copies of the lines (see detach): needed when the parsed
   * lines outlive the text, as in an editor's re-parse; a cost otherwise.
   */
  detachLines?: boolean;
}

/** What a document keeps for re-parsing its next version (see reparse). */
interface ParseState {
  kind: FileKind;
  legacy: LegacyMode;
  /** the text the document was read from, or its lines (parseLines) */
  source: Source;
  /** the problems of the lines (the document's, without a byte-order mark's) */
  lineProblems: ParseProblem[];
  byLine: (Directive | undefined)[];
}
const states = new WeakMap<ConfigDocument, ParseState>();

/** A text with the offsets of its lines (lines end at \n, \r\n or a lone \r). */
interface TextSource {
  text: string;
  lineStarts: number[];
  lineEnds: number[];
}
type Source = TextSource | LineSnapshot;
const isText = (s: Source): s is TextSource => 'text' in s;

const LONE_CR_MESSAGE = 'A carriage return without a line feed: the editor shows a line break here, but OpenSSH reads this line and the next as one line.';

/** Lines parsed from some offset on: the per-line results, in order. */
interface Scan {
  lineStarts: number[];
  lineEnds: number[];
  directives: Directive[];
  comments: Comment[];
  problems: ParseProblem[];
  /** offset after the last line scanned */
  end: number;
}

/**
 * Parse lines from `pos` (the start of line `line`) until `stop` (a line start,
 * or past the end of the text). Lines end at \n, \r\n or a lone \r, as in the
 * editor (LSP). OpenSSH only splits at \n, so a lone \r is reported: OpenSSH
 * sees one longer line there.
 */
function scan(text: string, kind: FileKind, legacy: LegacyMode, detachLines: boolean, pos: number, line: number, stop: number): Scan {
  const out: Scan = { lineStarts: [], lineEnds: [], directives: [], comments: [], problems: [], end: pos };
  const hasBom = text.charCodeAt(0) === 0xfeff;
  let nextCr = text.indexOf('\r', pos);
  while (pos <= text.length && pos < stop) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (nextCr >= 0 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    let contentEnd = nl;
    let next = nl + 1;
    if (nextCr >= 0 && nextCr < nl) {
      if (nextCr === nl - 1 && nl < text.length) contentEnd = nl - 1; // CRLF
      else {
        contentEnd = nextCr; // lone CR
        next = nextCr + 1;
        out.problems.push({
          code: 'lone-carriage-return',
          line,
          start: nextCr - pos,
          end: nextCr - pos,
          message: LONE_CR_MESSAGE,
        });
      }
    }
    out.lineStarts.push(pos);
    out.lineEnds.push(contentEnd);
    // With detachLines, tokens are cut from a copy of the line, never from the
    // whole text: a kept token must not keep an old text alive after an edit.
    const d = detachLines
      ? parseLine(detach(text.slice(pos, contentEnd)), 0, contentEnd - pos, line, line === 0 && hasBom ? 1 : 0, kind, legacy, out.comments, out.problems)
      : parseLine(text, pos, contentEnd, line, line === 0 && hasBom ? 1 : 0, kind, legacy, out.comments, out.problems);
    if (d) out.directives.push(d);
    pos = next;
    line++;
  }
  out.end = pos;
  return out;
}

export function parse(text: string, kind: FileKind, options: ParseOptions = {}): ConfigDocument {
  const legacy = options.legacy ?? false;
  const s = scan(text, kind, legacy, options.detachLines === true, 0, 0, Infinity);
  return assemble({ text, lineStarts: s.lineStarts, lineEnds: s.lineEnds }, kind, legacy, s.directives, s.comments, s.problems);
}

/** Lines [from, to] of a document kept as lines (util/lineDocument.ts). */
function scanLines(src: LineSnapshot, kind: FileKind, legacy: LegacyMode, from: number, to: number): Pick<Scan, 'directives' | 'comments' | 'problems'> {
  const out: Pick<Scan, 'directives' | 'comments' | 'problems'> = { directives: [], comments: [], problems: [] };
  const { lines, eols } = src;
  for (let line = from; line <= to; line++) {
    const content = lines[line];
    if (eols[line] === EOL_CR) out.problems.push({ code: 'lone-carriage-return', line, start: content.length, end: content.length, message: LONE_CR_MESSAGE });
    const d = parseLine(content, 0, content.length, line, line === 0 && content.charCodeAt(0) === 0xfeff ? 1 : 0, kind, legacy, out.comments, out.problems);
    if (d) out.directives.push(d);
  }
  return out;
}

/** parse(), for a document kept as lines: the same document as parsing their text. */
export function parseLines(src: LineSnapshot, kind: FileKind, options: ParseOptions = {}): ConfigDocument {
  const legacy = options.legacy ?? false;
  const s = scanLines(src, kind, legacy, 0, src.lines.length - 1);
  return assemble(src, kind, legacy, s.directives, s.comments, s.problems);
}

/**
 * reparse(), for a document kept as lines that says which lines changed since
 * `previous` (null: none): only those are read again; no text is compared.
 * `previous` must not be used afterwards.
 */
export function reparseLines(previous: ConfigDocument, src: LineSnapshot, changed: ChangedLines | null, kind: FileKind, options: ParseOptions = {}): ConfigDocument {
  const legacy = options.legacy ?? false;
  const st = states.get(previous);
  states.delete(previous);
  if (!st || isText(st.source) || st.kind !== kind || st.legacy !== legacy) return parseLines(src, kind, options);
  if (changed === null) {
    states.set(previous, st);
    return previous;
  }
  const first = changed.first;
  const last = changed.lastOld;
  const lastNew = changed.lastNew;
  if (first < 0 || last >= st.source.lines.length || lastNew >= src.lines.length || lastNew - last !== src.lines.length - st.source.lines.length) return parseLines(src, kind, options);
  const mid = scanLines(src, kind, legacy, first, lastNew);
  return applyChange(previous, st, first, last, mid, lastNew - last, lastNew - first < IN_PLACE_MAX, src);
}

/**
 * Parse a new version of a document, re-reading only the lines that changed
 * since `previous` (found by comparing the texts) and reusing the rest. The
 * objects of `previous` are reused and their line numbers moved, so
 * `previous` must not be used afterwards. Falls back to a full parse when the
 * kind or tokeniser differ.
 */
const CHUNK = 2048;

export function reparse(previous: ConfigDocument, text: string, kind: FileKind, options: ParseOptions = {}): ConfigDocument {
  const legacy = options.legacy ?? false;
  // Re-parsed documents live on in the editor: their lines are always detached.
  const full: ParseOptions = { ...options, detachLines: true };
  const st = states.get(previous);
  states.delete(previous);
  if (!st || !isText(st.source) || st.kind !== kind || st.legacy !== legacy) return parse(text, kind, full);
  const source = st.source;
  const old = source.text;
  if (old === text) {
    // Same text, new version (an empty edit, an undo to the same state): nothing to read again.
    states.set(previous, st);
    return previous;
  }
  // The changed region: after the common prefix, before the common suffix.
  const max = Math.min(old.length, text.length);
  // Compared in chunks first: V8 compares two substrings much faster than it walks them char by char.
  let prefix = 0;
  while (prefix + CHUNK <= max && old.slice(prefix, prefix + CHUNK) === text.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix + CHUNK <= max - prefix && old.slice(old.length - suffix - CHUNK, old.length - suffix) === text.slice(text.length - suffix - CHUNK, text.length - suffix)) {
    suffix += CHUNK;
  }
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const oldLines = source.lineStarts.length;
  // One extra line on each side keeps CR LF pairs and lone CRs at the edges whole.
  const first = Math.max(0, lineAt(source.lineStarts, prefix) - 1);
  const last = Math.min(oldLines - 1, lineAt(source.lineStarts, old.length - suffix) + 1);
  const delta = text.length - old.length;
  const stop = last + 1 < oldLines ? source.lineStarts[last + 1] + delta : Infinity;
  const mid = scan(text, kind, legacy, true, source.lineStarts[first], first, stop);
  if (stop !== Infinity && mid.end !== stop) return parse(text, kind, full);
  const lineDelta = mid.lineStarts.length - (last - first + 1);
  // The lists of the previous version are updated in place (it is not used
  // afterwards): on a large file, new copies of them on every edit were most of
  // what an edit allocated, and the garbage collector's work grew with it. A
  // change of many lines (a paste) rebuilds them instead.
  const inPlace = mid.lineStarts.length <= IN_PLACE_MAX;
  const lineStarts = spliceOffsets(source.lineStarts, first, last, mid.lineStarts, delta, inPlace);
  const lineEnds = spliceOffsets(source.lineEnds, first, last, mid.lineEnds, delta, inPlace);
  return applyChange(previous, st, first, last, mid, lineDelta, inPlace, { text, lineStarts, lineEnds });
}

/**
 * The next version of `previous`, whose lines [first, last] were read again
 * as `mid` (lineDelta more lines than before): its lists updated (in place
 * unless `inPlace` is false), and its blocks kept when no line count changed
 * and the Host/Match lines are the same.
 */
function applyChange(
  previous: ConfigDocument,
  st: ParseState,
  first: number,
  last: number,
  mid: Pick<Scan, 'directives' | 'comments' | 'problems'>,
  lineDelta: number,
  inPlace: boolean,
  source: Source,
): ConfigDocument {
  const { kind, legacy } = st;
  const directives = previous.directives;
  const dLo = firstAtOrAfter(directives, first);
  const dHi = firstAtOrAfter(directives, last + 1, dLo);
  const removed = directives.slice(dLo, dHi);
  for (let i = dHi; lineDelta && i < directives.length; i++) moveDirective(directives[i], lineDelta);
  const newDirectives = spliceItems(directives, dLo, dHi, mid.directives, inPlace);
  const comments = previous.comments;
  const cLo = firstAtOrAfter(comments, first);
  const cHi = firstAtOrAfter(comments, last + 1, cLo);
  for (let i = cHi; lineDelta && i < comments.length; i++) comments[i].line += lineDelta;
  const newComments = spliceItems(comments, cLo, cHi, mid.comments, inPlace);
  const lineProblems: ParseProblem[] = [];
  for (const p of st.lineProblems) if (p.line < first) lineProblems.push(p);
  for (const p of mid.problems) lineProblems.push(p);
  for (const p of st.lineProblems) {
    if (p.line <= last) continue;
    p.line += lineDelta;
    lineProblems.push(p);
  }
  // The blocks stay as they are when no line count changed and the Host/Match
  // lines are the same: only the blocks holding the changed lines change.
  if (lineDelta === 0 && sourceHasBom(source) === previous.hasBom && sameHeaders(removed, mid.directives, SECTION_KEYWORDS[kind])) {
    const { sections } = previous;
    const byLine = st.byLine;
    for (const d of removed) {
      byLine[d.line] = undefined;
      const list = sections[d.section].directives;
      list.splice(firstAtOrAfter(list, d.line), 1);
    }
    for (const d of mid.directives) {
      d.section = sectionAt(sections, d.line);
      const section = sections[d.section];
      if (section.header?.line === d.line) section.header = d;
      const list = section.directives;
      list.splice(firstAtOrAfter(list, d.line), 0, d);
      byLine[d.line] = d;
    }
    return makeDoc(source, kind, legacy, newDirectives, newComments, lineProblems, sections, byLine);
  }
  return assemble(source, kind, legacy, newDirectives, newComments, lineProblems);
}

/** Above this many re-read lines, reparse builds new lists instead of splicing (a spread of that many arguments). */
const IN_PLACE_MAX = 1024;

/** The line offsets of a new version: the old ones before the changed lines, the new ones, the old ones after moved by `delta`. */
function spliceOffsets(list: number[], first: number, last: number, middle: readonly number[], delta: number, inPlace: boolean): number[] {
  const out = spliceItems(list, first, last + 1, middle, inPlace);
  if (delta) for (let i = first + middle.length; i < out.length; i++) out[i] += delta;
  return out;
}

/** `list` with items [lo, hi) replaced by `middle`: in place, or as a new list. */
function spliceItems<T>(list: T[], lo: number, hi: number, middle: readonly T[], inPlace: boolean): T[] {
  if (inPlace) {
    if (middle.length === hi - lo) for (let k = 0; k < middle.length; k++) list[lo + k] = middle[k];
    else list.splice(lo, hi - lo, ...middle);
    return list;
  }
  const out = list.slice(0, lo);
  for (const m of middle) out.push(m);
  for (let i = hi; i < list.length; i++) out.push(list[i]);
  return out;
}

/** The index of the first item on line `line` or after it, in a list ordered by line. */
function firstAtOrAfter(list: readonly { line: number }[], line: number, lo = 0): number {
  let hi = list.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (list[m].line < line) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** The index of the section holding line `line`. */
function sectionAt(sections: readonly Section[], line: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if (sections[m].startLine <= line) lo = m;
    else hi = m - 1;
  }
  return lo;
}

/** Whether the Host/Match lines among the removed directives and the new ones are the same lines with the same keywords. */
function sameHeaders(removed: readonly Directive[], added: readonly Directive[], sectionKeywords: ReadonlySet<string>): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < removed.length && !sectionKeywords.has(removed[i].name)) i++;
    while (j < added.length && !sectionKeywords.has(added[j].name)) j++;
    if (i === removed.length || j === added.length) return i === removed.length && j === added.length;
    if (removed[i].line !== added[j].line || (removed[i].name === 'host') !== (added[j].name === 'host')) return false;
    i++;
    j++;
  }
}

/** The line containing offset `pos` (the last line starting at or before it). */
function lineAt(lineStarts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if (lineStarts[m] <= pos) lo = m;
    else hi = m - 1;
  }
  return lo;
}

function moveDirective(d: Directive, by: number): void {
  d.line += by;
  d.keyword.line += by;
  for (const a of d.args) a.line += by;
  if (d.raw) d.raw.line += by;
  // d.comment is also in the document's comments, which are moved on their own.
}

/** Sections, the line index and the document object, from the per-line results. */
function assemble(source: Source, kind: FileKind, legacy: LegacyMode, directives: Directive[], comments: Comment[], lineProblems: ParseProblem[]): ConfigDocument {
  const lineCount = isText(source) ? source.lineStarts.length : source.lines.length;
  const byLine: (Directive | undefined)[] = new Array(lineCount);
  const global: Section = { kind: 'global', startLine: 0, endLine: 0, directives: [] };
  const sections: Section[] = [global];
  let current = global;
  const sectionKeywords = SECTION_KEYWORDS[kind];
  for (const d of directives) {
    if (sectionKeywords.has(d.name)) {
      current.endLine = d.line - 1;
      current = { kind: d.name === 'host' ? 'host' : 'match', header: d, startLine: d.line, endLine: d.line, directives: [] };
      sections.push(current);
    }
    d.section = sections.length - 1;
    current.directives.push(d);
    byLine[d.line] = d;
  }
  current.endLine = lineCount - 1;
  return makeDoc(source, kind, legacy, directives, comments, lineProblems, sections, byLine);
}

/** Whether the document starts with a byte-order mark. */
function sourceHasBom(source: Source): boolean {
  return (isText(source) ? source.text : source.lines[0]).charCodeAt(0) === 0xfeff;
}

/** The line break of the first line ending in a line feed (LF when none does). */
function sourceEol(source: Source): '\n' | '\r\n' {
  if (isText(source)) {
    const firstLf = source.text.indexOf('\n');
    return firstLf > 0 && source.text.charCodeAt(firstLf - 1) === 13 ? '\r\n' : '\n';
  }
  const { eols } = source;
  for (let l = 0; l < eols.length; l++) {
    if (eols[l] === EOL_LF) return '\n';
    if (eols[l] === EOL_CRLF) return '\r\n';
  }
  return '\n';
}

/** The document object, and what its next version's reparse needs. */
function makeDoc(
  source: Source,
  kind: FileKind,
  legacy: LegacyMode,
  directives: Directive[],
  comments: Comment[],
  lineProblems: ParseProblem[],
  sections: Section[],
  byLine: (Directive | undefined)[],
): ConfigDocument {
  const hasBom = sourceHasBom(source);
  const eol = sourceEol(source);
  const problems: ParseProblem[] = hasBom
    ? [
        {
          code: 'byte-order-mark',
          line: 0,
          start: 0,
          end: 1,
          message:
            'The file starts with a UTF-8 byte-order mark. OpenSSH reads it as part of the first keyword and rejects the line: save the file without BOM.',
        },
        ...lineProblems,
      ]
    : lineProblems;
  let lineCount: number;
  let lineText: (l: number) => string;
  if (isText(source)) {
    const { text, lineStarts, lineEnds } = source;
    lineCount = lineStarts.length;
    lineText = (l) => (l < 0 || l >= lineCount ? '' : text.slice(lineStarts[l], lineEnds[l]));
  } else {
    const { lines } = source;
    lineCount = lines.length;
    lineText = (l) => (l < 0 || l >= lineCount ? '' : lines[l]);
  }
  const doc: ConfigDocument = {
    kind,
    lineCount,
    directives,
    comments,
    sections,
    problems,
    hasBom,
    eol,
    directiveAt: (l) => byLine[l],
    lineText,
  };
  states.set(doc, { kind, legacy, source, lineProblems, byLine });
  return doc;
}

/** Parse one line (text[base, lineEnd)); returns the directive, or undefined for blank and comment lines. */
function parseLine(
  text: string,
  base: number,
  lineEnd: number,
  line: number,
  from: number,
  kind: FileKind,
  legacy: LegacyMode,
  comments: Comment[],
  problems: ParseProblem[],
): Directive | undefined {
  // Trailing whitespace and form feeds are stripped (servconf.c/readconf.c).
  let end = lineEnd - base;
  let legacyComment: Comment | undefined;
  if (legacy === true) {
    // Before 8.7 (ssh: from 8.5) the line is cut at its first '#', wherever it is.
    const hash = text.indexOf('#', base + from) - base;
    if (hash >= 0 && hash < end) {
      legacyComment = { line, start: hash, end, text: text.slice(base + hash, base + end), wholeLine: isBlankLine(text, base, from, hash) };
      comments.push(legacyComment);
      if (legacyComment.wholeLine) return undefined;
      end = hash;
    }
  }
  while (end > from && (isWs(text.charCodeAt(base + end - 1)) || text.charCodeAt(base + end - 1) === FF)) end--;
  let i = from;
  // sshd strips leading " \t\r" when it loads the file (servconf.c load_server_config); ssh does not.
  if (kind === 'sshd') {
    let c: number;
    while (i < end && ((c = text.charCodeAt(base + i)) === SP || c === TAB || c === CR)) i++;
  }
  if (i >= end || (kind === 'ssh' && isBlankLine(text, base, i, end))) return undefined;

  // The keyword is what strdelim() returns; an empty first token (leading
  // blanks, a leading '=', or "") makes OpenSSH take the next token instead,
  // once (servconf.c/readconf.c: `if (*keyword == '\0') keyword = strdelim(&str)`).
  let ok = strdelim(text, base, i, end);
  if (ok && delimValue === '' && delimNext >= end) return undefined;
  if (ok && delimValue === '') ok = delimNext < end && strdelim(text, base, delimNext, end);
  if (!ok) {
    // strdelim() returns NULL on an unterminated quote: OpenSSH silently skips the whole line.
    problems.push({
      code: 'invalid-quotes',
      line,
      start: i,
      end,
      message: 'Unterminated quote in the keyword: OpenSSH silently ignores this whole line.',
    });
    return undefined;
  }
  if (delimValue === '') return undefined; // an empty keyword: OpenSSH ignores the line
  if (delimValue.charCodeAt(0) === HASH) {
    comments.push({ line, start: delimStart, end, text: text.slice(base + delimStart, base + end), wholeLine: true });
    return undefined;
  }
  const kwStart = delimStart;
  const kwEnd = delimEnd;
  const kwValue = delimValue;
  const j = delimNext;
  const equals = delimEquals;
  const keyword: Token = { line, start: kwStart, end: kwEnd, text: delimQuoted ? text.slice(base + kwStart, base + kwEnd) : kwValue, value: kwValue, quoted: delimQuoted };
  const name = lower(kwValue);
  // Every field set here, in one order, so all directives share one shape.
  const d: Directive = { line, start: kwStart, end, keyword, name, equals, bare: j >= end, args: NO_ARGS, raw: undefined, comment: undefined, section: 0, memo: undefined };

  if (j >= end) {
    problems.push({
      code: 'missing-argument',
      line,
      start: kwStart,
      end: kwEnd,
      message: `"${kwValue}" has no value: OpenSSH rejects a keyword without an argument.`,
    });
    return d;
  }

  const isRaw = RAW_KEYWORDS[kind].has(name);
  if (legacy) {
    d.args = strdelimAll(text, base, j, end, line);
    if (legacyComment) {
      legacyComment.wholeLine = false;
      d.comment = legacyComment;
    }
  } else {
    // argv_split() runs on the rest of the line for every keyword, raw ones included.
    d.args = argvSplit(text, base, j, end, line, !isRaw);
  }
  if (splitUnterminated >= 0) {
    problems.push({
      code: 'invalid-quotes',
      line,
      start: splitUnterminated,
      end,
      message: 'Unterminated quote: OpenSSH rejects this line ("invalid quotes").',
    });
  }
  if (isRaw) {
    let r = j;
    if (kind === 'ssh') while (r < end && (isWs(text.charCodeAt(base + r)) || text.charCodeAt(base + r) === EQ)) r++;
    const rawText = text.slice(base + r, base + end);
    d.raw = { line, start: r, end, text: rawText, value: rawText, quoted: false };
  } else if (!legacy && splitComment >= 0) {
    const cm: Comment = { line, start: splitComment, end, text: text.slice(base + splitComment, base + end), wholeLine: false };
    comments.push(cm);
    d.comment = cm;
    d.end = d.args.length ? d.args[d.args.length - 1].end : kwEnd;
  }
  return d;
}

/** Before 8.7: the arguments as successive strdelim() calls return them (double quotes, no escapes, '=' splits). */
function strdelimAll(text: string, base: number, from: number, end: number, line: number): Token[] {
  const args: Token[] = [];
  splitComment = -1;
  splitUnterminated = -1;
  let k = from;
  while (k < end) {
    if (!strdelim(text, base, k, end)) {
      splitUnterminated = k;
      break;
    }
    args.push({ line, start: delimStart, end: delimEnd, text: text.slice(base + delimStart, base + delimEnd), value: delimValue, quoted: delimQuoted });
    if (delimNext <= k) break;
    k = delimNext;
  }
  return args;
}

function isBlankLine(text: string, base: number, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!isWs(text.charCodeAt(base + k))) return false;
  return true;
}

// strdelim()'s results, kept in module state to spare an object per call.
/** start of the token */
let delimStart = 0;
/** end of the token in the source (closing quote included) */
let delimEnd = 0;
/** the token's value (quotes removed) */
let delimValue = '';
/** the token held a quote */
let delimQuoted = false;
/** where the rest of the line starts (after the blanks and one '=') */
let delimNext = 0;
/** a '=' separated the token from the rest */
let delimEquals = false;

/**
 * misc.c strdelim(): a token ends at whitespace, a '"' (quoting up to the next
 * '"'), or one '='. False on an unterminated quote; otherwise the token is in
 * the delim* variables above.
 */
function strdelim(text: string, base: number, from: number, end: number): boolean {
  let j = from;
  let c = 0;
  while (j < end && !isWs((c = text.charCodeAt(base + j))) && c !== DQ && c !== EQ) j++;
  delimStart = from;
  if (j >= end) {
    delimEnd = end;
    delimValue = text.slice(base + from, base + end);
    delimQuoted = false;
    delimNext = end;
    delimEquals = false;
    return true;
  }
  if (c === DQ) {
    const close = text.indexOf('"', base + j + 1) - base;
    if (close < 0 || close >= end) return false;
    let next = close + 1;
    while (next < end && isWs(text.charCodeAt(base + next))) next++;
    delimEnd = close + 1;
    delimValue = text.slice(base + from, base + j) + text.slice(base + j + 1, base + close);
    delimQuoted = true;
    delimNext = next;
    delimEquals = false;
    return true;
  }
  const equals = c === EQ;
  let next = j + 1;
  while (next < end && isWs(text.charCodeAt(base + next))) next++;
  let sawEquals = equals;
  if (!equals && next < end && text.charCodeAt(base + next) === EQ) {
    sawEquals = true;
    next++;
    while (next < end && isWs(text.charCodeAt(base + next))) next++;
  }
  delimEnd = j;
  delimValue = text.slice(base + from, base + j);
  delimQuoted = false;
  delimNext = next;
  delimEquals = sawEquals;
  return true;
}

// argvSplit()'s side results, kept in module state to spare an object per line.
/** column where a trailing comment starts, or -1 */
let splitComment = -1;
/** column of a quote that was never closed, or -1 */
let splitUnterminated = -1;

/** misc.c argv_split(): blanks separate, quotes group, `\\ \" \' \␣` escape, token-initial `#` ends the line. */
function argvSplit(text: string, base: number, from: number, end: number, line: number, comments: boolean): Token[] {
  const args: Token[] = [];
  splitComment = -1;
  splitUnterminated = -1;
  let i = from;
  for (;;) {
    while (i < end && isBlank(text.charCodeAt(base + i))) i++;
    if (i >= end) return args;
    if (text.charCodeAt(base + i) === HASH) {
      // Raw keywords: argv_split still stops at the comment (terminate_on_comment=1),
      // so quotes after it are not checked; the `#…` belongs to their value.
      if (comments) splitComment = i;
      return args;
    }
    const start = i;
    // Fast path: a plain token (no quote, no backslash) is its own value.
    let plain = true;
    let quote = 0;
    let quoteAt = -1;
    let value = '';
    let chunk = i; // start of the not-yet-copied run, when not plain
    for (; i < end; i++) {
      const c = text.charCodeAt(base + i);
      if (c === BS) {
        const n = i + 1 < end ? text.charCodeAt(base + i + 1) : 0;
        if (n === SQ || n === DQ || n === BS || (quote === 0 && n === SP)) {
          value += text.slice(base + chunk, base + i);
          plain = false;
          i++;
          chunk = i; // the escaped character starts the next run
        }
      } else if (quote === 0 && isBlank(c)) break;
      else if (quote === 0 && (c === DQ || c === SQ)) {
        value += text.slice(base + chunk, base + i);
        plain = false;
        quote = c;
        quoteAt = i;
        chunk = i + 1;
      } else if (quote !== 0 && c === quote) {
        value += text.slice(base + chunk, base + i);
        quote = 0;
        chunk = i + 1;
      }
    }
    const tokText = text.slice(base + start, base + i);
    if (plain) value = tokText;
    else value += text.slice(base + chunk, base + i);
    args.push({ line, start, end: i, text: tokText, value, quoted: quoteAt >= 0 });
    if (quote !== 0) {
      splitUnterminated = quoteAt;
      return args;
    }
  }
}
