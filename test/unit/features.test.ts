import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';

const service = createLanguageService();
let version = 0;
const open = (text: string, kind: 'sshd' | 'ssh') => service.parse({ uri: `mem://${++version}`, version, getText: () => text }, kind);
const codes = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) =>
  service.findings(open(text, kind), { targetVersion }).map((f) => `${f.span.line}:${f.code}`);

describe('unknown-keyword and friends', () => {
  it('flags a typo with a did-you-mean fix on the keyword', () => {
    const doc = open('PermitRootLogn no\n', 'sshd');
    const [f] = service.findings(doc, {});
    assert.equal(f.code, 'unknown-keyword');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /Did you mean "PermitRootLogin"\?/);
    assert.deepEqual(f.fixes?.[0].edits, [{ span: doc.directives[0].keyword, newText: 'PermitRootLogin' }]);
    assert.equal(f.fixes?.[0].title, 'Change to "PermitRootLogin"');
  });

  it('names the other file for a keyword that belongs there', () => {
    const [s] = service.findings(open('ServerAliveInterval 60\n', 'sshd'), {});
    assert.equal(s.code, 'other-file-keyword');
    assert.match(s.message, /is a ssh_config keyword/);
    const [c] = service.findings(open('ClientAliveInterval 60\n', 'ssh'), {});
    assert.equal(c.code, 'other-file-keyword');
    assert.match(c.message, /is a sshd_config keyword/);
  });

  it('keywords are case-insensitive, as in OpenSSH', () => {
    assert.deepEqual(codes('clientaliveinterval 60\nCLIENTALIVECOUNTMAX 3\n', 'sshd'), []);
  });

  it('knows which release added a keyword', () => {
    assert.deepEqual(codes('ChannelTimeout session:*=5m\nUnusedConnectionTimeout 5m\n', 'sshd', '9.1'), ['0:keyword-too-new', '1:keyword-too-new']);
    assert.deepEqual(codes('ChannelTimeout session:*=5m\n', 'sshd', '9.2'), []);
    assert.deepEqual(codes('ChannelTimeout direct-tcpip=5m\n', 'ssh', '9.5'), ['0:keyword-too-new']);
    assert.deepEqual(codes('ChannelTimeout direct-tcpip=5m\n', 'ssh', '9.6'), []);
    assert.deepEqual(codes('Tag work\n', 'ssh', '9.2'), ['0:keyword-too-new']);
  });

  it('knows removed keywords and the 10.4 GSSAPI spelling gap', () => {
    assert.deepEqual(codes('PAMAuthenticationViaKbdInt no\n', 'sshd', '10.3'), ['0:deprecated-keyword']);
    assert.deepEqual(codes('PAMAuthenticationViaKbdInt no\n', 'sshd', '10.4'), ['0:keyword-removed']);
    assert.deepEqual(codes('GSSAPIAuthentication no\n', 'sshd', '10.4'), ['0:keyword-removed']);
    assert.deepEqual(codes('GSSAPIAuthentication no\n', 'sshd', '10.5'), []);
  });

  it('warns about vendor-only keywords instead of calling them typos', () => {
    const [f] = service.findings(open('UseKeychain yes\n', 'ssh'), {});
    assert.equal(f.code, 'vendor-keyword');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /Apple/);
  });

  it('honours an earlier IgnoreUnknown in ssh_config, and only an earlier one', () => {
    assert.deepEqual(codes('Foo 1\nIgnoreUnknown Foo,UseKeychain\nFoo 2\nUseKeychain yes\n', 'ssh'), ['0:unknown-keyword']);
  });

  it('one bad line never hides the others', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Bogus${i} yes`).join('\n');
    assert.equal(codes(text, 'sshd').length, 20);
  });
});

describe('hover', () => {
  it('${VAR} and % tokens: what an unset variable does, and Include expanding them only from 9.9', () => {
    const md = (text: string, ch: number, targetVersion: string) => (service.hover(open(`${text}\n`, 'ssh'), { line: 0, character: ch }, { targetVersion })?.contents as { value: string }).value;
    assert.match(md('IdentityFile ~/.ssh/${KEY}', 22, '9.2'), /If it is not set, ssh stops with an error instead of connecting/);
    assert.match(md('Include ~/.ssh/${HOSTS}.conf', 17, '9.8'), /expanded by Include only from OpenSSH 9\.9; OpenSSH 9\.8 uses these characters as they are/);
    assert.match(md('Include ~/.ssh/${HOSTS}.conf', 17, '9.9'), /the value of the environment variable `HOSTS`/);
    assert.match(md('Include ~/.ssh/%h.conf', 16, '9.8'), /only from OpenSSH 9\.9: OpenSSH 9\.8 takes `%h` literally/);
    assert.match(md('Include ~/.ssh/%h.conf', 16, '9.9'), /^`%h`: the remote host name/);
  });

  it('explains a keyword in our words with default, release and manual link', () => {
    const doc = open('ClientAliveInterval 60\n', 'sshd');
    const h = service.hover(doc, { line: 0, character: 3 }, {});
    const md = (h?.contents as { value: string }).value;
    assert.match(md, /^\*\*ClientAliveInterval\*\*/);
    assert.match(md, /\*\*Default:\*\* `0`/);
    assert.match(md, /since OpenSSH 7\.0 or earlier/);
    assert.match(md, /Allowed inside `Match` blocks/);
    assert.match(md, /https:\/\/man\.openbsd\.org\/sshd_config#ClientAliveInterval/);
    assert.deepEqual(h?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } });
  });

  it('covers the timeout keywords of both files', () => {
    const cases: [string, 'sshd' | 'ssh', RegExp][] = [
      ['ClientAliveCountMax 0', 'sshd', /8\.2/],
      ['ChannelTimeout session:*=1h', 'sshd', /since OpenSSH 9\.2/],
      ['UnusedConnectionTimeout 1h', 'sshd', /since OpenSSH 9\.2/],
      ['TCPKeepAlive yes', 'sshd', /spoofed/],
      ['ServerAliveInterval 60', 'ssh', /NAT/],
      ['ServerAliveCountMax 3', 'ssh', /even when the server is fine/],
      ['ChannelTimeout session:*=1h', 'ssh', /since OpenSSH 9\.6/],
    ];
    for (const [line, kind, re] of cases) {
      const md = (service.hover(open(line, kind), { line: 0, character: 1 }, {})?.contents as { value: string }).value;
      assert.match(md, re, line);
    }
  });

  it('says when the target does not know the keyword, and explains aliases', () => {
    const md = (service.hover(open('ChannelTimeout session:*=1h', 'sshd'), { line: 0, character: 1 }, { targetVersion: '9.1' })?.contents as { value: string }).value;
    assert.match(md, /Not known to OpenSSH 9\.1/);
    const alias = (service.hover(open('ChallengeResponseAuthentication no', 'sshd'), { line: 0, character: 1 }, {})?.contents as { value: string }).value;
    assert.match(alias, /Another name for `KbdInteractiveAuthentication`/);
  });

  it('shows time values in human units and the words a flag takes', () => {
    const v = (text: string, character: number, targetVersion?: string) =>
      (service.hover(open(text, 'sshd'), { line: 0, character }, { targetVersion })?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(v('ClientAliveInterval 1h30m', 22), /`1h30m` = \*\*1 h 30 min\*\* = 5400 s/);
    assert.match(v('LoginGraceTime 1.5', 16, '9.2'), /not a time OpenSSH 9\.2 can read/);
    assert.match(v('PasswordAuthentication no', 24), /takes \*\*yes\*\* or \*\*no\*\*\./);
    assert.match(v('LoginGraceTime 30s', 16), /`30s` = \*\*30 seconds\*\*/);
  });

  it('says what 0 does for the keyword, at the target release (source cited in the docs data)', () => {
    const v = (text: string, kind: 'sshd' | 'ssh', line: number, character: number, targetVersion?: string) =>
      (service.hover(open(text, kind), { line, character }, { targetVersion })?.contents as { value: string } | undefined)?.value ?? '';
    const countZero = 'ClientAliveInterval 60\nClientAliveCountMax 0';
    assert.match(v(countZero, 'sshd', 1, 20, '8.1'), /`0`: sshd drops the client at the first interval .*\(before OpenSSH 8\.2\)/);
    assert.match(v(countZero, 'sshd', 1, 20, '9.2'), /`0`: unanswered probes never make sshd drop the client \(since OpenSSH 8\.2\)/);
    assert.match(v('LoginGraceTime 0', 'sshd', 0, 15), /`0`: no time limit/);
    assert.match(v('ClientAliveInterval 0s', 'sshd', 0, 21), /`0s`: no probes are sent/);
    assert.match(v('UnusedConnectionTimeout 0', 'sshd', 0, 24), /`0`: off, the same as `none`/);
    assert.match(v('MaxSessions 0', 'sshd', 0, 12), /port forwarding still works/);
    assert.match(v('ServerAliveCountMax 0', 'ssh', 0, 20), /ssh quits after the first interval .* even when the server is fine/);
    assert.match(v('ConnectTimeout 0', 'ssh', 0, 15), /the system's TCP timeout applies/);
    assert.match(v('ForwardX11Timeout 0', 'ssh', 0, 18), /accepted for the whole session/);
    assert.match(v('MaxAuthTries 0', 'sshd', 0, 13), /`0`: nobody can log in/);
    assert.match(v('NumberOfPasswordPrompts 0', 'ssh', 0, 24), /never asks for a password/);
    assert.match(v('CanonicalizeMaxDots 0', 'ssh', 0, 20), /only names without a dot/);
    assert.match(v('PerSourceMaxStartups 0', 'sshd', 0, 21), /turns away every new connection/);
    assert.match(v('PerSourceMaxStartups none', 'sshd', 0, 22), /`none`: no limit\./);
    assert.match(v('RequiredRSASize 0', 'sshd', 0, 16), /built-in floor of 1024 bits/);
    assert.match(v('RequiredRSASize 0', 'ssh', 0, 16), /built-in floor of 1024 bits/);
    assert.match(v('ConnectionAttempts 0', 'ssh', 0, 19), /ssh refuses to start/);
    // A time that is not 0 still shows its length; an ordinary number says nothing more than the diagnostics.
    assert.match(v('LoginGraceTime 30s', 'sshd', 0, 16), /`30s` = \*\*30 seconds\*\*$/);
    assert.equal(v('MaxSessions 4', 'sshd', 0, 12), '');
  });

  it('shows what the keepalive values add up to in their block, on the value too', () => {
    const v = (text: string, kind: 'sshd' | 'ssh', line: number, character: number) =>
      (service.hover(open(text, kind), { line, character }, { targetVersion: '9.6' })?.contents as { value: string } | undefined)?.value ?? '';
    const text = 'ClientAliveInterval 60\nClientAliveCountMax 60\nMatch User bob\n  ClientAliveCountMax 2\n';
    const global = v(text, 'sshd', 1, 20);
    assert.match(global, /`60`: up to 60 unanswered probes/);
    assert.match(global, /\*\*In this file\*\* \(the global part\): .*cut about \*\*1 h 1 min\*\*/);
    const block = v(text, 'sshd', 3, 22);
    assert.match(block, /\*\*In this file\*\* \(.*bob.*\): .*cut about \*\*3 min\*\*/);
    assert.match(v(text, 'sshd', 0, 20), /`60` = \*\*1 min\*\* = 60 s\n\n\*\*In this file\*\*/);
    assert.match(v('ServerAliveInterval 15\nServerAliveCountMax 0\n', 'ssh', 1, 20), /In this file.*15 s/);
    // A count OpenSSH cannot read (past INT_MAX) is left to the diagnostics.
    assert.doesNotMatch(v('ClientAliveCountMax 99999999999', 'sshd', 0, 21), /unanswered probes/);
  });

  it('gives nothing on free values, comments and unknown keywords', () => {
    const doc = open('Port 22 # x\nFoo bar\n', 'sshd');
    assert.equal(service.hover(doc, { line: 0, character: 6 }, {}), null);
    assert.equal(service.hover(doc, { line: 0, character: 10 }, {}), null);
    assert.equal(service.hover(doc, { line: 1, character: 1 }, {}), null);
  });
});

describe('go to definition on a ProxyJump hop', () => {
  const file = 'Host bastion gw\n  HostName 192.0.2.1\nHost web-*\n  ProxyJump me@bastion:2222,ssh://gw:22,web-9,none # x\nHost !web-9 *\n  User u\n';
  const defs = (character: number) => service.definition(open(file, 'ssh'), { line: 3, character }, undefined, 'file:///cfg');
  const at = (line: number, start: number, end: number) => ({ uri: 'file:///cfg', range: { start: { line, character: start }, end: { line, character: end } } });

  it('goes to the Host block naming the host (after user@, before :port), else to the patterns that apply', () => {
    // bastion: its own block only (the catch-all "*" applies too, but does not define it).
    assert.deepEqual(defs(16), [at(0, 5, 12)]);
    assert.deepEqual(defs(36), [at(0, 13, 15)]);
    // web-9: no block names it; "Host web-*" applies through its pattern.
    assert.deepEqual(defs(43), [at(2, 5, 10)]);
    // A pattern block that a negation excludes is not offered.
    const neg = 'Host web-* !web-9\nHost x\n  ProxyJump web-9\n';
    assert.deepEqual(service.definition(open(neg, 'ssh'), { line: 2, character: 14 }, undefined, 'file:///n'), []);
    // ssh compares Host lines with the name as written, case included: "Bastion" is not "Host bastion".
    const cased = 'Host bastion\nHost x\n  ProxyJump Bastion\n';
    assert.deepEqual(service.definition(open(cased, 'ssh'), { line: 2, character: 14 }, undefined, 'file:///c'), []);
  });

  it('hover on a hop says where ssh connects for it, with the lines, and what the hop itself overrides', () => {
    const hov = (character: number) => (service.hover(open(file, 'ssh'), { line: 3, character }, {})?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(hov(16), /^\*\*bastion\*\* · jump host\n\nssh connects to `192\.0\.2\.1` \(line 2\), port `2222` \(in the hop\), as `me` \(in the hop\)/);
    assert.match(hov(43), /connects to `web-9` \(no HostName: the name itself\), port `22`, as your local user name/);
    assert.equal(hov(48), '');
    const pct = 'Host x\n  ProxyJump %h-jump\n';
    assert.match((service.hover(open(pct, 'ssh'), { line: 1, character: 14 }, {})?.contents as { value: string }).value, /^`%h`: /);
  });

  it('nothing on none, on the keyword, or in sshd_config', () => {
    assert.deepEqual(defs(48), []);
    assert.deepEqual(defs(3), []);
    assert.deepEqual(service.definition(open('Match User x\n', 'sshd'), { line: 0, character: 8 }, undefined, 'file:///s'), []);
  });
});

describe('completion', () => {
  const labels = (text: string, kind: 'sshd' | 'ssh', line: number, character: number, targetVersion?: string) =>
    service.complete(open(text, kind), { line, character }, { targetVersion }).items.map((i) => i.label);

  it('offers the keywords of the right file', () => {
    const sshd = labels('\n', 'sshd', 0, 0);
    assert.ok(sshd.includes('ClientAliveInterval') && !sshd.includes('ServerAliveInterval'));
    const ssh = labels('\n', 'ssh', 0, 0);
    assert.ok(ssh.includes('ServerAliveInterval') && !ssh.includes('ClientAliveInterval'));
  });

  it('ProxyJump: the hosts of this file, not wildcards, not the own block, not a hop already given; none first, since 7.8', () => {
    const file = 'Host bastion\n  HostName 192.0.2.1\nHost gw *.corp !x\nHost web1 web2\n  ProxyJump \n';
    const items = service.complete(open(file, 'ssh'), { line: 4, character: 12 }, { targetVersion: '9.2' }).items;
    assert.deepEqual(items.map((i) => i.label), ['bastion', 'gw', 'none']);
    assert.equal(items[0].detail, 'Host on line 1 (HostName 192.0.2.1)');
    assert.deepEqual(labels(file, 'ssh', 4, 12, '7.7'), ['bastion', 'gw']);
    // After a user@ the host part is replaced; after a comma the next hop, without the ones given.
    const typed = 'Host bastion gw\nHost web\n  ProxyJump me@bas\n';
    const item = service.complete(open(typed, 'ssh'), { line: 2, character: 18 }, {}).items.find((i) => i.label === 'bastion');
    assert.deepEqual(item?.textEdit, { range: { start: { line: 2, character: 15 }, end: { line: 2, character: 18 } }, newText: 'bastion' });
    assert.deepEqual(labels('Host bastion gw\nHost web\n  ProxyJump bastion,\n', 'ssh', 2, 20), ['gw']);
    assert.deepEqual(labels('Host bastion gw\nHost web\n  ProxyJump ssh://me@g\n', 'ssh', 2, 22), ['bastion', 'gw']);
    // A port being typed, or sshd_config: nothing.
    assert.deepEqual(labels('Host bastion\nHost web\n  ProxyJump bastion:2\n', 'ssh', 2, 21), []);
  });

  it('inside a Match block offers only what Match allows', () => {
    const inMatch = labels('Port 22\nMatch User bob\n  \n', 'sshd', 2, 2);
    assert.ok(inMatch.includes('AllowTcpForwarding'));
    assert.ok(!inMatch.includes('Port') && !inMatch.includes('ListenAddress'));
    assert.ok(labels('Port 22\n\n', 'sshd', 1, 0).includes('Port'));
  });

  it('follows the target version and hides aliases', () => {
    assert.ok(!labels('\n', 'sshd', 0, 0, '9.1').includes('ChannelTimeout'));
    assert.ok(labels('\n', 'sshd', 0, 0, '9.2').includes('ChannelTimeout'));
    assert.ok(!labels('\n', 'sshd', 0, 0).includes('ChallengeResponseAuthentication'));
  });

  it('offers nothing in value position', () => {
    assert.deepEqual(labels('Port 22\n', 'sshd', 0, 6), []);
  });

  it('replaces the partial keyword under the cursor', () => {
    const list = service.complete(open('ClientAl\n', 'sshd'), { line: 0, character: 8 }, {});
    const item = list.items.find((i) => i.label === 'ClientAliveInterval');
    assert.deepEqual(item?.textEdit, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } }, newText: 'ClientAliveInterval ' });
  });
});

describe('code actions', () => {
  it('turn the fixes carried by a diagnostic into edits', () => {
    const uri = 'mem://ca';
    const doc = service.parse({ uri, version: 1, getText: () => 'PermitRootLogn no\n' }, 'sshd');
    const diags = service.validate(doc, {}, uri);
    const actions = service.codeActions(doc, uri, diags[0].range, diags, {});
    assert.equal(actions[0].title, 'Change to "PermitRootLogin"');
    assert.deepEqual(actions[0].edit?.changes?.[uri], [{ range: diags[0].range, newText: 'PermitRootLogin' }]);
    assert.equal(diags[0].codeDescription?.href.endsWith('/docs/rules/unknown-keyword.md'), true);
  });

  it('lines a fix inserts end like the file\'s own lines (CRLF stays CRLF)', () => {
    for (const [eol, text] of [['\r\n', 'AuthorizedKeysCommand /usr/bin/keys\r\nPort 22\r\nFoo bar\r\n'], ['\n', 'AuthorizedKeysCommand /usr/bin/keys\nPort 22\nFoo bar\n']] as const) {
      const uri = `mem://eol${eol.length}`;
      const doc = service.parse({ uri, version: 1, getText: () => text }, 'sshd');
      assert.equal(doc.eol, eol);
      const diags = service.validate(doc, {}, uri);
      const inserted = diags.flatMap((d) => service.codeActions(doc, uri, d.range, [d], {})).flatMap((a) => a.edit?.changes?.[uri] ?? []).filter((e) => e.newText.includes('\n'));
      assert.ok(inserted.length >= 1, JSON.stringify(diags.map((d) => d.code))); // the AuthorizedKeysCommandUser line
      for (const e of inserted) {
        if (eol === '\r\n') assert.doesNotMatch(e.newText, /(^|[^\r])\n/, JSON.stringify(e.newText));
        else assert.doesNotMatch(e.newText, /\r/, JSON.stringify(e.newText));
      }
    }
  });
});

