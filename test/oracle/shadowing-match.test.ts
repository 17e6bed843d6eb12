// Issue #5 oracle: shadowed-by-earlier-block for Match blocks, against Debian's
// OpenSSH 9.2p1 (`ssh -G -F FILE [-l USER] HOST`, `sshd -T -f FILE -h KEY -C SPEC`).
//
// For every case we compare our findings (target 9.2) with the expected lines,
// then ask OpenSSH, per probe connection:
//   - a reported line: its value is NOT the effective one in the file as
//     written, and IS the effective one once the line we name as the winner
//     (the finding's related span) is commented out — so the probe really is a
//     connection the later block matches, and it is the named line that hides it;
//   - a near miss (nothing reported): the later block's value IS the effective
//     one for the probe, so a report would have been wrong.
// The machine-dependent parts are pinned by ./openssh.ts makeSandbox() (private
// HOME, throwaway host key). `localuser` cases use the account running the test.
// Run: node --import tsx --test test/oracle/shadowing-match.test.ts

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { nodeIncludeHost } from '../../server/src/includeHost';
import { createLanguageService } from '../../server/src/service/languageService';
import type { Finding } from '../../server/src/service/rules/types';
import { findBinary, makeSandbox, TARGET, type Kind, type Sandbox } from './openssh';

const ME = userInfo().username;
const SSHD_BASE = 'user=alice,host=client.example.org,addr=192.0.2.1';

interface Case {
  name: string;
  kind: Kind;
  text: string;
  /** 1-based lines we report as shadowed-by-earlier-block */
  ours: number[];
  /** the later block's value, as -G / -T prints it */
  value: string;
  /** ssh: the arguments before -F… are added (e.g. ['-l', 'bob', 'web']); sshd: the -C connection spec */
  probes: string[][];
}

