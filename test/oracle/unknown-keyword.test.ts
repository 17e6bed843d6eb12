// OpenSSH as the oracle for the "unknown keyword" class of findings.
//
// For every input file we compare, line by line, where the installed OpenSSH
// (Debian 9.2p1 in CI) says "Bad configuration option" with where our CLI
// (`check --format json --target-version 9.2`) reports an ERROR coded
// unknown-keyword, keyword-too-new or keyword-removed. Vendor keywords: our
// vendor-keyword WARNING counts as agreement where OpenSSH rejects the keyword,
// and silence (or that warning, which is no error) counts as agreement where
// Debian accepts it (DebianBanner, GSSAPIKeyExchange… are Debian patches) —
// checked against the acceptedByDebian flag of our own keyword data.
// sshd's first fatal error stops its parser: lines after it are not compared.
//
// Inputs: (a) test/fixtures/oracle/{sshd,ssh}/*.conf, (b) ../shared/corpus
// when present, (c) every keyword name our data knows, one per file.
// How machine-dependent verdicts are pinned: see ./openssh.ts.
// Run: npm run build && node --import tsx --test test/oracle/*.test.ts

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import {
  compareFile,
  describeOurs,
  findBinary,
  keywordNames,
  makeSandbox,
  mapLimit,
  opensshVersion,
  REPO_ROOT,
  runOpenSSH,
  runOurCli,
  TARGET,
  vendorTable,
  type FileComparison,
  type Kind,
  type Sandbox,
} from './openssh';

/**
 * Disagreements we understand and accept, keyed "<set>/<kind>/<file>:<line>".
 * Anything not listed here fails the test; entries that no longer disagree fail
 * it too (so the table cannot rot). Bugs in our server do NOT belong here.
 */
const KNOWN_DISAGREEMENTS: Record<string, string> = {
  'fixtures/sshd/12_bom.conf:1':
    'UTF-8 BOM: OpenSSH rejects "\\357\\273\\277Port" as an unknown keyword; we report the same line as byte-order-mark (error) — same verdict, dedicated rule id.',
};

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/oracle');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const EXEC_CANARY = '/tmp/openssh-oracle-must-not-exist'; // 10_host_match_blocks.conf tries to touch it via Match exec

const confFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.conf'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];

let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

interface SetResult {
  comparisons: FileComparison[];
  unexpected: string[];
  stale: string[];
  pinViolations: string[];
}

/** Compare one input set and print the report; returns what the caller asserts on. */
async function compareSet(t: TestContext, kind: Kind, set: string, files: string[], labelOf: (f: string) => string): Promise<SetResult | undefined> {
  const bin = findBinary(kind);
  if (!bin) {
    t.skip(`${kind} is not installed: OpenSSH oracle not run`);
    return undefined;
  }
  assert.ok(files.length > 0, `no input files for ${set}/${kind}`);
  if (kind === 'sshd') assert.equal(sb.hostKeyError, undefined, 'sshd -t needs a throwaway host key');
  for (const n of sb.notes.splice(0)) t.diagnostic(`note: ${n}`);
  const results = await mapLimit(files, 8, (f) => runOpenSSH(kind, bin, f, sb));
  const ours = runOurCli(kind, files);
  const vendors = vendorTable(kind);
  const comparisons = files.map((f, i) =>
    compareFile(kind, f, labelOf(f), readFileSync(f, 'latin1'), results[i], ours.get(f) ?? [], vendors, sb),
  );

  let agree = 0;
  let total = 0;
  let skipped = 0;
  let skippedFiles = 0;
  const disagreements: string[] = [];
  const unexpected: string[] = [];
  const seenKeys = new Set<string>();
  const details: string[] = [];
  for (const c of comparisons) {
    agree += c.agreeCount;
    total += c.compared;
    if (c.skipped) {
      skipped += c.skipped;
      skippedFiles++;
    }
    const lines: string[] = [];
    // The keyword table is 460 one-line files: only its disagreements and vendor verdicts are worth printing.
    if (set !== 'keywords') for (const p of c.pins) lines.push(`    pinned: ${p}`);
    for (const v of c.verdicts) {
      const key = `${set}/${kind}/${path.basename(c.file)}:${v.line}`;
      if (v.agree) {
        lines.push(`    agree  ${c.label}:${v.line}: ${v.note}`);
        continue;
      }
      seenKeys.add(key);
      const known = KNOWN_DISAGREEMENTS[key];
      const text = `${c.label}:${v.line}  OpenSSH: ${v.openssh ?? `no "Bad configuration option"${v.opensshOther.length ? ` (said: ${v.opensshOther.join('; ')})` : ' (line accepted)'}`}  ours: ${describeOurs(v.ours)}${v.note ? `  (${v.note})` : ''}`;
      disagreements.push(text);
      lines.push(`    DISAGREE ${text}${known ? `\n      known: ${known}` : '\n      NOT in KNOWN_DISAGREEMENTS'}`);
      if (!known) unexpected.push(text);
    }
    if (lines.length) details.push(`  ${c.label} (exit ${c.code}, ${c.lines} lines${c.skipped ? `, ${c.skipped} after the fatal error not compared` : ''})`, ...lines);
  }
  const stale = Object.keys(KNOWN_DISAGREEMENTS).filter(
    (k) => k.startsWith(`${set}/${kind}/`) && files.some((f) => k.startsWith(`${set}/${kind}/${path.basename(f)}:`)) && !seenKeys.has(k),
  );

  t.diagnostic(
    `oracle ${kind}: ${agree} agree / ${total} lines, ${disagreements.length} disagreements` +
      ` (${set}: ${files.length} files vs ${opensshVersion(findBinary('ssh') ?? 'ssh')} at target ${TARGET};` +
      ` ${skipped} lines after a fatal error not compared, in ${skippedFiles} files)`,
  );
  for (const d of details) for (const l of d.split('\n')) t.diagnostic(l);
  for (const s of stale) t.diagnostic(`  STALE KNOWN_DISAGREEMENTS entry (now agrees): ${s}`);
  const pinViolations = comparisons.flatMap((c) => c.pinViolations);
  for (const v of pinViolations) t.diagnostic(`  PIN VIOLATED: ${v}`);
  return { comparisons, unexpected, stale, pinViolations };
}

