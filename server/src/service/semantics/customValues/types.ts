import { keywordDoc } from '../../openssh/docs';
import type { FileKind } from '../../openssh/types';
import { versionKey } from '../../openssh/version';
import type { Directive, Token } from '../../parser/types';
import type { ValueProblem } from '../values';

export type { ValueProblem };

/** `target` is the target release ("9.2", "10.5"); compare with versionKey() from openssh/version. */
export type CustomCheck = (d: Directive, target: string) => ValueProblem | undefined;

/** A problem on one token (or on the whole value when `token` is undefined). */
export function problem(token: Token | undefined, message: string, expected?: string[]): ValueProblem {
  return { token, message, expected };
}

const V8_7 = versionKey('8.7');

/**
 * The check at the end of process_server_config_line() / process_config_line():
 * words left after the last argument the keyword reads ("extra arguments at end
 * of line"; before 8.7 strdelim() made it "garbage at end of line", raised only
 * when the next word is not empty). Spans every extra word. `k`: versionKey(target).
 */
export function extraArguments(d: Directive, from: number, k: number): ValueProblem | undefined {
  const t = d.args[from];
  if (!t) return undefined;
  if (k < V8_7 && t.value === '') return undefined;
  const last = d.args[d.args.length - 1];
  return {
    token: { line: t.line, start: t.start, end: last.end, text: t.text, value: t.value, quoted: t.quoted },
    message: `"${t.text}" is more than this keyword takes: OpenSSH rejects the line ("extra arguments at end of line").`,
    code: 'extra-arguments',
  };
}

/**
 * The syntax errors of misc.c dollar_expand() (V_8_4_P1 … V_10_5_P1): a "${"
 * without its closing '}', or "${}". An unset variable is an error too, but it
 * depends on the environment, so it is never reported.
 */
export function dollarSyntax(v: string): string | undefined {
  for (let i = v.indexOf('${'); i >= 0; i = v.indexOf('${', i)) {
    const close = v.indexOf('}', i + 2);
    if (close < 0) return `"\${" has no closing "}"`;
    if (close === i + 2) return 'an empty "${}" names no variable';
    i = close + 1;
  }
  return undefined;
}

/**
 * The 8.7+ list checks of both files (readconf.c parse_char_array, oLogVerbose,
 * oCanonicalDomains 8.7 … 9.6, oRevokedHostKeys 10.3+; servconf.c sLogVerbose):
 * no empty word, and "none" (any case) only alone.
 */
export function listWord(d: Directive, i: number, allowNone: boolean): ValueProblem | undefined {
  const a = d.args[i];
  if (a.value === '') return problem(a, 'an empty word in the list: OpenSSH rejects the line ("empty argument").');
  if (allowNone && d.args.length > 1 && a.value.toLowerCase() === 'none') {
    return problem(a, `"${a.value}" must be the only word on the line: OpenSSH rejects "none" next to other values.`);
  }
  return undefined;
}

/**
 * The fixed words a free-form value takes (ForwardAgent yes…), as the knowledge
 * base lists them for completion and hover (openssh/docs `words`, compared as
 * its `caseSensitive` says): one list for all three.
 */
export function fixedWord(kind: FileKind, keyword: string): (word: string) => boolean {
  const spec = keywordDoc(kind, keyword)?.value;
  if (spec?.kind !== 'custom' || !spec.words) throw new Error(`no fixed words for ${kind} ${keyword} in openssh/docs`);
  const words = new Set(spec.caseSensitive ? spec.words : spec.words.map((w) => w.toLowerCase()));
  return spec.caseSensitive ? (w) => words.has(w) : (w) => words.has(w.toLowerCase());
}
