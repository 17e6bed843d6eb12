// Runs the installed OpenSSH (Debian 9.2p1 in CI) as an oracle and our CLI as
// the candidate, and compares which LINES each calls an unknown keyword.
// Everything machine-dependent about OpenSSH's verdict is pinned here:
//   * sshd: `sshd -t -f FILE -h KEY` with a throwaway ed25519 key, so a missing
//     HostKey file never makes sshd fail ("Unable to load host key" is noted,
//     not compared: it has no line); /run/sshd is created when we are root.
//   * ssh:  `ssh -G -F FILE somehost` with a private empty HOME (glob(3)'s
//     GLOB_TILDE uses $HOME, so `~/…` and relative Includes match nothing), a
//     SHELL stub that records `Match exec` commands and exits 1 (so every
//     `Match exec` is false and no command from a config ever runs), a fixed
//     XDG_RUNTIME_DIR, and stdin from /dev/null.
//   * Include: absolute patterns are expanded here the way glob(3) would, and
//     what they match on this machine is reported; messages about included
//     files are attributed to those files and not compared.
// Facts used: /work/shared/openssh/FACTS.md §8 "Error reporting", §9, §10.

import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Kind = 'sshd' | 'ssh';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const CLI_JS = path.join(REPO_ROOT, 'out/server/cli.js');
export const TARGET = '9.2';
export const ORACLE_HOST = 'somehost';

/** The rule ids that mean "OpenSSH will say Bad configuration option" for the target release. */
export const UNKNOWN_CLASS = new Set(['unknown-keyword', 'other-file-keyword', 'keyword-too-new', 'keyword-removed']);

// ---------------------------------------------------------------- binaries

/** The sshd/ssh to ask; OPENSSH_ORACLE_SSHD / OPENSSH_ORACLE_SSH override (a path that does not exist = not installed). */
export function findBinary(kind: Kind): string | undefined {
  const override = process.env[kind === 'sshd' ? 'OPENSSH_ORACLE_SSHD' : 'OPENSSH_ORACLE_SSH'];
  if (override !== undefined) return existsSync(override) ? override : undefined;
  const candidates = kind === 'sshd' ? ['/usr/sbin/sshd', '/usr/local/sbin/sshd'] : ['/usr/bin/ssh', '/usr/local/bin/ssh'];
  for (const c of candidates) if (existsSync(c)) return c;
  const r = spawnSync('sh', ['-c', `command -v ${kind}`], { encoding: 'utf8' });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : undefined;
}

export function opensshVersion(ssh: string): string {
  const r = spawnSync(ssh, ['-V'], { encoding: 'utf8' });
  return (r.stderr || r.stdout).trim().split(',')[0];
}

// ---------------------------------------------------------------- sandbox

export interface Sandbox {
  dir: string;
  home: string;
  hostKey: string;
  /** why no throwaway host key could be made (sshd -t cannot run then) */
  hostKeyError?: string;
  shellStub: string;
  execLog: string;
  env: NodeJS.ProcessEnv;
  notes: string[];
  dispose(): void;
}

export function makeSandbox(): Sandbox {
  const dir = mkdtempSync(path.join(tmpdir(), 'openssh-oracle-'));
  const home = path.join(dir, 'home');
  mkdirSync(path.join(home, '.ssh'), { recursive: true, mode: 0o700 });
  const run = path.join(dir, 'run');
  mkdirSync(run, { mode: 0o700 });
  const hostKey = path.join(dir, 'ssh_host_ed25519_key');
  const kg = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'oracle', '-f', hostKey], { encoding: 'utf8' });
  const hostKeyError = kg.status === 0 ? undefined : `ssh-keygen failed: ${kg.stderr || kg.error}`;
  const execLog = path.join(dir, 'match-exec.log');
  const shellStub = path.join(dir, 'shell-stub.sh');
  writeFileSync(shellStub, `#!/bin/sh\n# ssh runs: SHELL -c "command" for Match exec. Record it, never run it, answer false.\nprintf '%s\\n' "$2" >> '${execLog}'\nexit 1\n`, {
    mode: 0o755,
  });
  const notes: string[] = [];
  if (!existsSync('/run/sshd')) {
    try {
      mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
      notes.push('created /run/sshd (sshd -t needs its privilege separation directory)');
    } catch (e) {
      notes.push(`/run/sshd is missing and could not be created (${(e as Error).message}); sshd -t will complain after parsing, which is not compared`);
    }
  }
  const env: NodeJS.ProcessEnv = {
    PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: home,
    SHELL: shellStub,
    LANG: 'C',
    LC_ALL: 'C',
    XDG_RUNTIME_DIR: run,
    USER: process.env.USER ?? 'root',
    LOGNAME: process.env.LOGNAME ?? 'root',
  };
  return { dir, home, hostKey, hostKeyError, shellStub, execLog, env, notes, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------- running

export interface RunResult {
  code: number;
  stderr: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(cmd, args, { env, cwd, timeout: 20_000, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (err, _stdout, stderr) => {
      const code = err ? (typeof (err as NodeJS.ErrnoException).code === 'number' ? Number((err as NodeJS.ErrnoException).code) : 255) : 0;
      resolve({ code: err && err.killed ? -1 : code, stderr: String(stderr) });
    });
    child.stdin?.end();
  });
}

