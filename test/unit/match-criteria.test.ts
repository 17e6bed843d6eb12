import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RELEASES } from '../../server/src/service/openssh/keywords';
import {
  checkAddressList,
  checkNetworkList,
  criteriaAt,
  MATCH_CRITERIA,
  matchSyntax,
  parseCidr,
  parseIPv4,
  parsePort,
  strdelimWords,
  type MatchCriterion,
} from '../../server/src/service/openssh/match';
import { versionKey } from '../../server/src/service/openssh/version';
import { parse } from '../../server/src/service/parser/parser';
import { matchCriteriaRule } from '../../server/src/service/rules/matchCriteria';
import type { Finding } from '../../server/src/service/rules/types';

type Kind = 'sshd' | 'ssh';

function run(text: string, kind: Kind, target: string): Finding[] {
  const doc = parse(text.endsWith('\n') ? text : `${text}\n`, kind);
  const out: Finding[] = [];
  matchCriteriaRule.check(doc, { kind, target }, (f) => out.push(f));
  for (const f of out) assert.ok(matchCriteriaRule.codes.includes(f.code), f.code);
  return out;
}
const verdict = (text: string, kind: Kind, target: string) => run(text, kind, target).map((f) => `${f.code}:${f.severity}`);
const errors = (text: string, kind: Kind, target: string) => run(text, kind, target).filter((f) => f.severity === 'error');
const ok = (text: string, kind: Kind, target: string) => assert.deepEqual(verdict(text, kind, target), [], `${kind} ${target}: ${text}`);
const err = (text: string, kind: Kind, target: string, re?: RegExp) => {
  const es = errors(text, kind, target);
  assert.equal(es.length, 1, `${kind} ${target}: ${text} → ${JSON.stringify(run(text, kind, target))}`);
  assert.equal(es[0].code, text.trimStart().toLowerCase().startsWith('host') ? 'host-pattern' : 'match-criteria');
  if (re) assert.match(es[0].message, re);
  return es[0];
};
const warn = (text: string, kind: Kind, target: string, re?: RegExp) => {
  const fs = run(text, kind, target);
  assert.deepEqual(fs.map((f) => f.severity), ['warning'], `${kind} ${target}: ${text} → ${JSON.stringify(fs)}`);
  if (re) assert.match(fs[0].message, re);
  return fs[0];
};
const before = (v: string) => RELEASES[RELEASES.indexOf(v) - 1];

/** A valid argument for each kind of criterion. */
function sample(c: MatchCriterion): string {
  switch (c.arg) {
    case 'none':
      return c.name;
    case 'addresses':
    case 'networks':
      return `${c.name} 192.0.2.0/24`;
    case 'port':
      return `${c.name} 2222`;
    case 'command':
      return `${c.name} true`;
    default:
      return c.name.toLowerCase() === 'version' ? `${c.name} OpenSSH_*` : c.name.toLowerCase() === 'sessiontype' ? `${c.name} shell` : `${c.name} foo*`;
  }
}

describe('match-criteria: criteria per release', () => {
  for (const kind of ['sshd', 'ssh'] as const) {
    for (const c of MATCH_CRITERIA[kind]) {
      it(`${kind} ${c.name}: accepted from ${c.since}${c.since === RELEASES[0] ? '' : `, rejected by ${before(c.since)}`}`, () => {
        const line = `Match ${sample(c)}`;
        ok(line, kind, c.since);
        ok(line, kind, RELEASES[RELEASES.length - 1]);
        if (c.since !== RELEASES[0]) {
          const e = err(line, kind, before(c.since), new RegExp(`needs OpenSSH ${c.since.replace('.', '\\.')}; the target ${before(c.since).replace('.', '\\.')} rejects it`));
          assert.equal(e.span.start, 6, 'the span is the criterion');
        }
      });
    }
  }

  it('the table matches the brief extracted from servconf.c / readconf.c', () => {
    const names = (kind: Kind, v: string) => criteriaAt(kind, v).map((c) => c.name.toLowerCase()).sort().join(' ');
    assert.equal(names('sshd', '7.0'), 'address all group host localaddress localport user');
    assert.equal(names('sshd', '9.9'), 'address all group host invalid-user localaddress localport rdomain user');
    assert.equal(names('ssh', '7.9'), 'all canonical exec host localuser originalhost user');
    assert.equal(names('ssh', '10.0'), 'all canonical command exec final host localnetwork localuser originalhost sessiontype tagged user version');
  });

  it('criterion names are case-insensitive (strcasecmp), in every release', () => {
    for (const v of ['7.0', '9.2', '10.0']) {
      ok('Match USER bob', 'sshd', v);
      ok('match aLL', 'sshd', v);
      ok('Match HOST x OriginalHost y', 'ssh', v);
    }
    ok('Match INVALID-USER', 'sshd', '9.9');
    ok('Match LocalNetwork 10.0.0.0/8', 'ssh', '9.4');
  });

  it('a criterion of the other file is named as such', () => {
    err('Match LocalUser bob', 'sshd', '9.2', /localuser is a criterion of ssh_config/);
    err('Match Address 10.0.0.1', 'ssh', '9.2', /Address is a criterion of sshd_config/);
  });
});

