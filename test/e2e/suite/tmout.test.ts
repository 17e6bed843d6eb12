// "OpenSSH: Create TMOUT profile script…" opens a shell script that sets a read-only TMOUT.
import * as assert from 'assert';
import * as vscode from 'vscode';

suite('TMOUT profile script command', () => {
  test('opens an untitled shell script with TMOUT, readonly and export', async () => {
    const uri = (await vscode.commands.executeCommand('openssh-config.createTmoutProfile', 600)) as string;
    assert.ok(uri, 'the command returns the new document');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    assert.ok(doc);
    assert.equal(doc.languageId, 'shellscript');
    const text = doc.getText();
    assert.match(text, /^TMOUT=600$/m);
    assert.match(text, /^readonly TMOUT$/m);
    assert.match(text, /^export TMOUT$/m);
    assert.match(text, /env -u TMOUT/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
