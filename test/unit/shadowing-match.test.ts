// shadowed-by-earlier-block for Match blocks (issue #5): which earlier blocks
// cover a later Match block. The verdicts are checked against ssh -G / sshd -T
// in test/oracle/shadowing-match.test.ts.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { parse } from '../../server/src/service/parser/parser';
import type { Finding } from '../../server/src/service/rules/types';
import { criterionCovers, hostCoversOriginal, matchCovers, matchCriteria, shadowingRule } from '../../server/src/service/rules/shadowing';
import { memoryHost } from './memoryHost';

const service = createLanguageService();
let n = 0;
const run = (text: string, kind: 'sshd' | 'ssh', targetVersion = '9.2'): Finding[] =>
  service
    .findings(service.parse({ uri: `mem://sm${++n}`, version: 1, getText: () => text }, kind, { targetVersion }), { targetVersion })
    .filter((f) => f.code === 'shadowed-by-earlier-block');
/** 1-based lines reported, each with the 1-based line named as the winner. */
const lines = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) => run(text, kind, targetVersion).map((f) => `${f.span.line + 1}<${(f.related?.[0].span.line ?? -1) + 1}`);
const criteria = (line: string, kind: 'sshd' | 'ssh', target = '9.2') => {
  const doc = parse(`${line}\n`, kind);
  return matchCriteria(doc.sections[1], kind, target);
};

describe('matchCriteria: the words of a Match line we can decide', () => {
  it('splits criteria and arguments, lower-cases names, keeps negation (ssh only)', () => {
    assert.deepEqual(criteria('Match OriginalHost web,db !User root localuser me', 'ssh'), [
      { name: 'originalhost', arg: 'web,db', negated: false },
      { name: 'user', arg: 'root', negated: true },
      { name: 'localuser', arg: 'me', negated: false },
    ]);
    assert.deepEqual(criteria('Match final host x', 'ssh'), [
      { name: 'final', arg: undefined, negated: false },
      { name: 'host', arg: 'x', negated: false },
    ]);
    assert.deepEqual(criteria('Match User alice Address 10.0.0.0/8', 'sshd'), [
      { name: 'user', arg: 'alice', negated: false },
      { name: 'address', arg: '10.0.0.0/8', negated: false },
    ]);
  });

  it('gives up on lines the tokenisers of different releases read differently, and on bad or odd lines', () => {
    for (const l of ['Match user "a b"', 'Match user=a', "Match user 'a'", 'Match user a\\b', 'Match all', 'Match canonical all', 'Match user', 'Match bogus x', 'Match tagged x']) {
      assert.equal(criteria(l, 'ssh', '9.2'), undefined, l);
    }
    assert.equal(criteria('Match !User alice', 'sshd'), undefined); // not a criterion in sshd
    assert.equal(criteria('Match Version OpenSSH_9*', 'sshd', '9.2'), undefined); // too new for 9.2
    assert.deepEqual(criteria('Match Version OpenSSH_9*', 'sshd', '10.0'), [{ name: 'version', arg: 'OpenSSH_9*', negated: false }]);
  });
});

