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
  keywordResolver,
} from '../openssh/keywords';
import { matchPatternList } from '../openssh/patterns';
import type { FileKind } from '../openssh/types';
import { versionKey } from '../openssh/version';
import { sectionAlwaysApplies } from '../parser/sections';
import type { ConfigDocument, Directive } from '../parser/types';
import { suggest } from '../util/suggest';
import { isTmoutLine } from './tmout';
import type { Fix, Rule } from './types';
import { removeLineFix } from './fixes';

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

/** The keepalive pairs: each file's keyword for the other file's one. */
const COUNTERPART: Record<string, string> = {
  clientaliveinterval: 'ServerAliveInterval',
  clientalivecountmax: 'ServerAliveCountMax',
  serveraliveinterval: 'ClientAliveInterval',
  serveralivecountmax: 'ClientAliveCountMax',
};

/**
 * ssh_config: let older or other OpenSSH builds skip a keyword. IgnoreUnknown
 * only covers keywords below it, and the first one in force wins (readconf.c
 * parse_string: `*charptr == NULL`). So the name goes into the first global
 * IgnoreUnknown when that one comes before the line; one that comes after it
 * is moved to the top of the file with the name added; with none, a new one
 * goes on the first line. `existing`: the file's first global IgnoreUnknown.
 */
function ignoreUnknownFix(doc: ConfigDocument, existing: Directive | undefined, d: Directive, name: string): Fix {
  if (existing && existing.line < d.line) {
    const list = existing.args[0];
    return {
      title: `Add ${name} to the IgnoreUnknown on line ${existing.line + 1}`,
      edits: [{ span: list, newText: `${list.value},${name}` }],
    };
  }
  if (existing) {
    const list = existing.args[0].value;
    const named = matchPatternList(name, list, true) === 1;
    return {
      title: `Move the IgnoreUnknown on line ${existing.line + 1} to the top of the file${named ? '' : `, with ${name} added`}`,
      edits: [
        { span: { line: 0, start: 0, end: 0 }, newText: `IgnoreUnknown ${named ? list : `${list},${name}`}${doc.eol}` },
        { span: existing, newText: '', wholeLines: { endLine: existing.line } },
      ],
    };
  }
  return {
    title: `Add "IgnoreUnknown ${name}" at the top of the file`,
    edits: [{ span: { line: 0, start: 0, end: 0 }, newText: `IgnoreUnknown ${name}${doc.eol}` }],
  };
}

/** ssh_config: the first of the file's IgnoreUnknown lines below line `line` that names `name`, if any (it comes too late to cover it). */
function laterIgnoreUnknown(all: readonly Directive[], line: number, name: string): Directive | undefined {
  for (const x of all) {
    if (x.line > line && matchPatternList(name, x.args[0].value, true) === 1) return x;
  }
  return undefined;
}

