// Effective settings (semantics/effective.ts): Host/Match evaluation, first
// value wins, accumulating keywords, printed formats, Includes. The same
// evaluation is compared with ssh -G / sshd -T -C in test/oracle/effective.test.ts.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { addrMatchList, parseConnectionSpec, type EffectiveQuery } from '../../server/src/service/semantics/effective';
import { memoryHost } from './memoryHost';

const service = createLanguageService();
const T = { targetVersion: '9.2' };

function eff(text: string, kind: 'ssh' | 'sshd', query: EffectiveQuery): Record<string, string[]> {
  const doc = service.parse({ uri: `mem://e${Math.random()}`, version: 1, getText: () => text }, kind, T);
  const r = service.effective(doc, query, T);
  const out: Record<string, string[]> = {};
  for (const l of r.lines) (out[l.keyword] ??= []).push(l.value);
  return out;
}
const ssh = (host: string, extra: Partial<Extract<EffectiveQuery, { kind: 'ssh' }>> = {}) => ({ kind: 'ssh' as const, host, localUser: 'me', ...extra });

describe('effective: ssh_config', () => {
  const cfg = `Host web*
  User deploy
  HostName %h.example.com
Match host *.example.com
  ServerAliveInterval 1m
Host !webx *
  Compression yes
  User nobody
  ForwardAgent true
  SendEnv LANG LC_*
`;
  it('Host patterns, negation, first value wins, %h in HostName, Match host after HostName', () => {
    const a = eff(cfg, 'ssh', ssh('web1'));
    assert.deepEqual(a.user, ['deploy']);
    assert.deepEqual(a.hostname, ['web1.example.com']);
    assert.deepEqual(a.serveraliveinterval, ['60']);
    assert.deepEqual(a.compression, ['yes']);
    assert.deepEqual(a.forwardagent, ['yes']);
    assert.deepEqual(a.sendenv, ['LANG', 'LC_*']);
    const x = eff(cfg, 'ssh', ssh('webx'));
    assert.equal(x.compression, undefined);
    const o = eff(cfg, 'ssh', ssh('other'));
    assert.deepEqual(o.user, ['nobody']);
    assert.equal(o.serveraliveinterval, undefined);
  });
  it('a user given on the command line wins over the file; Match user sees it', () => {
    const r = eff('Match user root\n  Port 2\nUser x\n', 'ssh', ssh('h', { user: 'root' }));
    assert.deepEqual(r.user, ['root']);
    assert.deepEqual(r.port, ['2']);
  });
  it('Match final makes a second pass with the HostName; Match canonical holds there', () => {
    const r = eff('Host a\n  HostName B.example\nHost b.example\n  Port 7\nMatch final\n  User f\nMatch !canonical\n  IdentityFile first\n', 'ssh', ssh('a'));
    assert.deepEqual(r.port, ['7']);
    assert.deepEqual(r.user, ['f']);
    assert.deepEqual(r.identityfile, ['first']);
    assert.deepEqual(r.hostname, ['b.example']);
  });
  it('Match exec is not run unless allowed, and then uses the answer', () => {
    const text = 'Match exec "test -f /x"\n  User e\n';
    assert.equal(eff(text, 'ssh', ssh('h')).user, undefined);
    assert.deepEqual(eff(text, 'ssh', ssh('h', { exec: (c) => c === 'test -f /x' })).user, ['e']);
  });
  it('Match originalhost and localuser', () => {
    const r = eff('Host a\n  HostName z\nMatch originalhost a localuser me\n  Port 9\n', 'ssh', ssh('a'));
    assert.deepEqual(r.port, ['9']);
  });
});

