import type { FileKind } from './openssh/types';

/**
 * Language ids of editors we know: VS Code (ours and Remote-SSH's), Vim/Neovim
 * filetypes, Helix language names, Emacs major modes as eglot names them.
 */
const LANGUAGE_IDS: Record<string, FileKind> = {
  sshd_config: 'sshd',
  sshdconfig: 'sshd',
  'sshd-config': 'sshd',
  ssh_config: 'ssh',
  sshconfig: 'ssh',
  sshclientconfig: 'ssh',
  'ssh-config': 'ssh',
};

/** The file kind from an editor's language id, else from the path; undefined when neither tells. */
export function kindFromLanguageId(languageId: string | undefined): FileKind | undefined {
  return languageId ? LANGUAGE_IDS[languageId.toLowerCase()] : undefined;
}

/** Guess from a path or URI: sshd_config, sshd_config.d/*.conf → sshd; everything else → ssh. */
export function kindFromPath(path: string): FileKind {
  const p = decodeURIComponent(path).replace(/\\/g, '/').toLowerCase();
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (base.includes('sshd_config') || /\/sshd_config\.d\/[^/]*$/.test(p) || base.includes('sshd')) return 'sshd';
  return 'ssh';
}
