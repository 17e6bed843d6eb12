// Issue #3 oracle (a): what `sshd -T` and `ssh -G` print for an empty config is
// every keyword OpenSSH 9.2 knows, each with a valid value. Written back as a
// config file, it must get no error from us at target 9.2, and every keyword
// in it must have a hover.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { findBinary, makeSandbox, ORACLE_HOST, TARGET, type Kind, type Sandbox } from './openssh';

let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

/**
 * Lines of the dump that are not config syntax, each with the reason:
 * `sshd -T` / `ssh -G` print some settings in a form of their own.
 */
const NOT_CONFIG_SYNTAX: Record<string, string> = {
  // None today: every line of both dumps is valid config syntax.
};

function dump(kind: Kind, bin: string, file: string): string {
  const args = kind === 'sshd' ? ['-T', '-f', file, '-h', sb.hostKey, '-C', 'user=root,host=localhost,addr=127.0.0.1'] : ['-G', '-F', file, ORACLE_HOST];
  const r = spawnSync(bin, args, { env: sb.env, cwd: sb.dir, encoding: 'utf8' });
  assert.equal(r.status, 0, `${bin} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

for (const kind of ['sshd', 'ssh'] as const) {
  describe(`${kind}: the effective defaults of OpenSSH ${TARGET}`, () => {
    it('get no error from us, and every keyword has a hover', (t) => {
      const bin = findBinary(kind);
      if (!bin) return t.skip(`${kind} not installed`);
      const empty = path.join(sb.dir, `${kind}-empty.conf`);
      writeFileSync(empty, '');
      const lines = dump(kind, bin, empty)
        .split('\n')
        .filter((l) => l.trim() && !NOT_CONFIG_SYNTAX[`${kind}:${l.split(' ')[0]}`]);
      assert.ok(lines.length > 60, `only ${lines.length} lines from ${kind}`);
      const text = `${lines.join('\n')}\n`;
      // OpenSSH accepts its own dump (sanity check of the oracle itself).
      const asConfig = path.join(sb.dir, `${kind}-dump.conf`);
      writeFileSync(asConfig, text);
      const service = createLanguageService();
      const doc = service.parse({ uri: asConfig, version: 1, getText: () => text }, kind);
      const errors = service.findings(doc, { targetVersion: TARGET }).filter((f) => f.severity === 'error');
      const shown = errors.map((f) => `${f.span.line + 1}: ${lines[f.span.line]} → ${f.code}: ${f.message}`);
      console.log(`# oracle defaults ${kind}: ${lines.length - errors.length} / ${lines.length} dump lines without error`);
      for (const s of shown) console.log(`#   ${s}`);
      assert.deepEqual(shown, []);
      const noHover: string[] = [];
      for (const d of doc.directives) {
        const h = service.hover(doc, { line: d.line, character: d.keyword.start }, { targetVersion: TARGET });
        const md = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
        // A real explanation, not only the release facts (Debian's own keywords: a summary in our words).
        const vendorWritten = /OpenSSH only\n\n[^\n]{40,}/.test(md);
        if (!vendorWritten && !/\*\*Value:\*\*|Another name for|Deprecated|Obsolete|Not supported/.test(md)) noHover.push(d.keyword.value);
      }
      console.log(`# oracle defaults ${kind}: ${doc.directives.length - noHover.length} / ${doc.directives.length} keywords with a written hover`);
      assert.deepEqual(noHover, []);
    });
  });
}
