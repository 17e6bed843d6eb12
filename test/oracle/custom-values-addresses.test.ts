// Value checks for addresses, ports and forwardings (semantics/customValues/addresses.ts)
// against Debian's OpenSSH 9.2p1: one file per value, OpenSSH refuses it ⇔ we report an error.
//   sshd: ListenAddress (global only), PermitOpen / PermitListen in the global part and
//         inside `Match User nobody` (activated with `sshd -T -C user=nobody,...`).
//   ssh:  LocalForward, RemoteForward, DynamicForward, PermitRemoteOpen, ProxyJump in the
//         global part and inside `Host somehost` (the host ssh -G is asked about).
// Every disagreement is listed; unexplained ones fail the test.

import { after, before, describe, it } from 'node:test';
import { compareValueCases, findBinary, makeSandbox, type Kind, type Sandbox, type ValueCase } from './openssh';

const LONG_PATH = `/tmp/${'s'.repeat(120)}`;

/** Explained disagreements: "keyword value" → why (the source says so). */
const SERVICE = 'a2port() asks getservbyname() for a word that is not a number (misc.c, from V_7_9_P1): whether it names a service depends on /etc/services, not on the file, so we do not judge it';

const KNOWN: Record<string, string> = {
  'ListenAddress 1.2.3.4:22x': SERVICE,
  'PermitListen host': `${SERVICE} (a bare word is a port for PermitListen: "*:host")`,
  'PermitListen host/22': `${SERVICE} (no ':' so the whole word is the port)`,
  'PermitListen 22x': SERVICE,
  'LocalForward abc host:80': SERVICE,
  'RemoteForward abc': SERVICE,
  'DynamicForward abc': SERVICE,
  'DynamicForward host:': `${SERVICE} (parse_fwd_field: "host:" is one field, read as the port)`,
  'ProxyJump host:22x': SERVICE,
  [`LocalForward 8080 ${LONG_PATH}`]:
    'parse_forward() refuses a socket path of sizeof(sun_path) bytes or more (PATH_MAX_SUN): 108 on Linux, 104 on the BSDs and macOS, more elsewhere; platform-dependent, so not reported',
  'ListenAddress :22':
    'the empty host is handed to getaddrinfo() after parsing (servconf.c add_one_listen_addr: "bad addr or host"); its verdict is the resolver\'s, which we do not judge',
  'ListenAddress 1.2.3.4:nosuchservice':
    'a2port() asks getservbyname() (misc.c, from V_7_9_P1): whether a name is a service depends on /etc/services, which we do not judge',
  'ListenAddress 1.2.3.4 rdomain foo':
    'servconf.c valid_rdomain() asks the kernel (Linux: SO_BINDTODEVICE on the named device); that is the running system, not the file',
  'ListenAddress no.such.host.invalid': 'resolved with getaddrinfo() after parsing ("bad addr or host"): DNS, not the file',
  'PermitOpen host:nosuchservice': 'a2port() asks getservbyname() (misc.c, from V_7_9_P1): /etc/services, not the file',
  'PermitListen nosuchservice': 'a2port() asks getservbyname() (misc.c, from V_7_9_P1): /etc/services, not the file',
  'LocalForward 8080 host:nosuchservice': 'a2port() asks getservbyname() (misc.c, from V_7_9_P1): /etc/services, not the file',
  'LocalForward ${NO_SUCH_VAR_FOR_ORACLE}/sock host:80':
    'an unset ${VAR} makes parse_forward() fail (misc.c dollar_expand), but that is the environment of the ssh that reads the file: never reported',
  'PermitRemoteOpen host:nosuchservice': 'a2port() asks getservbyname() (misc.c, from V_7_9_P1): /etc/services, not the file',
  'ProxyJump host:nosuchservice': 'a2port() asks getservbyname() (misc.c, from V_7_9_P1): /etc/services, not the file',
};

