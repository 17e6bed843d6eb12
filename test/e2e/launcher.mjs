#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath })
// on machines where desktop VS Code cannot be downloaded.
//
// It takes the desktop flags runTests passes (--extensionDevelopmentPath=…, --extensionTestsPath=…,
// --user-data-dir=…, --extensions-dir=…, --disable-workspace-trust, a workspace folder as a
// positional argument; anything else is ignored), starts VS Code's server
// (scripts/code-server.mjs) with --enable-smoke-test-driver, opens the workbench in headless
// Chromium with the `payload` URL parameter that asks it to run the extension tests in the
// (Node) extension host, prints the test output it gets through window.codeAutomationLog and
// exits with the code passed to window.codeAutomationExit.
//
// Environment: E2E_LAUNCHER_TIMEOUT (seconds, default 600), E2E_LAUNCHER_VERBOSE=1 to also print
// the workbench's own log lines and the browser console, E2E_LAUNCHER_DEBUG=1 for raw log calls.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { format } from 'node:util';
import { ensureCodeServer, repoRoot, serverMain, startServer } from '../../scripts/code-server.mjs';
import { launchBrowser } from './browser.mjs';

const VALUE_FLAGS = new Set([
  'extensionDevelopmentPath',
  'extensionTestsPath',
  'user-data-dir',
  'extensions-dir',
  'locale',
  'log',
  'folder-uri',
  'file-uri',
]);

export function parseArgs(argv) {
  const out = { extensionDevelopmentPath: [], positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      let key = a.slice(2, eq < 0 ? undefined : eq);
      let value = eq < 0 ? undefined : a.slice(eq + 1);
      if (value === undefined && VALUE_FLAGS.has(key) && i + 1 < argv.length) value = argv[++i];
      if (key === 'extensionDevelopmentPath') out.extensionDevelopmentPath.push(value);
      else out.flags[key] = value ?? true;
    } else if (a === '-') {
      // stdin marker: ignore
    } else {
      out.positional.push(a);
    }
  }
  return out;
}

// Workbench log lines that come through codeAutomationLog too, and say nothing about the tests.
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /ENOTFOUND/, // marketplace look-ups while offline
  /^\[driver\]/,
];

const verbose = process.env.E2E_LAUNCHER_VERBOSE === '1';
const timeoutSec = Number(process.env.E2E_LAUNCHER_TIMEOUT || 600);

function stripFileScheme(p) {
  return p.startsWith('file://') ? new URL(p).pathname : p;
}

let serverLogFile;

// On a failure, the end of the server's log says more than our exit code.
function printServerLogTail() {
  if (!serverLogFile || !existsSync(serverLogFile)) return;
  const lines = readFileSync(serverLogFile, 'utf8').trimEnd().split('\n').slice(-30);
  console.error(`launcher: last lines of ${serverLogFile}:\n${lines.map((l) => `  | ${l}`).join('\n')}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const testsPath = args.flags.extensionTestsPath;
  if (typeof testsPath !== 'string') {
    console.error('launcher: --extensionTestsPath is required (this launcher only runs extension tests)');
    return 2;
  }
  const devPaths = args.extensionDevelopmentPath.map((p) => path.resolve(stripFileScheme(p)));
  const workspace = args.positional[0] ? path.resolve(stripFileScheme(args.positional[0])) : undefined;
  if (workspace && !existsSync(workspace)) {
    console.error(`launcher: workspace ${workspace} does not exist`);
    return 2;
  }

  // All private state of this "VS Code instance" lives under its --user-data-dir.
  const stateDir = path.resolve(
    typeof args.flags['user-data-dir'] === 'string'
      ? args.flags['user-data-dir']
      : path.join(repoRoot, '.e2e', `launcher-${process.pid}`),
  );
  mkdirSync(stateDir, { recursive: true });
  const extensionsDir =
    typeof args.flags['extensions-dir'] === 'string' ? path.resolve(args.flags['extensions-dir']) : undefined;

  if (!existsSync(serverMain)) ensureCodeServer();

  const server = await startServer({
    workspace,
    extensionsDir,
    smokeTestDriver: true,
    workspaceTrust: !args.flags['disable-workspace-trust'],
    stateDir: path.join(stateDir, 'server'),
    log: verbose ? 'inherit' : 'file',
  });
  serverLogFile = server.logFile;
  let browser;
  const cleanup = async () => {
    await browser?.close();
    await server.stop();
  };
  const onSignal = async (sig) => {
    console.error(`launcher: ${sig}, stopping`);
    await cleanup();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const authority = new URL(server.url).host;
    const remote = (p) => `vscode-remote://${authority}${encodeURI(p)}`;
    const payload = [
      ...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(path.resolve(stripFileScheme(testsPath)))],
    ];
    const query = workspace ? `folder=${encodeURIComponent(workspace)}` : 'ew=true';
    const url = `${server.url}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    browser = await launchBrowser(path.join(stateDir, 'browser'));
    const { page } = browser;
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      if (process.env.E2E_LAUNCHER_DEBUG) process.stderr.write(`RAW ${type} ${JSON.stringify(logArgs).slice(0, 200)}\n`);
      const text = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      // The workbench logs its own progress through here too; keep the test output.
      if (!verbose && NOISE.some((re) => re.test(text))) return;
      (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      resolveExit(Number(code) || 0);
    });
    if (verbose) {
      page.on('console', (m) => process.stderr.write(`[browser ${m.type()}] ${m.text()}\n`));
    }
    page.on('pageerror', (e) => process.stderr.write(`launcher: page error: ${e.message}\n`));
    await page.goto(url);
    const code = await Promise.race([
      exited,
      new Promise((r) => setTimeout(() => r('timeout'), timeoutSec * 1000)),
    ]);
    if (code === 'timeout') {
      console.error(`launcher: the extension tests did not finish within ${timeoutSec} s (server log: ${server.logFile})`);
      await page.screenshot({ path: path.join(stateDir, 'timeout.png') }).catch(() => {});
      return 124;
    }
    return code;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => {
    if (code !== 0) printServerLogTail();
    process.exit(code);
  },
  (e) => {
    console.error(`launcher: ${e?.stack ?? e}`);
    printServerLogTail();
    process.exit(1);
  },
);
