import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';

const service = createLanguageService();
let n = 0;
const run = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) =>
  service.findings(service.parse({ uri: `mem://r${++n}`, version: 1, getText: () => text }, kind, { targetVersion }), { targetVersion });
const codes = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) => run(text, kind, targetVersion).map((f) => `${f.span.line}:${f.code}:${f.severity}`);

describe('obsolete keywords', () => {
  it('aliases are hints with a fix to the canonical name, per release', () => {
    const [f] = run('ChallengeResponseAuthentication no\n', 'sshd');
    assert.equal(f.code, 'keyword-alias');
    assert.equal(f.severity, 'hint');
    assert.equal(f.fixes?.[0].edits[0].newText, 'KbdInteractiveAuthentication');
    // Before 8.7 ChallengeResponseAuthentication was a keyword of its own.
    assert.deepEqual(codes('ChallengeResponseAuthentication no\n', 'sshd', '8.6'), []);
    assert.deepEqual(codes('PubkeyAcceptedKeyTypes +ssh-rsa\n', 'ssh', '8.4'), []);
    assert.deepEqual(codes('PubkeyAcceptedKeyTypes +ssh-rsa\n', 'ssh', '8.5'), ['0:keyword-alias:hint']);
  });

  it('deprecated, ignored and unsupported keywords are warnings with a remove fix', () => {
    const text = 'Protocol 2\nUsePrivilegeSeparation sandbox\n';
    assert.deepEqual(codes(text, 'sshd'), ['0:deprecated-keyword:warning', '1:deprecated-keyword:warning']);
    const [f] = run('UseRoaming no\n', 'ssh');
    assert.equal(f.code, 'deprecated-keyword');
    assert.deepEqual(f.fixes?.[0].edits[0].wholeLines, { endLine: 0 });
  });
});

describe('not-allowed-in-match', () => {
  it('flags global-only keywords inside a Match block, whatever the indentation', () => {
    const text = 'Port 22\nMatch User bob\n  X11Forwarding no\nPort 2222\n';
    const fs = run(text, 'sshd');
    assert.deepEqual(fs.map((f) => `${f.span.line}:${f.code}`), ['3:not-allowed-in-match']);
    assert.match(fs[0].message, /Put it above the first Match line \(line 2\)/);
    assert.equal(fs[0].related?.[0].span.line, 1);
  });

  it('follows the release: Subsystem is Match-able from 9.5', () => {
    const text = 'Match Group sftp\n  Subsystem sftp internal-sftp\n';
    assert.deepEqual(codes(text, 'sshd', '9.4'), ['1:not-allowed-in-match:error']);
    assert.deepEqual(codes(text, 'sshd', '9.5'), []);
  });

  it('does not apply to ssh_config', () => {
    assert.deepEqual(codes('Host x\n  Port 22\nMatch all\n  Port 23\n', 'ssh'), []);
  });
});

describe('unknown-keyword follows OpenSSH order and scope', () => {
  it('a bare unknown keyword gets only missing-argument, as OpenSSH checks that first', () => {
    assert.deepEqual(codes('Fooxyz\n', 'sshd'), ['0:missing-argument:error']);
  });

  it('IgnoreUnknown inside a Host block covers only hosts that block applies to', () => {
    const text = 'Host other\n  IgnoreUnknown Foo*\nHost *\n  Footypo 1\n';
    const [f] = run(text, 'ssh');
    assert.equal(f.code, 'unknown-keyword');
    assert.match(f.message, /IgnoreUnknown on line 2 covers it only for hosts/);
    assert.deepEqual(codes('Host *\n  IgnoreUnknown Foo*\nHost x\n  Footypo 1\n', 'ssh'), []);
    assert.deepEqual(codes('Match all\n  IgnoreUnknown Foo*\n  Footypo 1\n', 'ssh'), []);
    // The first IgnoreUnknown that applies wins: a conditional one that does not match shadows the global one.
    assert.deepEqual(codes('Host a\n  IgnoreUnknown Bar\nHost *\n  IgnoreUnknown Foo*\n  Footypo 1\n', 'ssh'), ['4:unknown-keyword:error']);
    assert.deepEqual(codes('Host a\n  IgnoreUnknown Foo*\nHost *\n  IgnoreUnknown Foo*\n  Footypo 1\n', 'ssh'), []);
  });

  it('names the gap release instead of a removal', () => {
    const [f] = run('GSSAPIAuthentication no\n', 'sshd', '10.4');
    assert.equal(f.code, 'keyword-removed');
    assert.match(f.message, /OpenSSH 10\.4 does not know GSSAPIAuthentication, although releases before and after it do/);
  });

  it('reports a lone carriage return as a warning', () => {
    assert.deepEqual(codes('Port 22\rPermitRootLogin no\n', 'sshd'), ['0:lone-carriage-return:warning']);
  });
});

