// Whole-file rules: first value wins (duplicate-keyword-ignored/-overridden),
// shadowing by an earlier block, misleading indentation, empty and
// never-matching blocks. The verdicts they rest on are checked against
// sshd -T / ssh -G in test/oracle/whole-file.test.ts.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { toLspEdit } from '../../server/src/service/features/validate';
import type { Finding } from '../../server/src/service/rules/types';
import { directiveSequence } from '../../server/src/service/semantics/sequence';
import { parse } from '../../server/src/service/parser/parser';
import { memoryHost } from './memoryHost';

const service = createLanguageService();
let n = 0;
const MINE = new Set(['duplicate-keyword-ignored', 'duplicate-keyword-overridden', 'shadowed-by-earlier-block', 'misleading-indentation', 'empty-block', 'never-matching-block']);
const run = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string): Finding[] =>
  service.findings(service.parse({ uri: `mem://w${++n}`, version: 1, getText: () => text }, kind, { targetVersion }), { targetVersion }).filter((f) => MINE.has(f.code));
const codes = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) => run(text, kind, targetVersion).map((f) => `${f.span.line}:${f.code}`);

/** The text after applying fix `title` (a prefix) of the finding. */
function applyFix(text: string, f: Finding, title: string): string {
  const fix = f.fixes?.find((x) => x.title.startsWith(title));
  assert.ok(fix, `no fix "${title}" in ${JSON.stringify(f.fixes?.map((x) => x.title))}`);
  return TextDocument.applyEdits(TextDocument.create('mem://x', 'x', 1, text), fix.edits.map((e) => toLspEdit(e)));
}

describe('directiveSequence', () => {
  it('yields every directive in file order with its scope; the global part is one shared scope', () => {
    const doc = parse('Port 22\nMatch User a\n  X11Forwarding no\nMatch all\n  X11Forwarding yes\n', 'sshd');
    const seq = directiveSequence(doc);
    assert.deepEqual(seq.map((s) => [s.directive.line, s.scope.id, s.scope.alwaysApplies]), [
      [0, 'global', true],
      [1, '#1', false],
      [2, '#1', false],
      [3, '#2', true],
      [4, '#2', true],
    ]);
    assert.ok(seq.every((s) => s.uri === undefined));
  });
});

