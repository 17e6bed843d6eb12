// The original question in the real editor: ClientAliveInterval 60 / ClientAliveCountMax 60
// in examples/sshd_config. The hover computes the hour and says idle clients are never cut;
// the light bulb adds an idle logout that OpenSSH 9.2+ understands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, waitFor } from './helpers';

suite('Keepalive intelligence (the original question)', () => {
  let doc: vscode.TextDocument;
  let line: number;

  suiteSetup(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sshd_config'));
    await vscode.window.showTextDocument(doc);
    line = doc.getText().split('\n').findIndex((l) => l.startsWith('ClientAliveInterval 60'));
    assert.ok(line >= 0);
  });

  test('hover computes the hour and says an idle client is never cut', async () => {
    const text = await waitFor('the keepalive hover', async () => {
      const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 3))) as vscode.Hover[];
      const t = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
      return t.includes('In this file') ? t : undefined;
    });
    assert.match(text, /\*\*1 h 1 min\*\*/);
    assert.match(text, /\*\*never\*\* cut/);
    assert.match(text, /ChannelTimeout/);
  });

  test('inlay hint after the pair: the dead-peer cut', async () => {
    const labels = await waitFor('the inlay hints', async () => {
      const hints = (await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0))) as vscode.InlayHint[];
      const l = hints.map((h) => `${h.position.line}:${typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')}`);
      return l.length ? l : undefined;
    });
    assert.ok(labels.includes(`${line + 1}:≈ 1 h 1 min dead-peer cut`), JSON.stringify(labels));
  });

  test('the light bulb adds an idle logout above the Match block', async () => {
    const diag = await waitFor('the keepalive-is-not-idle-timeout finding', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'keepalive-is-not-idle-timeout'),
    );
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(diag.range.start.line, line);
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range)) as vscode.CodeAction[];
    const fix = actions.find((a) => a.title.startsWith('Add an idle logout'));
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const text = doc.getText();
    assert.ok(text.includes('ChannelTimeout session:*=1h\n'), text);
    // The Included drop-in already sets UnusedConnectionTimeout (it is read first, so it wins).
    assert.ok(!text.includes('UnusedConnectionTimeout 1h'), text);
    assert.ok(text.indexOf('ChannelTimeout session:*=1h') < text.indexOf('Match User deploy'));
    // With an idle logout in place the finding goes away.
    await waitFor('the finding to clear', () =>
      vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'keepalive-is-not-idle-timeout') ? undefined : true,
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