describe('caching', () => {
  it('parses a document once per version', () => {
    let reads = 0;
    const td = { uri: 'mem://cache', version: 1, getText: () => (reads++, 'Port 22\n') };
    const a = service.parse(td, 'sshd');
    const b = service.parse(td, 'sshd');
    assert.equal(a, b);
    assert.equal(reads, 1);
    service.parse({ ...td, version: 2 }, 'sshd');
    assert.equal(reads, 2);
  });
});

describe('value completion', () => {
  const labels = (text: string, kind: 'sshd' | 'ssh', character: number, targetVersion?: string) =>
    service.complete(open(text, kind), { line: 0, character }, { targetVersion }).items.map((i) => i.label);

  it('offers the words of flags and enums, per file and release', () => {
    assert.deepEqual(labels('PasswordAuthentication ', 'sshd', 23), ['yes', 'no']);
    assert.deepEqual(labels('PasswordAuthentication ', 'ssh', 23), ['yes', 'no', 'true', 'false']);
    assert.ok(labels('PermitRootLogin p', 'sshd', 17).includes('prohibit-password'));
    assert.ok(!labels('TCPKeepAlive ', 'sshd', 13, '10.5').includes('transport'));
    assert.ok(labels('TCPKeepAlive=', 'sshd', 13, '10.6').includes('transport'));
  });

  it('offers nothing for free values', () => {
    assert.deepEqual(labels('Banner ', 'sshd', 7), []);
  });
});

