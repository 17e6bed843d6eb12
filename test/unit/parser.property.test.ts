import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { parse } from '../../server/src/service/parser/parser';
import { createLanguageService } from '../../server/src/service/languageService';

const service = createLanguageService();

// Strings biased towards what breaks tokenisers: quotes, escapes, #, =, CR/LF, BOM, NUL, blanks.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom('"', "'", '\\', '#', '=', ' ', '\t', '\r', '\n', '\uFEFF', '\0', 'Port', 'Match', 'Host', 'x', '22', '\f'), { maxLength: 200 }).map((a) => a.join('')),
);

function checkSpans(text: string, kind: 'sshd' | 'ssh'): void {
  const doc = parse(text, kind);
  // Line breaks as the editor (LSP) counts them: \n, \r\n and a lone \r.
  const lines = text.split(/\r\n|\r|\n/);
  assert.equal(doc.lineCount, lines.length);
  const inside = (s: { line: number; start: number; end: number }) => {
    // Messages are built only on failure: a line can be megabytes long.
    if (!(s.line >= 0 && s.line < lines.length)) assert.fail(`line ${s.line} outside 0..${lines.length - 1}`);
    if (!(s.start >= 0 && s.start <= s.end && s.end <= lines[s.line].length)) {
      assert.fail(`span ${JSON.stringify(s)} outside ${JSON.stringify(lines[s.line].slice(0, 200))}`);
    }
  };
  for (const d of doc.directives) {
    inside(d);
    inside(d.keyword);
    assert.equal(lines[d.line].slice(d.keyword.start, d.keyword.end), d.keyword.text);
    for (const a of d.args) {
      inside(a);
      assert.equal(lines[a.line].slice(a.start, a.end), a.text);
    }
    if (d.raw) inside(d.raw);
  }
  for (const c of doc.comments) inside(c);
  for (const p of doc.problems) inside(p);
  const findings = service.findings(doc, {});
  for (const f of findings) inside(f.span);
  // Hover and completion anywhere never throw.
  for (let l = 0; l < Math.min(lines.length, 5); l++) {
    service.hover(doc, { line: l, character: 0 }, {});
    service.complete(doc, { line: l, character: Math.min(3, lines[l].length) }, {});
  }
}

it('any text parses without throwing, with every span inside the document', () => {
  fc.assert(
    fc.property(nasty, fc.constantFrom('sshd' as const, 'ssh' as const), (text, kind) => checkSpans(text, kind)),
    { numRuns: 1500 },
  );
});

it('huge lines and binary junk parse in linear time', () => {
  const huge = `Banner ${'x'.repeat(2_000_000)} "unterminated\n` + 'AllowUsers ' + 'a '.repeat(200_000) + '\n';
  const t0 = performance.now();
  checkSpans(huge, 'sshd');
  const junk = Array.from({ length: 300_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  checkSpans(junk, 'ssh');
  assert.ok(performance.now() - t0 < 10_000);
});
