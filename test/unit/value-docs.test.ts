import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/languageService';
import { sshDocs } from '../../server/src/service/openssh/docs/ssh';
import { sshdDocs } from '../../server/src/service/openssh/docs/sshd';
import type { DocTable, ValueSpec } from '../../server/src/service/openssh/docs/types';
import { valueMeaning } from '../../server/src/service/openssh/docs/types';

const service = createLanguageService();
let version = 0;
// The service caches by uri+version: every document gets a uri of its own.
const open = (text: string, kind: 'sshd' | 'ssh') => service.parse({ uri: `mem://value-docs/${++version}`, version, getText: () => text }, kind);
const hover = (text: string, kind: 'sshd' | 'ssh', character: number, targetVersion?: string) =>
  (service.hover(open(text, kind), { line: 0, character }, { targetVersion })?.contents as MarkupContent | undefined)?.value ?? '';
const complete = (text: string, kind: 'sshd' | 'ssh', targetVersion?: string): CompletionItem[] =>
  service.complete(open(text, kind), { line: 0, character: text.length }, { targetVersion }).items;
const doc = (item: CompletionItem | undefined) => (item?.documentation as MarkupContent | undefined)?.value ?? '';

const TABLES: [string, 'sshd' | 'ssh', DocTable][] = [
  ['sshd_config', 'sshd', sshdDocs],
  ['ssh_config', 'ssh', sshDocs],
];

/** Every word of every flag-with-extra-words, enum and custom-with-words keyword: [file, keyword, spec, words]. */
function wordLists(): [string, string, ValueSpec, string[]][] {
  const out: [string, string, ValueSpec, string[]][] = [];
  for (const [file, , table] of TABLES) {
    for (const [name, d] of Object.entries(table)) {
      const v = d.value;
      if (v?.kind === 'enum') out.push([file, name, v, v.values]);
      else if (v?.kind === 'flag' && v.extra) out.push([file, name, v, ['yes', 'no', ...v.extra]]);
      else if (v?.kind === 'custom' && v.words) out.push([file, name, v, v.words]);
    }
  }
  return out;
}

