// LSP protocol tests, structure: capabilities, document and workspace symbols,
// folding and selection ranges, document and range formatting (with the
// keywordCase setting from workspace/configuration), and the whole-file
// diagnostics with relatedInformation and their quick fixes.
// Run: npm run build && node --import tsx --test test/lsp/structure.test.ts

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentSymbol, FoldingRange, SelectionRange, SymbolInformation, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, docUri, LspClient } from './client';

const SSHD = [
  'PasswordAuthentication no', // 0
  'port   22', // 1
  'PasswordAuthentication yes', // 2
  'Match User backup', // 3
  '    ForceCommand internal-sftp', // 4
  'X11Forwarding no', // 5
  '',
].join('\n');

const SSH = ['Host *', '  User admin', 'Host backup', '  User root', ''].join('\n');

describe('LSP: structure features', () => {
  let c: LspClient;
  const sshdUri = docUri('structure/sshd_config');
  const sshUri = docUri('structure/ssh_config');
  let sshdDiags: Diagnostic[];
  let sshDiags: Diagnostic[];
  before(async () => {
    c = await LspClient.start({ configuration: { targetVersion: '9.2', format: { keywordCase: 'canonical' } } });
    sshdDiags = await c.openAndWait(sshdUri, 'sshd_config', SSHD);
    sshDiags = await c.openAndWait(sshUri, 'ssh_config', SSH);
  });
  after(async () => {
    await c?.dispose();
  });

  it('advertises the structure capabilities', () => {
    const caps = c.initializeResult!.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.workspaceSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    assert.ok(caps.selectionRangeProvider);
    assert.ok(caps.documentFormattingProvider);
    assert.ok(caps.documentRangeFormattingProvider);
  });

  it('whole-file diagnostics carry relatedInformation pointing at the winning line', () => {
    const dup = sshdDiags.find((d) => d.code === 'duplicate-keyword-ignored');
    assert.ok(dup, JSON.stringify(sshdDiags.map((d) => d.code)));
    assert.equal(dup.range.start.line, 2);
    assert.equal(dup.relatedInformation?.[0].location.uri, sshdUri);
    assert.equal(dup.relatedInformation?.[0].location.range.start.line, 0);
    assert.ok(sshdDiags.some((d) => d.code === 'misleading-indentation' && d.range.start.line === 5));
    const shadow = sshDiags.find((d) => d.code === 'shadowed-by-earlier-block');
    assert.ok(shadow);
    assert.equal(shadow.range.start.line, 3);
    assert.equal(shadow.relatedInformation?.[0].location.range.start.line, 1);
  });

  it('empty, never-matching and last-wins findings over the protocol', async () => {
    const uri = docUri('structure/blocks_config');
    const diags = await c.openAndWait(uri, 'ssh_config', 'StreamLocalBindMask 0177\nStreamLocalBindMask 0077\nHost web\nHost db\n  User deploy\nHost * !*\n  User nobody\n');
    const got = diags.filter((d) => ['empty-block', 'never-matching-block', 'duplicate-keyword-overridden'].includes(String(d.code))).map((d) => `${d.range.start.line}:${d.code}:${d.severity}`);
    assert.deepEqual(got.sort(), ['0:duplicate-keyword-overridden:2', '2:empty-block:2', '5:never-matching-block:2']);
    const overridden = diags.find((d) => d.code === 'duplicate-keyword-overridden')!;
    assert.equal(overridden.relatedInformation?.[0].location.range.start.line, 1);
    assert.deepEqual(overridden.tags, [1]); // Unnecessary: the editor fades the line
  });

  it('the quick fix removes the ignored line', async () => {
    const dup = sshdDiags.find((d) => d.code === 'duplicate-keyword-ignored')!;
    const actions = await c.codeActions(sshdUri, dup.range, [dup]);
    const remove = actions?.find((a) => a.title.startsWith('Remove'));
    assert.ok(remove?.edit?.changes);
    const out = applyEdits(SSHD, remove.edit.changes[sshdUri]);
    assert.equal(out.split('\n').filter((l) => l.startsWith('PasswordAuthentication')).length, 1);
  });

  it('document symbols: the outline shows the Match block with its settings', async () => {
    const syms = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: sshdUri } });
    const block = syms.find((s) => s.name === 'Match User backup');
    assert.ok(block, JSON.stringify(syms.map((s) => s.name)));
    assert.deepEqual(block.children?.map((s) => s.name), ['ForceCommand', 'X11Forwarding']);
  });

  it('workspace symbols: host patterns and Match lines of the open configs', async () => {
    const syms = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'back' });
    assert.deepEqual(syms.map((s) => [s.name, s.location.uri]).sort(), [['Match User backup', sshdUri], ['backup', sshUri]]);
  });

  it('folding and selection ranges', async () => {
    const folds = await c.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: sshdUri } });
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[3, 5]]);
    const [sel] = await c.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri: sshdUri }, positions: [{ line: 4, character: 6 }] });
    assert.deepEqual(sel.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 16 } });
    let top = sel;
    while (top.parent) top = top.parent;
    assert.equal(top.range.start.line, 0);
  });

  it('formatting: canonical keyword case from the settings, indentation from the request', async () => {
    const edits = await c.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: sshdUri }, options: { tabSize: 2, insertSpaces: true } });
    const out = applyEdits(SSHD, edits);
    assert.equal(out, ['PasswordAuthentication no', 'Port 22', 'PasswordAuthentication yes', 'Match User backup', '  ForceCommand internal-sftp', '  X11Forwarding no', ''].join('\n'));
    const range = await c.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri: sshdUri },
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.deepEqual(range.map((e) => [e.range.start.line, e.newText]), [[1, 'Port 22']]);
  });
});
