// Robustness of the command line: no file can crash `openssh-config check` or
// `openssh-config effective`. Each run must end on its own (well within a
// generous time limit), with exit status 0, 1 or 2 (never a signal, never a
// higher status), without a JavaScript error or stack trace on stderr and
// without an "internal error" (a caught crash); --format json must print JSON.
//
// The CLI runs from the current source: server/src/cli.ts is bundled with
// esbuild into a temporary folder in `before` (out/ may be missing or stale,
// and a plain `node` start per run is much faster than tsx).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';

const REPO_ROOT = path.resolve(__dirname, '../..');
/** Per run; the slowest cases (5 MB line, /dev/zero) take a second or two alone. */
const RUN_TIMEOUT_MS = 20_000;

let dir = '';
let cli = '';

interface Run {
  args: string[];
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // A private cache folder: the CLI may keep compiled code in $XDG_CACHE_HOME.
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: path.join(dir, '.cache'), HOME: dir }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ args, status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - t0 });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin ?? '');
  });
}

/** Run many at once, a few at a time (each is its own process). */
async function runAll(cases: string[][], limit = 4): Promise<Run[]> {
  const results: Run[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      results[i] = await run(cases[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, cases.length) }, worker));
  return results;
}

function assertNoCrash(r: Run, allowed: readonly number[] = [0, 1, 2]): void {
  const what = `openssh-config ${r.args.map((a) => (a.length > 80 ? `${a.slice(0, 80)}…` : a)).join(' ')}`;
  assert.equal(r.signal, null, `${what}: killed by ${r.signal} after ${Math.round(r.ms)} ms${r.signal === 'SIGKILL' ? ' (timeout)' : ''}\n${r.stderr.slice(0, 2000)}`);
  assert.ok(r.status !== null && allowed.includes(r.status), `${what}: exit status ${r.status}, expected one of ${allowed.join(', ')}\n${r.stderr.slice(0, 2000)}`);
  assert.doesNotMatch(r.stderr, /TypeError|RangeError|ReferenceError|SyntaxError|internal error|Maximum call stack/, `${what}: a crash on stderr\n${r.stderr.slice(0, 2000)}`);
  assert.doesNotMatch(r.stderr, /^\s+at \S.*(:\d+:\d+\)?|\(native\)|<anonymous>)$/m, `${what}: a stack trace on stderr\n${r.stderr.slice(0, 2000)}`);
  assert.ok(r.ms < RUN_TIMEOUT_MS, `${what}: took ${Math.round(r.ms)} ms`);
}

function assertJson(r: Run): void {
  if (r.status === 2 && r.stdout === '') return; // usage error: nothing printed
  let parsed: unknown;
  assert.doesNotThrow(() => (parsed = JSON.parse(r.stdout)), `--format json printed no JSON: ${r.stdout.slice(0, 500)}`);
  assert.ok(Array.isArray(parsed), 'check --format json prints an array');
  for (const f of parsed as Record<string, unknown>[]) {
    for (const k of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(f[k]) && (f[k] as number) >= 1, `${k} of ${JSON.stringify(f)}`);
    assert.equal(typeof f.message, 'string');
    assert.equal(typeof f.code, 'string');
  }
}

/** Deterministic pseudo-random bytes (a fixed LCG: the same junk on every run). */
function junkBytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

/** The inputs, by name: written into the temp folder (`sshd_config` and a folder are special). */
function inputs(): Record<string, string | Buffer> {
  const lines = ['Port 22', 'Match User a', '  PermitTTY no', 'Host x', '  User y', 'Include conf.d/*'];
  return {
    'junk.bin': junkBytes(64 * 1024, 1),
    'junk-lines.bin': Buffer.concat(Array.from({ length: 200 }, (_, i) => Buffer.concat([Buffer.from(`${lines[i % lines.length]} `), junkBytes(40, i), Buffer.from('\n')]))),
    'huge-line.conf': `Banner ${'x'.repeat(5 * 1024 * 1024)}`,
    'huge-tokens.conf': `AllowUsers ${'a '.repeat(100_000)}\nHost ${'h'.repeat(1_000_000)}\nMatch ${'User x '.repeat(50_000)}\n`,
    'crlf.conf': lines.join('\r\n') + '\r\n',
    'lone-cr.conf': lines.join('\r') + '\r',
    'bom.conf': `\uFEFF${lines.join('\n')}\n\uFEFFPort 23\n`,
    'nul.conf': 'Port\0 22\n\0\0Match\0User a\n\0\nHost \0\nInclude \0\n',
    'invalid-utf8.conf': Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]), Buffer.from('Port 22\n'), Buffer.from([0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0x20, 0xc0, 0xaf, 0x0a]), Buffer.from('Host \xff\n', 'latin1'), Buffer.from('User \x80\x81\n', 'latin1')]),
    'empty.conf': '',
    'quotes.conf': 'Banner "unterminated\nAllowUsers "a b\nPort \'22\n=Port==22\n= = =\nForceCommand "x\nMatch User "a b" "c\n',
    'equals.conf': '====\n=\nPort=\nPort=====22\nHost=\nMatch=User=a=b\n',
    'includes.conf': 'Include /nonexistent/* ~/x [ * ** ../../../../etc/passwd\nInclude /dev/zero\nInclude /dev/null\nInclude .\nInclude /\nInclude includes.conf\nInclude "unterminated\nInclude\n',
    'match.conf': 'Match all all\nMatch exec "false"\nMatch host\nMatch !\nMatch User=\nMatch Address 999.1.1.1/99 LocalPort 99999999\nMatch canonical final\n',
    sshd_config: Buffer.concat([Buffer.from('Port 22\nInclude sshd_config.d/*.conf\nMatch Address x\n'), junkBytes(4096, 7)]),
  };
}

