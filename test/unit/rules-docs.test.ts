import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { RULES } from '../../server/src/service/rules';

it('every rule id has a docs/rules page listed in the index', () => {
  const index = readFileSync('docs/rules/README.md', 'utf8');
  // internal-error: what findings() reports when a rule throws (features/validate.ts).
  const ids = [...RULES.flatMap((r) => r.codes), 'internal-error'];
  assert.ok(ids.length >= 7);
  for (const id of ids) {
    assert.ok(existsSync(`docs/rules/${id}.md`), `docs/rules/${id}.md is missing`);
    assert.match(readFileSync(`docs/rules/${id}.md`, 'utf8'), new RegExp(`^# ${id}\\n`), id);
    assert.ok(index.includes(`\`${id}\``), `${id} not in docs/rules/README.md`);
  }
});
