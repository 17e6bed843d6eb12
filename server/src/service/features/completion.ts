import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { allKeywords, eraAt } from '../openssh/keywords';
import type { ConfigDocument } from '../parser/types';
import { keywordMarkdown } from './keywordDocs';

/** Keywords valid at the cursor: only at the keyword position of a line, only Match-allowed ones inside sshd Match blocks. */
export function complete(doc: ConfigDocument, pos: Position, target: string): CompletionList {
  const text = doc.lineText(pos.line);
  const before = text.slice(0, pos.character);
  const m = /^(\s*)([A-Za-z0-9-]*)$/.exec(before);
  if (!m) return { isIncomplete: false, items: [] };
  const startCol = m[1].length;
  let endCol = pos.character;
  while (endCol < text.length && /[A-Za-z0-9-]/.test(text[endCol])) endCol++;
  const d = doc.directiveAt(pos.line);
  // The section the cursor is in: a directive's own, or the last section starting above the line.
  let section = d ? doc.sections[d.section] : doc.sections[0];
  if (!d) for (const s of doc.sections) if (s.startLine <= pos.line) section = s;
  const inMatch = doc.kind === 'sshd' && section.kind === 'match' && section.header?.line !== pos.line;

  const items: CompletionItem[] = [];
  for (const info of allKeywords(doc.kind)) {
    const era = eraAt(info.facts, target);
    if (!era || era.status === 'alias') continue;
    if (inMatch && !era.matchAllowed) continue;
    const obsolete = era.status === 'deprecated' || era.status === 'ignored' || era.status === 'unsupported';
    const name = info.facts.name;
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      detail: obsolete ? `${era.status} keyword` : info.doc?.syntax.replace(/`/g, '').split(';')[0],
      documentation: { kind: 'markdown', value: keywordMarkdown(doc.kind, info, target) },
      tags: obsolete ? [CompletionItemTag.Deprecated] : undefined,
      sortText: `${obsolete ? '1' : '0'}${name.toLowerCase()}`,
      filterText: name,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: {
        range: { start: { line: pos.line, character: startCol }, end: { line: pos.line, character: endCol } },
        newText: d && d.keyword.start === startCol && d.args.length ? name : `${name} `,
      },
    });
  }
  return { isIncomplete: false, items };
}
