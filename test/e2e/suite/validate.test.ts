// "OpenSSH: Validate with local OpenSSH" through the real command: it runs the
// machine's sshd -t / ssh -G on the editor's text and shows OpenSSH's own
// messages as diagnostics with source "openssh".
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';

const COMMAND = 'openssh-config.validateWithOpenSSH';

interface Result {
  code: number;
  messages: { line?: number; message: string }[];
}

function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the examples workspace is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

function opensshDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'openssh');
}

suite('Validate with local OpenSSH', () => {
  suiteSetup(async function () {
    if (!fs.existsSync('/usr/sbin/sshd') || !fs.existsSync('/usr/bin/ssh')) this.skip();
    // sshd -t as root wants its privilege-separation directory, as the service would create it.
    if (process.getuid?.() === 0) fs.mkdirSync('/run/sshd', { recursive: true });
    // The binaries are machine settings; point them at the system's OpenSSH explicitly.
    const cfg = vscode.workspace.getConfiguration('openssh-config');
    await cfg.update('sshdPath', '/usr/sbin/sshd', vscode.ConfigurationTarget.Global);
    await cfg.update('sshPath', '/usr/bin/ssh', vscode.ConfigurationTarget.Global);
  });

  test('sshd -t reports the typo in sshd_config as OpenSSH says it', async () => {
    const uri = workspaceUri('sshd_config');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const result = (await vscode.commands.executeCommand(COMMAND, uri)) as Result;
    assert.ok(result, 'the command returns its result');
    assert.notEqual(result.code, 0, 'sshd -t rejects the example (it has a typo)');
    const typoLine = doc.getText().split('\n').findIndex((l) => l.startsWith('PermitRootLogn'));
    const diags = opensshDiagnostics(uri);
    const typo = diags.find((d) => d.range.start.line === typoLine);
    assert.ok(typo, `an "openssh" diagnostic on line ${typoLine + 1}: ${JSON.stringify(diags.map((d) => d.message))}`);
    assert.match(typo.message, /Bad configuration option: PermitRootLogn/);
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Error);
  });

  test('ssh -G validates the unsaved text of ssh_config, and clears when fixed', async () => {
    const uri = workspaceUri('.ssh', 'config');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const bad = (await vscode.commands.executeCommand(COMMAND, uri)) as Result;
    assert.notEqual(bad.code, 0);
    assert.ok(
      opensshDiagnostics(uri).some((d) => /Bad configuration option: forwardagnet/.test(d.message)),
      JSON.stringify(opensshDiagnostics(uri).map((d) => d.message)),
    );
    // Fix the typo in the editor without saving: the command checks the editor's text.
    const line = doc.getText().split('\n').findIndex((l) => l.includes('ForwardAgnet'));
    const col = doc.lineAt(line).text.indexOf('ForwardAgnet');
    await editor.edit((e) => e.replace(new vscode.Range(line, col, line, col + 'ForwardAgnet'.length), 'ForwardAgent'));
    const good = (await vscode.commands.executeCommand(COMMAND, uri)) as Result;
    assert.equal(good.code, 0, JSON.stringify(good.messages));
    assert.deepEqual(opensshDiagnostics(uri), []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
