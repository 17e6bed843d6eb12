#!/usr/bin/env node
// Checks server/src/service/openssh/data/{sshd,ssh}.json against the OpenSSH binaries
// installed on this machine (the oracle is Debian 12's OpenSSH 9.2p1).
//
//   node tools/check-keywords-against-binary.mjs [--release X.Y] [--ssh PATH] [--sshd PATH] [--verbose]
//
// For every keyword spelling in the data (and every vendor keyword) it writes a
// one-line config "Keyword value" and runs `ssh -G -v -F cfg host` / `sshd -t -f cfg -h key`.
//   existence: the data says the spelling exists in the release  <=>  the binary does not
//              print "Bad configuration option" (vendor keywords: acceptedByDebian).
//   status:    deprecated/unsupported keywords must print "Deprecated option" /
//              "Unsupported option"; others must print neither. 'conditional' is
//              resolved with the build options of the Debian package (DEBIAN_BUILD).
//              ssh logs oDeprecated only at debug level (hence -v); sshd logs sIgnore
//              only at debug2, so 'ignored' is checked as "no message".
//   match:     sshd only: inside a non-matching `Match` block sshd -t rejects SSHCFG_GLOBAL
//              directives ("is not allowed within a Match block") => matchAllowed.
// Exit status 1 if any existence, match or vendor check disagrees.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (n, d) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : d);
const SSH = opt('--ssh', 'ssh');
const SSHD = opt('--sshd', '/usr/sbin/sshd');
const VERBOSE = argv.includes('--verbose');

// Build options of Debian's openssh 1:9.2p1 package (debian/rules: --with-pam,
// --with-kerberos5 (=> KRB5 and GSSAPI), PKCS#11 on, lastlog on, no AFS, no SSH1).
const DEBIAN_BUILD = {
  USE_PAM: true,
  GSSAPI: true,
  KRB5: true,
  ENABLE_PKCS11: true,
  DISABLE_LASTLOG: false,
  USE_AFS: false,
  WITH_SSH1: false,
};

// Argument used for each keyword: something valid-looking; the check only needs
// the keyword lookup, so parse errors of the value are fine.
const SAMPLE = {
  port: '2222', listenaddress: '127.0.0.1', hostkey: '/tmp/none', hostdsakey: '/tmp/none',
  logingracetime: '30', syslogfacility: 'AUTH', loglevel: 'INFO', maxstartups: '10:30:100',
  maxauthtries: '6', maxsessions: '10', clientaliveinterval: '15', clientalivecountmax: '3',
  match: 'all', host: '*', include: '/nonexistent/openssh-check', ciphers: 'aes128-ctr', macs: 'hmac-sha2-256',
  kexalgorithms: 'curve25519-sha256', subsystem: 'sftp internal-sftp', permitrootlogin: 'no',
  addressfamily: 'any', channeltimeout: 'session=5m', unusedconnectiontimeout: '5m', ipqos: 'af21',
  rekeylimit: 'default none', persourcenetblocksize: '32:128', persourcemaxstartups: 'none',
  persourcepenalties: 'no', gatewayports: 'no', permitopen: 'any', permitlisten: 'any',
  setenv: 'FOO=bar', acceptenv: 'LANG', sendenv: 'LANG', localforward: '8080 localhost:80',
  remoteforward: '8080 localhost:80', dynamicforward: '1080', escapechar: '~', user: 'root',
  hostname: 'example.org', proxycommand: 'none', proxyjump: 'none', identityfile: '~/.ssh/id_ed25519',
  identityfile2: '~/.ssh/id_ed25519', controlpath: 'none', controlmaster: 'no', controlpersist: 'no',
  tag: 'x', obscurekeystroketiming: 'yes', requiredrsasize: '2048', connecttimeout: '10',
  serveraliveinterval: '15', serveralivecountmax: '3', numberofpasswordprompts: '3',
  connectionattempts: '1', authenticationmethods: 'any', versionaddendum: 'none', protocol: '2',
  streamlocalbindmask: '0177', x11displayoffset: '10', sessiontype: 'default', requesttty: 'auto',
  canonicalizemaxdots: '1', pubkeyauthoptions: 'none', fingerprinthash: 'sha256',
  gssapikexalgorithms: 'gss-curve25519-sha256-', gssapiclientidentity: 'user@REALM',
  gssapiserveridentity: 'host@example.org', debianbanner: 'no', hpnbuffersize: '2048',
  serverkeybits: '1024', keyregenerationinterval: '3600', compressionlevel: '6', cipher: 'blowfish',
};

function releaseOfBinary() {
  const r = spawnSync(SSH, ['-V'], { encoding: 'utf8' });
  const m = /OpenSSH_(\d+)\.(\d+)/.exec(`${r.stderr}${r.stdout}`);
  if (!m) throw new Error(`cannot read the version of ${SSH}`);
  return `${m[1]}.${m[2]}`;
}
const cmpRel = (a, b) => {
  const [x, y] = a.split('.').map(Number);
  const [u, v] = b.split('.').map(Number);
  return x - u || y - v;
};

