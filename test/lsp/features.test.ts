// LSP protocol tests, part 2: hover, completion (sshd vs ssh, inside sshd Match
// blocks), and robustness against junk documents.
// Run: npm run build && node --import tsx --test test/lsp/*.test.ts

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { docUri, LspClient, TIMEOUT_MS } from './client';

const SSHD = [
  'Port 22', // 0
  'ClientAliveInterval 300', // 1
  '', // 2  ← completion at the start of an empty line (global)
  'Match User alice', // 3
  '  X11Forwarding no', // 4
  '', // 5  ← completion inside the Match block
  '  ', // 6  ← indented, still inside the Match block
  '',
].join('\n');

const SSH = ['Host example', '  ServerAliveInterval 30', '', ''].join('\n');

describe('LSP: hover and completion', () => {
  let c: LspClient;
  const sshdUri = docUri('features/sshd_config');
  const sshUri = docUri('features/ssh_config');
  before(async () => {
    c = await LspClient.start({ initializationOptions: { targetVersion: 'latest' } });
    await c.openAndWait(sshdUri, 'sshd_config', SSHD);
    await c.openAndWait(sshUri, 'ssh_config', SSH);
  });
  after(async () => {
    await c?.dispose();
  });

  it('hover on ClientAliveInterval: markdown with the keyword, its release and the man page link', async () => {
    for (const character of [0, 6, 19]) {
      const h = await c.hover(sshdUri, { line: 1, character });
      assert.ok(h, `hover at column ${character}`);
      const contents = h.contents as MarkupContent;
      assert.equal(contents.kind, 'markdown');
      assert.match(contents.value, /ClientAliveInterval/);
      assert.match(contents.value, /since OpenSSH \d+\.\d+/);
      assert.ok(
        contents.value.includes('https://man.openbsd.org/sshd_config#ClientAliveInterval'),
        `man link missing in:\n${contents.value}`,
      );
      assert.deepEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 19 } });
    }
  });

  it('hover on ServerAliveInterval in ssh_config links the ssh_config manual', async () => {
    const h = await c.hover(sshUri, { line: 1, character: 4 });
    assert.ok(h);
    assert.ok((h.contents as MarkupContent).value.includes('https://man.openbsd.org/ssh_config#ServerAliveInterval'));
  });

  it('inlay hints over the protocol: the time in human units and the dead-peer cut', async () => {
    const hints = await c.request<{ position: { line: number; character: number }; label: string }[]>('textDocument/inlayHint', {
      textDocument: { uri: sshdUri },
      range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } },
    });
    assert.deepEqual(
      hints.map((h) => `${h.position.line}:${h.position.character} ${h.label}`),
      ['1:23 = 5 min', '1:23 ≈ 20 min dead-peer cut'],
    );
  });

  it('a time value shows in human units; no hover on blank lines or past the end of the document', async () => {
    const h = await c.hover(sshdUri, { line: 1, character: 21 });
    const md = h?.contents as { kind: string; value: string };
    assert.equal(md.kind, 'markdown');
    // The value in human units, then (a keepalive keyword) what it adds up to in its block.
    assert.ok(md.value.startsWith('**ClientAliveInterval** 300\n\n`300` = **5 min** = 300 s\n\n**In this file** (the global part): '), md.value);
    assert.deepEqual(h?.range, { start: { line: 1, character: 20 }, end: { line: 1, character: 23 } });
    assert.equal(await c.hover(sshdUri, { line: 2, character: 0 }), null);
    assert.equal(await c.hover(sshdUri, { line: 500, character: 3 }), null);
  });

  it('completion on an empty line: server keywords in sshd_config, client keywords in ssh_config', async () => {
    const sshd = (await c.completion(sshdUri, { line: 2, character: 0 })).map((i) => i.label);
    const ssh = (await c.completion(sshUri, { line: 2, character: 0 })).map((i) => i.label);
    assert.ok(sshd.includes('ClientAliveInterval'), 'sshd has ClientAliveInterval');
    assert.ok(!sshd.includes('ServerAliveInterval'), 'sshd lacks ServerAliveInterval');
    assert.ok(ssh.includes('ServerAliveInterval'), 'ssh has ServerAliveInterval');
    assert.ok(!ssh.includes('ClientAliveInterval'), 'ssh lacks ClientAliveInterval');
    assert.ok(sshd.includes('Port') && sshd.includes('Match'));
    assert.equal(new Set(sshd).size, sshd.length, 'no duplicate labels');
  });

  it('completion items replace the typed prefix and insert "Keyword "', async () => {
    const uri = docUri('features/prefix_sshd_config');
    await c.openAndWait(uri, 'sshd_config', 'ClientAl\n');
    const items = await c.completion(uri, { line: 0, character: 8 });
    const item = items.find((i) => i.label === 'ClientAliveInterval');
    assert.ok(item);
    assert.deepEqual(item.textEdit, {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } },
      newText: 'ClientAliveInterval ',
    });
  });

  it('completion inside a sshd Match block leaves out keywords Match does not allow', async () => {
    for (const position of [
      { line: 5, character: 0 },
      { line: 6, character: 2 },
    ]) {
      const labels = (await c.completion(sshdUri, position)).map((i) => i.label);
      assert.ok(labels.length > 10, `some keywords at ${JSON.stringify(position)}`);
      for (const notAllowed of ['Port', 'ListenAddress', 'HostKey', 'UsePAM', 'LoginGraceTime']) {
        assert.ok(!labels.includes(notAllowed), `${notAllowed} offered inside Match at ${JSON.stringify(position)}`);
      }
      for (const allowed of ['PasswordAuthentication', 'X11Forwarding', 'ForceCommand', 'ClientAliveInterval', 'Match']) {
        assert.ok(labels.includes(allowed), `${allowed} missing inside Match at ${JSON.stringify(position)}`);
      }
    }
    // …but the global section before the Match still offers them.
    const global = (await c.completion(sshdUri, { line: 2, character: 0 })).map((i) => i.label);
    assert.ok(global.includes('Port') && global.includes('ListenAddress'));
  });

  it('typing "," or "@" asks for the next list entry: ProxyJump hosts of the file after "user@"', async () => {
    assert.deepEqual(c.initializeResult?.capabilities.completionProvider?.triggerCharacters, [',', '@']);
    const uri = docUri('features/jump_ssh_config');
    await c.openAndWait(uri, 'ssh_config', 'Host bastion\n  HostName 192.0.2.1\nHost web\n  ProxyJump me@\n');
    const items = await c.completion(uri, { line: 3, character: 15 });
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [['bastion', 'Host on line 1 (HostName 192.0.2.1)']],
    );
  });

  it('go to definition on a ProxyJump hop lands on the Host block naming it', async () => {
    const uri = docUri('features/jumpdef_ssh_config');
    await c.openAndWait(uri, 'ssh_config', 'Host bastion\n  User ops\nHost web\n  ProxyJump bastion\n');
    const defs = await c.request('textDocument/definition', { textDocument: { uri }, position: { line: 3, character: 14 } });
    assert.deepEqual(defs, [{ uri, range: { start: { line: 0, character: 5 }, end: { line: 0, character: 12 } } }]);
  });

  it('no completion in the value part of a line', async () => {
    assert.deepEqual(await c.completion(sshdUri, { line: 0, character: 6 }), []);
  });
});