describe('criterionCovers / matchCovers', () => {
  it('host names: literals of the later list, matched lower-cased by the earlier list (negations included)', () => {
    assert.equal(criterionCovers('ssh', '9.2', 'originalhost', '*.example.com', 'DB.example.com'), true);
    assert.equal(criterionCovers('ssh', '9.2', 'originalhost', '*,!secret', 'web,!x'), true);
    assert.equal(criterionCovers('ssh', '9.2', 'originalhost', '*,!secret', 'secret'), false);
    assert.equal(criterionCovers('ssh', '9.2', 'originalhost', '*.example.com', 'db*.example.com'), false); // later wildcard
    assert.equal(criterionCovers('ssh', '9.2', 'originalhost', 'web', '!web'), false); // no positive entry
    // The very same list, wildcards and all.
    assert.equal(criterionCovers('ssh', '9.2', 'originalhost', '*.example.com,!x*', '*.example.com,!x*'), true);
    assert.equal(criterionCovers('sshd', '9.2', 'address', '10.1.*', '10.1.*'), true);
    assert.equal(criterionCovers('sshd', '9.2', 'group', 'adm,!wheel', 'adm,!wheel'), true);
    assert.equal(criterionCovers('ssh', '9.2', 'originalhost', '!x', '!x'), false);
  });

  it('users: case-sensitive; sshd demands the Cygwin (case-insensitive) reading to agree too', () => {
    assert.equal(criterionCovers('ssh', '9.2', 'user', 'Admin', 'admin'), false);
    assert.equal(criterionCovers('sshd', '9.2', 'user', '*,!root', 'alice'), true);
    assert.equal(criterionCovers('sshd', '9.2', 'user', '*,!ROOT', 'root'), false); // Cygwin: !ROOT excludes root
    assert.equal(criterionCovers('sshd', '9.2', 'user', 'Alice', 'alice'), false);
  });

  it('groups: no negation in the earlier list', () => {
    assert.equal(criterionCovers('sshd', '9.2', 'group', 'wheel,adm', 'adm'), true);
    assert.equal(criterionCovers('sshd', '9.2', 'group', 'adm,!wheel', 'adm'), false);
  });

  it('addresses: a later address or network inside an earlier network; no negation or bad entry in the earlier list', () => {
    assert.equal(criterionCovers('sshd', '9.2', 'address', '10.0.0.0/8', '10.1.0.0/16,!10.1.2.3'), true);
    assert.equal(criterionCovers('sshd', '9.2', 'address', '10.0.0.0/8,192.0.2.0/24', '192.0.2.7'), true);
    assert.equal(criterionCovers('sshd', '9.2', 'address', '10.1.0.0/16', '10.0.0.0/8'), false);
    assert.equal(criterionCovers('sshd', '9.2', 'address', '2001:db8::/32', '2001:db8:1::5'), true);
    assert.equal(criterionCovers('sshd', '9.2', 'address', '10.0.0.0/8', '::ffff:10.0.0.1'), false); // other family
    assert.equal(criterionCovers('sshd', '9.2', 'address', '10.0.0.0/8,!10.1.0.0/16', '10.2.0.1'), false); // earlier negation
    assert.equal(criterionCovers('sshd', '9.2', 'address', '10.0.0.0/8,10.0.0.1/8', '10.2.0.1'), false); // host bits set: an error at match time
    assert.equal(criterionCovers('sshd', '9.2', 'address', '10.*', '10.2.0.1'), false); // wildcards are not decided
    assert.equal(criterionCovers('sshd', '9.2', 'address', 'fe80::/10', 'fe80::1%eth0'), false);
    assert.equal(criterionCovers('sshd', '9.2', 'localaddress', '192.0.2.0/24', '192.0.2.7'), true);
  });

  it('ports: numbers, equal', () => {
    assert.equal(criterionCovers('sshd', '9.2', 'localport', '2222', '2222'), true);
    assert.equal(criterionCovers('sshd', '9.2', 'localport', '22', '2222'), false);
    assert.equal(criterionCovers('sshd', '9.2', 'localport', 'ssh', '22'), false); // service names are not decided
  });

  it('criteria are ANDed: every earlier criterion must be a positive later criterion it covers', () => {
    const c = (l: string, kind: 'ssh' | 'sshd' = 'sshd') => criteria(l, kind)!;
    assert.equal(matchCovers('sshd', '9.2', c('Match User alice'), c('Match User alice Address 10.0.0.0/8')), true);
    assert.equal(matchCovers('sshd', '9.2', c('Match User alice Address 10.0.0.0/8'), c('Match User alice')), false);
    assert.equal(matchCovers('ssh', '9.2', c('Match user admin', 'ssh'), c('Match !user admin originalhost web', 'ssh')), false);
  });

  it('an earlier Host line covers Match originalhost only where case cannot matter', () => {
    const l = (line: string) => criteria(line, 'ssh')!;
    assert.equal(hostCoversOriginal(['10.0.0.*'], l('Match originalhost 10.0.0.5')), true);
    assert.equal(hostCoversOriginal(['*.*'], l('Match originalhost Web.example.com')), true);
    assert.equal(hostCoversOriginal(['web'], l('Match originalhost web')), false); // `ssh WEB` matches only the Match
    assert.equal(hostCoversOriginal(['*.example.com'], l('Match originalhost db.example.com')), false);
    assert.equal(hostCoversOriginal(['*'], l('Match host web')), false); // host is not originalhost
  });
});

