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
