// Structure features through the real client in the extension host: the
// outline (document symbols) shows the Host/Match blocks with their settings,
// folding ranges, selection ranges, formatting, and the whole-file findings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, waitFor } from './helpers';

const SSH = ['Host *', '  User admin', 'Host backup', '  Port 2222', 'User root', ''].join('\n');

suite('Outline, folding, formatting (structure)', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument({ language: 'ssh_config', content: SSH });
    await vscode.window.showTextDocument(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the outline shows the Host blocks with their settings', async () => {
    const symbols = await waitFor('document symbols', async () => {
      const s = (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri)) as vscode.DocumentSymbol[] | undefined;
      return s?.length ? s : undefined;
    });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children.map((c) => c.name)]),
      [
        ['Host *', ['User']],
        ['Host backup', ['Port', 'User']],
      ],
    );
    assert.equal(symbols[1].kind, vscode.SymbolKind.Namespace);
  });

  test('folding ranges for each block', async () => {
    const ranges = (await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', doc.uri)) as vscode.FoldingRange[];
    assert.deepEqual(ranges.map((r) => [r.start, r.end]), [[0, 1], [2, 4]]);
  });

  test('selection ranges grow from the word to the block', async () => {
    const [sel] = (await vscode.commands.executeCommand('vscode.executeSelectionRangeProvider', doc.uri, [new vscode.Position(3, 8)])) as vscode.SelectionRange[];
    const chain: string[] = [];
    for (let s: vscode.SelectionRange | undefined = sel; s; s = s.parent) chain.push(`${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`);
    assert.ok(chain.includes('2:0-4:9'), chain.join(' '));
  });

  test('the shadowed value and the misleading indentation are flagged', async () => {
    const diags = await waitFor('the whole-file findings', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => codeOf(x) === 'shadowed-by-earlier-block' || codeOf(x) === 'misleading-indentation');
      return d.length >= 2 ? d : undefined;
    });
    const shadow = diags.find((d) => codeOf(d) === 'shadowed-by-earlier-block')!;
    assert.equal(shadow.range.start.line, 4);
    assert.equal(shadow.relatedInformation?.[0].location.range.start.line, 1);
    assert.ok(diags.some((d) => codeOf(d) === 'misleading-indentation' && d.range.start.line === 4));
  });

  test('Format Document indents the block bodies and keeps every token', async () => {
    const edits = (await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true })) as vscode.TextEdit[];
    assert.ok(edits?.length, 'formatting edits');
    const we = new vscode.WorkspaceEdit();
    we.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(we));
    assert.equal(doc.getText(), ['Host *', '    User admin', 'Host backup', '    Port 2222', '    User root', ''].join('\n'));
    const again = (await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true })) as vscode.TextEdit[] | undefined;
    assert.equal(again?.length ?? 0, 0, 'formatting twice changes nothing');
  });
});
