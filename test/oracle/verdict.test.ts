// Whole-file verdicts against Debian's OpenSSH 9.2p1 (issue #3 oracle (b) and (c)):
//  (b) for every fixture and corpus file, OpenSSH refuses it ⇔ we report an error;
//  (c) generated one-line configs for every keyword whose value we check
//      (flag, enum, integer, time, port), valid and invalid values alike; the
//      keywords with a value of their own shape have theirs in
//      custom-values-addresses / -settings / -client.test.ts.
// Every disagreement is listed; unexplained ones fail the test.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { allKeywords, eraAt } from '../../server/src/service/openssh/keywords';
import type { ValueSpec } from '../../server/src/service/openssh/docs/types';
import { findBinary, makeSandbox, mapLimit, REPO_ROOT, runOpenSSH, runOurCli, TARGET, type Kind, type Sandbox } from './openssh';

const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');

/** Known, explained disagreements: "kind:file[:line]" → why. */
const KNOWN: Record<string, string> = {
  'ssh:ForkAfterAuthentication yes': '`ssh -G` without a remote command refuses to fork; this is a run-time check of the command line, not of the file',
  'ssh:ForkAfterAuthentication YES': 'as above',
  'ssh:ForkAfterAuthentication true': 'as above',
};

/** Vendor-only keywords get a warning naming the platform, by design (issue #3); upstream OpenSSH rejects them. */
const VENDOR_REASON = 'vendor-only keyword: our warning names the platform, OpenSSH rejects it (by design)';

let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

interface Verdict {
  file: string;
  openssh: boolean; // OpenSSH refuses the file
  ours: boolean; // we report an error
  detail: string;
  /** set when the disagreement is explained by the file's content */
  explained?: string;
}

async function verdicts(kind: Kind, bin: string, files: string[]): Promise<Verdict[]> {
  const ours = runOurCli(kind, files);
  return mapLimit(files, 4, async (file) => {
    const r = await runOpenSSH(kind, bin, file, sb);
    const mine = ours.get(file) ?? [];
    const errs = mine.filter((f) => f.severity === 'error');
    // OpenSSH's only complaints are unknown keywords that we call vendor-only?
    const vendorLines = new Set(mine.filter((f) => f.code === 'vendor-keyword').map((f) => f.line));
    const complaints = r.stderr.split('\n').filter((l) => l.trim() && !/terminating, \d+ bad configuration options/.test(l));
    const vendorOnly =
      r.code !== 0 && errs.length === 0 && complaints.length > 0 &&
      complaints.every((l) => {
        const m = /: line (\d+): Bad configuration option:/.exec(l);
        return m !== null && vendorLines.has(Number(m[1]));
      });
    return {
      explained: vendorOnly ? VENDOR_REASON : undefined,
      file,
      openssh: r.code !== 0,
      ours: errs.length > 0,
      detail: `OpenSSH: ${r.code === 0 ? 'accepts' : r.stderr.trim().split('\n').slice(0, 2).join(' | ')}; ours: ${errs.map((e) => `${e.line}:${e.code}`).join(', ') || 'no error'}`,
    };
  });
}

function report(label: string, kind: Kind, vs: Verdict[], keyOf: (v: Verdict) => string): void {
  const bad = vs.filter((v) => v.openssh !== v.ours);
  const why = (v: Verdict) => KNOWN[`${kind}:${keyOf(v)}`] ?? v.explained;
  const unexplained = bad.filter((v) => !why(v));
  console.log(`# oracle verdict ${label}: ${vs.length - bad.length} agree / ${vs.length} files, ${bad.length} disagreements (${unexplained.length} unexplained)`);
  for (const v of bad) console.log(`#   ${why(v) ? 'known' : 'NEW  '} ${keyOf(v)}: ${v.detail}${why(v) ? ` — ${why(v)}` : ''}`);
  assert.deepEqual(unexplained.map(keyOf), [], `${label}: unexplained disagreements`);
}

const conf = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.conf')).sort().map((f) => path.join(dir, f)) : []);

for (const kind of ['sshd', 'ssh'] as const) {
  describe(`${kind}: whole-file verdicts`, () => {
    const bin = findBinary(kind);
    it('project fixtures', async (t) => {
      if (!bin) return t.skip(`${kind} not installed`);
      const files = conf(path.join(REPO_ROOT, 'test/fixtures/oracle', kind));
      report(`${kind} fixtures`, kind, await verdicts(kind, bin, files), (v) => path.basename(v.file));
    });
    it('shared corpus', async (t) => {
      if (!bin) return t.skip(`${kind} not installed`);
      if (!existsSync(CORPUS)) return t.skip('../shared/corpus not present');
      const files = conf(path.join(CORPUS, kind));
      report(`${kind} corpus`, kind, await verdicts(kind, bin, files), (v) => path.basename(v.file));
    });
    it('generated values for every checked keyword', async (t) => {
      if (!bin) return t.skip(`${kind} not installed`);
      const cases = generatedCases(kind);
      const files = cases.map((c, i) => {
        const f = path.join(sb.dir, `${kind}-case-${i}.conf`);
        writeFileSync(f, `${c}\n`);
        return f;
      });
      const vs = await verdicts(kind, bin, files);
      const byLine = new Map(files.map((f, i) => [f, cases[i]]));
      report(`${kind} generated`, kind, vs, (v) => byLine.get(v.file) ?? v.file);
    });
  });
}

/** Valid and invalid values for each keyword whose value kind we check. */
function generatedCases(kind: Kind): string[] {
  const out: string[] = [];
  for (const { facts, doc } of allKeywords(kind)) {
    const era = eraAt(facts, TARGET);
    if (!era || era.status !== 'active' || !doc?.value) continue;
    for (const v of valuesFor(doc.value)) out.push(`${facts.name} ${v}`);
  }
  return out;
}

function valuesFor(spec: ValueSpec): string[] {
  switch (spec.kind) {
    case 'flag':
      return ['yes', 'no', 'YES', 'true', 'maybe', '""', 'yes extra', ...(spec.extra ?? [])];
    case 'enum':
      return [...spec.values, spec.values[0].toUpperCase(), 'bogus-value', ''].filter((v) => v !== '');
    case 'integer':
      return ['0', '1', '10', '-1', 'abc', '2147483648', 'none'];
    case 'time':
      return ['0', '90', '5m', '1h30m', '1.5', '+5', '10s5s', '1y', 'none'];
    case 'port':
      return ['22', '2222', '0', '65536', 'abc'];
    default:
      return [];
  }
}
