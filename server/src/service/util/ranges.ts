import type { Position, Range } from 'vscode-languageserver-types';
import type { Span } from '../parser/types';

export function spanToRange(s: Span): Range {
  return { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } };
}

export function contains(s: Span, p: Position): boolean {
  return s.line === p.line && s.start <= p.character && p.character <= s.end;
}
