import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { algorithmCompletions, algorithmKeyword } from '../openssh/algorithms';
import { parseHop } from '../openssh/jump';
import { allKeywords, eraAt, lookupKeyword } from '../openssh/keywords';
import { versionKey } from '../openssh/version';
import { flagWords } from '../semantics/values';
import { valueMeaning } from '../openssh/docs/types';
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

/** `ProxyJump none` (no jump host, overriding a later match) is read since 7.8 (readconf.c parse_jump(), V_7_8_P1). */
const PROXYJUMP_NONE_SINCE = '7.8';

/**
 * ssh_config ProxyJump: the hosts this file names in its Host lines (patterns without
 * wildcards or negation), for the hop under the cursor, after any `user@`. The block's
 * own names are left out: a host cannot be its own jump host.
 */
function completeJumpHost(doc: ConfigDocument, pos: Position, target: string, text: string, before: string): CompletionList | undefined {
  if (doc.kind !== 'ssh') return undefined;
  const m = /^\s*"?proxyjump"?(?:\s*=\s*|\s+)((?:[^\s,]*,)*)([^\s,]*)$/i.exec(before);
  if (!m) return undefined;
  const hop = m[2];
  const rest = /^ssh:\/\//i.test(hop) ? hop.slice(6) : hop;
  const host = rest.slice(rest.lastIndexOf('@') + 1);
  // Past the host (a `:port` being typed) there is nothing to offer.
  if (!/^[A-Za-z0-9._-]*$/.test(host)) return { isIncomplete: false, items: [] };
  const startCol = pos.character - host.length;
  let endCol = pos.character;
  while (endCol < text.length && /[A-Za-z0-9._-]/.test(text[endCol])) endCol++;
  const d = doc.directiveAt(pos.line);
  const own = d ? doc.sections[d.section] : undefined;
  // Names compare as ssh compares them with Host lines: case included.
  const ownNames = new Set(own?.kind === 'host' && own.header ? own.header.args.map((a) => a.value) : []);
  // Hops already on the line are not offered again.
  for (const h of m[1].split(',')) {
    const given = parseHop(h);
    if (given) ownNames.add(given.host);
  }
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const section of doc.sections) {
    if (section.kind !== 'host' || !section.header) continue;
    const hostName = section.directives.find((x) => x.name === 'hostname')?.args[0]?.value;
    for (const a of section.header.args) {
      const name = a.value;
      if (!name || /[*?!]/.test(name) || ownNames.has(name) || seen.has(name)) continue;
      seen.add(name);
      items.push({
        label: name,
        kind: CompletionItemKind.Reference,
        detail: `Host on line ${section.header.line + 1}${hostName ? ` (HostName ${hostName})` : ''}`,
        sortText: `0${String(items.length).padStart(5, '0')}`,
        textEdit: { range: { start: { line: pos.line, character: startCol }, end: { line: pos.line, character: endCol } }, newText: name },
      });
    }
  }
  // `none` only as the whole value.
  if (m[1] === '' && hop === host && versionKey(target) >= versionKey(PROXYJUMP_NONE_SINCE)) {
    items.push({
      label: 'none',
      kind: CompletionItemKind.EnumMember,
      detail: 'connect directly: wins over a ProxyJump or ProxyCommand of a later block',
      sortText: '1',
      textEdit: { range: { start: { line: pos.line, character: startCol }, end: { line: pos.line, character: endCol } }, newText: 'none' },
    });
  }
  return { isIncomplete: false, items };
}

/** The first value of a flag or enum keyword, or a free-form one's fixed words: its words at the target release, each with what it does. */
function completeValue(doc: ConfigDocument, pos: Position, target: string, text: string, before: string): CompletionList {
  const criteria = completeMatchCriteria(doc, doc.directiveAt(pos.line), pos, target);
  if (criteria) return { isIncomplete: false, items: criteria };
  const algorithms = completeAlgorithm(doc, pos, target, text, before);
  if (algorithms) return algorithms;
  const jump = completeJumpHost(doc, pos, target, text, before);
  if (jump) return jump;
  const m = /^\s*"?([A-Za-z0-9-]+)"?(?:\s*=\s*|\s+)([A-Za-z0-9@.:_-]*)$/.exec(before);
  const info = m ? lookupKeyword(doc.kind, m[1]) : undefined;
  const spec = info?.doc?.value;
  if (!m || !info || !spec) return { isIncomplete: false, items: [] };
  // A free-form value's fixed words (ForwardAgent yes…) only where the keyword exists at the target.
  const custom = spec.kind === 'custom' && spec.words && eraAt(info.facts, target) ? spec.words : undefined;
  if (spec.kind !== 'flag' && spec.kind !== 'enum' && !custom) return { isIncomplete: false, items: [] };
  const words = spec.kind === 'flag' ? flagWords(doc.kind, spec) : spec.kind === 'enum' ? spec.values : (custom ?? []);
  const since = (spec.kind === 'flag' || spec.kind === 'enum' ? spec.since : undefined) ?? {};
  const deprecated = (spec.kind === 'flag' || spec.kind === 'enum' ? spec.deprecated : undefined) ?? {};
  const startCol = pos.character - m[2].length;
  let endCol = pos.character;
  while (endCol < text.length && /[A-Za-z0-9@.:_-]/.test(text[endCol])) endCol++;
  const items: CompletionItem[] = [];
  words.forEach((word, i) => {
    const needs = since[word];
    if (needs && versionKey(target) < versionKey(needs)) return;
    const old = deprecated[word];
    const meaning = valueMeaning(spec, word);
    items.push({
      label: word,
      kind: CompletionItemKind.EnumMember,
      detail: old ? `old spelling of ${old}` : `${info.facts.name} value${needs ? ` (OpenSSH ${needs}+)` : ''}`,
      documentation: meaning ? { kind: 'markdown', value: `\`${word}\`: ${meaning}` } : undefined,
      tags: old ? [CompletionItemTag.Deprecated] : undefined,
      sortText: `${old ? '1' : '0'}${String(i).padStart(3, '0')}`,
      textEdit: { range: { start: { line: pos.line, character: startCol }, end: { line: pos.line, character: endCol } }, newText: word },
    });
  });
  return { isIncomplete: false, items };
}
