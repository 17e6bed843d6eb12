import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { toLspEdit } from '../../server/src/service/features/validate';
import type { Finding } from '../../server/src/service/rules/types';
import { allKeywords } from '../../server/src/service/openssh/keywords';

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

describe('deprecated-value', () => {
  it('an old spelling of a value is a hint with a fix to the current word', () => {
    const text = 'PermitRootLogin without-password # old guide\n';
    const [f] = run(text, 'sshd', '9.2');
    assert.equal(f.code, 'deprecated-value');
    assert.equal(f.severity, 'hint');
    assert.deepEqual(f.tags, ['deprecated']);
    assert.match(f.message, /without-password is an old spelling of prohibit-password/);
    assert.equal(applyFix(text, f, 'Change to "prohibit-password"'), 'PermitRootLogin prohibit-password # old guide\n');
    // Any case, as OpenSSH compares it; the current word gets nothing.
    assert.deepEqual(codes('PermitRootLogin Without-Password\n', 'sshd'), ['0:deprecated-value:hint']);
    assert.deepEqual(codes('PermitRootLogin prohibit-password\n', 'sshd'), []);
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

  it('the pairs come from the knowledge base (requires), and the keyword hover names them', () => {
    const withRequires = [...allKeywords('sshd'), ...allKeywords('ssh')].filter((k) => k.doc?.requires?.length).map((k) => `${k.facts.name}->${k.doc?.requires?.map((r) => r.keyword).join(',')}`);
    assert.deepEqual(withRequires.sort(), ['AuthorizedKeysCommand->AuthorizedKeysCommandUser', 'AuthorizedPrincipalsCommand->AuthorizedPrincipalsCommandUser']);
    assert.deepEqual(codes('AuthorizedPrincipalsCommand /usr/bin/p %u\n', 'sshd'), ['0:missing-requirement:error']);
    const doc = service.parse({ uri: `mem://r${++n}`, version: 1, getText: () => 'AuthorizedKeysCommand /k\n' }, 'sshd');
    const md = (service.hover(doc, { line: 0, character: 3 }, {})?.contents as { value: string }).value;
    assert.match(md, /Requires `AuthorizedKeysCommandUser` in the global part/);
  });

  it('a second Subsystem of the same name is fatal up to 9.4, ignored from 9.5', () => {
    const text = 'Subsystem sftp /usr/lib/openssh/sftp-server\nSubsystem sftp internal-sftp\nSubsystem SFTP internal-sftp\n';
    assert.deepEqual(codes(text, 'sshd', '9.2'), ['1:duplicate-subsystem:error']);
    assert.deepEqual(codes(text, 'sshd', '9.5'), ['1:duplicate-subsystem:warning']);
    assert.deepEqual(codes('Subsystem sftp\n', 'sshd'), ['0:missing-subsystem-command:error']);
  });
});

/** The text after applying fix `title` (a prefix) of the finding. */
function applyFix(text: string, f: Finding, title: string): string {
  const fix = f.fixes?.find((x) => x.title.startsWith(title));
  assert.ok(fix, `no fix "${title}" in ${JSON.stringify(f.fixes?.map((x) => x.title))}`);
  return TextDocument.applyEdits(TextDocument.create('mem://x', 'x', 1, text), fix.edits.map((e) => toLspEdit(e)));
}

describe('IgnoreUnknown quick fixes (ssh_config)', () => {
  it('an IgnoreUnknown below the keyword comes too late: the message says so, the fix moves it up', () => {
    const text = 'UseKeychain yes # mac only\nUser me\nIgnoreUnknown AddKeysToAgentX,UseKeychain\nHost y\n  Port 2\n';
    const [f] = run(text, 'ssh');
    assert.equal(f.code, 'vendor-keyword');
    assert.match(f.message, /IgnoreUnknown on line 3 names it but comes too late/);
    const fixed = applyFix(text, f, 'Move the IgnoreUnknown on line 3 to the top');
    assert.equal(fixed, 'IgnoreUnknown AddKeysToAgentX,UseKeychain\nUseKeychain yes # mac only\nUser me\nHost y\n  Port 2\n');
    assert.deepEqual(codes(fixed, 'ssh'), []);
    // One inside a later Host block is too late as well; a new global one goes on top.
    const inBlock = 'UseKeychain yes\nHost x\n  IgnoreUnknown UseKeychain\n';
    const [g] = run(inBlock, 'ssh');
    assert.match(g.message, /line 3 names it but comes too late/);
    assert.equal(applyFix(inBlock, g, 'Add "IgnoreUnknown UseKeychain" at the top'), 'IgnoreUnknown UseKeychain\n' + inBlock);
    // CRLF files get a CRLF line.
    const crlf = 'UseKeychain yes\r\nIgnoreUnknown Foo\r\n';
    assert.equal(applyFix(crlf, run(crlf, 'ssh')[0], 'Move the IgnoreUnknown on line 2 to the top of the file, with UseKeychain added'), 'IgnoreUnknown Foo,UseKeychain\r\nUseKeychain yes\r\n');
  });

  it('an unknown keyword no release knows gets the IgnoreUnknown fix; a typo only its spelling fixes', () => {
    const [f] = run('XyzzyOption 1\n', 'ssh');
    assert.equal(f.code, 'unknown-keyword');
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Add "IgnoreUnknown XyzzyOption" at the top of the file']);
    const [t] = run('IdentitiyFile ~/.ssh/id\n', 'ssh');
    assert.ok(t.fixes?.length && t.fixes.every((x) => x.title.startsWith('Change to')), JSON.stringify(t.fixes?.map((x) => x.title)));
    // ... unless a later IgnoreUnknown names it: then keeping it is the intent.
    const late = 'IdentitiyFile ~/.ssh/id\nIgnoreUnknown Identitiy*\n';
    const [u] = run(late, 'ssh');
    assert.ok(u.fixes?.some((x) => x.title.startsWith('Move the IgnoreUnknown on line 2')));
  });

  it('a removed keyword gets a remove fix (and IgnoreUnknown in ssh_config)', () => {
    const [f] = run('PAMAuthenticationViaKbdInt no\n', 'sshd', '10.4');
    assert.equal(f.code, 'keyword-removed');
    assert.equal(applyFix('PAMAuthenticationViaKbdInt no\nPort 22\n', f, 'Remove the PAMAuthenticationViaKbdInt line'), 'Port 22\n');
    const removedSsh = run('UseRoaming no\n', 'ssh', '10.4').find((x) => x.code === 'keyword-removed');
    if (removedSsh) assert.deepEqual(removedSsh.fixes?.map((x) => x.title.split(' ')[0]), ['Remove', 'Add']);
  });

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

describe('ssh before 8.5 has no trailing comments', () => {
  it('"# c" after a value is more words (read_config_file cuts at "#" only from 8.5); sshd always cut', () => {
    assert.deepEqual(codes('Port 22 # c\n', 'ssh', '8.4'), ['0:extra-arguments:error']);
    assert.match(run('User me # c\n', 'ssh', '8.4')[0].message, /ssh before 8\.5 has no comments at the end of a line/);
    assert.deepEqual(codes('Port 22 # c\n', 'ssh', '8.5'), []);
    assert.deepEqual(codes('Port 22 # c\n', 'sshd', '8.4'), []);
    assert.deepEqual(codes('# a comment\n  # indented\nPort 22\n', 'ssh', '8.4'), []);
    // Match: "#" is one more (unknown) criterion before 8.5.
    assert.deepEqual(codes('Match host a # c\n  Port 2\n', 'ssh', '8.4'), ['0:match-criteria:error']);
    assert.deepEqual(codes('Match host a # c\n  Port 2\n', 'ssh', '8.5'), []);
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
