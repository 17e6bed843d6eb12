// Value checks for addresses, ports and forwardings (semantics/customValues/addresses.ts):
// ListenAddress, PermitOpen, PermitListen (sshd); LocalForward, RemoteForward,
// DynamicForward, PermitRemoteOpen, ProxyJump (ssh). Each follows servconf.c /
// readconf.c / misc.c at the target release.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import type { Finding } from '../../server/src/service/rules/types';

/** What a value check reports: invalid-value, or extra-arguments for words left over. */
const VALUE_CODES = new Set(['invalid-value', 'extra-arguments']);

const service = createLanguageService();
let n = 0;
const run = (text: string, kind: 'sshd' | 'ssh', targetVersion = '9.2'): Finding[] =>
  service.findings(service.parse({ uri: `mem://addr${++n}`, version: 1, getText: () => text }, kind, { targetVersion }), { targetVersion });

/** The invalid-value findings of a one-line file. */
const bad = (line: string, kind: 'sshd' | 'ssh', target = '9.2'): Finding[] => run(`${line}\n`, kind, target).filter((f) => VALUE_CODES.has(f.code));

function ok(kind: 'sshd' | 'ssh', target: string, lines: string[]): void {
  for (const l of lines) assert.deepEqual(bad(l, kind, target).map((f) => f.message), [], `${target}: ${l}`);
}

/** One finding, on the text `on` of the line. */
function one(kind: 'sshd' | 'ssh', target: string, line: string, on: string, re?: RegExp): Finding {
  const fs = bad(line, kind, target);
  assert.equal(fs.length, 1, `${target}: ${line}: ${JSON.stringify(fs.map((f) => f.message))}`);
  const f = fs[0];
  assert.equal(f.severity, 'error');
  assert.equal(line.slice(f.span.start, f.span.end), on, `${target}: ${line}: span`);
  if (re) assert.match(f.message, re);
  assert.match(f.message, /^[\x20-\x7e]*$/, 'ASCII message');
  return f;
}

describe('ListenAddress', () => {
  it('accepts host, host:port, [v6]:port, bare IPv6, service names and rdomain', () => {
    ok('sshd', '9.2', ['ListenAddress 0.0.0.0', 'ListenAddress 1.2.3.4:2222', 'ListenAddress [::1]:22', 'ListenAddress [::1]', 'ListenAddress fe80::1:22',
      'ListenAddress 1.2.3.4:ssh', 'ListenAddress 1.2.3.4:nosuchservice', 'ListenAddress 1.2.3.4 rdomain foo', 'ListenAddress localhost # comment']);
  });
  it('refuses bad ports, bad brackets, "/" and bad rdomain syntax', () => {
    one('sshd', '9.2', 'ListenAddress 1.2.3.4:0', '1.2.3.4:0', /"0" is not a port number/);
    one('sshd', '9.2', 'ListenAddress 1.2.3.4:65536', '1.2.3.4:65536', /bad port number/);
    one('sshd', '9.2', 'ListenAddress 1.2.3.4:', '1.2.3.4:');
    one('sshd', '9.2', 'ListenAddress [::1]x', '[::1]x', /bad address:port usage/);
    one('sshd', '9.2', 'ListenAddress [::1', '[::1');
    one('sshd', '9.2', 'ListenAddress 1.2.3.4/22', '1.2.3.4/22');
    one('sshd', '9.2', 'ListenAddress ""', '""', /missing address/);
    one('sshd', '9.2', 'ListenAddress 1.2.3.4 rdomain', 'rdomain', /bad ListenAddress syntax/);
    const f = one('sshd', '9.2', 'ListenAddress 1.2.3.4 Rdomain foo', 'Rdomain');
    assert.equal(f.fixes?.[0].edits[0].newText, 'rdomain');
    one('sshd', '9.2', 'ListenAddress 1.2.3.4 rdomain foo bar', 'bar', /extra arguments/);
  });
  it('follows the release: "/" before 8.0, rdomain from 7.7, service names from 7.9', () => {
    ok('sshd', '7.9', ['ListenAddress 1.2.3.4/22']);
    one('sshd', '8.0', 'ListenAddress 1.2.3.4/22', '1.2.3.4/22');
    one('sshd', '7.6', 'ListenAddress 1.2.3.4 rdomain foo', 'rdomain foo', /extra/);
    ok('sshd', '7.7', ['ListenAddress 1.2.3.4 rdomain foo']);
    one('sshd', '7.8', 'ListenAddress 1.2.3.4:ssh', '1.2.3.4:ssh', /"ssh" is not a port number/);
    ok('sshd', '7.9', ['ListenAddress 1.2.3.4:ssh']);
  });
});

