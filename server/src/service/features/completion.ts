import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { algorithmCompletions, algorithmKeyword } from '../openssh/algorithms';
import { allKeywords, eraAt, lookupKeyword } from '../openssh/keywords';
import { versionKey } from '../openssh/version';
import { flagWords } from '../semantics/values';
import type { ConfigDocument } from '../parser/types';
import { keywordMarkdown } from './keywordDocs';
import { completeMatchCriteria } from './matchLine';
import { snippetItems } from './snippets';

/** Keywords valid at the cursor: only at the keyword position of a line, only Match-allowed ones inside sshd Match blocks. */
export function complete(doc: ConfigDocument, pos: Position, target: string): CompletionList {
  const text = doc.lineText(pos.line);
  const before = text.slice(0, pos.character);
  const m = /^(\s*)([A-Za-z0-9-]*)$/.exec(before);
  if (!m) return completeValue(doc, pos, target, text, before);
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
  // Snippets only where a whole new line is being written.
  if (!d || (!d.args.length && !d.raw)) {
    const range = { start: { line: pos.line, character: startCol }, end: { line: pos.line, character: endCol } };
    items.push(...snippetItems(doc.kind, target, inMatch, range));
  }
  return { isIncomplete: false, items };
}

/** The names an algorithm keyword takes at the target, for the entry under the cursor of a comma list. */
function completeAlgorithm(doc: ConfigDocument, pos: Position, target: string, text: string, before: string): CompletionList | undefined {
  const m = /^\s*"?([A-Za-z0-9-]+)"?(?:\s*=\s*|\s+)([+^-]?)((?:[A-Za-z0-9@._-]*,)*)([A-Za-z0-9@._*?-]*)$/.exec(before);
  const info = m ? lookupKeyword(doc.kind, m[1]) : undefined;
  const era = info && eraAt(info.facts, target);
  const kw = era && algorithmKeyword(doc.kind, era.op, target);
  if (!m || !info || !kw) return undefined;
  const startCol = pos.character - m[4].length;
  let endCol = pos.character;
  while (endCol < text.length && /[A-Za-z0-9@._-]/.test(text[endCol])) endCol++;
  const already = new Set(m[3].split(',').filter(Boolean));
  const items: CompletionItem[] = [];
  algorithmCompletions(doc.kind, kw, target).forEach((c, i) => {
    if (already.has(c.name)) return;
    items.push({
      label: c.name,
      kind: CompletionItemKind.EnumMember,
      detail: c.weak ? 'weak: avoid unless a peer needs it' : c.inDefault ? `in the default list of OpenSSH ${target}` : 'supported, not in the default list',
      tags: c.weak ? [CompletionItemTag.Deprecated] : undefined,
      sortText: String(i).padStart(4, '0'),
      textEdit: { range: { start: { line: pos.line, character: startCol }, end: { line: pos.line, character: endCol } }, newText: c.name },
    });
  });
  return { isIncomplete: false, items };
}

/** The first value of a flag or enum keyword: its words at the target release. */
function completeValue(doc: ConfigDocument, pos: Position, target: string, text: string, before: string): CompletionList {
  const criteria = completeMatchCriteria(doc, doc.directiveAt(pos.line), pos, target);
  if (criteria) return { isIncomplete: false, items: criteria };
  const algorithms = completeAlgorithm(doc, pos, target, text, before);
  if (algorithms) return algorithms;
  const m = /^\s*"?([A-Za-z0-9-]+)"?(?:\s*=\s*|\s+)([A-Za-z0-9@.:_-]*)$/.exec(before);
  const info = m ? lookupKeyword(doc.kind, m[1]) : undefined;
  const spec = info?.doc?.value;
  if (!m || !info || !spec || (spec.kind !== 'flag' && spec.kind !== 'enum')) return { isIncomplete: false, items: [] };
  const words = spec.kind === 'flag' ? flagWords(doc.kind, spec) : spec.values;
  const since = spec.since ?? {};
  const deprecated = spec.deprecated ?? {};
  const startCol = pos.character - m[2].length;
  let endCol = pos.character;
  while (endCol < text.length && /[A-Za-z0-9@.:_-]/.test(text[endCol])) endCol++;
  const items: CompletionItem[] = [];
  words.forEach((word, i) => {
    const needs = since[word];
    if (needs && versionKey(target) < versionKey(needs)) return;
    const old = deprecated[word];
    items.push({
      label: word,
      kind: CompletionItemKind.EnumMember,
      detail: old ? `old spelling of ${old}` : `${info.facts.name} value${needs ? ` (OpenSSH ${needs}+)` : ''}`,
      tags: old ? [CompletionItemTag.Deprecated] : undefined,
      sortText: `${old ? '1' : '0'}${String(i).padStart(3, '0')}`,
      textEdit: { range: { start: { line: pos.line, character: startCol }, end: { line: pos.line, character: endCol } }, newText: word },
    });
  });
  return { isIncomplete: false, items };
}
