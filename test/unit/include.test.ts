// Include resolution (semantics/include.ts), the Node host's glob
// (includeHost.ts), the include rules and the spliced directive sequence.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { glob, nodeIncludeHost } from '../../server/src/includeHost';
import { createLanguageService } from '../../server/src/service/languageService';
import { includePattern, isUserConfig, sshDirFor } from '../../server/src/service/semantics/include';
import { memoryHost } from './memoryHost';
import { directiveSequence } from '../../server/src/service/semantics/sequence';

const service = createLanguageService();

const doc = (text: string, kind: 'sshd' | 'ssh', uri = `mem://${Math.random()}`) => service.parse({ uri, version: 1, getText: () => text }, kind);

describe('include: where a word is read from', () => {
  const sys = { userConfig: false, sshDir: '/etc/ssh', mirrored: false, homeDir: '/home/u' };
  const user = { ...sys, userConfig: true };
  it('sshd: relative → /etc/ssh, ~ is not expanded', () => {
    assert.deepEqual(includePattern('sshd_config.d/*.conf', 'sshd', sys), { pattern: '/etc/ssh/sshd_config.d/*.conf', systemPattern: '/etc/ssh/sshd_config.d/*.conf' });
    assert.ok('problem' in includePattern('~/x.conf', 'sshd', sys));
  });
  it('ssh: relative → ~/.ssh for the user file, /etc/ssh for the system file; ~ refused in a system file', () => {
    assert.equal((includePattern('config.d/*', 'ssh', user) as { pattern: string }).pattern, '/home/u/.ssh/config.d/*');
    assert.equal((includePattern('~/extra', 'ssh', user) as { pattern: string }).pattern, '/home/u/extra');
    assert.equal((includePattern('ssh_config.d/*.conf', 'ssh', sys) as { pattern: string }).pattern, '/etc/ssh/ssh_config.d/*.conf');
    assert.match((includePattern('~/x', 'ssh', sys) as { problem: string }).problem, /bad include path/);
    // a file named ssh_config in a folder only taken for a copy of /etc/ssh: ~ is followed, not refused
    assert.equal((includePattern('~/x', 'ssh', { ...sys, sshDir: '/repo', mirrored: true, certainSystem: false }) as { pattern: string }).pattern, '/home/u/x');
  });
  it('a workspace copy of /etc/ssh reads its own drop-ins', () => {
    assert.deepEqual(sshDirFor('/repo/etc-ssh/sshd_config'), { sshDir: '/repo/etc-ssh', mirrored: true });
    assert.deepEqual(sshDirFor('/repo/etc-ssh/sshd_config.d/50.conf'), { sshDir: '/repo/etc-ssh', mirrored: true });
    assert.deepEqual(sshDirFor('/etc/ssh/sshd_config'), { sshDir: '/etc/ssh', mirrored: false });
    assert.deepEqual(sshDirFor('/repo/x.conf', '/srv/ssh'), { sshDir: '/srv/ssh', mirrored: true });
    const m = includePattern('/etc/ssh/sshd_config.d/*.conf', 'sshd', { ...sys, sshDir: '/repo/etc-ssh', mirrored: true });
    assert.deepEqual(m, { pattern: '/repo/etc-ssh/sshd_config.d/*.conf', systemPattern: '/etc/ssh/sshd_config.d/*.conf' });
    assert.equal(isUserConfig('/etc/ssh/ssh_config'), false);
    assert.equal(isUserConfig('/home/u/.ssh/config'), true);
  });
});