describe('snippets from the server', () => {
  const items = (text: string, kind: 'sshd' | 'ssh', line: number, character: number, targetVersion?: string) =>
    service.complete(open(text, kind), { line, character }, { targetVersion }).items.filter((i) => i.kind === 15 /* Snippet */);

  it('are offered where a new line is written, not where a value goes', () => {
    assert.ok(items('\n', 'sshd', 0, 0).some((i) => i.label === 'client-alive'));
    assert.deepEqual(items('PermitRootLogin \n', 'sshd', 0, 16), []);
    assert.ok(items('\n', 'ssh', 0, 0).some((i) => i.label === 'keepalive'));
  });

  it('inside a Match block, only those whose keywords Match allows (or that open a new block)', () => {
    // sftp-chroot writes a Subsystem line, which Match allows only from 9.5.
    const at92 = items('Match User bob\n  \n', 'sshd', 1, 2, '9.2').map((i) => i.label);
    assert.ok(!at92.includes('sftp-chroot'));
    assert.ok(at92.includes('match-user') && at92.includes('client-alive'));
    assert.ok(items('Match User bob\n  \n', 'sshd', 1, 2, '9.5').some((i) => i.label === 'sftp-chroot'));
    assert.ok(items('\n', 'sshd', 0, 0, '9.2').some((i) => i.label === 'sftp-chroot'));
  });
});

