// LSP protocol tests for Include and the effective settings: document links and
// go-to-definition on Include words, diagnostics that see the included files
// (the drop-in override, with relatedInformation in the drop-in), the
// include-not-found hint, the effective-settings command and the Host CodeLens.
// The workspace is a copy of /etc/ssh in a temporary folder: its
// `Include /etc/ssh/sshd_config.d/*.conf` reads the copy's drop-ins.
// Run: npm run build && node --import tsx --test test/lsp/include.test.ts

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, Diagnostic, DocumentLink, Location } from 'vscode-languageserver-protocol';
import { spawnSync } from 'node:child_process';
import { LspClient, REPO_ROOT } from './client';

const SSHD = ['Include /etc/ssh/sshd_config.d/*.conf /etc/ssh/missing.d/*.conf', 'PasswordAuthentication no', 'Match User bob', '  X11Forwarding no', ''].join('\n');
const DROP_IN = 'PasswordAuthentication yes\n';
const SSH = ['Host web*', '  User deploy', 'Host db.example.com', '  Port 2222', ''].join('\n');

describe('LSP: Include and effective settings', () => {
  let c: LspClient;
  let dir: string;
  let sshdUri: string;
  let dropInUri: string;
  let sshUri: string;
  let diags: Diagnostic[];
  before(async () => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'lsp-include-')));
    mkdirSync(path.join(dir, 'etc-ssh', 'sshd_config.d'), { recursive: true });
    writeFileSync(path.join(dir, 'etc-ssh', 'sshd_config'), SSHD);
    writeFileSync(path.join(dir, 'etc-ssh', 'sshd_config.d', '50-cloud-init.conf'), DROP_IN);
    writeFileSync(path.join(dir, 'etc-ssh', 'ssh_config'), SSH);
    sshdUri = pathToFileURL(path.join(dir, 'etc-ssh', 'sshd_config')).toString();
    dropInUri = pathToFileURL(path.join(dir, 'etc-ssh', 'sshd_config.d', '50-cloud-init.conf')).toString();
    sshUri = pathToFileURL(path.join(dir, 'etc-ssh', 'ssh_config')).toString();
    c = await LspClient.start({ configuration: { targetVersion: '9.2' } });
    diags = await c.openAndWait(sshdUri, 'sshd_config', SSHD);
    await c.openAndWait(sshUri, 'ssh_config', SSH);
  });
  after(async () => {
    await c?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('advertises links, definition, code lenses and the effective command', () => {
    const caps = c.initializeResult!.capabilities;
    assert.ok(caps.documentLinkProvider);
    assert.equal(caps.definitionProvider, true);
    assert.ok(caps.codeLensProvider);
    assert.ok(caps.executeCommandProvider?.commands.includes('openssh-config.server.effective'));
  });

  it('flags the admin line a drop-in overrides, with relatedInformation in the drop-in', () => {
    const d = diags.find((x) => x.code === 'duplicate-keyword-ignored');
    assert.ok(d, JSON.stringify(diags));
    assert.equal(d.range.start.line, 1);
    assert.equal(d.relatedInformation?.[0].location.uri, dropInUri);
    assert.equal(d.relatedInformation?.[0].location.range.start.line, 0);
  });

  it('a pattern matching no file is a hint', () => {
    const h = diags.find((x) => x.code === 'include-not-found');
    assert.ok(h);
    assert.equal(h.severity, 4);
    assert.equal(h.range.start.character, SSHD.indexOf('/etc/ssh/missing.d'));
  });

  it('document link and definition on the Include word open the drop-in', async () => {
    const links = (await c.conn.sendRequest('textDocument/documentLink', { textDocument: { uri: sshdUri } })) as DocumentLink[];
    assert.equal(links.length, 1);
    assert.equal(links[0].target, dropInUri);
    assert.equal(links[0].range.start.character, 'Include '.length);
    const defs = (await c.conn.sendRequest('textDocument/definition', { textDocument: { uri: sshdUri }, position: { line: 0, character: 12 } })) as Location[];
    assert.deepEqual(defs.map((l) => l.uri), [dropInUri]);
  });

  it('the effective command evaluates a connection, each value with its source', async () => {
    const r = (await c.conn.sendRequest('workspace/executeCommand', { command: 'openssh-config.server.effective', arguments: [sshdUri, { connection: 'user=bob,host=h,addr=192.0.2.1' }] })) as {
      text: string;
      lines: { keyword: string; value: string; source?: { uri: string; range: { start: { line: number } } } }[];
    };
    assert.match(r.text, /^passwordauthentication yes$/m);
    assert.match(r.text, /^x11forwarding no$/m);
    const pa = r.lines.find((l) => l.keyword === 'passwordauthentication')!;
    assert.equal(pa.source?.uri, dropInUri);
    const x = r.lines.find((l) => l.keyword === 'x11forwarding')!;
    assert.equal(x.source?.uri, sshdUri);
    assert.equal(x.source?.range.start.line, 3);
    const s = (await c.conn.sendRequest('workspace/executeCommand', { command: 'openssh-config.server.effective', arguments: [sshUri, { host: 'web1' }] })) as { text: string };
    assert.match(s.text, /^user deploy$/m);
    assert.doesNotMatch(s.text, /^port /m);
  });

  it('an edit to an open included file re-checks the file that includes it', async () => {
    await c.openAndWait(dropInUri, 'sshd_config', DROP_IN);
    const since = c.published.length;
    await c.change(dropInUri, [{ text: '# nothing here any more\n' }]);
    const p = await c.waitFor('main re-checked without the override', () => {
      const mine = c.published.slice(since).filter((x) => x.uri === sshdUri);
      return mine.find((x) => !x.diagnostics.some((d) => d.code === 'duplicate-keyword-ignored'));
    });
    assert.ok(p);
    await c.close(dropInUri);
  });

  it('a CodeLens above each Host block offers the effective settings for a host it matches', async () => {
    const lenses = (await c.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: sshUri } })) as CodeLens[];
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments?.[1]]),
      [
        [0, 'Show effective settings for webx', 'openssh-config.showEffective', 'webx'],
        [2, 'Show effective settings for db.example.com', 'openssh-config.showEffective', 'db.example.com'],
      ],
    );
    assert.deepEqual(await c.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: sshdUri } }), []);
  });
});