describe('include: the graph and the rules', () => {
  it('follows globs in sorted order, reads each file once, and reports a missing match as a hint', async () => {
    const host = memoryHost({
      '/etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
      '/etc/ssh/sshd_config.d/10-a.conf': 'Include /etc/ssh/sshd_config.d/50-cloud-init.conf\n',
    });
    const d = doc('Include /etc/ssh/sshd_config.d/*.conf /nowhere/*.conf\nPasswordAuthentication no\n', 'sshd');
    const g = await service.resolveIncludes('/etc/ssh/sshd_config', d, host);
    const root = g.files.get('/etc/ssh/sshd_config')!;
    assert.deepEqual(root.includes[0].matches, ['/etc/ssh/sshd_config.d/10-a.conf', '/etc/ssh/sshd_config.d/50-cloud-init.conf']);
    assert.deepEqual(host.reads.filter((r) => r.endsWith('50-cloud-init.conf')).length, 1);
    const f = service.findings(d, {}, g);
    const notFound = f.filter((x) => x.code === 'include-not-found');
    assert.equal(notFound.length, 1);
    assert.equal(notFound[0].severity, 'hint');
    assert.equal(d.lineText(0).slice(notFound[0].span.start, notFound[0].span.end), '/nowhere/*.conf');
    // The drop-in override: the admin's line 2 is ignored, related to the drop-in's line.
    const dup = f.filter((x) => x.code === 'duplicate-keyword-ignored');
    assert.equal(dup.length, 1, JSON.stringify(f));
    assert.equal(dup[0].span.line, 1);
    assert.equal(dup[0].related?.[0].uri, 'file:///etc/ssh/sshd_config.d/50-cloud-init.conf');
    const diag = service.validate(d, {}, 'file:///etc/ssh/sshd_config', g).find((x) => x.code === 'duplicate-keyword-ignored')!;
    assert.equal(diag.relatedInformation?.[0].location.uri, 'file:///etc/ssh/sshd_config.d/50-cloud-init.conf');
    // Without the graph nothing of the kind is reported.
    assert.equal(service.findings(d, {}).filter((x) => x.code.startsWith('include-') || x.code === 'duplicate-keyword-ignored').length, 0);
  });

  it('an Include cycle is an error; an unreadable file a hint; ~ in a system ssh_config an error', async () => {
    const host = memoryHost({ '/etc/ssh/sshd_config.d/loop.conf': 'Include /etc/ssh/sshd_config\n', '/etc/ssh/sshd_config': 'Include sshd_config.d/*.conf\n' });
    const d = doc('Include sshd_config.d/*.conf\n', 'sshd');
    const g = await service.resolveIncludes('/etc/ssh/sshd_config', d, host);
    const cyc = service.findings(d, {}, g).filter((x) => x.code === 'include-cycle');
    assert.equal(cyc.length, 1);
    assert.match(cyc[0].message, /Too many recursive configuration includes/);
    const host2 = memoryHost({});
    host2.glob = async () => ['/etc/ssh/ssh_config.d/secret.conf'];
    const d2 = doc('Include ssh_config.d/*.conf ~/.ssh/extra\n', 'ssh');
    const g2 = await service.resolveIncludes('/etc/ssh/ssh_config', d2, host2);
    const f2 = service.findings(d2, {}, g2);
    assert.equal(f2.find((x) => x.code === 'include-unreadable')?.severity, 'hint');
    assert.equal(f2.find((x) => x.code === 'include-bad-path')?.severity, 'error');
  });

  it('splices included directives into the sequence in the scope of the Include line', async () => {
    const host = memoryHost({ '/home/u/.ssh/inc': 'User a\nHost x\n  Port 1\n' });
    const d = doc('Host web\n  Include inc\n  User b\n', 'ssh');
    const g = await service.resolveIncludes('/home/u/.ssh/config', d, host);
    const seq = directiveSequence(d, { includes: g });
    assert.deepEqual(seq.map((s) => `${s.directive.name}:${s.uri ? 'inc' : 'main'}`), ['host:main', 'include:main', 'user:inc', 'host:inc', 'port:inc', 'user:main']);
    assert.equal(seq[2].scope, seq[0].scope === seq[1].scope ? seq[1].scope : undefined);
    // the included top-level User a wins over User b in the same Host block
    const f = service.findings(d, {}, g).filter((x) => x.code === 'duplicate-keyword-ignored');
    assert.deepEqual(f.map((x) => x.span.line), [2]);
  });

  it('links and go-to-definition on Include words', async () => {
    const host = memoryHost({ '/home/u/.ssh/a.conf': 'User a\n', '/home/u/.ssh/b.conf': 'User b\n' });
    const d = doc('Include *.conf\n', 'ssh');
    const g = await service.resolveIncludes('/home/u/.ssh/config', d, host);
    const links = service.documentLinks(d, g);
    assert.equal(links.length, 1);
    assert.equal(links[0].target, 'file:///home/u/.ssh/a.conf');
    assert.deepEqual(links[0].range, { start: { line: 0, character: 8 }, end: { line: 0, character: 14 } });
    const defs = service.definition(d, { line: 0, character: 10 }, g);
    assert.deepEqual(defs.map((l) => l.uri), ['file:///home/u/.ssh/a.conf', 'file:///home/u/.ssh/b.conf']);
    assert.deepEqual(service.definition(d, { line: 0, character: 2 }, g), []);
  });
});

