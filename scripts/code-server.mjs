#!/usr/bin/env node
// Runs VS Code's own server (from the code-server npm package in .tools/code-server,
// see scripts/install-code-server.sh) on loopback, fully private: its own HOME, XDG
// dirs, TMPDIR, server data, user data and extensions under .e2e/<state>/.
//
// Library (used by npm start and every e2e test):
//   startServer({ workspace, extensionsDir?, port?, smokeTestDriver?, workspaceTrust?, stateDir?, log? })
//     → { url, workbenchUrl, port, stateDir, extensionsDir, logFile, stop() }
//   installExtension(vsixPath, extensionsDir)
//   ensureCodeServer()    runs scripts/install-code-server.sh (a no-op when installed)
//   makeStateDir(name)    a fresh folder under .e2e/
//
// CLI:
//   node scripts/code-server.mjs install
//   node scripts/code-server.mjs install-extension <vsix> [extensionsDir]
//   node scripts/code-server.mjs serve <workspace> [--extensions-dir DIR] [--port N] [--workspace-trust]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const codeServerDir = path.join(repoRoot, '.tools', 'code-server');
export const serverMain = path.join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js');
export const stateRoot = path.join(repoRoot, '.e2e');

/** Installs code-server when it is missing (idempotent, prints one line). */
export function ensureCodeServer() {
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`install-code-server.sh failed (exit ${r.status})`);
}