describe('shadowed-by-earlier-block: Match blocks in ssh_config', () => {
  it('reports a later Match block covered by an earlier one, naming the earliest winner', () => {
    assert.deepEqual(lines('Match originalhost *.example.com\n  Port 1\nMatch originalhost db.example.com user admin\n  Port 2\n', 'ssh'), ['4<2']);
    assert.deepEqual(lines('Match originalhost w*,d*\n  Port 1\nMatch originalhost web,db\n  Port 3\nMatch originalhost web\n  Port 2\n', 'ssh'), ['4<2', '6<2']);
    assert.deepEqual(lines('Host 10.0.0.*\n  Port 1\nMatch originalhost 10.0.0.5\n  Port 2\n', 'ssh'), ['4<2']);
    assert.deepEqual(lines('Match localuser me\n  Port 1\nMatch localuser me originalhost x\n  Port 2\n', 'ssh'), ['4<2']);
    assert.deepEqual(lines('Match host *.internal\n  Port 1\nMatch host db.internal\n  Port 2\n', 'ssh'), ['4<2']);
  });

  it('the message and the move fix', () => {
    const text = 'Match user admin\n  Port 1\nMatch user admin originalhost web\n  Port 2\n';
    const [f] = run(text, 'ssh');
    assert.match(f.message, /already set on line 2 in "Match user admin", which also applies to every connection this block matches/);
    assert.match(f.fixes?.[0].title ?? '', /^Move the "Match user admin originalhost web" block above "Match user admin" \(line 1\)/);
  });

  it('Match host / Match user: not when a HostName / User / Include line stands between the blocks', () => {
    assert.deepEqual(lines('Match host bar\n  Port 1\nHost foo\n  HostName bar\nMatch host bar\n  Port 2\n', 'ssh'), []);
    assert.deepEqual(lines('Match host bar\n  Port 1\n  HostName x\nMatch host bar\n  Port 2\n', 'ssh'), []); // the earlier block's own HostName
    assert.deepEqual(lines('Match user bob\n  Port 1\nHost x\n  User bob\nMatch user bob\n  Port 2\n', 'ssh'), []);
    assert.deepEqual(lines('Match user bob\n  Port 1\nInclude /etc/ssh/extra.conf\nMatch user bob\n  Port 2\n', 'ssh'), []);
    // originalhost and localuser do not change while the file is read.
    assert.deepEqual(lines('Match originalhost bar\n  Port 1\nHost foo\n  HostName bar\n  User bob\nMatch originalhost bar\n  Port 2\n', 'ssh'), ['7<2']);
    // A HostName line after the later block does not matter.
    assert.deepEqual(lines('Match host bar\n  Port 1\nMatch host bar\n  Port 2\n  HostName x\n', 'ssh'), ['4<2']);
  });

  it('an earlier canonical / final / exec / tagged / negated block never covers; such a later block is never covered by a Match block', () => {
    for (const e of ['Match final host web', 'Match canonical originalhost web', 'Match exec true originalhost web', 'Match !user x originalhost web', 'Match !final originalhost web']) {
      assert.deepEqual(lines(`${e}\n  Port 1\nMatch originalhost web\n  Port 2\n`, 'ssh'), [], e);
    }
    assert.deepEqual(lines('Match originalhost web\n  Port 1\nMatch tagged t originalhost web\n  Port 2\n', 'ssh', '9.4'), []);
    for (const l of ['Match final originalhost web', 'Match canonical originalhost web', 'Match exec true originalhost web']) {
      assert.deepEqual(lines(`Match originalhost web\n  Port 1\n${l}\n  Port 2\n`, 'ssh'), [], l);
    }
    // The global part, Host * and Match all apply in the first pass: they hide even a final-pass block.
    assert.deepEqual(lines('Port 1\nMatch final originalhost web\n  Port 2\n', 'ssh'), ['3<1']);
  });

  it('near misses: case (Host is case-sensitive), an uncovered name, a criterion the later block lacks, Match before Host', () => {
    assert.deepEqual(lines('Host web\n  Port 1\nMatch originalhost web\n  Port 2\n', 'ssh'), []);
    assert.deepEqual(lines('Host *.example.com\n  Port 1\nMatch originalhost db.example.com\n  Port 2\n', 'ssh'), []);
    assert.deepEqual(lines('Match originalhost *,!secret\n  Port 1\nMatch originalhost secret\n  Port 2\n', 'ssh'), []);
    assert.deepEqual(lines('Match originalhost web user admin\n  Port 1\nMatch originalhost web\n  Port 2\n', 'ssh'), []);
    assert.deepEqual(lines('Match originalhost web\n  Port 1\nHost web\n  Port 2\n', 'ssh'), []);
    assert.deepEqual(lines('Host "10.0.0.*"\n  Port 1\nMatch originalhost 10.0.0.5\n  Port 2\n', 'ssh'), []); // quoted: left alone
  });

  it('accumulating keywords are never hidden', () => {
    assert.deepEqual(lines('Match originalhost web\n  IdentityFile ~/.ssh/a\nMatch originalhost web\n  IdentityFile ~/.ssh/b\n', 'ssh'), []);
  });
});

