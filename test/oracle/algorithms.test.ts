// OpenSSH as the oracle for algorithm lists (rule algorithm-list).
//
// One-line configs for every algorithm keyword of both files — every name any
// release knows (valid, removed, too new, compiled out), misspellings, case
// changes, the "+", "-", "^" prefixes, wildcards, negations, empty entries,
// short names, certificate names in CASignatureAlgorithms, extra arguments —
// are judged by the installed OpenSSH (Debian 9.2p1 in CI): `sshd -t -f FILE -h
// KEY` and `ssh -G -F FILE somehost`, pinned by ./openssh.ts makeSandbox(). The
// verdicts compared: "OpenSSH refuses the file" (non-zero exit) and "our service
// at target 9.2 reports an ERROR" (any rule; warnings are not errors).
// Debian 9.2 is built with OpenSSL and without XMSS, like a default build, which
// is what our data models.
// Run: node --import tsx --test test/oracle/algorithms.test.ts

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import {
  ALGORITHM_DATA,
  algorithmKeyword,
  algorithmsAt,
  allAlgorithmNames,
  type AlgorithmFamily,
  type AlgorithmKeyword,
} from '../../server/src/service/openssh/algorithms';
import { allKeywords, eraAt } from '../../server/src/service/openssh/keywords';
import { parse } from '../../server/src/service/parser/parser';
import { RULES } from '../../server/src/service/rules';
import { algorithmListRule } from '../../server/src/service/rules/algorithmList';
import type { Finding } from '../../server/src/service/rules/types';
import { findBinary, makeSandbox, mapLimit, opensshVersion, runOpenSSH, TARGET, type Kind, type Sandbox } from './openssh';

/**
 * Disagreements we expect, each with its reason and the test that recognises it;
 * every other disagreement fails the test.
 */
const KNOWN_DISAGREEMENTS: { id: string; applies: (c: Case, openssh: boolean) => boolean; reason: string }[] = [
  {
    id: 'sshd-t-skips-match',
    applies: (c, openssh) => c.kind === 'sshd' && !openssh && /^Match /m.test(c.line),
    reason:
      'sshd -t does not apply Match blocks; a list in one is assembled when a connection matches, and a failure then ends that connection (tested: `sshd -T -C user=nobody,host=x,addr=127.0.0.1` exits 255 with "assemble_algorithms: pubkey_accepted_algos: invalid argument"). Names are still checked by -t (see the "bogus" case).',
  },
  {
    id: 'ssh-G-one-host',
    applies: (c, openssh) => c.kind === 'ssh' && !openssh && /^Host other\n/.test(c.line),
    reason: '`ssh -G somehost` assembles the lists in effect for somehost only; the failing list belongs to "Host other" and breaks connections to it.',
  },
];

let sb: Sandbox;
before(() => {
  sb = makeSandbox();
});
after(() => sb?.dispose());

const service = createLanguageService();
const tally = { agree: 0, total: 0, kinds: [] as string[] };
const registered = RULES.includes(algorithmListRule);
let uriN = 0;

/** Our error-severity findings for a one-line file at the oracle's release. */
function ourErrors(kind: Kind, text: string): Finding[] {
  const doc = service.parse({ uri: `mem://alg${++uriN}`, version: 1, getText: () => text }, kind, { targetVersion: TARGET });
  const fs = service.findings(doc, { targetVersion: TARGET });
  // Until the rule is in RULES (rules/index.ts), run it alongside the service.
  if (!registered) algorithmListRule.check(parse(text, kind), { kind, target: TARGET }, (f) => fs.push(f));
  return fs.filter((f) => f.severity === 'error');
}