describe('duplicate-keyword-ignored', () => {
  it('flags a later line in the same scope, with the winner as related information', () => {
    const text = 'PasswordAuthentication no\nPort 22\nPasswordAuthentication yes\n';
    const [f] = run(text, 'sshd');
    assert.equal(f.code, 'duplicate-keyword-ignored');
    assert.equal(f.severity, 'warning');
    assert.equal(f.span.line, 2);
    const r = f.related?.[0].span;
    assert.deepEqual(r && { line: r.line, start: r.start, end: r.end }, { line: 0, start: 0, end: 22 });
    assert.match(f.message, /already set on line 1 in the global part/);
    assert.deepEqual(f.tags, ['unnecessary']);
  });

  it('never flags keywords that accumulate', () => {
    assert.deepEqual(codes('Port 22\nPort 2222\nListenAddress 0.0.0.0\nListenAddress ::\nHostKey /a\nHostKey /b\nAllowUsers a\nAllowUsers b\nAcceptEnv LANG\nAcceptEnv LC_*\n', 'sshd'), []);
    assert.deepEqual(codes('Host x\n  IdentityFile ~/.ssh/a\n  IdentityFile ~/.ssh/b\n  LocalForward 1 h:1\n  LocalForward 2 h:2\n  SendEnv A\n  SendEnv B\n  RemoteForward 3 h:3\n  RemoteForward 4 h:4\n  DynamicForward 5\n  DynamicForward 6\n  CertificateFile a\n  CertificateFile b\n', 'ssh'), []);
  });

  it('first-line-wins keywords: the later line is ignored as a whole', () => {
    const [f] = run('AuthorizedKeysFile .ssh/authorized_keys\nAuthorizedKeysFile .ssh/other\n', 'sshd');
    assert.equal(f.code, 'duplicate-keyword-ignored');
    assert.match(f.message, /whole list of the first line/);
    assert.deepEqual(codes('Host x\n  SetEnv A=1\n  SetEnv B=2\n', 'ssh'), ['2:duplicate-keyword-ignored']);
  });

  it('a Match block value is not a repeat of a global one (sshd applies it on top)', () => {
    assert.deepEqual(codes('X11Forwarding no\nMatch User alice\n  X11Forwarding yes\n', 'sshd'), []);
  });

  it('within one Match or Host block', () => {
    assert.deepEqual(codes('Match User alice\n  X11Forwarding no\n  X11Forwarding yes\nMatch User bob\n  X11Forwarding yes\n', 'sshd'), ['2:duplicate-keyword-ignored']);
    assert.deepEqual(codes('Host a\n  User x\n  User y\nHost b\n  User z\n', 'ssh'), ['2:duplicate-keyword-ignored']);
  });

  it('aliases set the keyword they stand for', () => {
    assert.deepEqual(codes('KbdInteractiveAuthentication no\nChallengeResponseAuthentication yes\n', 'sshd', '9.2'), ['1:duplicate-keyword-ignored']);
    // Before 8.7 they were two options.
    assert.deepEqual(codes('KbdInteractiveAuthentication no\nChallengeResponseAuthentication yes\n', 'sshd', '8.6'), []);
  });

  it('keywords are compared case-insensitively, Keyword=value counts', () => {
    assert.deepEqual(codes('passwordauthentication no\nPasswordAuthentication=yes\n', 'sshd'), ['1:duplicate-keyword-ignored']);
  });

  it('an ssh time "none" leaves the option unset, so the next line wins', () => {
    assert.deepEqual(codes('ConnectTimeout none\nConnectTimeout 10\nConnectTimeout 20\n', 'ssh'), ['2:duplicate-keyword-ignored']);
  });

  it('sshd UnusedConnectionTimeout none overrides an earlier time; a later time is ignored', () => {
    assert.deepEqual(codes('UnusedConnectionTimeout 1h\nUnusedConnectionTimeout none\n', 'sshd'), ['0:duplicate-keyword-overridden']);
    assert.deepEqual(codes('UnusedConnectionTimeout none\nUnusedConnectionTimeout 1h\n', 'sshd'), ['1:duplicate-keyword-ignored']);
  });

  it('a line with an invalid value sets nothing and is left to invalid-value', () => {
    assert.deepEqual(codes('MaxAuthTries abc\nMaxAuthTries 3\n', 'sshd'), []);
  });

  it('ssh SyslogFacility: the first line of the file wins, whatever block it is in', () => {
    assert.deepEqual(codes('Host a\n  SyslogFacility USER\nHost b\n  SyslogFacility DAEMON\n', 'ssh'), ['3:duplicate-keyword-ignored']);
  });

  it('ChannelTimeout and Subsystem have rules of their own', () => {
    assert.deepEqual(codes('ChannelTimeout session:*=1m\nChannelTimeout global=1h\nSubsystem sftp a\nSubsystem sftp b\n', 'sshd'), []);
  });

  it('fixes: remove the line (its comment stays) or move the value to the winning line', () => {
    const text = 'LoginGraceTime 30 # keep me\nPort 22\nLoginGraceTime 60 # the one I meant\n';
    const [f] = run(text, 'sshd');
    assert.equal(applyFix(text, f, 'Remove'), 'LoginGraceTime 30 # keep me\nPort 22\n# the one I meant\n');
    assert.equal(applyFix(text, f, 'Use this value'), 'LoginGraceTime 60 # keep me\nPort 22\n# the one I meant\n');
    const plain = 'X11Forwarding no\nX11Forwarding yes\n';
    assert.equal(applyFix(plain, run(plain, 'sshd')[0], 'Remove'), 'X11Forwarding no\n');
  });
});

