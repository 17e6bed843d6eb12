#!/usr/bin/env node
// Runs the extension-host tests (test/e2e/suite) with @vscode/test-electron's runTests().
// Here VS Code cannot be downloaded, so by default the "executable" is test/e2e/launcher.mjs
// (VS Code server + web workbench in headless Chromium). Set VSCODE_EXECUTABLE to a desktop
// VS Code binary to run the very same suite there instead.
//
// Expects the extension to be built (npm run build → out/client/extension.js).
// Prints mocha's output and, last, `exthost: N passed, N failed`.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const launcher = path.join(here, 'launcher.mjs');

async function attempt(extensionTestsPath, workspace, stateDir, desktop) {
  // Watch our own stdout for the suite's summary line (runTests pipes the child's output to it).
  let summary;
  const write = process.stdout.write.bind(process.stdout);
  let buffered = '';
  process.stdout.write = (chunk, ...rest) => {
    buffered += chunk.toString();
    let nl;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      const m = /\[exthost-summary\] (\{.*\})/.exec(line);
      if (m) summary = JSON.parse(m[1]);
    }
    return write(chunk, ...rest);
  };

  let exitCode = 0;
  try {
    await runTests({
      vscodeExecutablePath: desktop || process.execPath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [
        ...(desktop ? [] : [launcher]),
        workspace,
        `--user-data-dir=${path.join(stateDir, 'user-data')}`,
        `--extensions-dir=${path.join(stateDir, 'extensions')}`,
        '--disable-extensions',
      ],
    });
  } catch (e) {
    exitCode = typeof e?.code === 'number' && e.code !== 0 ? e.code : 1;
    // Always say why: a run that fails without a reason cannot be fixed from a CI log.
    console.error(`exthost: the run failed: ${e?.stack ?? e}${e?.code !== undefined ? ` (code ${e.code})` : ''}${e?.signal ? ` (signal ${e.signal})` : ''}`);
  } finally {
    process.stdout.write = write;
  }

  return { summary, exitCode };
}

export async function runExthost() {
  const started = Date.now();
  const stateDir = path.join(repoRoot, '.e2e', 'exthost');
  const workspace = path.join(repoRoot, '.e2e', 'ws-exthost');
  rmSync(stateDir, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
  cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  // The web workbench auto-saves after a delay by default: a test's edit (the quick fix)
  // would reach the disk and leak into later tests that read the file (sshd -t).
  mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  writeFileSync(path.join(workspace, '.vscode', 'settings.json'), `${JSON.stringify({ 'files.autoSave': 'off' }, null, 2)}\n`);

  if (!existsSync(path.join(repoRoot, 'out', 'client', 'extension.js'))) {
    console.error('exthost: warning: out/client/extension.js is missing (run `npm run build` first)');
  }
  const extensionTestsPath = await buildSuite();
  // Without VSCODE_EXECUTABLE, runTests spawns this Node with the launcher script as its first
  // argument: no dependence on the script's exec bit, its shebang or PATH (a CI checkout may be
  // on a noexec mount or run with a different PATH).
  const desktop = process.env.VSCODE_EXECUTABLE;

  // The suite reports `[exthost-summary]`; a run without it never got as far as the tests
  // (the launcher, server or browser failed). Such an infrastructure failure gets one more try,
  // with its reason printed; a test failure never does.
  let { summary, exitCode } = await attempt(extensionTestsPath, workspace, stateDir, desktop);
  if (!summary) {
    console.error('exthost: the suite did not report (see the reason above); trying once more');
    rmSync(stateDir, { recursive: true, force: true });
    ({ summary, exitCode } = await attempt(extensionTestsPath, workspace, stateDir, desktop));
  }

  let passed = summary?.passed ?? 0;
  let failed = summary?.failed ?? 0;
  if (!summary) failed = Math.max(failed, 1); // the suite did not even report: count the run as a failure
  if (exitCode !== 0 && failed === 0) failed = 1;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`exthost: took ${seconds}s`);
  console.log(`exthost: ${passed} passed, ${failed} failed`);
  return { passed, failed, exitCode: failed > 0 ? 1 : 0 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await runExthost();
  process.exit(r.exitCode);
}
