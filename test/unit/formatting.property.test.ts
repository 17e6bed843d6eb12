// Property tests for formatting: on any text, formatting twice gives the same
// text, no line is added, dropped or reordered, every line reads the same to
// OpenSSH's tokeniser (keyword, argument values, raw value, comment), and the
// non-blank characters stay in order (only blanks and the keyword's "="
// separator may change; keyword case too in canonical mode).

import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { parse } from '../../server/src/service/parser/parser';
import type { Directive } from '../../server/src/service/parser/types';

const service = createLanguageService();
let n = 0;

const blank = fc.constantFrom('', ' ', '  ', '\t', ' \t ', '   ');
const keyword = fc.constantFrom('Port', 'port', 'PasswordAuthentication', 'Host', 'Match', 'User', 'ProxyCommand', 'ForceCommand', 'AllowUsers', 'IdentityFile', 'Banner', 'SetEnv', '"Port"', 'Bogus', 'hostname', 'LocalForward');
const word = fc.constantFrom('22', 'yes', 'no', 'alice', '"a b"', "'c d'", '*.example.com', '!root', 'a=b', '=x', '#nc', 'x#y', '\\"', '"unterminated', 'all', 'User', 'ssh -W %h:%p', '%d/.ssh/k', '""');
const comment = fc.constantFrom('', '# c', '#', '#  spaced  comment ', '# = "x"');
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(blank, keyword, fc.constantFrom(' ', '  ', '=', ' = ', '\t', ' ='), fc.array(fc.tuple(word, blank), { maxLength: 4 }), blank, comment).map(([b, k, sep, ws, b2, c]) => `${b}${k}${sep}${ws.map(([w, s]) => `${w} ${s}`).join('')}${b2}${c}`) },
  { weight: 2, arbitrary: fc.tuple(blank, comment).map(([b, c]) => b + c) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const text = fc.tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([ls, eol, final]) => ls.join(eol) + (final ? eol : ''));

function format(t: string, kind: 'sshd' | 'ssh', keywordCase: 'preserve' | 'canonical', legacy: boolean, tabSize: number, insertSpaces: boolean): string {
  const targetVersion = legacy ? '8.6' : 'latest';
  const doc = service.parse({ uri: `mem://p${++n}`, version: 1, getText: () => t }, kind, { targetVersion });
  const edits = service.format(doc, { tabSize, insertSpaces }, { formatKeywordCase: keywordCase, targetVersion });
  return TextDocument.applyEdits(TextDocument.create('mem://x', 'x', 1, t), edits);
}

const reading = (d: Directive | undefined) => d && JSON.stringify([d.name, d.args.map((a) => a.value), d.raw?.value, d.comment?.text, d.bare]);

it('formatting is idempotent and keeps every token and comment in order', () => {
  fc.assert(
    fc.property(text, fc.constantFrom('sshd' as const, 'ssh' as const), fc.constantFrom('preserve' as const, 'canonical' as const), fc.boolean(), fc.integer({ min: 1, max: 8 }), fc.boolean(), (t, kind, kc, legacy, tab, spaces) => {
      const once = format(t, kind, kc, legacy, tab, spaces);
      const twice = format(once, kind, kc, legacy, tab, spaces);
      assert.equal(twice, once, 'formatting twice changed the text');
      const a = parse(t, kind, { legacy });
      const b = parse(once, kind, { legacy });
      assert.equal(b.lineCount, a.lineCount, 'line count changed');
      assert.deepEqual(b.sections.map((s) => s.startLine), a.sections.map((s) => s.startLine), 'blocks changed');
      for (let l = 0; l < a.lineCount; l++) {
        assert.equal(reading(b.directiveAt(l)), reading(a.directiveAt(l)), `line ${l} reads differently: ${JSON.stringify(a.lineText(l))} → ${JSON.stringify(b.lineText(l))}`);
      }
      const comments = (d: typeof a) => d.comments.map((c) => [c.line, c.text.trimEnd()]);
      assert.deepEqual(comments(b), comments(a), 'comments changed');
      const squeeze = (s: string) => (kc === 'canonical' ? s.toLowerCase() : s).replace(/[\s=]/g, '');
      assert.equal(squeeze(once), squeeze(t), 'non-blank characters changed');
    }),
    { numRuns: 1500 },
  );
});
