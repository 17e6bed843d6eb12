// Files the editor does not have open, through the real workbench: workspace
// symbols (Ctrl+T) find the Host names of a config that was only written to
// disk, and a drop-in created or deleted on disk (VS Code's file watcher →
// workspace/didChangeWatchedFiles) re-checks the sshd_config that includes it.
import * as assert from 'assert';
import { rmSync, writeFileSync } from 'fs';
import * as vscode from 'vscode';
import { codeOf, waitFor } from './helpers';

suite('Workspace files that are not open', () => {
  const folder = () => {
    const f = vscode.workspace.workspaceFolders?.[0];
    assert.ok(f, 'the example workspace is open');
    return f.uri;
  };
  const written: vscode.Uri[] = [];
  suiteTeardown(async () => {
    for (const u of written) rmSync(u.fsPath, { force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('workspace symbols list the Host names of configs that were never opened', async () => {
    // The example ~/.ssh/config copy, not opened by this test.
    const bastion = await waitFor('the bastion host in the workspace symbols', async () => {
      const s = (await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'bastion')) as vscode.SymbolInformation[];
      return s.find((x) => x.name === 'bastion');
    });
    assert.ok(bastion.location.uri.path.endsWith('/.ssh/config'), bastion.location.uri.toString());
    // A config written to disk now: found through the file watcher (or the next walk).
    const lab = vscode.Uri.joinPath(folder(), 'lab.ssh_config');
    written.push(lab);
    writeFileSync(lab.fsPath, '# written by the e2e test\nHost e2e-unopened-lab\n  User lab\n');
    const sym = await waitFor(
      'the new file in the workspace symbols',
      async () => ((await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'e2e-unopened')) as vscode.SymbolInformation[]).find((x) => x.name === 'e2e-unopened-lab'),
      20_000,
    );
    assert.equal(sym.location.uri.toString(), lab.toString());
    assert.equal(sym.location.range.start.line, 1);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === lab.toString()), 'the file was not opened');
  });

  test('a drop-in created on disk re-checks the sshd_config that includes it, and its deletion too', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'sshd_config'));
    await vscode.window.showTextDocument(doc);
    const x11 = doc.getText().split('\n').findIndex((l) => l.startsWith('X11Forwarding'));
    assert.ok(x11 > 0);
    const ignoredAt = (line: number) => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'duplicate-keyword-ignored' && d.range.start.line === line);
    await waitFor('the first diagnostics', () => vscode.languages.getDiagnostics(doc.uri).length > 0);
    assert.equal(ignoredAt(x11), undefined, 'X11Forwarding is not overridden yet');

    const dropIn = vscode.Uri.joinPath(folder(), 'sshd_config.d', '05-e2e.conf');
    written.push(dropIn);
    writeFileSync(dropIn.fsPath, 'X11Forwarding yes\n');
    const d = await waitFor('X11Forwarding flagged as overridden by the new drop-in', () => ignoredAt(x11), 20_000);
    assert.equal(d.relatedInformation?.[0].location.uri.toString(), dropIn.toString());

    rmSync(dropIn.fsPath);
    await waitFor('the finding gone with the drop-in', () => !ignoredAt(x11), 20_000);
  });
});