export const unknownKeywordRule: Rule = {
  id: 'unknown-keyword',
  codes: ['unknown-keyword', 'other-file-keyword', 'keyword-too-new', 'keyword-removed', 'vendor-keyword'],
  check(doc, ctx, report) {
    const { kind, target } = ctx;
    const file = FILE_LABEL[kind];
    const resolve = keywordResolver(kind, target);
    // ssh only: unknown keywords matching the IgnoreUnknown in force are skipped
    // (readconf.c parse_token). The first IgnoreUnknown in an active section
    // wins, so for a line to be covered for every host, each IgnoreUnknown up
    // to the first one that always applies must match it.
    const ignoreLines: { patterns: string; always: boolean; line: number }[] = [];
    // Every IgnoreUnknown with a value, once (not a walk of the file per unknown keyword).
    const allIgnores = kind === 'ssh' ? doc.directives.filter((x) => x.name === 'ignoreunknown' && x.args.length) : [];
    const firstGlobalIgnore = allIgnores.find((x) => x.section === 0);
    let settled = false;
    const coverage = (name: string): { covered: boolean; partialLine?: number } => {
      let partialLine: number | undefined;
      for (const e of ignoreLines) {
        if (matchPatternList(name, e.patterns, true) !== 1) return { covered: false, partialLine };
        if (e.always) return { covered: true };
        partialLine ??= e.line;
      }
      return { covered: false, partialLine };
    };
    for (const d of doc.directives) {
      if (kind === 'ssh' && d.name === 'ignoreunknown') {
        if (!settled && d.args.length) {
          const always = sectionAlwaysApplies(doc.sections[d.section]);
          ignoreLines.push({ patterns: d.args[0].value, always, line: d.line });
          settled = always;
        }
        continue;
      }
      // OpenSSH stops at "no argument after keyword" before it looks the keyword up.
      if (d.bare) continue;
      if (isTmoutLine(d)) continue; // tmout-in-config explains it
      const { info, era } = resolve(d.name);
      if (era) continue;
      const cover = ignoreLines.length ? coverage(d.name) : { covered: false };
      if (cover.covered) continue;
      const late = kind === 'ssh' && cover.partialLine === undefined ? laterIgnoreUnknown(allIgnores, d.line, d.name) : undefined;
      const partial =
        cover.partialLine !== undefined
          ? ` IgnoreUnknown on line ${cover.partialLine + 1} covers it only for hosts its Host/Match block applies to.`
          : late
            ? ` The IgnoreUnknown on line ${late.line + 1} names it but comes too late: ssh only skips unknown keywords that come after the IgnoreUnknown in force.`
            : '';
      if (info) {
        const { facts } = info;
        if (versionKey(target) < versionKey(facts.since)) {
          report({
            code: 'keyword-too-new',
            severity: 'error',
            message: `${facts.name} arrived in OpenSSH ${facts.since}; the target OpenSSH ${target} rejects it as an unknown option.${partial}`,
            span: d.keyword,
            fixes: [
              removeLineFix(d, `Remove the ${facts.name} line`),
              ...(kind === 'ssh' ? [ignoreUnknownFix(doc, firstGlobalIgnore, d, facts.name)] : []),
            ],
          });
        } else {
          report({
            code: 'keyword-removed',
            severity: 'error',
            message: facts.removed
              ? `${facts.name} was removed in OpenSSH ${facts.removed}; the target OpenSSH ${target} rejects it as an unknown option.${partial}`
              : `OpenSSH ${target} does not know ${facts.name}, although releases before and after it do: it rejects the line as an unknown option.${partial}`,
            span: d.keyword,
            fixes: [removeLineFix(d, `Remove the ${facts.name} line`), ...(kind === 'ssh' ? [ignoreUnknownFix(doc, firstGlobalIgnore, d, facts.name)] : [])],
          });
        }
        continue;
      }
      const vendor = lookupVendorKeyword(kind, d.name);
      if (vendor) {
        report({
          code: 'vendor-keyword',
          severity: 'warning',
          message: `${vendor.name} exists only in ${vendor.vendor}'s OpenSSH; upstream OpenSSH rejects it as an unknown option.${
            vendor.acceptedByDebian ? ' (Debian and Ubuntu accept it.)' : ''
          }${partial}`,
          span: d.keyword,
          fixes: kind === 'ssh' ? [ignoreUnknownFix(doc, firstGlobalIgnore, d, vendor.name)] : undefined,
        });
        continue;
      }
      const other = lookupKeyword(OTHER[kind], d.name) ?? lookupVendorKeyword(OTHER[kind], d.name);
      const names = suggest(d.keyword.value, pool(kind, target));
      if (other) {
        const otherName = 'facts' in other ? other.facts.name : other.name;
        const role = OTHER[kind] === 'ssh' ? 'client' : 'server';
        report({
          code: 'other-file-keyword',
          severity: 'error',
          message: `${otherName} is a ${FILE_LABEL[OTHER[kind]]} keyword (the ${role}'s file); ${file} does not know it and OpenSSH rejects the line.${
            COUNTERPART[d.name]
              ? ` The ${file} counterpart is ${COUNTERPART[d.name]}.`
              : names.length
                ? ` Did you mean ${names.map((n) => `"${n}"`).join(' or ')}?`
                : ''
          }${partial}`,
          span: d.keyword,
          fixes: COUNTERPART[d.name] ? renameFixes(d, [COUNTERPART[d.name]]) : renameFixes(d, names),
        });
        continue;
      }
      let message = `Unknown ${file} keyword "${d.keyword.value}".`;
      if (names.length) message += ` Did you mean ${names.map((n) => `"${n}"`).join(' or ')}?`;
      message += partial;
      // A name no release knows, or one a later IgnoreUnknown already names: keeping it for other ssh builds is the likely intent.
      const keep = kind === 'ssh' && (late || names.length === 0) ? [ignoreUnknownFix(doc, firstGlobalIgnore, d, d.keyword.value)] : [];
      report({ code: 'unknown-keyword', severity: 'error', message, span: d.keyword, fixes: [...renameFixes(d, names), ...keep] });
    }
  },
};
