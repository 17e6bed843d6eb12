// Oracle for the ProxyJump hop hover: where we say ssh connects for a jump host
// (HostName, Port, User, from the file or written in the hop) must be what
// `ssh -G -F FILE HOST` of Debian's OpenSSH 9.2p1 prints for that host (a user or
// port written in the hop is passed to ssh as -l / -p, so they are checked with those).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { findBinary, REPO_ROOT, TARGET } from './openssh';

const SSH = findBinary('ssh');
const service = createLanguageService();
const dir = mkdtempSync(path.join(tmpdir(), 'jump-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const GENERATED = [
  'Host bastion',
  '  HostName bastion.example.org',
  '  User ops',
  '  ProxyJump gw',
  'Host gw GW2',
  '  Port 2201',
  'Host web-* db-?',
  '  ProxyJump me@bastion:2022,gw,ssh://root@gw2:23,web-7,plain.example.net',
  'Match originalhost plain.example.net',
  '  User matched',
  'Host *',
  '  Port 2200',
  '',
].join('\n');

const FILES: [string, string][] = [
  ['examples/.ssh/config', readFileSync(path.join(REPO_ROOT, 'examples/.ssh/config'), 'utf8')],
  ['generated', GENERATED],
];

describe('ProxyJump hop hover vs ssh -G (OpenSSH 9.2)', { skip: SSH ? undefined : 'no ssh installed' }, () => {
  for (const [name, text] of FILES) {
    it(name, () => {
      const file = path.join(dir, name.replace(/\W/g, '_'));
      // ssh -G refuses the whole file for the example's deliberate typo: the copy it reads has it mended.
      writeFileSync(file, text.replace('ForwardAgnet', 'ForwardAgent'));
      const doc = service.parse({ uri: `mem://jump/${name}`, version: 1, getText: () => text }, 'ssh', { targetVersion: TARGET });
      let checked = 0;
      text.split('\n').forEach((line, l) => {
        const m = /^\s*ProxyJump\s+(.*)$/i.exec(line);
        if (!m) return;
        let col = line.indexOf(m[1]);
        for (const hop of m[1].split(',')) {
          const h = service.hover(doc, { line: l, character: col + hop.length - 1 - (/:\d+$/.exec(hop)?.[0].length ?? 0) }, { targetVersion: TARGET });
          col += hop.length + 1;
          const md = (h?.contents as { value: string } | undefined)?.value ?? '';
          const ours = /connects to `([^`]+)`.*?, port `(\d+)`.*?, (?:as `([^`]+)`|as your local user name)/.exec(md);
          assert.ok(ours, `a jump host hover for ${hop}: ${md}`);
          const host = hop.replace(/^ssh:\/\//, '').replace(/^.*@/, '').replace(/:\d+$/, '');
          const user = /^(?:ssh:\/\/)?([^@]+)@/.exec(hop)?.[1];
          const port = /:(\d+)$/.exec(hop)?.[1];
          const r = spawnSync(SSH!, ['-G', '-F', file, ...(user ? ['-l', user] : []), ...(port ? ['-p', port] : []), host], { encoding: 'utf8' });
          assert.equal(r.status, 0, r.stderr);
          const G = (k: string) => new RegExp(`^${k} (.*)$`, 'm').exec(r.stdout)?.[1];
          assert.deepEqual([ours[1], ours[2], ours[3] ?? userInfo().username], [G('hostname'), G('port'), G('user')], `${hop}: ${md}`);
          checked++;
        }
      });
      assert.ok(checked > 0, 'some hops were checked');
    });
  }
});
