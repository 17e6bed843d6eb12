// Include and effective settings through the real client in the extension
// host: the Include word links to (and goes to) the drop-in it reads, the
// drop-in override is flagged on the admin's line, and "OpenSSH: Show
// effective settings…" opens a read-only view whose lines link back to their
// source lines. The files live in a temporary copy of /etc/ssh on disk.
import * as assert from 'assert';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, waitFor } from './helpers';

const SSHD = ['Include /etc/ssh/sshd_config.d/*.conf', 'PasswordAuthentication no', 'Match User bob', '  X11Forwarding no', ''].join('\n');

suite('Include and effective settings', () => {
  let dir: string;
  let main: vscode.Uri;
  let dropIn: vscode.Uri;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'e2e-include-')));
    mkdirSync(path.join(dir, 'etc-ssh', 'sshd_config.d'), { recursive: true });
    writeFileSync(path.join(dir, 'etc-ssh', 'sshd_config'), SSHD);
    writeFileSync(path.join(dir, 'etc-ssh', 'sshd_config.d', '50-cloud-init.conf'), 'PasswordAuthentication yes\n');
    main = vscode.Uri.file(path.join(dir, 'etc-ssh', 'sshd_config'));
    dropIn = vscode.Uri.file(path.join(dir, 'etc-ssh', 'sshd_config.d', '50-cloud-init.conf'));
    doc = await vscode.workspace.openTextDocument(main);
    await vscode.languages.setTextDocumentLanguage(doc, 'sshd_config');
    await vscode.window.showTextDocument(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(dir, { recursive: true, force: true });
  });

  test('the drop-in override is flagged on the admin line, related to the drop-in', async () => {
    const d = await waitFor('the drop-in override finding', () => vscode.languages.getDiagnostics(main).find((x) => codeOf(x) === 'duplicate-keyword-ignored'));
    assert.equal(d.range.start.line, 1);
    assert.equal(d.relatedInformation?.[0].location.uri.fsPath, dropIn.fsPath);
  });

  test('Ctrl+click on the Include word: a link and a definition to the drop-in, which opens', async () => {
    const links = await waitFor('document links', async () => {
      const l = (await vscode.commands.executeCommand('vscode.executeLinkProvider', main)) as vscode.DocumentLink[] | undefined;
      return l?.length ? l : undefined;
    });
    assert.equal(links[0].target?.fsPath, dropIn.fsPath);
    assert.equal(links[0].range.start.character, 'Include '.length);
    const defs = (await vscode.commands.executeCommand('vscode.executeDefinitionProvider', main, new vscode.Position(0, 12))) as (vscode.Location | vscode.LocationLink)[];
    const uris = defs.map((x) => ('targetUri' in x ? x.targetUri : x.uri).fsPath);
    assert.deepEqual(uris, [dropIn.fsPath]);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(0, 12, 0, 12) });
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    await waitFor('the drop-in in the editor', () => vscode.window.activeTextEditor?.document.uri.fsPath === dropIn.fsPath);
    await vscode.window.showTextDocument(doc);
  });

  test('Show effective settings opens a view whose lines link back to their source', async () => {
    const view = (await vscode.commands.executeCommand('openssh-config.showEffective', main.toString(), 'user=bob,host=h,addr=192.0.2.1')) as string;
    assert.ok(view, 'the command returned no view');
    const shown = await waitFor('the effective view', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === view));
    const text = shown.document.getText();
    assert.match(text, /^passwordauthentication yes$/m);
    assert.match(text, /^x11forwarding no$/m);
    const links = (await vscode.commands.executeCommand('vscode.executeLinkProvider', shown.document.uri)) as vscode.DocumentLink[];
    const lineOf = (kw: string) => text.split('\n').findIndex((l) => l.startsWith(`${kw} `));
    const pa = links.find((l) => l.range.start.line === lineOf('passwordauthentication'));
    assert.equal(pa?.target?.fsPath, dropIn.fsPath, JSON.stringify({ links: links.map((l) => [l.range.start.line, l.target?.toString()]), text }));
    assert.equal(pa?.target?.fragment, 'L1,1');
    const x11 = links.find((l) => l.range.start.line === lineOf('x11forwarding'));
    assert.equal(x11?.target?.fsPath, main.fsPath);
    assert.equal(x11?.target?.fragment, 'L4,3');
  });
});
