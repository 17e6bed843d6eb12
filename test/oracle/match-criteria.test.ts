// OpenSSH as the oracle for the match-criteria / host-pattern rule.
//
// Each case below is one Match or Host line in a file of its own. The installed
// OpenSSH (Debian 9.2p1 in CI) judges it — `sshd -t -f FILE -h KEY` for
// sshd_config, `ssh -G -F FILE somehost` for ssh_config — and so does our
// service at target 9.2. The verdicts compared are "OpenSSH refuses the file"
// (non-zero exit) and "we report an ERROR coded match-criteria or host-pattern".
// Warnings are not errors: a line we only warn about must be one OpenSSH accepts.
// The machine-dependent parts are pinned by ./openssh.ts makeSandbox(): a
// throwaway host key, a private HOME, and a SHELL stub that makes every
// `Match exec` false without running anything.
// Run: node --import tsx --test test/oracle/match-criteria.test.ts

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import type { Finding } from '../../server/src/service/rules/types';
import { matchCriteriaRule } from '../../server/src/service/rules/matchCriteria';
import { findBinary, makeSandbox, mapLimit, opensshVersion, runOpenSSH, TARGET, type Kind, type Sandbox } from './openssh';

const CASES: Record<Kind, string[]> = {
  sshd: [
    'Match User alice',
    'Match user alice',
    'Match USER alice,bob',
    'Match User=alice',
    'Match User = alice',
    'Match Usr alice',
    'Match User',
    'Match User alice bob',
    'Match !User alice',
    'Match User !root',
    'Match All',
    'Match all # comment',
    'Match All User alice',
    'Match User alice All',
    'Match # only a comment',
    'Match User alice # trailing comment',
    'Match Group wheel,admin',
    'Match Group',
    'Match Host *.example.com',
    'Match Address 192.0.2.0/24,10.0.0.0/8',
    'Match Address 192.0.2.1/24',
    'Match Address 10.0.0.0/33',
    'Match Address 10.0.0.0/129',
    'Match Address 2001:db8::/32',
    'Match Address 2001:db8::1/32',
    'Match Address 10.0.0.0/8,',
    'Match Address !10.0.0.0/8,*',
    'Match Address 10.0.0.*',
    'Match Address 10.1/16',
    'Match Address 0x0a000000/8',
    'Match Address 192.168.1.0/24 User alice',
    'Match LocalAddress 127.0.0.1',
    'Match LocalAddress ::1/64',
    'Match LocalPort 22',
    'Match LocalPort 65536',
    'Match LocalPort 22,2222',
    'Match LocalPort ssh',
    'Match LocalPort nosuchservice',
    'Match RDomain 0',
    'Match Invalid-User',
    'Match Version OpenSSH_9*',
    'Match LocalUser bob',
    'Match User==alice',
    'Match User "alice bob"',
    'Match User alice,',
    'Match User alice ==x',
    'Match all "" x',
    'Match Address 010.0.0.0/8',
    'Match Address 1.2.3.4.5',
    'Match Address ::ffff:10.0.0.1/120',
    'Match Address !',
    'Match Address 10.0.0.0/08',
    'Match Address 10.0.0.0/',
    'Match Address fe80::/10,!fe80::1',
    'Match Address fe80::1%eth0/64',
    'Match Address fe80::%eth0/64',
    'Match User "x y"=z',
    'Match User alice ""',
  ],
  ssh: [
    'Host example.com',
    'Host *.example.com !bad.example.com',
    'Host !a !b',
    'Host ""',
    'Host a,b',
    'Host # only a comment',
    'Host=foo',
    'Match host example.com',
    'Match Host example.com',
    'Match host=example.com',
    'Match !host example.com',
    'Match all',
    'Match canonical all',
    'Match final all',
    'Match host x all',
    'Match canonical final all',
    'Match all host x',
    'Match !all',
    'Match canonical',
    'Match !canonical !final',
    'Match canonical yes',
    'Match exec "test -f /nonexistent"',
    'Match exec test -f /nonexistent',
    'Match exec=true',
    'Match user',
    'Match usr bob',
    'Match originalhost foo',
    'Match localuser root',
    'Match localnetwork 10.0.0.0/8',
    'Match tagged foo',
    'Match version OpenSSH*',
    'Match sessiontype shell',
    'Match command ls',
    'Match Address 1.2.3.4',
    'Match # only a comment',
    'Match host a # trailing comment',
    'Match host a b',
    "Match user 'bob'",
    'Match host ""',
    'Match host a,b user c',
    'Match user !root',
    'Host a "" b',
    'Match host = foo',
    "Match exec 'test -f /nonexistent'",
    'Match final # trailing comment',
    'Match host a "" b',
    'Match host "a"=b',
  ],
};

/**
 * Disagreements we understand and accept, keyed "<kind>:<line>". Anything not
 * listed fails the test, and so does an entry that now agrees.
 */