const SSHD_VALUES: Record<string, string[]> = {
  ListenAddress: [
    '0.0.0.0', '1.2.3.4:2222', '[::1]:22', '[::1]', '::1', 'fe80::1:22', 'localhost', '1.2.3.4:0', '1.2.3.4:65536', '1.2.3.4:',
    '[::1]x', '[::1', '1.2.3.4/22', '1.2.3.4:ssh', '1.2.3.4:nosuchservice', '""', '1.2.3.4 extra', '1.2.3.4 rdomain',
    '1.2.3.4 Rdomain foo', '1.2.3.4 rdomain foo', '1.2.3.4:22x', ':22', '1.2.3.4:+22', '1.2.3.4:-1',
  ],
  PermitOpen: [
    'any', 'none', 'host:22', 'host:*', '[::1]:22', '1.2.3.4:80 host:443', 'Any', 'NONE', 'host', 'host:', 'host:0', 'host:65536',
    '::1:22', '[::1]', 'host/22', 'any host:1', 'host:1 any', 'host:1 ""', '""', 'host:nosuchservice', 'host:http', '*:22', '[::1',
  ],
  PermitListen: [
    'any', 'none', '22', '*', 'host:22', 'localhost:*', '[::1]:2222', '0', '65536', 'Any', 'None', 'host:', 'host', 'host:0', 'nosuchservice',
    'http', 'host/22', 'any 22', '22 none', '""', '22 ""', '22x', '*:*',
  ],
};

const SSH_VALUES: Record<string, string[]> = {
  LocalForward: [
    '8080 host:80', '127.0.0.1:8080 host:80', '[::1]:8080 [::1]:80', '8080 /tmp/sock', '/tmp/l.sock host:80', '/tmp/l.sock /tmp/r.sock',
    '8080', '0 host:80', '8080 host', '8080 host:0', '8080 host:99999', 'abc host:80', '8080 host:80 extra', '"" host:80', '8080 ""',
    '8080 host:nosuchservice', '8080 host:http', 'a:b:c:d e:f', '[8080 host:80', '8080 host:80\\', '8080 [host:80',
    '${NO_SUCH_VAR_FOR_ORACLE}/sock host:80', '${HOME host:80', '${} host:80', `8080 ${LONG_PATH}`, '8080 host\\:80:22',
  ],
  RemoteForward: [
    '8080 localhost:80', '0 localhost:80', '8080', '1080', '[::1]:8080 host:80', '/tmp/r.sock host:80', '8080 ""', 'abc', '8080 host:0',
    '8080 host', 'a:b:c:d:e host:1', '8080 host:80 extra', '""', '0', '/tmp/r.sock',
  ],
  DynamicForward: [
    '1080', 'localhost:1080', '[::1]:1080', '*:1080', '0', '65536', 'abc', '1080 extra', '""', 'a:b:1080', '/tmp/socks.sock', 'host:', '-1',
  ],
  PermitRemoteOpen: [
    'any', 'none', 'ANY', 'None', 'host:22', 'host:*', '[::1]:22', 'host:1 host:2', 'any host:1', 'host:1 any', 'host', 'host:0', 'host/22',
    '""', 'host:nosuchservice', '::1:22', '*:*',
  ],
  ProxyJump: [
    'bastion', 'user@bastion', 'user@bastion:2222', 'a,b,c', 'none', 'NONE', 'ssh://user@bastion:22', 'ssh://bastion', 'ssh://bastion/path',
    'ssh://[::1]:22', 'a@', '@host', 'host:', 'host:0', 'host:99999', 'a,,b', 'a,', 'user@host # comment', 'host:22x', 'host/22', '[::1]:22',
    'ssh://bad_host!', 'ssh://user%zz@host', 'ssh://;x@host', 'u@v@host', 'host:nosuchservice', '"quoted"',
  ],
};

function casesFor(kind: Kind): ValueCase[] {
  const out: ValueCase[] = [];
  const table = kind === 'sshd' ? SSHD_VALUES : SSH_VALUES;
  for (const [kw, values] of Object.entries(table)) {
    for (const v of values) {
      const key = `${kw} ${v}`;
      out.push({ key, where: 'global', text: `${key}\n` });
      if (kind === 'ssh') out.push({ key, where: 'Host somehost', text: `Host somehost\n  ${key}\n` });
      else if (kw !== 'ListenAddress') out.push({ key, where: 'Match User nobody', text: `Match User nobody\n  ${key}\n`, asNobody: true });
    }
  }
  return out;
}

let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

for (const kind of ['sshd', 'ssh'] as const) {
  describe(`${kind}: address and forwarding values against OpenSSH`, () => {
    it('one file per value: OpenSSH refuses it iff we report an error', async (t) => {
      const bin = findBinary(kind);
      if (!bin) return t.skip(`${kind} not installed`);
      await compareValueCases(kind, bin, sb, `${kind} addresses`, casesFor(kind), (c) => KNOWN[c.key]);
    });
  });
}
