#!/usr/bin/env node
// All end-to-end tests in a real VS Code (npm run test:e2e):
//   1. scripts/install-code-server.sh   (no-op when .tools/code-server is current)
//   2. npm run package                  (build + openssh-config.vsix; skip with E2E_SKIP_PACKAGE=1)
//   3. test/e2e/ui.test.mjs             (the packaged extension in the workbench, via Chromium)
//   4. test/e2e/run-exthost.mjs         (mocha suite in the extension host, via runTests)
// Prints both summaries and `e2e: N passed, N failed`; exits non-zero on any failure.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

/** Runs a command with its output passed through; returns { code, output, seconds }. */
function run(cmd, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('error', (e) => {
      output += `\n${e.message}`;
      resolve({ code: 1, output, seconds: (Date.now() - started) / 1000 });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output, seconds: (Date.now() - started) / 1000 }));
  });
}

function summary(name, result) {
  const lines = result.output.split('\n').filter((l) => new RegExp(`^${name}: \\d+ passed, \\d+ failed`).test(l));
  const m = /(\d+) passed, (\d+) failed/.exec(lines.at(-1) ?? '');
  let passed = m ? Number(m[1]) : 0;
  let failed = m ? Number(m[2]) : 1;
  if (result.code !== 0 && failed === 0) failed = 1;
  return { name, passed, failed, seconds: result.seconds };
}

const timings = [];
let setupFailed = false;

console.log('▶ e2e: install code-server');
const install = await run('bash', [path.join(repoRoot, 'scripts', 'install-code-server.sh')]);
timings.push(`install ${install.seconds.toFixed(1)}s`);
if (install.code !== 0) setupFailed = true;

if (!setupFailed && process.env.E2E_SKIP_PACKAGE !== '1') {
  console.log('▶ e2e: npm run package');
  const pkg = await run('npm', ['run', '--silent', 'package']);
  timings.push(`package ${pkg.seconds.toFixed(1)}s`);
  if (pkg.code !== 0) setupFailed = true;
}

const results = [];
if (setupFailed) {
  console.log('e2e: setup failed, no tests run');
} else {
  console.log('▶ e2e: workbench UI test');
  results.push(summary('ui', await run(process.execPath, [path.join(here, 'ui.test.mjs')])));
  console.log('▶ e2e: Restricted Mode (untrusted workspace)');
  results.push(summary('untrusted', await run(process.execPath, [path.join(here, 'untrusted.test.mjs')])));
  console.log('▶ e2e: extension-host tests');
  results.push(summary('exthost', await run(process.execPath, [path.join(here, 'run-exthost.mjs')])));
}

for (const r of results) timings.push(`${r.name} ${r.seconds.toFixed(1)}s`);
console.log(`\ne2e: timings: ${timings.join(', ')}`);
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0) + (setupFailed ? 1 : 0);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
