// TMOUT is a shell variable (bash, ksh, zsh: log out an idle interactive
// shell). Written into sshd_config or ssh_config it is an unknown option that
// makes OpenSSH refuse the file (FACTS.md §6).

import type { Directive } from '../parser/types';
import type { Rule } from './types';
import { removeLineFix } from './fixes';

const SHELL_WORDS = new Set(['export', 'readonly', 'declare', 'typeset', 'local']);

/** `TMOUT 600`, `TMOUT=600` (keyword TMOUT, '=' separator), `export TMOUT=600`, `readonly TMOUT`. */
export function isTmoutLine(d: Directive): boolean {
  if (d.name === 'tmout') return true;
  return SHELL_WORDS.has(d.name) && d.args.some((a) => /^TMOUT(=|$)/i.test(a.value));
}

export const tmoutRule: Rule = {
  id: 'tmout-in-config',
  codes: ['tmout-in-config'],
  check(doc, { kind }, report) {
    const program = kind === 'sshd' ? 'sshd' : 'ssh';
    for (const d of doc.directives) {
      if (!isTmoutLine(d)) continue;
      report({
        code: 'tmout-in-config',
        severity: 'error',
        message:
          `TMOUT is a shell variable, not an OpenSSH option: ${program} rejects this line and the whole file. ` +
          'Set it in the shell profile instead (for example /etc/profile.d/tmout.sh; the command "OpenSSH: Create TMOUT profile script" writes one).',
        span: { line: d.line, start: d.keyword.start, end: d.end },
        fixes: [removeLineFix(d, 'Remove the TMOUT line')],
      });
    }
  },
};
