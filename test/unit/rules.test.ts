import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';

const service = createLanguageService();
let n = 0;
const run = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) =>
  service.findings(service.parse({ uri: `mem://r${++n}`, version: 1, getText: () => text }, kind), { targetVersion });
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