describe('LSP: a version that changes while its Include files are read', () => {
  it('never publishes the older version\'s findings under the newer version', async () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'lsp-include-race-')));
    const c = await LspClient.start({ configuration: { targetVersion: '9.2' } });
    try {
      writeFileSync(path.join(dir, 'extra.conf'), 'X11Forwarding no\n');
      const uri = pathToFileURL(path.join(dir, 'sshd_config')).toString();
      const include = `Include ${path.join(dir, 'extra.conf')}`;
      // The first validation waits for its settings; once they come, it reads the
      // Include file, and version 2 arrives while it does.
      const release = c.holdConfiguration();
      await c.open(uri, 'sshd_config', `${include}\nBogusKeywordOfVersionOne yes\n`);
      await c.waitFor('the settings request', () => (c.configurationRequests.length > 0 ? true : undefined));
      release();
      await new Promise((r) => setImmediate(r));
      // Version 2 re-reads many lines, so its parse builds new lists and version 1's stay as they were.
      const v2 = `${include}\n${Array.from({ length: 1500 }, (_, i) => `# line ${i}`).join('\n')}\nPort 22\n`;
      const version = await c.change(uri, [{ text: v2 }]);
      await c.diagnosticsFor(uri, version);
      await new Promise((r) => setTimeout(r, 300));
      const mine = c.published.filter((p) => p.uri === uri && p.version === version);
      assert.ok(mine.length > 0);
      for (const p of mine) assert.deepEqual(p.diagnostics.map((d) => d.code), [], JSON.stringify(p.diagnostics.map((d) => d.message)));
      // Version 1's run, overtaken while it read the Include file, answers for version 2 instead: nothing is published for version 1.
      assert.deepEqual(c.published.filter((p) => p.uri === uri && p.version === 1), []);
    } finally {
      await c.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CLI: openssh-config effective', () => {
  it('prints keyword value lines like sshd -T -C, and --explain names the source lines', () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'cli-effective-')));
    try {
      mkdirSync(path.join(dir, 'sshd_config.d'));
      writeFileSync(path.join(dir, 'sshd_config'), SSHD.replace('/etc/ssh/missing.d/*.conf', ''));
      writeFileSync(path.join(dir, 'sshd_config.d', '50-cloud-init.conf'), DROP_IN);
      const cli = path.join(REPO_ROOT, 'out/server/cli.js');
      const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'effective', ...args], { encoding: 'utf8' });
      const plain = run('--file', path.join(dir, 'sshd_config'), '--connection', 'user=bob,host=h,addr=192.0.2.1', '--target-version', '9.2');
      assert.equal(plain.status, 0, plain.stderr);
      assert.equal(plain.stdout, 'passwordauthentication yes\nx11forwarding no\n');
      const explained = run('--file', path.join(dir, 'sshd_config'), '--connection', 'user=alice,host=h,addr=192.0.2.1', '--explain');
      assert.equal(explained.stdout, `passwordauthentication yes\t# from ${path.join(dir, 'sshd_config.d', '50-cloud-init.conf')}:1\n`);
      writeFileSync(path.join(dir, 'config'), 'Host web*\n  User deploy\n  Port 2200\n');
      const ssh = run('--file', path.join(dir, 'config'), '--host', 'web1', '--user', 'me');
      assert.equal(ssh.stdout, 'user me\nport 2200\n');
      const bad = run('--file', path.join(dir, 'sshd_config'), '--connection', 'usr=x');
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /unknown key "usr"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CLI: openssh-config check follows Include', () => {
  it('flags the main file line a drop-in overrides, and --no-include does not read it', () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'cli-check-include-')));
    try {
      mkdirSync(path.join(dir, 'sshd_config.d'));
      writeFileSync(path.join(dir, 'sshd_config'), 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n');
      writeFileSync(path.join(dir, 'sshd_config.d', '50-cloud-init.conf'), 'PasswordAuthentication yes\n');
      const cli = path.join(REPO_ROOT, 'out/server/cli.js');
      const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args], { encoding: 'utf8' });
      const followed = run(path.join(dir, 'sshd_config'));
      assert.equal(followed.status, 0, followed.stderr);
      const found = JSON.parse(followed.stdout) as { line: number; code: string; message: string }[];
      const ignored = found.find((f) => f.code === 'duplicate-keyword-ignored');
      assert.ok(ignored, followed.stdout);
      assert.equal(ignored.line, 2);
      assert.match(ignored.message, /50-cloud-init\.conf/);
      const alone = run('--no-include', path.join(dir, 'sshd_config'));
      assert.deepEqual((JSON.parse(alone.stdout) as { code: string }[]).map((f) => f.code), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
