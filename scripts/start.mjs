#!/usr/bin/env node
// `npm start`: try the extension in a real VS Code in your browser.
//
// Packages the extension (npm run package → openssh-config.vsix), installs code-server into
// .tools/ when needed, installs the vsix into a private extensions folder and serves VS Code
// on 127.0.0.1 with examples/ opened. Ctrl+C stops everything.
//
//   npm start                       random free port
//   npm start -- --port 8080        fixed port
//   npm start -- --no-package       use the existing openssh-config.vsix
//   npm start -- --workspace-trust  start with the folder untrusted (VS Code's trust prompt)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, installExtension, makeStateDir, repoRoot, startServer } from './code-server.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = Number(opt('--port') ?? process.env.PORT ?? 0);
const workspace = path.resolve(opt('--folder') ?? path.join(repoRoot, 'examples'));
const vsix = path.join(repoRoot, 'openssh-config.vsix');

function step(msg) {
  console.log(`\n▶ ${msg}`);
}

async function main() {
  if (!argv.includes('--no-package')) {
    step('npm run package');
    const r = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status})`);
  }
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing`);

  step('code-server');
  ensureCodeServer();

  step('installing openssh-config.vsix');
  const stateDir = makeStateDir('start');
  const extensionsDir = path.join(stateDir, 'extensions');
  console.log(installExtension(vsix, extensionsDir, { stateDir: path.join(stateDir, 'install') }));

  step('starting VS Code');
  const server = await startServer({
    workspace,
    extensionsDir,
    port,
    workspaceTrust: argv.includes('--workspace-trust'),
    stateDir: path.join(stateDir, 'server'),
  });

  const url = server.workbenchUrl;
  const line = '─'.repeat(url.length + 4);
  console.log(`\n┌${line}┐\n│  ${url}  │\n└${line}┘`);
  console.log(`Open it in a browser (VS Code with the extension and examples/ opened).`);
  console.log(`Server log: ${path.relative(repoRoot, server.logFile)}. Press Ctrl+C to stop.`);

  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping VS Code…`);
    await server.stop();
    console.log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));

  const exit = await server.exited;
  if (!stopping) {
    console.error(`VS Code server exited unexpectedly (${JSON.stringify(exit)}); see ${server.logFile}`);
    await server.stop();
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(`start: ${e?.message ?? e}`);
  process.exit(1);
});
