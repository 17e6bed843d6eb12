// "OpenSSH: Add idle logout…": asks how long and what to cover, then lets the
// language server insert the lines that work for the target OpenSSH release
// (server command openssh-config.server.addIdleLogout).

import * as vscode from 'vscode';
import { parseTime } from '../../../server/src/service/semantics/time';

export const IDLE_LOGOUT_COMMAND = 'openssh-config.addIdleLogout';
const SERVER_COMMAND = 'openssh-config.server.addIdleLogout';

interface Options {
  sessions?: boolean;
  forwards?: boolean;
  unused?: boolean;
}

export function registerIdleLogoutCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(IDLE_LOGOUT_COMMAND, async (duration?: string, preset?: Options) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'sshd_config') {
        void vscode.window.showInformationMessage('OpenSSH: open an sshd_config first: an idle logout is a server setting.');
        return undefined;
      }
      const text =
        duration ??
        (await vscode.window.showInputBox({
          title: 'Add idle logout: after how long?',
          prompt: 'An OpenSSH time: 900, 15m, 1h30m',
          value: '30m',
          // The same time grammar as OpenSSH 10.x, which reads every form this accepts.
          validateInput: (v) => {
            const r = parseTime(v.trim(), '10.2');
            return r.ok && r.seconds >= 1 ? undefined : 'An OpenSSH time such as 900, 15m or 1h30m';
          },
        }));
      if (!text) return undefined;
      const parsed = parseTime(text.trim(), '10.2');
      if (!parsed.ok) return undefined;
      let options = preset;
      if (!options) {
        const picks = await vscode.window.showQuickPick(
          [
            { label: 'Shells and commands', description: 'ChannelTimeout session:*', key: 'sessions', picked: true },
            { label: 'Forwarded connections', description: 'ChannelTimeout direct-tcpip, forwarded-tcpip, …', key: 'forwards', picked: false },
            { label: 'Connections with nothing open', description: 'UnusedConnectionTimeout (ssh -N)', key: 'unused', picked: true },
          ],
          { title: 'Add idle logout: what should it end?', canPickMany: true },
        );
        if (!picks?.length) return undefined;
        options = Object.fromEntries(picks.map((p) => [p.key, true]));
      }
      const result = (await vscode.commands.executeCommand(SERVER_COMMAND, editor.document.uri.toString(), parsed.seconds, options)) as
        | { applied: boolean; reason?: string }
        | undefined;
      if (!result?.applied) void vscode.window.showWarningMessage(`OpenSSH: no idle logout added. ${result?.reason ?? ''}`);
      return result;
    }),
  );
}
