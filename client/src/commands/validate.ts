// "OpenSSH: Validate with local OpenSSH": runs the user's own sshd -t or ssh -G
// on the editor's text and shows OpenSSH's messages as diagnostics (source
// "openssh"). The binaries come from user settings, never from the workspace,
// and the command refuses to run in an untrusted workspace.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const VALIDATE_COMMAND = 'openssh-config.validateWithOpenSSH';
const TIMEOUT_MS = 10_000;

interface RunResult {
  code: number;
  output: string;
}

function run(file: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: unknown }) | null;
      if (e && typeof e.code === 'string') {
        resolve({ code: -1, output: `${file}: ${e.code === 'ENOENT' ? 'not found' : e.code}` });
        return;
      }
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, output: `${stderr}\n${stdout}` });
    });
  });
}

/** OpenSSH's messages: "FILE: line N: …" (unknown keyword) or "FILE line N: …" (everything else). */
export function parseOpenSSHOutput(output: string, file: string): { line?: number; message: string }[] {
  const out: { line?: number; message: string }[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const text = raw.trim();
    // Skip blank lines and the closing count ("FILE: terminating, 2 bad configuration options").
    if (!text || /: terminating, \d+ bad configuration options?$/.test(text)) continue;
    const m = /^(.*?):? line (\d+): (.*)$/.exec(text);
    if (m && m[1] === file) out.push({ line: Number(m[2]) - 1, message: m[3] });
    else out.push({ message: text.split(file).join('this file') });
  }
  return out;
}

async function throwawayHostKey(storage: vscode.Uri, keygen: string): Promise<string | undefined> {
  const dir = path.join(storage.fsPath, 'hostkey');
  const key = path.join(dir, 'ssh_host_ed25519_key');
  if (existsSync(key)) return key;
  await mkdir(dir, { recursive: true });
  const r = await run(keygen, ['-q', '-t', 'ed25519', '-N', '', '-C', 'openssh-config throwaway', '-f', key]);
  return r.code === 0 ? key : undefined;
}

export function registerValidateCommand(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('openssh');
  context.subscriptions.push(collection);
  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    vscode.commands.registerCommand(VALIDATE_COMMAND, async (uri?: vscode.Uri) => {
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage('OpenSSH: running sshd/ssh is disabled until you trust this workspace.');
        return undefined;
      }
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc || (doc.languageId !== 'sshd_config' && doc.languageId !== 'ssh_config')) {
        void vscode.window.showInformationMessage('OpenSSH: open an sshd_config or ssh_config file first.');
        return undefined;
      }
      const cfg = vscode.workspace.getConfiguration('openssh-config', doc.uri);
      const server = doc.languageId === 'sshd_config';
      const tmp = await mkdtemp(path.join(os.tmpdir(), 'openssh-config-'));
      const file = path.join(tmp, server ? 'sshd_config' : 'ssh_config');
      try {
        await writeFile(file, doc.getText(), { mode: 0o600 });
        let result: RunResult;
        if (server) {
          const sshd = cfg.get<string>('sshdPath', 'sshd');
          const key = await throwawayHostKey(context.globalStorageUri, cfg.get<string>('sshKeygenPath', 'ssh-keygen'));
          result = await run(sshd, ['-t', '-f', file, ...(key ? ['-h', key] : [])]);
        } else {
          result = await run(cfg.get<string>('sshPath', 'ssh'), ['-G', '-F', file, 'openssh-config-validate.invalid']);
        }
        const messages = result.code === 0 ? [] : parseOpenSSHOutput(result.output, file);
        const diagnostics = messages.map((m) => {
          const line = m.line !== undefined && m.line < doc.lineCount ? doc.lineAt(m.line) : doc.lineAt(0);
          const d = new vscode.Diagnostic(line.range, m.message, vscode.DiagnosticSeverity.Error);
          d.source = 'openssh';
          return d;
        });
        collection.set(doc.uri, diagnostics);
        const tool = server ? 'sshd -t' : 'ssh -G';
        if (result.code === 0) void vscode.window.showInformationMessage(`OpenSSH: ${tool} accepts this file.`);
        else void vscode.window.showWarningMessage(`OpenSSH: ${tool} rejects this file (${diagnostics.length} message${diagnostics.length === 1 ? '' : 's'}).`);
        return { code: result.code, messages };
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    }),
  );
}
