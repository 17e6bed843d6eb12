// Structure features: document and workspace symbols, folding ranges,
// selection ranges and formatting.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FoldingRangeKind, SymbolKind, type SelectionRange } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/languageService';

const service = createLanguageService();
let n = 0;
const parse = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string) => service.parse({ uri: `mem://s${++n}`, version: 1, getText: () => text }, kind, { targetVersion });

function format(text: string, kind: 'sshd' | 'ssh', opts: { tabSize?: number; insertSpaces?: boolean; keywordCase?: 'preserve' | 'canonical'; targetVersion?: string } = {}): string {
  const doc = parse(text, kind, opts.targetVersion);
  const edits = service.format(doc, { tabSize: opts.tabSize ?? 4, insertSpaces: opts.insertSpaces ?? true }, { formatKeywordCase: opts.keywordCase, targetVersion: opts.targetVersion });
  return TextDocument.applyEdits(TextDocument.create('mem://f', 'x', 1, text), edits);
}

const SSHD = [
  '# Global settings', // 0
  '# (two comment lines)', // 1
  'Port 22', // 2
  'PasswordAuthentication no', // 3
  '', // 4
  'Match User alice', // 5
  '  X11Forwarding no', // 6
  '  AllowTcpForwarding no # tunnels', // 7
  '', // 8
  'Match Address 10.0.0.0/8', // 9
  '  PermitRootLogin yes', // 10
  '',
].join('\n');

describe('document symbols', () => {
  it('global settings, then each block with its settings as children', () => {
    const syms = service.documentSymbols(parse(SSHD, 'sshd'));
    assert.deepEqual(
      syms.map((s) => [s.name, s.kind, s.children?.map((c) => `${c.name} ${c.detail}`)]),
      [
        ['Port', SymbolKind.Property, undefined],
        ['PasswordAuthentication', SymbolKind.Property, undefined],
        ['Match User alice', SymbolKind.Class, ['X11Forwarding no', 'AllowTcpForwarding no']],
        ['Match Address 10.0.0.0/8', SymbolKind.Class, ['PermitRootLogin yes']],
      ],
    );
    const alice = syms[2];
    assert.deepEqual(alice.range, { start: { line: 5, character: 0 }, end: { line: 7, character: 33 } });
    assert.deepEqual(alice.selectionRange, { start: { line: 5, character: 0 }, end: { line: 5, character: 16 } });
    // every child inside its parent
    for (const s of syms) for (const c of s.children ?? []) assert.ok(c.range.start.line >= s.range.start.line && c.range.end.line <= s.range.end.line);
  });

  it('ssh Host blocks are namespaces; workspace symbols list host patterns across documents', () => {
    const a = parse('Host web db !bad\n  User x\nMatch host *.example.com\n  Port 2\n', 'ssh');
    const syms = service.documentSymbols(a);
    assert.deepEqual(syms.map((s) => [s.name, s.kind]), [['Host web db !bad', SymbolKind.Namespace], ['Match host *.example.com', SymbolKind.Class]]);
    const b = parse('Host webmail\n  User y\n', 'ssh');
    const ws = service.workspaceSymbols([{ uri: 'file:///a', doc: a }, { uri: 'file:///b', doc: b }], 'web');
    assert.deepEqual(ws.map((s) => [s.name, s.location.uri]), [['web', 'file:///a'], ['webmail', 'file:///b']]);
    assert.deepEqual(service.workspaceSymbols([{ uri: 'file:///a', doc: a }], '').map((s) => s.name), ['web', 'db', 'Match host *.example.com']);
  });
});

describe('folding ranges', () => {
  it('blocks from header to last setting, and comment runs', () => {
    const ranges = service.foldingRanges(parse(SSHD, 'sshd'));
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 1, kind: FoldingRangeKind.Comment },
      { startLine: 5, endLine: 7 },
      { startLine: 9, endLine: 10 },
    ]);
  });
});

