// The server keeps open documents as lines (util/lineDocument.ts) and re-parses
// only the lines an edit changed (parser.ts reparseLines). These check both
// against the references: vscode-languageserver-textdocument for the text,
// and a fresh parse of that text for the parsed document.

import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse, parseLines, reparseLines } from '../../server/src/service/parser/parser';
import type { ConfigDocument } from '../../server/src/service/parser/types';
import { docSnapshot as snapshot } from './docSnapshot';
import { LineDocument } from '../../server/src/service/util/lineDocument';
import { createLanguageService } from '../../server/src/service/languageService';


const piece = fc.constantFrom(
  'Port 22', 'Match User bob', '  X11Forwarding no', 'Host a b', '# c', '\r\n', '\r', '\n', '\n', '\n', 'Banner "x y', 'ForceCommand a # b',
  "AllowUsers 'a b' c#d", '"', '=', ' ', '\uFEFF', 'Foo', 'Include x', 'Match all', 'é', '😀',
);
const text = fc.array(piece, { maxLength: 25 }).map((a) => a.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 30 }), character: fc.integer({ min: -1, max: 40 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);
const update = fc.array(change, { minLength: 0, maxLength: 3 });

it('an edited LineDocument has the text, lines and offsets of vscode-languageserver-textdocument', () => {
  fc.assert(
    fc.property(text, fc.array(update, { maxLength: 8 }), fc.array(position, { maxLength: 5 }), (start, updates, probes) => {
      let ref = TextDocument.create('mem://a', 'sshd_config', 1, start);
      const mine = new LineDocument('mem://a', 'sshd_config', 1, start);
      for (const [i, changes] of updates.entries()) {
        // One change at a time, each on a reference made from the current text: the reference's
        // own line index goes wrong after a change whose range lies past the end.
        for (const c of changes) {
          ref = TextDocument.create('mem://a', 'sshd_config', i + 2, ref.getText());
          TextDocument.update(ref, [c], i + 2);
        }
        mine.update(changes, i + 2);
        assert.equal(mine.version, i + 2);
        assert.equal(mine.getText(), ref.getText(), `after update ${i}: ${JSON.stringify(changes)}`);
        const fresh = TextDocument.create('mem://a', 'sshd_config', i + 2, ref.getText());
        assert.equal(mine.lineCount, fresh.lineCount);
        for (const p of probes) {
          assert.equal(mine.offsetAt(p), fresh.offsetAt(p), `offsetAt ${JSON.stringify(p)}`);
          const o = fresh.offsetAt(p);
          assert.deepEqual(mine.positionAt(o), fresh.positionAt(o), `positionAt ${o}`);
          assert.equal(mine.getText({ start: { line: 0, character: 0 }, end: p }), fresh.getText({ start: { line: 0, character: 0 }, end: p }));
        }
      }
    }),
    { numRuns: 3000 },
  );
});

it('parsing the lines equals parsing the text, and re-reading the changed lines after any chain of updates equals a fresh parse', () => {
  let incremental = 0;
  fc.assert(
    fc.property(
      text,
      fc.array(update, { maxLength: 8 }),
      fc.constantFrom('sshd' as const, 'ssh' as const),
      fc.boolean(),
      fc.integer({ min: 1, max: 3 }),
      (start, updates, kind, legacy, every) => {
        const td = new LineDocument('mem://b', 'sshd_config', 1, start);
        let doc = parseLines(td.snapshot(), kind, { legacy });
        assert.deepEqual(snapshot(doc), snapshot(parse(start, kind, { legacy })));
        let parsedAt = td.version;
        let parsedLines = td.snapshot();
        for (const [i, changes] of updates.entries()) {
          td.update(changes, i + 2);
          // Sometimes several updates come between two parses (a validation still waiting).
          if (i % every !== 0 && i !== updates.length - 1) continue;
          const changed = td.changedSince(parsedAt);
          if (changed) {
            // What it says changed is all that did: the lines before and after it are the same, and the counts agree.
            const now = td.snapshot();
            const { first, lastOld, lastNew } = changed;
            assert.equal(lastNew - lastOld, now.lines.length - parsedLines.lines.length, JSON.stringify(changed));
            assert.ok(first >= 0 && lastOld < parsedLines.lines.length && lastNew < now.lines.length, JSON.stringify(changed));
            for (let l = 0; l < first; l++) assert.deepEqual([now.lines[l], now.eols[l]], [parsedLines.lines[l], parsedLines.eols[l]]);
            for (let l = lastOld + 1; l < parsedLines.lines.length; l++) {
              assert.deepEqual([now.lines[l + lastNew - lastOld], now.eols[l + lastNew - lastOld]], [parsedLines.lines[l], parsedLines.eols[l]]);
            }
          }
          parsedLines = td.snapshot();
          if (changed === undefined) {
            // The whole text was replaced: read again from scratch, as the service does.
            assert.ok(changes.some((c) => !('range' in c)) || updates.slice(0, i).some((u) => u.some((c) => !('range' in c))));
            doc = parseLines(td.snapshot(), kind, { legacy });
          } else {
            doc = reparseLines(doc, td.snapshot(), changed, kind, { legacy });
            incremental++;
          }
          parsedAt = td.version;
          assert.deepEqual(snapshot(doc), snapshot(parse(td.getText(), kind, { legacy })), `after update ${i}: ${JSON.stringify(changes)}`);
        }
      },
    ),
    { numRuns: 3000 },
  );
  assert.ok(incremental > 5000, `${incremental} incremental parses`);
});

it('changedSince: null when nothing changed, undefined for a version it cannot account for', () => {
  const td = new LineDocument('mem://c', 'ssh_config', 1, 'Host a\n  User b\n');
  assert.equal(td.changedSince(1), null);
  td.update([], 2);
  assert.equal(td.changedSince(1), null);
  td.update([{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } }, text: 'Port 22\n  User' }], 3);
  assert.deepEqual(td.changedSince(2), { first: 1, lastOld: 1, lastNew: 2 });
  assert.deepEqual(td.changedSince(1), { first: 1, lastOld: 1, lastNew: 2 });
  assert.equal(td.changedSince(7), undefined);
  td.update([{ text: 'Host x\n' }], 4);
  assert.equal(td.changedSince(3), undefined); // replaced whole: parsed again from scratch
  for (let v = 5; v < 30; v++) td.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '#' }], v);
  assert.equal(td.changedSince(5), undefined); // too many updates ago
  assert.deepEqual(td.changedSince(20), { first: 0, lastOld: 0, lastNew: 0 });
});

