// LSP protocol tests for issue #4 at three target releases: the computed
// hovers, the keepalive/timeout diagnostics and inlay hints, over stdio with
// the built server. The target comes once through initializationOptions and
// twice through workspace/configuration, as editors send it.
// Run: npm run build && node --import tsx --test test/lsp/timeouts.test.ts

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { docUri, LspClient, type StartOptions } from './client';

const SSHD = [
  '# close idle sessions after an hour', // 0
  'ClientAliveInterval 60', // 1
  'ClientAliveCountMax 60', // 2
  'LoginGraceTime 30', // 3
  'MaxStartups 50', // 4
  '',
].join('\n');

const SSHD_NEW = ['PerSourcePenalties authfail:10', 'ChannelTimeout session=5m', 'UnusedConnectionTimeout 10m', ''].join('\n');

const SSH = ['Host nat', '  ServerAliveInterval 300', '  ServerAliveCountMax 0', '  ConnectTimeout 10', ''].join('\n');

interface Expect {
  /** diagnostics (line:code) of each document */
  sshd: string[];
  sshdNew: string[];
  ssh: string[];
  /** patterns in the hover on the keyword of a line of SSHD / SSHD_NEW / SSH */
  hovers: [doc: 'sshd' | 'sshdNew' | 'ssh', line: number, re: RegExp][];
  /** inlay hint labels on SSHD */
  hints: string[];
}

const CASES: [string, StartOptions, Expect][] = [
  [
    '8.9',
    { initializationOptions: { targetVersion: '8.9' } },
    {
      sshd: ['1:keepalive-is-not-idle-timeout'],
      sshdNew: ['0:keyword-too-new', '1:keyword-too-new', '2:keyword-too-new'],
      ssh: ['2:server-alive-count-max-zero'],
      hovers: [
        ['sshd', 1, /cut about \*\*1 h 1 min\*\*/],
        ['sshd', 3, /after \*\*30 s\*\* is cut/],
        ['sshd', 3, /has no PerSourcePenalties/],
        ['sshd', 4, /50:30:50/],
        ['sshdNew', 2, /does not exist yet \(it arrived in 9\.2\)/],
        ['sshdNew', 0, /does not exist yet \(it arrived in 9\.8\)/],
        ['ssh', 1, /many home routers \(about 5 min\): \*\*may expire\*\*/],
        ['ssh', 3, /not up within \*\*10 s\*\*/],
      ],
      hints: ['1:= 1 min', '2:≈ 1 h 1 min dead-peer cut', '4:refuses all beyond 50 pending'],
    },
  ],
  [
    '9.2',
    { configuration: { targetVersion: '9.2' } },
    {
      sshd: ['1:keepalive-is-not-idle-timeout'],
      sshdNew: ['0:keyword-too-new', '1:channel-timeout-session'],
      ssh: ['2:server-alive-count-max-zero'],
      hovers: [
        ['sshd', 1, /cut about \*\*2 h 2 min\*\*/],
        ['sshdNew', 2, /no channel open\*\* for \*\*10 min\*\*/],
        ['sshdNew', 2, /this alone never ends an idle interactive session/],
        ['sshdNew', 1, /an interactive shell: \*\*never\*\* closed/],
        ['ssh', 2, /even when the server is fine/],
      ],
      hints: ['1:= 1 min', '2:≈ 2 h 2 min dead-peer cut', '4:refuses all beyond 50 pending'],
    },
  ],
  [
    'latest',
    { configuration: { targetVersion: 'latest' } },
    {
      sshd: ['1:keepalive-is-not-idle-timeout'],
      sshdNew: [],
      ssh: ['2:server-alive-count-max-zero'],
      hovers: [
        ['sshd', 3, /plus a random 0–4 s/],
        ['sshd', 3, /`grace-exceeded` penalty of 10 s/],
        ['sshd', 4, /after \*\*10\*\* unauthenticated connections, \*\*30 %\*\* of new ones are refused/],
        ['sshdNew', 0, /\| `authfail` \| 10 s \(line 1\) \| 5 s \|/],
        ['sshdNew', 1, /an interactive shell: closed after \*\*5 min\*\*/],
        ['sshdNew', 2, /idle logout after about 15 min/],
        ['ssh', 3, /ControlMaster socket/],
      ],
      hints: ['1:= 1 min', '2:≈ 1 h 1 min dead-peer cut', '4:refuses 30 % from 10 pending, 100 % at 50'],
    },
  ],
];

for (const [target, start, expect] of CASES) {
  describe(`LSP: keepalive and timeouts at target ${target}`, () => {
    let c: LspClient;
    const uris = {
      sshd: docUri(`timeouts-${target}/sshd_config`),
      sshdNew: docUri(`timeouts-${target}/sshd_config.d/new.conf`),
      ssh: docUri(`timeouts-${target}/ssh_config`),
    };
    const texts = { sshd: SSHD, sshdNew: SSHD_NEW, ssh: SSH };
    const diags: Record<string, string[]> = {};
    before(async () => {
      c = await LspClient.start(start);
      for (const k of ['sshd', 'sshdNew', 'ssh'] as const) {
        const ds = await c.openAndWait(uris[k], k === 'ssh' ? 'ssh_config' : 'sshd_config', texts[k]);
        diags[k] = ds.map((d) => `${d.range.start.line}:${String(d.code)}`).sort();
      }
    });
    after(async () => {
      await c?.dispose();
    });

    it('diagnostics', () => {
      assert.deepEqual(diags.sshd, [...expect.sshd].sort());
      assert.deepEqual(diags.sshdNew, [...expect.sshdNew].sort());
      assert.deepEqual(diags.ssh, [...expect.ssh].sort());
    });

    it('computed hovers', async () => {
      for (const [doc, line, re] of expect.hovers) {
        const character = texts[doc].split('\n')[line].search(/\S/) + 2;
        const h = await c.hover(uris[doc], { line, character });
        const md = (h?.contents as MarkupContent | undefined)?.value ?? '';
        assert.match(md, re, `${doc} line ${line}:\n${md}`);
      }
    });

    it('inlay hints', async () => {
      const hints = await c.request<{ position: { line: number }; label: string }[]>('textDocument/inlayHint', {
        textDocument: { uri: uris.sshd },
        range: { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } },
      });
      assert.deepEqual(hints.map((h) => `${h.position.line}:${h.label}`), expect.hints);
    });
  });
}
