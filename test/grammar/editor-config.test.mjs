// Snippets and language-configuration.json: every keyword a snippet writes is a
// current keyword of its file (and allowed inside sshd Match blocks where used),
// and the word / indentation patterns behave as documented.
//
//   node --test test/grammar/editor-config.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (p) => JSON.parse(readFileSync(path.join(root, p), 'utf8'));

/** Expands a snippet body with every placeholder at its default (first choice). */
function expand(body) {
  let text = (Array.isArray(body) ? body.join('\n') : body).replace(/\$(\d+)/g, '');
  let prev;
  do {
    prev = text;
    text = text
      .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\}/g, '');
  } while (text !== prev);
  return text;
}

for (const [kind, file] of [['sshd', 'sshd_config'], ['ssh', 'ssh_config']]) {
  test(`snippets/${file}.json uses only current ${kind} keywords`, () => {
    const data = readJson(`server/src/service/openssh/data/${kind}.json`);
    const byName = new Map(data.keywords.map((k) => [k.name.toLowerCase(), k]));
    const snippets = readJson(`snippets/${file}.json`);
    assert.ok(Object.keys(snippets).length >= 5);
    for (const [title, s] of Object.entries(snippets)) {
      assert.ok(s.prefix && s.body && typeof s.description === 'string' && s.description.length > 20, `${title}: prefix/body/description`);
      const raw = Array.isArray(s.body) ? s.body.join('\n') : s.body;
      assert.match(raw, /\$\{?[0-9]/, `${title}: no tab stop`);
      let inMatch = false;
      for (const line of expand(s.body).split('\n')) {
        const m = /^\s*([A-Za-z][A-Za-z0-9-]*)(?:\s*=|\s|$)/.exec(line);
        if (!m || line.trim() === '') continue;
        const k = byName.get(m[1].toLowerCase());
        assert.ok(k, `${title}: ${m[1]} is not a ${kind} keyword`);
        const era = k.eras[k.eras.length - 1];
        assert.equal(k.removed, undefined, `${title}: ${m[1]} was removed`);
        assert.equal(era.status, 'active', `${title}: ${m[1]} is ${era.status}`);
        if (/^(match|host)$/i.test(m[1])) inMatch = kind === 'sshd';
        else if (inMatch) assert.equal(era.matchAllowed, true, `${title}: ${m[1]} is not allowed inside Match`);
      }
    }
  });
}

test('language-configuration.json: comments, quotes, words, indentation', () => {
  const c = readJson('language-configuration.json');
  assert.equal(c.comments.lineComment, '#');
  for (const q of ['"', "'"]) {
    const pair = c.autoClosingPairs.find((p) => p.open === q);
    assert.ok(pair && pair.close === q && pair.notIn.includes('comment'), `auto-close ${q} not in comments`);
  }
  const words = (s) => s.match(new RegExp(c.wordPattern, 'g'));
  assert.deepEqual(words('PubkeyAcceptedAlgorithms ssh-ed25519,rsa-sha2-512'), ['PubkeyAcceptedAlgorithms', 'ssh-ed25519', 'rsa-sha2-512']);
  assert.deepEqual(words('ProxyJump user@host'), ['ProxyJump', 'user@host']);
  assert.deepEqual(words('HostName host.example.com'), ['HostName', 'host.example.com']);
  assert.deepEqual(words('ChannelTimeout session:*=5m'), ['ChannelTimeout', 'session:*', '5m']);
  assert.deepEqual(words('ProxyCommand nc %h %p'), ['ProxyCommand', 'nc', '%h', '%p']);
  assert.deepEqual(words('ClientAliveInterval=1h30m'), ['ClientAliveInterval', '1h30m']);
  assert.deepEqual(words('Match Invalid-User'), ['Match', 'Invalid-User']);

  const re = (r) => (typeof r === 'string' ? new RegExp(r) : new RegExp(r.pattern, r.flags));
  const enter = c.onEnterRules.find((r) => r.action.indent === 'indent');
  const increase = re(c.indentationRules.increaseIndentPattern);
  for (const line of ['Host foo', '  host *.example.com', 'Host=foo', 'Match User alice', 'match all', 'MATCH host x exec "y"']) {
    assert.ok(re(enter.beforeText).test(line), `Enter after ${JSON.stringify(line)} indents`);
    assert.ok(increase.test(line), `increaseIndentPattern ${JSON.stringify(line)}`);
  }
  for (const line of ['HostName foo', 'HostKey /etc/ssh/k', 'HostbasedAuthentication no', '# Host foo', 'MatchFoo x', 'Port 22']) {
    assert.ok(!re(enter.beforeText).test(line), `Enter after ${JSON.stringify(line)} does not indent`);
    assert.ok(!increase.test(line), `increaseIndentPattern ${JSON.stringify(line)}`);
  }
});
