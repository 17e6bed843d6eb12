import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { formatTime } from '../../server/src/service/semantics/time';

const service = createLanguageService();
let n = 0;
const run = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) =>
  service.findings(service.parse({ uri: `mem://k${++n}`, version: 1, getText: () => text }, kind, { targetVersion }), { targetVersion });
const codes = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) => run(text, kind, targetVersion).map((f) => `${f.span.line}:${f.code}:${f.severity}`);
const hover = (text: string, kind: 'sshd' | 'ssh', line: number, targetVersion?: string) => {
  const doc = service.parse({ uri: `mem://k${++n}`, version: 1, getText: () => text }, kind, { targetVersion });
  return (service.hover(doc, { line, character: 2 }, { targetVersion })?.contents as { value: string }).value;
};

const QUESTION = '# close idle sessions after an hour\nClientAliveInterval 60\nClientAliveCountMax 60\n';

describe('keepalive hovers compute from the whole file', () => {
  it('the original question: an hour for a vanished client, never for an idle one', () => {
    const md = hover(QUESTION, 'sshd', 1);
    assert.match(md, /cut about \*\*1 h 1 min\*\* after its last packet/);
    assert.match(md, /idle client that is still running answers every probe and is \*\*never\*\* cut/);
  });

  it('knows the 9.2–9.4 slow-probe bug and the 8.2 meaning of CountMax 0', () => {
    assert.match(hover(QUESTION, 'sshd', 1, '9.2'), /\*\*2 h 2 min\*\*.*9\.2–9\.4/s);
    assert.match(hover(QUESTION, 'sshd', 1, '9.5'), /\*\*1 h 1 min\*\*/);
    assert.match(hover('ClientAliveInterval 300\nClientAliveCountMax 0\n', 'sshd', 1, '8.2'), /\*\*never\*\* disconnects/);
    assert.match(hover('ClientAliveInterval 300\nClientAliveCountMax 0\n', 'sshd', 1, '8.1'), /Before OpenSSH 8\.2, `ClientAliveCountMax 0` cuts after one silent interval/);
  });

  it('shows each Match block, and ssh_config per Host with first-value-wins', () => {
    const md = hover('ClientAliveInterval 300\nMatch User backup\n  ClientAliveCountMax 1\n', 'sshd', 0);
    assert.match(md, /For `Match User backup`: cut after ≈ 10 min/);
    assert.match(hover('Host *\n  ServerAliveInterval 30\nHost web\n  ServerAliveInterval 5\n', 'ssh', 3), /`Host web`.*cut about \*\*1 min 30 s\*\*|cut about \*\*2 min\*\*/s);
  });
});

describe('keepalive rules', () => {
  it('ClientAliveCountMax 0 disables the cut from 8.2 on', () => {
    assert.deepEqual(codes('ClientAliveInterval 300\nClientAliveCountMax 0\n', 'sshd', '8.2'), ['1:client-alive-count-max-zero:warning']);
    assert.deepEqual(codes('ClientAliveInterval 300\nClientAliveCountMax 0\n', 'sshd', '8.1'), []);
    const [f] = run('ClientAliveInterval 300\nClientAliveCountMax 0\n', 'sshd', '9.2');
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Set ClientAliveCountMax 3', 'Add an idle logout after 5 min (ChannelTimeout, UnusedConnectionTimeout)']);
  });

  it('ServerAliveCountMax 0 in ssh_config', () => {
    assert.deepEqual(codes('ServerAliveInterval 30\nServerAliveCountMax 0\n', 'ssh'), ['1:server-alive-count-max-zero:warning']);
  });

  it('keepalives set up as an idle timeout get an explanation and an idle-logout fix', () => {
    const fs = run(QUESTION, 'sshd', '9.2');
    assert.deepEqual(fs.map((f) => `${f.span.line}:${f.code}:${f.severity}`), ['1:keepalive-is-not-idle-timeout:information']);
    const fix = fs[0].fixes?.[0];
    assert.equal(fix?.title, 'Add an idle logout after 1 h (ChannelTimeout, UnusedConnectionTimeout)');
    assert.match(fix?.edits[0].newText ?? '', /ChannelTimeout session:\*=1h\nUnusedConnectionTimeout 1h\n/);
    // Before 9.2 there is no such option: the message says TMOUT, no fix.
    const old = run(QUESTION, 'sshd', '9.1')[0];
    assert.match(old.message, /ChannelTimeout arrived in 9\.2/);
    assert.equal(old.fixes, undefined);
    // A short dead-peer cut without a comment about idle users is fine.
    assert.deepEqual(codes('ClientAliveInterval 15\nClientAliveCountMax 3\n', 'sshd'), []);
    // Already has an idle logout: nothing to say.
    assert.deepEqual(codes(`ChannelTimeout session:*=1h\n${QUESTION}`, 'sshd'), []);
  });

  it('TMOUT in a config file, any form', () => {
    for (const line of ['TMOUT 600', 'TMOUT=600', 'export TMOUT=600', 'readonly TMOUT']) {
      assert.deepEqual(codes(`${line}\n`, 'sshd'), ['0:tmout-in-config:error'], line);
    }
    assert.deepEqual(codes('TMOUT=600\n', 'ssh'), ['0:tmout-in-config:error']);
  });

  it('keepalive keywords of the other file name the right one, with a fix', () => {
    const [f] = run('ClientAliveInterval 60\n', 'ssh');
    assert.equal(f.code, 'other-file-keyword');
    assert.match(f.message, /counterpart is ServerAliveInterval/);
    assert.equal(f.fixes?.[0].edits[0].newText, 'ServerAliveInterval');
  });

  it('formats times the way OpenSSH reads them', () => {
    assert.equal(formatTime(3600), '1h');
    assert.equal(formatTime(5400), '1h30m');
    assert.equal(formatTime(90), '1m30s');
    assert.equal(formatTime(45), '45s');
  });
});