describe('algorithm completion', () => {
  const labels = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) =>
    service.complete(open(text, kind), { line: 0, character: text.length }, { targetVersion }).items.map((i) => i.label);

  it('offers the names of the target release, defaults first, skipping names already listed', () => {
    const c = labels('Ciphers ', 'sshd', '9.2');
    assert.equal(c[0], 'chacha20-poly1305@openssh.com');
    assert.ok(c.includes('aes256-gcm@openssh.com'));
    assert.ok(!labels('Ciphers chacha20-poly1305@openssh.com,', 'sshd', '9.2').includes('chacha20-poly1305@openssh.com'));
    assert.ok(labels('KexAlgorithms +', 'ssh', '9.9').includes('mlkem768x25519-sha256'));
    assert.ok(!labels('KexAlgorithms +', 'ssh', '9.2').includes('mlkem768x25519-sha256'));
  });
});

describe('hover on %-tokens and ${VAR}', () => {
  const h = (text: string, kind: 'sshd' | 'ssh', character: number) =>
    (service.hover(open(text, kind), { line: 0, character }, {})?.contents as { value: string } | undefined)?.value ?? '';

  it('explains the token for the keyword, and says when a keyword does not take it', () => {
    assert.match(h('ControlPath ~/.ssh/cm-%C', 'ssh', 22), /^`%C`: a hash of the local host name/);
    assert.match(h('AuthorizedKeysFile /etc/ssh/keys/%u', 'sshd', 33), /^`%u`: the user name/);
    assert.match(h('ProxyCommand ssh -W %h:%p gw', 'ssh', 20), /^`%h`: the remote host name/);
    assert.match(h('ProxyCommand nc %d', 'ssh', 16), /does not accept this token/);
    assert.match(h('Banner /etc/%h', 'sshd', 13), /does not expand %-tokens/);
    // %% is one token: the cursor on its second % does not start a new one.
    assert.match(h('IdentityFile ~/.ssh/100%%x', 'ssh', 24), /^`%%`: a literal/);
  });

  it('explains ${VAR} where ssh expands it', () => {
    assert.match(h('IdentityFile ${HOME}/.ssh/id', 'ssh', 15), /environment variable `HOME`/);
    assert.match(h('Banner ${HOME}/b', 'sshd', 9), /is not expanded by Banner/);
  });
});