describe('duplicate-keyword-overridden (last value wins)', () => {
  it('FingerprintHash in every release: the earlier line is overridden', () => {
    const [f] = run('FingerprintHash md5\nFingerprintHash sha256\n', 'sshd');
    assert.equal(f.code, 'duplicate-keyword-overridden');
    assert.equal(f.span.line, 0);
    assert.deepEqual(f.related?.[0].span.line, 1);
  });

  it('per release: IPQoS up to 10.2, MaxStartups up to 10.0, PerSourceMaxStartups up to 9.4', () => {
    const ipqos = 'IPQoS lowdelay\nIPQoS throughput\n';
    assert.deepEqual(codes(ipqos, 'sshd', '10.2'), ['0:duplicate-keyword-overridden']);
    assert.deepEqual(codes(ipqos, 'sshd', '10.3'), ['1:duplicate-keyword-ignored']);
    const ms = 'MaxStartups 10\nMaxStartups 20\n';
    assert.deepEqual(codes(ms, 'sshd', '10.0'), ['0:duplicate-keyword-overridden']);
    assert.deepEqual(codes(ms, 'sshd', '10.1'), ['1:duplicate-keyword-ignored']);
    const ps = 'PerSourceMaxStartups 5\nPerSourceMaxStartups 6\n';
    assert.deepEqual(codes(ps, 'sshd', '9.4'), ['0:duplicate-keyword-overridden']);
    assert.deepEqual(codes(ps, 'sshd', '9.5'), ['1:duplicate-keyword-ignored']);
    assert.deepEqual(codes('StreamLocalBindMask 0177\nStreamLocalBindMask 0077\n', 'ssh', '10.5'), ['0:duplicate-keyword-overridden']);
  });
});

describe('shadowed-by-earlier-block', () => {
  it('ssh: Host * before a specific block hides its value', () => {
    const text = 'Host *\n  User admin\nHost backup\n  User root\n  Port 2222\n';
    const fs = run(text, 'ssh');
    assert.deepEqual(fs.map((f) => `${f.span.line}:${f.code}`), ['3:shadowed-by-earlier-block']);
    assert.equal(fs[0].related?.[0].span.line, 1);
    // The fix moves the specific block first; nothing is lost.
    const fixed = applyFix(text, fs[0], 'Move');
    assert.equal(fixed, 'Host backup\n  User root\n  Port 2222\n\nHost *\n  User admin\n');
    assert.deepEqual(codes(fixed, 'ssh'), []);
  });

  it('ssh: the global part and Match all hide later blocks; Host * at the end does not', () => {
    assert.deepEqual(codes('User a\nHost x\n  User b\n', 'ssh'), ['2:shadowed-by-earlier-block']);
    assert.deepEqual(codes('Match all\n  User a\nHost x\n  User b\n', 'ssh'), ['3:shadowed-by-earlier-block']);
    assert.deepEqual(codes('Host x\n  User b\nHost *\n  User a\n', 'ssh'), []);
  });

  it('ssh: an earlier Host naming the same hosts', () => {
    assert.deepEqual(codes('Host web db\n  User a\nHost web\n  User b\n', 'ssh'), ['3:shadowed-by-earlier-block']);
    assert.deepEqual(codes('Host *.example.com\n  User a\nHost web.example.com\n  User b\n', 'ssh'), ['3:shadowed-by-earlier-block']);
    // Not decided: a later wildcard pattern, an earlier negation, hosts the earlier line does not name.
    assert.deepEqual(codes('Host *.example.com\n  User a\nHost web*.example.com\n  User b\n', 'ssh'), []);
    assert.deepEqual(codes('Host * !web\n  User a\nHost web\n  User b\n', 'ssh'), []);
    assert.deepEqual(codes('Host web\n  User a\nHost web db\n  User b\n', 'ssh'), []);
  });

  it('ssh: accumulating keywords are never hidden', () => {
    assert.deepEqual(codes('Host *\n  IdentityFile ~/.ssh/a\nHost x\n  IdentityFile ~/.ssh/b\n', 'ssh'), []);
  });

  it('sshd: only Match all hides later Match blocks; a global value never hides a Match value', () => {
    assert.deepEqual(codes('MaxAuthTries 6\nMatch User a\n  MaxAuthTries 2\n', 'sshd'), []);
    assert.deepEqual(codes('Match all\n  MaxAuthTries 3\nMatch User a\n  MaxAuthTries 2\n', 'sshd'), ['3:shadowed-by-earlier-block']);
    assert.deepEqual(codes('Match User b\n  MaxAuthTries 3\nMatch User a\n  MaxAuthTries 2\n', 'sshd'), []);
  });
});

