import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { RULES } from '../../server/src/service/rules';
import { channelTimeoutRule } from '../../server/src/service/rules/channelTimeout';
import type { Rule } from '../../server/src/service/rules/types';

// Until the rule is listed in rules/index.ts, register it for this process.
if (!RULES.includes(channelTimeoutRule)) (RULES as Rule[]).push(channelTimeoutRule);

const service = createLanguageService();
let n = 0;
const run = (text: string, kind: 'sshd' | 'ssh', targetVersion: string) =>
  service.findings(service.parse({ uri: `mem://ct${++n}`, version: 1, getText: () => text }, kind, { targetVersion }), { targetVersion }).filter((f) => f.code.startsWith('channel-timeout'));
const codes = (text: string, kind: 'sshd' | 'ssh', v: string) => run(text, kind, v).map((f) => `${f.span.line}:${f.code}:${f.severity}`);

describe('channel-timeout syntax', () => {
  it('invalid entries are errors at every release', () => {
    for (const v of ['9.2', '9.7', '10.6']) {
      assert.deepEqual(codes('ChannelTimeout =5 session foo=1y session=\n', 'sshd', v), ['0:channel-timeout:error', '0:channel-timeout:error', '0:channel-timeout:error', '0:channel-timeout:error']);
    }
    assert.deepEqual(codes('ChannelTimeout session:*=5m x11-connection=1h30m\n', 'sshd', '9.2'), []);
  });

  it('per-release time grammar: +5 until 9.7, fractions read from 10.3 and kept from 10.6', () => {
    assert.deepEqual(codes('ChannelTimeout session:*=+5\n', 'sshd', '9.7'), []);
    assert.deepEqual(codes('ChannelTimeout session:*=+5\n', 'sshd', '10.4'), ['0:channel-timeout:error']);
    assert.deepEqual(codes('ChannelTimeout session:*=1.5\n', 'sshd', '9.2'), ['0:channel-timeout:error']);
    const [f] = run('ChannelTimeout session:*=0.5\n', 'sshd', '10.5');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /no timeout at all.*10\.6/);
    assert.deepEqual(codes('ChannelTimeout session:*=1.5\n', 'sshd', '10.6'), []);
  });

  it('none alone; combined is an error; a trailing none 9.2–9.6 kills connections', () => {
    assert.deepEqual(codes('ChannelTimeout none\n', 'sshd', '9.2'), []);
    assert.deepEqual(codes('ChannelTimeout none session:*=1\n', 'sshd', '9.2'), ['0:channel-timeout:error']);
    assert.match(run('ChannelTimeout session:*=1 none\n', 'sshd', '9.6')[0].message, /internal error: bad timeout none/);
    assert.match(run('ChannelTimeout session:*=1 none\n', 'sshd', '9.7')[0].message, /cannot be combined/);
  });
});

describe('channel-timeout-type', () => {
  it('misspelt or wrong-case types get a did-you-mean fix; wildcards are fine', () => {
    const [f] = run('ChannelTimeout sesion:*=5m\n', 'sshd', '10.6');
    assert.equal(f.code, 'channel-timeout-type');
    assert.equal(f.fixes?.[0].edits[0].newText, 'session:*');
    assert.deepEqual(f.fixes?.[0].edits[0].span, { line: 0, start: 15, end: 23 });
    assert.deepEqual(codes('ChannelTimeout Session=5m\n', 'sshd', '10.6'), ['0:channel-timeout-type:warning']);
    assert.deepEqual(codes('ChannelTimeout direct-*=1h *-connection=1h session:subsystem:backup=1h\n', 'sshd', '10.6'), []);
  });

  it('global needs 9.7', () => {
    assert.match(run('ChannelTimeout global=1h\n', 'sshd', '9.6')[0].message, /9\.7/);
    assert.deepEqual(codes('ChannelTimeout global=1h\n', 'sshd', '9.7'), []);
    assert.deepEqual(codes('ChannelTimeout global=1h\n', 'ssh', '9.6'), ['0:channel-timeout-type:warning']);
  });

  it('sshd calls tunnels "tun"; the client has its own types', () => {
    assert.equal(run('ChannelTimeout tun-connection=1h\n', 'sshd', '10.6')[0].fixes?.[0].edits[0].newText, 'tun');
    assert.deepEqual(codes('ChannelTimeout tun-connection=1h dynamic-tcpip=1h stdio-forward=1h\n', 'ssh', '10.6'), []);
    assert.deepEqual(codes('ChannelTimeout dynamic-tcpip=1h\n', 'sshd', '10.6'), ['0:channel-timeout-type:warning']);
  });

  it('ssh before 10.4 never relabels sessions', () => {
    assert.deepEqual(codes('ChannelTimeout session:*=1h\n', 'ssh', '9.6'), ['0:channel-timeout-type:warning']);
    assert.deepEqual(codes('ChannelTimeout session=1h\n', 'ssh', '10.3'), []);
  });
});

describe('channel-timeout-session (bz3994)', () => {
  it('session= misses shells up to 10.5, with a fix to session:*', () => {
    for (const v of ['9.2', '10.5']) {
      const [f] = run('ChannelTimeout session=5m\n', 'sshd', v);
      assert.equal(f.code, 'channel-timeout-session');
      assert.equal(f.fixes?.[0].edits[0].newText, 'session:*');
    }
    assert.deepEqual(codes('ChannelTimeout session=5m\n', 'sshd', '10.6'), []);
    assert.deepEqual(codes('ChannelTimeout session=5m\n', 'ssh', '10.4'), ['0:channel-timeout-session:warning']);
    assert.deepEqual(codes('ChannelTimeout sess*=5m\n', 'sshd', '9.2'), []);
  });
});

describe('channel-timeout-match and -ignored', () => {
  const M = 'ChannelTimeout session:*=1h\nMatch User backup\n  ChannelTimeout session:*=5m\n';
  it('sshd Match lines are not applied before 10.5', () => {
    assert.deepEqual(codes(M, 'sshd', '10.4'), ['2:channel-timeout-match:warning']);
    assert.deepEqual(codes(M, 'sshd', '10.5'), []);
    assert.deepEqual(codes('Host a\n  ChannelTimeout session=5m\n', 'ssh', '10.3'), []);
  });

  it('first line wins in a scope; ssh global lines beat later Host blocks', () => {
    const fs = run('ChannelTimeout session:*=1h\nChannelTimeout x11-connection=1h\n', 'sshd', '10.6');
    assert.deepEqual(fs.map((f) => `${f.span.line}:${f.code}`), ['1:channel-timeout-ignored']);
    assert.equal(fs[0].related?.[0].span.line, 0);
    assert.deepEqual(codes('Match User a\n ChannelTimeout session:*=1\nMatch User b\n ChannelTimeout session:*=2\n', 'sshd', '10.6'), []);
    assert.deepEqual(codes('ChannelTimeout session:*=1\nHost a\n ChannelTimeout session:*=2\n', 'ssh', '10.6'), ['2:channel-timeout-ignored:warning']);
    assert.deepEqual(codes('Host a\n ChannelTimeout session:*=1\nHost b\n ChannelTimeout session:*=2\n', 'ssh', '10.6'), []);
  });
});
