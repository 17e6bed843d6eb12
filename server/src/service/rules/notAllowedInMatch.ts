// sshd: only keywords flagged SSHCFG_ALL may stand inside a Match block; any
// other makes sshd refuse the file ("Directive 'KW' is not allowed within a
// Match block", servconf.c process_server_config_line_depth).

import { keywordResolver } from '../openssh/keywords';
import type { Rule } from './types';

export const notAllowedInMatchRule: Rule = {
  id: 'not-allowed-in-match',
  codes: ['not-allowed-in-match'],
  check(doc, { kind, target }, report) {
    if (kind !== 'sshd') return;
    const resolve = keywordResolver(kind, target);
    for (const section of doc.sections) {
      if (section.kind !== 'match' || !section.header) continue;
      const header = section.header;
      for (const d of section.directives) {
        if (d === header) continue;
        const { info, era } = resolve(d.name);
        if (!info || !era || era.matchAllowed) continue; // unknown keywords are reported by unknown-keyword
        report({
          code: 'not-allowed-in-match',
          severity: 'error',
          message: `${info.facts.name} is not allowed inside a Match block: sshd ${target} refuses the file. Put it above the first Match line (line ${doc.sections[1].startLine + 1}).`,
          span: d.keyword,
          related: [{ span: header.keyword, message: `the Match block that line ${d.line + 1} belongs to, whatever its indentation` }],
        });
      }
    }
  },
};