const CASES: Case[] = [
  // ---------------------------------------------------------------- ssh: reported
  {
    name: 'Host pattern without letters covers Match originalhost (an address)',
    kind: 'ssh',
    text: 'Host 10.0.0.*\n  Port 1111\nMatch originalhost 10.0.0.5\n  Port 2222\n',
    ours: [4],
    value: 'port 2222',
    probes: [['10.0.0.5']],
  },
  {
    name: 'Host *.* covers Match originalhost in any case of the typed name',
    kind: 'ssh',
    text: 'Host *.*\n  User first\nMatch originalhost web.example.com\n  User second\n',
    ours: [4],
    value: 'user second',
    probes: [['web.example.com'], ['WEB.EXAMPLE.COM'], ['Web.Example.Com']],
  },
  {
    name: 'Match originalhost with a wildcard covers a narrower Match originalhost with one more criterion',
    kind: 'ssh',
    text: 'Match originalhost *.example.com\n  Port 1111\nMatch originalhost db.example.com user admin\n  Port 2222\n',
    ours: [4],
    value: 'port 2222',
    probes: [['-l', 'admin', 'db.example.com'], ['-l', 'admin', 'DB.example.COM']],
  },
  {
    name: 'Match originalhost list covers one of its names',
    kind: 'ssh',
    text: 'Match originalhost web,db\n  User alice\nMatch originalhost web\n  User bob\n',
    ours: [4],
    value: 'user bob',
    probes: [['web'], ['WEB']],
  },
  {
    name: 'earlier negation that does not exclude the later name',
    kind: 'ssh',
    text: 'Match originalhost *,!secret\n  Port 1111\nMatch originalhost web\n  Port 2222\n',
    ours: [4],
    value: 'port 2222',
    probes: [['web']],
  },
  {
    name: 'Match user with no User line in between',
    kind: 'ssh',
    text: 'Match user admin\n  Port 1111\nMatch user admin originalhost web\n  Port 2222\n',
    ours: [4],
    value: 'port 2222',
    probes: [['-l', 'admin', 'web']],
  },
  {
    name: 'Match host with no HostName line in between',
    kind: 'ssh',
    text: 'Match host *.internal\n  Port 1111\nMatch host db.internal\n  Port 2222\n',
    ours: [4],
    value: 'port 2222',
    probes: [['db.internal'], ['DB.Internal']],
  },
  {
    name: 'Match localuser',
    kind: 'ssh',
    text: `Match localuser ${ME},nobody\n  ForwardAgent yes\nMatch localuser ${ME} originalhost web\n  ForwardAgent no\n`,
    ours: [4],
    value: 'forwardagent no',
    probes: [['web']],
  },
  {
    name: 'a negated criterion of the later block only narrows it',
    kind: 'ssh',
    text: 'Match originalhost web\n  Port 1111\nMatch originalhost web !user root\n  Port 2222\n',
    ours: [4],
    value: 'port 2222',
    probes: [['-l', 'bob', 'web']],
  },
  {
    name: 'the earliest covering block is named when several cover',
    kind: 'ssh',
    text: 'Match originalhost w*,d*\n  Port 1111\nMatch originalhost web,db\n  Port 3333\nMatch originalhost web\n  Port 2222\n',
    ours: [4, 6],
    value: 'port 2222',
    probes: [['web']],
  },
  {
    name: 'the global part hides a Match final block (values of the first pass stay)',
    kind: 'ssh',
    text: 'Port 1111\nMatch final originalhost web\n  Port 2222\n',
    ours: [3],
    value: 'port 2222',
    probes: [['web']],
  },
  // ---------------------------------------------------------------- ssh: near misses
  {
    name: 'near miss: Host web vs Match originalhost web (ssh WEB matches only the Match)',
    kind: 'ssh',
    text: 'Host web\n  Port 1111\nMatch originalhost web\n  Port 2222\n',
    ours: [],
    value: 'port 2222',
    probes: [['WEB'], ['Web']],
  },
  {
    name: 'near miss: Host *.example.com vs Match originalhost db.example.com',
    kind: 'ssh',
    text: 'Host *.example.com\n  Port 1111\nMatch originalhost db.example.com\n  Port 2222\n',
    ours: [],
    value: 'port 2222',
    probes: [['DB.EXAMPLE.COM']],
  },
  {
    name: 'near miss: a HostName line between two Match host blocks',
    kind: 'ssh',
    text: 'Match host bar\n  Port 1111\nHost foo\n  HostName bar\nMatch host bar\n  Port 2222\n',
    ours: [],
    value: 'port 2222',
    probes: [['foo']],
  },
  {
    name: 'near miss: a User line between two Match user blocks',
    kind: 'ssh',
    text: 'Match user bob\n  Port 1111\nHost x\n  User bob\nMatch user bob\n  Port 2222\n',
    ours: [],
    value: 'port 2222',
    probes: [['x']],
  },
  {
    name: 'near miss: an earlier Match final block applies only in the final pass',
    kind: 'ssh',
    text: 'Match final host web\n  Port 1111\nMatch originalhost web\n  Port 2222\n',
    ours: [],
    value: 'port 2222',
    probes: [['web']],
  },
  {
    name: 'near miss: an earlier Match canonical block (no final pass without canonicalisation)',
    kind: 'ssh',
    text: 'Match canonical originalhost web\n  Port 1111\nMatch originalhost web\n  Port 2222\n',
    ours: [],
    value: 'port 2222',
    probes: [['web']],
  },
  {
    name: 'near miss: the earlier negation excludes the later name',
    kind: 'ssh',
    text: 'Match originalhost *,!secret\n  Port 1111\nMatch originalhost secret\n  Port 2222\n',
    ours: [],
    value: 'port 2222',
    probes: [['secret']],
  },
  {
    name: 'near miss: the earlier block has a criterion the later one lacks',
    kind: 'ssh',
    text: 'Match originalhost web user admin\n  Port 1111\nMatch originalhost web\n  Port 2222\n',
    ours: [],
    value: 'port 2222',
    probes: [['-l', 'bob', 'web']],
  },
  {
    name: 'near miss: Match originalhost before Host (Host compares the HostName in the final pass)',
    kind: 'ssh',
    text: 'Host alias\n  HostName web\nMatch originalhost web\n  Port 1111\nHost web\n  Port 2222\nMatch final\n  Compression yes\n',
    ours: [],
    value: 'port 2222',
    probes: [['alias']],
  },
  // ---------------------------------------------------------------- sshd: reported
  {
    name: 'Match User covers Match User + Address',
    kind: 'sshd',
    text: 'Match User alice\n  MaxAuthTries 3\nMatch User alice Address 10.0.0.0/8\n  MaxAuthTries 2\n',
    ours: [4],
    value: 'maxauthtries 2',
    probes: [['user=alice,host=h,addr=10.1.2.3']],
  },
  {
    name: 'Address CIDR contains the later CIDR (later negation ignored)',
    kind: 'sshd',
    text: 'Match Address 10.0.0.0/8\n  X11Forwarding no\nMatch Address 10.1.0.0/16,!10.1.2.3 User bob\n  X11Forwarding yes\n',
    ours: [4],
    value: 'x11forwarding yes',
    probes: [['user=bob,host=h,addr=10.1.0.9']],
  },
  {
    name: 'User list covers one of its names',
    kind: 'sshd',
    text: 'Match User alice,bob\n  PermitTTY no\nMatch User bob\n  PermitTTY yes\n',
    ours: [4],
    value: 'permittty yes',
    probes: [['user=bob,host=h,addr=192.0.2.1']],
  },
  {
    name: 'User with a negation that does not exclude the later name',
    kind: 'sshd',
    text: 'Match User *,!root\n  PermitTTY no\nMatch User alice\n  PermitTTY yes\n',
    ours: [4],
    value: 'permittty yes',
    probes: [[SSHD_BASE]],
  },
  {
    name: 'Host pattern covers a host name in any case',
    kind: 'sshd',
    text: 'Match Host *.example.com\n  MaxSessions 3\nMatch Host db.example.com\n  MaxSessions 7\n',
    ours: [4],
    value: 'maxsessions 7',
    probes: [['user=alice,host=db.example.com,addr=192.0.2.1'], ['user=alice,host=DB.Example.com,addr=192.0.2.1']],
  },
  {
    name: 'LocalPort equality',
    kind: 'sshd',
    text: 'Match LocalPort 2222\n  MaxAuthTries 3\nMatch LocalPort 2222 User alice\n  MaxAuthTries 2\n',
    ours: [4],
    value: 'maxauthtries 2',
    probes: [[`${SSHD_BASE},laddr=192.0.2.9,lport=2222`]],
  },
  {
    name: 'LocalAddress CIDR contains the later address',
    kind: 'sshd',
    text: 'Match LocalAddress 192.0.2.0/24\n  MaxAuthTries 3\nMatch LocalAddress 192.0.2.7\n  MaxAuthTries 2\n',
    ours: [4],
    value: 'maxauthtries 2',
    probes: [[`${SSHD_BASE},laddr=192.0.2.7,lport=22`]],
  },
  {
    name: 'IPv6 Address CIDR contains the later address',
    kind: 'sshd',
    text: 'Match Address 2001:db8::/32\n  MaxAuthTries 3\nMatch Address 2001:db8:1::5\n  MaxAuthTries 2\n',
    ours: [4],
    value: 'maxauthtries 2',
    probes: [['user=alice,host=h,addr=2001:db8:1::5']],
  },
  {
    name: 'Group list covers the later group (literal)',
    kind: 'sshd',
    text: 'Match Group root,adm\n  PermitTTY no\nMatch Group root User root\n  PermitTTY yes\n',
    ours: [4],
    value: 'permittty yes',
    probes: [['user=root,host=h,addr=192.0.2.1']],
  },
  {
    name: 'RDomain pattern',
    kind: 'sshd',
    text: 'Match RDomain blue,green\n  MaxAuthTries 3\nMatch RDomain blue User alice\n  MaxAuthTries 2\n',
    ours: [4],
    value: 'maxauthtries 2',
    probes: [[`${SSHD_BASE},rdomain=blue`]],
  },
  // ---------------------------------------------------------------- sshd: near misses
  {
    name: 'near miss: the earlier block has one more criterion',
    kind: 'sshd',
    text: 'Match User alice Address 10.0.0.0/8\n  MaxAuthTries 3\nMatch User alice\n  MaxAuthTries 2\n',
    ours: [],
    value: 'maxauthtries 2',
    probes: [[SSHD_BASE]],
  },
  {
    name: 'near miss: the earlier negation excludes the later user',
    kind: 'sshd',
    text: 'Match User *,!root\n  PermitTTY no\nMatch User root\n  PermitTTY yes\n',
    ours: [],
    value: 'permittty yes',
    probes: [['user=root,host=h,addr=192.0.2.1']],
  },
  {
    name: 'near miss: a narrower CIDR before a wider one',
    kind: 'sshd',
    text: 'Match Address 10.0.0.0/16\n  MaxAuthTries 3\nMatch Address 10.0.0.0/8\n  MaxAuthTries 2\n',
    ours: [],
    value: 'maxauthtries 2',
    probes: [['user=alice,host=h,addr=10.200.0.1']],
  },
  {
    name: 'near miss: User is case-sensitive',
    kind: 'sshd',
    text: 'Match User Alice\n  MaxAuthTries 3\nMatch User alice\n  MaxAuthTries 2\n',
    ours: [],
    value: 'maxauthtries 2',
    probes: [[SSHD_BASE]],
  },
  {
    name: 'near miss: another LocalPort',
    kind: 'sshd',
    text: 'Match LocalPort 22\n  MaxAuthTries 3\nMatch LocalPort 2222\n  MaxAuthTries 2\n',
    ours: [],
    value: 'maxauthtries 2',
    probes: [[`${SSHD_BASE},laddr=192.0.2.9,lport=2222`]],
  },
  {
    name: 'near miss: UnusedConnectionTimeout none overrides an earlier Match all value',
    kind: 'sshd',
    text: 'Match all\n  UnusedConnectionTimeout 5m\nMatch User alice\n  UnusedConnectionTimeout none\n',
    ours: [],
    value: 'unusedconnectiontimeout none',
    probes: [[SSHD_BASE]],
  },
];

