// Keywords the target OpenSSH does not know: typos (with did-you-mean fixes),
// keywords of the other file, vendor-only keywords, keywords added after or
// removed before the target release. OpenSSH answers all of these with
// "Bad configuration option" (servconf.c parse_token / readconf.c parse_token).

import {
  allKeywords,
  eraAt,
  FILE_LABEL,
  lookupKeyword,
  lookupVendorKeyword,
  OTHER,
} from '../openssh/keywords';
import { matchPatternList } from '../openssh/patterns';
import type { FileKind } from '../openssh/types';
import { versionKey } from '../openssh/version';
import type { Directive } from '../parser/types';
import { suggest } from '../util/suggest';
import type { Fix, Rule } from './types';

/** Names worth suggesting at a release: keywords the parser knows and uses. */
function suggestionPool(kind: FileKind, target: string): string[] {
  const names: string[] = [];
  for (const { facts } of allKeywords(kind)) {
    const era = eraAt(facts, target);
    if (era && (era.status === 'active' || era.status === 'conditional')) names.push(facts.name);
  }
  return names;
}
const poolCache = new Map<string, string[]>();
function pool(kind: FileKind, target: string): string[] {
  const key = `${kind}@${target}`;
  let p = poolCache.get(key);
  if (!p) poolCache.set(key, (p = suggestionPool(kind, target)));
  return p;
}

function renameFixes(d: Directive, names: string[]): Fix[] {
  return names.map((name, i) => ({
    title: `Change to "${name}"`,
    edits: [{ span: d.keyword, newText: name }],
    preferred: i === 0 && names.length === 1,
  }));
}

export const unknownKeywordRule: Rule = {
  id: 'unknown-keyword',
  codes: ['unknown-keyword', 'keyword-too-new', 'keyword-removed', 'vendor-keyword'],
  check(doc, ctx, report) {
    const { kind, target } = ctx;
    const file = FILE_LABEL[kind];
    // ssh only: unknown keywords matching an earlier IgnoreUnknown pattern list are skipped (readconf.c parse_token).
    let ignoreUnknown: string | undefined;
    for (const d of doc.directives) {
      if (kind === 'ssh' && d.name === 'ignoreunknown' && ignoreUnknown === undefined && d.args.length) {
        ignoreUnknown = d.args[0].value;
        continue;
      }
      const ignored = ignoreUnknown !== undefined && matchPatternList(d.name, ignoreUnknown, true) === 1;
      const info = lookupKeyword(kind, d.name);
      if (info) {
        if (eraAt(info.facts, target) || ignored) continue;
        const { facts } = info;
        if (versionKey(target) < versionKey(facts.since)) {
          report({
            code: 'keyword-too-new',
            severity: 'error',
            message: `${facts.name} arrived in OpenSSH ${facts.since}; the target OpenSSH ${target} rejects it as an unknown option.`,
            span: d.keyword,
            fixes: [{ title: `Remove the ${facts.name} line`, edits: [{ span: d, newText: '', wholeLines: { endLine: d.line } }] }],
          });
        } else {
          report({
            code: 'keyword-removed',
            severity: 'error',
            message: `${facts.name} was removed in OpenSSH ${facts.removed}; the target OpenSSH ${target} rejects it as an unknown option.`,
            span: d.keyword,
          });
        }
        continue;
      }
      if (ignored) continue;
      const vendor = lookupVendorKeyword(kind, d.name);
      if (vendor) {
        report({
          code: 'vendor-keyword',
          severity: 'warning',
          message: `${vendor.name} exists only in ${vendor.vendor}'s OpenSSH; upstream OpenSSH rejects it as an unknown option.${
            vendor.acceptedByDebian ? ' (Debian and Ubuntu accept it.)' : ''
          }`,
          span: d.keyword,
        });
        continue;
      }
      const other = lookupKeyword(OTHER[kind], d.name);
      const names = suggest(d.keyword.value, pool(kind, target));
      let message = `Unknown ${file} keyword "${d.keyword.value}".`;
      if (other) {
        message += ` ${other.facts.name} belongs in ${FILE_LABEL[OTHER[kind]]} (the ${OTHER[kind] === 'ssh' ? 'client' : 'server'}'s file).`;
      }
      if (names.length) message += ` Did you mean ${names.map((n) => `"${n}"`).join(' or ')}?`;
      report({ code: 'unknown-keyword', severity: 'error', message, span: d.keyword, fixes: renameFixes(d, names) });
    }
  },
};