describe('shadowed-by-earlier-block: Match blocks in sshd_config', () => {
  it('an earlier Match block whose criteria are a subset and cover', () => {
    assert.deepEqual(lines('Match User alice\n  MaxAuthTries 3\nMatch User alice Address 10.0.0.0/8\n  MaxAuthTries 2\n', 'sshd'), ['4<2']);
    assert.deepEqual(lines('Match Address 10.0.0.0/8\n  X11Forwarding no\nMatch Address 10.1.0.0/16,!10.1.2.3 User bob\n  X11Forwarding yes\n', 'sshd'), ['4<2']);
    assert.deepEqual(lines('Match Group root,adm\n  PermitTTY no\nMatch Group root User root\n  PermitTTY yes\n', 'sshd'), ['4<2']);
    assert.deepEqual(lines('Match LocalPort 2222\n  MaxAuthTries 3\nMatch LocalPort 2222 User a\n  MaxAuthTries 2\n', 'sshd'), ['4<2']);
    assert.deepEqual(lines('Match Host *.example.com\n  MaxSessions 3\nMatch Host DB.example.com\n  MaxSessions 7\n', 'sshd'), ['4<2']);
    assert.deepEqual(lines('Match RDomain blue,green\n  MaxAuthTries 3\nMatch RDomain blue\n  MaxAuthTries 2\n', 'sshd'), ['4<2']);
    assert.deepEqual(lines('Match Invalid-User\n  MaxAuthTries 3\nMatch Invalid-User Address 10.0.0.0/8\n  MaxAuthTries 2\n', 'sshd', '9.9'), ['4<2']);
  });

  it('near misses', () => {
    assert.deepEqual(lines('Match User alice Address 10.0.0.0/8\n  MaxAuthTries 3\nMatch User alice\n  MaxAuthTries 2\n', 'sshd'), []);
    assert.deepEqual(lines('Match User *,!root\n  PermitTTY no\nMatch User root\n  PermitTTY yes\n', 'sshd'), []);
    assert.deepEqual(lines('Match Address 10.0.0.0/16\n  MaxAuthTries 3\nMatch Address 10.0.0.0/8\n  MaxAuthTries 2\n', 'sshd'), []);
    assert.deepEqual(lines('Match User Alice\n  MaxAuthTries 3\nMatch User alice\n  MaxAuthTries 2\n', 'sshd'), []);
    assert.deepEqual(lines('Match Group adm,!wheel\n  MaxAuthTries 3\nMatch Group adm\n  MaxAuthTries 2\n', 'sshd'), []);
    assert.deepEqual(lines('Match User alice\n  MaxAuthTries 3\nMatch User alice\n  MaxAuthTries 2\n', 'sshd', '9.2'), ['4<2']);
    // A global value never hides a Match value.
    assert.deepEqual(lines('MaxAuthTries 3\nMatch User alice\n  MaxAuthTries 2\n', 'sshd'), []);
  });

  it('UnusedConnectionTimeout none applies whatever came first: never reported', () => {
    assert.deepEqual(lines('Match all\n  UnusedConnectionTimeout 5m\nMatch User a\n  UnusedConnectionTimeout none\n', 'sshd'), []);
    assert.deepEqual(lines('Match User a\n  UnusedConnectionTimeout 5m\nMatch User a\n  UnusedConnectionTimeout none\n', 'sshd'), []);
    assert.deepEqual(lines('Match User a\n  UnusedConnectionTimeout none\nMatch User a\n  UnusedConnectionTimeout 5m\n', 'sshd'), ['4<2']);
  });
});