let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

function ourFindings(c: Case): Finding[] {
  const service = createLanguageService();
  const doc = service.parse({ uri: 'mem://shadow', version: 1, getText: () => c.text }, c.kind, { targetVersion: TARGET });
  return service.findings(doc, { targetVersion: TARGET }).filter((f) => f.code === 'shadowed-by-earlier-block');
}

let fileNo = 0;
/** The effective configuration OpenSSH prints for `text` and one probe, as a set of lines. */
function effective(kind: Kind, bin: string, text: string, probe: string[]): Set<string> {
  const file = path.join(sb.dir, `shadow-${++fileNo}.conf`);
  writeFileSync(file, text);
  const host = kind === 'ssh' ? probe[probe.length - 1] : '';
  const args = kind === 'sshd' ? ['-T', '-f', file, '-h', sb.hostKey, '-C', probe[0]] : ['-G', '-F', file, ...probe.slice(0, -1), host];
  const r = spawnSync(bin, args, { env: sb.env, cwd: sb.dir, encoding: 'utf8', input: '', timeout: 20_000 });
  assert.equal(r.status, 0, `${kind} ${args.join(' ')} failed: ${r.stderr}`);
  return new Set(r.stdout.split('\n').map((l) => l.trim()));
}

const commentOut = (text: string, line0: number) =>
  text
    .split('\n')
    .map((l, i) => (i === line0 ? `# ${l}` : l))
    .join('\n');