describe('Match and Host lines', () => {
  const labels = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) =>
    service.complete(open(text, kind), { line: 0, character: text.length }, { targetVersion }).items.map((i) => i.label);
  const h = (text: string, kind: 'sshd' | 'ssh', character: number, targetVersion?: string) =>
    (service.hover(open(text, kind), { line: 0, character }, { targetVersion })?.contents as { value: string } | undefined)?.value ?? '';

  it('completes criteria where a criterion goes, per release', () => {
    assert.ok(labels('Match ', 'sshd').includes('User'));
    assert.ok(labels('Match User bob ', 'sshd').includes('Address'));
    assert.deepEqual(labels('Match User ', 'sshd'), []); // the argument goes here
    assert.ok(!labels('Match ', 'sshd', '9.8').includes('Invalid-User'));
    assert.ok(labels('Match ', 'sshd', '9.9').includes('Invalid-User'));
    assert.ok(labels('Match !', 'ssh').includes('exec'));
    assert.ok(labels('Match canonical ', 'ssh').includes('host'));
  });

  it('explains criteria, their arguments and Host patterns', () => {
    assert.match(h('Match User bob', 'sshd', 7), /^\*\*Match User\*\* · criterion/);
    assert.match(h('Match User bob', 'sshd', 12), /pattern list/);
    assert.match(h('Match Version OpenSSH_9*', 'sshd', 8, '9.2'), /not known to your target OpenSSH 9\.2/);
    assert.match(h('Host web !db', 'ssh', 10), /cancels the whole line/);
  });
});
