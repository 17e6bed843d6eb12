// "OpenSSH: Add idle logout…" through the real command and the language server.
import * as assert from 'assert';
import * as vscode from 'vscode';

suite('Add idle logout command', () => {
  test('inserts ChannelTimeout and UnusedConnectionTimeout above the first Match block', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sshd_config'));
    await vscode.window.showTextDocument(doc);
    const result = (await vscode.commands.executeCommand('openssh-config.addIdleLogout', '45m', { sessions: true, forwards: true, unused: true })) as {
      applied: boolean;
    };
    assert.ok(result?.applied, JSON.stringify(result));
    const text = doc.getText();
    assert.ok(
      text.includes(
        'ChannelTimeout session:*=45m direct-tcpip=45m direct-streamlocal@openssh.com=45m forwarded-tcpip=45m forwarded-streamlocal@openssh.com=45m\nUnusedConnectionTimeout 45m\n',
      ),
      text,
    );
    assert.ok(text.indexOf('UnusedConnectionTimeout 45m') < text.indexOf('Match User deploy'));
    // A second time: there is one already, nothing is added.
    const again = (await vscode.commands.executeCommand('openssh-config.addIdleLogout', '10m', { sessions: true })) as { applied: boolean };
    assert.equal(again.applied, false);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