const CONNECTION = 'user=a,host=b,addr=1.2.3.4';

describe('CLI robustness: no file crashes check or effective', () => {
  before(async () => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'cli-robustness-')));
    cli = path.join(dir, 'cli.js');
    await esbuild.build({ entryPoints: [path.join(REPO_ROOT, 'server/src/cli.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: cli, logLevel: 'silent' });
    for (const [name, content] of Object.entries(inputs())) writeFileSync(path.join(dir, name), content);
    mkdirSync(path.join(dir, 'a-directory'));
    mkdirSync(path.join(dir, 'sshd_config.d'));
    writeFileSync(path.join(dir, 'sshd_config.d', 'junk.conf'), junkBytes(2048, 3));
    mkdirSync(path.join(dir, 'conf.d'));
    writeFileSync(path.join(dir, 'conf.d', 'loop'), `Include ${path.join(dir, 'conf.d', 'loop')}\nInclude ${path.join(dir, 'includes.conf')}\n`);
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Every input: the files, a folder, a missing path, /dev/null. (/dev/zero has a test of its own: reading 64 MiB takes a while.) */
  const files = () => [...Object.keys(inputs()), 'a-directory', 'does-not-exist', '/dev/null'].map((f) => (f.startsWith('/') ? f : path.join(dir, f)));
  const unreadable = (f: string) => /a-directory$|does-not-exist$|\/dev\/zero$/.test(f);

  it('check (text and --format json, both kinds, old and new targets) exits 0, 1 or 2', async () => {
    const cases: string[][] = [];
    files().forEach((f, i) => {
      const variant = i % 2 === 0 ? ['--kind', 'sshd', '--target-version', '7.0'] : ['--kind', 'ssh', '--no-include', '--target-version', '9.2'];
      cases.push(['check', f], ['check', '--format', 'json', ...variant, f]);
    });
    const results = await runAll(cases);
    for (const r of results) {
      const file = r.args[r.args.length - 1];
      assertNoCrash(r, unreadable(file) ? [2] : [0, 1]);
      if (unreadable(file)) assert.match(r.stderr, /cannot read/);
      if (r.args.includes('json')) assertJson(r);
    }
  });

  it('check of every file at once prints one JSON array and exits 2 (some are unreadable)', async () => {
    const r = await run(['check', '--format', 'json', ...files()]);
    assertNoCrash(r, [2]);
    assertJson(r);
  });

  it('check - reads junk from standard input', async () => {
    const r = await run(['check', '--format', 'json', '-'], junkBytes(8192, 5).toString('latin1'));
    assertNoCrash(r, [0, 1]);
    assertJson(r);
  });

  it('effective --host and --connection exit 0 or 2 on every file', async () => {
    const cases: string[][] = [];
    files().forEach((f, i) => {
      cases.push(
        i % 2 === 0 ? ['effective', '--file', f, '--host', 'h'] : ['effective', '--file', f, '--host', 'h', '--user', 'u', '--port', '2222', '--explain', '--target-version', '7.0'],
        i % 2 === 0 ? ['effective', '--file', f, '--connection', CONNECTION] : ['effective', '--file', f, '--connection', 'user=root,host=h,addr=::1,laddr=10.0.0.1,lport=22,rdomain=x', '--explain', '--target-version', '7.0'],
      );
    });
    const results = await runAll(cases);
    for (const r of results) {
      assertNoCrash(r, unreadable(r.args[2]) ? [2] : [0]);
      if (unreadable(r.args[2])) assert.match(r.stderr, /cannot read/);
    }
  });

  it('an endless file (/dev/zero) is refused, not read forever; an Include of it too', async () => {
    const results = await runAll([
      ['check', '/dev/zero'],
      ['effective', '--file', '/dev/zero', '--host', 'h'],
      ['check', '--format', 'json', path.join(dir, 'includes.conf')],
    ]);
    for (const r of results) assertNoCrash(r, [0, 1, 2]);
    assert.equal(results[0].status, 2);
    assert.match(results[0].stderr, /cannot read \/dev\/zero: larger than/);
    assert.equal(results[1].status, 2);
    const found = JSON.parse(results[2].stdout) as { code: string; message: string }[];
    assert.ok(found.some((f) => f.code === 'include-unreadable' && /\/dev\/zero.*(larger than|not a regular file)/.test(f.message)), results[2].stdout);
  });

  it('bad usage exits 2 with a message, never a crash', async () => {
    const f = path.join(dir, 'crlf.conf');
    const cases = [
      ['check', '--bogus', f],
      ['check', '--format', 'xml', f],
      ['check', '--format'],
      ['check', '--target-version', 'abc', f],
      ['check', '--kind', 'x', f],
      ['check'],
      [],
      ['nonsense'],
      ['effective', '--file', f, '--bogus'],
      ['effective', '--file', f, '--connection', 'usr=x'],
      ['effective', '--file', f, '--connection', 'lport=99999'],
      ['effective', '--file', f, '--connection', ',=,'],
      ['effective', '--file', f, '--port', 'x', '--host', 'h'],
      ['effective', '--file', f],
      ['effective', '--host', 'h'],
      ['effective', '--file'],
      ['effective', '--file', f, '--kind', 'sshd', '--host', 'h'],
    ];
    const results = await runAll(cases);
    for (const r of results) {
      assertNoCrash(r, [2]);
      assert.ok(r.stderr.length > 0, `openssh-config ${r.args.join(' ')}: no message`);
    }
  });
});