describe('directiveSequence of an editor document (remember)', () => {
  it('after edits that add and remove blocks, each item has the scope a fresh sequence gives; unchanged lines keep their items', async () => {
    const { reparse } = await import('../../server/src/service/parser/parser');
    const shape = (d: ReturnType<typeof parse>, seq: ReturnType<typeof directiveSequence>) =>
      seq.map((s) => [s.directive.line, s.scope.id, s.scope.alwaysApplies, d.sections.indexOf(s.scope.section), s.scope.section === d.sections[s.directive.section]]);
    const g = 'User a\nPort 1\nPort 2\nPort 3\n';
    const versions = [
      `${g}Host x\n  User b\n  Port 4\n  Port 5\nHost *\n  User c\n`,
      `${g}Host y\nHost x\n  User b\n  Port 4\n  Port 5\nHost *\n  User c\n`, // a block inserted: later blocks change index
      `${g}#Host y\nHost x\n  User b\n  Port 4\n  Port 5\nHost *\n  User c\n`, // and commented out
      `${g}#Host y\nHost x\n  User b\n  Port 4\n  Port 5\nHost * !z\n  User c\n`, // the header of the last block edited
      `Port 0\n${g}#Host y\nHost x\n  User b\n  Port 4\n  Port 5\nHost * !z\n  User c\n`, // a new first line
    ];
    let doc = parse(versions[0], 'ssh', { detachLines: true });
    let before = directiveSequence(doc, { remember: true });
    for (const text of versions.slice(1)) {
      const items = new Map(before.map((s) => [s.directive, s]));
      doc = reparse(doc, text, 'ssh');
      const seq = directiveSequence(doc, { remember: true });
      const fresh = parse(text, 'ssh');
      assert.deepEqual(shape(doc, seq), shape(fresh, directiveSequence(fresh)), text);
      // Lines whose block kept its index and first line keep their item.
      const kept = seq.filter((s) => items.get(s.directive) === s).length;
      assert.ok(kept >= 3, `${kept} of ${seq.length} kept: ${JSON.stringify(text)}`);
      // The last block moves to another index when a block above it comes or goes: its lines keep their items.
      if (text === versions[1] || text === versions[2]) {
        const last = seq.filter((s) => s.scope.section === doc.sections[doc.sections.length - 1]);
        assert.deepEqual(last.map((s) => items.get(s.directive) === s), [true, true], JSON.stringify(text));
      }
      before = seq;
    }
  });
});

/** The user's ~/.ssh/config with `text` (its uri tagged: one document per test) and its Includes read from `files`. */
async function userConfig(text: string, files: Record<string, string>, tag: string) {
  const d = service.parse({ uri: `file:///home/u/.ssh/config?${tag}`, version: 1, getText: () => text }, 'ssh');
  return { d, g: await service.resolveIncludes('/home/u/.ssh/config', d, memoryHost(files)) };
}

describe('across Included files', () => {
  it('ssh: a Host * in an Included file read first hides a later block of this file; related information names that file', async () => {
    const { d, g } = await userConfig('Include ~/.ssh/config.d/*\nHost backup\n  User root\n', { '/home/u/.ssh/config.d/defaults': 'Host *\n  User admin\n' }, 'hidden');
    const [f] = service.findings(d, {}, g).filter((x) => x.code === 'shadowed-by-earlier-block');
    assert.ok(f, 'a shadowed-by-earlier-block finding');
    assert.equal(f.span.line, 2);
    assert.match(f.message, /of \/home\/u\/\.ssh\/config\.d\/defaults/);
    assert.equal(f.related?.[0].uri, 'file:///home/u/.ssh/config.d/defaults');
    assert.equal(f.related?.[0].span.line, 1);
    assert.equal(f.fixes, undefined); // the winner is in another file: no move offered
    // Without the graph the document alone has nothing to report.
    assert.deepEqual(service.findings(d, {}).filter((x) => x.code === 'shadowed-by-earlier-block'), []);
  });
});

