import type { Hover, Position } from 'vscode-languageserver-types';
import { lookupKeyword, lookupVendorKeyword } from '../openssh/keywords';
import type { ConfigDocument } from '../parser/types';
import { contains, spanToRange } from '../util/ranges';
import { keywordMarkdown } from './keywordDocs';

export function hover(doc: ConfigDocument, pos: Position, target: string): Hover | null {
  const d = doc.directiveAt(pos.line);
  if (!d || !contains(d.keyword, pos)) return null;
  const info = lookupKeyword(doc.kind, d.name);
  if (info) {
    return { contents: { kind: 'markdown', value: keywordMarkdown(doc.kind, info, target) }, range: spanToRange(d.keyword) };
  }
  const vendor = lookupVendorKeyword(doc.kind, d.name);
  if (vendor) {
    return {
      contents: { kind: 'markdown', value: `**${vendor.name}** · only in ${vendor.vendor}'s OpenSSH\n\n${vendor.note}` },
      range: spanToRange(d.keyword),
    };
  }
  return null;
}