describe('value meanings in the knowledge base', () => {
  it('every enum word and every word of a flag with extra words has a meaning', () => {
    const missing: string[] = [];
    let count = 0;
    for (const [file, name, spec, words] of wordLists()) {
      for (const w of words) {
        count++;
        if (!valueMeaning(spec, w)) missing.push(`${file} ${name} ${w}`);
      }
    }
    assert.deepEqual(missing, []);
    assert.ok(count >= 136, `only ${count} words`);
  });

  it('has no meaning for a word the keyword does not take', () => {
    for (const [file, name, spec, words] of wordLists()) {
      if (spec.kind !== 'flag' && spec.kind !== 'enum' && spec.kind !== 'custom') continue;
      const extra = Object.keys(spec.meanings ?? {}).filter((k) => !words.some((w) => w.toLowerCase() === k.toLowerCase()));
      assert.deepEqual(extra, [], `${file} ${name}`);
    }
  });

  it('meanings are plain ASCII sentences with their config words safely quoted', () => {
    for (const [file, name, spec] of wordLists()) {
      if (spec.kind !== 'flag' && spec.kind !== 'enum' && spec.kind !== 'custom') continue;
      for (const [w, m] of Object.entries(spec.meanings ?? {})) {
        const where = `${file} ${name} ${w}: ${m}`;
        assert.match(m, /^[\x20-\x7e]+$/, `not ASCII: ${where}`);
        assert.equal((m.match(/`/g) ?? []).length % 2, 0, `unbalanced backticks: ${where}`);
        assert.ok(!/["*_]/.test(m.replace(/`[^`]*`/g, '')), `unquoted markdown or double quotes: ${where}`);
        assert.match(m, /\.$/, `not a sentence: ${where}`);
        assert.ok(m.length <= 240, `too long: ${where}`);
      }
    }
  });

  it('a deprecated spelling names the word it stands for', () => {
    for (const [file, name, spec] of wordLists()) {
      if (spec.kind !== 'flag' && spec.kind !== 'enum') continue;
      for (const [old, now] of Object.entries(spec.deprecated ?? {})) {
        assert.ok(valueMeaning(spec, old)?.includes(`\`${now}\``), `${file} ${name} ${old}`);
      }
    }
  });

  it('cites where the meanings were read', () => {
    for (const [file, name, spec] of wordLists()) {
      const d = (file === 'sshd_config' ? sshdDocs : sshDocs)[name];
      if (spec.kind === 'custom') assert.match(d.source, /; words: .*V_\d+_\d+_P1/, `${file} ${name}`);
      else assert.match(d.source, /; meanings: /, `${file} ${name}`);
    }
  });

  it('ssh_config true/false read as yes/no; case as OpenSSH compares it', () => {
    const shkc = sshDocs.stricthostkeychecking.value as ValueSpec;
    assert.equal(valueMeaning(shkc, 'true'), valueMeaning(shkc, 'yes'));
    assert.equal(valueMeaning(shkc, 'FALSE'), valueMeaning(shkc, 'no'));
    const tun = sshdDocs.permittunnel.value as ValueSpec;
    assert.ok(valueMeaning(tun, 'point-to-point'));
    assert.equal(valueMeaning(tun, 'Point-To-Point'), undefined); // strcmp in servconf.c
    assert.ok(valueMeaning(sshdDocs.loglevel.value as ValueSpec, 'verbose'));
  });
});

describe('hover on a value explains it', () => {
  it('StrictHostKeyChecking accept-new', () => {
    const md = hover('StrictHostKeyChecking accept-new', 'ssh', 25);
    assert.match(md, /^\*\*StrictHostKeyChecking\*\* accept-new\n\n`accept-new`: ssh adds the key of a host it has never seen/);
    assert.match(md, /refuses a host whose key changed/);
    assert.match(md, /also takes \*\*yes\*\*, \*\*no\*\*, \*\*true\*\*, \*\*false\*\*, \*\*ask\*\* or \*\*off\*\*\./);
    assert.ok(!md.includes('**accept-new**'));
  });

  it('PermitTunnel point-to-point, and the case-sensitivity note', () => {
    const md = hover('PermitTunnel point-to-point', 'sshd', 15);
    assert.match(md, /`point-to-point`: clients may open only layer-3 `tun` tunnels/);
    assert.match(md, /also takes \*\*yes\*\*, \*\*ethernet\*\* or \*\*no\*\*\. OpenSSH compares these case-sensitively\./);
    // A spelling OpenSSH rejects gets no meaning, only the words.
    const bad = hover('PermitTunnel Ethernet', 'sshd', 15);
    assert.ok(!bad.includes('`Ethernet`:'));
    assert.match(bad, /PermitTunnel takes \*\*yes\*\*, \*\*point-to-point\*\*, \*\*ethernet\*\* or \*\*no\*\*/);
  });

  it('sshd Compression delayed', () => {
    const md = hover('Compression delayed', 'sshd', 14);
    assert.match(md, /`delayed`: the same as `yes` since 7\.4/);
    assert.match(md, /Compression also takes \*\*yes\*\* or \*\*no\*\*\./);
  });

  it('ssh true reads as yes; an old spelling says which word to write; a too-new word says so', () => {
    assert.match(hover('StrictHostKeyChecking true', 'ssh', 23), /`true`: ssh refuses a host whose key is not in `known_hosts`/);
    assert.match(hover('PermitRootLogin without-password', 'sshd', 20), /`without-password`: an old spelling of `prohibit-password`[^]*_An old spelling: write `prohibit-password`\._/);
    assert.match(hover('TCPKeepAlive all', 'sshd', 14, '10.5'), /`all`: keepalives on[^]*OpenSSH 10\.5 rejects it/);
    assert.ok(!hover('TCPKeepAlive all', 'sshd', 14, '10.6').includes('rejects'));
  });

  it('plain yes/no flags and the keepalive/zero texts are as before', () => {
    assert.match(hover('PasswordAuthentication no', 'sshd', 24), /PasswordAuthentication takes \*\*yes\*\* or \*\*no\*\*\.$/);
    assert.match(hover('LoginGraceTime 0', 'sshd', 15), /`0`: no time limit/);
  });

  it('the fixed words of free-form values', () => {
    assert.match(hover('ForwardAgent yes', 'ssh', 14), /`yes`: ssh forwards the agent named by `SSH_AUTH_SOCK`/);
    assert.match(hover('PermitUserEnvironment no', 'sshd', 23), /`no`: sshd ignores `~\/\.ssh\/environment`/);
    assert.equal(hover('PermitUserEnvironment YES', 'sshd', 23), ''); // strcmp: YES is a pattern
    assert.equal(hover('ForwardAgent /tmp/agent.sock', 'ssh', 15), '');
  });
});

describe('completion items carry the meaning', () => {
  it('enum and flag words', () => {
    const items = complete('StrictHostKeyChecking ', 'ssh');
    assert.match(doc(items.find((i) => i.label === 'accept-new')), /^`accept-new`: ssh adds the key/);
    assert.match(doc(items.find((i) => i.label === 'false')), /^`false`: ssh adds new host keys/);
    for (const i of complete('LogLevel ', 'sshd')) assert.ok(doc(i), `${i.label} has no documentation`);
    const prl = complete('PermitRootLogin ', 'sshd');
    assert.match(doc(prl.find((i) => i.label === 'without-password')), /old spelling of `prohibit-password`/);
    // Plain yes/no flags have no documentation, as before.
    assert.ok(complete('PasswordAuthentication ', 'sshd').every((i) => i.documentation === undefined));
  });

  it('ForwardAgent: yes, no, true, false', () => {
    const items = complete('ForwardAgent ', 'ssh', '7.0');
    assert.deepEqual(items.map((i) => i.label), ['yes', 'no', 'true', 'false']);
    assert.match(doc(items[0]), /forwards the agent/);
    assert.match(doc(items[3]), /does not forward/);
  });

  it('AddKeysToAgent: its words from 7.2 on, nothing before', () => {
    assert.deepEqual(complete('AddKeysToAgent ', 'ssh', '7.1'), []);
    const items = complete('AddKeysToAgent ', 'ssh', '7.2');
    assert.deepEqual(items.map((i) => i.label), ['yes', 'no', 'true', 'false', 'ask', 'confirm']);
    assert.match(doc(items.find((i) => i.label === 'confirm')), /since 8\.4 a lifetime may follow/);
  });

  it('PermitUserEnvironment: yes and no (lower case), in every release', () => {
    const items = complete('PermitUserEnvironment ', 'sshd', '7.0');
    assert.deepEqual(items.map((i) => i.label), ['yes', 'no']);
    assert.match(doc(items[0]), /`~\/\.ssh\/environment`/);
    assert.deepEqual(complete('PermitUserEnvironment ', 'sshd', '10.0').map((i) => i.label), ['yes', 'no']);
  });

  it('the other free-form values with yes/no words, gated by the release that added the keyword', () => {
    assert.deepEqual(complete('ControlPersist ', 'ssh').map((i) => i.label), ['yes', 'no', 'true', 'false']);
    assert.deepEqual(complete('ObscureKeystrokeTiming ', 'ssh', '9.4'), []);
    assert.deepEqual(complete('ObscureKeystrokeTiming ', 'ssh', '9.5').map((i) => i.label), ['yes', 'no', 'true', 'false']);
    assert.deepEqual(complete('PerSourcePenalties ', 'sshd', '9.7'), []);
    assert.deepEqual(complete('PerSourcePenalties ', 'sshd', '9.8').map((i) => i.label), ['yes', 'no']);
    // Free-form values without fixed words still get nothing.
    assert.deepEqual(complete('Banner ', 'sshd'), []);
  });
});
