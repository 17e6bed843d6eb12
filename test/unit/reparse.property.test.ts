import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { parse, reparse } from '../../server/src/service/parser/parser';
import { docSnapshot as snapshot } from './docSnapshot';


const piece = fc.constantFrom(
  'Port 22\n', 'Match User bob\n', '  X11Forwarding no\n', 'Host a b\n', '# c\n', '\r\n', '\r', '\n', 'Banner "x y"\n',
  'ForceCommand a # b\n', "AllowUsers 'a b' c#d\n", '"', '=', ' ', '\uFEFF', 'ProxyCommand ssh -W %h:%p gw # x\n', 'Foo\n',
);
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

it('re-parsing an edited document equals parsing it from scratch', () => {
  fc.assert(
    fc.property(
      text,
      fc.nat(),
      fc.nat(),
      text,
      fc.constantFrom('sshd' as const, 'ssh' as const),
      fc.boolean(),
      (before, a, b, inserted, kind, legacy) => {
        const from = a % (before.length + 1);
        const to = from + (b % (before.length - from + 1));
        const after = before.slice(0, from) + inserted + before.slice(to);
        const fresh = snapshot(parse(after, kind, { legacy }));
        const incremental = snapshot(reparse(parse(before, kind, { legacy }), after, kind, { legacy }));
        assert.deepEqual(incremental, fresh);
      },
    ),
    { numRuns: 3000 },
  );
});

it('a chain of edits stays equal to a fresh parse', () => {
  let doc = parse('', 'sshd');
  let current = '';
  for (let i = 0; i < 300; i++) {
    const pos = (i * 7919) % (current.length + 1);
    const del = i % 3 === 0 ? Math.min(5, current.length - pos) : 0;
    const ins = ['Port 22\n', 'Match all\n', '  PermitTTY no\n', '#', '\n', 'x'][i % 6];
    current = current.slice(0, pos) + ins + current.slice(pos + del);
    doc = reparse(doc, current, 'sshd');
    assert.deepEqual(snapshot(doc), snapshot(parse(current, 'sshd')), `after edit ${i}`);
  }
});

it('findings after a chain of edits equal those of a fresh service (per-line memo included)', async () => {
  const { createLanguageService } = await import('../../server/src/service/languageService');
  const live = createLanguageService({ incremental: true });
  const lines = ['Port 22', 'Match User bob Address 10.0.0.1/8', '  X11Forwarding maybe', 'PermitRootLogin yes no', 'Host a !b', 'Match all', 'LoginGraceTime 1y', '# c', 'Subsystem sftp x'];
  for (const kind of ['sshd', 'ssh'] as const) {
    let current = '';
    for (let i = 0; i < 200; i++) {
      const at = (i * 31) % (current.split('\n').length);
      const parts = current.split('\n');
      if (i % 4 === 3 && parts.length > 1) parts.splice(at, 1);
      else parts.splice(at, 0, lines[(i * 7) % lines.length]);
      current = parts.join('\n');
      const text = current;
      const doc = live.parse({ uri: `mem://chain-${kind}`, version: i, getText: () => text }, kind, { targetVersion: '9.2' });
      const fresh = createLanguageService();
      const ref = fresh.parse({ uri: 'mem://fresh', version: 0, getText: () => text }, kind, { targetVersion: '9.2' });
      // Spans compared by position only: a remembered finding carries a plain span, a fresh one may carry the token.
      const strip = (fs: ReturnType<typeof live.findings>) =>
        JSON.parse(JSON.stringify(fs, (k, v) => (v && typeof v === 'object' && 'line' in v && 'start' in v && 'end' in v ? { line: v.line, start: v.start, end: v.end } : v)));
      assert.deepEqual(strip(live.findings(doc, { targetVersion: '9.2' })), strip(fresh.findings(ref, { targetVersion: '9.2' })), `${kind} edit ${i}`);
    }
  }
});

it('an edit of the first line (its first character too) re-reads only the lines around it', () => {
  const before = Array.from({ length: 50 }, (_, i) => `Port ${1000 + i}`).join('\n');
  for (const after of [`#${before}`, `\uFEFF${before}`, before.slice(1)]) {
    const old = parse(before, 'sshd');
    const kept = new Set(old.directives);
    const doc = reparse(old, after, 'sshd');
    assert.deepEqual(snapshot(doc), snapshot(parse(after, 'sshd')));
    // Lines 0 and 1 are read again (one extra line on each side of the change); the other 48 are the same objects.
    assert.ok(doc.directives.filter((d) => kept.has(d)).length >= 48, JSON.stringify(after.slice(0, 12)));
  }
});

it('edits that keep the line count (the blocks kept, updated in place) stay equal to a fresh parse, chained', () => {
  const content = fc.constantFrom(
    'Port 22', 'Match User bob', '  X11Forwarding no', 'Host a b', '# c', '', '  ', 'Banner "x y', 'ForceCommand a # b', "AllowUsers 'a b' c#d",
    'Match all', '#Match all', 'Host *', '  Host x', 'match host y', '=Port 1', '\uFEFFPort 2', 'Include x/*.conf',
  );
  const edit = fc.record({ line: fc.nat(), op: fc.constantFrom('replace', 'comment', 'uncomment', 'insert-line', 'delete-line'), with: content });
  let reused = 0;
  let edits = 0;
  fc.assert(
    fc.property(fc.array(content, { minLength: 1, maxLength: 25 }), fc.array(edit, { maxLength: 25 }), fc.constantFrom('sshd' as const, 'ssh' as const), fc.boolean(), (start, ops, kind, legacy) => {
      const lines: string[] = [...start];
      let doc = parse(lines.join('\n'), kind, { legacy });
      for (const [i, op] of ops.entries()) {
        const at = op.line % lines.length;
        if (op.op === 'replace') lines[at] = op.with;
        else if (op.op === 'comment') lines[at] = `#${lines[at]}`;
        else if (op.op === 'uncomment') lines[at] = lines[at].replace(/^(\s*)#/, '$1');
        else if (op.op === 'insert-line') lines.splice(at, 0, op.with);
        else if (lines.length > 1) lines.splice(at, 1);
        const text = lines.join('\n');
        const before = doc.sections;
        doc = reparse(doc, text, kind, { legacy });
        edits++;
        if (doc.sections === before) reused++;
        assert.deepEqual(snapshot(doc), snapshot(parse(text, kind, { legacy })), `edit ${i}: ${JSON.stringify(op)}`);
        for (const [k, s] of doc.sections.entries()) for (const d of s.directives) assert.equal(d.section, k);
      }
    }),
    { numRuns: 1500 },
  );
  // Both ways were taken: blocks kept and updated, and rebuilt.
  assert.ok(reused > edits / 4 && reused < edits, `${reused} of ${edits} edits kept the blocks`);
});
