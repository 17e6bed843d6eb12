// LSP protocol test: a document edited by many incremental changes (several
// per didChange, some spanning lines, CR LF, lone CRs, a BOM, control bytes,
// a long line, ranges past the end) gets the same diagnostics as the same
// text opened afresh. The server keeps open documents as lines and re-reads
// only the lines each change touched (util/lineDocument.ts, parser.ts
// reparseLines); this checks that path end to end, through the real protocol.
// Run: npm run build && node --import tsx --test test/lsp/edits.test.ts

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docUri, LspClient } from './client';

/** A small deterministic PRNG (mulberry32): the same edits on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Port 22\n', 'Match User bob\n', '  X11Forwarding maybe\n', 'PermitRootLogn no\n', 'Host a b\n', '# comment\n', '\r\n', '\r', '\n',
  'Banner "x y\n', 'ForceCommand a # b\n', 'ClientAliveCountMax 0\n', 'ClientAliveInterval 1h30m\n', 'Subsystem sftp x\nSubsystem sftp y\n',
  'Match all\n', '  PasswordAuthentication yes\n', 'PasswordAuthentication no\n', '\uFEFF', '\u0000\u0007\u00ff', 'x'.repeat(3000), '=', '"', ' ',
];

/** Diagnostics without the document's own uri, for comparing two documents. */
const plain = (ds: Diagnostic[], uri: string) => JSON.parse(JSON.stringify(ds).replaceAll(JSON.stringify(uri).slice(1, -1), 'URI'));

describe('LSP: many incremental edits', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ configuration: { targetVersion: '9.2' } });
  });
  after(async () => {
    await c?.dispose();
  });

  it('a LF typed after a lone CR joins it into one CR LF line break, as in the editor', async () => {
    const uri = docUri('edits/cr/sshd_config');
    // Lines: "Port 22" (lone CR), "Fooa 1", "Barb 2".
    const before = await c.openAndWait(uri, 'sshd_config', 'Port 22\rFooa 1\nBarb 2\n');
    assert.deepEqual(before.map((d) => [d.range.start.line, d.code]), [[0, 'lone-carriage-return'], [1, 'unknown-keyword'], [2, 'unknown-keyword']]);
    // A LF at the start of line 1 follows the CR: "Port 22\r\nFooa 1": still three lines, and no lone CR any more.
    // (Read as two line breaks, the typos would move down to lines 2 and 3.)
    const v = await c.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }]);
    const after = await c.diagnosticsFor(uri, v);
    assert.deepEqual(after.map((d) => [d.range.start.line, d.code]), [[1, 'unknown-keyword'], [2, 'unknown-keyword']]);
  });

  it('an edited document gets the diagnostics of the same text opened afresh', async () => {
    const random = prng(20261202);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const uri = docUri('edits/sshd_config');
    let text = Array.from({ length: 40 }, () => pick(PIECES)).join('');
    await c.openAndWait(uri, 'sshd_config', text);
    let compared = 0;
    let seen = 0;
    for (let round = 0; round < 150; round++) {
      const changes: TextDocumentContentChangeEvent[] = [];
      const count = 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k++) {
        // Each change is applied to the text the previous one left (LSP's order).
        const ref = TextDocument.create(uri, 'sshd_config', 0, text);
        const pos = () => {
          const line = Math.floor(random() * (ref.lineCount + (random() < 0.05 ? 3 : 0)));
          return { line, character: Math.floor(random() * 30) };
        };
        const start = pos();
        const end = random() < 0.6 ? start : pos();
        const inserted = random() < 0.3 ? '' : Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(PIECES)).join('');
        const change = { range: { start, end }, text: inserted };
        TextDocument.update(ref, [change], 1);
        text = ref.getText();
        changes.push(change);
      }
      const version = await c.change(uri, changes);
      if (round % 5 !== 4) continue;
      const edited = await c.diagnosticsFor(uri, version);
      const freshUri = docUri(`edits/fresh-${round}/sshd_config`);
      const fresh = await c.openAndWait(freshUri, 'sshd_config', text);
      await c.close(freshUri);
      assert.deepEqual(plain(edited, uri), plain(fresh, freshUri), `round ${round}`);
      compared++;
      seen += edited.length;
    }
    assert.equal(compared, 30);
    // The versions compared had problems to report: the comparisons compared something.
    assert.ok(seen > 100, `${seen} diagnostics compared`);
  });
});
