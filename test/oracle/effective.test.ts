// Issue #5 oracle: the effective settings we compute for a connection against
// what Debian's OpenSSH 9.2p1 prints (`ssh -G -F FILE HOST`,
// `sshd -T -f FILE -h KEY -C user=…,host=…,addr=…`), on our fixtures and the
// shared corpus, several hosts / connection specs per file. For every keyword
// a file sets: when we say a line applies, our printed value must equal
// OpenSSH's; when we say none applies, OpenSSH must print its default (the
// value it prints for an empty file). Every difference is listed; the test
// fails when the agreement drops below the level measured when it was written.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hostname, userInfo } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { nodeIncludeHost } from '../../server/src/includeHost';
import { createLanguageService } from '../../server/src/service/languageService';
import { keywordResolver } from '../../server/src/service/openssh/keywords';
import { settingKey } from '../../server/src/service/rules/firstValueWins';
import { parseConnectionSpec, type EffectiveQuery } from '../../server/src/service/semantics/effective';
import { findBinary, makeSandbox, REPO_ROOT, TARGET, type Kind, type Sandbox } from './openssh';

const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/oracle');
const service = createLanguageService();
const settings = { targetVersion: TARGET };

let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

/**
 * Include scenarios written at run time (absolute paths, so that ssh's ~/.ssh
 * rule for relative words does not matter): Include inside a Host/Match block,
 * a block opened in an included file ending with it, a drop-in read first.
 */
function includeScenarios(kind: Kind): string[] {
  const dir = path.join(sb.dir, 'include-scenarios', kind);
  mkdirSync(path.join(dir, 'd'), { recursive: true });
  const w = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text, { mode: 0o644 });
    return path.join(dir, name);
  };
  if (kind === 'ssh') {
    w('d/10-web.conf', 'Port 2201\nHost other\n  User inner\n  Compression yes\n');
    w('d/20-all.conf', 'ServerAliveInterval 30\n');
    return [
      w('host-include.conf', `Host web*\n  Include ${dir}/d/10-web.conf\n  User fallback\nHost *\n  Include ${dir}/d/20-all.conf\n  ServerAliveInterval 99\n  ConnectTimeout 5\n`),
      w('top-include.conf', `Include ${dir}/d/*.conf\nPort 9999\nHost other\n  User outer\n`),
    ];
  }
  w('d/10-cloud.conf', 'PasswordAuthentication yes\nMatch Address 10.0.0.0/8\n  MaxAuthTries 2\n');
  w('m.conf', 'X11Forwarding yes\nMatch User alice\n  PermitTTY no\n');
  return [
    w('dropin.conf', `Include ${dir}/d/*.conf\nPasswordAuthentication no\nMaxAuthTries 4\nMatch User bob\n  Include ${dir}/m.conf\n  X11Forwarding no\n  AllowTcpForwarding no\n`),
  ];
}

function files(kind: Kind): string[] {
  const out: string[] = [...includeScenarios(kind)];
  for (const dir of [path.join(FIXTURES, kind), path.join(CORPUS, kind)]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) out.push(path.join(dir, f));
  }
  return out;
}

function dumpMap(text: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const sp = line.indexOf(' ');
    const k = sp < 0 ? line : line.slice(0, sp);
    const v = sp < 0 ? '' : line.slice(sp + 1);
    const list = m.get(k) ?? [];
    list.push(v);
    m.set(k, list);
  }
  return m;
}

function runOracle(kind: Kind, bin: string, file: string, q: string): string | undefined {
  return runOracleFull(kind, bin, file, q).stdout;
}

function runOracleFull(kind: Kind, bin: string, file: string, q: string): { stdout?: string; stderr: string } {
  const args = kind === 'sshd' ? ['-T', '-f', file, '-h', sb.hostKey, '-C', q] : ['-G', '-F', file, q];
  const r = spawnSync(bin, args, { env: sb.env, cwd: sb.dir, encoding: 'utf8', timeout: 20_000, input: '' });
  return { stdout: r.status === 0 ? r.stdout : undefined, stderr: r.stderr ?? '' };
}

