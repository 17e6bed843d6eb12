import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../server/src/service/parser/parser';

const one = (line: string, kind: 'sshd' | 'ssh' = 'sshd') => {
  const doc = parse(line, kind);
  return { doc, d: doc.directives[0] };
};

describe('parser: OpenSSH tokenisation', () => {
  it('splits keyword and arguments with exact columns', () => {
    const { d } = one('  PermitRootLogin   no');
    assert.equal(d.keyword.value, 'PermitRootLogin');
    assert.equal(d.name, 'permitrootlogin');
    assert.deepEqual([d.keyword.start, d.keyword.end], [2, 17]);
    assert.deepEqual(d.args.map((a) => [a.value, a.start, a.end]), [['no', 20, 22]]);
  });

  it('accepts one = as separator, with or without blanks', () => {
    for (const line of ['LoginGraceTime=45', 'LoginGraceTime = 45', 'LoginGraceTime =45', 'LoginGraceTime\t=\t45']) {
      const { d } = one(line);
      assert.equal(d.keyword.value, 'LoginGraceTime', line);
      assert.equal(d.equals, true, line);
      assert.deepEqual(d.args.map((a) => a.value), ['45'], line);
    }
  });

  it('keeps a second = in the value, as strdelim() does', () => {
    const { d } = one('LoginGraceTime==45');
    assert.deepEqual(d.args.map((a) => a.value), ['=45']);
  });

  it('removes quotes and resolves the four escapes', () => {
    const { d } = one(String.raw`Banner "/etc/my banner" 'single \' q' a\ b "x\"y" c\d`);
    assert.deepEqual(d.args.map((a) => a.value), ['/etc/my banner', "single ' q", 'a b', 'x"y', 'c\\d']);
    assert.equal(d.args[0].quoted, true);
    assert.equal(d.args[0].text, '"/etc/my banner"');
  });

  it('accepts a quoted keyword', () => {
    const { d } = one('"LoginGraceTime" 45');
    assert.equal(d.name, 'logingracetime');
    assert.deepEqual(d.args.map((a) => a.value), ['45']);
  });

  it('treats a token-initial # as a comment, but not 4#x', () => {
    const { d, doc } = one('LoginGraceTime 45 # two minutes');
    assert.deepEqual(d.args.map((a) => a.value), ['45']);
    assert.equal(d.comment?.text, '# two minutes');
    assert.equal(doc.comments.length, 1);
    const b = one('MaxAuthTries 4#nocomment').d;
    assert.deepEqual(b.args.map((a) => a.value), ['4#nocomment']);
    assert.equal(b.comment, undefined);
  });

  it('keeps the rest of the line, # included, for raw keywords', () => {
    const { d } = one('ForceCommand /bin/echo "a b"  # c');
    assert.equal(d.raw?.value, '/bin/echo "a b"  # c');
    assert.equal(d.comment, undefined);
    const p = one('ProxyCommand=ssh -W %h:%p bastion # via bastion', 'ssh').d;
    assert.equal(p.raw?.value, 'ssh -W %h:%p bastion # via bastion');
    // ProxyCommand is not raw in sshd_config (it is not an sshd keyword at all): normal tokenisation.
    assert.equal(one('ProxyCommand a # b', 'sshd').d.raw, undefined);
  });

  it('reports unterminated quotes, missing arguments and a BOM', () => {
    const doc = parse('\uFEFFPort 22\nBanner "oops\nPermitRootLogin\nAllowUsers a \\\n  bob\n', 'sshd');
    assert.deepEqual(
      doc.problems.map((p) => [p.code, p.line]),
      [
        ['byte-order-mark', 0],
        ['invalid-quotes', 1],
        ['missing-argument', 2],
        ['missing-argument', 4], // no line continuation: "bob" is a keyword without value
      ],
    );
    assert.equal(doc.directives[0].keyword.value, 'Port');
    assert.equal(doc.directives[0].keyword.start, 1);
  });

  it('silently skips a line whose keyword quote never closes (strdelim returns NULL)', () => {
    const doc = parse('"Port 22\n', 'sshd');
    assert.equal(doc.directives.length, 0);
    assert.equal(doc.problems[0].code, 'invalid-quotes');
  });

  it('handles CRLF line ends', () => {
    const doc = parse('Port 22\r\nMatch User bob\r\n  X11Forwarding no\r\n', 'sshd');
    assert.deepEqual(doc.directives.map((d) => [d.keyword.value, d.args.map((a) => a.value).join(' ')]), [
      ['Port', '22'],
      ['Match', 'User bob'],
      ['X11Forwarding', 'no'],
    ]);
    assert.equal(doc.lineText(0), 'Port 22');
    assert.equal(doc.lineCount, 4);
  });

  it('runs Match and Host blocks to the next block whatever the indentation', () => {
    const doc = parse('Port 22\nMatch User alice\n  AllowTcpForwarding no\nX11Forwarding yes\nMatch all\nPermitTTY yes\n', 'sshd');
    assert.deepEqual(
      doc.sections.map((s) => [s.kind, s.startLine, s.endLine, s.directives.map((d) => d.name)]),
      [
        ['global', 0, 0, ['port']],
        ['match', 1, 3, ['match', 'allowtcpforwarding', 'x11forwarding']],
        ['match', 4, 6, ['match', 'permittty']],
      ],
    );
    const ssh = parse('Host a\nUser x\nHost b\nUser y\n', 'ssh');
    assert.deepEqual(ssh.sections.map((s) => s.kind), ['global', 'host', 'host']);
  });

  it('ignores blank and comment lines and knows the directive of each line', () => {
    const doc = parse('\n   \n# c\n  # d\nPort 2222\n', 'sshd');
    assert.equal(doc.directives.length, 1);
    assert.equal(doc.directiveAt(4)?.name, 'port');
    assert.equal(doc.directiveAt(2), undefined);
    assert.equal(doc.comments.filter((c) => c.wholeLine).length, 2);
  });

  it('takes the next token when the first is empty, once, as strdelim() callers do', () => {
    assert.equal(parse('"" Port 22\n', 'sshd').directives[0].name, 'port');
    assert.equal(parse('""\n', 'sshd').directives.length, 0);
    assert.equal(parse('"" "" Port 22\n', 'sshd').directives.length, 0);
    // sshd strips leading blanks when loading; ssh does not, so its first empty token is the blanks.
    assert.equal(parse('  "" Port 22\n', 'sshd').directives[0].name, 'port');
    assert.equal(parse('  "" Port 22\n', 'ssh').directives.length, 0);
    assert.equal(parse('=Port 22\n', 'ssh').directives[0].name, 'port');
    assert.equal(parse('  "" Port 22\n', 'ssh').problems.length, 0);
  });

  it('marks a keyword with nothing after it as bare', () => {
    const doc = parse('PermitRootLogin\nPort # x\nPort 22\n', 'sshd');
    assert.deepEqual(doc.directives.map((d) => d.bare), [true, false, false]);
  });

  it('counts a lone CR as a line break, like the editor, and reports it', () => {
    const doc = parse('Port 22\rFooa 1\nBarb 2\n', 'sshd');
    assert.equal(doc.lineCount, 4);
    assert.deepEqual(doc.directives.map((d) => [d.line, d.name]), [[0, 'port'], [1, 'fooa'], [2, 'barb']]);
    assert.deepEqual(doc.problems.map((p) => [p.code, p.line, p.start]), [['lone-carriage-return', 0, 7]]);
    assert.equal(doc.lineText(1), 'Fooa 1');
  });

  it('reads lines as OpenSSH before 8.7 did when asked (legacy tokeniser)', () => {
    const legacy = (line: string, kind: 'sshd' | 'ssh' = 'sshd') => parse(line, kind, { legacy: true });
    // Every line is cut at its first '#'.
    const a = legacy('MaxAuthTries 4#x').directives[0];
    assert.deepEqual(a.args.map((t) => t.value), ['4']);
    assert.equal(a.comment?.text, '#x');
    // strdelim(): double quotes only, no escapes, '=' splits.
    assert.deepEqual(legacy("Banner 'a b'").directives[0].args.map((t) => t.value), ["'a", "b'"]);
    assert.deepEqual(legacy('Banner "a b"').directives[0].args.map((t) => t.value), ['a b']);
    assert.deepEqual(legacy('AllowUsers a\\ b').directives[0].args.map((t) => t.value), ['a\\', 'b']);
    assert.deepEqual(legacy('AllowUsers a=b').directives[0].args.map((t) => t.value), ['a', 'b']);
    // A raw keyword loses its trailing comment too.
    assert.equal(legacy('ProxyCommand ssh -W %h:%p gw # via gw', 'ssh').directives[0].raw?.value, 'ssh -W %h:%p gw');
    assert.equal(legacy('  # only a comment').directives.length, 0);
    assert.equal(legacy('Banner "open').problems[0].code, 'invalid-quotes');
  });
});

