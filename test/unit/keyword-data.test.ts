// Checks the generated OpenSSH keyword data (server/src/service/openssh/data/*.json,
// produced by tools/gen-keywords.mjs) for shape, for known facts, and against the
// research data set ../shared/openssh/keywords.json when it is present.
//
//   node --import tsx --test test/unit/keyword-data.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  FileKind,
  KeywordDataFile,
  KeywordEra,
  KeywordFacts,
  KeywordStatus,
} from '../../server/src/service/openssh/types';

const repoRoot = path.resolve(__dirname, '../..');
const dataDir = path.join(repoRoot, 'server/src/service/openssh/data');
const sharedKeywords = path.resolve(repoRoot, '../shared/openssh/keywords.json');

function load(kind: FileKind): KeywordDataFile {
  return JSON.parse(readFileSync(path.join(dataDir, `${kind}.json`), 'utf8')) as KeywordDataFile;
}
const data: Record<FileKind, KeywordDataFile> = { sshd: load('sshd'), ssh: load('ssh') };

function kw(kind: FileKind, name: string): KeywordFacts {
  const k = data[kind].keywords.find((x) => x.name.toLowerCase() === name.toLowerCase());
  assert.ok(k, `${kind} keyword ${name} missing`);
  return k;
}
function cmpRel(a: string, b: string): number {
  const [x, y] = a.split('.').map(Number);
  const [u, v] = b.split('.').map(Number);
  return x - u || y - v;
}
/** The table entry of a keyword in a release, or undefined if the release's parser lacks it. */
function eraAt(k: KeywordFacts, rel: string): KeywordEra | undefined {
  if (cmpRel(k.since, rel) > 0) return undefined;
  if (k.removed && cmpRel(k.removed, rel) <= 0) return undefined;
  if (k.gaps?.includes(rel)) return undefined;
  let era: KeywordEra | undefined;
  for (const e of k.eras) if (cmpRel(e.from, rel) <= 0) era = e;
  return era;
}
const current = (k: KeywordFacts): KeywordEra => k.eras[k.eras.length - 1];

const STATUSES: KeywordStatus[] = ['active', 'alias', 'deprecated', 'ignored', 'unsupported', 'conditional'];

for (const kind of ['sshd', 'ssh'] as const) {
  test(`${kind}.json has the KeywordDataFile shape`, () => {
    const d = data[kind];
    assert.match(d.generatedFrom.commit, /^[0-9a-f]{40}$/);
    assert.ok(d.generatedFrom.tags.includes('V_7_0_P1') && d.generatedFrom.tags.includes('V_10_5_P1'));
    assert.deepEqual(d.releases.slice(0, 2), ['7.0', '7.1']);
    assert.deepEqual([...d.releases].sort(cmpRel), d.releases, 'releases oldest first');
    assert.ok(d.releases.includes('10.6'));
    if (!d.generatedFrom.tags.includes('V_10_6_P1'))
      assert.deepEqual(d.generatedFrom.extraReleases?.map((x) => x.version), ['10.6']);

    const names = d.keywords.map((k) => k.name.toLowerCase());
    assert.deepEqual([...names].sort(), names, 'keywords sorted by name');
    assert.equal(new Set(names).size, names.length, 'one record per spelling');
    for (const k of d.keywords) {
      const where = `${kind} ${k.name}`;
      assert.equal(k.file, kind, where);
      assert.ok(d.releases.includes(k.since), `${where}: since ${k.since}`);
      if (k.removed) assert.ok(cmpRel(k.removed, k.since) > 0 && d.releases.includes(k.removed), where);
      for (const g of k.gaps ?? []) assert.ok(cmpRel(g, k.since) > 0 && d.releases.includes(g), where);
      assert.ok(k.eras.length > 0, where);
      assert.equal(k.eras[0].from, k.since, `${where}: first era starts at since`);
      for (let i = 0; i < k.eras.length; i++) {
        const e = k.eras[i];
        assert.ok(d.releases.includes(e.from), where);
        if (i) assert.ok(cmpRel(e.from, k.eras[i - 1].from) > 0, `${where}: eras ordered`);
        assert.ok(STATUSES.includes(e.status), `${where}: status ${e.status}`);
        assert.equal(typeof e.op, 'string');
        if (kind === 'sshd') assert.equal(typeof e.matchAllowed, 'boolean', `${where}: matchAllowed`);
        else assert.equal(e.matchAllowed, undefined, `${where}: ssh has no Match flag`);
        if (e.status === 'alias') assert.ok(e.aliasOf, `${where}: aliasOf`);
        else assert.equal(e.aliasOf, undefined, where);
        if (e.status === 'conditional') assert.ok(e.condition, `${where}: condition`);
        if (e.aliasOf) {
          const target = d.keywords.find((x) => x.name === e.aliasOf);
          assert.ok(target, `${where}: alias target ${e.aliasOf} is a record`);
        }
      }
      assert.equal(typeof k.documented, 'boolean');
      assert.match(k.source, /^(openssh-portable@V_\d+_\d+_P1:(servconf\.[ch]|readconf\.c):\d+|openbsd\/www:)/, where);
    }
    for (const v of d.vendor) {
      assert.equal(v.file, kind);
      assert.ok(v.name && v.vendor && v.note && v.source);
      assert.equal(typeof v.acceptedByDebian, 'boolean');
      assert.ok(!names.includes(v.name.toLowerCase()), `vendor ${v.name} is not an upstream keyword`);
    }
  });
}

