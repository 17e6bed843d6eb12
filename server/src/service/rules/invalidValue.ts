// Values OpenSSH's parser refuses: a flag or enum word it does not know (or
// not yet, at the target release), a number out of range, a time it cannot
// read, an empty quoted value, extra words after a single value. The checks
// follow each keyword's ValueSpec (openssh/docs), read from servconf.c /
// readconf.c.

import { canonicalName, keywordResolver } from '../openssh/keywords';
import { versionKey } from '../openssh/version';
import { customCheck } from '../semantics/customValues';
import { checkValue } from '../semantics/values';
import { suggest } from '../util/suggest';
import type { FileKind } from '../openssh/types';
import type { Directive, Token } from '../parser/types';
import { lineMemo } from './memo';
import type { Finding, Fix, Rule } from './types';

const RULE = 'invalid-value';

const SINGLE_VALUE = new Set(['flag', 'enum', 'integer', 'time', 'port']);

/** The key of `words` that equals `value` ignoring case, if any. */
function findWord(words: Record<string, string>, value: string): string | undefined {
  return Object.keys(words).find((w) => w.toLowerCase() === value.toLowerCase());
}

export const invalidValueRule: Rule = {
  id: RULE,
  codes: ['invalid-value', 'value-too-new', 'deprecated-value', 'extra-arguments'],
  check(doc, ctx, report) {
    const resolve = keywordResolver(ctx.kind, ctx.target);
    const lines = lineMemo(RULE, ctx);
    const checkOne = (d: Directive) => checkDirective(d, resolve, ctx.kind, ctx.target);
    for (let k = 0; k < doc.directives.length; k++) {
      const d = doc.directives[k];
      if (d.bare) continue;
      const fs = lines(d, checkOne);
      for (let i = 0; i < fs.length; i++) report(fs[i]);
    }
  },
};

/** The findings of one line: they depend on nothing but the line, the file kind and the target. */
function checkDirective(d: Directive, resolve: ReturnType<typeof keywordResolver>, kind: FileKind, target: string): Finding[] {
  const out: Finding[] = [];
  if (d.bare) return out;
  const { info, era } = resolve(d.name);
  if (!info || !era || (era.status !== 'active' && era.status !== 'conditional' && era.status !== 'alias')) return out;
  const name = info.facts.name;
  // Keywords with a value of their own shape (servconf.c / readconf.c case by case).
  const custom = customCheck(kind, era.status === 'alias' ? canonicalName(kind, info.facts, target) : name);
  if (custom) {
    const problem = custom(d, target);
    if (problem) {
      const fixTarget = problem.token ?? d.args[0];
      const fixes = problem.expected && fixTarget ? changeToFixes(fixTarget, problem.expected) : [];
      const span = problem.token ?? { line: d.line, start: d.args[0]?.start ?? d.raw?.start ?? d.keyword.start, end: d.end };
      out.push({ code: problem.code ?? 'invalid-value', severity: 'error', message: `${name}: ${problem.message}${trailingCommentNote(problem.token, kind, target)}`, span, fixes });
    }
    return out;
  }
  if (d.raw) return out;
  const spec = info.doc?.value;
  if (!spec || !SINGLE_VALUE.has(spec.kind)) return out;
  const first = d.args[0];
  if (!first) return out; // only a comment after the keyword: handled by OpenSSH per keyword
  if (first.value === '') {
    out.push({ code: 'invalid-value', severity: 'error', message: `${name} has an empty value: OpenSSH rejects it ("missing argument").`, span: first });
    return out;
  }
  const problem = checkValue(spec, d.args, kind, target);
  if (problem) {
    const fixes = problem.expected ? changeToFixes(first, problem.expected) : [];
    out.push({ code: 'invalid-value', severity: 'error', message: `${name}: ${problem.message}`, span: problem.token ?? first, fixes });
  } else if ((spec.kind === 'flag' || spec.kind === 'enum') && spec.deprecated && findWord(spec.deprecated, first.value)) {
    const old = findWord(spec.deprecated, first.value) as string;
    const now = spec.deprecated[old];
    out.push({
      code: 'deprecated-value',
      severity: 'hint',
      message: `${name} ${old} is an old spelling of ${now}; OpenSSH reads it as ${now}.`,
      span: first,
      tags: ['deprecated'],
      fixes: [{ title: `Change to "${now}"`, edits: [{ span: first, newText: now }], preferred: true }],
    });
  } else if ((spec.kind === 'flag' || spec.kind === 'enum') && spec.since) {
    const word = Object.keys(spec.since).find((w) => w.toLowerCase() === first.value.toLowerCase());
    if (word && versionKey(target) < versionKey(spec.since[word])) {
      out.push({
        code: 'value-too-new',
        severity: 'error',
        message: `${name} ${word} needs OpenSSH ${spec.since[word]}; the target OpenSSH ${target} rejects it.`,
        span: first,
      });
    }
  }
  if (d.args.length > 1) {
    const extra = d.args[1];
    out.push({
      code: 'extra-arguments',
      severity: 'error',
      message: `${name} takes one value; OpenSSH rejects the extra "${extra.text}" ("extra arguments at end of line").${trailingCommentNote(extra, kind, target)}`,
      span: { line: d.line, start: extra.start, end: d.args[d.args.length - 1].end },
    });
  }
  return out;
}

/** ssh before 8.5 reads a trailing `# comment` as more words (readconf.c read_config_file, commit 2bcbf679d in V_8_5_P1). */
function trailingCommentNote(extra: { value: string } | undefined, kind: FileKind, target: string): string {
  if (kind !== 'ssh' || !extra?.value.startsWith('#') || versionKey(target) >= versionKey('8.5')) return '';
  return ` ssh before 8.5 has no comments at the end of a line: put the comment on a line of its own.`;
}

/** "Change to ..." fixes for the words of `expected` nearest to the token's value, the nearest preferred. */
function changeToFixes(token: Token, expected: string[]): Fix[] {
  return suggest(token.value, expected, 2).map((w, i) => ({ title: `Change to "${w}"`, edits: [{ span: token, newText: w }], preferred: i === 0 }));
}
