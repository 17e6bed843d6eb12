// Snippets, offered by the server at the keyword position of a line (never
// where a value goes) and, inside an sshd Match block, only when every keyword
// they insert is allowed there. The texts live in snippets/*.json (VS Code's
// snippet format), bundled at build time.

import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import sshSnippets from '../../../../snippets/ssh_config.json';
import sshdSnippets from '../../../../snippets/sshd_config.json';
import { keywordResolver } from '../openssh/keywords';
import type { FileKind } from '../openssh/types';

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
