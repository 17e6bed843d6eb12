// npm test: every layer, in order, each printing its own summary; a closing
// line counts the stages. `npm test -- --only unit,lsp` runs a subset,
// `--skip e2e` leaves some out.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const tsFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => `${dir}/${f}`).sort();
const node = process.execPath;

const STAGES = [
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', '.'] },
  { name: 'build', cmd: [node, 'scripts/build.mjs'] },
  { name: 'unit', cmd: () => [node, '--import', 'tsx', '--test', ...tsFiles('test/unit')] },
  { name: 'grammar', cmd: [node, 'test/grammar/run.mjs'] },
  { name: 'lsp', cmd: () => [node, '--import', 'tsx', '--test', '--test-concurrency=1', ...tsFiles('test/lsp')] },
  { name: 'oracle', cmd: () => [node, '--import', 'tsx', '--test', '--test-concurrency=1', ...tsFiles('test/oracle')] },
  { name: 'nvim', cmd: [node, 'test/nvim/run.mjs'] },
  { name: 'package', cmd: [node, 'scripts/check-package.mjs'] },
  { name: 'e2e', cmd: [node, 'test/e2e/run.mjs'] },
];

const argv = process.argv.slice(2);
const listArg = (flag) => {
  const i = argv.indexOf(flag);
  return i >= 0 && argv[i + 1] ? argv[i + 1].split(',') : undefined;
};
const only = listArg('--only');
const skip = listArg('--skip') ?? [];
const selected = STAGES.filter((s) => (!only || only.includes(s.name)) && !skip.includes(s.name));

const results = [];
for (const stage of selected) {
  const cmd = typeof stage.cmd === 'function' ? stage.cmd() : stage.cmd;
  process.stdout.write(`\n━━━ ${stage.name}: ${cmd.join(' ')}\n`);
  const t0 = Date.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = r.status === 0;
  results.push({ name: stage.name, ok, seconds });
  process.stdout.write(`━━━ ${stage.name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${seconds} s\n`);
}

process.stdout.write('\nSummary\n');
for (const r of results) process.stdout.write(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.name.padEnd(10)} ${r.seconds} s\n`);
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(`stages: ${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