const tally = { cases: 0, probes: 0, agree: 0 };

describe('shadowed-by-earlier-block for Match blocks agrees with OpenSSH 9.2 (ssh -G / sshd -T -C)', () => {
  for (const c of CASES) {
    it(`${c.kind}: ${c.name}`, (t) => {
      const bin = findBinary(c.kind);
      if (!bin) return t.skip(`${c.kind} not installed`);
      const fs = ourFindings(c);
      assert.deepEqual(
        fs.map((f) => f.span.line + 1),
        c.ours,
      );
      tally.cases++;
      for (const probe of c.probes) {
        tally.probes++;
        const asIs = effective(c.kind, bin, c.text, probe);
        if (!c.ours.length) {
          assert.ok(asIs.has(c.value), `near miss: "${c.value}" should be effective for ${probe.join(' ')}`);
        } else {
          assert.ok(!asIs.has(c.value), `reported, yet "${c.value}" is effective for ${probe.join(' ')}`);
          // Every reported line: the line we name as the winner holds the effective value, and
          // without the earlier lines of that keyword the reported line's own value shows (so the
          // probe is a connection its block matches).
          const lines = c.text.split('\n');
          const norm = (l: string) => l.trim().toLowerCase().replace(/\s+/, ' ');
          const word = (l: string) => norm(l).split(' ')[0];
          for (const f of fs) {
            const winner = f.related?.[0]?.span.line;
            assert.ok(winner !== undefined, 'a related span names the winner');
            assert.ok(asIs.has(norm(lines[winner])), `line ${winner + 1} ("${norm(lines[winner])}") should be the effective value for ${probe.join(' ')}`);
            const own = lines[f.span.line];
            let control = c.text;
            for (let i = 0; i < f.span.line; i++) if (word(lines[i]) === word(own)) control = commentOut(control, i);
            const without = effective(c.kind, bin, control, probe);
            assert.ok(without.has(norm(own)), `without the earlier ${word(own)} lines, line ${f.span.line + 1} ("${norm(own)}") should be effective for ${probe.join(' ')}`);
          }
        }
        tally.agree++;
      }
    });
  }

  after(() => {
    console.log(`# shadowing-match oracle: ${tally.cases} cases, ${tally.agree}/${tally.probes} probe connections agree with OpenSSH ${TARGET}`);
  });
});