describe('PermitOpen and PermitListen', () => {
  it('accepts any, none and host:port lists', () => {
    ok('sshd', '9.2', ['PermitOpen any', 'PermitOpen none', 'PermitOpen host:22 [::1]:80 h:*', 'PermitOpen host:http', 'PermitListen 22', 'PermitListen *',
      'PermitListen localhost:* [::1]:2222', 'PermitListen nosuchservice', 'PermitListen any']);
  });
  it('refuses a missing host or port, a bad port, case variants and any/none not alone', () => {
    one('sshd', '9.2', 'PermitOpen host', 'host', /has no port/);
    one('sshd', '9.2', 'PermitOpen h:1 host:0', 'host:0', /"0" is not a port number/);
    one('sshd', '9.2', 'PermitOpen ::1:22', '::1:22', /bad port number/);
    one('sshd', '9.2', 'PermitOpen [::1', '[::1', /missing host/);
    one('sshd', '9.2', 'PermitOpen host/22', 'host/22', /missing host/);
    const f = one('sshd', '9.2', 'PermitOpen Any', 'Any', /case-sensitively/);
    assert.equal(f.fixes?.[0].edits[0].newText, 'any');
    one('sshd', '9.2', 'PermitOpen any host:1', 'host:1', /extra arguments/);
    one('sshd', '9.2', 'PermitOpen host:1 any', 'any', /only value/);
    one('sshd', '9.2', 'PermitOpen host:1 "" x:2', 'x:2', /extra arguments/);
    one('sshd', '9.2', 'PermitOpen ""', '""', /missing argument/);
    one('sshd', '9.2', 'PermitListen 0', '0', /PermitListen bad port number/);
    one('sshd', '9.2', 'PermitListen 65536', '65536');
    one('sshd', '9.2', 'PermitListen None', 'None', /"none"/);
    one('sshd', '9.2', 'PermitListen host:', 'host:');
    one('sshd', '9.2', 'PermitListen 22 none', 'none', /only value/);
    // Inside a Match block too: sshd -t parses the line whether or not the block applies.
    assert.equal(run('Match User nobody\n  PermitOpen host\n', 'sshd').filter((f) => VALUE_CODES.has(f.code)).length, 1);
  });
  it('follows the release: "/" before 8.0, any/none per word from 9.7', () => {
    ok('sshd', '7.9', ['PermitOpen host/22']);
    one('sshd', '8.0', 'PermitOpen host/22', 'host/22');
    one('sshd', '9.6', 'PermitOpen any host:1', 'host:1', /extra arguments/);
    ok('sshd', '9.7', ['PermitOpen any host:1', 'PermitListen any 22', 'PermitOpen host:1']);
    one('sshd', '9.7', 'PermitOpen host:1 any', 'any', /only value/);
    one('sshd', '9.7', 'PermitOpen host:1 ""', '""', /has no port/);
    one('sshd', '9.6', 'PermitListen any 22', '22', /extra arguments/);
    one('sshd', '7.8', 'PermitListen ssh', 'ssh', /not a port number/);
  });
});

