import type { Hover, Position } from 'vscode-languageserver-types';
import { vendorDoc } from '../openssh/docs/vendor';
import { FILE_LABEL, lookupKeyword, lookupVendorKeyword } from '../openssh/keywords';
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
    const summary = vendorDoc(doc.kind, vendor.name);
    const lines = [
      `**${vendor.name}** · ${FILE_LABEL[doc.kind]} keyword of ${vendor.vendor}'s OpenSSH only`,
      '',
      ...(summary ? [summary, ''] : []),
      vendor.note,
      '',
      vendor.acceptedByDebian
        ? 'Debian and Ubuntu accept it; upstream OpenSSH and other systems reject the file.'
        : 'Upstream OpenSSH and most systems reject the file.',
    ];
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: spanToRange(d.keyword) };
  }
  return null;
}
