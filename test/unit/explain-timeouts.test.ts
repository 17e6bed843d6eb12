// The "Explain timeouts" model (server/src/service/semantics/explainTimeouts.ts)
// and its HTML (client/src/commands/explainTimeoutsView.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderExplainHtml } from '../../client/src/commands/explainTimeoutsView';
import { createLanguageService } from '../../server/src/service/languageService';
import type { Lane, ScenarioId, TimeoutExplanation } from '../../server/src/service/semantics/explainTimeouts';
import { TCP_KEEPALIVE_DEAD } from '../../server/src/service/semantics/explainTimeouts';

const service = createLanguageService();
let n = 0;
function explain(text: string, kind: 'sshd' | 'ssh', targetVersion?: string): TimeoutExplanation {
  const doc = service.parse({ uri: `mem://x${++n}`, version: 1, getText: () => text }, kind, { targetVersion });
  return service.explainTimeouts(doc, { targetVersion });
}
function lane(e: TimeoutExplanation, id: ScenarioId, scope = 'Global part'): Lane {
  const s = e.scenarios.find((x) => x.id === id);
  assert.ok(s, `scenario ${id}`);
  const l = s.lanes.find((x) => x.scope === scope);
  assert.ok(l, `${id}: lane ${scope} in ${JSON.stringify(s.lanes.map((x) => x.scope))} (same: ${s.same})`);
  return l;
}

const SEED = 'ClientAliveInterval 60\nClientAliveCountMax 60\n';

describe('explain timeouts: the original question', () => {
  const e = explain(SEED, 'sshd', '10.6');
  it('a vanished client is cut after 61 minutes by the two lines', () => {
    const l = lane(e, 'vanished');
    assert.equal(l.ends, 'connection');
    assert.equal(l.at, 3660);
    assert.deepEqual(l.by.map((b) => [b.text, b.line]), [['ClientAliveInterval 60', 0], ['ClientAliveCountMax 60', 1]]);
    assert.deepEqual(l.probes, { every: 60, until: 3660, answered: false });
  });
  it('an idle live client is never cut: probes are answered', () => {
    const l = lane(e, 'idle-alive');
    assert.equal(l.ends, 'nothing');
    assert.equal(l.probes?.answered, true);
  });
  it('no idle logout: a silent shell and a connection without channels stay', () => {
    assert.equal(lane(e, 'silent-shell').ends, 'nothing');
    assert.equal(lane(e, 'no-channel').ends, 'nothing');
  });
  it('probes every minute keep a 5-minute NAT mapping alive', () => {
    assert.equal(e.natIdle, 300);
    assert.equal(lane(e, 'nat').ends, 'nothing');
  });
  it('LoginGraceTime default 120 s', () => {
    const l = lane(e, 'login');
    assert.equal(l.at, 120);
    assert.equal(l.by[0].line, undefined);
  });
  it('every scenario has a horizon past its events', () => {
    for (const s of e.scenarios) for (const l of s.lanes) assert.ok(s.horizon > (l.at ?? 0), s.id);
  });
});

