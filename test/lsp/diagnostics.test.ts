// LSP protocol tests, part 1: initialize (with workspace/configuration),
// publishDiagnostics, code actions, incremental didChange, target version via
// workspace/configuration, didClose, shutdown/exit.
// Run: npm run build && node --import tsx --test test/lsp/*.test.ts

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits, docUri, LspClient, REPO_ROOT } from './client';

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;
const fixture = (name: string) => readFileSync(path.join(REPO_ROOT, 'test/fixtures/lsp', name), 'utf8');

/** Diagnostic.message is string | MarkupContent since LSP 3.18. */
const msg = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

/** One line per diagnostic, for readable assertion failures. */
const brief = (ds: Diagnostic[]) =>
  ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)}`);

const PROBLEMS = [
  'Port 22', // 0
  'PermitRootLogn no', // 1 typo → unknown-keyword + did-you-mean
  'ServerAliveInterval 30', // 2 client keyword in the server file
  'PerSourcePenalties authfail:5s', // 3 fine at latest, too new for 9.1
  'MaxAuthTries', // 4 missing-argument
  'Banner "/etc/issue', // 5 invalid-quotes
  'UsePrivilegeSeparation sandbox', // 6 deprecated (logged and ignored): warning
  'DebianBanner no', // 7 vendor keyword: warning
  'ChannelTimeout session:*=10m', // 8 fine at latest, too new for 9.1
  'PAMAuthenticationViaKbdInt no', // 9 removed in 10.4: keyword-removed
  'ChallengeResponseAuthentication no', // 10 alias of KbdInteractiveAuthentication: hint
  '', // 11
  'Match User alice', // 12
  '  X11Forwarding yes', // 13
  '  Port 2222', // 14 not allowed inside Match
  '', // 15
].join('\n');

/** What the server reports on PROBLEMS at the newest release. */
const PROBLEMS_LATEST = [
  '1:0-1:14 1 unknown-keyword',
  '2:0-2:19 1 other-file-keyword',
  '4:0-4:12 1 missing-argument',
  '5:7-5:18 1 invalid-quotes',
  '6:0-6:22 2 deprecated-keyword',
  '7:0-7:12 2 vendor-keyword',
  '9:0-9:26 1 keyword-removed',
  '10:0-10:31 4 keyword-alias',
  '14:2-14:6 1 not-allowed-in-match',
];

describe('LSP: diagnostics with workspace/configuration', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ configuration: { targetVersion: 'latest' } });
  });
  after(async () => {
    await c?.dispose();
  });

  it('initialize advertises incremental sync, hover, completion and quick fixes', () => {
    const caps = c.initializeResult!.capabilities;
    const sync = caps.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, 2, 'TextDocumentSyncKind.Incremental');
    assert.ok(caps.hoverProvider);
    assert.ok(caps.completionProvider);
    assert.ok(caps.codeActionProvider);
    const ca = caps.codeActionProvider;
    if (typeof ca === 'object') assert.deepEqual(ca.codeActionKinds, ['quickfix']);
    assert.equal(c.initializeResult!.serverInfo?.name, 'openssh-config-language-server');
  });

  it('publishes one diagnostic per problem, with codes, ranges and severities', async () => {
    const uri = docUri('problems/sshd_config');
    const diags = await c.openAndWait(uri, 'sshd_config', PROBLEMS);
    assert.deepEqual(brief(diags), PROBLEMS_LATEST);
    for (const d of diags) {
      assert.equal(d.source, 'openssh-config');
      assert.match(d.codeDescription?.href ?? '', /docs\/rules\/[a-z-]+\.md$/);
      assert.ok(msg(d).length > 10, msg(d));
    }
    assert.match(msg(diags[0]), /PermitRootLogn/);
    assert.match(msg(diags[0]), /Did you mean "PermitRootLogin"/);
    assert.match(msg(diags[1]), /ssh_config/, 'says where ServerAliveInterval belongs');
    assert.match(msg(diags.find((d) => d.code === 'vendor-keyword')!), /Debian/);
    assert.match(msg(diags.find((d) => d.code === 'keyword-removed')!), /10\.4/);
    // The configuration request was scoped to the document.
    const req = c.configurationRequests.find((r) => r.items.some((i) => i.scopeUri === uri));
    assert.ok(req, 'workspace/configuration asked for the document');
    assert.equal(req.items[0].section, 'openssh-config');
  });

  it('codeAction turns the did-you-mean into a quick fix that edits the keyword', async () => {
    const uri = docUri('problems/sshd_config');
    const diags = await c.diagnosticsFor(uri, 1);
    const typo = diags.find((d) => d.code === 'unknown-keyword' && /PermitRootLogn/.test(msg(d)))!;
    assert.equal(typo.data, undefined, 'the fixes are not sent with every publish; the server finds them on request');
    const actions = await c.codeActions(uri, typo.range, [typo]);
    assert.ok(actions && actions.length >= 1, 'at least one code action');
    const fix = actions.find((a) => a.title === 'Change to "PermitRootLogin"');
    assert.ok(fix, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics?.map((d) => d.code), ['unknown-keyword']);
    const edits = fix.edit?.changes?.[uri];
    assert.ok(edits, 'a WorkspaceEdit for this document');
    assert.deepEqual(edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 14 } }, newText: 'PermitRootLogin' }]);
    assert.equal(applyEdits(PROBLEMS, edits).split('\n')[1], 'PermitRootLogin no');

    // No actions for a range with no fixable diagnostic, nor for foreign diagnostics.
    const none = await c.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, []);
    assert.deepEqual(none ?? [], []);
    const foreign = await c.codeActions(uri, typo.range, [{ ...typo, source: 'someone-else' }]);
    assert.deepEqual(foreign ?? [], []);
    // A diagnostic that no longer matches the current version (other range or message) gets none.
    const stale = await c.codeActions(uri, typo.range, [{ ...typo, range: { start: { line: 1, character: 1 }, end: { line: 1, character: 14 } } }]);
    assert.deepEqual(stale ?? [], []);
    const renamed = await c.codeActions(uri, typo.range, [{ ...typo, message: 'something else' }]);
    assert.deepEqual(renamed ?? [], []);
  });

  it('codeAction: the alias hint offers the canonical name, the BOM error offers its removal', async () => {
    const uri = docUri('problems/sshd_config');
    const diags = await c.diagnosticsFor(uri, 1);
    const alias = diags.find((d) => d.code === 'keyword-alias')!;
    const actions = (await c.codeActions(uri, alias.range, [alias])) ?? [];
    assert.deepEqual(actions.map((a) => a.title), ['Change to "KbdInteractiveAuthentication"']);
    assert.equal(applyEdits(PROBLEMS, actions[0].edit!.changes![uri]).split('\n')[10], 'KbdInteractiveAuthentication no');

    const bomUri = docUri('bom/sshd_config');
    const bomText = '\ufeffPort 22\nPermitRootLogin no\n';
    const bomDiags = await c.openAndWait(bomUri, 'sshd_config', bomText);
    assert.deepEqual(brief(bomDiags), ['0:0-0:1 1 byte-order-mark']);
    const bomActions = (await c.codeActions(bomUri, bomDiags[0].range, bomDiags)) ?? [];
    assert.deepEqual(bomActions.map((a) => a.title), ['Remove the byte-order mark']);
    assert.equal(applyEdits(bomText, bomActions[0].edit!.changes![bomUri]), 'Port 22\nPermitRootLogin no\n');
    await c.close(bomUri);
  });

  it('incremental didChange re-publishes for the new version', async () => {
    const uri = docUri('problems/sshd_config');
    await c.diagnosticsFor(uri, 1);
    // Fix the typo by inserting the missing "i", and give MaxAuthTries a value.
    const v2 = await c.change(uri, [
      { range: { start: { line: 1, character: 13 }, end: { line: 1, character: 13 } }, text: 'i' },
      { range: { start: { line: 4, character: 12 }, end: { line: 4, character: 12 } }, text: ' 3' },
    ]);
    assert.equal(v2, 2);
    const diags = await c.diagnosticsFor(uri, 2);
    assert.deepEqual(
      brief(diags),
      PROBLEMS_LATEST.filter((s) => !s.startsWith('1:') && !s.startsWith('4:')),
    );
    // A change that adds a problem at the end: a typo in the Match block.
    const v3 = await c.change(uri, [
      { range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } }, text: '  X11Forwardin no\n' },
    ]);
    const diags3 = await c.diagnosticsFor(uri, v3);
    assert.deepEqual(
      brief(diags3).filter((s) => s.startsWith('15:')),
      ['15:2-15:14 1 unknown-keyword'],
    );
  });

  it('targetVersion from workspace/configuration: 9.1 makes ChannelTimeout a keyword-too-new error', async () => {
    const uri = docUri('target91/sshd_config');
    c.configuration = { targetVersion: '9.1' };
    try {
      const diags = await c.openAndWait(uri, 'sshd_config', PROBLEMS);
      const tooNew = diags.filter((d) => d.code === 'keyword-too-new');
      assert.deepEqual(brief(tooNew), ['3:0-3:18 1 keyword-too-new', '8:0-8:14 1 keyword-too-new']);
      assert.match(msg(tooNew[1]), /ChannelTimeout/);
      assert.match(msg(tooNew[1]), /9\.2/);
      assert.match(msg(tooNew[1]), /9\.1/);
    } finally {
      c.configuration = { targetVersion: 'latest' };
    }
  });

  it('didChangeConfiguration re-asks workspace/configuration and re-validates open documents', async () => {
    const uri = docUri('reconfigure/sshd_config');
    const text = 'ChannelTimeout session:*=10m\n';
    assert.deepEqual(await c.openAndWait(uri, 'sshd_config', text), []);
    const since = c.published.length;
    c.configuration = { targetVersion: '9.1' };
    try {
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const p = await c.waitFor('a re-validation with keyword-too-new', () =>
        c.published.slice(since).find((x) => x.uri === uri && x.diagnostics.some((d) => d.code === 'keyword-too-new')),
      );
      assert.deepEqual(brief(p.diagnostics), ['0:0-0:14 1 keyword-too-new']);
    } finally {
      c.configuration = { targetVersion: 'latest' };
    }
  });

  it('no false positives on clean realistic files (sshd_config and ssh_config)', async () => {
    assert.deepEqual(brief(await c.openAndWait(docUri('sshd_config'), 'sshd_config', fixture('sshd_config'))), []);
    // Its `Include ~/.ssh/config.d/*` reads this machine's home: whether that folder exists is not the file's fault.
    const ssh = (await c.openAndWait(docUri('ssh_config'), 'ssh_config', fixture('ssh_config'))).filter((d) => d.code !== 'include-not-found');
    assert.deepEqual(brief(ssh), []);
  });

  it('ssh_config: server keywords and typos are flagged, client keywords are not', async () => {
    const uri = docUri('problems/ssh_config');
    const text = ['Host example', '  ServerAliveInterval 30', '  PermitRootLogin no', '  IdentityFil ~/.ssh/id_ed25519', ''].join('\n');
    const diags = await c.openAndWait(uri, 'ssh_config', text);
    assert.deepEqual(brief(diags), ['2:2-2:17 1 other-file-keyword', '3:2-3:13 1 unknown-keyword']);
    assert.match(msg(diags[0]), /sshd_config/);
    assert.match(msg(diags[1]), /IdentityFile/);
  });

  it("vim's language ids sshdconfig/sshconfig pick the right keyword table", async () => {
    const text = 'ServerAliveInterval 30\nClientAliveInterval 30\n';
    const sshd = await c.openAndWait(docUri('vim/a'), 'sshdconfig', text);
    const ssh = await c.openAndWait(docUri('vim/b'), 'sshconfig', text);
    assert.deepEqual(brief(sshd), ['0:0-0:19 1 other-file-keyword']);
    assert.deepEqual(brief(ssh), ['1:0-1:19 1 other-file-keyword']);
  });

  it('a lone CR: positions use the editor\'s line numbering (LSP counts \\r as a line break)', async () => {
    // OpenSSH reads lines with getline() (\n only), so "Port 22\rFooa 1" is ONE config
    // line; an LSP client shows "Fooa 1" on line 1 and "Barb 2" on line 2. The server
    // numbers lines like the editor, warns about the lone CR, and checks each editor line.
    const uri = docUri('lone-cr/sshd_config');
    const diags = await c.openAndWait(uri, 'sshd_config', 'Port 22\rFooa 1\nBarb 2\nClientAliveInterval 9\n');
    assert.deepEqual(brief(diags), ['0:7-0:7 2 lone-carriage-return', '1:0-1:4 1 unknown-keyword', '2:0-2:4 1 unknown-keyword']);
    const h = await c.hover(uri, { line: 3, character: 2 });
    assert.ok(h && /ClientAliveInterval/.test(JSON.stringify(h.contents)), 'hover on LSP line 3 (ClientAliveInterval)');
  });

  it('didClose clears the diagnostics of the document', async () => {
    const uri = docUri('problems/ssh_config');
    await c.diagnosticsFor(uri, 1);
    const since = c.published.length;
    await c.close(uri);
    const p = await c.nextPublish(uri, since);
    assert.deepEqual(p.diagnostics, []);
  });

  it('shutdown then exit ends the process with code 0', async () => {
    const r = await c.shutdown();
    assert.deepEqual(r, { code: 0, signal: null });
  });
});

describe('LSP: settings through initializationOptions (no workspace/configuration)', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ initializationOptions: { targetVersion: '9.1' } });
  });
  after(async () => {
    await c?.dispose();
  });

  it('targetVersion 9.1 makes ChannelTimeout a keyword-too-new error, without asking the client', async () => {
    const uri = docUri('initopts/sshd_config');
    const diags = await c.openAndWait(uri, 'sshd_config', 'Port 22\nChannelTimeout session:*=10m\n');
    assert.deepEqual(brief(diags), ['1:0-1:14 1 keyword-too-new']);
    assert.equal(diags[0].severity, SEVERITY.error);
    assert.equal(c.configurationRequests.length, 0, 'no workspace/configuration without the capability');
  });

  it('didChangeConfiguration with settings replaces the initializationOptions', async () => {
    const uri = docUri('initopts/sshd_config');
    const since = c.published.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { 'openssh-config': { targetVersion: 'latest' } } });
    const p = await c.nextPublish(uri, since);
    assert.deepEqual(p.diagnostics, []);
  });

  it('exits with code 0 after shutdown/exit', async () => {
    assert.deepEqual(await c.shutdown(), { code: 0, signal: null });
  });
});

describe('LSP: default target without any settings is the newest release', () => {
  it('ChannelTimeout and PerSourcePenalties are clean; exit without shutdown is code 1', async () => {
    const c = await LspClient.start({});
    try {
      const diags = await c.openAndWait(docUri('nosettings/sshd_config'), 'sshd_config', 'ChannelTimeout session:*=1m\nPerSourcePenalties authfail:5s\n');
      assert.deepEqual(diags, []);
      // LSP: "exit" without a preceding "shutdown" ends the server with code 1.
      await c.conn.sendNotification('exit');
      const r = await c.exited;
      assert.equal(r.code, 1);
    } finally {
      await c.dispose();
    }
  });
});