describe('LocalForward, RemoteForward, DynamicForward', () => {
  it('accepts ports, addresses, brackets and socket paths', () => {
    ok('ssh', '9.2', ['LocalForward 8080 host:80', 'LocalForward 127.0.0.1:8080 host:80', 'LocalForward [::1]:8080 [::1]:80', 'LocalForward 8080 /tmp/sock',
      'LocalForward /tmp/l.sock host:80', 'LocalForward /tmp/a /tmp/b', 'LocalForward 8080 host:http', 'LocalForward 8080 host:nosuchservice',
      'LocalForward ${NO_SUCH_VAR}/sock host:80', 'RemoteForward 8080 localhost:80', 'RemoteForward 0 localhost:80', 'RemoteForward 1080',
      'RemoteForward /tmp/r.sock', 'DynamicForward 1080', 'DynamicForward localhost:1080', 'DynamicForward [::1]:1080', 'DynamicForward /tmp/s.sock']);
  });
  it('refuses what parse_forward() refuses', () => {
    one('ssh', '9.2', 'LocalForward 8080', '8080', /Missing target argument/);
    one('ssh', '9.2', 'LocalForward 0 host:80', '0 host:80', /only for RemoteForward/);
    one('ssh', '9.2', 'LocalForward 8080 host', '8080 host', /Bad forwarding specification/);
    one('ssh', '9.2', 'LocalForward 8080 host:0', '8080 host:0', /"0" is not a port number/);
    one('ssh', '9.2', 'LocalForward 8080 host:99999', '8080 host:99999');
    one('ssh', '9.2', 'LocalForward 8080 host:80 extra', 'extra', /extra arguments/);
    one('ssh', '9.2', 'LocalForward "" host:80', '""', /Missing argument/);
    one('ssh', '9.2', 'LocalForward 8080 ""', '""', /Missing target/);
    one('ssh', '9.2', 'LocalForward a:b:c:d e:f', 'a:b:c:d e:f', /more than four/);
    one('ssh', '9.2', 'LocalForward [8080 host:80', '[8080 host:80', /"\["/);
    one('ssh', '9.2', 'LocalForward 8080 host:80\\', '8080 host:80\\', /"\\"/);
    one('ssh', '9.2', 'LocalForward ${HOME host:80', '${HOME host:80', /closing/);
    one('ssh', '9.2', 'LocalForward ${} host:80', '${} host:80', /empty/);
    one('ssh', '9.2', 'RemoteForward a:b:c:d:e host:1', 'a:b:c:d:e host:1');
    one('ssh', '9.2', 'RemoteForward 8080 host:0', '8080 host:0');
    one('ssh', '9.2', 'RemoteForward ""', '""');
    one('ssh', '9.2', 'DynamicForward 0', '0', /only for RemoteForward/);
    one('ssh', '9.2', 'DynamicForward 65536', '65536');
    one('ssh', '9.2', 'DynamicForward a:b:1080', 'a:b:1080', /dynamic/);
    one('ssh', '9.2', 'DynamicForward 1080 extra', 'extra', /extra/);
    // In a Host block that does not apply too: ssh -G parses every line.
    assert.equal(run('Host other\n  LocalForward 8080 host\n', 'ssh').filter((f) => VALUE_CODES.has(f.code)).length, 1);
  });
  it('follows the release: one-argument RemoteForward from 7.6, ${VAR} from 8.4, service names from 7.9', () => {
    one('ssh', '7.5', 'RemoteForward 1080', '1080', /OpenSSH 7\.6/);
    ok('ssh', '7.6', ['RemoteForward 1080']);
    ok('ssh', '8.3', ['LocalForward ${} host:80']);
    one('ssh', '8.4', 'LocalForward ${} host:80', '${} host:80');
    one('ssh', '7.8', 'LocalForward 8080 host:http', '8080 host:http');
    ok('ssh', '7.9', ['LocalForward 8080 host:http']);
  });
});

