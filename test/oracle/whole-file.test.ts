// The verdicts of the whole-file rules, asked of Debian's OpenSSH 9.2:
// for each small file, our findings (duplicate-keyword-*, shadowed-by-earlier-block,
// misleading-indentation, empty-block, never-matching-block) and what
// `sshd -T -C …` / `ssh -G` say is in effect. A line we call ignored must
// not be the effective value, the line we call the winner must be; a case
// where we stay silent shows why (the later value does take effect).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { findBinary, makeSandbox, type Sandbox } from './openssh';

const TARGET = '9.2';
const MINE = new Set(['duplicate-keyword-ignored', 'duplicate-keyword-overridden', 'shadowed-by-earlier-block', 'misleading-indentation', 'empty-block', 'never-matching-block']);

interface Case {
  name: string;
  kind: 'sshd' | 'ssh';
  text: string;
  /** sshd: the -C connection spec; ssh: the host name */
  for: string;
  /** our findings, "line:code" (0-based lines) */
  ours: string[];
  /** lines that must appear in the -T / -G output (effective values) */
  effective: string[];
  /** lines that must not appear */
  not?: string[];
}

const CASES: Case[] = [
  { name: 'global repeat: first wins', kind: 'sshd', text: 'LoginGraceTime 30\nPort 22\nLoginGraceTime 60\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['2:duplicate-keyword-ignored'], effective: ['logingracetime 30'] },
  { name: 'an alias sets its keyword', kind: 'sshd', text: 'KbdInteractiveAuthentication no\nChallengeResponseAuthentication yes\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['1:duplicate-keyword-ignored'], effective: ['kbdinteractiveauthentication no'] },
  { name: 'first line of a list wins', kind: 'sshd', text: 'AuthorizedKeysFile .ssh/first\nAuthorizedKeysFile .ssh/second\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['1:duplicate-keyword-ignored'], effective: ['authorizedkeysfile .ssh/first'] },
  { name: 'accumulating: every AllowUsers line counts', kind: 'sshd', text: 'AllowUsers alice\nAllowUsers bob\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: [], effective: ['allowusers alice', 'allowusers bob'] },
  { name: 'repeat inside one Match block', kind: 'sshd', text: 'Match User alice\n  MaxAuthTries 2\n  MaxAuthTries 5\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['2:duplicate-keyword-ignored'], effective: ['maxauthtries 2'] },
  { name: 'a Match value overrides an earlier global one (no finding)', kind: 'sshd', text: 'MaxAuthTries 9\nMatch User alice\n  MaxAuthTries 2\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: [], effective: ['maxauthtries 2'] },
  { name: 'Match all hides a later Match block', kind: 'sshd', text: 'Match all\n  MaxAuthTries 3\nMatch User alice\n  MaxAuthTries 2\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['3:shadowed-by-earlier-block'], effective: ['maxauthtries 3'] },
  { name: 'FingerprintHash: last wins', kind: 'sshd', text: 'FingerprintHash md5\nFingerprintHash sha256\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['0:duplicate-keyword-overridden'], effective: ['fingerprinthash SHA256'] },
  { name: 'IPQoS on 9.2: last wins', kind: 'sshd', text: 'IPQoS lowdelay\nIPQoS throughput\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['0:duplicate-keyword-overridden'], effective: ['ipqos throughput throughput'] },
  { name: 'MaxStartups on 9.2: last wins', kind: 'sshd', text: 'MaxStartups 10\nMaxStartups 20\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['0:duplicate-keyword-overridden'], effective: ['maxstartups 20:30:20'] },
  {
    name: 'a flush-left line after an indented Match body belongs to the block',
    kind: 'sshd',
    text: 'Match User alice\n    MaxAuthTries 2\nMaxSessions 3\n',
    for: 'user=bob,host=h,addr=192.0.2.1',
    ours: ['2:misleading-indentation'],
    effective: ['maxsessions 10'],
    not: ['maxsessions 3'],
  },
  { name: 'Match User alice User bob never matches (as alice)', kind: 'sshd', text: 'Match User alice User bob\n  MaxAuthTries 2\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['0:never-matching-block'], effective: ['maxauthtries 6'] },
  { name: 'Match User alice User bob never matches (as bob)', kind: 'sshd', text: 'Match User alice User bob\n  MaxAuthTries 2\n', for: 'user=bob,host=h,addr=192.0.2.1', ours: ['0:never-matching-block'], effective: ['maxauthtries 6'] },
  { name: 'UnusedConnectionTimeout none overrides an earlier time', kind: 'sshd', text: 'UnusedConnectionTimeout 1h\nUnusedConnectionTimeout none\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['0:duplicate-keyword-overridden'], effective: ['unusedconnectiontimeout none'] },
  { name: 'UnusedConnectionTimeout: a time after none is ignored', kind: 'sshd', text: 'UnusedConnectionTimeout none\nUnusedConnectionTimeout 1h\n', for: 'user=alice,host=h,addr=192.0.2.1', ours: ['1:duplicate-keyword-ignored'], effective: ['unusedconnectiontimeout none'] },
  { name: 'Host * before a specific block', kind: 'ssh', text: 'Host *\n  User admin\nHost backup\n  User root\n', for: 'backup', ours: ['3:shadowed-by-earlier-block'], effective: ['user admin'] },
  { name: 'the global part before a block', kind: 'ssh', text: 'Port 2200\nHost backup\n  Port 2222\n', for: 'backup', ours: ['2:shadowed-by-earlier-block'], effective: ['port 2200'] },
  { name: 'an earlier Host naming the same host', kind: 'ssh', text: 'Host web db\n  User a\nHost web\n  User b\n', for: 'web', ours: ['3:shadowed-by-earlier-block'], effective: ['user a'] },
  { name: 'specific first, Host * last (no finding)', kind: 'ssh', text: 'Host backup\n  User root\nHost *\n  User admin\n', for: 'backup', ours: [], effective: ['user root'] },
  { name: 'repeat in one block', kind: 'ssh', text: 'Host web\n  HostName a.example\n  HostName b.example\n', for: 'web', ours: ['2:duplicate-keyword-ignored'], effective: ['hostname a.example'] },
  { name: 'ConnectTimeout none leaves it unset', kind: 'ssh', text: 'ConnectTimeout none\nConnectTimeout 10\nConnectTimeout 20\n', for: 'web', ours: ['2:duplicate-keyword-ignored'], effective: ['connecttimeout 10'] },
  { name: 'SyslogFacility ignores Host blocks', kind: 'ssh', text: 'Host a\n  SyslogFacility USER\nHost b\n  SyslogFacility DAEMON\n', for: 'b', ours: ['3:duplicate-keyword-ignored'], effective: ['syslogfacility USER'] },
  { name: 'SetEnv first line wins', kind: 'ssh', text: 'Host x\n  SetEnv A=1\n  SetEnv B=2\n', for: 'x', ours: ['2:duplicate-keyword-ignored'], effective: ['setenv A=1'], not: ['setenv A=1 B=2'] },
  { name: 'IdentityFile accumulates', kind: 'ssh', text: 'Host *\n  IdentityFile ~/.ssh/one\nHost x\n  IdentityFile ~/.ssh/two\n', for: 'x', ours: [], effective: ['identityfile ~/.ssh/one', 'identityfile ~/.ssh/two'] },
  { name: 'StreamLocalBindMask on 9.2: last wins', kind: 'ssh', text: 'StreamLocalBindMask 0177\nStreamLocalBindMask 0077\n', for: 'x', ours: ['0:duplicate-keyword-overridden'], effective: ['streamlocalbindmask 077'] }, // printed with %#o
  { name: 'Host web !web never matches', kind: 'ssh', text: 'Host web !web\n  User nobody-here\n', for: 'web', ours: ['0:never-matching-block'], effective: [], not: ['user nobody-here'] },
  { name: 'Host a / Host b: the settings are b\'s only', kind: 'ssh', text: 'Host web\nHost db\n  User deploy\n', for: 'web', ours: ['0:empty-block'], effective: [], not: ['user deploy'] },
];

let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

function ours(c: Case): string[] {
  const service = createLanguageService();
  const doc = service.parse({ uri: 'mem://o', version: 1, getText: () => c.text }, c.kind, { targetVersion: TARGET });
  return service
    .findings(doc, { targetVersion: TARGET })
    .filter((f) => MINE.has(f.code))
    .map((f) => `${f.span.line}:${f.code}`);
}

function effective(c: Case, bin: string, i: number): { code: number; out: string; err: string } {
  const file = path.join(sb.dir, `whole-${i}.conf`);
  writeFileSync(file, c.text);
  const args = c.kind === 'sshd' ? ['-T', '-f', file, '-h', sb.hostKey, '-C', c.for] : ['-G', '-F', file, c.for];
  const r = spawnSync(bin, args, { env: sb.env, encoding: 'utf8' });
  return { code: r.status ?? 1, out: r.stdout, err: r.stderr };
}

describe('whole-file rules agree with OpenSSH 9.2 (sshd -T -C / ssh -G)', () => {
  CASES.forEach((c, i) => {
    it(`${c.kind}: ${c.name}`, (t) => {
      const bin = findBinary(c.kind);
      if (!bin) return t.skip(`${c.kind} not installed`);
      assert.deepEqual(ours(c), c.ours);
      const r = effective(c, bin, i);
      assert.equal(r.code, 0, r.err);
      const lines = new Set(r.out.split('\n'));
      for (const e of c.effective) assert.ok(lines.has(e), `"${e}" not in the effective configuration:\n${r.out}`);
      for (const e of c.not ?? []) assert.ok(!lines.has(e), `"${e}" is in the effective configuration`);
    });
  });
});

// The quick fixes, applied as an editor applies them, then asked of OpenSSH.
interface FixCase {
  name: string;
  kind: 'sshd' | 'ssh';
  text: string;
  code: string;
  title: RegExp;
  for: string;
  effective: string[];
  /** our findings of this code after the fix */
  after: number;
  /** text that must survive the fix */
  keeps: string[];
  /** the fix only moves lines: the same characters before and after */
  moves?: boolean;
}

const FIX_CASES: FixCase[] = [
  { name: 'use the ignored value on the winning line', kind: 'sshd', text: 'LoginGraceTime 30 # note\nPort 22\nLoginGraceTime 60\n', code: 'duplicate-keyword-ignored', title: /^Use this value/, for: 'user=alice,host=h,addr=192.0.2.1', effective: ['logingracetime 60'], after: 0, keeps: ['# note', 'Port 22'] },
  { name: 'move the flush-left line above the Match block', kind: 'sshd', text: 'Match User alice\n    MaxAuthTries 2\nMaxSessions 3\n', code: 'misleading-indentation', title: /^Move/, for: 'user=bob,host=h,addr=192.0.2.1', effective: ['maxsessions 3'], after: 0, keeps: ['Match User alice'], moves: true },
  { name: 'move the specific Host block above Host *', kind: 'ssh', text: 'Host *\n  User admin\nHost backup\n  User root\n', code: 'shadowed-by-earlier-block', title: /^Move/, for: 'backup', effective: ['user root'], after: 0, keeps: ['User admin'], moves: true },
];

function applyFirstFix(c: FixCase): string {
  const service = createLanguageService();
  const uri = 'mem://fix';
  const doc = service.parse({ uri, version: 1, getText: () => c.text }, c.kind, { targetVersion: TARGET });
  const diags = service.validate(doc, { targetVersion: TARGET }, uri).filter((d) => d.code === c.code);
  assert.ok(diags.length, `a ${c.code} finding`);
  const action = service.codeActions(doc, uri, diags[0].range, diags, { targetVersion: TARGET }).find((a) => c.title.test(a.title));
  assert.ok(action?.edit?.changes, `a fix matching ${c.title}`);
  const td = TextDocument.create(uri, c.kind, 1, c.text);
  return TextDocument.applyEdits(td, action.edit.changes[uri]);
}

describe('whole-file quick fixes, checked with OpenSSH 9.2', () => {
  FIX_CASES.forEach((c, i) => {
    it(`${c.kind}: ${c.name}`, (t) => {
      const bin = findBinary(c.kind);
      if (!bin) return t.skip(`${c.kind} not installed`);
      const text = applyFirstFix(c);
      const fixedCase: Case = { name: c.name, kind: c.kind, text, for: c.for, ours: [], effective: c.effective };
      assert.equal(ours(fixedCase).filter((x) => x.endsWith(c.code)).length, c.after, text);
      // No comment lost; a move keeps every non-blank character.
      for (const k of c.keeps) assert.ok(text.includes(k), `"${k}" lost:\n${text}`);
      const chars = (x: string) => [...x.replace(/\s/g, '')].sort().join('');
      if (c.moves) assert.equal(chars(text), chars(c.text));
      const r = effective(fixedCase, bin, 100 + i);
      assert.equal(r.code, 0, r.err);
      const lines = new Set(r.out.split('\n'));
      for (const e of c.effective) assert.ok(lines.has(e), `"${e}" not in the effective configuration after the fix:\n${text}\n---\n${r.out}`);
    });
  });
});