it('the service re-reads a LineDocument from its changed lines, and its findings equal a fresh analysis', () => {
  const live = createLanguageService({ incremental: true });
  const lines = ['Port 22', 'Match User bob Address 10.0.0.1/8', '  X11Forwarding maybe', 'PermitRootLogin yes no', 'Host a !b', 'Match all', 'LoginGraceTime 1y', '# c', 'Subsystem sftp x'];
  for (const kind of ['sshd', 'ssh'] as const) {
    const td = new LineDocument(`mem://line-chain-${kind}`, `${kind}_config`, 0, '');
    let previous: ConfigDocument | undefined;
    let kept = 0;
    for (let i = 1; i < 200; i++) {
      const at = (i * 31) % td.lineCount;
      const p = { line: at, character: 0 };
      if (i % 4 === 3 && td.lineCount > 1) td.update([{ range: { start: p, end: { line: at + 1, character: 0 } }, text: '' }], i);
      else if (i % 4 === 1) td.update([{ range: { start: p, end: p }, text: '#' }], i);
      else td.update([{ range: { start: p, end: p }, text: `${lines[(i * 7) % lines.length]}\n` }], i);
      const before = previous ? new Set(previous.directives) : new Set();
      const doc = live.parse(td, kind, { targetVersion: '9.2' });
      kept += doc.directives.filter((d) => before.has(d)).length;
      previous = doc;
      const text = td.getText();
      const fresh = createLanguageService();
      const ref = fresh.parse({ uri: 'mem://fresh', version: 0, getText: () => text }, kind, { targetVersion: '9.2' });
      const strip = (fs: ReturnType<typeof live.findings>) =>
        JSON.parse(JSON.stringify(fs, (k, v) => (v && typeof v === 'object' && 'line' in v && 'start' in v && 'end' in v ? { line: v.line, start: v.start, end: v.end } : v)));
      assert.deepEqual(strip(live.findings(doc, { targetVersion: '9.2' })), strip(fresh.findings(ref, { targetVersion: '9.2' })), `${kind} edit ${i}`);
    }
    // Unchanged lines were kept from version to version, not read again.
    assert.ok(kept > 2000, `${kind}: ${kept} directives kept`);
  }
});
