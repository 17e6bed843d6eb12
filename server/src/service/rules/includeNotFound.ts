// Include lines: a word that reads no file, a file that cannot be read, a word
// OpenSSH refuses, and includes nested past OpenSSH's limit (a cycle).
// Needs the followed Includes (ctx.includes); without them it reports nothing.
// Facts: readconf.c case oInclude, servconf.c case sInclude, V_9_2_P1 and
// V_10_5_P1 (see semantics/include.ts).

import { includeCycle, includeDepth, MAX_INCLUDE_DEPTH } from '../semantics/include';
import type { Rule } from './types';

export const includeNotFoundRule: Rule = {
  id: 'include-not-found',
  codes: ['include-not-found', 'include-unreadable', 'include-bad-path', 'include-cycle'],
  check(doc, ctx, report) {
    const graph = ctx.includes;
    const root = graph?.files.get(graph.root);
    if (!graph || root?.doc !== doc) return;
    const program = ctx.kind === 'sshd' ? 'sshd' : 'ssh';
    for (const a of root.includes) {
      if (a.problem) {
        // ssh: "bad include path" is an error that stops ssh; sshd reads a literal "~" name (nothing).
        const refused = a.problem.includes('bad include path');
        report({ code: 'include-bad-path', severity: refused ? 'error' : 'warning', message: `Include ${a.token.value}: ${a.problem}`, span: a.token });
        continue;
      }
      if (a.globError) {
        report({ code: 'include-unreadable', severity: 'hint', message: `Include ${a.token.value}: the folder could not be listed here (${a.globError}).`, span: a.token });
        continue;
      }
      if (!a.pattern) continue;
      if (!a.matches.length && !a.emptyFolder) {
        const shown = a.pattern === a.systemPattern ? a.pattern : `${a.pattern} (${a.systemPattern} on the server)`;
        report({
          code: 'include-not-found',
          severity: 'hint',
          message: `Include ${a.token.value} reads no file here: nothing matches ${shown}${/[*?[]/.test(a.token.value) ? ' and its folder does not exist' : ''}. ${program} skips it silently.`,
          span: a.token,
        });
        continue;
      }
      const unreadable = a.matches.map((m) => graph.files.get(m)).filter((f) => f?.error);
      for (const f of unreadable)
        report({ code: 'include-unreadable', severity: 'hint', message: `Include ${a.token.value}: ${f!.path} could not be read here (${f!.error}); its settings are not taken into account.`, span: a.token });
      for (const m of a.matches) {
        const cycle = includeCycle(graph, graph.root, m);
        if (cycle) {
          report({
            code: 'include-cycle',
            severity: 'error',
            message: `These Includes form a cycle (${cycle.join(' -> ')}): ${program} follows it ${MAX_INCLUDE_DEPTH} levels deep, then stops with "Too many recursive configuration includes".`,
            span: a.token,
          });
          break;
        }
        if (includeDepth(graph, m, 1) > MAX_INCLUDE_DEPTH) {
          report({ code: 'include-cycle', severity: 'error', message: `Includes nest more than ${MAX_INCLUDE_DEPTH} files deep below ${m}: ${program} stops with "Too many recursive configuration includes".`, span: a.token });
          break;
        }
      }
    }
  },
};
