// "Show effective settings for <host>" above each Host block of an ssh_config.
// The lens runs the client command openssh-config.showEffective with the uri
// and a host name the block applies to.

import type { CodeLens } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/types';
import { spanToRange } from '../util/ranges';

export const SHOW_EFFECTIVE_COMMAND = 'openssh-config.showEffective';

/** A host name a Host line's patterns match: the first plain pattern, or one with its wildcards filled in. */
export function sampleHost(patterns: string[]): string | undefined {
  const positive = patterns.filter((p) => !p.startsWith('!') && !p.startsWith('#'));
  const plain = positive.find((p) => !/[*?]/.test(p));
  if (plain) return plain;
  const w = positive.find((p) => p !== '*');
  if (!w) return undefined;
  return w.replace(/\*/g, 'x').replace(/\?/g, 'x');
}

export function codeLenses(doc: ConfigDocument, uri: string): CodeLens[] {
  if (doc.kind !== 'ssh') return [];
  const out: CodeLens[] = [];
  for (const s of doc.sections) {
    if (s.kind !== 'host' || !s.header) continue;
    const host = sampleHost(s.header.args.map((a) => a.value));
    if (!host) continue;
    out.push({
      range: spanToRange(s.header),
      command: { title: `Show effective settings for ${host}`, command: SHOW_EFFECTIVE_COMMAND, arguments: [uri, host] },
    });
  }
  return out;
}
