// LSP protocol tests for the files the editor does not have open: workspace
// symbols over the workspace folders' configs (found by name, read from disk,
// node_modules skipped, open documents' text preferred), and
// workspace/didChangeWatchedFiles: the server asks the client to watch the
// configs and the folders Include lines read, and a drop-in changed or added on
// disk re-checks the document that includes it.
// Run: npm run build && node --import tsx --test test/lsp/workspace.test.ts

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { LspClient } from './client';

const SSHD = ['Include /etc/ssh/sshd_config.d/*.conf', 'PasswordAuthentication no', 'PermitRootLogin no', 'Match User gamma', '  X11Forwarding no', ''].join('\n');

interface Registration {
  registrations: { method: string; registerOptions?: { watchers?: { globPattern: string | { baseUri: string; pattern: string } }[] } }[];
}

describe('LSP: workspace files that are not open', () => {
  let c: LspClient;
  let dir: string;
  const uri = (rel: string) => pathToFileURL(path.join(dir, rel)).toString();
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const symbols = async (query: string) => (await c.request<SymbolInformation[]>('workspace/symbol', { query })).map((s) => `${s.name} @ ${path.relative(dir, new URL(s.location.uri).pathname)}:${s.location.range.start.line}`).sort();
  const changed = (rel: string, type: 1 | 2 | 3) => c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(rel), type }] });

  before(async () => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'lsp-workspace-')));
    write('.ssh/config', 'Host alpha-web alpha-db\n  User a\nHost *\n  ServerAliveInterval 30\n');
    write('deploy/ssh_config', 'Host beta-db !beta-old\n  Port 2222\n');
    write('etc-ssh/sshd_config', SSHD);
    write('etc-ssh/sshd_config.d/50-cloud-init.conf', 'X11Forwarding yes\n');
    write('node_modules/pkg/ssh_config', 'Host hidden-in-deps\n');
    write('notes.txt', 'Host not-a-config\n');
    c = await LspClient.start({
      configuration: { targetVersion: '9.2', include: { sshDir: path.join(dir, 'etc-ssh') } },
      workspaceFolders: [pathToFileURL(dir).toString()],
      watchFiles: true,
    });
  });
  after(async () => {
    await c?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('workspace symbols come from configs that were never opened, not from node_modules or other files', async () => {
    assert.deepEqual(await symbols('alpha'), ['alpha-db @ .ssh/config:0', 'alpha-web @ .ssh/config:0']);
    assert.deepEqual(await symbols('beta'), ['beta-db @ deploy/ssh_config:0']); // a negated pattern is not a host
    assert.deepEqual(await symbols('gamma'), ['Match User gamma @ etc-ssh/sshd_config:3']);
    assert.deepEqual(await symbols('hidden'), []);
    assert.deepEqual(await symbols('not-a-config'), []);
  });

  it('an open document answers with its text in the editor, not the one on disk', async () => {
    await c.openAndWait(uri('.ssh/config'), 'ssh_config', 'Host alpha-api\n');
    assert.deepEqual(await symbols('alpha'), ['alpha-api @ .ssh/config:0']);
    await c.close(uri('.ssh/config'));
    assert.deepEqual(await symbols('alpha'), ['alpha-db @ .ssh/config:0', 'alpha-web @ .ssh/config:0']);
  });

  it('a config created, changed or deleted on disk is seen through the file events', async () => {
    write('new/lab.ssh_config', 'Host delta-lab\n');
    await changed('new/lab.ssh_config', 1);
    assert.deepEqual(await symbols('delta'), ['delta-lab @ new/lab.ssh_config:0']);
    write('new/lab.ssh_config', '# moved down\nHost delta-lab2\n');
    await changed('new/lab.ssh_config', 2);
    assert.deepEqual(await symbols('delta'), ['delta-lab2 @ new/lab.ssh_config:1']);
    unlinkSync(path.join(dir, 'new/lab.ssh_config'));
    await changed('new/lab.ssh_config', 3);
    assert.deepEqual(await symbols('delta'), []);
  });

  it('asks the client to watch the configs and the folders an open document includes', async () => {
    await c.openAndWait(uri('etc-ssh/sshd_config'), 'sshd_config', SSHD);
    const dropIns = pathToFileURL(path.join(dir, 'etc-ssh/sshd_config.d')).toString();
    const reg = await c.waitFor('a watcher on the drop-in folder', () =>
      (c.registrations as Registration[])
        .flatMap((r) => r.registrations)
        .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
        .find((r) => r.registerOptions?.watchers?.some((w) => typeof w.globPattern === 'object' && w.globPattern.baseUri === dropIns && w.globPattern.pattern === '*')),
    );
    const globs = reg.registerOptions!.watchers!.map((w) => w.globPattern).filter((g) => typeof g === 'string');
    assert.ok(globs.includes('**/.ssh/config') && globs.includes('**/sshd_config.d/*.conf'), JSON.stringify(globs));
  });

  it('a drop-in changed on disk, or a new one, re-checks the document that includes it', async () => {
    const main = uri('etc-ssh/sshd_config');
    const codesAt = (diags: { code?: string | number; range: { start: { line: number } } }[]) => diags.filter((d) => d.code === 'duplicate-keyword-ignored').map((d) => d.range.start.line);
    const first = c.published.filter((p) => p.uri === main).at(-1)!;
    assert.deepEqual(codesAt(first.diagnostics), []);

    let since = c.published.length;
    write('etc-ssh/sshd_config.d/50-cloud-init.conf', 'PasswordAuthentication yes\n');
    await changed('etc-ssh/sshd_config.d/50-cloud-init.conf', 2);
    const afterChange = await c.nextPublish(main, since);
    assert.deepEqual(codesAt(afterChange.diagnostics), [1], JSON.stringify(afterChange.diagnostics));

    since = c.published.length;
    write('etc-ssh/sshd_config.d/20-admin.conf', 'PermitRootLogin prohibit-password\n');
    await changed('etc-ssh/sshd_config.d/20-admin.conf', 1);
    const afterCreate = await c.nextPublish(main, since);
    assert.deepEqual(codesAt(afterCreate.diagnostics), [1, 2], JSON.stringify(afterCreate.diagnostics));

    since = c.published.length;
    unlinkSync(path.join(dir, 'etc-ssh/sshd_config.d/50-cloud-init.conf'));
    await changed('etc-ssh/sshd_config.d/50-cloud-init.conf', 3);
    const afterDelete = await c.nextPublish(main, since);
    assert.deepEqual(codesAt(afterDelete.diagnostics), [2]);
  });

  it('a document whose Include line goes reads no file: the drop-in folder is no longer watched, and is again once the line is back', async () => {
    const main = uri('etc-ssh/sshd_config');
    const dropIns = pathToFileURL(path.join(dir, 'etc-ssh/sshd_config.d')).toString();
    const latest = () =>
      (c.registrations as Registration[])
        .flatMap((r) => r.registrations)
        .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
        .at(-1);
    const watchesDropIns = () => !!latest()?.registerOptions?.watchers?.some((w) => typeof w.globPattern === 'object' && w.globPattern.baseUri === dropIns);
    assert.ok(watchesDropIns());
    // Let registrations asked for by the tests above land first (the server waits 200 ms before registering).
    await new Promise((r) => setTimeout(r, 600));
    assert.ok(watchesDropIns());
    const include = SSHD.split('\n')[0];
    await c.change(main, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# ' }]);
    await c.waitFor('a registration without the drop-in folder', () => (watchesDropIns() ? undefined : true));
    // The configs themselves are still watched (workspace symbols).
    assert.ok(latest()?.registerOptions?.watchers?.some((w) => w.globPattern === '**/sshd_config.d/*.conf'));
    await c.change(main, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: '' }]);
    await c.waitFor('the drop-in folder watched again', () => (watchesDropIns() ? true : undefined));
    assert.equal(include.startsWith('Include '), true);
  });
});