describe('invalid-value', () => {
  it('checks flags, enums, integers, times and ports the way OpenSSH parses them', () => {
    assert.deepEqual(codes('PasswordAuthentication true\n', 'sshd'), ['0:invalid-value:error']); // sshd flags: yes/no only
    assert.deepEqual(codes('PasswordAuthentication true\n', 'ssh'), []); // ssh also takes true/false
    assert.deepEqual(codes('PasswordAuthentication NO\n', 'sshd'), []); // strcasecmp
    assert.deepEqual(codes('PermitTunnel Yes\n', 'sshd'), ['0:invalid-value:error']); // strcmp
    assert.deepEqual(codes('MaxAuthTries -1\nMaxAuthTries 2147483648\nMaxAuthTries 6\n', 'sshd'), ['0:invalid-value:error', '1:invalid-value:error']);
    assert.deepEqual(codes('LoginGraceTime 1h30m\nLoginGraceTime 1.5\n', 'sshd', '9.2'), ['1:invalid-value:error']);
    assert.deepEqual(codes('LoginGraceTime 1.5\n', 'sshd', '10.3'), []);
    assert.deepEqual(codes('Port 0\nPort abc\nPort ssh\nPort 2222\n', 'sshd'), ['0:invalid-value:error', '1:invalid-value:error']);
    assert.deepEqual(codes('UnusedConnectionTimeout none\n', 'sshd'), []);
  });

  it('offers the nearest valid words as fixes', () => {
    const [f] = run('PermitRootLogin prohibit-pasword\n', 'sshd');
    assert.equal(f.code, 'invalid-value');
    assert.equal(f.fixes?.[0].edits[0].newText, 'prohibit-password');
  });

  it('knows value words newer than the target', () => {
    assert.deepEqual(codes('TCPKeepAlive transport\n', 'sshd', '10.5'), ['0:value-too-new:error']);
    assert.deepEqual(codes('TCPKeepAlive transport\n', 'sshd', '10.6'), []);
  });

  it('rejects extra words after a single value, but not a trailing comment', () => {
    assert.deepEqual(codes('PermitRootLogin no yes\n', 'sshd'), ['0:extra-arguments:error']);
    assert.deepEqual(codes('PermitRootLogin no # never\n', 'sshd'), []);
  });
});

describe('requirements and subsystems', () => {
  it('AuthorizedKeysCommand needs AuthorizedKeysCommandUser in the global part', () => {
    assert.deepEqual(codes('AuthorizedKeysCommand /usr/bin/keys %u\n', 'sshd'), ['0:missing-requirement:error']);
    assert.deepEqual(codes('AuthorizedKeysCommand /usr/bin/keys %u\nAuthorizedKeysCommandUser nobody\n', 'sshd'), []);
    assert.deepEqual(codes('AuthorizedKeysCommand none\n', 'sshd'), []);
    const [f] = run('AuthorizedKeysCommand /k\nMatch User x\n  AuthorizedKeysCommandUser nobody\n', 'sshd');
    assert.match(f.message, /inside a Match block does not count/);
  });

  it('a second Subsystem of the same name is fatal up to 9.4, ignored from 9.5', () => {
    const text = 'Subsystem sftp /usr/lib/openssh/sftp-server\nSubsystem sftp internal-sftp\nSubsystem SFTP internal-sftp\n';
    assert.deepEqual(codes(text, 'sshd', '9.2'), ['1:duplicate-subsystem:error']);
    assert.deepEqual(codes(text, 'sshd', '9.5'), ['1:duplicate-subsystem:warning']);
    assert.deepEqual(codes('Subsystem sftp\n', 'sshd'), ['0:missing-subsystem-command:error']);
  });
});

describe('IgnoreUnknown quick fixes (ssh_config)', () => {
  it('adds a new IgnoreUnknown at the top, or extends the global one', () => {
    const [v] = run('Host mac\n  UseKeychain yes\n', 'ssh');
    assert.equal(v.code, 'vendor-keyword');
    assert.deepEqual(v.fixes?.[0].title, 'Add "IgnoreUnknown UseKeychain" at the top of the file');
    assert.deepEqual(v.fixes?.[0].edits[0], { span: { line: 0, start: 0, end: 0 }, newText: 'IgnoreUnknown UseKeychain\n' });
    const [w] = run('IgnoreUnknown AddKeysToAgentX\nHost mac\n  UseKeychain yes\n', 'ssh');
    assert.equal(w.fixes?.[0].title, 'Add UseKeychain to the IgnoreUnknown on line 1');
    assert.equal(w.fixes?.[0].edits[0].newText, 'AddKeysToAgentX,UseKeychain');
  });

  it('offers it for keywords newer than the target, too', () => {
    const [f] = run('Tag work\n', 'ssh', '9.2');
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Remove the Tag line', 'Add "IgnoreUnknown Tag" at the top of the file']);
    assert.deepEqual(run('Port 2222x\n', 'sshd', '9.2').flatMap((x) => x.fixes ?? []).filter((x) => /IgnoreUnknown/.test(x.title)), []);
  });
});

describe('releases before 8.7 read lines differently', () => {
  it('a # anywhere ends the line, quotes are double only', () => {
    assert.deepEqual(codes('MaxAuthTries 4#x\n', 'sshd', '8.6'), []);
    assert.deepEqual(codes('MaxAuthTries 4#x\n', 'sshd', '8.7'), ['0:invalid-value:error']);
    assert.deepEqual(codes("Banner 'x\n", 'sshd', '8.6'), []);
    assert.deepEqual(codes("Banner 'x\n", 'sshd', '8.7'), ['0:invalid-quotes:error']);
  });
});
