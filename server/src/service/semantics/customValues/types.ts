import type { Directive, Token } from '../../parser/types';
import type { ValueProblem } from '../values';

export type { ValueProblem };

/** `target` is the target release ("9.2", "10.5"); compare with versionKey() from openssh/version. */
export type CustomCheck = (d: Directive, target: string) => ValueProblem | undefined;

/** A problem on one token (or on the whole value when `token` is undefined). */
export function problem(token: Token | undefined, message: string, expected?: string[]): ValueProblem {
  return { token, message, expected };
}
