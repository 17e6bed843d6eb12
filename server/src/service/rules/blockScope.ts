// A line that looks global but belongs to the block above it. A Host or Match
// block runs to the next Host/Match line or the end of the file, whatever the
// indentation (sshd_config(5) Match, ssh_config(5) Host; the parsers never
// look at leading blanks: servconf.c/readconf.c strip them). When a block
// indents its settings and a later line of the same block starts at the
// header's column or further left, the author most likely meant it for every
// connection, but OpenSSH applies it only where the block matches.
//
// Keywords sshd refuses inside Match are left to not-allowed-in-match, which
// reports them as errors.

import { keywordResolver } from '../openssh/keywords';
import type { Directive } from '../parser/types';
import type { Rule, Fix } from './types';
import { settingKey } from './firstValueWins';

export const blockScopeRule: Rule = {
  id: 'misleading-indentation',
  codes: ['misleading-indentation'],
  check(doc, { kind, target }, report) {
    if (doc.sections.length < 2) return;
    const resolve = keywordResolver(kind, target);
    const firstHeader = doc.sections[1].header!;
    const globalKeys = new Set<string>();
    for (const d of doc.sections[0].directives) {
      const k = settingKey(resolve, d, kind, target);
      if (k) globalKeys.add(k);
    }
    for (const section of doc.sections) {
      const header = section.header;
      if (!header) continue;
      let body: Directive | undefined; // the first indented setting: its indentation is the block's
      for (const d of section.directives) {
        if (d === header) continue;
        if (d.start > header.start) {
          body ??= d;
          continue;
        }
        if (body === undefined) continue; // the block does not indent its settings at all
        const { era } = resolve(d.name);
        if (kind === 'sshd' && era && !era.matchAllowed && section.kind === 'match') continue;
        const text = doc.lineText(d.line);
        const label = `${header.keyword.value} ${header.args.map((a) => a.text).join(' ')}`.trim();
        const fixes: Fix[] = [];
        const key = settingKey(resolve, d, kind, target);
        // Moving it to the global part helps only when the global part does not set it already
        // (a later global line would be ignored: first value wins).
        if (key && !globalKeys.has(key)) {
          fixes.push({
            title: `Move ${d.keyword.value} above the first ${firstHeader.keyword.value} block (applies to every connection)`,
            preferred: true,
            edits: [{ span: { line: firstHeader.line, start: 0, end: 0 }, newText: `${text.slice(d.start)}\n` }, { span: d, newText: '', wholeLines: { endLine: d.line } }],
          });
        }
        fixes.push({
          title: `Indent ${d.keyword.value} as part of the "${label}" block`,
          edits: [{ span: { line: d.line, start: 0, end: d.start }, newText: doc.lineText(body.line).slice(0, body.start) }],
        });
        report({
          code: 'misleading-indentation',
          severity: 'warning',
          message: `${d.keyword.value} is indented like a global setting, but it belongs to the "${label}" block on line ${header.line + 1}: a block runs to the next ${kind === 'sshd' ? 'Match' : 'Host or Match'} line or the end of the file, whatever the indentation, so it applies only where that block matches.`,
          span: d.keyword,
          related: [{ span: header.keyword, message: 'the block this line belongs to' }],
          fixes,
        });
      }
    }
  },
};
