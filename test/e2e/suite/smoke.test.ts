// The extension host and the `vscode` API work at all (independent of our extension).
import * as assert from 'assert';
import * as vscode from 'vscode';

suite('smoke: VS Code API', () => {
  test('runs inside VS Code with the workspace folder open', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folders.length >= 1, 'a workspace folder is open');
  });

  test('can open a text document', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: 'Port 22\n', language: 'plaintext' });
    assert.strictEqual(doc.lineAt(0).text, 'Port 22');
  });
});