describe('keepalive-is-not-idle-timeout stays quiet on ordinary dead-peer settings', () => {
  it('5m × 3 is dead-peer detection, not an idle timeout', () => {
    assert.deepEqual(codes('ClientAliveInterval 5m\nClientAliveCountMax 3\n', 'sshd'), []);
    assert.deepEqual(codes('ClientAliveInterval 30\nClientAliveCountMax 20\n', 'sshd').map((c) => c.split(':')[1]), ['keepalive-is-not-idle-timeout']);
  });
});

describe('keepalive-is-not-idle-timeout and an idle logout already written', () => {
  const text = `${QUESTION}ChannelTimeout session:*=1h\n`;
  it('is quiet from 9.2, where ChannelTimeout is the idle logout', () => {
    assert.ok(!codes(text, 'sshd', '9.2').some((c) => c.includes('keepalive-is-not-idle-timeout')));
  });
  it('still explains before 9.2, where the ChannelTimeout line is not an idle logout (and is flagged itself)', () => {
    const found = codes(text, 'sshd', '8.9');
    assert.ok(found.some((c) => c.includes('keepalive-is-not-idle-timeout')), found.join(' '));
    assert.ok(found.some((c) => c.startsWith('3:')), found.join(' '));
  });
});

describe('inlay hints', () => {
  const hints = (text: string, kind: 'sshd' | 'ssh', settings: { targetVersion?: string; inlayHints?: boolean } = {}) => {
    const doc = service.parse({ uri: `mem://h${++n}`, version: 1, getText: () => text }, kind, settings);
    return service
      .inlayHints(doc, { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } }, settings)
      .map((h) => `${h.position.line}:${h.position.character} ${h.label}`);
  };

  it('show times in human units and the dead-peer cut after the pair', () => {
    assert.deepEqual(hints(QUESTION, 'sshd'), ['1:22 = 1 min', '2:22 ≈ 1 h 1 min dead-peer cut']);
    assert.deepEqual(hints('LoginGraceTime 5400\nLoginGraceTime 2m\n', 'sshd'), ['0:19 = 1 h 30 min']);
    assert.deepEqual(hints('ClientAliveInterval 300\nClientAliveCountMax 0\n', 'sshd'), ['0:23 = 5 min', '1:21 never cuts a silent peer']);
    assert.deepEqual(hints('Host *\n  ServerAliveInterval 30\n', 'ssh'), ['1:24 ≈ 2 min dead-peer cut']);
  });

  it('can be switched off', () => {
    assert.deepEqual(hints(QUESTION, 'sshd', { inlayHints: false }), []);
  });
});

describe('tcp-keepalive-off', () => {
  it('hints when neither TCP nor in-protocol keepalives are on', () => {
    assert.deepEqual(codes('TCPKeepAlive no\n', 'sshd'), ['0:tcp-keepalive-off:hint']);
    assert.deepEqual(codes('TCPKeepAlive no\nClientAliveInterval 60\n', 'sshd'), []);
    assert.deepEqual(codes('TCPKeepAlive no\n', 'ssh'), ['0:tcp-keepalive-off:hint']);
    assert.deepEqual(codes('TCPKeepAlive yes\n', 'ssh'), []);
    const [f] = run('TCPKeepAlive no\n', 'sshd');
    assert.deepEqual(f.fixes?.[0].edits[0], { span: { line: 0, start: 15, end: 15 }, newText: '\nClientAliveInterval 300' });
  });
});