describe('match-criteria: the criterion=value form', () => {
  it('strdelim split every "=" before 9.9; 9.9 broke it; 10.0 brought it back for listed criteria', () => {
    for (const kind of ['sshd', 'ssh'] as const) {
      ok('Match User=alice', kind, '9.8');
      ok('Match User = alice', kind, '9.2');
      ok('Match User=alice', kind, '10.0');
      const e = err('Match User=alice', kind, '9.9', /9\.9 stopped splitting "criterion=value" \(fixed in 10\.0\)/);
      assert.deepEqual(e.span, { line: 0, start: 6, end: 16 });
      assert.deepEqual(e.fixes?.[0].edits, [{ span: { line: 0, start: 10, end: 11 }, newText: ' ' }]);
    }
    ok('Match !host=foo,bar exec=true tagged=', 'ssh', '10.0');
    ok('Match Address=10.0.0.0/8 LocalPort=22 Version=OpenSSH_*', 'sshd', '10.0');
  });

  it('sessiontype is missing from the 10.0 list', () => {
    const e = err('Match sessiontype=shell', 'ssh', '10.5', /does not take the "criterion=value" form/);
    assert.equal(e.fixes?.[0].edits[0].newText, ' ');
  });

  it('since 9.9 a lone "=" is an argument', () => {
    const e = err('Match host = foo', 'ssh', '10.0', /"=" became the argument of "host"/);
    assert.deepEqual(e.fixes?.[0].edits, [{ span: { line: 0, start: 11, end: 13 }, newText: '' }]);
    ok('Match host = foo', 'ssh', '9.2');
    warn('Match host =foo', 'ssh', '10.0', /the pattern is "=foo"/);
    err('Match User==alice', 'sshd', '9.2', /needs a pattern list/);
  });
});

describe('match-criteria: negation', () => {
  it('ssh negates criteria with "!", sshd does not', () => {
    ok('Match !host foo !canonical !exec "true"', 'ssh', '9.2');
    const e = err('Match !User bob,carol', 'sshd', '9.2', /sshd cannot negate a whole criterion/);
    assert.equal(e.fixes?.[0].edits[0].newText, 'User *,!bob,!carol');
    assert.deepEqual(e.span, { line: 0, start: 6, end: 11 });
  });

  it('a pattern list with only negated entries never matches', () => {
    const f = warn('Match User !root', 'sshd', '9.2', /only negated patterns, so it never matches/);
    assert.deepEqual(f.fixes?.[0].edits, [{ span: { line: 0, start: 11, end: 11 }, newText: '*,' }]);
    warn('Match user !root,!admin', 'ssh', '9.2', /or negate the criterion: "!user root,admin"/);
    warn('Match Address !10.0.0.0/8', 'sshd', '9.2');
    ok('Match User *,!root', 'sshd', '9.2');
  });

  it('"Match !all" never matches', () => {
    warn('Match !all', 'ssh', '9.2', /never matches/);
  });
});