describe('Included files and scale', () => {
  it('an earlier Match block in an Included file covers a later block of this file', async () => {
    const text = 'Include /etc/ssh/sshd_config.d/*.conf\nMatch User alice Address 10.0.0.0/8\n  MaxAuthTries 2\n';
    const d = service.parse({ uri: 'file:///etc/ssh/sshd_config', version: 1, getText: () => text }, 'sshd', { targetVersion: '9.2' });
    const host = memoryHost({ '/etc/ssh/sshd_config.d/10-alice.conf': 'Match User alice\n  MaxAuthTries 3\n' });
    const g = await service.resolveIncludes('/etc/ssh/sshd_config', d, host);
    const [f] = service.findings(d, { targetVersion: '9.2' }, g).filter((x) => x.code === 'shadowed-by-earlier-block');
    assert.ok(f, 'a finding');
    assert.equal(f.span.line, 2);
    assert.equal(f.related?.[0].uri, 'file:///etc/ssh/sshd_config.d/10-alice.conf');
    assert.equal(f.fixes, undefined);
  });

  it('a block of a file Included inside a block that may not match covers nothing (OpenSSH reads it never-matching there)', async () => {
    let version = 0; // a new version per text: the service caches by uri and version
    const check = async (kind: 'sshd' | 'ssh', root: string, text: string, files: Record<string, string>) => {
      const d = service.parse({ uri: `file://${root}`, version: ++version, getText: () => text }, kind, { targetVersion: '9.2' });
      const g = await service.resolveIncludes(root, d, memoryHost(files));
      return service.findings(d, { targetVersion: '9.2' }, g).filter((x) => x.code === 'shadowed-by-earlier-block').map((f) => f.span.line);
    };
    // For user bob the alice block is inactive, so extra.conf's "Match User bob" never matches: line 3 applies.
    const sshd = 'Match User alice\n  Include /etc/ssh/extra.conf\nMatch User bob\n  X11Forwarding no\n';
    assert.deepEqual(await check('sshd', '/etc/ssh/sshd_config', sshd, { '/etc/ssh/extra.conf': 'Match User bob\n  X11Forwarding yes\n' }), []);
    assert.deepEqual(await check('sshd', '/etc/ssh/sshd_config', sshd, { '/etc/ssh/extra.conf': 'Match all\n  X11Forwarding yes\n' }), []);
    // Included from a block that always applies: covered as before.
    const always = 'Match all\n  Include /etc/ssh/extra.conf\nMatch User bob\n  X11Forwarding no\n';
    assert.deepEqual(await check('sshd', '/etc/ssh/sshd_config', always, { '/etc/ssh/extra.conf': 'Match User bob\n  X11Forwarding yes\n' }), [3]);
    // ssh: a Host * read from inside "Host web" hides nothing for other hosts.
    const ssh = 'Host web\n  Include extra\nHost db\n  User dbadmin\n';
    assert.deepEqual(await check('ssh', '/home/u/.ssh/config', ssh, { '/home/u/.ssh/extra': 'Host *\n  User someone\n' }), []);
  });

  it('many blocks that share a criterion stay fast, and a block with too many candidates is left alone', () => {
    const blocks = Array.from({ length: 3000 }, (_, i) => `Match User alice Address 10.${i % 250}.${Math.floor(i / 250)}.0/24\n  MaxAuthTries 3\n`).join('');
    const doc = parse(`Match User alice\n  MaxAuthTries 4\n${blocks}`, 'sshd');
    let count = 0;
    const t0 = performance.now();
    shadowingRule.check(doc, { kind: 'sshd', target: '9.2' }, () => count++);
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `took ${ms} ms`);
    // Block k has k earlier candidates (all anchored under "user alice"): the first 255 later
    // blocks are decided (covered by the first block); past 256 candidates nothing is decided.
    assert.equal(count, 255);
  });
});