describe('PermitRemoteOpen', () => {
  it('accepts any, none and host:port lists', () => {
    ok('ssh', '9.2', ['PermitRemoteOpen any', 'PermitRemoteOpen None', 'PermitRemoteOpen host:22 [::1]:80 h:*', 'PermitRemoteOpen *:*']);
  });
  it('refuses bad words and any/none with others', () => {
    one('ssh', '9.2', 'PermitRemoteOpen host', 'host', /has no port/);
    one('ssh', '9.2', 'PermitRemoteOpen host:0', 'host:0');
    one('ssh', '9.2', 'PermitRemoteOpen host/22', 'host/22', /missing host/);
    one('ssh', '9.2', 'PermitRemoteOpen ""', '""');
    one('ssh', '9.2', 'PermitRemoteOpen any host:1', 'any', /only value/);
    one('ssh', '9.2', 'PermitRemoteOpen host:1 none', 'none', /only value/);
  });
  it('follows the release: any/none in any case from 9.2', () => {
    one('ssh', '8.6', 'PermitRemoteOpen Any', 'Any', /before OpenSSH 9\.2/);
    ok('ssh', '9.2', ['PermitRemoteOpen Any']);
    // 8.7-9.1 never check the first word (the loop starts at the second one).
    ok('ssh', '8.7', ['PermitRemoteOpen Any', 'PermitRemoteOpen localhost']);
    ok('ssh', '9.1', ['PermitRemoteOpen Any', 'PermitRemoteOpen localhost host:1']);
    one('ssh', '9.1', 'PermitRemoteOpen host:1 localhost', 'localhost', /has no port/);
    one('ssh', '9.1', 'PermitRemoteOpen any host:1', 'host:1', /extra arguments/);
    one('ssh', '8.5', 'PermitRemoteOpen host/22', 'host/22');
  });
});

describe('ProxyJump', () => {
  it('accepts hops, none and ssh:// URIs', () => {
    ok('ssh', '9.2', ['ProxyJump bastion', 'ProxyJump user@bastion:2222', 'ProxyJump a,b,c', 'ProxyJump none', 'ProxyJump NONE', 'ProxyJump ssh://user@bastion:22',
      'ProxyJump ssh://bastion', 'ProxyJump u@v@host', 'ProxyJump user@host # comment', 'ProxyJump [::1]:22', 'ProxyJump host:nosuchservice']);
  });
  it('refuses what parse_jump() refuses', () => {
    one('ssh', '9.2', 'ProxyJump a@', 'a@', /no host/);
    one('ssh', '9.2', 'ProxyJump @host', '@host', /empty user/);
    one('ssh', '9.2', 'ProxyJump host:0', 'host:0', /Invalid ProxyJump/);
    one('ssh', '9.2', 'ProxyJump host:99999', 'host:99999');
    one('ssh', '9.2', 'ProxyJump a,,b', 'a,,b', /empty hop/);
    one('ssh', '9.2', 'ProxyJump a,', 'a,', /empty hop/);
    one('ssh', '9.2', 'ProxyJump host/22', 'host/22');
    one('ssh', '9.2', 'ProxyJump ssh://bastion/path', 'ssh://bastion/path', /path/);
    one('ssh', '9.2', 'ProxyJump ssh://[::1]:22', 'ssh://[::1]:22', /host name/);
    one('ssh', '9.2', 'ProxyJump ssh://bad_host!', 'ssh://bad_host!');
    one('ssh', '9.2', 'ProxyJump ssh://user%zz@host', 'ssh://user%zz@host', /hex/);
    one('ssh', '9.2', 'ProxyJump host:0 # comment', 'host:0');
  });
  it('follows the release: ssh:// URIs read once from 8.5, "/" before 8.9, "#" kept before 8.5', () => {
    // 7.7 … 8.4 also read a URI as [user@]host[:port]: "ssh" is the host, "//bastion:22" the port.
    one('ssh', '8.4', 'ProxyJump ssh://bastion:22', 'ssh://bastion:22');
    ok('ssh', '8.4', ['ProxyJump ssh://user@bastion:22']);
    ok('ssh', '8.5', ['ProxyJump ssh://bastion:22']);
    ok('ssh', '8.8', ['ProxyJump host/22']);
    one('ssh', '8.9', 'ProxyJump host/22', 'host/22');
    one('ssh', '8.4', 'ProxyJump host:22 # c', 'host:22 # c');
    ok('ssh', '8.5', ['ProxyJump host:22 # c']);
    one('ssh', '9.9', 'ProxyJump ssh://_h', 'ssh://_h', /host name/);
    ok('ssh', '10.0', ['ProxyJump ssh://_h']);
  });
});
