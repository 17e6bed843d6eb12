import type { FileKind } from '../openssh/types';

/** A piece of one line: `line` is 0-based, `start`/`end` are UTF-16 columns (end exclusive). */
export interface Span {
  line: number;
  start: number;
  end: number;
}

export interface Token extends Span {
  /** the source text of the token, quotes and backslashes included */
  text: string;
  /** the value OpenSSH sees: quotes removed, escapes resolved */
  value: string;
  /** the token contained a quote character */
  quoted: boolean;
}

export interface Comment extends Span {
  text: string;
  /** the comment stands alone on its line (otherwise it trails a directive) */
  wholeLine: boolean;
}

export type ParseProblemCode =
  | 'invalid-quotes' // unterminated quote: OpenSSH rejects the line
  | 'missing-argument' // keyword without a value
  | 'byte-order-mark' // OpenSSH reads a UTF-8 BOM as part of the first keyword
  | 'lone-carriage-return'; // a line break for the editor, not for OpenSSH

export interface ParseProblem extends Span {
  code: ParseProblemCode;
  message: string;
}

export interface Directive extends Span {
  /** the keyword token (value is the keyword as written, without quotes) */
  keyword: Token;
  /** lower-cased keyword: OpenSSH compares keywords case-insensitively */
  name: string;
  /** `Keyword=value` form */
  equals: boolean;
  /** nothing follows the keyword: OpenSSH stops at "no argument after keyword" before looking the keyword up */
  bare: boolean;
  /**
   * The arguments as OpenSSH's argv_split() sees them. For raw rest-of-line
   * keywords (ProxyCommand, ForceCommand…) these are still computed, but the
   * keyword's value is `raw`.
   */
  args: Token[];
  /** the rest of the line, verbatim (a trailing `# …` included), for raw keywords */
  raw?: Token;
  /** trailing comment (never set for raw keywords: their `#` belongs to the value) */
  comment?: Comment;
  /** index into ConfigDocument.sections */
  section: number;
  /**
   * What the analysis remembers about this line (rules/memo.ts and others). The
   * parser reuses the Directive of an unchanged line in the next version of a
   * document, and this with it.
   */
  memo: DirectiveMemo | undefined;
}

/**
 * The analysis' memory of one line, with a field per user: every line's memo has
 * the same shape, so reading it stays fast (a table keyed by name costs a generic
 * lookup per line per rule on every edit, and a Map per line costs memory).
 */
export interface DirectiveMemo {
  /** rules/memo.ts: each line rule's findings, by the rule's slot (lineSlot) */
  lines: unknown[];
  /** rules/firstValueWins.ts: what the line sets */
  setting: unknown;
  /** semantics/sequence.ts: the line's item, and its block's scope (first line of a block) */
  seqItem: unknown;
  seqScope: unknown;
  /** rules/shadowing.ts: a Match line's criteria, a Host line's patterns */
  shadowCriteria: unknown;
  shadowHost: unknown;
}

export function newMemo(): DirectiveMemo {
  return { lines: [], setting: undefined, seqItem: undefined, seqScope: undefined, shadowCriteria: undefined, shadowHost: undefined };
}

export type SectionKind = 'global' | 'host' | 'match';

/** The global part of a file, or a Host/Match block running to the next Host/Match or the end of the file. */
export interface Section {
  kind: SectionKind;
  /** the Host or Match line; undefined for the global section */
  header?: Directive;
  /** first and last line (0-based, inclusive) */
  startLine: number;
  endLine: number;
  directives: Directive[];
}

export interface ConfigDocument {
  kind: FileKind;
  lineCount: number;
  /** every directive in file order, Host/Match headers included */
  directives: Directive[];
  comments: Comment[];
  /** sections[0] is always the global section */
  sections: Section[];
  problems: ParseProblem[];
  /** directive starting on each line, if any (sparse) */
  directiveAt(line: number): Directive | undefined;
  /** the text of a line, without its line break */
  lineText(line: number): string;
  hasBom: boolean;
  /** the line break the file uses (its first one; LF when it has none): edits insert the same */
  eol: '\n' | '\r\n';
}
