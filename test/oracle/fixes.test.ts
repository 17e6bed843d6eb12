// Quick fixes checked by OpenSSH 9.2 itself: each fix is applied to its test
// file exactly as an editor would apply the code action, then `sshd -t` must
// accept the result and `sshd -T` must show the intended values.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { applyEdits, findBinary, makeSandbox, runOpenSSH, type Sandbox } from './openssh';

const TARGET = '9.2';
let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

let fixN = 0;
function fixed(text: string, code: string, title: RegExp, kind: 'sshd' | 'ssh' = 'sshd'): string {
  const service = createLanguageService();
  const uri = `mem://fix${++fixN}`;
  const doc = service.parse({ uri, version: 1, getText: () => text }, kind, { targetVersion: TARGET });
  const diags = service.validate(doc, { targetVersion: TARGET }, uri).filter((d) => d.code === code);
  assert.ok(diags.length, `a ${code} finding`);
  const action = service.codeActions(doc, uri, diags[0].range, diags, { targetVersion: TARGET }).find((a) => title.test(a.title));
  assert.ok(action, `a fix matching ${title}: ${service.codeActions(doc, uri, diags[0].range, diags, { targetVersion: TARGET }).map((a) => a.title).join(' | ')}`);
  return applyEdits(text, action.edit?.changes?.[uri] ?? []);
}

function sshdT(sshd: string, text: string, name: string): { code: number; out: string; err: string } {
  const file = path.join(sb.dir, name);
  writeFileSync(file, text);
  const t = spawnSync(sshd, ['-t', '-f', file, '-h', sb.hostKey], { env: sb.env, encoding: 'utf8' });
  const T = spawnSync(sshd, ['-T', '-f', file, '-h', sb.hostKey, '-C', 'user=alice,host=h,addr=192.0.2.1'], { env: sb.env, encoding: 'utf8' });
  return { code: t.status ?? 1, out: T.stdout, err: `${t.stderr}${T.stderr}` };
}

const QUESTION = '# I want idle sessions closed after about an hour\nClientAliveInterval 60\nClientAliveCountMax 60\n\nMatch User deploy\n  X11Forwarding no\n';