describe('selection ranges', () => {
  const chain = (s: SelectionRange | undefined) => {
    const out: string[] = [];
    for (let x = s; x; x = x.parent) out.push(`${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character}`);
    return out;
  };
  it('word → setting → line → block → document, each containing the one before', () => {
    const [s] = service.selectionRanges(parse(SSHD, 'sshd'), [{ line: 7, character: 22 }]);
    assert.deepEqual(chain(s), ['7:21-7:23', '7:2-7:23', '7:0-7:33', '5:0-7:33', '0:0-11:0']);
    const [c] = service.selectionRanges(parse(SSHD, 'sshd'), [{ line: 7, character: 28 }]);
    assert.deepEqual(chain(c), ['7:24-7:33', '7:0-7:33', '5:0-7:33', '0:0-11:0']);
  });
});

describe('formatting', () => {
  it('indents block bodies, normalises separators and spacing, keeps comments in place', () => {
    const text = [
      '# global',
      'port   22   # the port',
      'PasswordAuthentication=no',
      'LoginGraceTime = 30  ',
      '# about alice',
      'Match   User alice',
      'X11Forwarding   no',
      '\t# inside',
      '      AllowTcpForwarding no',
      '',
      'Host-less line',
    ].join('\n');
    assert.equal(
      format(text, 'sshd'),
      ['# global', 'port 22 # the port', 'PasswordAuthentication no', 'LoginGraceTime 30', '# about alice', 'Match User alice', '    X11Forwarding no', '    # inside', '    AllowTcpForwarding no', '', '    Host-less line'].join('\n'),
    );
  });

  it('canonical keyword case, tabs, two-space indentation', () => {
    assert.equal(format('port 22\nmatch user a\nx11forwarding no\n', 'sshd', { keywordCase: 'canonical' }), 'Port 22\nMatch user a\n    X11Forwarding no\n');
    assert.equal(format('Host a\nuser x\n', 'ssh', { insertSpaces: false }), 'Host a\n\tuser x\n');
    assert.equal(format('Host a\nuser x\n', 'ssh', { tabSize: 2 }), 'Host a\n  user x\n');
  });

  it('a comment run right above a Host/Match line stays at the margin', () => {
    assert.equal(format('Host a\n  User x\n  # next one\nHost b\n  User y\n', 'ssh'), 'Host a\n    User x\n# next one\nHost b\n    User y\n');
  });

  it('never changes what OpenSSH reads: raw values verbatim, a second "=" and quotes kept', () => {
    assert.equal(format('ProxyCommand   ssh -W  %h:%p   bastion # not a comment\n', 'ssh'), 'ProxyCommand ssh -W  %h:%p   bastion # not a comment\n');
    assert.equal(format('LoginGraceTime==45\n', 'sshd'), 'LoginGraceTime==45\n');
    assert.equal(format('Banner   "/etc/a  b"\n', 'sshd'), 'Banner "/etc/a  b"\n');
    assert.equal(format('AllowUsers "bad\n', 'sshd'), 'AllowUsers "bad\n');
  });

  it('keeps CRLF line ends; leaves a file with a lone CR alone', () => {
    assert.equal(format('Host a\r\nUser  x\r\n', 'ssh'), 'Host a\r\n    User x\r\n');
    assert.equal(format('Host a\rUser  x\n', 'ssh'), 'Host a\rUser  x\n');
  });

  it('range formatting touches only the lines of the range', () => {
    const doc = parse('Port   1\nPort   2\nPort   3\n', 'sshd');
    const edits = service.format(doc, { tabSize: 4, insertSpaces: true }, {}, { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } });
    assert.deepEqual(edits.map((e) => [e.range.start.line, e.newText]), [[1, 'Port 2']]);
  });

  it('formatting twice gives the same text', () => {
    const once = format(SSHD.replace(/ {2}/g, '\t '), 'sshd', { keywordCase: 'canonical' });
    assert.equal(format(once, 'sshd', { keywordCase: 'canonical' }), once);
  });
});