describe('first value wins when a block resumes after an Include', () => {
  it('ssh: a block whose Include opens blocks of its own keeps its first value; the included block has its own', async () => {
    // Host a: User x; Include (whose file opens Host b with User y); then Host a's lines again: User z is ignored.
    const { d, g } = await userConfig('Host a\n  User x\n  Include ~/.ssh/inc\n  User z\n  Port 1\n  Port 2\n', { '/home/u/.ssh/inc': 'Host b\n  User y\n  Port 3\n' }, 'resume');
    const dup = service.findings(d, {}, g).filter((x) => x.code === 'duplicate-keyword-ignored');
    assert.deepEqual(
      dup.map((f) => [f.span.line, f.related?.[0].span.line, f.related?.[0].uri]),
      [
        [3, 1, undefined], // User z: User x wins in Host a, though Host b set User in between
        [5, 4, undefined], // Port 2: Port 1 wins
      ],
    );
  });
});

describe('misleading-indentation', () => {
  it('a flush-left line after an indented block body', () => {
    const text = 'Match User backup\n    ForceCommand internal-sftp\nPasswordAuthentication no # everyone?\n';
    const [f] = run(text, 'sshd');
    assert.equal(f.code, 'misleading-indentation');
    assert.equal(f.span.line, 2);
    assert.equal(applyFix(text, f, 'Move'), 'PasswordAuthentication no # everyone?\nMatch User backup\n    ForceCommand internal-sftp\n');
    assert.equal(applyFix(text, f, 'Indent'), 'Match User backup\n    ForceCommand internal-sftp\n    PasswordAuthentication no # everyone?\n');
  });

  it('no finding when the block does not indent at all, or for a keyword not-allowed-in-match reports', () => {
    assert.deepEqual(codes('Match Group ftp\nX11Forwarding no\nAllowTcpForwarding no\n', 'sshd'), []);
    assert.deepEqual(codes('Match User a\n  X11Forwarding no\nPort 22\n', 'sshd'), []);
  });

  it('no move fix when the global part sets the keyword already (it would be ignored there)', () => {
    const text = 'X11Forwarding yes\nHost a\n  User x\nX11Forwarding no\n';
    const [f] = run(text, 'ssh');
    assert.equal(f.code, 'misleading-indentation');
    assert.deepEqual(f.fixes?.map((x) => x.title.split(' ')[0]), ['Indent']);
  });
});

describe('empty-block and never-matching-block', () => {
  it('a Host line followed by another: the settings go to the second only', () => {
    const text = 'Host web\nHost db\n  User deploy\n';
    const [f] = run(text, 'ssh');
    assert.equal(f.code, 'empty-block');
    assert.match(f.message, /list their patterns on one Host line/);
    assert.equal(applyFix(text, f, 'Comment out'), '# Host web\nHost db\n  User deploy\n');
    assert.deepEqual(codes('Match User a\n', 'sshd'), ['0:empty-block']);
    assert.deepEqual(codes('Match User a\n  # PermitTTY no\n', 'sshd'), ['0:empty-block']);
    // `Match all` alone ends the block above: not reported.
    assert.deepEqual(codes('Match User a\n  PermitTTY no\nMatch all\n', 'sshd'), []);
  });

  it('Host lines whose every pattern is excluded, Match lines asking for two different names', () => {
    assert.deepEqual(codes('Host * !*\n  User a\nHost web !web\n  User b\nHost web* !web1\n  User c\n', 'ssh'), ['0:never-matching-block', '2:never-matching-block']);
    assert.deepEqual(codes('Match User alice User bob\n  X11Forwarding no\n', 'sshd'), ['0:never-matching-block']);
    assert.deepEqual(codes('Match User alice,bob User=bob\n  X11Forwarding no\n', 'sshd'), []);
    assert.deepEqual(codes('Match host a host b\n  User x\n', 'ssh'), ['0:never-matching-block']);
    assert.deepEqual(codes('Match user a !user b\n  Port 1\n', 'ssh'), []);
  });
});
