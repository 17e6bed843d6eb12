// "OpenSSH: Explain timeouts in this file": asks the language server what
// ends a connection or channel in each scenario (server command
// openssh-config.server.explainTimeouts) and draws it in a webview beside the
// editor. The view follows edits to the file and to the target release.

import * as crypto from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TimeoutExplanation } from '../../../server/src/service/semantics/explainTimeouts';
import { renderExplainHtml } from './explainTimeoutsView';

export const EXPLAIN_TIMEOUTS_COMMAND = 'openssh-config.explainTimeouts';
const SERVER_COMMAND = 'openssh-config.server.explainTimeouts';
/** Internal: reveal a line of a document (the links in the view). Arguments: uri, 0-based line. */
const REVEAL_COMMAND = 'openssh-config.explainTimeouts.revealLine';
const LANGUAGES = new Set(['sshd_config', 'ssh_config']);

interface View {
  panel: vscode.WebviewPanel;
  html: string;
  refresh(): Promise<void>;
}

const views = new Map<string, View>();

/** The server command, retried while the language server is still starting. */
async function explain(uri: string): Promise<TimeoutExplanation | undefined> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const r = (await vscode.commands.executeCommand(SERVER_COMMAND, uri)) as TimeoutExplanation | null;
      if (r) return r;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function openView(doc: vscode.TextDocument, column: vscode.ViewColumn | undefined): View {
  const key = doc.uri.toString();
  const existing = views.get(key);
  if (existing) {
    existing.panel.reveal(undefined, true);
    return existing;
  }
  const fileName = path.basename(doc.uri.path);
  const panel = vscode.window.createWebviewPanel(
    'openssh-config.explainTimeouts',
    `Timeouts: ${fileName}`,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    { enableScripts: false, enableCommandUris: [REVEAL_COMMAND], localResourceRoots: [] },
  );
  const lineLink = (line: number, uri?: string) =>
    `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify([uri ?? key, line, column ?? vscode.ViewColumn.One]))}`;
  const view: View = {
    panel,
    html: '',
    async refresh() {
      const model = await explain(key);
      if (!model) return;
      const nonce = crypto.randomBytes(16).toString('base64');
      view.html = renderExplainHtml(model, { fileName, cspSource: panel.webview.cspSource, nonce, lineLink });
      panel.webview.html = view.html;
    },
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void view.refresh().catch(() => undefined), 300);
  };
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === key) later();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('openssh-config')) later();
    }),
  ];
  panel.onDidDispose(() => {
    if (timer) clearTimeout(timer);
    subscriptions.forEach((s) => s.dispose());
    views.delete(key);
  });
  views.set(key, view);
  return view;
}

export function registerExplainTimeoutsCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPLAIN_TIMEOUTS_COMMAND, async (uri?: vscode.Uri) => {
      const editor = vscode.window.activeTextEditor;
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
      if (!doc || !LANGUAGES.has(doc.languageId)) {
        void vscode.window.showInformationMessage('OpenSSH: open an sshd_config or ssh_config file to explain its timeouts.');
        return undefined;
      }
      const view = openView(doc, editor?.document === doc ? editor.viewColumn : undefined);
      await view.refresh();
      // The rendered page, for the extension-host test (and anyone scripting the command).
      return { html: view.html };
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: string, line: number, column?: vscode.ViewColumn) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const range = doc.lineAt(Math.min(line, doc.lineCount - 1)).range;
      await vscode.window.showTextDocument(doc, { viewColumn: column ?? vscode.ViewColumn.One, selection: range });
    }),
  );
}