test('known facts (FACTS.md §1, §9)', () => {
  assert.equal(kw('sshd', 'ChannelTimeout').since, '9.2');
  assert.equal(kw('sshd', 'UnusedConnectionTimeout').since, '9.2');
  assert.equal(kw('ssh', 'ChannelTimeout').since, '9.6');
  assert.equal(kw('ssh', 'Tag').since, '9.4');
  assert.equal(kw('ssh', 'ObscureKeystrokeTiming').since, '9.5');
  assert.equal(kw('sshd', 'PerSourcePenalties').since, '9.8');
  assert.equal(kw('sshd', 'RefuseConnection').since, '9.9');
  assert.equal(kw('ssh', 'RefuseConnection').since, '10.1');
  assert.equal(kw('sshd', 'Include').since, '8.2');
  assert.equal(kw('ssh', 'Include').since, '7.3');
  assert.equal(kw('sshd', 'GSSAPIDelegateCredentials').since, '10.3');
  assert.equal(kw('ssh', 'WarnWeakCrypto').since, '10.1');

  // ssh HostbasedAcceptedAlgorithms: 8.7; 8.5 and 8.6 had the misspelt "hostbasedalgorithms".
  assert.equal(kw('ssh', 'HostbasedAcceptedAlgorithms').since, '8.7');
  const hba = kw('ssh', 'HostbasedAlgorithms');
  assert.equal(hba.since, '8.5');
  assert.equal(hba.removed, '8.7');
  assert.equal(eraAt(kw('ssh', 'HostbasedKeyTypes'), '8.6')?.aliasOf, 'HostbasedAlgorithms');
  assert.equal(current(kw('ssh', 'HostbasedKeyTypes')).aliasOf, 'HostbasedAcceptedAlgorithms');

  // sshd PAMAuthenticationViaKbdInt: sDeprecated until 10.3, gone in 10.4.
  const pav = kw('sshd', 'PAMAuthenticationViaKbdInt');
  assert.equal(pav.removed, '10.4');
  assert.equal(eraAt(pav, '10.3')?.status, 'deprecated');

  // 10.4 spelt the sshd GSSAPI keywords Gss*; 10.5 restored them.
  for (const [good, bad] of [
    ['GSSAPIAuthentication', 'GssAuthentication'],
    ['GSSAPICleanupCredentials', 'GssCleanupCreds'],
    ['GSSAPIDelegateCredentials', 'GssDelegateCreds'],
    ['GSSAPIStrictAcceptorCheck', 'GssStrictAcceptor'],
  ]) {
    const g = kw('sshd', good);
    assert.deepEqual(g.gaps, ['10.4'], good);
    assert.equal(g.removed, undefined, good);
    assert.equal(eraAt(g, '10.4'), undefined, good);
    assert.equal(eraAt(g, '10.5')?.status, 'conditional', good);
    assert.equal(eraAt(g, '10.5')?.condition, 'GSSAPI', good);
    const b = kw('sshd', bad);
    assert.equal(b.since, '10.4', bad);
    assert.equal(b.removed, '10.5', bad);
    assert.equal(b.documented, false, bad);
  }
  assert.equal(eraAt(kw('sshd', 'GSSAPIAuthentication'), '10.3')?.matchAllowed, true);

  // PAMServiceName: portable 9.8, Match-able, GLOBAL by mistake in 10.4, Match-able again in 10.5.
  const pam = kw('sshd', 'PAMServiceName');
  assert.equal(pam.since, '9.8');
  assert.equal(eraAt(pam, '9.8')?.matchAllowed, true);
  assert.equal(eraAt(pam, '10.4')?.matchAllowed, false);
  assert.equal(eraAt(pam, '10.5')?.matchAllowed, true);
  assert.equal(current(pam).condition, 'USE_PAM');

  // ChallengeResponseAuthentication: its own keyword until 8.6, an alias from 8.7.
  for (const kind of ['sshd', 'ssh'] as const) {
    const cra = kw(kind, 'ChallengeResponseAuthentication');
    assert.equal(eraAt(cra, '8.6')?.status, 'active', kind);
    assert.equal(eraAt(cra, '8.7')?.status, 'alias', kind);
    assert.equal(eraAt(cra, '8.7')?.aliasOf, 'KbdInteractiveAuthentication', kind);
  }
  assert.equal(current(kw('sshd', 'PubkeyAcceptedKeyTypes')).aliasOf, 'PubkeyAcceptedAlgorithms');
  assert.equal(current(kw('sshd', 'KeepAlive')).aliasOf, 'TCPKeepAlive');
  assert.equal(current(kw('sshd', 'HostDSAKey')).aliasOf, 'HostKey');
  assert.equal(current(kw('sshd', 'DSAAuthentication')).matchAllowed, false);
  assert.equal(current(kw('sshd', 'Protocol')).status, 'ignored');
  assert.equal(current(kw('ssh', 'Protocol')).status, 'ignored');
  assert.equal(current(kw('sshd', 'UsePrivilegeSeparation')).status, 'deprecated');
  assert.equal(current(kw('ssh', 'CompressionLevel')).status, 'unsupported');
  assert.equal(current(kw('ssh', 'PKCS11Provider')).condition, 'ENABLE_PKCS11');
  assert.equal(current(kw('sshd', 'KerberosGetAFSToken')).condition, 'KRB5 && USE_AFS');
  assert.equal(current(kw('sshd', 'ClientAliveCountMax')).matchAllowed, true);
  assert.equal(eraAt(kw('sshd', 'ClientAliveCountMax'), '7.3')?.matchAllowed, false);
  assert.equal(kw('sshd', 'ClientAliveCountMax').name, 'ClientAliveCountMax');

  // 10.6 comes from the release notes.
  for (const name of ['AgentSocketPath', 'WarnWeakCrypto']) {
    const k = kw('sshd', name);
    assert.equal(k.since, '10.6');
    assert.match(k.source, /release-10\.6/);
  }
  assert.ok(eraAt(kw('sshd', 'Port'), '10.6'), 'keywords carry over into 10.6');

  // Vendor keywords.
  const debian = data.sshd.vendor.concat(data.ssh.vendor).filter((v) => v.acceptedByDebian);
  assert.deepEqual(
    debian.map((v) => `${v.file}:${v.name}`).sort(),
    [
      'ssh:GSSAPIClientIdentity', 'ssh:GSSAPIKexAlgorithms', 'ssh:GSSAPIKeyExchange',
      'ssh:GSSAPIRenewalForcesRekey', 'ssh:GSSAPIServerIdentity', 'ssh:GSSAPITrustDns',
      'sshd:DebianBanner', 'sshd:GSSAPIKexAlgorithms', 'sshd:GSSAPIKeyExchange', 'sshd:GSSAPIStoreCredentialsOnRekey',
    ],
  );
});

