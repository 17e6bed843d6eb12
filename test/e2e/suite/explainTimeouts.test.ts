// "OpenSSH: Explain timeouts in this file" through the real command, the
// language server and a webview panel.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

function timeoutTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Timeouts:'));
}

suite('Explain timeouts command', () => {
  test('opens a webview beside the editor with the timelines of the example sshd_config', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sshd_config'));
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const result = (await vscode.commands.executeCommand('openssh-config.explainTimeouts')) as { html: string } | undefined;
    assert.ok(result?.html, 'the command returns the rendered page');
    const html = result.html;
    // ClientAliveInterval 60 / ClientAliveCountMax 60 at the newest release: 60 s × (60 + 1).
    assert.match(html, /connection ends · 1 h 1 min/);
    assert.match(html, /The client is idle but alive/);
    assert.match(html, /ClientAliveInterval 60<\/code> <span class="line">line \d+/);
    assert.match(html, /Content-Security-Policy/);
    assert.ok(!/<script/i.test(html));
    const tab = await waitFor('a "Timeouts: sshd_config" webview tab', () => timeoutTabs().find((t) => t.label === 'Timeouts: sshd_config'));
    assert.notStrictEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the view opens beside the editor');

    // The setting links are command URIs to the internal reveal command: it selects the line in the editor.
    const link = /href="command:openssh-config\.explainTimeouts\.revealLine\?([^"]+)"[^>]*><code>ClientAliveInterval 60</.exec(html);
    assert.ok(link, 'ClientAliveInterval 60 links to its line');
    const args = JSON.parse(decodeURIComponent(link[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'))) as [string, number, number];
    assert.equal(doc.lineAt(args[1]).text, 'ClientAliveInterval 60');
    await vscode.commands.executeCommand('openssh-config.explainTimeouts.revealLine', ...args);
    const editor = await waitFor('the editor to select the line', () =>
      vscode.window.activeTextEditor?.document === doc && vscode.window.activeTextEditor.selection.start.line === args[1] ? vscode.window.activeTextEditor : undefined,
    );
    assert.equal(editor.viewColumn, vscode.ViewColumn.One);

    // An idle logout in the file shows up when the view is asked again.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'ChannelTimeout session:*=30m\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const again = await waitFor('the view to show the ChannelTimeout', async () => {
      const r = (await vscode.commands.executeCommand('openssh-config.explainTimeouts')) as { html: string } | undefined;
      return r?.html.includes('channel closes after 30 min') ? r : undefined;
    });
    assert.ok(again);
    assert.equal(timeoutTabs().length, 1, 'one panel per document');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
