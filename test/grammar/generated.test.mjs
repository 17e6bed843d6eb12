// The committed TextMate grammars must be exactly what tools/gen-grammars.mjs
// produces from server/src/service/openssh/data/{sshd,ssh}.json, and every
// keyword of the data must be coloured as a keyword by them.
//
//   node --test test/grammar/generated.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, DATA_FILES } from '../../tools/gen-grammars.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('committed grammars are up to date with the keyword data (run: npm run gen:grammars)', () => {
  const outputs = generate(root);
  assert.equal(outputs.length, 2);
  for (const out of outputs) {
    const committed = readFileSync(path.join(root, out.path), 'utf8');
    assert.ok(committed === out.text, `${out.path} is stale; run: npm run gen:grammars`);
  }
});

// vscode-textmate + vscode-oniguruma, as used by vscode-tmgrammar-test (and VS Code).
const requireFromTool = createRequire(path.join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js'));
const tm = requireFromTool('vscode-textmate');
const onig = requireFromTool('vscode-oniguruma');

async function loadGrammars() {
  const wasm = readFileSync(requireFromTool.resolve('vscode-oniguruma').replace(/main\.js$/, 'onig.wasm')).buffer;
  const onigLib = onig.loadWASM(wasm).then(() => ({
    createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
    createOnigString: (s) => new onig.OnigString(s),
  }));
  const byScope = {};
  for (const out of generate(root)) byScope[JSON.parse(out.text).scopeName] = out;
  const registry = new tm.Registry({
    onigLib,
    loadGrammar: async (scope) => (byScope[scope] ? tm.parseRawGrammar(byScope[scope].text, path.join(root, byScope[scope].path)) : null),
  });
  return {
    sshd: await registry.loadGrammar('source.sshd-config'),
    ssh: await registry.loadGrammar('source.ssh-config'),
  };
}

function scopesAt(grammar, line, column) {
  const { tokens } = grammar.tokenizeLine(line, tm.INITIAL);
  const t = tokens.find((x) => x.startIndex <= column && column < x.endIndex);
  return t ? t.scopes : [];
}

test('every keyword of the data is a keyword in its grammar, in any case, with blanks or =', async () => {
  const grammars = await loadGrammars();
  for (const kind of ['sshd', 'ssh']) {
    const suffix = kind === 'sshd' ? 'sshd-config' : 'ssh-config';
    const data = JSON.parse(readFileSync(path.join(root, DATA_FILES[kind]), 'utf8'));
    const entries = [
      ...data.keywords.map((k) => ({ name: k.name, vendor: false })),
      ...data.vendor.map((k) => ({ name: k.name, vendor: true })),
    ];
    assert.ok(entries.length > 50, `${kind}: suspiciously few keywords`);
    for (const { name, vendor } of entries) {
      const sections = kind === 'ssh' ? ['host', 'match'] : ['match'];
      const expected = sections.includes(name.toLowerCase())
        ? `keyword.control.section.${suffix}`
        : vendor
          ? `keyword.other.vendor.${suffix}`
          : `keyword.other.${suffix}`;
      for (const line of [`${name} x`, `  ${name.toLowerCase()}=x`, `\t${name.toUpperCase()} = x`]) {
        const col = line.search(/\S/);
        const scopes = scopesAt(grammars[kind], line, col);
        assert.ok(scopes.includes(expected), `${kind}: ${JSON.stringify(line)} -> ${scopes.join(' ')}`);
        const last = scopesAt(grammars[kind], line, col + name.length - 1);
        assert.ok(last.includes(expected), `${kind}: ${JSON.stringify(line)} (end) -> ${last.join(' ')}`);
      }
      // whole words only: a longer word is not the keyword
      const longer = scopesAt(grammars[kind], `${name}Xyz 1`, 0);
      assert.ok(longer.includes(`variable.other.unknown-keyword.${suffix}`), `${kind}: ${name}Xyz -> ${longer.join(' ')}`);
    }
  }
});
