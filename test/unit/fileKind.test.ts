import assert from 'node:assert/strict';
import { it } from 'node:test';
import { kindFromLanguageId, kindFromPath } from '../../server/src/service/fileKind';

it('knows the language ids of VS Code, Vim, Helix and Emacs', () => {
  for (const id of ['sshd_config', 'sshdconfig', 'sshd-config']) assert.equal(kindFromLanguageId(id), 'sshd', id);
  for (const id of ['ssh_config', 'sshconfig', 'sshclientconfig', 'ssh-config']) assert.equal(kindFromLanguageId(id), 'ssh', id);
  assert.equal(kindFromLanguageId('plaintext'), undefined);
});

it('guesses the kind from the path', () => {
  assert.equal(kindFromPath('/etc/ssh/sshd_config'), 'sshd');
  assert.equal(kindFromPath('file:///etc/ssh/sshd_config.d/50-cloud-init.conf'), 'sshd');
  assert.equal(kindFromPath('C:\\ProgramData\\ssh\\sshd_config'), 'sshd');
  assert.equal(kindFromPath('/home/me/.ssh/config'), 'ssh');
  assert.equal(kindFromPath('/etc/ssh/ssh_config.d/20-systemd.conf'), 'ssh');
});

it('configFileKind knows exactly the names package.json opens as configs', async () => {
  const { configFileKind } = await import('../../server/src/service/fileKind');
  const pkg = JSON.parse((await import('node:fs')).readFileSync(`${__dirname}/../../package.json`, 'utf8')) as {
    contributes: { languages: { id: string; filenames?: string[]; filenamePatterns?: string[] }[] };
  };
  // One sample path per name or pattern; a new pattern in package.json fails here until it has one (and configFileKind knows it).
  const samples: Record<string, string> = {
    sshd_config: '/srv/etc/ssh/sshd_config',
    '**/sshd_config.d/*.conf': '/w/sshd_config.d/50-cloud-init.conf',
    '**/ssh/sshd_config': '/w/ssh/sshd_config',
    '**/ProgramData/ssh/sshd_config': 'C:\\ProgramData\\ssh\\sshd_config',
    '**/*.sshd_config': '/w/bastion.sshd_config',
    ssh_config: '/w/ssh_config',
    '**/ssh_config.d/*.conf': '/w/ssh_config.d/20-systemd.conf',
    '**/.ssh/config': '/home/me/.ssh/config',
    '**/.ssh/config.d/*': '/home/me/.ssh/config.d/work',
    '**/ProgramData/ssh/ssh_config': 'C:\\ProgramData\\ssh\\ssh_config',
    '**/*.ssh_config': '/w/lab.ssh_config',
  };
  for (const lang of pkg.contributes.languages) {
    const kind = lang.id === 'sshd_config' ? 'sshd' : 'ssh';
    for (const name of [...(lang.filenames ?? []), ...(lang.filenamePatterns ?? [])]) {
      assert.ok(samples[name], `no sample path for ${name}`);
      assert.equal(configFileKind(samples[name]), kind, name);
    }
  }
  // The watcher globs the server registers cover every sample, and name nothing configFileKind does not know.
  const { CONFIG_FILE_GLOBS } = await import('../../server/src/service/fileKind');
  const globRe = (g: string) => new RegExp(`^${g.replace(/[.]/g, '\\.').replace(/\*\*\//g, '(?:.*/)?').replace(/(?<![.)])\*/g, '[^/]*')}$`);
  for (const [name, sample] of Object.entries(samples)) {
    const p = sample.replace(/\\/g, '/');
    assert.ok(CONFIG_FILE_GLOBS.some((g) => globRe(g).test(p)), `no watcher glob for ${name}`);
  }
  for (const g of CONFIG_FILE_GLOBS) assert.ok(configFileKind(`/w/${g.replace('**/', '').replace('*', 'x')}`), g);
  for (const other of ['/w/config', '/w/.ssh/known_hosts', '/w/.ssh/id_ed25519.pub', '/w/sshd_config.d/README', '/w/notes.txt', '/w/ssh_config.d/', '/w/.ssh/config.d/']) {
    assert.equal(configFileKind(other), undefined, other);
  }
});