/** A fresh, empty folder under .e2e/ (replaced when it exists). */
export function makeStateDir(name) {
  const dir = path.join(stateRoot, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The private folders and environment of one server under stateDir. */
function privateEnv(stateDir) {
  const dirs = {
    home: path.join(stateDir, 'home'),
    config: path.join(stateDir, 'xdg-config'),
    data: path.join(stateDir, 'xdg-data'),
    cache: path.join(stateDir, 'xdg-cache'),
    tmp: path.join(stateDir, 'tmp'),
    serverData: path.join(stateDir, 'server-data'),
    userData: path.join(stateDir, 'user-data'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    TMPDIR: dirs.tmp,
    VSCODE_CLI: undefined,
  };
  // Do not leak an outer VS Code / extension host into ours.
  for (const k of Object.keys(env)) {
    if (env[k] === undefined || k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  }
  return { dirs, env };
}

function requireCodeServer() {
  if (!existsSync(serverMain)) {
    throw new Error(`VS Code server not found at ${serverMain}; run scripts/install-code-server.sh first`);
  }
}

/**
 * Installs a .vsix into extensionsDir with the server's own CLI.
 * Returns the CLI output.
 */
export function installExtension(vsixPath, extensionsDir, { stateDir } = {}) {
  requireCodeServer();
  const vsix = path.resolve(vsixPath);
  if (!existsSync(vsix)) throw new Error(`no such vsix: ${vsix}`);
  mkdirSync(extensionsDir, { recursive: true });
  const state = stateDir ?? path.join(path.dirname(path.resolve(extensionsDir)), 'install-state');
  const { dirs, env } = privateEnv(state);
  const r = spawnSync(
    process.execPath,
    [
      serverMain,
      '--accept-server-license-terms',
      '--telemetry-level', 'off',
      '--server-data-dir', dirs.serverData,
      '--user-data-dir', dirs.userData,
      '--extensions-dir', path.resolve(extensionsDir),
      '--install-extension', vsix,
      '--force',
    ],
    { env, encoding: 'utf8', timeout: 120_000 },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed|already installed/i.test(out)) {
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${out}`);
  }
  return out.trim();
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the VS Code server on 127.0.0.1 and waits until it answers HTTP.
 *
 * workspace        folder opened by workbenchUrl (absolute or relative to cwd)
 * extensionsDir    default: <stateDir>/extensions
 * port             default: 0 (a free port picked by the server)
 * smokeTestDriver  pass --enable-smoke-test-driver (needed for extension tests in the browser)
 * workspaceTrust   false (default): --disable-workspace-trust, every folder is trusted.
 *                  true: VS Code's normal trust handling (folders start untrusted).
 * stateDir         default: a fresh .e2e/server-<pid>-<n>
 * log              'file' (default: server output only in <stateDir>/server.log) or 'inherit'
 *                  (also echoed to this process's stderr)
 * extraArgs        more server-main.js arguments
 */
let serverCount = 0;
export async function startServer({
  workspace,
  extensionsDir,
  port = 0,
  smokeTestDriver = false,
  workspaceTrust = false,
  stateDir,
  log = 'file',
  extraArgs = [],
  timeoutMs = 60_000,
} = {}) {
  requireCodeServer();
  stateDir = stateDir ? path.resolve(stateDir) : makeStateDir(`server-${process.pid}-${++serverCount}`);
  mkdirSync(stateDir, { recursive: true });
  const { dirs, env } = privateEnv(stateDir);
  extensionsDir = path.resolve(extensionsDir ?? path.join(stateDir, 'extensions'));
  mkdirSync(extensionsDir, { recursive: true });
  const logFile = path.join(stateDir, 'server.log');

  const args = [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--telemetry-level', 'off',
    '--server-data-dir', dirs.serverData,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', extensionsDir,
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    ...(smokeTestDriver ? ['--enable-smoke-test-driver'] : []),
    ...extraArgs,
  ];
  // setsid: the server and all its helpers (extension host, pty host, our language
  // server) form one process group that stop() ends at once.
  writeFileSync(logFile, `$ setsid node ${args.join(' ')}\n`);
  const child = spawn('setsid', [process.execPath, ...args], {
    env,
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  let output = '';
  let exited = null;
  const onData = (chunk) => {
    const s = chunk.toString();
    output += s;
    writeFileSync(logFile, s, { flag: 'a' });
    if (log === 'inherit') process.stderr.write(s);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));

  // setsid execs node in place, so child.pid is the leader of the new group.
  const pgid = child.pid;
  const killGroup = (sig) => {
    try {
      process.kill(-pgid, sig);
    } catch {
      /* already gone */
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    killGroup('SIGTERM');
    const done = await Promise.race([exitPromise.then(() => true), sleep(5000).then(() => false)]);
    // Helpers may outlive the main process: always finish the whole group.
    await sleep(done ? 200 : 0);
    killGroup('SIGKILL');
    process.off('exit', onExit);
  }

  const deadline = Date.now() + timeoutMs;
  let actualPort = port || null;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`VS Code server exited early (${JSON.stringify(exited)}); output:\n${output}`);
    }
    if (!actualPort) {
      const m = /Extension host agent listening on (\d+)/.exec(output);
      if (m) actualPort = Number(m[1]);
    }
    if (actualPort && (await httpOk(`http://127.0.0.1:${actualPort}/version`))) break;
    await sleep(100);
  }
  if (!actualPort || !(await httpOk(`http://127.0.0.1:${actualPort}/version`))) {
    await stop();
    throw new Error(`VS Code server did not answer within ${timeoutMs} ms; output:\n${output}`);
  }

  const url = `http://127.0.0.1:${actualPort}`;
  const ws = workspace ? path.resolve(workspace) : undefined;
  return {
    url,
    port: actualPort,
    workbenchUrl: ws ? `${url}/?folder=${encodeURI(ws)}` : `${url}/`,
    stateDir,
    extensionsDir,
    userDataDir: dirs.userData,
    logFile,
    pid: child.pid,
    output: () => output,
    /** Resolves with { code, signal } when the server process exits. */
    exited: exitPromise,
    stop,
  };
}

/** `publisher.name` of the extension in root/package.json. */
export function extensionId(root = repoRoot) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return `${pkg.publisher}.${pkg.name}`;
}

// ---------------------------------------------------------------- CLI
async function main(argv) {
  const [cmd, ...rest] = argv;
  if (cmd === 'install') {
    ensureCodeServer();
  } else if (cmd === 'install-extension') {
    const [vsix, dir = path.join(stateRoot, 'extensions')] = rest;
    if (!vsix) throw new Error('usage: code-server.mjs install-extension <vsix> [extensionsDir]');
    console.log(installExtension(vsix, dir));
  } else if (cmd === 'serve') {
    const opts = { workspace: undefined, log: 'inherit' };
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      if (a === '--extensions-dir') opts.extensionsDir = rest[++i];
      else if (a === '--port') opts.port = Number(rest[++i]);
      else if (a === '--workspace-trust') opts.workspaceTrust = true;
      else if (a === '--smoke-test-driver') opts.smokeTestDriver = true;
      else opts.workspace = a;
    }
    const server = await startServer(opts);
    console.log(`VS Code server: ${server.workbenchUrl}`);
    const shutdown = async () => {
      await server.stop();
      process.exit(0);
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  } else {
    console.error('usage: node scripts/code-server.mjs install | install-extension <vsix> [dir] | serve <workspace> [--extensions-dir DIR] [--port N] [--workspace-trust]');
    process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e?.stack ?? String(e));
    process.exit(1);
  });
}
