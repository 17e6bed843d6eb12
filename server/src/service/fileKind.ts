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

/** The same names as globs, for an editor's file watcher (configFileKind knows each; test/unit/fileKind.test.ts). */
export const CONFIG_FILE_GLOBS: readonly string[] = [
  '**/sshd_config',
  '**/*.sshd_config',
  '**/sshd_config.d/*.conf',
  '**/ssh_config',
  '**/*.ssh_config',
  '**/ssh_config.d/*.conf',
  '**/.ssh/config',
  '**/.ssh/config.d/*',
];

/**
 * The kind of a file the extension opens as an OpenSSH config by its name
 * alone (package.json contributes.languages filenames and filenamePatterns;
 * test/unit/fileKind.test.ts keeps the two in step); undefined for other files.
 * Used to find the configs of a workspace without opening them.
 */
export function configFileKind(path: string): FileKind | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  const base = parts[parts.length - 1] ?? '';
  const parent = parts[parts.length - 2];
  const grand = parts[parts.length - 3];
  if (base === 'sshd_config' || (base.endsWith('.sshd_config'))) return 'sshd';
  if (parent === 'sshd_config.d' && base.endsWith('.conf')) return 'sshd';
  if (base === 'ssh_config' || (base.endsWith('.ssh_config'))) return 'ssh';
  if (parent === 'ssh_config.d' && base.endsWith('.conf')) return 'ssh';
  if (parent === '.ssh' && base === 'config') return 'ssh';
  if (grand === '.ssh' && parent === 'config.d' && base !== '') return 'ssh';
  return undefined;
}