describe('explain timeouts: releases', () => {
  it('9.2–9.4 probe every 2 × interval: the cut doubles', () => {
    const l = lane(explain(SEED, 'sshd', '9.2'), 'vanished');
    assert.equal(l.at, 7320);
    assert.match(l.notes.join(' '), /9\.2–9\.4/);
    assert.equal(lane(explain(SEED, 'sshd', '9.5'), 'vanished').at, 3660);
  });
  it('ClientAliveCountMax 0: a cut of live clients at 8.1, no cut at all from 8.2', () => {
    const text = 'ClientAliveInterval 300\nClientAliveCountMax 0\n';
    const old = explain(text, 'sshd', '8.1');
    assert.equal(lane(old, 'idle-alive').ends, 'connection');
    assert.equal(lane(old, 'idle-alive').at, 300);
    assert.equal(lane(old, 'vanished').at, 300);
    const now = explain(text, 'sshd', '9.2');
    assert.equal(lane(now, 'idle-alive').ends, 'nothing');
    // only the kernel's TCP keepalive is left for a vanished client
    assert.equal(lane(now, 'vanished').at, TCP_KEEPALIVE_DEAD);
    assert.match(lane(now, 'vanished').caption, /turns the disconnection off/);
  });
  it('TCPKeepAlive no and no keepalive: a vanished client stays', () => {
    assert.equal(lane(explain('TCPKeepAlive no\n', 'sshd', '9.6'), 'vanished').ends, 'nothing');
  });
  it('ChannelTimeout session= misses shells before 10.6 (bz3994); session:* works', () => {
    const bad = lane(explain('ChannelTimeout session=10m\n', 'sshd', '9.2'), 'silent-shell');
    assert.equal(bad.ends, 'nothing');
    assert.match(bad.notes.join(' '), /bz3994/);
    const good = lane(explain('ChannelTimeout session:*=10m\n', 'sshd', '9.2'), 'silent-shell');
    assert.equal(good.ends, 'channel');
    assert.equal(good.at, 600);
    assert.equal(lane(explain('ChannelTimeout session=10m\n', 'sshd', '10.5'), 'silent-shell').ends, 'nothing');
    assert.equal(lane(explain('ChannelTimeout session=10m\n', 'sshd', '10.6'), 'silent-shell').at, 600);
  });
  it('ChannelTimeout global= counts from 9.7 only', () => {
    const before = lane(explain('ChannelTimeout global=15m\n', 'sshd', '9.6'), 'silent-shell');
    assert.equal(before.ends, 'nothing');
    assert.match(before.notes.join(' '), /9\.7/);
    assert.equal(lane(explain('ChannelTimeout global=15m\n', 'sshd', '9.7'), 'silent-shell').at, 900);
  });
  it('no ChannelTimeout or UnusedConnectionTimeout before 9.2', () => {
    const e = explain('ChannelTimeout session:*=10m\nUnusedConnectionTimeout 5m\n', 'sshd', '8.9');
    assert.match(lane(e, 'silent-shell').caption, /has no ChannelTimeout/);
    assert.match(lane(e, 'no-channel').caption, /no UnusedConnectionTimeout/);
  });
  it('UnusedConnectionTimeout ends a connection with no channel', () => {
    const l = lane(explain('UnusedConnectionTimeout 5m\n', 'sshd', '9.2'), 'no-channel');
    assert.equal(l.ends, 'connection');
    assert.equal(l.at, 300);
  });
  it('a rare probe cannot keep a NAT mapping: the path breaks, the keepalive notices', () => {
    const l = lane(explain('ClientAliveInterval 10m\nClientAliveCountMax 2\n', 'sshd', '9.6'), 'nat');
    assert.equal(l.ends, 'broken');
    assert.equal(l.at, 300);
    assert.equal(l.markers.find((m) => m.kind === 'detect')?.at, 1800);
  });
});

describe('explain timeouts: scopes', () => {
  const text = SEED + 'ChannelTimeout session:*=1h\nMatch User backup\n  ClientAliveCountMax 3\n  ChannelTimeout session:*=5m\nMatch User deploy\n  PermitTTY no\n';
  it('a Match block with its own values gets its own lane; others are "same as global"', () => {
    const e = explain(text, 'sshd', '10.5');
    assert.equal(lane(e, 'vanished', 'Match User backup').at, 240);
    assert.equal(lane(e, 'vanished', 'Match User backup').scopeLine, 3);
    assert.equal(lane(e, 'silent-shell', 'Match User backup').at, 300);
    const nat = e.scenarios.find((s) => s.id === 'nat');
    assert.deepEqual(nat?.same, ['Match User backup']);
    assert.ok(!e.scenarios.some((s) => s.lanes.some((l) => l.scope === 'Match User deploy')));
  });
  it('before 10.5 ChannelTimeout in Match is not applied: the global value rules', () => {
    const l = lane(explain(text, 'sshd', '10.4'), 'silent-shell', 'Match User backup');
    assert.equal(l.at, 3600);
    assert.match(l.notes.join(' '), /not applied.*10\.5/);
  });
});

describe('explain timeouts: ssh_config', () => {
  const text = 'Host slow\n  ServerAliveInterval 30\n  ServerAliveCountMax 0\nHost *\n  ServerAliveInterval 60\n  ConnectTimeout 10\n';
  const e = explain(text, 'ssh', '9.6');
  it('first value wins: Host * supplies 60 s × (3 + 1)', () => {
    const l = lane(e, 'vanished');
    assert.equal(l.at, 240);
    assert.equal(l.by[0].line, 4);
  });
  it('ServerAliveCountMax 0 quits an idle session after one interval', () => {
    const l = lane(e, 'idle-alive', 'Host slow');
    assert.equal(l.ends, 'connection');
    assert.equal(l.at, 30);
  });
  it('ConnectTimeout, and the system timeout without it', () => {
    assert.equal(lane(e, 'connect').at, 10);
    assert.equal(lane(explain('Host x\n', 'ssh', '9.6'), 'connect').by[0].text, 'ConnectTimeout none (default)');
  });
  it('the client relabels sessions only from 10.4: session= works on 9.6, session:* does not', () => {
    assert.equal(lane(explain('ChannelTimeout session=5m\n', 'ssh', '9.6'), 'silent-shell').at, 300);
    assert.equal(lane(explain('ChannelTimeout session:*=5m\n', 'ssh', '9.6'), 'silent-shell').ends, 'nothing');
    assert.equal(lane(explain('ChannelTimeout session:*=5m\n', 'ssh', '10.4'), 'silent-shell').at, 300);
  });
});

