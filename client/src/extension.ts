// The VS Code client: starts the language server and registers commands.
// All knowledge lives in the server; this file only wires VS Code to it.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerExplainTimeoutsCommand } from './commands/explainTimeouts';
import { registerIdleLogoutCommand } from './commands/idleLogout';
import { registerShowEffectiveCommand } from './commands/showEffective';
import { registerTmoutCommand } from './commands/tmoutProfile';
import { registerValidateCommand } from './commands/validate';

let client: LanguageClient | undefined;

export const LANGUAGES = ['sshd_config', 'ssh_config'] as const;

/** Node flags for the language server process (also used by bench/run.mjs). */
// --max-semi-space-size=1: a small young generation keeps the server small while a large file is
// edited (it measured best of 1–16 MB). --expose-gc: the server runs one full collection when
// edits pause, which returns the heap V8 grew during them (server/src/server.ts collectWhenIdle).
// --v8-pool-size=1: one V8 helper thread (Node starts four) for background compilation and garbage
// collection; on a 2-core machine the four competed with the server itself (bench, 200-line file:
// edit round trip p95 4.4–5.4 → 2.6–3.3 ms right after opening, 2.4–3.4 → 1.2–1.4 ms later; 10k-line
// ssh_config 8 s after the edits: 75 → 71 MB).
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=1', '--expose-gc', '--v8-pool-size=1'];

/** Environment added for the language server process (also used by bench/run.mjs). */
// MALLOC_ARENA_MAX=1: glibc gives threads that allocate their own malloc arenas and keeps what
// is freed in them; the server's few threads then hold several MB the process no longer uses.
// One arena (the JavaScript runs on one thread anyway): bench, 10k-line sshd_config 8 s after
// the edits 81–83 → 75–76 MB, ssh_config 75–76 → 72 MB, round trips unchanged. Other C
// libraries ignore it.
export const SERVER_ENV: Record<string, string> = { MALLOC_ARENA_MAX: '1' };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('out', 'server', 'server.js'));
  // A small young generation keeps the server's memory low while editing large files (bench/run.mjs measures it).
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV, env: SERVER_ENV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'], env: SERVER_ENV } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: { configurationSection: 'openssh-config' },
  };
  client = new LanguageClient('openssh-config', 'OpenSSH Config', serverOptions, clientOptions);
  registerValidateCommand(context);
  registerTmoutCommand(context);
  registerIdleLogoutCommand(context);
  registerExplainTimeoutsCommand(context);
  registerShowEffectiveCommand(context);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
