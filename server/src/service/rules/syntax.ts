// Lines OpenSSH's tokeniser refuses: unterminated quotes, a keyword without a
// value, a byte-order mark. The parser finds them; this rule reports them.

import type { Rule } from './types';

export const syntaxRule: Rule = {
  id: 'syntax',
  codes: ['invalid-quotes', 'missing-argument', 'byte-order-mark', 'lone-carriage-return'],
  check(doc, _ctx, report) {
    for (const p of doc.problems) {
      report({
        code: p.code,
        // A quote left open in the keyword makes OpenSSH skip the line silently.
        severity: (p.code === 'invalid-quotes' && !doc.directiveAt(p.line)) || p.code === 'lone-carriage-return' ? 'warning' : 'error',
        message: p.message,
        span: p,
        fixes:
          p.code === 'byte-order-mark'
            ? [{ title: 'Remove the byte-order mark', edits: [{ span: p, newText: '' }], preferred: true }]
            : undefined,
      });
    }
  },
};