describe('match-criteria: all, missing arguments, comments', () => {
  it('sshd: All stands alone', () => {
    ok('Match All', 'sshd', '9.2');
    err('Match All User alice', 'sshd', '9.2', /Nothing may follow "All"/);
    err('Match User alice All', 'sshd', '9.2', /must be the only criterion/);
  });

  it('ssh: all alone, after canonical/final, or (redundantly) after one other criterion', () => {
    ok('Match canonical all', 'ssh', '9.2');
    ok('Match final all', 'ssh', '9.2');
    const f = warn('Match host x all', 'ssh', '9.2', /adds nothing/);
    assert.deepEqual(f.fixes?.[0].edits[0].span, { line: 0, start: 12, end: 16 });
    err('Match canonical final all', 'ssh', '9.2', /right after "canonical" or "final"/);
    err('Match all host x', 'ssh', '9.2');
  });

  it('missing arguments', () => {
    err('Match User', 'sshd', '9.2', /"User" needs a pattern list after it/);
    err('Match User # comment', 'sshd', '9.2', /Missing Match criteria/);
    err('Match LocalPort', 'sshd', '9.2', /a port number/);
    err('Match exec', 'ssh', '9.2', /a command/);
    err('Match host ""', 'ssh', '9.2');
    err('Match host ""', 'ssh', '10.0');
  });

  it('empty tagged/command arguments from 10.0', () => {
    err('Match tagged ""', 'ssh', '9.4', /An empty "tagged" argument needs OpenSSH 10\.0/);
    err('Match tagged ""', 'ssh', '9.9', /needs OpenSSH 10\.0/);
    ok('Match tagged ""', 'ssh', '10.0');
    ok('Match command ""', 'ssh', '10.0');
    ok('Match tagged=', 'ssh', '10.0');
  });

  it('criteria without argument', () => {
    ok('Match canonical final', 'ssh', '8.0');
    ok('Match invalid-user User bob', 'sshd', '9.9');
    err('Match invalid-user alice', 'sshd', '9.9', /"invalid-user" takes no argument/);
    err('Match canonical yes', 'ssh', '9.2', /"canonical" takes no argument/);
  });

  it('a Match line without criteria', () => {
    const e = err('Match # nothing', 'sshd', '9.2', /at least one criterion/);
    assert.deepEqual(e.span, { line: 0, start: 0, end: 5 });
    err('Match # nothing', 'ssh', '10.0');
    assert.deepEqual(verdict('Match\n', 'sshd', '9.2'), [], 'a bare Match is missing-argument’s');
  });

  it('before 8.7 every line ends at its first "#"; from 8.7 only a word starting with "#" is a comment', () => {
    ok('Match User bob # comment', 'sshd', '8.6');
    ok('Match all # comment', 'sshd', '8.6');
    ok('Match User bob # comment', 'sshd', '8.7');
    const f = warn('Match User a#b,c', 'sshd', '8.6', /reads only Match User a$/);
    assert.deepEqual(f.span, { line: 0, start: 12, end: 16 });
    ok('Match User a#b,c', 'sshd', '8.7');
    // The cut leaves a quote open: strdelim returns NULL and exec has no argument.
    const fs = run('Match exec "test -f a#b"', 'ssh', '8.6').map((x) => x.severity);
    assert.deepEqual(fs, ['warning', 'error']);
    ok('Match exec "test -f a#b"', 'ssh', '8.7');
  });

  it('an empty word ends the criteria before 9.9; the rest is rejected', () => {
    err('Match User alice ==x', 'sshd', '9.2', /stops reading the criteria/);
    ok('Match User alice ""', 'sshd', '9.2');
  });
});