const KNOWN_DISAGREEMENTS: Record<string, string> = {
  'sshd:Match LocalPort nosuchservice':
    'a2port() falls back to getservbyname() (7.9+): whether a name is a port depends on the server\'s /etc/services. We accept the common service names and only WARN about other names, since they may exist on the server.',
};

const OUR_CODES = new Set(matchCriteriaRule.codes);
const service = createLanguageService();
let n = 0;

/** Our findings for a file: the service's (minus our codes, in case the rule is registered) plus the rule run directly. */
function ours(kind: Kind, text: string): { mine: Finding[]; others: Finding[] } {
  const doc = service.parse({ uri: `mem://oracle-match-${++n}`, version: 1, getText: () => text }, kind);
  const others = service.findings(doc, { targetVersion: TARGET }).filter((f) => !OUR_CODES.has(f.code));
  const mine: Finding[] = [];
  matchCriteriaRule.check(doc, { kind, target: service.target({ targetVersion: TARGET }) }, (f) => mine.push(f));
  return { mine, others };
}

let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

describe(`oracle: Match / Host lines vs OpenSSH (target ${TARGET})`, () => {
  for (const kind of ['sshd', 'ssh'] as const) {
    it(`${kind}: ${CASES[kind].length} lines`, async (t) => {
      const bin = findBinary(kind);
      if (!bin || (kind === 'sshd' && !findBinary('sshd'))) {
        t.skip(`${kind} is not installed: OpenSSH oracle not run`);
        return;
      }
      if (kind === 'sshd') assert.equal(sb.hostKeyError, undefined, 'sshd -t needs a throwaway host key');
      for (const note of sb.notes.splice(0)) t.diagnostic(`note: ${note}`);
      const dir = path.join(sb.dir, `match-${kind}`);
      mkdirSync(dir, { recursive: true });
      const files = CASES[kind].map((line, i) => {
        const f = path.join(dir, `${String(i).padStart(2, '0')}.conf`);
        writeFileSync(f, `${line}\n`);
        return f;
      });
      const results = await mapLimit(files, 8, (f) => runOpenSSH(kind, bin, f, sb));
      let agree = 0;
      const lines: string[] = [];
      const unexpected: string[] = [];
      const seen = new Set<string>();
      CASES[kind].forEach((line, i) => {
        const r = results[i];
        assert.ok(r.code >= 0, `${kind}: OpenSSH timed out on ${line}`);
        const { mine, others } = ours(kind, `${line}\n`);
        // The inputs must be about Match/Host only: no other rule may find an error in them.
        const foreign = others.filter((f) => f.severity === 'error');
        assert.deepEqual(foreign.map((f) => `${f.code}: ${f.message}`), [], `${kind} case "${line}" trips another rule`);
        const opensshRejects = r.code !== 0;
        const weReject = mine.some((f) => f.severity === 'error');
        const said = r.stderr
          .split(/\r?\n/)
          .filter((l) => l.trim() && !/^Pseudo-terminal/.test(l))
          .map((l) => l.replace(files[i], 'FILE'))
          .join(' / ');
        const ourText = mine.map((f) => `${f.severity} ${f.code}: ${f.message}`).join(' | ') || 'nothing';
        const key = `${kind}:${line}`;
        if (opensshRejects === weReject) {
          agree++;
          return;
        }
        seen.add(key);
        const text = `${line}  OpenSSH: ${opensshRejects ? `rejects (${said})` : 'accepts'}  ours: ${ourText}`;
        const known = KNOWN_DISAGREEMENTS[key];
        lines.push(`  DISAGREE ${text}${known ? `\n    known: ${known}` : '\n    NOT in KNOWN_DISAGREEMENTS'}`);
        if (!known) unexpected.push(text);
      });
      t.diagnostic(`oracle match: ${agree} agree / ${CASES[kind].length} (${kind}, ${opensshVersion(findBinary('ssh') ?? 'ssh')}, target ${TARGET})`);
      for (const l of lines) for (const x of l.split('\n')) t.diagnostic(x);
      const stale = Object.keys(KNOWN_DISAGREEMENTS).filter((k) => k.startsWith(`${kind}:`) && !seen.has(k));
      for (const s of stale) t.diagnostic(`  STALE KNOWN_DISAGREEMENTS entry (now agrees): ${s}`);
      assert.deepEqual(unexpected, [], `disagreements with OpenSSH not listed in KNOWN_DISAGREEMENTS:\n${unexpected.join('\n')}`);
      assert.deepEqual(stale, [], 'KNOWN_DISAGREEMENTS entries that no longer disagree: remove them');
      // The comparison is not vacuous: OpenSSH refused a good share of the lines.
      assert.ok(results.filter((r) => r.code !== 0).length >= 10, `${kind}: OpenSSH rejected fewer lines than expected`);
    });
  }
});
