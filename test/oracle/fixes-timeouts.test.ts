// Every quick fix of the keepalive/timeout rules (issue #4), applied the way an
// editor applies the code action, then checked by Debian's OpenSSH 9.2: the
// fixed file is accepted (sshd -t / ssh -G), the finding is gone, and
// sshd -T / ssh -G print the intended value. (fixes.test.ts covers the idle
// logout, ClientAliveCountMax 0 and TMOUT in sshd_config.)

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { applyEdits, findBinary, makeSandbox, type Sandbox } from './openssh';

const TARGET = '9.2';
let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

const codesOf = (text: string, kind: 'sshd' | 'ssh') => {
  const service = createLanguageService();
  const uri = `mem://${Math.random()}`;
  const doc = service.parse({ uri, version: 1, getText: () => text }, kind, { targetVersion: TARGET });
  return { service, uri, doc, diags: service.validate(doc, { targetVersion: TARGET }, uri) };
};

function fix(text: string, kind: 'sshd' | 'ssh', code: string, title: RegExp): string {
  const { service, uri, doc, diags } = codesOf(text, kind);
  const mine = diags.filter((d) => d.code === code);
  assert.ok(mine.length, `a ${code} finding in ${JSON.stringify(text)}: ${diags.map((d) => d.code).join(', ')}`);
  const action = service.codeActions(doc, uri, mine[0].range, mine, { targetVersion: TARGET }).find((a) => title.test(a.title));
  assert.ok(action, `a fix matching ${title}`);
  return applyEdits(text, action.edit?.changes?.[uri] ?? []);
}

/** sshd -t status and sshd -T output, or ssh -G status and output. */
function openssh(bin: string, kind: 'sshd' | 'ssh', text: string, name: string): { code: number; out: string; err: string } {
  const file = path.join(sb.dir, name);
  writeFileSync(file, text);
  if (kind === 'ssh') {
    const g = spawnSync(bin, ['-G', '-F', file, 'example.org'], { env: sb.env, encoding: 'utf8' });
    return { code: g.status ?? 1, out: g.stdout, err: g.stderr };
  }
  const t = spawnSync(bin, ['-t', '-f', file, '-h', sb.hostKey], { env: sb.env, encoding: 'utf8' });
  const T = spawnSync(bin, ['-T', '-f', file, '-h', sb.hostKey, '-C', 'user=alice,host=h,addr=192.0.2.1'], { env: sb.env, encoding: 'utf8' });
  return { code: t.status ?? 1, out: T.stdout, err: `${t.stderr}${T.stderr}` };
}

interface Case {
  name: string;
  kind: 'sshd' | 'ssh';
  text: string;
  code: string;
  title: RegExp;
  /** a line sshd -T / ssh -G must print after the fix */
  shows: RegExp;
  /** OpenSSH refuses the text before the fix */
  refusedBefore?: boolean;
}

const CASES: Case[] = [
  { name: 'ChannelTimeout session= → session:* (bz3994)', kind: 'sshd', text: 'ChannelTimeout session=5m\n', code: 'channel-timeout-session', title: /session:\*/, shows: /^channeltimeout session:\*=5m$/m },
  { name: 'ChannelTimeout unknown type → did you mean', kind: 'sshd', text: 'ChannelTimeout sesion:*=5m\n', code: 'channel-timeout-type', title: /session:\*/, shows: /^channeltimeout session:\*=5m$/m },
  { name: 'TCPKeepAlive no → add ClientAliveInterval', kind: 'sshd', text: 'TCPKeepAlive no\n', code: 'tcp-keepalive-off', title: /ClientAliveInterval/, shows: /^clientaliveinterval 300$/m },
  { name: 'TCPKeepAlive no → add ServerAliveInterval', kind: 'ssh', text: 'TCPKeepAlive no\n', code: 'tcp-keepalive-off', title: /ServerAliveInterval/, shows: /^serveraliveinterval 60$/m },
  { name: 'ServerAliveCountMax 0 → 3', kind: 'ssh', text: 'ServerAliveInterval 30\nServerAliveCountMax 0\n', code: 'server-alive-count-max-zero', title: /ServerAliveCountMax 3/, shows: /^serveralivecountmax 3$/m },
  { name: 'ClientAliveInterval in ssh_config → ServerAliveInterval', kind: 'ssh', text: 'ClientAliveInterval 30\n', code: 'other-file-keyword', title: /ServerAliveInterval/, shows: /^serveraliveinterval 30$/m, refusedBefore: true },
  { name: 'ServerAliveInterval in sshd_config → ClientAliveInterval', kind: 'sshd', text: 'ServerAliveInterval 30\n', code: 'other-file-keyword', title: /ClientAliveInterval/, shows: /^clientaliveinterval 30$/m, refusedBefore: true },
  { name: 'TMOUT in ssh_config → removed', kind: 'ssh', text: 'TMOUT=600\nServerAliveInterval 15\n', code: 'tmout-in-config', title: /Remove/, shows: /^serveraliveinterval 15$/m, refusedBefore: true },
];

describe('keepalive and timeout quick fixes, checked with OpenSSH 9.2', () => {
  for (const c of CASES) {
    it(c.name, (t) => {
      const bin = findBinary(c.kind);
      if (!bin) return t.skip(`${c.kind} not installed`);
      const name = c.name.replace(/\W+/g, '-');
      if (c.refusedBefore) assert.notEqual(openssh(bin, c.kind, c.text, `${name}-before.conf`).code, 0, 'OpenSSH refuses the file before the fix');
      const out = fix(c.text, c.kind, c.code, c.title);
      const r = openssh(bin, c.kind, out, `${name}.conf`);
      assert.equal(r.code, 0, `${out}\n${r.err}`);
      assert.match(r.out, c.shows, out);
      assert.ok(!codesOf(out, c.kind).diags.some((d) => d.code === c.code), `the ${c.code} finding is gone:\n${out}`);
    });
  }
});