describe('match-criteria: misspelt criteria and arguments', () => {
  it('did-you-mean fixes on the criterion only', () => {
    const e = err('Match Usr bob', 'sshd', '9.2', /Did you mean "User"\?/);
    assert.deepEqual(e.fixes?.[0].edits, [{ span: { line: 0, start: 6, end: 9 }, newText: 'User' }]);
    assert.equal(e.fixes?.[0].preferred, true);
    const s = err('Match !orignalhost foo', 'ssh', '9.2', /Did you mean "originalhost"\?/);
    assert.deepEqual(s.fixes?.[0].edits[0].span, { line: 0, start: 7, end: 18 });
  });

  it('space-separated patterns get a join-with-comma fix', () => {
    const e = err('Match User alice bob', 'sshd', '9.2', /separated by commas, not spaces/);
    assert.deepEqual(e.span, { line: 0, start: 17, end: 20 });
    assert.deepEqual(e.fixes?.[0].edits, [{ span: { line: 0, start: 16, end: 17 }, newText: ',' }]);
  });

  it('an unquoted exec command', () => {
    err('Match exec test -f /x', 'ssh', '9.2', /quote a command with spaces \(double quotes only before OpenSSH 9\.9\)/);
    err("Match exec 'test -f /x'", 'ssh', '9.2');
    ok("Match exec 'test -f /x'", 'ssh', '9.9');
    ok('Match exec "test -f /x"', 'ssh', '9.2');
    warn("Match user 'bob'", 'ssh', '9.2', /single quotes group nothing/);
    ok("Match user 'bob'", 'ssh', '9.9');
  });
});

describe('match-criteria: addresses and ports', () => {
  it('Address/LocalAddress: inconsistent masks and empty entries', () => {
    const e = err('Match Address 192.0.2.1/24', 'sshd', '9.2', /bits set after its mask length; the network is 192\.0\.2\.0\/24/);
    assert.deepEqual(e.fixes?.[0].edits, [{ span: { line: 0, start: 14, end: 26 }, newText: '192.0.2.0/24' }]);
    err('Match Address 10.0.0.0/33', 'sshd', '9.2', /longer than the address allows/);
    ok('Match Address 10.0.0.0/129', 'sshd', '9.2'); // not an address: a wildcard pattern
    err('Match LocalAddress 10.0.0.0/8,', 'sshd', '9.2', /empty entry/);
    err('Match Address 10.0.0.0/8,!', 'sshd', '9.2', /empty entry/);
    const v6 = err('Match Address 2001:db8::1/32', 'sshd', '9.2', /the network is 2001:db8::\/32/);
    assert.equal(v6.span.start, 14);
    ok('Match Address 2001:db8::/32,!10.1.2.3,10.*', 'sshd', '9.2');
    // Checked when sshd reads the file from 8.4; before, only per connection.
    err('Match Address 10.0.0.1/8', 'sshd', '8.3', /every connection that reaches this line is dropped/);
    err('Match Address 10.0.0.1/8', 'sshd', '8.4', /sshd 8\.4 refuses the file/);
  });

  it('Address compares IP addresses, not names', () => {
    warn('Match Address example.com', 'sshd', '9.2', /looks like a host name/);
    ok('Match Address 0x0a000000/8,fe80::1%eth0', 'sshd', '9.2');
  });

  it('ssh localnetwork takes CIDR blocks only', () => {
    ok('Match localnetwork 10.0.0.0/8,2001:db8::/32', 'ssh', '9.4');
    err('Match localnetwork 10.0.0.*', 'ssh', '9.4', /takes no host names, wildcards or "!"/);
    err('Match localnetwork !10.0.0.0/8', 'ssh', '9.4');
    err('Match localnetwork 10.0.0.1/8', 'ssh', '9.4', /the network is 10\.0\.0\.0\/8/);
    err('Match localnetwork 10.0.0.0/8,,', 'ssh', '9.4', /empty entry/);
  });

  it('LocalPort: one port 0–65535, or a service name from 7.9', () => {
    ok('Match LocalPort 22', 'sshd', '7.0');
    ok('Match LocalPort ssh', 'sshd', '7.9');
    err('Match LocalPort ssh', 'sshd', '7.8', /takes one port number \(0-65535\), not "ssh"/);
    err('Match LocalPort 65536', 'sshd', '9.2');
    err('Match LocalPort 22,2222', 'sshd', '9.2', /no lists/);
    err('Match LocalPort 2*', 'sshd', '9.2');
    warn('Match LocalPort my-service', 'sshd', '9.2', /\/etc\/services/);
    warn('Match LocalPort 0', 'sshd', '9.2', /never applies/);
  });
});

