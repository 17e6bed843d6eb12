// Oracle for the proxyjump-loop rule: for every ProxyJump line of hand-made and
// generated ssh_config files, our verdict (a loop or not) must equal the chain
// Debian's OpenSSH 9.2p1 computes, followed with `ssh -G -F FILE HOST` from the
// line's first hop (each jump host's own `proxyjump`, until none or a repeat).
// Where we say ssh notices the loop itself, ssh run for that host must stop with
// "jumphost loop via HOST"; after our quick fix, `ssh -G` must show no loop.
// (The other loops are not run: ssh would start copies of itself without end.)

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { firstHop } from '../../server/src/service/openssh/jump';
import { applyEdits, findBinary, opensshVersion, TARGET } from './openssh';

const SSH = findBinary('ssh');
const SKIP = !SSH ? 'no ssh installed' : !/OpenSSH_9\.2/.test(opensshVersion(SSH)) ? 'written for OpenSSH 9.2' : undefined;
const service = createLanguageService();
const dir = mkdtempSync(path.join(tmpdir(), 'pjloop-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const HAND: string[] = [
  'Host *\n  ProxyJump bastion\n',
  'Host bastion\n  HostName b.example.org\nHost *\n  ProxyJump bastion\n',
  'Host bastion\n  Port 2222\nHost web-* bastion*\n  ProxyJump bastion\n',
  'Host bastion\n  ProxyJump none\nHost *\n  ProxyJump bastion\n',
  'Host a\n  ProxyJump b\nHost b\n  ProxyJump a\nHost web\n  ProxyJump me@a:22,c\n',
  'Host * !bastion\n  ProxyJump bastion\n',
  'Host web\n  ProxyJump gw,web\nHost gw\n  HostName 192.0.2.1\n',
  'Host bastion\n  ProxyCommand nc %h %p\nHost *\n  ProxyJump bastion\n',
  'ProxyJump bastion\nHost bastion\n  HostName x.example.org\n',
  'Host BASTION\n  User ops\nHost *\n  ProxyJump Bastion\n',
  'Host bastion\n  ProxyJump none\nHost *\n  ProxyJump Bastion\n',
  'Host Bastion\n  ProxyJump none\nHost *\n  ProxyJump Bastion\n',
];

/** Small random files over a few names and patterns (seeded: the same every run). */
function generated(count: number): string[] {
  let seed = 42;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 16) % k;
  };
  const names = ['a', 'b', 'bastion', 'gw', 'web1', 'Gw'];
  const patterns = ['*', 'web*', 'b*', '!bastion', '!gw', 'a', 'gw', 'bastion', '?', 'web1'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const lines: string[] = [];
    const blocks = 2 + rnd(3);
    for (let b = 0; b < blocks; b++) {
      const pats = [patterns[rnd(patterns.length)], ...(rnd(2) ? [patterns[rnd(patterns.length)]] : [])];
      if (pats.every((p) => p.startsWith('!'))) pats.push('*');
      lines.push(`Host ${pats.join(' ')}`);
      if (rnd(3) === 0) lines.push(`  HostName ${rnd(2) ? '%h.example.org' : names[rnd(names.length)]}`);
      if (rnd(4) === 0) lines.push('  Port 2222');
      const r = rnd(5);
      if (r < 3) lines.push(`  ProxyJump ${names[rnd(names.length)]}${rnd(4) === 0 ? `,${names[rnd(names.length)]}` : ''}`);
      else if (r === 3) lines.push('  ProxyJump none');
    }
    out.push(`${lines.join('\n')}\n`);
  }
  return out;
}

/** `ssh -G`'s proxyjump for `host`; 'loop' when ssh itself refuses with "jumphost loop via" (it checks before printing). */
function sshG(file: string, host: string): string | undefined | 'loop' {
  const r = spawnSync(SSH!, ['-G', '-F', file, host], { encoding: 'utf8' });
  if (r.status === 255 && /jumphost loop via/.test(r.stderr)) return 'loop';
  assert.equal(r.status, 0, r.stderr);
  return /^proxyjump (.*)$/m.exec(r.stdout)?.[1];
}

/** OpenSSH's chain from `host`: true when a jump host comes round again. */
function opensshLoops(file: string, host: string): boolean {
  // Host lines match the name as written, case included: so do the repeats.
  const seen = [host];
  let h = host;
  for (let i = 0; i < 16; i++) {
    const pj = sshG(file, h);
    if (pj === 'loop') return true;
    const hop = pj ? firstHop(pj) : undefined;
    if (!hop) return false;
    const next = hop.host;
    if (seen.includes(next)) return true;
    seen.push(next);
    h = hop.host;
  }
  return false;
}

/** ssh run for `host` with this file, bounded: its exit code and error output. */
function runSsh(file: string, host: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(SSH!, ['-F', file, '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=2', host, 'true'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += String(b)));
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
      spawnSync('pkill', ['-9', '-f', file]);
    }, 5000);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr });
    });
  });
}

describe('proxyjump-loop vs ssh -G chains (OpenSSH 9.2)', { skip: SKIP }, () => {
  const files = [...HAND, ...generated(60)];
  let lines = 0;
  let loopsSeen = 0;
  let stopsRun = 0;
  files.forEach((text, i) => {
    it(`file ${i + 1}: ${JSON.stringify(text.length > 90 ? `${text.slice(0, 90)}…` : text)}`, async () => {
      const file = path.join(dir, `f${i}`);
      writeFileSync(file, text);
      const doc = service.parse({ uri: `mem://pjo/${i}`, version: 1, getText: () => text }, 'ssh', { targetVersion: TARGET });
      const findings = service.findings(doc, { targetVersion: TARGET }).filter((f) => f.code === 'proxyjump-loop');
      for (const d of doc.directives) {
        if (d.name !== 'proxyjump' || !d.raw) continue;
        const hop = firstHop(d.raw.text);
        if (!hop) continue;
        lines++;
        const ours = findings.find((f) => f.span.line === d.line);
        const theirs = opensshLoops(file, hop.host);
        assert.equal(!!ours, theirs, `line ${d.line + 1} "${d.raw.text}": ours ${ours?.message ?? 'no loop'}; ssh -G chain ${theirs ? 'loops' : 'ends'}`);
        if (!ours) continue;
        loopsSeen++;
        const stop = /stops with "jumphost loop via (\S+)"/.exec(ours.message);
        if (stop) {
          stopsRun++;
          const r = await runSsh(file, stop[1].replace(/"$/, ''));
          assert.match(r.stderr, /jumphost loop via/, r.stderr);
          assert.equal(r.code, 255);
        }
        const fix = ours.fixes?.[0];
        if (fix) {
          const fixed = applyEdits(text, fix.edits.map((e) => ({ range: { start: { line: e.span.line, character: e.span.start }, end: { line: e.span.line, character: e.span.end } }, newText: e.newText })));
          const fixedFile = `${file}.fixed`;
          writeFileSync(fixedFile, fixed);
          const host = /Leave "([^"]+)"/.exec(fix.title)![1];
          assert.equal(opensshLoops(fixedFile, host), false, `after "${fix.title}":\n${fixed}`);
        }
      }
    });
  });
  it('checked enough lines (printed)', () => {
    console.log(`# proxyjump-loop: ${lines} ProxyJump lines, ${loopsSeen} loops, all as ssh -G; ${stopsRun} "jumphost loop" stops confirmed by running ssh`);
    assert.ok(lines > 50 && loopsSeen > 10 && stopsRun > 0);
  });
});
