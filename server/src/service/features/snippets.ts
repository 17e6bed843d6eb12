// Snippets, offered by the server at the keyword position of a line (never
// where a value goes) and, inside an sshd Match block, only when every keyword
// they insert is allowed there. The texts live in snippets/*.json (VS Code's
// snippet format), bundled at build time.

import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import sshSnippets from '../../../../snippets/ssh_config.json';
import sshdSnippets from '../../../../snippets/sshd_config.json';
import { MATCH_APPLIED_SINCE } from '../openssh/channels';
import { keywordResolver } from '../openssh/keywords';
import type { FileKind } from '../openssh/types';
import { versionKey } from '../openssh/version';

/**
 * Snippets that only make sense before a release (a note about what the
 * target lacks); their JSON stays VS Code's snippet format, so the limit lives here.
 */
const ONLY_BEFORE: Record<string, string> = { 'Server idle logout note (before OpenSSH 9.2)': '9.2' };

interface SnippetFile {
  [name: string]: { prefix: string | string[]; body: string | string[]; description?: string };
}

interface Snippet {
  name: string;
  prefixes: string[];
  body: string;
  description: string;
  /** lower-case keywords the snippet writes, block openers excluded */
  keywords: string[];
  opensBlock: boolean;
}

function load(file: SnippetFile): Snippet[] {
  return Object.entries(file).map(([name, s]) => {
    const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
    const words = body
      .split('\n')
      .map((l) => l.trim().replace(/^\$\{\d+:?([^}|]*)[^}]*\}/, '$1'))
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('$'))
      .map((l) => l.split(/[\s=]/)[0].toLowerCase());
    return {
      name,
      prefixes: Array.isArray(s.prefix) ? s.prefix : [s.prefix],
      body,
      description: s.description ?? '',
      keywords: words.filter((w) => w !== 'match' && w !== 'host'),
      opensBlock: words[0] === 'match' || words[0] === 'host',
    };
  });
}

const SNIPPETS: Record<FileKind, Snippet[]> = { sshd: load(sshdSnippets as SnippetFile), ssh: load(sshSnippets as SnippetFile) };

export function snippetItems(kind: FileKind, target: string, inMatch: boolean, range: Range): CompletionItem[] {
  const resolve = keywordResolver(kind, target);
  const items: CompletionItem[] = [];
  for (const s of SNIPPETS[kind]) {
    // Inside a Match block a snippet may only write Match-allowed keywords, unless it starts a new block.
    if (inMatch && !s.opensBlock && s.keywords.some((k) => !resolve(k).era?.matchAllowed)) continue;
    if (s.keywords.some((k) => !resolve(k).era)) continue; // a keyword the target does not know
    const before = ONLY_BEFORE[s.name];
    if (before && versionKey(target) >= versionKey(before)) continue;
    // sshd reads ChannelTimeout in Match before 10.5 but does not apply it (commit caa6d7d19).
    if (kind === 'sshd' && inMatch && !s.opensBlock && s.keywords.includes('channeltimeout') && versionKey(target) < versionKey(MATCH_APPLIED_SINCE)) continue;
    items.push({
      label: s.prefixes[0],
      labelDetails: { description: s.name },
      kind: CompletionItemKind.Snippet,
      detail: s.name,
      documentation: { kind: 'markdown', value: `${s.description}\n\n\`\`\`\n${s.body.replace(/\$\{\d+:?([^}|]*)(\|[^}]*\|)?\}/g, (_, d: string, choice?: string) => d || (choice ? choice.slice(1, -1).split(',')[0] : '')).replace(/\$\d/g, '')}\n\`\`\`` },
      filterText: s.prefixes.join(' '),
      sortText: `2${s.prefixes[0]}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: s.body },
    });
  }
  return items;
}