/**
 * Many fixtures are broken on purpose. To still compare their other lines, the
 * lines OpenSSH names in its complaints ("FILE line N: …") are commented out,
 * a few rounds at most; a file whose complaint names no line of its own is skipped.
 */
function accepted(kind: Kind, bin: string, file: string, q: string): string | undefined {
  let text = readFileSync(file, 'utf8');
  const copy = path.join(sb.dir, `${kind}-copy-${path.basename(file)}`);
  for (let round = 0; round < 8; round++) {
    writeFileSync(copy, text);
    const r = runOracleFull(kind, bin, copy, q);
    if (r.stdout !== undefined) return text;
    const lines = [...r.stderr.matchAll(new RegExp(`${copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?::? line |:)(\\d+)`, 'g'))].map((m) => Number(m[1]));
    if (!lines.length) return undefined;
    const all = text.split('\n');
    for (const n of lines) if (all[n - 1] !== undefined) all[n - 1] = `# (refused by OpenSSH) ${all[n - 1]}`;
    text = all.join('\n');
  }
  return undefined;
}

/** Hosts / connection specs to ask per file: a fixed one plus names the file's own Host/Match lines mention. */
function queries(kind: Kind, text: string): string[] {
  const doc = service.parse({ uri: 'q', version: 1, getText: () => text }, kind, settings);
  if (kind === 'ssh') {
    const hosts = new Set(['somehost', 'web1', 'other']);
    for (const s of doc.sections) {
      if (s.kind !== 'host' || !s.header) continue;
      const plain = s.header.args.map((a) => a.value).find((v) => /^[A-Za-z0-9][\w.-]*$/.test(v));
      if (plain) hosts.add(plain);
      if (hosts.size >= 6) break;
    }
    return [...hosts];
  }
  const specs = new Set(['user=root,host=localhost,addr=127.0.0.1', 'user=nobody,host=client.example.org,addr=192.0.2.10,laddr=192.0.2.1,lport=22', 'user=bob,host=h.example,addr=10.1.1.1']);
  for (const s of doc.sections) {
    if (s.kind !== 'match' || !s.header) continue;
    const w = s.header.args.map((a) => a.value);
    const user = w[w.findIndex((x) => x.toLowerCase() === 'user') + 1];
    const addr = w[w.findIndex((x) => x.toLowerCase() === 'address') + 1];
    if (user && /^[\w-]+$/.test(user)) specs.add(`user=${user},host=h.example,addr=10.0.0.5`);
    if (addr && /^[\d.]+(\/\d+)?$/.test(addr.split(',')[0])) specs.add(`user=someone,host=h.example,addr=${addr.split(',')[0].replace(/\/\d+$/, '')}`);
    if (specs.size >= 6) break;
  }
  return [...specs];
}

const ONE_LINE = new Set(['canonicaldomains', 'globalknownhostsfile', 'userknownhostsfile', 'logverbose', 'permitremoteopen', 'authorizedkeysfile', 'authenticationmethods', 'channeltimeout']);