// ---------------------------------------------------------------- Included files
// A file Included from inside a block that does not match is read with its Host/Match
// lines forced not to match (SSHCONF_NEVERMATCH / SSHCFG_NEVERMATCH): its blocks cover
// nothing there. The later block's value must be effective exactly when we report nothing.
interface IncludeCase {
  name: string;
  kind: Kind;
  /** the main file; {dir} is the sandbox folder */
  text: string;
  files: Record<string, string>;
  ours: number[];
  value: string;
  probe: string[];
}
const INCLUDE_CASES: IncludeCase[] = [
  {
    name: 'a Match block Included inside a Match block that does not match covers nothing',
    kind: 'sshd',
    text: 'Match User alice\n  Include {dir}/inc-bob.conf\nMatch User bob\n  X11Forwarding no\n',
    files: { 'inc-bob.conf': 'Match User bob\n  X11Forwarding yes\n' },
    ours: [],
    value: 'x11forwarding no',
    probe: ['user=bob,host=client.example.org,addr=192.0.2.1'],
  },
  {
    name: 'the same Included from Match all covers the later block',
    kind: 'sshd',
    text: 'Match all\n  Include {dir}/inc-bob.conf\nMatch User bob\n  X11Forwarding no\n',
    files: { 'inc-bob.conf': 'Match User bob\n  X11Forwarding yes\n' },
    ours: [4],
    value: 'x11forwarding no',
    probe: ['user=bob,host=client.example.org,addr=192.0.2.1'],
  },
  {
    name: 'a Host * Included inside Host web hides nothing for another host',
    kind: 'ssh',
    text: 'Host web\n  Include {dir}/inc-star\nHost db\n  User dbadmin\n',
    files: { 'inc-star': 'Host *\n  User someone\n' },
    ours: [],
    value: 'user dbadmin',
    probe: ['db'],
  },
];

