// Match and Host lines: completion of criteria, hover on criteria and
// patterns. The facts per release are in ../openssh/match.ts.

import { CompletionItemKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver-types';
import { criteriaAt, lookupCriterion, type MatchCriterion } from '../openssh/match';
import { versionKey } from '../openssh/version';
import type { ConfigDocument, Directive } from '../parser/types';
import { contains, spanToRange } from '../util/ranges';

const ARG_TEXT: Record<MatchCriterion['arg'], string> = {
  none: 'takes no argument',
  patterns: 'takes a comma-separated pattern list (`*` any text, `?` one character, `!` in front excludes)',
  hostnames: 'takes a comma-separated list of host-name patterns, compared in lower case (`*`, `?`, `!`)',
  addresses: 'takes a comma-separated list of addresses, CIDR blocks (`192.0.2.0/24`) or wildcard patterns',
  networks: 'takes a comma-separated list of addresses or CIDR blocks',
  port: 'takes one port number',
  command: 'takes one shell command (quote it when it has spaces); the line matches when the command exits with 0',
};

/** True when the word at `index` (0 = first word after the keyword) is where a criterion goes. */
function criterionPositions(kind: ConfigDocument['kind'], words: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let expect = true;
  for (const w of words) {
    out.push(expect);
    if (expect) {
      const c = lookupCriterion(kind, w.replace(/^!/, '').split('=')[0]);
      expect = !c || c.arg === 'none' || w.includes('=');
    } else expect = true;
  }
  out.push(expect);
  return out;
}

export function completeMatchCriteria(doc: ConfigDocument, d: Directive | undefined, pos: Position, target: string): CompletionItem[] | undefined {
  if (!d || d.name !== 'match' || pos.character <= d.keyword.end) return undefined;
  const before = doc.lineText(pos.line).slice(d.keyword.end, pos.character);
  const parts = before.split(/[ \t]+/).filter((w, i, a) => w !== '' || i === a.length - 1);
  const partial = parts.pop() ?? '';
  if (!criterionPositions(doc.kind, parts)[parts.length]) return [];
  const start = pos.character - partial.length + (partial.startsWith('!') ? 1 : 0);
  return criteriaAt(doc.kind, target).map((c, i) => ({
    label: c.name,
    kind: CompletionItemKind.Keyword,
    detail: `Match criterion · since OpenSSH ${c.since}`,
    documentation: { kind: 'markdown', value: `${c.summary}. ${capital(ARG_TEXT[c.arg])}.` },
    sortText: String(i).padStart(3, '0'),
    textEdit: { range: { start: { line: pos.line, character: start }, end: pos }, newText: c.arg === 'none' ? c.name : `${c.name} ` },
  }));
}

export function hoverMatchLine(doc: ConfigDocument, d: Directive, pos: Position, target: string): Hover | null {
  const i = d.args.findIndex((a) => contains(a, pos));
  if (i < 0) return null;
  const tok = d.args[i];
  if (d.name === 'host') {
    return {
      contents: {
        kind: 'markdown',
        value:
          `**Host ${tok.text}**\n\nThe lines below this one, up to the next \`Host\` or \`Match\`, apply when any pattern of this line matches the host name as you typed it (\`*\` any text, \`?\` one character). ` +
          'A matching pattern with `!` in front cancels the whole line for that host. ' +
          'Only the first value each keyword gets counts, so put specific hosts above `Host *`.',
      },
      range: spanToRange(tok),
    };
  }
  const positions = criterionPositions(doc.kind, d.args.map((a) => a.value));
  const word = tok.value.replace(/^!/, '');
  if (positions[i]) {
    const c = lookupCriterion(doc.kind, word.split('=')[0]);
    if (!c) return null;
    const known = versionKey(target) >= versionKey(c.since);
    const lines = [
      `**Match ${c.name}** · criterion${tok.value.startsWith('!') ? ' (negated: the line applies when it does not match)' : ''}`,
      '',
      `${capital(c.summary)}. ${capital(ARG_TEXT[c.arg])}.`,
      '',
      `Since OpenSSH ${c.since}${known ? '' : ` — not known to your target OpenSSH ${target}`}. Every criterion on the line must match (they are ANDed).`,
    ];
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: spanToRange(tok) };
  }
  const c = lookupCriterion(doc.kind, d.args[i - 1]?.value.replace(/^!/, '') ?? '');
  if (!c) return null;
  return {
    contents: { kind: 'markdown', value: `**${c.name} ${tok.text}**\n\n${capital(ARG_TEXT[c.arg])}.` },
    range: spanToRange(tok),
  };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
