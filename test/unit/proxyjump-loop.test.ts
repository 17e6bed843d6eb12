import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';

const service = createLanguageService();
let n = 0;
const loops = (text: string, targetVersion = '9.2') => {
  const doc = service.parse({ uri: `mem://pjl/${n++}`, version: 1, getText: () => text }, 'ssh', { targetVersion });
  return service.findings(doc, { targetVersion }).filter((f) => f.code === 'proxyjump-loop');
};

describe('proxyjump-loop', () => {
  it('Host * + ProxyJump bastion: the bastion jumps through itself; ssh stops it since 8.3 when written alike', () => {
    const [f, ...rest] = loops('Host *\n  ProxyJump bastion\n');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.span, { line: 1, start: 12, end: 19 });
    assert.match(f.message, /"bastion" jumps through itself: line 2 gives it "ProxyJump bastion"\. ssh 9\.2 notices and stops with "jumphost loop via bastion"/);
    assert.deepEqual(f.fixes, [
      { title: 'Leave "bastion" out of "Host *" (add !bastion)', edits: [{ span: { line: 0, start: 6, end: 6 }, newText: ' !bastion' }], preferred: true },
    ]);
    // Before 8.3 ssh does not notice at all.
    assert.match(loops('Host *\n  ProxyJump bastion\n', '8.2')[0].message, /never comes up\.$/);
  });

  it('a HostName, another port or a user in the hop hides the loop from ssh: the connection never comes up', () => {
    for (const text of [
      'Host bastion\n  HostName b.example.org\nHost * !x\n  ProxyJump bastion\n',
      'Host bastion\n  Port 2222\nHost web-* bastion*\n  ProxyJump bastion\n',
    ]) {
      const [f] = loops(text);
      assert.match(f.message, /"bastion" jumps through itself \(line 4\)\. .*never comes up: ssh only stops such a loop when the name, port and user are written exactly alike, and here they differ\./, text);
    }
    const fix = loops('Host bastion\n  HostName b.example.org\nHost web-* bastion*\n  ProxyJump bastion\n')[0].fixes?.[0];
    assert.deepEqual(fix?.edits, [{ span: { line: 2, start: 19, end: 19 }, newText: ' !bastion' }]);
    assert.equal(fix?.title, 'Leave "bastion" out of "Host web-* bastion*" (add !bastion)');
  });

  it('a circle of two, reported on every ProxyJump that enters it, with the line that closes it', () => {
    const fs = loops('Host a\n  ProxyJump b\nHost b\n  ProxyJump a\nHost web\n  ProxyJump me@a:22,c\n');
    assert.deepEqual(fs.map((f) => f.span.line), [1, 3, 5]);
    assert.match(fs[2].message, /"a" -> "b" -> "a" \(line 4 sends "b" on\)/);
    assert.deepEqual(fs[2].related?.map((r) => r.span.line), [3]);
  });

  it('no finding when the jump host is routed otherwise first, or when more than Host lines decide', () => {
    assert.deepEqual(loops('Host bastion\n  ProxyJump none\nHost *\n  ProxyJump bastion\n'), []);
    assert.deepEqual(loops('Host bastion\n  ProxyCommand nc %h %p\nHost *\n  ProxyJump bastion\n'), []);
    assert.deepEqual(loops('Host * !bastion\n  ProxyJump bastion\n'), []);
    assert.deepEqual(loops('Host web\n  ProxyJump bastion\n'), []);
    assert.deepEqual(loops('Include other\nHost *\n  ProxyJump bastion\n'), []);
    assert.deepEqual(loops('Match host bastion\n  ProxyJump none\nHost *\n  ProxyJump bastion\n'), []);
    // A later hop of the list is the next ssh's -J: only the first hop is followed.
    assert.deepEqual(loops('Host web\n  ProxyJump gw,web\nHost gw\n  HostName 192.0.2.1\n'), []);
  });
});