/** The algorithm keywords of a file at the oracle's release, every spelling (aliases included). */
function keywordsAtTarget(kind: Kind): { name: string; kw: AlgorithmKeyword }[] {
  const out: { name: string; kw: AlgorithmKeyword }[] = [];
  for (const { facts } of allKeywords(kind)) {
    const era = eraAt(facts, TARGET);
    if (!era || (era.status !== 'active' && era.status !== 'alias')) continue;
    const kw = algorithmKeyword(kind, era.op, TARGET);
    if (kw) out.push({ name: facts.name, kw });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

const misspell = (n: string) => (n.length > 4 ? `${n.slice(0, 3)}${n[4]}${n[3]}${n.slice(5)}` : `${n}x`);

/** Values for one keyword: names of every release, typos, prefixes, patterns, empty entries. */
function valuesFor(family: AlgorithmFamily, kw: AlgorithmKeyword): string[] {
  const now = algorithmsAt(family, TARGET);
  const ever = allAlgorithmNames(family);
  const a = now[0];
  const b = now[now.length - 1];
  const vs = new Set<string>([
    ...ever,
    ...(family === 'cipher' ? Object.keys(ALGORITHM_DATA.families.cipher.refused) : []),
    ...(family === 'key' ? ['ssh-rsa-cert-v00@openssh.com', 'ssh-dss-cert-v00@openssh.com', 'RSA', 'ed25519', 'ECDSA', 'DSA', 'XMSS', 'rsa', 'ssh-ed25519,RSA'] : []),
    misspell(a),
    misspell(b),
    a.toUpperCase(),
    'bogus',
    `+${a}`,
    `-${a}`,
    `^${a}`,
    `+${b}`,
    '+bogus',
    '-bogus',
    '^bogus',
    '+',
    '-',
    '^',
    `${a},${b}`,
    `${a},${misspell(b)}`,
    `${a},,bogus`,
    `${a},`,
    `,${a}`,
    `,bogus`,
    ',',
    '*',
    '-*',
    `${a.slice(0, 4)}*`,
    `+${a.slice(0, 4)}*`,
    `-${a.slice(0, 4)}*`,
    `^${a.slice(0, 4)}*`,
    `!${a}`,
    `+!${a}`,
    `-!${a}`,
    `${a},!${b}`,
    `${a}?${a.slice(-1)}`.replace(/^(.)./, '$1?'),
    'nomatch*',
    '+nomatch*',
    '""',
    `${a} ${b}`,
    `"${a},${b}"`,
  ]);
  if (kw.listFamily === 'ca') {
    vs.add('ssh-ed25519-cert-v01@openssh.com');
    vs.add('ssh-ed25519,ssh-ed25519-cert-v01@openssh.com');
    vs.add('*-cert-v01@openssh.com');
    vs.add('+*-cert-v01@openssh.com');
  }
  return [...vs];
}

interface Case {
  kind: Kind;
  line: string;
}

/** Files of several lines: where the failing line is, and which value wins (first obtained). */
const MULTI: Record<Kind, string[]> = {
  sshd: [
    'Ciphers aes128-ctr\nCiphers ,',
    'Ciphers aes128-ctr\nCiphers bogus',
    'PubkeyAcceptedKeyTypes ssh-ed25519\nPubkeyAcceptedAlgorithms RSA',
    'Match User nobody\n  PubkeyAcceptedAlgorithms bogus',
    'Match User nobody\n  PubkeyAcceptedAlgorithms ,',
    'PubkeyAcceptedAlgorithms ssh-ed25519\nMatch User nobody\n  PubkeyAcceptedAlgorithms +!ssh-rsa',
  ],
  ssh: [
    'Host other\n  Ciphers bogus',
    'Host other\n  HostKeyAlgorithms RSA',
    'HostKeyAlgorithms ssh-ed25519\nHost x\n  HostKeyAlgorithms RSA',
    'HostKeyAlgorithms ssh-ed25519\nHostKeyAlgorithms RSA',
    'Ciphers aes128-ctr\nCiphers bogus',
    'Host *\n  HostKeyAlgorithms ssh-ed25519\nHost somehost\n  HostKeyAlgorithms RSA',
  ],
};

function cases(kind: Kind): Case[] {
  const out: Case[] = MULTI[kind].map((line) => ({ kind, line }));
  for (const { name, kw } of keywordsAtTarget(kind)) for (const v of valuesFor(kw.family, kw)) out.push({ kind, line: `${name} ${v}` });
  return out;
}

for (const kind of ['sshd', 'ssh'] as const) {
  describe(`${kind}: algorithm lists against OpenSSH`, () => {
    const bin = findBinary(kind);
    it('one-line configs: OpenSSH refuses ⇔ we report an error', async (t) => {
      if (!bin) return t.skip(`${kind} not installed`);
      if (kind === 'sshd' && sb.hostKeyError) return t.skip(sb.hostKeyError);
      const all = cases(kind);
      const results = await mapLimit(all, 8, async (c) => {
        const file = path.join(sb.dir, `alg-${kind}-${all.indexOf(c)}.conf`);
        writeFileSync(file, `${c.line}\n`);
        const r = await runOpenSSH(kind, bin, file, sb);
        const errs = ourErrors(kind, `${c.line}\n`);
        return { c, openssh: r.code !== 0, ours: errs.length > 0, stderr: r.stderr.trim().split('\n').filter((l) => !/Pseudo-terminal/.test(l)).slice(0, 2).join(' | '), errs };
      });
      const bad = results.filter((r) => r.openssh !== r.ours);
      const known = (r: { c: Case; openssh: boolean }) => KNOWN_DISAGREEMENTS.find((k) => k.applies(r.c, r.openssh));
      const unexplained = bad.filter((r) => !known(r));
      const agree = results.length - bad.length;
      tally.agree += agree;
      tally.total += results.length;
      tally.kinds.push(kind);
      console.log(`# oracle algorithms ${kind} (${opensshVersion(findBinary('ssh') ?? 'ssh')}): ${agree} agree / ${results.length}, ${bad.length} disagreements (${unexplained.length} unexplained)`);
      for (const r of bad) {
        console.log(
          `#   ${known(r) ? `known ${known(r)?.id}` : 'NEW  '} ${r.c.line.replace(/\n\s*/g, ' ⏎ ')}: OpenSSH ${r.openssh ? `refuses (${r.stderr})` : 'accepts'}; ours: ${r.errs.map((e) => e.code).join(', ') || 'no error'}`,
        );
      }
      for (const k of KNOWN_DISAGREEMENTS) if (bad.some((r) => known(r) === k)) console.log(`#   ${k.id}: ${k.reason}`);
      assert.deepEqual(unexplained.map((r) => r.c.line.replace(/\n\s*/g, ' ⏎ ')), [], `${kind}: unexplained disagreements`);
    });
  });
}

// Both files together.
describe('summary', () => {
  it('prints the oracle figure', (t) => {
    if (!tally.total) return t.skip('OpenSSH not installed');
    console.log(`# oracle algorithms: ${tally.agree} agree / ${tally.total} (${tally.kinds.join(' + ')})`);
  });
});
