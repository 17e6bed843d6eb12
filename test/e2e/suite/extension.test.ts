// Extension-host tests: the real extension and language server, driven through the
// `vscode` API only, so the suite runs unchanged on desktop VS Code and in the web
// workbench (test/e2e/launcher.mjs). The workspace is a copy of examples/.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'openssh-config.openssh-config';
const SOURCE = 'openssh-config';

/** Polls fn until it returns a truthy value (or throws the last error) within timeoutMs. */
async function waitFor<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the examples workspace is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

async function open(...segments: string[]): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function lineOf(doc: vscode.TextDocument, startsWith: string): number {
  for (let i = 0; i < doc.lineCount; i++) {
    if (doc.lineAt(i).text.trimStart().startsWith(startsWith)) return i;
  }
  throw new Error(`no line starting with ${JSON.stringify(startsWith)} in ${doc.uri.path}`);
}

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

function unknownKeywordDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && codeOf(d) === 'unknown-keyword');
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  return actions.filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
  );
  return (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

suite('openssh-config extension', () => {
  suiteTeardown(async () => {
    // Leave the copied workspace as we found it: drop unsaved quick-fix edits.
    await vscode.commands.executeCommand('workbench.action.files.revertAll').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('is installed and activates on an sshd_config file', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    await open('sshd_config');
    await waitFor('the extension to activate', () => ext.isActive);
  });

  test('associates the example files with the sshd_config and ssh_config languages', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('sshd_config'), 'sshd_config language registered');
    assert.ok(languages.includes('ssh_config'), 'ssh_config language registered');
    assert.strictEqual((await open('sshd_config')).languageId, 'sshd_config');
    assert.strictEqual((await open('sshd_config.d', '10-hardening.conf')).languageId, 'sshd_config');
    assert.strictEqual((await open('.ssh', 'config')).languageId, 'ssh_config');
  });

  test('reports the unknown keyword "PermitRootLogn" as an error', async () => {
    const doc = await open('sshd_config');
    const line = lineOf(doc, 'PermitRootLogn ');
    const diags = await waitFor('an unknown-keyword diagnostic in sshd_config', () => {
      const found = unknownKeywordDiagnostics(doc.uri);
      return found.length ? found : undefined;
    });
    const typo = diags.find((d) => d.range.start.line === line);
    assert.ok(typo, `a diagnostic on line ${line + 1}; got ${JSON.stringify(diags.map((d) => [d.range.start.line, d.message]))}`);
    assert.strictEqual(typo.severity, vscode.DiagnosticSeverity.Error);
    assert.match(typo.message, /Unknown sshd_config keyword "PermitRootLogn"/);
    assert.strictEqual(doc.getText(typo.range), 'PermitRootLogn', 'the range covers the keyword');
    // Nothing else in the example is an unknown keyword.
    assert.strictEqual(diags.length, 1, `only the typo is flagged: ${diags.map((d) => d.message).join(' | ')}`);
  });

  test('quick fix "Change to "PermitRootLogin"" repairs the typo', async () => {
    const doc = await open('sshd_config');
    const line = lineOf(doc, 'PermitRootLogn ');
    const typo = await waitFor('the PermitRootLogn diagnostic', () =>
      unknownKeywordDiagnostics(doc.uri).find((d) => d.range.start.line === line),
    );
    const actions = await waitFor('quick fixes for PermitRootLogn', async () => {
      const found = await quickFixes(doc.uri, typo.range);
      return found.length ? found : undefined;
    });
    const fix = actions.find((a) => a.title.startsWith('Change to "PermitRootLogin"'));
    assert.ok(fix, `a "Change to \\"PermitRootLogin\\"" fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is quickfix (${fix.kind?.value})`);
    assert.strictEqual(fix.isPreferred, true, 'the only suggestion is the preferred fix');
    assert.ok(fix.edit, 'the fix carries a workspace edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit succeeded');
    assert.strictEqual(doc.lineAt(line).text.trim(), 'PermitRootLogin no');
    await waitFor('the diagnostic to go away after the fix', () =>
      unknownKeywordDiagnostics(doc.uri).every((d) => d.range.start.line !== line) ? true : undefined,
    );
  });

  test('hover on ClientAliveInterval explains the keyword', async () => {
    const doc = await open('sshd_config');
    const line = lineOf(doc, 'ClientAliveInterval ');
    const col = doc.lineAt(line).firstNonWhitespaceCharacterIndex + 3;
    const text = await waitFor('a hover on ClientAliveInterval', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        new vscode.Position(line, col),
      );
      const t = hoverText(hovers ?? []);
      return t.includes('ClientAliveInterval') ? t : undefined;
    });
    assert.ok(text.trimStart().startsWith('**ClientAliveInterval**'), `starts with the bold keyword: ${text.slice(0, 80)}`);
    assert.match(text, /since OpenSSH \d+\.\d+/);
    assert.match(text, /\]\(https?:\/\/[^)]*sshd_config[^)]*\)/, 'links to the sshd_config man page');
  });

  test('hover works in the ssh client config too', async () => {
    const doc = await open('.ssh', 'config');
    const line = lineOf(doc, 'ServerAliveInterval ');
    const col = doc.lineAt(line).firstNonWhitespaceCharacterIndex + 2;
    const text = await waitFor('a hover on ServerAliveInterval', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        new vscode.Position(line, col),
      );
      const t = hoverText(hovers ?? []);
      return t.includes('ServerAliveInterval') ? t : undefined;
    });
    assert.ok(text.trimStart().startsWith('**ServerAliveInterval**'), `starts with the bold keyword: ${text.slice(0, 80)}`);
    assert.match(text, /since OpenSSH \d+\.\d+/);
    assert.match(text, /\]\(https?:\/\/[^)]*ssh_config[^)]*\)/, 'links to the ssh_config man page');
  });

  test('ssh_config: the typo "ForwardAgnet" is flagged with a fix', async () => {
    const doc = await open('.ssh', 'config');
    const line = lineOf(doc, 'ForwardAgnet ');
    const typo = await waitFor('the ForwardAgnet diagnostic', () =>
      unknownKeywordDiagnostics(doc.uri).find((d) => d.range.start.line === line),
    );
    assert.strictEqual(typo.severity, vscode.DiagnosticSeverity.Error);
    assert.match(typo.message, /ForwardAgnet/);
    const actions = await waitFor('quick fixes for ForwardAgnet', async () => {
      const found = await quickFixes(doc.uri, typo.range);
      return found.length ? found : undefined;
    });
    assert.ok(
      actions.some((a) => a.title.startsWith('Change to "ForwardAgent"')),
      `a "Change to \\"ForwardAgent\\"" fix; got ${JSON.stringify(actions.map((a) => a.title))}`,
    );
  });

  test('completion offers keywords at the start of a line', async () => {
    const doc = await open('sshd_config');
    const empty = lineOf(doc, 'Port ') - 1;
    assert.strictEqual(doc.lineAt(empty).text, '', 'the line before "Port" is empty');
    const labels = await waitFor('keyword completions', async () => {
      const l = await completionLabels(doc.uri, new vscode.Position(empty, 0));
      return l.includes('ClientAliveInterval') ? l : undefined;
    });
    for (const k of ['PermitRootLogin', 'ClientAliveCountMax', 'PasswordAuthentication']) {
      assert.ok(labels.includes(k), `${k} is offered`);
    }
    assert.ok(!labels.includes('ServerAliveInterval'), 'client-only keywords are not offered in sshd_config');

    const client = await open('.ssh', 'config');
    const hostLine = lineOf(client, 'Host home-nas');
    const clientLabels = await waitFor('ssh_config keyword completions', async () => {
      const l = await completionLabels(client.uri, new vscode.Position(hostLine - 1, 0));
      return l.includes('ServerAliveInterval') ? l : undefined;
    });
    assert.ok(clientLabels.includes('ProxyJump'), 'ProxyJump is offered in ssh_config');
  });

  test('registers the "Validate with local OpenSSH" command', async () => {
    await open('sshd_config');
    const commands = await waitFor('the validate command', async () => {
      const all = await vscode.commands.getCommands(true);
      return all.includes('openssh-config.validateWithOpenSSH') ? all : undefined;
    });
    assert.ok(commands.includes('openssh-config.validateWithOpenSSH'));
  });
});
