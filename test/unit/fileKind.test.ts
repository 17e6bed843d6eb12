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