describe('shadowed-by-earlier-block across Included files agrees with OpenSSH 9.2', () => {
  for (const c of INCLUDE_CASES) {
    it(`${c.kind}: ${c.name}`, async (t) => {
      const bin = findBinary(c.kind);
      if (!bin) return t.skip(`${c.kind} not installed`);
      for (const [name, body] of Object.entries(c.files)) writeFileSync(path.join(sb.dir, name), body);
      const text = c.text.replaceAll('{dir}', sb.dir);
      const main = path.join(sb.dir, `include-main-${++fileNo}.conf`);
      const service = createLanguageService();
      const doc = service.parse({ uri: `file://${main}`, version: 1, getText: () => text }, c.kind, { targetVersion: TARGET });
      const graph = await service.resolveIncludes(main, doc, nodeIncludeHost(), {}, { targetVersion: TARGET });
      const ours = service.findings(doc, { targetVersion: TARGET }, graph).filter((f) => f.code === 'shadowed-by-earlier-block');
      assert.deepEqual(ours.map((f) => f.span.line + 1), c.ours);
      const asIs = effective(c.kind, bin, text, c.probe);
      assert.equal(asIs.has(c.value), c.ours.length === 0, `"${c.value}" effective for ${c.probe.join(' ')}: ${asIs.has(c.value)}`);
    });
  }
});

// ---------------------------------------------------------------- the sweep
// Every pair of headers from a pool, with a few lines in between that change
// what later criteria see: `E\n  <KW> <earlier>\n<middle>L\n  <KW> <later>`.
// Whenever we report the later line, OpenSSH must not use its value for any
// probe connection, and with the earlier line commented out it must use it for
// at least one probe (the report is about a block that matches something).

const SSH_HEADERS = [
  'Host web',
  'Host web db',
  'Host *.example.com',
  'Host 10.0.0.*',
  'Host *.*',
  'Match originalhost web',
  'Match originalhost WEB',
  'Match originalhost *.example.com',
  'Match originalhost db.example.com',
  'Match originalhost 10.0.0.5',
  'Match originalhost *,!secret',
  'Match originalhost web user admin',
  'Match originalhost web !user admin',
  'Match !user admin originalhost web',
  'Match host web',
  'Match host bar',
  'Match host *.example.com',
  'Match user admin',
  'Match user admin originalhost web',
  `Match localuser ${ME}`,
  'Match final originalhost web',
  'Match canonical originalhost web',
];
const SSH_MIDDLES = ['', 'Host foo\n  HostName bar\n', 'Host web foo\n  User admin\n', 'Match final\n  Compression yes\n'];
const SSH_PROBES: string[][] = ['web', 'WEB', 'Web', 'db.example.com', 'DB.EXAMPLE.COM', '10.0.0.5', 'foo', 'secret', 'bar'].flatMap((h) => [[h], ['-l', 'admin', h]]);

