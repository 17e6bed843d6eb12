// Keywords that sshd refuses to start without a partner, checked after the
// whole file is read (sshd.c main(), every release from 7.0): the knowledge
// base's `requires` (AuthorizedKeysCommand needs AuthorizedKeysCommandUser,
// AuthorizedPrincipalsCommand needs AuthorizedPrincipalsCommandUser). Only the
// global part counts: at start-up no Match block applies.

import { allKeywords } from '../openssh/keywords';
import type { Directive } from '../parser/types';
import type { Rule } from './types';

/** The pairs, from the knowledge base's `requires` (openssh/docs): [keyword, required, labels]. */
const PAIRS: [command: string, user: string, label: string, userLabel: string][] = [];
for (const { facts, doc } of allKeywords('sshd')) {
  for (const r of doc?.requires ?? []) PAIRS.push([facts.name.toLowerCase(), r.keyword.toLowerCase(), facts.name, r.keyword]);
}

export const keywordRequirementsRule: Rule = {
  id: 'missing-requirement',
  codes: ['missing-requirement'],
  check(doc, { kind }, report) {
    if (kind !== 'sshd') return;
    const global = doc.sections[0].directives;
    const first = (name: string): Directive | undefined => global.find((d) => d.name === name && !d.bare);
    for (const [command, user, label, userLabel] of PAIRS) {
      const cmd = first(command);
      // The first value wins; "none" switches the command off.
      if (!cmd || (cmd.raw?.value ?? '').trim().toLowerCase() === 'none' || first(user)) continue;
      const inMatch = doc.directives.some((d) => d.name === user && d.section > 0);
      // At the end of the line, not the start of the next: a last line without a line break has no next line.
      const end = doc.lineText(cmd.line).length;
      report({
        code: 'missing-requirement',
        severity: 'error',
        message: `${label} is set without ${userLabel}: sshd refuses to start.${
          inMatch ? ` A ${userLabel} inside a Match block does not count: it must be in the global part.` : ''
        }`,
        span: cmd.keyword,
        fixes: [
          {
            title: `Add "${userLabel} nobody" after this line`,
            edits: [{ span: { line: cmd.line, start: end, end }, newText: `\n${userLabel} nobody` }],
          },
        ],
      });
    }
  },
};
