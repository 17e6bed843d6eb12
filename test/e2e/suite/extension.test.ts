// Extension-host tests: the real extension and language server, driven through the
// `vscode` API only, so the suite runs unchanged on desktop VS Code and in the web
// workbench (test/e2e/launcher.mjs). The workspace is a copy of examples/.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, waitFor } from './helpers';

const EXTENSION_ID = 'openssh-config.openssh-config';
const SOURCE = 'openssh-config';


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

/** The hover markdown at a position, once it contains `expected` (the server may still be starting). */
async function hoverAt(doc: vscode.TextDocument, position: vscode.Position, expected: string): Promise<string> {
  return waitFor(`a hover containing ${JSON.stringify(expected)} at ${position.line + 1}:${position.character + 1}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
    const t = hoverText(hovers ?? []);
    return t.includes(expected) ? t : undefined;
  });
}

/** The position inside the first occurrence of `token` on the line starting with `lineStart` (+1: not on its edge). */
function positionOf(doc: vscode.TextDocument, lineStart: string, token: string): vscode.Position {
  const line = lineOf(doc, lineStart);
  const col = doc.lineAt(line).text.indexOf(token, doc.lineAt(line).firstNonWhitespaceCharacterIndex + lineStart.trim().length);
  assert.ok(col >= 0, `${JSON.stringify(token)} on line ${line + 1}`);
  return new vscode.Position(line, col + 1);
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

  test('the language server runs with the flags and environment the client gives it (Linux /proc)', async function () {
    // The extension host forks the server (client/src/extension.ts SERVER_EXEC_ARGV, SERVER_ENV);
    // bench/run.mjs measures a server started the same way, so check the real one is.
    const fs = await import('fs');
    if (!fs.existsSync('/proc/self/stat')) this.skip();
    await open('sshd_config');
    const server = await waitFor('the language server process, a child of the extension host', () => {
      for (const pid of fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
        try {
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
          const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
          if (ppid === process.pid && argv.some((a) => a.endsWith('server.js')) && argv.includes('--node-ipc')) {
            return { argv, env: fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0') };
          }
        } catch {
          // the process ended while we looked
        }
      }
      return undefined;
    });
    for (const flag of ['--max-semi-space-size=1', '--expose-gc', '--v8-pool-size=1']) assert.ok(server.argv.includes(flag), `${flag} in ${server.argv.join(' ')}`);
    assert.ok(server.env.includes('MALLOC_ARENA_MAX=1'), 'MALLOC_ARENA_MAX=1 in the environment');
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

  test('hover on ServerAliveInterval says the probes keep NAT state alive', async () => {
    const doc = await open('.ssh', 'config');
    const line = lineOf(doc, 'ServerAliveInterval ');
    const text = await hoverAt(doc, new vscode.Position(line, doc.lineAt(line).firstNonWhitespaceCharacterIndex + 2), 'ServerAliveInterval');
    assert.match(text, /\bNAT\b/, `mentions NAT: ${text.slice(0, 300)}`);
  });

  test('hover on a time value shows it in human units', async () => {
    // The examples' own value: LoginGraceTime 30s.
    const doc = await open('sshd_config');
    const grace = await hoverAt(doc, positionOf(doc, 'LoginGraceTime ', '30s'), '30s');
    assert.ok(grace.trimStart().startsWith('**LoginGraceTime** 30s'), `starts with keyword and value: ${grace.slice(0, 120)}`);
    assert.match(grace, /`30s` = \*\*30 seconds\*\*/, `30s in human units: ${grace}`);
    // A compound value, in an unsaved document (the example's story keeps ClientAliveInterval 60).
    const scratch = await vscode.workspace.openTextDocument({
      language: 'sshd_config',
      content: 'Port 22\nClientAliveInterval 1h30m\nClientAliveCountMax 3\n',
    });
    await vscode.window.showTextDocument(scratch);
    const text = await hoverAt(scratch, positionOf(scratch, 'ClientAliveInterval ', '1h30m'), '1h30m');
    assert.ok(text.trimStart().startsWith('**ClientAliveInterval** 1h30m'), `starts with keyword and value: ${text.slice(0, 120)}`);
    assert.ok(text.includes('`1h30m` = **1 h 30 min** = 5400 s'), `1h30m in human units: ${text}`);
    // The keyword itself still gets the keyword hover, not the value one.
    const kw = await hoverAt(scratch, new vscode.Position(1, 3), 'ClientAliveInterval');
    assert.match(kw, /since OpenSSH \d+\.\d+/, 'keyword hover on the keyword');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('hover on a flag value lists the words it takes', async () => {
    const doc = await open('sshd_config');
    const text = await hoverAt(doc, positionOf(doc, 'X11Forwarding ', 'no'), 'takes');
    assert.ok(text.trimStart().startsWith('**X11Forwarding** no'), `starts with keyword and value: ${text.slice(0, 120)}`);
    assert.ok(text.includes('takes **yes** or **no**'), `lists yes and no: ${text}`);
  });

  test('completion inside a Match block offers only Match-allowed keywords', async () => {
    const doc = await open('sshd_config');
    // At the keyword position of "    AllowTcpForwarding no", inside "Match User deploy".
    const inside = lineOf(doc, 'AllowTcpForwarding ');
    assert.ok(inside > lineOf(doc, 'Match User deploy'), 'AllowTcpForwarding is in the Match block');
    const indent = doc.lineAt(inside).firstNonWhitespaceCharacterIndex;
    assert.ok(indent > 0, 'the Match block is indented');
    const labels = await waitFor('keyword completions inside Match', async () => {
      const l = await completionLabels(doc.uri, new vscode.Position(inside, indent));
      return l.includes('AllowTcpForwarding') ? l : undefined;
    });
    for (const k of ['ForceCommand', 'ChrootDirectory', 'PermitTTY', 'X11Forwarding', 'GatewayPorts']) {
      assert.ok(labels.includes(k), `${k} is offered inside Match`);
    }
    for (const k of ['Port', 'ListenAddress', 'HostKey', 'UsePAM']) {
      assert.ok(!labels.includes(k), `${k} (not allowed in Match) is not offered inside Match`);
    }

    // An empty indented line at the end of the Match block (unsaved document): same answer.
    const scratch = await vscode.workspace.openTextDocument({
      language: 'sshd_config',
      content: 'Port 22\n\nMatch User deploy\n    ForceCommand internal-sftp\n    \n',
    });
    const scratchLabels = await waitFor('keyword completions on an empty line in Match', async () => {
      const l = await completionLabels(scratch.uri, new vscode.Position(4, 4));
      return l.includes('AllowTcpForwarding') ? l : undefined;
    });
    assert.ok(!scratchLabels.includes('Port'), 'Port is not offered on the empty Match line');
    assert.ok(!scratchLabels.includes('ListenAddress'), 'ListenAddress is not offered on the empty Match line');
    const globalLabels = await completionLabels(scratch.uri, new vscode.Position(1, 0));
    assert.ok(globalLabels.includes('Port'), 'Port is offered before the Match block');
    assert.ok(globalLabels.includes('AllowTcpForwarding'), 'AllowTcpForwarding is offered globally too');

    // A global position of the example: everything, Port and ListenAddress included.
    const global = lineOf(doc, 'Port ') - 1;
    const all = await completionLabels(doc.uri, new vscode.Position(global, 0));
    for (const k of ['Port', 'ListenAddress', 'AllowTcpForwarding']) assert.ok(all.includes(k), `${k} is offered globally`);
  });

  test('completion of a value offers the words of PermitRootLogin', async () => {
    const scratch = await vscode.workspace.openTextDocument({ language: 'sshd_config', content: 'PermitRootLogin \n' });
    const labels = await waitFor('value completions after "PermitRootLogin "', async () => {
      const l = await completionLabels(scratch.uri, new vscode.Position(0, 'PermitRootLogin '.length));
      return l.includes('prohibit-password') ? l : undefined;
    });
    for (const w of ['prohibit-password', 'no', 'yes', 'forced-commands-only']) assert.ok(labels.includes(w), `${w} is offered: ${labels}`);
    assert.ok(!labels.includes('Port'), `only values, no keywords, after the keyword: ${labels.slice(0, 10)}`);
  });

  test('values of their own shape are checked as the target release reads them (RekeyLimit, LocalForward)', async () => {
    const server = await vscode.workspace.openTextDocument({ language: 'sshd_config', content: 'RekeyLimit 1Q 1h\n' });
    const bad = await waitFor('the RekeyLimit diagnostic', () =>
      vscode.languages.getDiagnostics(server.uri).find((d) => d.source === SOURCE && codeOf(d) === 'invalid-value'),
    );
    assert.strictEqual(bad.severity, vscode.DiagnosticSeverity.Error);
    assert.match(bad.message, /RekeyLimit: "1Q"/);
    const client = await vscode.workspace.openTextDocument({ language: 'ssh_config', content: 'Host x\n  LocalForward 99999 localhost:22\n  LocalForward 8080 localhost:80\n' });
    const fwd = await waitFor('the LocalForward diagnostic', () =>
      vscode.languages.getDiagnostics(client.uri).filter((d) => d.source === SOURCE && codeOf(d) === 'invalid-value').length ? vscode.languages.getDiagnostics(client.uri).filter((d) => d.source === SOURCE) : undefined,
    );
    assert.deepStrictEqual(fwd.map((d) => `${d.range.start.line}:${codeOf(d)}`), ['1:invalid-value'], 'only the bad forwarding');
  });

  test('a value item of the completion list says what the word does', async () => {
    const scratch = await vscode.workspace.openTextDocument({ language: 'ssh_config', content: 'StrictHostKeyChecking \n' });
    const item = await waitFor('the accept-new completion item', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', scratch.uri, new vscode.Position(0, 'StrictHostKeyChecking '.length));
      return list?.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'accept-new');
    });
    const doc = item.documentation;
    const text = typeof doc === 'string' ? doc : (doc?.value ?? '');
    assert.match(text, /^`accept-new`: /, `documentation: ${text}`);
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