const SSHD_HEADERS = [
  'Match User alice',
  'Match User alice,bob',
  'Match User *,!root',
  'Match User Alice',
  'Match User alice Address 10.0.0.0/8',
  'Match Address 10.0.0.0/8',
  'Match Address 10.1.0.0/16',
  'Match Address 10.1.2.3',
  'Match Address 10.0.0.0/8,!10.1.2.3',
  'Match Address 10.1.*',
  'Match Address 2001:db8::/32',
  'Match Address 2001:db8:1::5',
  'Match Host *.example.com',
  'Match Host db.example.com',
  'Match LocalPort 2222',
  'Match LocalAddress 192.0.2.0/24',
  'Match LocalAddress 192.0.2.7',
  'Match Group root',
  'Match Group root,!adm',
  'Match User root Group root',
  'Match RDomain blue',
];
const SSHD_PROBES: string[][] = [
  'user=alice,host=db.example.com,addr=10.1.2.3,laddr=192.0.2.7,lport=2222,rdomain=blue',
  'user=alice,host=DB.Example.com,addr=10.1.0.9,laddr=192.0.2.7,lport=22',
  'user=alice,host=other.org,addr=10.200.0.1,laddr=198.51.100.1,lport=2222',
  'user=bob,host=db.example.com,addr=10.1.2.3,laddr=192.0.2.7,lport=22,rdomain=blue',
  'user=bob,host=other.org,addr=192.0.2.1,laddr=192.0.2.7,lport=2222',
  'user=root,host=db.example.com,addr=10.1.2.3,laddr=192.0.2.7,lport=2222,rdomain=blue',
  'user=root,host=other.org,addr=2001:db8:1::5,laddr=198.51.100.1,lport=22',
  'user=Alice,host=db.example.com,addr=2001:db8:1::5,laddr=192.0.2.7,lport=2222',
  'user=alice,host=db.example.com,addr=2001:db8:2::1,laddr=192.0.2.8,lport=22,rdomain=green',
].map((p) => [p]);

describe('sweep: pairs of blocks, every report checked against OpenSSH 9.2', () => {
  for (const kind of ['ssh', 'sshd'] as const) {
    it(`${kind}: reported lines are never effective, and their blocks match some probe`, (t) => {
      const bin = findBinary(kind);
      if (!bin) return t.skip(`${kind} not installed`);
      const headers = kind === 'ssh' ? SSH_HEADERS : SSHD_HEADERS;
      const middles = kind === 'ssh' ? SSH_MIDDLES : [''];
      const probes = kind === 'ssh' ? SSH_PROBES : SSHD_PROBES;
      const [kw, first, second] = kind === 'ssh' ? ['Port', 'port 1111', 'port 2222'] : ['MaxAuthTries', 'maxauthtries 3', 'maxauthtries 2'];
      let configs = 0;
      let reported = 0;
      let runs = 0;
      const wrong: string[] = [];
      for (const e of headers) {
        for (const l of headers) {
          for (const middle of middles) {
            const text = `${e}\n  ${kw} ${first.split(' ')[1]}\n${middle}${l}\n  ${kw} ${second.split(' ')[1]}\n`;
            const laterLine = text.split('\n').length - 2; // 0-based line of the later value
            configs++;
            const fs = ourFindings({ name: '', kind, text, ours: [], value: '', probes: [] }).filter((f) => f.span.line === laterLine);
            if (!fs.length) continue;
            reported++;
            for (const p of probes) {
              runs++;
              if (effective(kind, bin, text, p).has(second)) wrong.push(`${JSON.stringify(text)} for ${p.join(' ')}: the reported value is effective`);
            }
            const control = commentOut(text, 1);
            let matchesSome = false;
            for (const p of probes) {
              runs++;
              if (effective(kind, bin, control, p).has(second)) {
                matchesSome = true;
                break;
              }
            }
            if (!matchesSome) wrong.push(`${JSON.stringify(text)}: no probe connection matches the reported block (the check would be vacuous)`);
          }
        }
      }
      console.log(`# shadowing-match sweep (${kind}): ${configs} files, ${reported} reported, ${runs} OpenSSH runs, ${wrong.length} disagreements`);
      assert.deepEqual(wrong, []);
      assert.ok(reported > 10, `the sweep should exercise reports (got ${reported})`);
    });
  }
});
