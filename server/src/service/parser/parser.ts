// OpenSSH's own tokenisation of sshd_config / ssh_config lines, with exact
// source spans. Modelled on openssh-portable 10.5 (and 8.7+, which introduced
// argv_split): process_server_config_line_depth() in servconf.c,
// process_config_line_depth() in readconf.c, strdelim_internal() and
// argv_split() in misc.c. Never throws; linear in the size of the text.

import { RAW_KEYWORDS, SECTION_KEYWORDS } from '../openssh/syntax';
import type { FileKind } from '../openssh/types';
import type { Comment, ConfigDocument, Directive, ParseProblem, Section, Token } from './types';

const isBlank = (c: string): boolean => c === ' ' || c === '\t';
/** WHITESPACE in OpenSSH's misc.h is " \t\r\n" */
const isWs = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

export function parse(text: string, kind: FileKind): ConfigDocument {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const directives: Directive[] = [];
  const comments: Comment[] = [];
  const problems: ParseProblem[] = [];
  const lineStarts: number[] = [];
  const byLine: (Directive | undefined)[] = [];
  const global: Section = { kind: 'global', startLine: 0, endLine: 0, directives: [] };
  const sections: Section[] = [global];
  let current = global;

  if (hasBom) {
    problems.push({
      code: 'byte-order-mark',
      line: 0,
      start: 0,
      end: 1,
      message:
        'The file starts with a UTF-8 byte-order mark. OpenSSH reads it as part of the first keyword and rejects the line: save the file without BOM.',
    });
  }

  let pos = 0;
  let line = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lineStarts.push(pos);
    const lineText = text.slice(pos, nl);
    const d = parseLine(lineText, line, line === 0 && hasBom ? 1 : 0, kind, comments, problems);
    if (d) {
      if (SECTION_KEYWORDS[kind].has(d.name)) {
        current.endLine = line - 1;
        current = { kind: d.name === 'host' ? 'host' : 'match', header: d, startLine: line, endLine: line, directives: [] };
        sections.push(current);
      }
      d.section = sections.length - 1;
      current.directives.push(d);
      directives.push(d);
      byLine[line] = d;
    }
    pos = nl + 1;
    line++;
  }
  const lineCount = line;
  current.endLine = lineCount - 1;

  return {
    kind,
    lineCount,
    directives,
    comments,
    sections,
    problems,
    hasBom,
    directiveAt: (l) => byLine[l],
    lineText: (l) => {
      if (l < 0 || l >= lineCount) return '';
      const s = lineStarts[l];
      let e = l + 1 < lineCount ? lineStarts[l + 1] - 1 : text.length;
      if (e > s && text.charCodeAt(e - 1) === 13) e--;
      return text.slice(s, e);
    },
  };
}