describe('includeHost: glob(3) and bounded reads on disk', () => {
  it('sorted matches, hidden files need a literal dot, size cap', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inc-'));
    try {
      mkdirSync(path.join(dir, 'd'));
      for (const n of ['b.conf', 'a.conf', '.hidden.conf', 'c.txt', 'B.conf']) writeFileSync(path.join(dir, 'd', n), 'X yes\n');
      writeFileSync(path.join(dir, 'big'), 'x'.repeat(2000));
      assert.deepEqual(await glob(`${dir}/d/*.conf`), [`${dir}/d/B.conf`, `${dir}/d/a.conf`, `${dir}/d/b.conf`]);
      assert.deepEqual(await glob(`${dir}/d/[ab].conf`), [`${dir}/d/a.conf`, `${dir}/d/b.conf`]);
      assert.deepEqual(await glob(`${dir}/d/missing.conf`), []);
      assert.deepEqual(await glob(`${dir}/*/a.conf`), [`${dir}/d/a.conf`]);
      const h = nodeIncludeHost({ maxBytes: 1000 });
      assert.equal(await h.readFile(`${dir}/d/a.conf`), 'X yes\n');
      assert.match(JSON.stringify(await h.readFile(`${dir}/big`)), /larger than 1000 bytes/);
      assert.match(JSON.stringify(await h.readFile(`${dir}/d`)), /folder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('include: an idle logout in a drop-in counts', () => {
  const main = '# close idle sessions after an hour\nInclude /etc/ssh/sshd_config.d/*.conf\nClientAliveInterval 60\nClientAliveCountMax 60\n';
  const idleFindings = async (dropIn: string, target: string) => {
    const d = doc(main, 'sshd');
    const g = await service.resolveIncludes('/etc/ssh/sshd_config', d, memoryHost({ '/etc/ssh/sshd_config.d/10-idle.conf': dropIn }));
    return service.findings(d, { targetVersion: target }, g).filter((f) => f.code === 'keepalive-is-not-idle-timeout');
  };
  const idleCodes = async (dropIn: string, target: string) => (await idleFindings(dropIn, target)).map((f) => f.code);
  it('keepalive-is-not-idle-timeout is quiet when a drop-in sets ChannelTimeout (9.2+)', async () => {
    assert.deepEqual(await idleCodes('ChannelTimeout session:*=1h\n', '9.2'), []);
  });
  it('UnusedConnectionTimeout alone is no idle logout for an open shell: explained, and the fix adds only ChannelTimeout', async () => {
    const [f] = await idleFindings('UnusedConnectionTimeout 5m\n', '10.5');
    assert.ok(f);
    const text = f.fixes?.[0]?.edits.map((e) => e.newText).join('') ?? '';
    assert.match(text, /^ChannelTimeout session:\*=1h$/m);
    assert.doesNotMatch(text, /UnusedConnectionTimeout/, 'the drop-in already sets it; a second line would be ignored');
  });
  it('but explains when the drop-in sets it only inside a Match block, or has none', async () => {
    assert.deepEqual(await idleCodes('Match User x\n  ChannelTimeout session:*=1h\n', '10.5'), ['keepalive-is-not-idle-timeout']);
    assert.deepEqual(await idleCodes('MaxSessions 4\n', '9.2'), ['keepalive-is-not-idle-timeout']);
  });
});
