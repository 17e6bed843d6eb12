import type { Directive } from '../parser/types';
import type { Fix } from './types';

/** A quick fix that deletes a directive's whole line, line break included. */
export function removeLineFix(d: Directive, title: string): Fix {
  return { title, edits: [{ span: d, newText: '', wholeLines: { endLine: d.line } }] };
}