describe('effective: sshd_config', () => {
  const cfg = `PasswordAuthentication no
Port 22
Port 2222
LoginGraceTime 1m30s
AllowUsers alice bob
Match Address 10.0.0.0/8,!10.9.0.0/16 User bob
  PasswordAuthentication yes
  MaxAuthTries 3
Match User alice
  MaxAuthTries 5
  Port 9
`;
  const q = (spec: string) => {
    const r = parseConnectionSpec(spec);
    assert.ok(!('error' in r));
    return r;
  };
  it('global values, accumulating keywords, times in seconds', () => {
    const r = eff(cfg, 'sshd', q('user=carol,host=h,addr=192.0.2.1'));
    assert.deepEqual(r.passwordauthentication, ['no']);
    assert.deepEqual(r.port, ['22', '2222']);
    assert.deepEqual(r.logingracetime, ['90']);
    assert.deepEqual(r.allowusers, ['alice', 'bob']);
    assert.equal(r.maxauthtries, undefined);
  });
  it('a matching Match block overrides the global value; a keyword Match does not allow is ignored there', () => {
    const r = eff(cfg, 'sshd', q('user=bob,host=h,addr=10.1.2.3'));
    assert.deepEqual(r.passwordauthentication, ['yes']);
    assert.deepEqual(r.maxauthtries, ['3']);
    const n = eff(cfg, 'sshd', q('user=bob,host=h,addr=10.9.1.1'));
    assert.deepEqual(n.passwordauthentication, ['no']);
    const a = eff(cfg, 'sshd', q('user=alice,host=h,addr=10.1.2.3'));
    assert.deepEqual(a.maxauthtries, ['5']);
    assert.deepEqual(a.port, ['22', '2222']);
  });
  it('addresses: CIDR, wildcards, negation, IPv6', () => {
    assert.equal(addrMatchList('10.1.2.3', '10.0.0.0/8'), 1);
    assert.equal(addrMatchList('10.1.2.3', '10.1.*'), 1);
    assert.equal(addrMatchList('10.1.2.3', '10.0.0.0/8,!10.1.0.0/16'), -1);
    assert.equal(addrMatchList('2001:db8::1', '2001:db8::/32'), 1);
    assert.equal(addrMatchList('192.0.2.1', '2001:db8::/32'), 0);
  });
  it('the connection spec is read like sshd -C', () => {
    assert.deepEqual(parseConnectionSpec('user=a,host=b,addr=1.2.3.4,lport=22'), { kind: 'sshd', user: 'a', host: 'b', addr: '1.2.3.4', lport: 22 });
    assert.ok('error' in parseConnectionSpec('usr=a'));
  });
  it('Match Group cannot be determined: noted, taken as not matching', () => {
    const doc = service.parse({ uri: 'mem://g', version: 1, getText: () => 'Match Group wheel\n  MaxAuthTries 2\n' }, 'sshd', T);
    const r = service.effective(doc, q('user=root,host=h,addr=1.2.3.4'), T);
    assert.equal(r.lines.length, 0);
    assert.match(r.notes.join('\n'), /Group/);
  });
  it('an included drop-in read first wins, with its file as the source', async () => {
    const host = memoryHost({ '/etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\nMatch User bob\n  X11Forwarding yes\n' });
    const doc = service.parse({ uri: 'file:///etc/ssh/sshd_config', version: 1, getText: () => 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n' }, 'sshd', T);
    const graph = await service.resolveIncludes('/etc/ssh/sshd_config', doc, host);
    const r = service.effective(doc, q('user=bob,host=h,addr=1.2.3.4'), T, { graph });
    const pa = r.lines.find((l) => l.keyword === 'passwordauthentication')!;
    assert.equal(pa.value, 'yes');
    assert.equal(pa.source?.uri, 'file:///etc/ssh/sshd_config.d/50-cloud-init.conf');
    assert.equal(r.lines.find((l) => l.keyword === 'x11forwarding')?.value, 'yes');
    const text = service.formatEffective(r, 'sshd', true);
    assert.match(text, /^passwordauthentication yes\t# from \/etc\/ssh\/sshd_config\.d\/50-cloud-init\.conf:1$/m);
  });

  it('a file Included inside a Match block that does not match is read never-matching; before the first Match its blocks count', async () => {
    // servconf.c sInclude: MATCH_ONLY is handed on until the file's first Match line, NEVERMATCH after it when inactive.
    const host = memoryHost({ '/etc/ssh/extra.conf': 'Match User bob\n  X11Forwarding yes\n' });
    const x11 = async (text: string, version: number) => {
      const doc = service.parse({ uri: 'file:///etc/ssh/sshd_config', version, getText: () => text }, 'sshd', T);
      const graph = await service.resolveIncludes('/etc/ssh/sshd_config', doc, host);
      return service.effective(doc, q('user=bob,host=h,addr=1.2.3.4'), T, { graph }).lines.find((l) => l.keyword === 'x11forwarding')?.value;
    };
    // Values checked with sshd -T -C of Debian's 9.2p1.
    assert.equal(await x11('Match User alice\n  Include /etc/ssh/extra.conf\nMatch User bob\n  X11Forwarding no\n', 11), 'no');
    assert.equal(await x11('Match all\n  Include /etc/ssh/extra.conf\nMatch User bob\n  X11Forwarding no\n', 12), 'yes');
    assert.equal(await x11('Include /etc/ssh/extra.conf\nMatch User bob\n  X11Forwarding no\n', 13), 'yes');
  });
});