/** Parse one line; returns the directive, or undefined for blank and comment lines. */
function parseLine(
  raw: string,
  line: number,
  from: number,
  kind: FileKind,
  comments: Comment[],
  problems: ParseProblem[],
): Directive | undefined {
  // Trailing whitespace and form feeds are stripped (servconf.c/readconf.c).
  let end = raw.length;
  while (end > from && (isWs(raw[end - 1]) || raw[end - 1] === '\f')) end--;
  let i = from;
  while (i < end && isWs(raw[i])) i++;
  // sshd and ssh skip one '=' before the keyword too (strdelim on a leading '=').
  if (i < end && raw[i] === '=') {
    i++;
    while (i < end && isWs(raw[i])) i++;
  }
  if (i >= end) return undefined;
  if (raw[i] === '#') {
    comments.push({ line, start: i, end, text: raw.slice(i, end), wholeLine: true });
    return undefined;
  }

  // Keyword: strdelim() splits at whitespace, a quote, or one '='.
  const kwStart = i;
  let kwValue: string;
  let kwEnd: number;
  let quoted = false;
  let j = i;
  while (j < end && !isWs(raw[j]) && raw[j] !== '"' && raw[j] !== '=') j++;
  if (j < end && raw[j] === '"') {
    const close = raw.indexOf('"', j + 1);
    if (close < 0 || close >= end) {
      // strdelim() returns NULL: OpenSSH silently skips the whole line.
      problems.push({
        code: 'invalid-quotes',
        line,
        start: kwStart,
        end,
        message: 'Unterminated quote in the keyword: OpenSSH silently ignores this whole line.',
      });
      return undefined;
    }
    kwValue = raw.slice(kwStart, j) + raw.slice(j + 1, close);
    kwEnd = close + 1;
    quoted = true;
    j = kwEnd;
    while (j < end && isWs(raw[j])) j++;
  } else {
    kwValue = raw.slice(kwStart, j);
    kwEnd = j;
    let equals = false;
    if (j < end && raw[j] === '=') {
      equals = true;
      j++;
    }
    while (j < end && isWs(raw[j])) j++;
    if (!equals && j < end && raw[j] === '=') {
      j++;
      while (j < end && isWs(raw[j])) j++;
    }
  }
  const equals = raw.slice(kwEnd, j).includes('=');
  const keyword: Token = { line, start: kwStart, end: kwEnd, text: raw.slice(kwStart, kwEnd), value: kwValue, quoted };
  const name = kwValue.toLowerCase();
  const d: Directive = { line, start: kwStart, end, keyword, name, equals, args: [], section: 0 };

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
  // argv_split() runs on the rest of the line for every keyword, raw ones included.
  const split = argvSplit(raw, j, end, line, !isRaw);
  d.args = split.args;
  if (split.unterminated) {
    problems.push({
      code: 'invalid-quotes',
      line,
      start: split.unterminated,
      end,
      message: 'Unterminated quote: OpenSSH rejects this line ("invalid quotes").',
    });
  }
  if (isRaw) {
    let r = j;
    if (kind === 'ssh') while (r < end && (isWs(raw[r]) || raw[r] === '=')) r++;
    const text = raw.slice(r, end);
    d.raw = { line, start: r, end, text, value: text, quoted: false };
  } else if (split.commentStart !== undefined) {
    const c: Comment = { line, start: split.commentStart, end, text: raw.slice(split.commentStart, end), wholeLine: false };
    comments.push(c);
    d.comment = c;
    d.end = split.args.length ? split.args[split.args.length - 1].end : kwEnd;
  }
  return d;
}

interface SplitResult {
  args: Token[];
  commentStart?: number;
  /** column of the opening quote that was never closed */
  unterminated?: number;
}

/** misc.c argv_split(): blanks separate, quotes group, `\\ \" \' \␣` escape, token-initial `#` ends the line. */
function argvSplit(s: string, from: number, end: number, line: number, comments: boolean): SplitResult {
  const args: Token[] = [];
  let i = from;
  for (;;) {
    while (i < end && isBlank(s[i])) i++;
    if (i >= end) return { args };
    if (s[i] === '#') {
      if (comments) return { args, commentStart: i };
      // Raw keywords: argv_split still stops at the comment (terminate_on_comment=1),
      // so quotes after it are not checked.
      return { args };
    }
    const start = i;
    let value = '';
    let quote = '';
    let quoteAt = -1;
    let quoted = false;
    for (; i < end; i++) {
      const c = s[i];
      if (c === '\\') {
        const n = i + 1 < end ? s[i + 1] : '';
        if (n === "'" || n === '"' || n === '\\' || (quote === '' && n === ' ')) {
          i++;
          value += n;
        } else value += c;
      } else if (quote === '' && isBlank(c)) break;
      else if (quote === '' && (c === '"' || c === "'")) {
        quote = c;
        quoteAt = i;
        quoted = true;
      } else if (quote !== '' && c === quote) quote = '';
      else value += c;
    }
    const tokEnd = Math.min(i, end);
    args.push({ line, start, end: tokEnd, text: s.slice(start, tokEnd), value, quoted });
    if (quote !== '') return { args, unterminated: quoteAt };
  }
}
