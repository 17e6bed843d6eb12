#!/usr/bin/env node
// Runs test/nvim/lsp_test.lua in a headless, clean Neovim with a private
// HOME/XDG_* and prints exactly one final line:
//   nvim: N passed, N failed
// Exit status: 0 when everything passed (or nvim is not installed), 1 otherwise.
// Usage: npm run build && node test/nvim/run.mjs

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const server = path.join(repo, 'out/server/server.js');
const script = path.join(repo, 'test/nvim/lsp_test.lua');
const fixture = path.join(repo, 'test/fixtures/nvim/sshd_config');
const WAIT_MS = 10_000;
const OVERALL_MS = 120_000;

const nvim = process.env.NVIM_BIN || 'nvim';
const probe = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.log('nvim: 0 passed, 0 failed (skipped: nvim not installed)');
  process.exit(0);
}
console.log(`# ${probe.stdout.split('\n')[0]}`);

if (!existsSync(server)) {
  console.log(`# ${path.relative(repo, server)} is missing: run \`npm run build\` first`);
  console.log('nvim: 0 passed, 1 failed');
  process.exit(1);
}

const home = mkdtempSync(path.join(tmpdir(), 'openssh-config-nvim-'));
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TERM: 'dumb', LANG: 'C.UTF-8' };
for (const [k, sub] of [
  ['XDG_CONFIG_HOME', 'config'],
  ['XDG_DATA_HOME', 'data'],
  ['XDG_STATE_HOME', 'state'],
  ['XDG_CACHE_HOME', 'cache'],
  ['XDG_RUNTIME_DIR', 'run'],
]) {
  env[k] = path.join(home, sub);
  mkdirSync(env[k], { recursive: true, mode: 0o700 });
}
Object.assign(env, {
  OPENSSH_LSP_SERVER: server,
  OPENSSH_LSP_FIXTURE: fixture,
  OPENSSH_LSP_TIMEOUT: String(WAIT_MS),
});

const child = spawn(nvim, ['--headless', '--clean', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `luafile ${script}`], {
  cwd: repo,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stdout = '';
let stderr = '';
child.stdout.setEncoding('utf8').on('data', (s) => (stdout += s));
child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  child.kill('SIGKILL');
}, OVERALL_MS);
const code = await new Promise((resolve) => child.on('close', (c) => resolve(c)));
clearTimeout(timer);

let passed = 0;
let failed = 0;
let sawResult = false;
for (const line of stdout.split(/\r?\n/)) {
  if (/^PASS /.test(line)) passed++;
  else if (/^FAIL /.test(line)) failed++;
  if (/^RESULT /.test(line)) sawResult = true;
  if (line.trim()) console.log(line.startsWith('PASS') || line.startsWith('FAIL') ? line : `# ${line}`);
}
if (stderr.trim()) for (const l of stderr.trim().split('\n').slice(-20)) console.log(`# nvim stderr: ${l}`);
if (timedOut) {
  console.log(`FAIL nvim did not finish within ${OVERALL_MS} ms`);
  failed++;
} else if (!sawResult) {
  console.log(`FAIL nvim exited (code ${code}) without printing its RESULT line`);
  failed++;
} else if ((code === 0) !== (failed === 0)) {
  console.log(`FAIL nvim exit code ${code} does not match ${failed} failed check(s)`);
  failed++;
}
rmSync(home, { recursive: true, force: true });
console.log(`nvim: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