describe('match-criteria: version and sessiontype patterns', () => {
  it('portable versions end in pN', () => {
    const f = warn('Match Version OpenSSH_10.0', 'sshd', '10.0', /matches only OpenBSD's own build/);
    assert.deepEqual(f.fixes?.[0].edits, [{ span: { line: 0, start: 26, end: 26 }, newText: '*' }]);
    warn('Match version 10.0', 'ssh', '10.0', /never matches/);
    warn('Match version openssh_10*', 'ssh', '10.0', /case-sensitively/);
    ok('Match version OpenSSH_10.*,OpenSSH_11*', 'ssh', '10.0');
    ok('Match Version OpenSSH_10.0p2', 'sshd', '10.0');
  });

  it('sessiontype is one of shell, exec, subsystem, none', () => {
    ok('Match sessiontype shell,exec', 'ssh', '10.0');
    warn('Match sessiontype interactive', 'ssh', '10.0', /never matches/);
  });
});

describe('host-pattern (ssh Host lines)', () => {
  it('every pattern negated: never matches, fix adds "*"', () => {
    const f = warn('Host !a !b', 'ssh', '9.2', /Every pattern on this Host line is negated/);
    assert.equal(f.code, 'host-pattern');
    assert.deepEqual(f.fixes?.[0].edits, [{ span: { line: 0, start: 5, end: 5 }, newText: '* ' }]);
    ok('Host * !a', 'ssh', '9.2');
  });

  it('an empty pattern is an error from 8.7; before, it silently ends the line', () => {
    const e = err('Host a ""', 'ssh', '8.7', /empty Host pattern/);
    assert.deepEqual(e.fixes?.[0].edits[0].span, { line: 0, start: 6, end: 9 });
    warn('Host a "" b', 'ssh', '8.6', /ignores "b"/);
    ok('Host a ""', 'ssh', '8.6');
  });

  it('commas do not separate Host patterns', () => {
    const f = warn('Host a,b', 'ssh', '9.2', /one pattern with a comma/);
    assert.equal(f.fixes?.[0].edits[0].newText, 'a b');
    warn('Host "a b"', 'ssh', '9.2', /white space/);
  });

  it('comments', () => {
    warn('Host # nothing', 'ssh', '9.2', /no pattern/);
    ok('Host a # comment', 'ssh', '8.7');
    ok('Host a # comment', 'ssh', '8.6');
    warn('Host a#b c', 'ssh', '8.6', /reads only Host a$/);
  });

  it('sshd has no Host lines (unknown-keyword reports them)', () => {
    assert.deepEqual(verdict('Host !a', 'sshd', '9.2'), []);
  });
});

describe('openssh/match helpers', () => {
  it('matchSyntax eras', () => {
    assert.deepEqual(
      ['8.6', '8.7', '9.8', '9.9', '10.0'].map((v) => {
        const s = matchSyntax('ssh', v);
        return `${v}:${s.tokenizer}/${s.hostTokenizer}/${s.comments}/${s.equals}/${s.fatal}`;
      }),
      ['8.6:strdelim/strdelim/line/split/false', '8.7:strdelim/argv/word/split/false', '9.8:strdelim/argv/word/split/false', '9.9:argv/argv/word/none/false', '10.0:argv/argv/word/listed/false'],
    );
    assert.equal(matchSyntax('ssh', '7.9').fatal, true);
    assert.equal(matchSyntax('sshd', '10.5').fatal, true);
  });

  it('strdelimWords: whitespace or one "=", double quotes only', () => {
    const w = (s: string) => strdelimWords(s, 0, 0).words.map((x) => x.value);
    assert.deepEqual(w('Match User=alice'), ['Match', 'User', 'alice']);
    assert.deepEqual(w('Match User = alice'), ['Match', 'User', 'alice']);
    assert.deepEqual(w('Match User==alice'), ['Match', 'User', '', 'alice']);
    assert.deepEqual(w(`Match user 'a b' "c d"  `), ['Match', 'user', "'a", "b'", 'c d']);
    assert.equal(strdelimWords('Match User "a', 0, 0).unterminated, true);
    // After a quoted word strdelim skips no "=": it becomes an empty word of its own.
    const spans = strdelimWords('Match  "x y"=z', 0, 0).words.map((x) => [x.value, x.start, x.end]);
    assert.deepEqual(spans, [['Match', 0, 5], ['x y', 7, 12], ['', 12, 12], ['z', 13, 14]]);
  });

  it('addresses as glibc getaddrinfo(AI_NUMERICHOST) reads them', () => {
    assert.deepEqual(parseIPv4('10.1'), [10, 0, 0, 1]);
    assert.deepEqual(parseIPv4('0x7f.1'), [127, 0, 0, 1]);
    assert.deepEqual(parseIPv4('010.0.0.1'), [8, 0, 0, 1]);
    assert.equal(parseIPv4('08.0.0.1'), undefined);
    assert.equal(parseIPv4('1.2.3.4.'), undefined);
    assert.equal(parseIPv4('256.0.0.1'), undefined);
    assert.deepEqual(parseCidr('10.0.0.0/08'), { ok: true, bytes: [10, 0, 0, 0], masklen: 8 });
    assert.deepEqual(parseCidr('10.0.0.0/'), { ok: false, code: -1 });
    assert.deepEqual(parseCidr('::ffff:10.0.0.1/120'), { ok: false, code: -2, reason: 'host-bits', network: '::ffff:a00:0/120' });
    assert.equal(checkAddressList('10.0.0.0/8,1.2.3.4.5,foo*'), undefined);
    assert.equal(checkNetworkList('10.0.0.0/8')?.reason, undefined);
    assert.equal(checkNetworkList('10.0.0.0/8,foo')?.reason, 'bad-chars');
    assert.equal(checkNetworkList('1.2.3.4.5')?.reason, 'not-network');
  });

  it('a2port', () => {
    assert.deepEqual(parsePort('22', true), { port: 22 });
    assert.deepEqual(parsePort('+22', false), { port: 22 });
    assert.equal(parsePort('-1', true), undefined);
    assert.deepEqual(parsePort('ssh', true), { service: 'ssh', common: true });
    assert.equal(parsePort('ssh', false), undefined);
  });

  it('every criterion names its source and a release we know', () => {
    for (const kind of ['sshd', 'ssh'] as const)
      for (const c of MATCH_CRITERIA[kind]) {
        assert.ok(RELEASES.includes(c.since), c.name);
        assert.match(c.source, kind === 'sshd' ? /^servconf\.c/ : /^readconf\.c/);
        if (c.emptyArgSince) assert.ok(versionKey(c.emptyArgSince) >= versionKey(c.since));
      }
  });
});

describe('match-criteria: one error does not hide the next', () => {
  const spans = (text: string, kind: Kind, target: string) => errors(text, kind, target).map((f) => text.slice(f.span.start, f.span.end));
  it('reports every unknown or too-new criterion of a line', () => {
    assert.deepEqual(spans('Match Host foo TAGGED bar LocalNetwork 10.0.0.0/8', 'ssh', '9.2'), ['TAGGED', 'LocalNetwork']);
    assert.deepEqual(spans('Match User x Foo y Bar z', 'sshd', '9.2'), ['Foo', 'Bar']);
    // An unknown word followed by a criterion: the criterion is read as one.
    assert.deepEqual(spans('Match Usr Host x Address 10.0.0.0/33', 'sshd', '9.2'), ['Usr', '10.0.0.0/33']);
  });
  it('reports a bad argument and an unknown criterion after it', () => {
    assert.deepEqual(spans('Match Address 10.0.0.0/33 Bogus x', 'sshd', '9.2'), ['10.0.0.0/33', 'Bogus']);
    assert.deepEqual(spans('Match localport=99999 User bob Group', 'sshd', '10.0'), ['99999', 'Group']);
  });
  it('warnings stay quiet once the line has an error (OpenSSH reads no further)', () => {
    assert.deepEqual(verdict('Match Bogus x Host *.example.com,!*', 'sshd', '9.2'), ['match-criteria:error']);
  });
});
