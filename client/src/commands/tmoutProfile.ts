// "OpenSSH: Create TMOUT profile script…": an idle logout for interactive
// shells, which is where TMOUT belongs (not in sshd_config). Opens a new,
// unsaved shell script; the user saves it as /etc/profile.d/tmout.sh.

import * as vscode from 'vscode';

export const TMOUT_COMMAND = 'openssh-config.createTmoutProfile';

export function tmoutScript(seconds: number): string {
  return [
    '# /etc/profile.d/tmout.sh — log out interactive shells idle at the prompt.',
    `# ${seconds} s without a complete command line at the prompt ends the shell (bash, ksh, zsh).`,
    '#',
    '# Limits, so you know what this does not do:',
    '# - It only counts time at an idle prompt: a running program (vim, top, tmux, less)',
    '#   keeps the shell alive however long the user is away.',
    '# - readonly stops the user changing it in this shell, but a child shell started',
    '#   without the profile (`bash --noprofile`, `env -u TMOUT bash`) has no timeout.',
    '# - Commands run as `ssh host command` start no interactive shell: no timeout.',
    '# - zsh runs a TRAPALRM function instead of exiting when one is defined.',
    '# - dash (/bin/sh on Debian) has no TMOUT at all.',
    '# For a server-side idle timeout see ChannelTimeout / UnusedConnectionTimeout (OpenSSH 9.2+).',
    `TMOUT=${seconds}`,
    'readonly TMOUT',
    'export TMOUT',
    '',
  ].join('\n');
}

export function registerTmoutCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(TMOUT_COMMAND, async (secondsArg?: number) => {
      let seconds = secondsArg;
      if (seconds === undefined) {
        const answer = await vscode.window.showInputBox({
          title: 'Idle time before an interactive shell logs out',
          prompt: 'Seconds (TMOUT takes whole seconds)',
          value: '900',
          validateInput: (v) => (/^[1-9]\d*$/.test(v.trim()) ? undefined : 'A whole number of seconds, greater than 0'),
        });
        if (answer === undefined) return undefined;
        seconds = Number(answer.trim());
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'shellscript', content: tmoutScript(seconds) });
      await vscode.window.showTextDocument(doc);
      return doc.uri.toString();
    }),
  );
}
