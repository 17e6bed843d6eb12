// Checks a directive's arguments against its ValueSpec, the way OpenSSH's
// parser reads them (servconf.c / readconf.c): multistate tables compared with
// strcasecmp(), atoi_err() = strtonum(0, INT_MAX), a2port(), convtime().
// Only what the parser itself refuses is an error; everything else is left to
// the dedicated rules.

import type { ValueSpec } from '../openssh/docs/types';
import type { FileKind } from '../openssh/types';
import type { Token } from '../parser/types';
import { parseTime } from './time';

export interface ValueProblem {
  token?: Token;
  message: string;
  /** values the user may have meant (enum/flag words) */
  expected?: string[];
  /** the finding's code when not invalid-value (words left over: extra-arguments) */
  code?: 'extra-arguments';
}

const INT_MAX = 2147483647;

/** TCP service names found in every /etc/services (netbase, IANA), for a2port(). */
const COMMON_SERVICES = new Set(['ssh', 'http', 'https', 'ftp', 'ftps', 'telnet', 'smtp', 'submission', 'domain', 'pop3', 'imap', 'imaps', 'pop3s', 'www', 'http-alt', 'webcache']);

/** strtonum(s, min, max): optional blanks and sign, decimal digits only. */
export function strtonum(s: string, min: number, max: number): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
}

/** The words a flag takes in this file. */
export function flagWords(kind: FileKind, spec: Extract<ValueSpec, { kind: 'flag' }>): string[] {
  return [...(kind === 'ssh' ? ['yes', 'no', 'true', 'false'] : ['yes', 'no']), ...(spec.extra ?? [])];
}

/** Checks the first argument (the value) for the single-value kinds; other kinds are left alone. */
export function checkValue(spec: ValueSpec, args: readonly Token[], kind: FileKind, target: string): ValueProblem | undefined {
  const first = args[0];
  if (!first) return undefined;
  const v = first.value;
  switch (spec.kind) {
    case 'flag': {
      const words = flagWords(kind, spec);
      if (!words.some((w) => w.toLowerCase() === v.toLowerCase())) {
        return { token: first, message: `"${v}" is not a valid value: use ${orList(words)}.`, expected: words };
      }
      return undefined;
    }
    case 'enum': {
      const ok = spec.caseSensitive ? spec.values.includes(v) : spec.values.some((w) => w.toLowerCase() === v.toLowerCase());
      if (!ok) {
        const caseOnly = spec.caseSensitive && spec.values.find((w) => w.toLowerCase() === v.toLowerCase());
        return {
          token: first,
          message: caseOnly
            ? `"${v}" must be written "${caseOnly}": OpenSSH compares this value case-sensitively.`
            : `"${v}" is not a valid value: use ${orList(spec.values)}.`,
          expected: spec.values,
        };
      }
      return undefined;
    }
    case 'integer': {
      if (spec.none && v.toLowerCase() === 'none') return undefined;
      const n = strtonum(v, spec.min ?? 0, spec.max ?? INT_MAX);
      if (n === undefined) {
        const range = `${spec.min ?? 0}-${spec.max ?? INT_MAX}`;
        return { token: first, message: `"${v}" is not a whole number in ${range}${spec.none ? ' (or none)' : ''}.` };
      }
      return undefined;
    }
    case 'time': {
      if (v === '' ) return { token: first, message: 'An empty time value: OpenSSH rejects it ("missing time value").' };
      if (spec.none && v.toLowerCase() === 'none') return undefined;
      const r = parseTime(v, target);
      if (!r.ok) return { token: first, message: `"${v}" is not a valid time for OpenSSH ${target}: ${r.reason}.` };
      return undefined;
    }
    case 'port': {
      if (strtonum(v, 1, 65535) !== undefined) return undefined;
      // a2port() also takes service names from /etc/services ("ssh"); we know the common ones.
      if (!/^\d+$/.test(v) && COMMON_SERVICES.has(v)) return undefined;
      return {
        token: first,
        message: /^\d+$/.test(v)
          ? `"${v}" is not a port number (1-65535).`
          : `"${v}" is neither a port number nor a common service name (OpenSSH looks names up in /etc/services).`,
      };
    }
    default:
      return undefined;
  }
}

function orList(words: readonly string[]): string {
  const q = words.map((w) => `\`${w}\``);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}