// ----------------------------------------------------------------------------
// Cross-check with the research data set (generated independently from HEAD).

interface SharedKeyword {
  name: string;
  file: FileKind;
  introduced: string;
  status: KeywordStatus;
  alias_of?: string;
  allowed_in_match: boolean | string;
}

/**
 * Deliberate differences, keyed "<file>:<Name>:<check>" with a one-line reason.
 * The test fails on any difference not listed here, and on entries that no longer differ.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'sshd:AgentSocketPath:missing-in-shared': 'added in 10.6 (release notes); keywords.json stops at 10.5 HEAD',
  'sshd:WarnWeakCrypto:missing-in-shared': 'sshd gained WarnWeakCrypto in 10.6 (release notes); keywords.json stops at 10.5 HEAD',
};

/** "8.2" -> "8.2"; "<=1.2.2 (...)", "3.9", "2.9p2" -> "7.0" (our data starts at 7.0). */
function normIntroduced(s: string): string {
  const m = /(\d+)\.(\d+)/.exec(s);
  if (!m || s.trim().startsWith('<')) return '7.0';
  const v = `${m[1]}.${m[2]}`;
  return cmpRel(v, '7.0') < 0 ? '7.0' : v;
}

test('agrees with ../shared/openssh/keywords.json', (t) => {
  if (!existsSync(sharedKeywords)) {
    t.skip(`${sharedKeywords} not present (fresh clone without ../shared); cross-check skipped`);
    return;
  }
  const shared = (JSON.parse(readFileSync(sharedKeywords, 'utf8')) as { keywords: SharedKeyword[] }).keywords;
  const found: string[] = [];
  const diff = (key: string, detail: string): void => {
    found.push(key);
    if (!(key in KNOWN_DIFFERENCES)) assert.fail(`unlisted difference ${key}: ${detail}`);
  };
  for (const s of shared) {
    const ours = data[s.file].keywords.find((k) => k.name.toLowerCase() === s.name.toLowerCase());
    if (!ours) {
      diff(`${s.file}:${s.name}:missing`, 'in keywords.json but not in our data');
      continue;
    }
    if (normIntroduced(s.introduced) !== ours.since)
      diff(`${s.file}:${s.name}:since`, `keywords.json introduced ${s.introduced}, ours since ${ours.since}`);
    const cur = current(ours);
    if (ours.removed) diff(`${s.file}:${s.name}:removed`, `removed in ${ours.removed} per our data`);
    if (s.file === 'sshd' && s.allowed_in_match !== cur.matchAllowed)
      diff(`${s.file}:${s.name}:match`, `keywords.json allowed_in_match ${s.allowed_in_match}, ours ${cur.matchAllowed}`);
    if (s.status !== cur.status) diff(`${s.file}:${s.name}:status`, `keywords.json ${s.status}, ours ${cur.status}`);
    if ((s.alias_of ?? undefined) !== cur.aliasOf)
      diff(`${s.file}:${s.name}:aliasOf`, `keywords.json ${s.alias_of}, ours ${cur.aliasOf}`);
  }
  // Reverse: every keyword our data has in the newest mirrored release (10.5) or later.
  for (const kind of ['sshd', 'ssh'] as const) {
    for (const k of data[kind].keywords) {
      if (k.removed) continue;
      if (!shared.some((s) => s.file === kind && s.name.toLowerCase() === k.name.toLowerCase()))
        diff(`${kind}:${k.name}:missing-in-shared`, `since ${k.since}, not in keywords.json`);
    }
  }
  const stale = Object.keys(KNOWN_DIFFERENCES).filter((key) => !found.includes(key));
  assert.deepEqual(stale, [], 'KNOWN_DIFFERENCES entries that no longer differ');
});
