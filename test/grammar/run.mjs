#!/usr/bin/env node
// Runs the vscode-tmgrammar-test assertion files in this folder against both
// generated grammars (the engine VS Code uses: vscode-textmate + oniguruma).
//
//   node test/grammar/run.mjs
//
// Prints the tool's output, then `grammar: N passed, N failed` (N = test files)
// and exits non-zero if any file failed.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const rel = (p) => path.relative(root, p).split(path.sep).join('/');

const cases = readdirSync(here)
  .filter((f) => f.endsWith('.sshd_config') || f.endsWith('.ssh_config'))
  .sort()
  .map((f) => rel(path.join(here, f)));
if (cases.length === 0) {
  console.error('grammar: no test files found');
  console.log('grammar: 0 passed, 0 failed');
  process.exit(1);
}

const cli = path.join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
const args = [
  cli,
  '--compact',
  '-g', 'syntaxes/sshd_config.tmLanguage.json',
  '-g', 'syntaxes/ssh_config.tmLanguage.json',
  ...cases,
];
const res = spawnSync(process.execPath, args, {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  // A malformed assertion line can make the tool's own regex backtrack for ages.
  timeout: 120_000,
});
const out = `${res.stdout ?? ''}${res.stderr ?? ''}`;
process.stdout.write(out);

// Compact reporter: "✓ FILE run successfuly." per passing file; failures are
// "ERROR FILE:line:col:col …", parse errors "ERROR can't parse testcase: FILE",
// aborted runs "✖ testcase FILE aborted…".
const passedFiles = new Set();
for (const line of out.split(/\r?\n/)) {
  const m = /^\S+ (\S+) run successfuly\.$/.exec(line);
  if (m) passedFiles.add(m[1]);
}
const passed = cases.filter((c) => passedFiles.has(c)).length;
let failed = cases.length - passed;
if (res.error) console.error(`vscode-tmgrammar-test: ${res.error.message}`);
if (failed === 0 && res.status !== 0) failed = 1; // tool failed without naming a file
console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && res.status === 0 ? 0 : 1);