describe('explain timeouts: the view', () => {
  const e = explain(SEED + 'Match User backup\n  ClientAliveCountMax 3\n', 'sshd', '9.2');
  const html = renderExplainHtml(e, { fileName: 'sshd_config', cspSource: 'vscode-resource:', nonce: 'N0nce', lineLink: (l) => `command:x?${l}` });
  it('a strict CSP: no script, no remote content, one nonce style', () => {
    assert.match(html, /default-src 'none'; style-src vscode-resource: 'nonce-N0nce'/);
    assert.ok(!/<script/i.test(html));
    assert.ok(!/https?:\/\//.test(html.replace(/<meta[^>]*>/g, '')));
    assert.ok(!/ style="/.test(html), 'no inline style attributes (the CSP would block them)');
  });
  it('one card per scenario, one SVG per lane, links to the lines', () => {
    assert.equal((html.match(/<section class="scenario"/g) ?? []).length, e.scenarios.length);
    const lanes = e.scenarios.reduce((k, s) => k + s.lanes.length, 0);
    assert.equal((html.match(/<svg class="timeline"/g) ?? []).length, lanes);
    assert.match(html, /href="command:x\?0"/);
    assert.match(html, /Match User backup/);
    assert.match(html, /connection ends · 2 h 2 min/);
  });
  it('colours only from theme variables', () => {
    const css = html.slice(html.indexOf('<style'), html.indexOf('</style>'));
    assert.ok(!/#[0-9a-f]{3,6}\b|rgb\(/i.test(css), 'no literal colours');
    assert.match(css, /var\(--vscode-charts-red\)/);
  });
});

describe('explain timeouts: Included files', () => {
  const files: Record<string, string> = {
    '/etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nClientAliveInterval 60\nClientAliveCountMax 60\nMatch User backup\n  Include /etc/ssh/backup.conf\n',
    '/etc/ssh/sshd_config.d/10-hardening.conf': '# drop-in\nChannelTimeout session=1h\nUnusedConnectionTimeout 5m\nClientAliveCountMax 3\n',
    '/etc/ssh/backup.conf': 'ClientAliveCountMax 10\n',
  };
  const host = {
    readFile: async (p: string) => files[p] ?? { error: 'missing' },
    glob: async (p: string) => Object.keys(files).filter((f) => (p.endsWith('*.conf') ? f.startsWith(p.slice(0, -6)) && f.endsWith('.conf') : f === p)).sort(),
  };
  async function explainWith(target: string): Promise<TimeoutExplanation> {
    const doc = service.parse({ uri: `mem://inc${++n}`, version: 1, getText: () => files['/etc/ssh/sshd_config'] }, 'sshd', { targetVersion: target });
    const graph = await service.resolveIncludes('/etc/ssh/sshd_config', doc, host, { sshDir: '/etc/ssh' }, { targetVersion: target });
    return service.explainTimeouts(doc, { targetVersion: target }, graph);
  }
  it('a drop-in read first wins over the main file, and the view says where the line is', async () => {
    const e = await explainWith('9.2');
    const v = lane(e, 'vanished');
    // ClientAliveCountMax 3 from the drop-in beats the 60 below the Include (first value wins); 9.2 doubles.
    assert.equal(v.at, 120 * 4);
    assert.deepEqual([v.by[1].text, v.by[1].file, v.by[1].line], ['ClientAliveCountMax 3', '10-hardening.conf', 3]);
    assert.match(v.by[1].uri ?? '', /10-hardening\.conf$/);
    assert.equal(v.by[0].uri, undefined);
    const nc = lane(e, 'no-channel');
    assert.equal(nc.at, 300);
    assert.equal(nc.by[0].file, '10-hardening.conf');
    assert.match(lane(e, 'silent-shell').notes.join(' '), /bz3994/);
  });
  it('an Include inside a Match block is part of that block', async () => {
    const e = await explainWith('9.5');
    const l = lane(e, 'vanished', 'Match User backup');
    assert.equal(l.at, 60 * 11);
    assert.equal(l.scopeLine, 3);
    assert.equal(l.by[1].file, 'backup.conf');
  });
});
