// Diagnostics are sent to the editor on every edit, as JSON. Node's IPC channel
// (how the VS Code client starts the server) and the editor's reader handle a
// message with a single character outside ASCII as a two-byte string: twice the
// memory, one more copy, slower parsing (bench: a 200-line sshd_config's
// publish allocated 124 kB instead of about 50). So our own words in diagnostic
// messages are ASCII ("...", "-", "->"); only text quoted from the user's file
// can bring other characters in. Hovers and views are not affected.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import type { FileKind } from '../../server/src/service/openssh/types';

const service = createLanguageService();
const NON_ASCII = /[^\t\n\r\x20-\x7e]/; // printable ASCII and the usual white space

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// Lines that make the rules speak (each of the messages that once held a non-ASCII character among them).
const SNIPPETS: Record<FileKind, string[]> = {
  sshd: [
    'Match User a\n  ChannelTimeout session:*=5m\n',
    'ChannelTimeout session:shell=5m\n',
    'ChannelTimeout session=5m\n',
    'ClientAliveInterval 60\nClientAliveCountMax 60 # idle logout after an hour\n',
    'ClientAliveCountMax 0\n',
    'Match LocalPort 70000\n  X11Forwarding no\n',
    'Match LocalPort ssh\n  X11Forwarding no\n',
    'MaxAuthTries 99999999999\nPort 0\nLoginGraceTime 1y\nPermitTunnel Yes\n',
    'TMOUT=300\n',
    'Include /nonexistent/x.conf\nPermitRootLogn no\nX11Forwarding yes\nX11Forwarding no\n',
    'TCPKeepAlive no\n',
  ],
  ssh: [
    'ServerAliveCountMax 0\n',
    'Host a\n  Port 99999\n  ConnectTimeout -1\nHost *\n  User x\nHost b\n  User y\n',
    'Match localport 1\n  User x\n',
    'TCPKeepAlive no\nUseKeychain yes\nPubkeyAcceptedKeyTypes +ssh-rsa\n',
  ],
};

describe('diagnostic messages are ASCII', () => {
  const cases: { name: string; kind: FileKind; text: string }[] = [];
  for (const kind of ['sshd', 'ssh'] as const) SNIPPETS[kind].forEach((text, i) => cases.push({ name: `${kind} snippet ${i}`, kind, text }));
  for (const f of files(path.join(__dirname, '..', 'fixtures'))) {
    const base = path.basename(f);
    const kind: FileKind | undefined = f.includes(`${path.sep}sshd`) || base.startsWith('sshd') ? 'sshd' : f.includes(`${path.sep}ssh`) || base.startsWith('ssh') ? 'ssh' : undefined;
    const text = readFileSync(f, 'utf8');
    if (kind && !NON_ASCII.test(text)) cases.push({ name: path.relative(path.join(__dirname, '..'), f), kind, text });
  }

  it(`every message and related message of ${cases.length} ASCII documents, for targets 7.0 to latest`, () => {
    let seen = 0;
    const codes = new Set<string>();
    for (const c of cases) {
      for (const targetVersion of ['7.0', '8.1', '8.7', '9.2', '9.6', 'latest']) {
        const doc = service.parse({ uri: `mem://ascii/${c.name}/${targetVersion}`, version: 1, getText: () => c.text }, c.kind, { targetVersion });
        for (const d of service.validate(doc, { targetVersion }, `file:///ascii/${c.kind}_config`)) {
          seen++;
          codes.add(String(d.code));
          for (const m of [typeof d.message === 'string' ? d.message : d.message.value, ...(d.relatedInformation ?? []).map((r) => r.message)]) {
            assert.ok(!NON_ASCII.test(m), `${c.name} @${targetVersion} ${d.code}: ${JSON.stringify(m.match(NON_ASCII)?.[0])} in ${JSON.stringify(m)}`);
          }
        }
      }
    }
    // The cases must make the rules speak, or the test proves nothing.
    assert.ok(seen > 200 && codes.size >= 20, `${seen} diagnostics, ${codes.size} codes: ${[...codes].join(' ')}`);
  });
});
