// rules/shadowing.ts keeps its tables between checks (a large file would
// otherwise rebuild them on every edit). They must not keep a document alive
// after its check: a closed editor's document has to be collectable.

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from '../../server/src/service/parser/parser';
import { RULES } from '../../server/src/service/rules';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

it('the shadowing rule keeps no line of a document it checked', async () => {
  const rule = RULES.find((r) => r.id === 'shadowed-by-earlier-block')!;
  const refs: WeakRef<object>[] = [];
  for (const kind of ['ssh', 'sshd'] as const) {
    (() => {
      const text =
        kind === 'ssh'
          ? 'Host web1 web2\n  User a\nHost web1\n  User b\nHost *\n  Port 2\n'
          : 'Match User a\n  X11Forwarding no\nMatch User a Address 10.0.0.1\n  X11Forwarding yes\n';
      const doc = parse(text, kind, { detachLines: true });
      const found: string[] = [];
      rule.check(doc, { kind, target: '9.2', remember: true }, (f) => found.push(f.code));
      assert.deepEqual(found, ['shadowed-by-earlier-block']); // the tables were used
      refs.push(new WeakRef(doc.directives[0]), new WeakRef(doc.directives[2]));
    })();
  }
  for (let i = 0; i < 5 && refs.some((r) => r.deref()); i++) {
    await new Promise((r) => setImmediate(r));
    gc();
  }
  assert.deepEqual(refs.map((r) => r.deref() === undefined), [true, true, true, true]);
});
