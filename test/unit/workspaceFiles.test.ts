// The workspace index behind workspace symbols (server/src/workspaceFiles.ts):
// configs found by name under the roots, bounded walks, node_modules skipped,
// symbolic links not followed, re-reads only after a change, file events.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { WorkspaceIndex } from '../../server/src/workspaceFiles';

describe('WorkspaceIndex', () => {
  let dir: string;
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const service = createLanguageService();
  let reads: string[] = [];
  const parse = (p: string, kind: 'ssh' | 'sshd', text: string) => {
    reads.push(path.relative(dir, p));
    return service.parse({ uri: p, version: 0, getText: () => text }, kind);
  };
  before(() => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'ws-index-')));
    write('.ssh/config', 'Host a\n');
    write('etc/ssh/sshd_config', 'Port 22\n');
    write('etc/ssh/sshd_config.d/10.conf', 'Port 23\n');
    write('etc/ssh/sshd_config.d/notes.txt', 'x\n');
    write('node_modules/x/ssh_config', 'Host dep\n');
    write('.git/ssh_config', 'Host vcs\n');
    write('deep/1/2/3/4/5/lab.ssh_config', 'Host deep\n');
    write('big/ssh_config', `# ${'x'.repeat(5000)}\n`);
    symlinkSync(dir, path.join(dir, 'loop'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the configs by name, skips node_modules, VCS folders and links, and reads each once until it changes', async () => {
    const index = new WorkspaceIndex(parse, { maxBytes: 4096 });
    index.setRoots([dir]);
    const files = [...(await index.files()).entries()].map(([p, k]) => `${path.relative(dir, p)}:${k}`).sort();
    assert.deepEqual(files, ['.ssh/config:ssh', 'big/ssh_config:ssh', 'deep/1/2/3/4/5/lab.ssh_config:ssh', 'etc/ssh/sshd_config.d/10.conf:sshd', 'etc/ssh/sshd_config:sshd']);
    reads = [];
    const docs = await index.documents();
    // big/ssh_config is over maxBytes: listed, never read.
    assert.deepEqual(docs.map((d) => path.relative(dir, d.path)).sort(), ['.ssh/config', 'deep/1/2/3/4/5/lab.ssh_config', 'etc/ssh/sshd_config', 'etc/ssh/sshd_config.d/10.conf']);
    assert.equal(reads.length, 4);
    reads = [];
    await index.documents();
    assert.deepEqual(reads, [], 'nothing changed: nothing read again');
    write('.ssh/config', 'Host a b\n');
    const t = new Date(Date.now() + 5000);
    utimesSync(path.join(dir, '.ssh/config'), t, t);
    const again = await index.documents((p) => p.endsWith('sshd_config'));
    assert.deepEqual(reads, ['.ssh/config']);
    assert.equal(again.length, 3);
  });

  it('stops at its bounds: depth, files and entries', async () => {
    const shallow = new WorkspaceIndex(parse, { maxDepth: 3 });
    shallow.setRoots([dir]);
    assert.ok(![...(await shallow.files()).keys()].some((p) => p.includes('/deep/')));
    const few = new WorkspaceIndex(parse, { maxFiles: 2 });
    few.setRoots([dir]);
    assert.equal((await few.files()).size, 2);
    assert.equal(few.truncated, true);
    const entries = new WorkspaceIndex(parse, { maxEntries: 3 });
    entries.setRoots([dir]);
    assert.ok((await entries.files()).size <= 3);
    assert.equal(entries.truncated, true);
  });

  it('follows file events when the editor watches, and ignores paths outside the roots', async () => {
    const index = new WorkspaceIndex(parse);
    index.watching = true;
    index.setRoots([path.join(dir, 'etc')]);
    assert.equal((await index.files()).size, 2);
    write('etc/ssh/ssh_config', 'Host new\n');
    index.fileChanged(path.join(dir, 'etc/ssh/ssh_config'), 1);
    index.fileChanged(path.join(dir, 'elsewhere.ssh_config'), 1);
    assert.equal((await index.files()).size, 3);
    index.fileChanged(path.join(dir, 'etc/ssh/sshd_config.d'), 3); // a folder deleted
    assert.deepEqual([...(await index.files()).keys()].map((p) => path.relative(dir, p)).sort(), ['etc/ssh/ssh_config', 'etc/ssh/sshd_config']);
    rmSync(path.join(dir, 'etc/ssh/ssh_config'));
  });

  it('keeps at most maxTotalBytes of files, and a walk of old roots does not overwrite a newer one', async () => {
    const small = new WorkspaceIndex(parse, { maxTotalBytes: 10 });
    small.setRoots([path.join(dir, 'etc')]);
    const docs = await small.documents();
    assert.equal(docs.length, 1, 'two files of 8 bytes: only one fits in 10');
    assert.equal(small.truncated, true);

    const index = new WorkspaceIndex(parse);
    index.setRoots([dir]);
    const first = index.files(); // a walk of the whole folder, still running
    index.setRoots([path.join(dir, 'etc')]);
    const second = await index.files();
    await first;
    assert.deepEqual([...(await index.files()).keys()].map((p) => path.relative(dir, p)).sort(), ['etc/ssh/sshd_config', 'etc/ssh/sshd_config.d/10.conf']);
    assert.equal(second.size, 2);
  });

  it('an unreadable or missing root is no error', async () => {
    const index = new WorkspaceIndex(parse);
    index.setRoots([path.join(dir, 'missing')]);
    assert.equal((await index.files()).size, 0);
    assert.deepEqual(await index.documents(), []);
  });
});