export function runOpenSSH(kind: Kind, bin: string, file: string, sb: Sandbox): Promise<RunResult> {
  return kind === 'sshd'
    ? run(bin, ['-t', '-f', file, '-h', sb.hostKey], sb.env, sb.dir)
    : run(bin, ['-G', '-F', file, ORACLE_HOST], sb.env, sb.dir);
}

/** Run `fn` over `items` with at most `n` at a time, keeping order. */
export async function mapLimit<T, R>(items: readonly T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

// ---------------------------------------------------------------- OpenSSH's messages

export interface OsshMessage {
  file: string;
  line?: number;
  text: string;
  kind: 'bad-option' | 'line' | 'terminating' | 'other';
  raw: string;
}

export function parseMessages(stderr: string): OsshMessage[] {
  const out: OsshMessage[] = [];
  // OpenSSH's log.c ends stderr lines with "\r\n".
  for (const raw of stderr.split(/\r?\n/)) {
    if (!raw.trim()) continue;
    let m = /^(.*): line (\d+): Bad configuration option: (.*)$/.exec(raw);
    if (m) {
      out.push({ file: m[1], line: Number(m[2]), text: `Bad configuration option: ${m[3]}`, kind: 'bad-option', raw });
      continue;
    }
    m = /^(.*): terminating, (\d+) bad configuration options$/.exec(raw);
    if (m) {
      out.push({ file: m[1], text: raw.slice(m[1].length + 2), kind: 'terminating', raw });
      continue;
    }
    m = /^(.*?):? line (\d+): (.*)$/.exec(raw);
    if (m) {
      out.push({ file: m[1], line: Number(m[2]), text: m[3], kind: 'line', raw });
      continue;
    }
    out.push({ file: '', text: raw, kind: 'other', raw });
  }
  return out;
}

/**
 * Messages with a line that do not stop the parser (FACTS §8): counted errors
 * (reported, parsing goes on, "terminating" at the end) and log lines.
 * Anything else with a line is a fatal() in sshd: parsing stops there.
 */
const NON_FATAL = [
  /^Bad configuration option: /,
  /^no argument after keyword /,
  /^invalid quotes$/,
  /^keyword .* extra arguments at end of line$/,
  /^Deprecated option /,
  /^Unsupported option /,
  /^Unsupported Match attribute /,
  /^Missing Match criteria for /,
  /^'all' cannot be combined with other Match attributes$/,
  /^Ignored unknown option /,
];
export const isNonFatal = (m: OsshMessage) => m.kind === 'bad-option' || NON_FATAL.some((re) => re.test(m.text));

// ---------------------------------------------------------------- Include, as glob(3) would see it

function globToRegExp(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = seg.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Expand an absolute glob pattern on this machine (no brace expansion, like glob(3) without GLOB_BRACE). */
export function expandGlob(pattern: string): string[] {
  const segs = pattern.split('/').filter(Boolean);
  let current = ['/'];
  for (const seg of segs) {
    const next: string[] = [];
    const magic = /[*?[]/.test(seg);
    for (const dir of current) {
      if (!magic) {
        const p = path.join(dir, seg);
        if (existsSync(p)) next.push(p);
        continue;
      }
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        continue;
      }
      const re = globToRegExp(seg);
      for (const n of names.sort()) if ((seg.startsWith('.') || !n.startsWith('.')) && re.test(n)) next.push(path.join(dir, n));
    }
    current = next;
  }
  return current.filter((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

export interface IncludeInfo {
  line: number;
  patterns: { written: string; resolved: string; matches: string[] }[];
}

/** The Include lines of a file and what each pattern matches on this machine under the pinned environment. */
export function includesOf(kind: Kind, text: string, sb: Sandbox): IncludeInfo[] {
  const out: IncludeInfo[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = /^[ \t\r]*"?include"?(?:[ \t]*=[ \t]*|[ \t]+)(.*)$/i.exec(raw.replace(/\r$/, ''));
    if (!m) return;
    const args = m[1].replace(/(^|\s)#.*$/, '').trim().split(/[ \t]+/).filter(Boolean).map((a) => a.replace(/^"(.*)"$/, '$1'));
    out.push({
      line: i + 1,
      patterns: args.map((written) => {
        let resolved = written;
        if (kind === 'ssh') {
          if (!written.startsWith('/') && !written.startsWith('~')) resolved = `~/.ssh/${written}`;
          resolved = resolved.replace(/^~(?=\/|$)/, sb.home);
        } else if (!written.startsWith('/') && !written.startsWith('~')) resolved = `/etc/ssh/${written}`;
        return { written, resolved, matches: resolved.startsWith('/') ? expandGlob(resolved) : [] };
      }),
    });
  });
  return out;
}

// ---------------------------------------------------------------- our CLI

export interface OurFinding {
  file: string;
  line: number;
  column: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  code: string;
  message: string;
}

export function runOurCli(kind: Kind, files: string[]): Map<string, OurFinding[]> {
  if (!existsSync(CLI_JS)) throw new Error(`${path.relative(REPO_ROOT, CLI_JS)} is missing: run \`npm run build\` first.`);
  const byFile = new Map<string, OurFinding[]>(files.map((f) => [f, []]));
  // Chunks keep the command line short.
  for (let i = 0; i < files.length; i += 100) {
    const chunk = files.slice(i, i + 100);
    const r = spawnSync(process.execPath, [CLI_JS, 'check', '--format', 'json', '--target-version', TARGET, '--kind', kind, ...chunk], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`our CLI exited ${r.status}: ${r.stderr}`);
    for (const f of JSON.parse(r.stdout) as OurFinding[]) byFile.get(f.file)?.push(f);
  }
  return byFile;
}

// ---------------------------------------------------------------- generated value cases

/** `sshd -T` for a connection that makes a `Match User nobody` block apply. */
export function runSshdAsNobody(bin: string, file: string, sb: Sandbox): Promise<RunResult> {
  return run(bin, ['-T', '-f', file, '-h', sb.hostKey, '-C', 'user=nobody,host=h,addr=1.2.3.4'], sb.env, sb.dir);
}

/** One generated config: `key` names it in the report, `where` says where its line sits. */
export interface ValueCase {
  key: string;
  where: string;
  text: string;
  /** sshd: ask `sshd -T` as user nobody (its `Match User nobody` block applies) instead of `sshd -t` */
  asNobody?: boolean;
}

/**
 * One file per case, OpenSSH refuses it <=> our CLI (target TARGET) reports an
 * error. Prints `# oracle LABEL: N agree / M files, D disagreements (U
 * unexplained); OpenSSH refused R` and every disagreement; `known` explains a
 * case, and an unexplained disagreement fails the test.
 */
export async function compareValueCases(kind: Kind, bin: string, sb: Sandbox, label: string, cases: readonly ValueCase[], known: (c: ValueCase) => string | undefined): Promise<void> {
  const files = cases.map((c, i) => {
    const f = path.join(sb.dir, `${label.replace(/\W+/g, '-')}-${i}.conf`);
    writeFileSync(f, c.text);
    return f;
  });
  const ours = runOurCli(kind, files);
  const indexes = cases.map((_, i) => i);
  const results = await mapLimit(indexes, 4, (i) => (cases[i].asNobody ? runSshdAsNobody(bin, files[i], sb) : runOpenSSH(kind, bin, files[i], sb)));
  const lines: string[] = [];
  let unexplained = 0;
  for (const i of indexes) {
    const c = cases[i];
    const r = results[i];
    const errs = (ours.get(files[i]) ?? []).filter((f) => f.severity === 'error');
    if ((r.code !== 0) === errs.length > 0) continue;
    const why = known(c);
    if (!why) unexplained++;
    const said = r.code === 0 ? 'accepts' : `refuses (${r.stderr.trim().split(/\r?\n/).slice(0, 2).join(' | ')})`;
    lines.push(`#   ${why ? 'known' : 'NEW  '} [${c.where}] ${c.key}: OpenSSH ${said}; ours: ${errs.map((e) => `${e.line}:${e.code} ${e.message}`).join(' | ') || 'no error'}${why ? ` - ${why}` : ''}`);
  }
  const refused = results.filter((r) => r.code !== 0).length;
  console.log(`# oracle ${label}: ${cases.length - lines.length} agree / ${cases.length} files, ${lines.length} disagreements (${unexplained} unexplained); OpenSSH refused ${refused}`);
  for (const l of lines) console.log(l);
  assert.equal(unexplained, 0, `${label}: unexplained disagreements`);
}

// ---------------------------------------------------------------- vendor keywords (our data)

export interface VendorInfo {
  name: string;
  vendor: string;
  acceptedByDebian: boolean;
}

export function vendorTable(kind: Kind): Map<string, VendorInfo> {
  const data = JSON.parse(readFileSync(path.join(REPO_ROOT, `server/src/service/openssh/data/${kind}.json`), 'utf8')) as {
    vendor: VendorInfo[];
    keywords: { name: string }[];
  };
  return new Map(data.vendor.map((v) => [v.name.toLowerCase(), v]));
}

export function keywordNames(kind: Kind): string[] {
  const data = JSON.parse(readFileSync(path.join(REPO_ROOT, `server/src/service/openssh/data/${kind}.json`), 'utf8')) as {
    vendor: { name: string }[];
    keywords: { name: string }[];
  };
  return [...data.keywords.map((k) => k.name), ...data.vendor.map((v) => v.name)];
}

// ---------------------------------------------------------------- the comparison

export interface LineVerdict {
  line: number;
  openssh?: string; // "Bad configuration option: KW" when OpenSSH rejected the keyword
  opensshOther: string[]; // OpenSSH's other messages about the line
  ours: OurFinding[]; // our findings on the line (all codes)
  agree: boolean;
  note?: string;
}

export interface FileComparison {
  file: string;
  label: string;
  lines: number;
  compared: number;
  skipped: number;
  fatal?: OsshMessage;
  verdicts: LineVerdict[]; // disagreements and notable agreements only
  agreeCount: number;
  /** lines OpenSSH called "Bad configuration option" (compared part only) */
  rejectedLines: number;
  pins: string[]; // what was pinned or ignored for this file, for the output
  /** a pin that did not hold (the verdict then depends on this machine after all) */
  pinViolations: string[];
  code: number;
}

export function compareFile(
  kind: Kind,
  file: string,
  label: string,
  text: string,
  result: RunResult,
  ours: OurFinding[],
  vendors: Map<string, VendorInfo>,
  sb: Sandbox,
): FileComparison {
  const rawLines = text.split('\n');
  const lineCount = text.endsWith('\n') ? rawLines.length - 1 : rawLines.length;
  const msgs = parseMessages(result.stderr);
  const mine = (m: OsshMessage) => m.file === file;
  const pins: string[] = [];
  const includes = includesOf(kind, text, sb);
  for (const inc of includes) {
    for (const p of inc.patterns) {
      pins.push(
        p.matches.length
          ? `line ${inc.line}: Include ${p.written} matches ${p.matches.length} file(s) on this machine (${p.matches.slice(0, 3).join(', ')}${p.matches.length > 3 ? ', …' : ''}); their messages are not compared`
          : `line ${inc.line}: Include ${p.written} matches nothing here (${p.resolved}); OpenSSH ignores it silently`,
      );
    }
  }
  const includeLineFor = (other: string): number | undefined =>
    includes.find((inc) => inc.patterns.some((p) => p.matches.includes(other)))?.line ?? includes[0]?.line;

  // Where did OpenSSH stop reading this file?
  let stopLine: number | undefined;
  let fatal: OsshMessage | undefined;
  const term = msgs.find((m) => m.kind === 'terminating');
  const withLine = msgs.filter((m) => m.line !== undefined);
  if (term && !mine(term)) {
    // An included file had counted errors: OpenSSH terminates after it.
    fatal = term;
    stopLine = includeLineFor(term.file);
  } else if (!term && result.code !== 0 && withLine.length) {
    const last = withLine[withLine.length - 1];
    if (!isNonFatal(last)) {
      fatal = last;
      stopLine = mine(last) ? last.line : includeLineFor(last.file);
    }
  }
  if (fatal && stopLine !== undefined && stopLine < lineCount) pins.push(`OpenSSH stopped at ${mine(fatal) ? 'line ' + fatal.line : fatal.file}: "${fatal.text}"${stopLine ? ` → lines after ${stopLine} not compared` : ''}`);

  for (const m of msgs) {
    if (m.kind === 'other' && /^Unable to load host key: /.test(m.text)) pins.push(`${m.text} (a HostKey line names a missing file; -h KEY keeps sshd going; no line, not compared)`);
    else if (m.kind === 'other' && !/^Pseudo-terminal will not be allocated/.test(m.text)) pins.push(`OpenSSH also said (no line, not compared): ${m.text}`);
    else if (m.file && !mine(m) && m.kind !== 'other') pins.push(`from an included file (not compared): ${m.raw}`);
  }
  if (kind === 'ssh') {
    rawLines.forEach((l, i) => {
      if (/^[ \t]*match\b.*\bexec\b/i.test(l)) pins.push(`line ${i + 1}: Match exec pinned to false (SHELL stub records the command and exits 1; nothing is run)`);
    });
  }
  // The pins must hold, or the comparison would depend on this machine after all.
  const pinViolations: string[] = [];
  for (const inc of includes) {
    if (inc.patterns.some((p) => p.matches.length)) continue;
    for (const m of msgs) if (mine(m) && m.line === inc.line) pinViolations.push(`${label}:${inc.line}: an Include that matches nothing was not ignored silently: ${m.raw}`);
  }
  for (const m of msgs) {
    if (/no hostkeys available/.test(m.text)) pinViolations.push(`${label}: sshd found no host key although -h ${sb.hostKey} was given: ${m.raw}`);
    if (/^Shell ".*" is not executable/.test(m.text)) pinViolations.push(`${label}: the SHELL stub for Match exec is not executable: ${m.raw}`);
    if (/env var \$\{.*\} has no value/.test(m.text)) pinViolations.push(`${label}: unpinned environment variable: ${m.raw}`);
  }
  if (result.code < 0) pinViolations.push(`${label}: OpenSSH timed out`);

  const bad = new Map<number, string>();
  for (const m of msgs) if (m.kind === 'bad-option' && mine(m)) bad.set(m.line!, m.text);
  const oursByLine = new Map<number, OurFinding[]>();
  for (const f of ours) oursByLine.set(f.line, [...(oursByLine.get(f.line) ?? []), f]);

  const verdicts: LineVerdict[] = [];
  let agreeCount = 0;
  const last = stopLine ?? lineCount;
  for (let line = 1; line <= last; line++) {
    const openssh = bad.get(line);
    const here = oursByLine.get(line) ?? [];
    const ourError = here.some((f) => f.severity === 'error' && UNKNOWN_CLASS.has(f.code));
    const vendor = here.find((f) => f.code === 'vendor-keyword');
    let agree: boolean;
    let note: string | undefined;
    if (vendor) {
      const name = (rawLines[line - 1] ?? '').slice(vendor.column - 1, vendor.endColumn - 1).replace(/"/g, '');
      const v = vendors.get(name.toLowerCase());
      const debianAccepts = v?.acceptedByDebian ?? false;
      if (openssh) {
        agree = !debianAccepts && !ourError;
        note = agree
          ? `vendor-keyword WARNING (${v?.vendor ?? '?'}) counts as agreement: Debian's OpenSSH rejects ${name} as upstream does`
          : `our data says Debian accepts ${name}, but this OpenSSH rejects it`;
      } else {
        agree = debianAccepts && !ourError;
        note = agree
          ? `Debian-patched keyword ${name}: Debian accepts it, we only warn (no error) → agreement`
          : `our data says only ${v?.vendor ?? '?'} accepts ${name}, but this OpenSSH accepts it too`;
      }
    } else {
      agree = !!openssh === ourError;
    }
    if (agree) agreeCount++;
    if (!agree || note) {
      const opensshOther = msgs.filter((m) => mine(m) && m.line === line && m.kind !== 'bad-option').map((m) => m.text);
      verdicts.push({ line, openssh, opensshOther, ours: here, agree, note });
    }
  }
  return {
    file,
    label,
    lines: lineCount,
    compared: last,
    skipped: lineCount - last,
    fatal,
    verdicts,
    agreeCount,
    rejectedLines: [...bad.keys()].filter((l) => l <= last).length,
    pins,
    pinViolations,
    code: result.code,
  };
}

export function describeOurs(fs: OurFinding[]): string {
  if (!fs.length) return 'nothing';
  return fs.map((f) => `${f.severity} ${f.code}: ${f.message}`).join(' | ');
}

/** Apply LSP text edits to a text (edits do not overlap), as an editor applies a code action. */
export function applyEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (p.line >= starts.length ? text.length : Math.min(starts[p.line] + p.character, text.length));
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}