function eraAt(k, rel) {
  if (cmpRel(k.since, rel) > 0) return null;
  if (k.removed && cmpRel(k.removed, rel) <= 0) return null;
  if (k.gaps && k.gaps.includes(rel)) return null;
  let era = null;
  for (const e of k.eras) if (cmpRel(e.from, rel) <= 0) era = e;
  return era;
}
function condHolds(cond) {
  return cond.split('&&').every((c) => {
    c = c.trim();
    const neg = c.startsWith('!');
    const name = neg ? c.slice(1) : c;
    if (!(name in DEBIAN_BUILD)) throw new Error(`unknown build condition ${name}`);
    return DEBIAN_BUILD[name] !== neg;
  });
}
/** What the binary should print for an existing keyword: 'deprecated' | 'unsupported' | 'none'. */
function expectedMessage(era) {
  if (era.status === 'deprecated') return 'deprecated';
  if (era.status === 'unsupported') return 'unsupported';
  if (era.condition && !condHolds(era.condition)) return 'unsupported';
  return 'none';
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kwcheck-'));
const hostKey = path.join(tmp, 'hostkey');
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
if (!existsSync('/run/sshd')) mkdirSync('/run/sshd', { recursive: true });
const emptyHome = path.join(tmp, 'home');
mkdirSync(emptyHome);

function run(file, name, inMatch = false) {
  const cfg = path.join(tmp, `${file}.conf`);
  const value = SAMPLE[name.toLowerCase()] ?? 'yes';
  // A non-matching Match block: sshd -t checks the SSHCFG flag of lines in it.
  writeFileSync(cfg, inMatch ? `Match User nosuchuser-kwcheck\n ${name} ${value}\n` : `${name} ${value}\n`);
  const r =
    file === 'ssh'
      ? spawnSync(SSH, ['-G', '-v', '-F', cfg, 'checkhost.invalid'], {
          encoding: 'utf8',
          input: '',
          env: { ...process.env, HOME: emptyHome },
        })
      : spawnSync(SSHD, ['-t', '-f', cfg, '-h', hostKey], { encoding: 'utf8', input: '' });
  const out = `${r.stdout}\n${r.stderr}`;
  const bad = /Bad configuration option:/.test(out);
  const notInMatch = /is not allowed within a Match block/.test(out);
  const msg = /Deprecated option/i.test(out) ? 'deprecated' : /Unsupported option/i.test(out) ? 'unsupported' : 'none';
  const lines = out.split('\n').filter((l) => /line [12]|option/i.test(l)).slice(0, 2).join(' | ');
  return { exists: !bad, msg, notInMatch, status: r.status, value, lines };
}

const rel = opt('--release', releaseOfBinary());
let failed = false;
const report = [];
for (const file of ['sshd', 'ssh']) {
  const data = JSON.parse(readFileSync(path.join(repoRoot, 'server/src/service/openssh/data', `${file}.json`), 'utf8'));
  let agree = 0;
  let total = 0;
  let stAgree = 0;
  let stTotal = 0;
  const dis = [];
  const stDis = [];
  for (const k of data.keywords) {
    const era = eraAt(k, rel);
    const r = run(file, k.name);
    total++;
    if (r.exists === Boolean(era)) agree++;
    else dis.push(`${k.name}: data says ${era ? 'exists' : 'absent'} in ${rel}, binary ${r.exists ? 'accepts' : 'rejects'} ("${k.name} ${r.value}": ${r.lines})`);
    if (era && r.exists) {
      stTotal++;
      const exp = expectedMessage(era);
      if (exp === r.msg) stAgree++;
      else stDis.push(`${k.name}: data ${era.status}${era.condition ? ` (${era.condition})` : ''} => expected ${exp} message, binary printed ${r.msg} (${r.lines})`);
    }
  }
  // sshd: the Match flag (SSHCFG_ALL vs SSHCFG_GLOBAL) of every keyword existing in rel.
  let mAgree = 0;
  let mTotal = 0;
  const mDis = [];
  if (file === 'sshd') {
    for (const k of data.keywords) {
      const era = eraAt(k, rel);
      if (!era || k.name.toLowerCase() === 'match') continue;
      const r = run(file, k.name, true);
      mTotal++;
      if (r.notInMatch === !era.matchAllowed) mAgree++;
      else mDis.push(`${k.name}: data matchAllowed=${era.matchAllowed}, binary ${r.notInMatch ? 'rejects' : 'accepts'} it in Match (${r.lines})`);
    }
    if (mDis.length) failed = true;
  }
  let vAgree = 0;
  const vDis = [];
  for (const v of data.vendor) {
    const r = run(file, v.name);
    if (r.exists === v.acceptedByDebian) vAgree++;
    else vDis.push(`${v.name} (${v.vendor}): acceptedByDebian=${v.acceptedByDebian}, binary ${r.exists ? 'accepts' : 'rejects'} (${r.lines})`);
  }
  if (dis.length || vDis.length) failed = true;
  report.push(`${file} (release ${rel}, ${file === 'ssh' ? SSH : SSHD}):`);
  report.push(`  existence: ${agree}/${total} keywords agree (${data.keywords.filter((k) => eraAt(k, rel)).length} exist in ${rel} per data)`);
  for (const d of dis) report.push(`    DISAGREE ${d}`);
  if (file === 'sshd') {
    report.push(`  match:     ${mAgree}/${mTotal} agree on matchAllowed (line inside a non-matching Match block)`);
    for (const d of mDis) report.push(`    DISAGREE ${d}`);
  }
  report.push(`  vendor:    ${vAgree}/${data.vendor.length} agree on acceptedByDebian`);
  for (const d of vDis) report.push(`    DISAGREE ${d}`);
  report.push(`  status:    ${stAgree}/${stTotal} agree on deprecated/unsupported messages`);
  for (const d of stDis) report.push(`    differs  ${d}`);
  if (VERBOSE) report.push('');
}
rmSync(tmp, { recursive: true, force: true });
console.log(report.join('\n'));
process.exit(failed ? 1 : 0);