describe('quick fixes, checked with sshd 9.2', () => {
  const sshd = findBinary('sshd');

  it('idle logout from keepalive-is-not-idle-timeout: accepted, and sshd -T shows the timeouts', (t) => {
    if (!sshd) return t.skip('sshd not installed');
    const out = fixed(QUESTION, 'keepalive-is-not-idle-timeout', /^Add an idle logout/);
    // Inserted above the Match block, so it applies to every connection.
    assert.ok(out.indexOf('ChannelTimeout session:*=1h') < out.indexOf('Match User deploy'), out);
    const r = sshdT(sshd, out, 'idle.conf');
    assert.equal(r.code, 0, r.err);
    // sshd -T prints ChannelTimeout entries as written.
    assert.match(r.out, /^channeltimeout session:\*=1h$/m);
    assert.match(r.out, /^unusedconnectiontimeout 3600$/m);
    assert.match(r.out, /^clientaliveinterval 60$/m);
  });

  it('the "Add idle logout…" command with every option: accepted, and sshd -T shows it', (t) => {
    if (!sshd) return t.skip('sshd not installed');
    const service = createLanguageService();
    const doc = service.parse({ uri: 'mem://cmd', version: 1, getText: () => QUESTION }, 'sshd', { targetVersion: TARGET });
    const r0 = service.idleLogout(doc, 2700, { sessions: true, forwards: true, unused: true }, { targetVersion: TARGET });
    assert.ok('edits' in r0);
    const r = sshdT(sshd, applyEdits(QUESTION, r0.edits), 'cmd.conf');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^channeltimeout session:\*=45m direct-tcpip=45m direct-streamlocal@openssh\.com=45m forwarded-tcpip=45m forwarded-streamlocal@openssh\.com=45m$/m);
    assert.match(r.out, /^unusedconnectiontimeout 2700$/m);
    const old = service.idleLogout(doc, 2700, { sessions: true }, { targetVersion: '9.1' });
    assert.ok('reason' in old && /TMOUT/.test(old.reason));
  });

  it('ClientAliveCountMax 0 → 3', (t) => {
    if (!sshd) return t.skip('sshd not installed');
    const out = fixed('ClientAliveInterval 300\nClientAliveCountMax 0\n', 'client-alive-count-max-zero', /^Set ClientAliveCountMax 3$/);
    const r = sshdT(sshd, out, 'count.conf');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^clientalivecountmax 3$/m);
  });

  it('ClientAliveCountMax 0 → idle logout', (t) => {
    if (!sshd) return t.skip('sshd not installed');
    const out = fixed('ClientAliveInterval 300\nClientAliveCountMax 0\n', 'client-alive-count-max-zero', /^Add an idle logout/);
    const r = sshdT(sshd, out, 'count-idle.conf');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^channeltimeout session:\*=5m$/m);
  });

  it('TMOUT removed: the file is accepted again', (t) => {
    if (!sshd) return t.skip('sshd not installed');
    const before = 'PermitRootLogin no\nTMOUT=600\n';
    assert.notEqual(sshdT(sshd, before, 'tmout-before.conf').code, 0);
    const out = fixed(before, 'tmout-in-config', /^Remove the TMOUT line$/);
    assert.equal(out, 'PermitRootLogin no\n');
    assert.equal(sshdT(sshd, out, 'tmout.conf').code, 0);
  });

  it('did-you-mean on an unknown keyword', (t) => {
    if (!sshd) return t.skip('sshd not installed');
    const out = fixed('PermitRootLogn no\n', 'unknown-keyword', /^Change to "PermitRootLogin"$/);
    const r = sshdT(sshd, out, 'typo.conf');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^permitrootlogin no$/m);
  });
});

describe('IgnoreUnknown fixes, checked with ssh 9.2', () => {
  const ssh = findBinary('ssh');
  const sshG = async (text: string, name: string) => {
    const file = path.join(sb.dir, name);
    writeFileSync(file, text);
    return runOpenSSH('ssh', ssh as string, file, sb);
  };

  it('an IgnoreUnknown below the keyword: ssh -G refuses the file; moved to the top by the fix, it accepts it', async (t) => {
    if (!ssh) return t.skip('ssh not installed');
    const text = 'UseKeychain yes\nUser me\nIgnoreUnknown UseKeychain,XyzzyOption\nHost x\n  Port 2\n';
    const before = await sshG(text, 'late-ignore.conf');
    assert.notEqual(before.code, 0, 'ssh 9.2 rejects UseKeychain above its IgnoreUnknown');
    assert.match(before.stderr, /line 1: Bad configuration option: usekeychain/);
    const out = fixed(text, 'vendor-keyword', /^Move the IgnoreUnknown on line 3 to the top/, 'ssh');
    assert.equal(out, 'IgnoreUnknown UseKeychain,XyzzyOption\nUseKeychain yes\nUser me\nHost x\n  Port 2\n');
    const after = await sshG(out, 'late-ignore-fixed.conf');
    assert.equal(after.code, 0, after.stderr);
  });

  it('an unknown keyword no release knows: the added IgnoreUnknown makes ssh -G accept the file', async (t) => {
    if (!ssh) return t.skip('ssh not installed');
    const text = 'XyzzyOption 1\nHost x\n  Port 2\n';
    assert.notEqual((await sshG(text, 'xyzzy.conf')).code, 0);
    const out = fixed(text, 'unknown-keyword', /^Add "IgnoreUnknown XyzzyOption"/, 'ssh');
    const after = await sshG(out, 'xyzzy-fixed.conf');
    assert.equal(after.code, 0, after.stderr);
  });
});
