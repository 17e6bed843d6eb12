import type { Hover, Position } from 'vscode-languageserver-types';
import { vendorDoc } from '../openssh/docs/vendor';
import { FILE_LABEL, lookupKeyword, lookupVendorKeyword } from '../openssh/keywords';
import type { ConfigDocument, Directive, Token } from '../parser/types';
import { flagWords } from '../semantics/values';
import { humanDuration, parseTime } from '../semantics/time';
import { contains, spanToRange } from '../util/ranges';
import { keywordMarkdown } from './keywordDocs';

export function hover(doc: ConfigDocument, pos: Position, target: string): Hover | null {
  const d = doc.directiveAt(pos.line);
  if (!d) return null;
  if (!contains(d.keyword, pos)) return valueHover(doc, d, pos, target);
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

/** A value under the cursor: times in human units, the words a flag or enum takes. */
function valueHover(doc: ConfigDocument, d: Directive, pos: Position, target: string): Hover | null {
  const tok: Token | undefined = d.args.find((a) => contains(a, pos));
  const info = lookupKeyword(doc.kind, d.name);
  const spec = info?.doc?.value;
  if (!tok || !info || !spec || tok !== d.args[0]) return null;
  const name = info.facts.name;
  let md: string | undefined;
  if (spec.kind === 'time') {
    if (spec.none && tok.value.toLowerCase() === 'none') md = `\`none\`: ${name} is not set (OpenSSH's default applies).`;
    else {
      const r = parseTime(tok.value, target);
      const words = r.ok && r.seconds < 60 ? `${r.seconds} second${r.seconds === 1 ? '' : 's'}` : r.ok ? humanDuration(r.seconds) : '';
      md = r.ok
        ? `\`${tok.value}\` = **${words}**${r.seconds >= 60 ? ` = ${r.seconds} s` : ''}${r.seconds === 0 ? ' (0 usually means off or no limit)' : ''}`
        : `\`${tok.value}\` is not a time OpenSSH ${target} can read: ${r.reason}.`;
    }
  } else if (spec.kind === 'flag' || spec.kind === 'enum') {
    const words = spec.kind === 'flag' ? flagWords(doc.kind, spec) : spec.values;
    const list = words.map((w) => `**${w}**`);
    const spoken = list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list.join('');
    md = `${name} takes ${spoken}.${spec.kind === 'enum' && spec.caseSensitive ? ' OpenSSH compares these case-sensitively.' : ''}`;
  }
  if (!md) return null;
  return { contents: { kind: 'markdown', value: `**${name}** ${tok.text}\n\n${md}` }, range: spanToRange(tok) };
}