/** Deterministic pseudo-random bytes (xorshift), so a failure can be replayed. */
function junkBytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

describe('LSP: robustness against junk documents', () => {
  let c: LspClient;
  const okUri = docUri('robust/ok_sshd_config');
  before(async () => {
    c = await LspClient.start({ configuration: { targetVersion: '9.2' } });
    await c.openAndWait(okUri, 'sshd_config', 'ClientAliveInterval 300\n');
  });
  after(async () => {
    await c?.dispose();
  });

  const JUNK: [string, () => string][] = [
    ['random bytes with NUL', () => junkBytes(64 * 1024, 42).toString('latin1') + '\0\0\0Port 22\0\n'],
    ['random bytes as (invalid) UTF-8', () => junkBytes(64 * 1024, 7).toString('utf8')],
    ['a 1 MB single line', () => 'PermitRootLogin ' + 'x'.repeat(1024 * 1024)],
    ['a 1 MB single line of quotes and escapes', () => '"\\\'#= \t'.repeat(150_000)],
    ['CRLF and lone CR line breaks', () => 'Port 22\r\nFoo bar\r\n\r\rMatch User a\r\n  Port 1\r\n'.repeat(2000)],
    ['BOM, unterminated quotes, = chains', () => '\ufeffPort "22\n"Banner\n= = =\n==Foo\nAllowUsers "a b\' c\\"\nHost\n'],
    ['100 000 short lines', () => 'Fooo 1\nMatch\n#c\n \n'.repeat(25_000)],
    ['lone surrogates and control characters', () => '\ud800Port\udfff 22\n\u0001\u0002\u001b[31m\n\u2028\u2029Foo 1\n'],
  ];

  for (const [name, make] of JUNK) {
    it(`survives ${name} and still answers hover`, async () => {
      const uri = docUri(`robust/${name.replace(/\W+/g, '_')}`);
      const text = make();
      const diags = await c.openAndWait(uri, 'sshd_config', text);
      assert.ok(Array.isArray(diags));
      for (const d of diags) {
        assert.ok(d.range.start.line >= 0 && d.range.end.line >= d.range.start.line, JSON.stringify(d.range));
        assert.equal(d.source, 'openssh-config');
        assert.notEqual(d.code, 'internal-error', JSON.stringify(d.message));
      }
      // Hover and completion on the junk itself must answer (anything, but answer).
      await c.hover(uri, { line: 0, character: 1 });
      await c.completion(uri, { line: 0, character: 0 });
      // An incremental edit into the junk is handled too.
      const v = await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Foo\u0000 1\n' }]);
      await c.diagnosticsFor(uri, v);
      await c.close(uri);
      // …and the server still works for a normal document.
      const h = await c.hover(okUri, { line: 0, character: 3 });
      assert.ok(h && /ClientAliveInterval/.test((h.contents as MarkupContent).value), 'hover after junk');
    });
  }

  it('answers within the time bound after all of that, and exits cleanly', async () => {
    const t0 = Date.now();
    assert.ok(await c.hover(okUri, { line: 0, character: 0 }));
    assert.ok(Date.now() - t0 < TIMEOUT_MS);
    assert.deepEqual(await c.shutdown(), { code: 0, signal: null });
  });
});