function assertClean(r: SetResult | undefined): void {
  if (!r) return;
  assert.deepEqual(r.unexpected, [], `disagreements with OpenSSH not listed in KNOWN_DISAGREEMENTS:\n${r.unexpected.join('\n')}`);
  assert.deepEqual(r.stale, [], 'KNOWN_DISAGREEMENTS entries that no longer disagree: remove them');
  assert.deepEqual(r.pinViolations, [], 'a machine-dependent verdict was not pinned down');
}

describe(`oracle: unknown keywords vs OpenSSH (target ${TARGET})`, () => {
  for (const kind of ['sshd', 'ssh'] as const) {
    it(`(a) project fixtures test/fixtures/oracle/${kind}`, async (t) => {
      const files = confFiles(path.join(FIXTURES, kind));
      const r = await compareSet(t, kind, 'fixtures', files, (f) => path.relative(REPO_ROOT, f));
      if (!r) return;
      // The harness itself: OpenSSH did reject things, so the comparison is not vacuous.
      assert.ok(r.comparisons.reduce((n, c) => n + c.rejectedLines, 0) >= 20, 'OpenSSH rejected fewer fixture lines than expected');
      const byName = new Map(r.comparisons.map((c) => [path.basename(c.file), c]));
      if (kind === 'sshd') {
        // A typo inside Match: "Bad configuration option" then fatal "not allowed within a Match block".
        const m = byName.get('09_match_typo.conf')!;
        assert.equal(m.fatal?.line, 7, `fatal: ${m.fatal?.raw}`);
        assert.equal(m.skipped, 4);
        // A global-only keyword inside Match is fatal without being unknown.
        const g = byName.get('10_match_global_keyword.conf')!;
        assert.equal(g.fatal?.line, 6, `fatal: ${g.fatal?.raw}`);
        assert.equal(g.skipped, 3);
        // Deprecated/unsupported keywords are logged, not fatal.
        assert.equal(byName.get('04_removed_deprecated.conf')!.fatal, undefined);
      } else {
        assert.ok(!existsSync(EXEC_CANARY), `a Match exec command was executed (${EXEC_CANARY} exists)`);
        for (const c of r.comparisons) assert.equal(c.fatal, undefined, `${c.label}: ssh stopped early: ${c.fatal?.raw}`);
      }
      for (const name of ['14_realistic_clean.conf']) {
        const c = byName.get(name)!;
        assert.equal(c.code, 0, `${name}: OpenSSH rejects the clean file`);
      }
      assertClean(r);
    });
  }

  for (const kind of ['sshd', 'ssh'] as const) {
    it(`(b) real-world corpus ../shared/corpus/${kind}`, async (t) => {
      if (!existsSync(CORPUS)) {
        t.skip(`${CORPUS} not present`);
        return;
      }
      const files = confFiles(path.join(CORPUS, kind));
      const r = await compareSet(t, kind, 'corpus', files, (f) => path.relative(path.dirname(CORPUS), f));
      if (kind === 'ssh') assert.ok(!existsSync(EXEC_CANARY));
      assertClean(r);
    });
  }

  for (const kind of ['sshd', 'ssh'] as const) {
    it(`(c) every keyword name in our data (both files, vendors included) as a ${kind} line`, async (t) => {
      const names = [...new Set([...keywordNames('sshd'), ...keywordNames('ssh')])].sort();
      const dir = path.join(sb.dir, `keywords-${kind}`);
      mkdirSync(dir, { recursive: true });
      const files = names.map((n, i) => {
        const f = path.join(dir, `${String(i).padStart(3, '0')}_${n}.conf`);
        writeFileSync(f, `${n} x\n`);
        return f;
      });
      const r = await compareSet(t, kind, 'keywords', files, (f) => `keyword ${path.basename(f, '.conf').slice(4)}`);
      assertClean(r);
    });
  }
});
