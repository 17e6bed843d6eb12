// "OpenSSH: Show effective settings…": asks for a host (ssh_config) or a
// connection (sshd_config: user=…,host=…,addr=…), lets the language server
// evaluate the file with its Includes (server command
// openssh-config.server.effective), and shows the result as a read-only
// document in OpenSSH's own `keyword value` format. Each line links to the
// line it came from. The CodeLens above each Host block runs it for that host.

import * as vscode from 'vscode';

export const SHOW_EFFECTIVE_COMMAND = 'openssh-config.showEffective';
const SERVER_COMMAND = 'openssh-config.server.effective';
export const EFFECTIVE_SCHEME = 'openssh-effective';

interface EffectiveLine {
  keyword: string;
  value: string;
  source?: { uri: string; range: vscode.Range };
}

interface EffectiveResponse {
  error?: string;
  kind?: 'ssh' | 'sshd';
  target?: string;
  lines?: EffectiveLine[];
  notes?: string[];
}

interface View {
  text: string;
  /** line of the view → the source it links to */
  links: { line: number; length: number; target: vscode.Uri }[];
}

const views = new Map<string, View>();
const MAX_VIEWS = 20;
let counter = 0;

/** The host part of `user@host:port` (ssh), with the user and port. */
function parseHostSpec(s: string): { host: string; user?: string; port?: number } {
  let rest = s.trim();
  let user: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at > 0) {
    user = rest.slice(0, at);
    rest = rest.slice(at + 1);
  }
  const m = /^(.*):(\d+)$/.exec(rest);
  return m && !m[1].includes(':') ? { host: m[1], user, port: Number(m[2]) } : { host: rest, user };
}

function render(uri: vscode.Uri, label: string, r: EffectiveResponse): View {
  const head = [
    `# Effective settings for ${label} (OpenSSH ${r.target ?? ''}), as ${r.kind === 'sshd' ? 'sshd -T -C' : 'ssh -G'} prints them, for the lines this file sets.`,
    `# File: ${uri.fsPath}. Each line links to where its value comes from (Ctrl+click).`,
    ...(r.notes ?? []).map((n) => `# Note: ${n}`),
  ];
  const links: View['links'] = [];
  const body: string[] = [];
  for (const l of r.lines ?? []) {
    const text = `${l.keyword} ${l.value}`;
    if (l.source) {
      const start = l.source.range.start as unknown as { line: number; character: number };
      const target = vscode.Uri.parse(l.source.uri).with({ fragment: `L${start.line + 1},${start.character + 1}` });
      links.push({ line: head.length + body.length, length: text.length, target });
    }
    body.push(text);
  }
  if (!body.length) body.push('# This file sets nothing that applies to this connection.');
  return { text: `${[...head, ...body].join('\n')}\n`, links };
}

export function registerShowEffectiveCommand(context: vscode.ExtensionContext): void {
  const emitter = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    emitter,
    vscode.workspace.registerTextDocumentContentProvider(EFFECTIVE_SCHEME, {
      onDidChange: emitter.event,
      provideTextDocumentContent: (uri) => views.get(uri.toString())?.text ?? '# This view has expired: run OpenSSH: Show effective settings… again.\n',
    }),
    vscode.languages.registerDocumentLinkProvider({ scheme: EFFECTIVE_SCHEME }, {
      provideDocumentLinks(doc) {
        const v = views.get(doc.uri.toString());
        return (v?.links ?? []).map((l) => new vscode.DocumentLink(new vscode.Range(l.line, 0, l.line, l.length), l.target));
      },
    }),
    vscode.commands.registerCommand(SHOW_EFFECTIVE_COMMAND, async (uriArg?: string, spec?: string) => {
      const uri = uriArg ? vscode.Uri.parse(uriArg) : vscode.window.activeTextEditor?.document.uri;
      const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!uri || !doc || (doc.languageId !== 'ssh_config' && doc.languageId !== 'sshd_config')) {
        void vscode.window.showInformationMessage('OpenSSH: open an ssh_config or sshd_config first.');
        return undefined;
      }
      const sshd = doc.languageId === 'sshd_config';
      const answer =
        spec ??
        (await vscode.window.showInputBox(
          sshd
            ? {
                title: 'Show effective settings: which connection?',
                prompt: 'As for sshd -T -C: user=…,host=…,addr=… (optional laddr=…,lport=…,rdomain=…)',
                value: 'user=root,host=localhost,addr=127.0.0.1',
              }
            : { title: 'Show effective settings: which host?', prompt: 'A host name as you would type it after ssh: host, user@host or user@host:port', value: '' },
        ));
      if (!answer?.trim()) return undefined;
      // Match exec runs commands: only in a trusted workspace and with the (machine-level) setting on.
      const allowExec = vscode.workspace.isTrusted && vscode.workspace.getConfiguration('openssh-config').get<boolean>('effective.allowMatchExec') === true;
      const args = sshd ? { connection: answer.trim() } : { ...parseHostSpec(answer), allowExec };
      const r = (await vscode.commands.executeCommand(SERVER_COMMAND, uri.toString(), args)) as EffectiveResponse | undefined;
      if (!r || r.error) {
        void vscode.window.showErrorMessage(`OpenSSH: ${r?.error ?? 'the language server did not answer'}`);
        return undefined;
      }
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const label = answer.trim();
      const view = vscode.Uri.from({ scheme: EFFECTIVE_SCHEME, path: `/${name} — ${label.replace(/\//g, '∕')}.effective`, query: String(++counter) });
      views.set(view.toString(), render(uri, label, r));
      // Kept after the view is closed (a language change closes and reopens it), the oldest dropped.
      if (views.size > MAX_VIEWS) views.delete(views.keys().next().value as string);
      emitter.fire(view);
      const shown = await vscode.workspace.openTextDocument(view);
      await vscode.languages.setTextDocumentLanguage(shown, doc.languageId);
      await vscode.window.showTextDocument(shown, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      return view.toString();
    }),
  );
}