for (const kind of ['ssh', 'sshd'] as const) {
  describe(`${kind}: effective settings against OpenSSH ${TARGET}`, () => {
    it('every keyword a file sets has OpenSSH\'s effective value', async (t) => {
      const bin = findBinary(kind);
      if (!bin) return t.skip(`${kind} not installed`);
      if (kind === 'sshd' && sb.hostKeyError) return t.skip(sb.hostKeyError);
      const empty = path.join(sb.dir, `${kind}-empty`);
      writeFileSync(empty, '');
      const host = nodeIncludeHost({ homeDir: sb.home });
      let agree = 0;
      let total = 0;
      let filesCompared = 0;
      const skipped: string[] = [];
      const diffs: string[] = [];
      const resolve = keywordResolver(kind, TARGET);
      let cleaned = 0;
      for (const original of files(kind)) {
        const probe = kind === 'sshd' ? 'user=root,host=localhost,addr=127.0.0.1' : 'somehost';
        const text = accepted(kind, bin, original, probe);
        if (text === undefined) {
          skipped.push(`${path.basename(original)}: OpenSSH refuses it and names no line to leave out`);
          continue;
        }
        if (text !== readFileSync(original, 'utf8')) cleaned++;
        const file = path.join(sb.dir, `${kind}-cmp-${path.basename(original)}`);
        writeFileSync(file, text);
        const doc = service.parse({ uri: file, version: 1, getText: () => text }, kind, settings);
        const graph = await service.resolveIncludes(file, doc, host, {}, settings);
        const keys = new Set<string>();
        for (const f of graph.files.values()) for (const d of f.doc?.directives ?? []) {
          const k = settingKey(resolve, d, kind, TARGET);
          if (k) keys.add(k);
        }
        let compared = false;
        for (const q of queries(kind, text)) {
          const oracle = runOracle(kind, bin, file, q);
          if (oracle === undefined) {
            skipped.push(`${path.basename(file)} (${q}): OpenSSH refuses the file`);
            break;
          }
          const def = dumpMap(runOracle(kind, bin, empty, q) ?? '');
          const theirs = dumpMap(oracle);
          let query: EffectiveQuery;
          if (kind === 'sshd') query = parseConnectionSpec(q) as EffectiveQuery;
          else query = { kind: 'ssh', host: q, localUser: userInfo().username, local: { homeDir: userInfo().homedir, uid: userInfo().uid, hostname: hostname() } };
          const r = service.effective(doc, query, settings, { graph });
          const ours = new Map<string, string[]>();
          for (const l of r.lines) ours.set(l.keyword, [...(ours.get(l.keyword) ?? []), l.value]);
          for (const [k, v] of ours) if (ONE_LINE.has(k)) ours.set(k, [v.join(' ')]);
          compared = true;
          for (const k of keys) {
            if (!theirs.has(k)) continue; // not printed by ssh -G / sshd -T (e.g. Include, Match-only names)
            total++;
            // sshd -T lists the -h KEY of the command line first: a property of the harness, not of the file.
            const o = theirs.get(k)!.filter((v) => !(k === 'hostkey' && v === sb.hostKey));
            const u = ours.get(k);
            const ok = u ? JSON.stringify(u) === JSON.stringify(o) : JSON.stringify(o) === JSON.stringify(def.get(k));
            if (ok) agree++;
            else diffs.push(`${path.relative(REPO_ROOT, original)} [${q}] ${k}: ours ${u ? JSON.stringify(u) : '(not applied → default)'} · OpenSSH ${JSON.stringify(o)}${u ? '' : ` · default ${JSON.stringify(def.get(k))}`}`);
          }
        }
        if (compared) filesCompared++;
      }
      console.log(`# oracle effective ${kind}: ${agree} / ${total} keyword values agree over ${filesCompared} files (${cleaned} with the lines OpenSSH refuses left out; several hosts/specs each)`);
      for (const s of skipped) console.log(`#   skipped ${s}`);
      for (const d of diffs) console.log(`#   differs ${d}`);
      assert.ok(total > 100, `only ${total} comparisons`);
      // Every difference must be a known one, with its reason; none is known today.
      const unexplained = diffs.filter((d) => !Object.keys(KNOWN_DIFFERENCES).some((k) => d.includes(k)));
      assert.deepEqual(unexplained, [], `${agree}/${total} agree`);
    });
  });
}

/**
 * Differences we accept, by a substring of the listed line, each with the
 * reason (a platform default or something only the machine knows). Empty:
 * on Debian 12's 9.2p1 every compared value agrees.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {};
