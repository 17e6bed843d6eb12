// Algorithm lists: the generated tables at release boundaries, how each release
// reads "+", "-", "^", wildcards and empty entries, and the algorithm-list rule's
// errors, warnings, spans and fixes.
// Run: node --import tsx --test test/unit/algorithms.test.ts

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ALGORITHM_DATA,
  algorithmKeyword,
  algorithmsAt,
  checkAlgorithmList,
  defaultListAt,
  defaultsAt,
  listSyntaxAt,
  sshAssembleFailureAt,
  algorithmCompletions,
} from '../../server/src/service/openssh/algorithms';
import { RELEASES } from '../../server/src/service/openssh/keywords';
import type { FileKind } from '../../server/src/service/openssh/types';
import { parse } from '../../server/src/service/parser/parser';
import { algorithmListRule } from '../../server/src/service/rules/algorithmList';
import type { Finding } from '../../server/src/service/rules/types';

const has = (family: 'cipher' | 'mac' | 'kex' | 'key', name: string, v: string) => algorithmsAt(family, v).includes(name);

function run(text: string, kind: FileKind, target: string): Finding[] {
  const out: Finding[] = [];
  algorithmListRule.check(parse(text, kind), { kind, target }, (f) => out.push(f));
  return out;
}
const codes = (text: string, kind: FileKind, target: string) => run(text, kind, target).map((f) => `${f.span.line}:${f.code}:${f.severity}`);
const errors = (text: string, kind: FileKind, target: string) => run(text, kind, target).filter((f) => f.severity === 'error');

function check(value: string, kind: FileKind, op: string, v: string) {
  const kw = algorithmKeyword(kind, op, v);
  assert.ok(kw, `${kind} ${op} at ${v}`);
  return checkAlgorithmList(value, kind, kw, v);
}

describe('generated data', () => {
  it('covers every release the keyword tables know, 10.6 carried over from 10.5', () => {
    assert.deepEqual(ALGORITHM_DATA.releases, [...RELEASES]);
    assert.equal(ALGORITHM_DATA.generatedFrom.tags[0], 'V_7_0_P1');
    assert.equal(ALGORITHM_DATA.generatedFrom.extraReleases[0].version, '10.6');
    assert.deepEqual(algorithmsAt('cipher', '10.6'), algorithmsAt('cipher', '10.5'));
    assert.deepEqual(algorithmsAt('kex', '10.6'), algorithmsAt('kex', '10.5'));
  });

  it('ciphers: SSH1 and "none" never count, arcfour/blowfish/cast go in 7.6, rijndael-cbc in 8.5', () => {
    for (const v of RELEASES) {
      assert.ok(!has('cipher', 'none', v), v);
      assert.ok(!has('cipher', 'des', v), v);
      assert.ok(has('cipher', 'chacha20-poly1305@openssh.com', v), v);
    }
    assert.ok(has('cipher', 'arcfour256', '7.5') && !has('cipher', 'arcfour256', '7.6'));
    assert.ok(has('cipher', 'cast128-cbc', '7.5') && !has('cipher', 'cast128-cbc', '7.6'));
    assert.ok(has('cipher', 'rijndael-cbc@lysator.liu.se', '8.4') && !has('cipher', 'rijndael-cbc@lysator.liu.se', '8.5'));
    assert.ok(has('cipher', '3des-cbc', '10.5'));
    // Debian 12 `ssh -Q cipher`
    assert.deepEqual(
      algorithmsAt('cipher', '9.2').sort(),
      ['3des-cbc', 'aes128-cbc', 'aes192-cbc', 'aes256-cbc', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr', 'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com', 'chacha20-poly1305@openssh.com'].sort(),
    );
  });

  it('MACs: hmac-ripemd160* go in 7.6; 9.2 has the 16 names of `ssh -Q mac`', () => {
    assert.ok(has('mac', 'hmac-ripemd160@openssh.com', '7.5') && !has('mac', 'hmac-ripemd160@openssh.com', '7.6'));
    assert.equal(algorithmsAt('mac', '9.2').length, 16);
    assert.ok(has('mac', 'umac-128-etm@openssh.com', '9.2'));
  });

  it('KEX: post-quantum names arrive in 8.0, 8.5, 9.9 and 10.5', () => {
    assert.ok(!has('kex', 'curve25519-sha256', '7.3') && has('kex', 'curve25519-sha256', '7.4'));
    assert.ok(!has('kex', 'diffie-hellman-group16-sha512', '7.2') && has('kex', 'diffie-hellman-group16-sha512', '7.3'));
    assert.ok(has('kex', 'sntrup4591761x25519-sha512@tinyssh.org', '8.0') && !has('kex', 'sntrup4591761x25519-sha512@tinyssh.org', '8.5'));
    assert.ok(!has('kex', 'sntrup761x25519-sha512@openssh.com', '8.4') && has('kex', 'sntrup761x25519-sha512@openssh.com', '8.5'));
    for (const n of ['sntrup761x25519-sha512', 'mlkem768x25519-sha256']) assert.ok(!has('kex', n, '9.8') && has('kex', n, '9.9'), n);
    assert.ok(!has('kex', 'mlkem768nistp256-sha256', '10.4') && has('kex', 'mlkem768nistp256-sha256', '10.5'));
    const rec = ALGORITHM_DATA.families.kex.names['mlkem768x25519-sha256'];
    assert.match(rec.condition ?? '', /USE_MLKEM768X25519/);
  });

  it('keys: RSA/SHA-2 7.2, SHA-2 certs 7.8, FIDO 8.2, DSA compiled out from 9.8 and gone in 10.1, XMSS never in a default build', () => {
    assert.ok(!has('key', 'rsa-sha2-256', '7.1') && has('key', 'rsa-sha2-256', '7.2'));
    assert.ok(!has('key', 'rsa-sha2-512-cert-v01@openssh.com', '7.7') && has('key', 'rsa-sha2-512-cert-v01@openssh.com', '7.8'));
    assert.ok(!has('key', 'sk-ssh-ed25519@openssh.com', '8.1') && has('key', 'sk-ssh-ed25519@openssh.com', '8.2'));
    assert.ok(has('key', 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com', '8.4'));
    assert.ok(!has('key', 'webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', '10.2') && has('key', 'webauthn-sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', '10.3'));
    assert.ok(has('key', 'ssh-dss', '9.7') && !has('key', 'ssh-dss', '9.8'));
    const dss = ALGORITHM_DATA.families.key.names['ssh-dss'];
    assert.equal(dss.removed, '10.1');
    assert.deepEqual(dss.offByDefault, [{ from: '9.8' }]);
    assert.match(dss.condition ?? '', /WITH_DSA/);
    for (const v of RELEASES) assert.ok(!has('key', 'ssh-xmss@openssh.com', v), v);
    assert.equal(ALGORITHM_DATA.families.key.names['ssh-xmss@openssh.com'].condition, 'WITH_XMSS');
    // 10.6 drops the experimental @openssh.com suffix of ML-DSA (release-10.6)
    assert.ok(has('key', 'ssh-mldsa44-ed25519@openssh.com', '10.5') && !has('key', 'ssh-mldsa44-ed25519@openssh.com', '10.6'));
    assert.ok(has('key', 'ssh-mldsa44-ed25519', '10.6'));
    // Debian 12 `ssh -Q key-sig`: 21 names
    assert.equal(algorithmsAt('key', '9.2').length, 21);
    assert.deepEqual(algorithmsAt('key', '9.2', { plainOnly: true }).length, 11); // `ssh -Q sig`
  });

  it('default lists follow myproposal.h', () => {
    assert.equal(defaultListAt('KEX_CLIENT_KEX', '9.9')?.[0], 'sntrup761x25519-sha512');
    assert.equal(defaultListAt('KEX_CLIENT_KEX', '10.0')?.[0], 'mlkem768x25519-sha256');
    assert.ok(defaultsAt('sshd', 'kex', '9.9').includes('diffie-hellman-group16-sha512'));
    assert.ok(!defaultsAt('sshd', 'kex', '10.0').some((n) => n.startsWith('diffie-hellman')));
    assert.ok(defaultsAt('ssh', 'kex', '10.0').includes('diffie-hellman-group16-sha512'));
    assert.ok(defaultsAt('ssh', 'key', '8.7').includes('ssh-rsa') && !defaultsAt('ssh', 'key', '8.8').includes('ssh-rsa'));
    assert.ok(defaultsAt('ssh', 'ca', '8.1').includes('ssh-rsa') && !defaultsAt('ssh', 'ca', '8.2').includes('ssh-rsa'));
    assert.deepEqual(defaultsAt('ssh', 'cipher', '10.0').slice(0, 3), ['chacha20-poly1305@openssh.com', 'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com']);
    assert.ok(defaultsAt('ssh', 'cipher', '7.5').includes('aes128-cbc') && !defaultsAt('ssh', 'cipher', '7.6').includes('aes128-cbc'));
  });

  it('keyword opcodes map to families; CASignatureAlgorithms refuses certificates from 9.4; messages per release', () => {
    assert.equal(algorithmKeyword('sshd', 'sCiphers', '9.2')?.message, 'Bad SSH2 cipher spec');
    assert.equal(algorithmKeyword('sshd', 'sMacs', '9.2')?.message, 'Bad SSH2 mac spec');
    assert.equal(algorithmKeyword('ssh', 'oMacs', '8.0')?.message, 'Bad SSH2 Mac spec');
    assert.equal(algorithmKeyword('ssh', 'oMacs', '8.1')?.message, 'Bad SSH2 MAC spec');
    assert.equal(algorithmKeyword('ssh', 'oCiphers', '8.4')?.fatal, true);
    assert.equal(algorithmKeyword('ssh', 'oCiphers', '8.5')?.fatal, false);
    assert.equal(algorithmKeyword('sshd', 'sPubkeyAcceptedKeyTypes', '8.4')?.family, 'key');
    assert.equal(algorithmKeyword('sshd', 'sCASignatureAlgorithms', '7.8'), undefined);
    assert.equal(algorithmKeyword('sshd', 'sCASignatureAlgorithms', '9.3')?.plainOnly, false);
    assert.equal(algorithmKeyword('sshd', 'sCASignatureAlgorithms', '9.4')?.plainOnly, true);
    assert.equal(algorithmKeyword('ssh', 'oCASignatureAlgorithms', '9.4')?.listFamily, 'ca');
    assert.equal(algorithmKeyword('sshd', 'sPort', '9.2'), undefined);
  });

  it('syntax boundaries read from the sources', () => {
    assert.deepEqual(listSyntaxAt('7.4'), { plus: true, minus: false, caret: false, expand: false, shortnames: true });
    assert.deepEqual(listSyntaxAt('7.5'), { plus: true, minus: true, caret: false, expand: false, shortnames: true });
    assert.deepEqual(listSyntaxAt('7.8'), { plus: true, minus: true, caret: false, expand: true, shortnames: true });
    assert.deepEqual(listSyntaxAt('8.1'), { plus: true, minus: true, caret: true, expand: true, shortnames: true });
    assert.deepEqual(listSyntaxAt('9.9'), { plus: true, minus: true, caret: true, expand: true, shortnames: false });
    assert.equal(sshAssembleFailureAt('7.7'), 'none');
    assert.equal(sshAssembleFailureAt('8.4'), 'fatal');
    assert.equal(sshAssembleFailureAt('9.2'), 'ignored');
    assert.equal(sshAssembleFailureAt('10.3'), 'ignored');
    assert.equal(sshAssembleFailureAt('10.4'), 'error');
  });
});

describe('reading a value, release by release', () => {
  it('"+", "-" and "^" arrive in 7.0, 7.5 and 8.1', () => {
    assert.equal(check('-arcfour', 'sshd', 'sCiphers', '7.4').refused, true);
    assert.equal(check('-arcfour', 'sshd', 'sCiphers', '7.5').refused, false);
    assert.equal(check('^aes128-ctr', 'ssh', 'oCiphers', '8.0').refused, true);
    assert.equal(check('^aes128-ctr', 'ssh', 'oCiphers', '8.1').refused, false);
    assert.equal(check('+aes128-cbc', 'sshd', 'sCiphers', '7.0').refused, false);
    assert.equal(check('+', 'sshd', 'sCiphers', '9.2').refused, true);
    assert.equal(check('-', 'sshd', 'sCiphers', '9.2').refused, false);
  });

  it('"-" lists are never checked: unknown names and wildcards pass', () => {
    const r = check('-bogus,aes*,!aes128-cbc', 'sshd', 'sCiphers', '9.2');
    assert.equal(r.refused, false);
    assert.deepEqual(
      r.findings.map((f) => `${f.code}:${f.severity}`),
      ['algorithm-list-syntax:warning'],
    ); // bogus matches nothing; aes* and !aes128-cbc are patterns that do
  });

  it('wildcards: refused in cipher/MAC/KEX lists, patterns over key types (expanded from 7.8)', () => {
    assert.equal(check('aes*', 'sshd', 'sCiphers', '9.2').refused, true);
    assert.equal(check('curve25519*', 'sshd', 'sKexAlgorithms', '9.2').refused, true);
    const k = check('ssh-ed25519*,sk-*', 'sshd', 'sPubkeyAcceptedAlgorithms', '9.2');
    assert.equal(k.refused, false);
    assert.deepEqual([...(k.effective ?? [])].sort(), [
      'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
      'sk-ecdsa-sha2-nistp256@openssh.com',
      'sk-ssh-ed25519-cert-v01@openssh.com',
      'sk-ssh-ed25519@openssh.com',
      'ssh-ed25519',
      'ssh-ed25519-cert-v01@openssh.com',
    ]);
    assert.equal(k.effective?.length, 6);
    assert.equal(check('nomatch*', 'sshd', 'sHostKeyAlgorithms', '9.2').refused, true);
  });

  it('"!" outside "-": passes the check, refused when the list is built (7.8+); ssh 8.5–10.3 only log it', () => {
    const s = check('+!ssh-rsa', 'sshd', 'sPubkeyAcceptedAlgorithms', '9.2');
    assert.equal(s.refused, true);
    assert.equal(s.stage, 'assemble');
    assert.equal(check('+!ssh-rsa', 'sshd', 'sPubkeyAcceptedKeyTypes', '7.7').refused, false);
    const c = check('+!ssh-rsa', 'ssh', 'oPubkeyAcceptedAlgorithms', '9.2');
    assert.equal(c.refused, false);
    assert.equal(c.sshIgnoresFailure, true);
    assert.equal(c.findings[0].severity, 'warning');
    assert.equal(check('+!ssh-rsa', 'ssh', 'oPubkeyAcceptedAlgorithms', '10.4').refused, true);
    assert.equal(check('+!ssh-rsa', 'ssh', 'oPubkeyAcceptedKeyTypes', '8.4').refused, true);
    // HostKeyAlgorithms is built by ssh itself, fatally, in every release
    assert.equal(check('!ssh-rsa', 'ssh', 'oHostKeyAlgorithms', '9.2').refused, true);
  });

  it('empty entries: checking stops there; a leading one is refused by Ciphers/MACs from 10.4', () => {
    assert.equal(check('aes128-ctr,,bogus', 'sshd', 'sCiphers', '9.2').refused, false);
    assert.equal(check(',aes128-ctr', 'sshd', 'sCiphers', '10.3').refused, false);
    assert.equal(check(',aes128-ctr', 'sshd', 'sCiphers', '10.4').refused, true);
    assert.equal(check(',hmac-sha1', 'sshd', 'sMacs', '10.4').refused, true);
    assert.equal(check(',curve25519-sha256', 'sshd', 'sKexAlgorithms', '10.5').refused, false);
    assert.equal(check(',', 'sshd', 'sKexAlgorithms', '9.2').refused, true); // nothing left
    assert.equal(check(',', 'sshd', 'sKexAlgorithms', '7.7').refused, false); // nothing built before 7.8
  });

  it('key-type short names pass up to 9.8 (and match nothing), refused from 9.9', () => {
    assert.equal(check('ssh-ed25519,RSA', 'sshd', 'sHostKeyAlgorithms', '9.8').refused, false);
    assert.equal(check('RSA', 'sshd', 'sHostKeyAlgorithms', '9.8').refused, true); // empty once built
    assert.equal(check('RSA', 'sshd', 'sHostKeyAlgorithms', '7.7').refused, false);
    const r = check('ssh-ed25519,RSA', 'sshd', 'sHostKeyAlgorithms', '9.9');
    assert.equal(r.refused, true);
    assert.match(r.findings[0].message, /short name/);
    assert.ok(r.findings[0].suggestions?.includes('rsa-sha2-512'));
  });

  it('CASignatureAlgorithms: a certificate name is dropped before 9.4 and refused from 9.4', () => {
    assert.equal(check('ssh-ed25519,ssh-ed25519-cert-v01@openssh.com', 'sshd', 'sCASignatureAlgorithms', '9.3').refused, false);
    assert.equal(check('ssh-ed25519-cert-v01@openssh.com', 'sshd', 'sCASignatureAlgorithms', '9.3').refused, true);
    const r = check('ssh-ed25519,ssh-ed25519-cert-v01@openssh.com', 'sshd', 'sCASignatureAlgorithms', '9.4');
    assert.equal(r.stage, 'parse');
    assert.deepEqual(r.findings[0].suggestions, ['ssh-ed25519']);
  });

  it('effective lists for "+", "^", "-"', () => {
    const def = defaultsAt('sshd', 'cipher', '9.2');
    assert.deepEqual(check('+aes128-cbc', 'sshd', 'sCiphers', '9.2').effective, [...def, 'aes128-cbc']);
    assert.deepEqual(check('^aes128-cbc', 'sshd', 'sCiphers', '9.2').effective, ['aes128-cbc', ...def]);
    assert.deepEqual(check('-*-gcm@openssh.com', 'sshd', 'sCiphers', '9.2').effective, def.filter((n) => !n.includes('gcm')));
    assert.deepEqual(check('+aes128-ctr', 'sshd', 'sCiphers', '9.2').effective, def);
  });
});

describe('algorithm-list rule', () => {
  it('unknown names: error on the name, a did-you-mean fix, OpenSSH\'s words once', () => {
    const [f] = run('Ciphers aes128-ctr,aes129-ctr\n', 'sshd', '9.2');
    assert.equal(f.code, 'unknown-algorithm');
    assert.equal(f.severity, 'error');
    assert.deepEqual([f.span.start, f.span.end], [19, 29]);
    assert.equal(f.fixes?.[0].edits[0].newText, 'aes128-ctr');
    assert.match(f.message, /Bad SSH2 cipher spec 'aes128-ctr,aes129-ctr'/);
  });

  it('says when a name arrived or left', () => {
    assert.match(errors('KexAlgorithms mlkem768x25519-sha256\n', 'sshd', '9.2')[0].message, /needs OpenSSH 9\.9/);
    assert.match(errors('Ciphers +arcfour\n', 'ssh', '9.2')[0].message, /removed in OpenSSH 7\.6/);
    assert.match(errors('HostKeyAlgorithms ssh-rsa-cert-v00@openssh.com\n', 'ssh', '9.2')[0].message, /removed in OpenSSH 7\.0/);
    assert.match(errors('HostKeyAlgorithms +ssh-dss\n', 'ssh', '9.8')[0].message, /--enable-dsa-keys/);
    assert.match(errors('HostKeyAlgorithms +ssh-xmss@openssh.com\n', 'ssh', '9.2')[0].message, /WITH_XMSS/);
    assert.match(errors('Ciphers none\n', 'sshd', '9.2')[0].message, /internal/);
    assert.equal(errors('Ciphers AES128-CTR\n', 'sshd', '9.2')[0].fixes?.[0].edits[0].newText, 'aes128-ctr');
  });

  it('spans inside quotes; the whole token when escapes get in the way', () => {
    const [f] = run('MACs "hmac-sha1,hmac-sha3"\n', 'sshd', '9.2');
    assert.deepEqual([f.span.start, f.span.end], [16, 25]);
  });

  it('weak names: warned only from the release that turned them off, never when removed with "-"', () => {
    assert.deepEqual(codes('HostKeyAlgorithms +ssh-rsa\n', 'ssh', '8.7'), []);
    assert.deepEqual(codes('HostKeyAlgorithms +ssh-rsa\n', 'ssh', '8.8'), ['0:weak-algorithm:warning']);
    assert.deepEqual(codes('CASignatureAlgorithms +ssh-rsa\n', 'ssh', '8.2'), ['0:weak-algorithm:warning']);
    assert.deepEqual(codes('HostKeyAlgorithms -ssh-rsa\n', 'ssh', '9.2'), []);
    assert.deepEqual(codes('Ciphers aes128-cbc\n', 'ssh', '7.5'), []);
    assert.deepEqual(codes('Ciphers aes128-cbc\n', 'ssh', '7.6'), ['0:weak-algorithm:warning']);
    assert.deepEqual(codes('Ciphers aes128-cbc\n', 'sshd', '7.0'), ['0:weak-algorithm:warning']);
    assert.deepEqual(codes('KexAlgorithms +diffie-hellman-group1-sha1\n', 'sshd', '9.2'), ['0:weak-algorithm:warning']);
    assert.deepEqual(codes('KexAlgorithms diffie-hellman-group14-sha1\n', 'ssh', '8.1'), []);
    assert.deepEqual(codes('KexAlgorithms diffie-hellman-group16-sha512\n', 'sshd', '10.0'), ['0:weak-algorithm:information']);
    assert.deepEqual(codes('KexAlgorithms diffie-hellman-group16-sha512\n', 'ssh', '10.0'), []);
    assert.deepEqual(codes('MACs +hmac-md5\n', 'ssh', '7.1'), []);
    assert.deepEqual(codes('MACs +hmac-md5\n', 'ssh', '7.2'), ['0:weak-algorithm:warning']);
    assert.deepEqual(codes('HostKeyAlgorithms +ssh-*\n', 'sshd', '9.2'), ['0:weak-algorithm:warning']);
    assert.deepEqual(run('HostKeyAlgorithms +ssh-rsa\n', 'ssh', '9.2')[0].tags, ['deprecated']);
    // release-8.8's own advice: turn it on for the host that needs it
    assert.deepEqual(codes('Host legacy\n  HostKeyAlgorithms +ssh-rsa\n', 'ssh', '9.2'), []);
    assert.deepEqual(codes('Host *\n  HostKeyAlgorithms +ssh-rsa\n', 'ssh', '9.2'), ['1:weak-algorithm:warning']);
    assert.deepEqual(codes('Match Address 192.0.2.7\n  PubkeyAcceptedAlgorithms +ssh-rsa\n', 'sshd', '9.2'), []);
  });

  it('syntax the release refuses', () => {
    assert.deepEqual(codes('Ciphers -arcfour\n', 'sshd', '7.4'), ['0:algorithm-list-syntax:error']);
    assert.deepEqual(codes('Ciphers ^aes128-ctr\n', 'ssh', '8.0'), ['0:algorithm-list-syntax:error']);
    assert.deepEqual(codes('Ciphers ""\n', 'sshd', '9.2'), ['0:algorithm-list-syntax:error']);
    assert.deepEqual(codes('MACs hmac-sha1 hmac-sha2-256\n', 'sshd', '9.2'), ['0:extra-arguments:error']);
    assert.deepEqual(codes('PubkeyAcceptedAlgorithms +!ssh-rsa\n', 'sshd', '9.2'), ['0:algorithm-list-syntax:error']);
    assert.deepEqual(codes('PubkeyAcceptedAlgorithms +!ssh-rsa\n', 'ssh', '9.2'), ['0:algorithm-list-syntax:warning']);
    assert.deepEqual(codes('Ciphers aes128-ctr,,bogus\n', 'sshd', '9.2'), ['0:algorithm-list-syntax:warning', '0:algorithm-list-syntax:warning']);
  });

  it('first value wins: a list that fails only when built is harmless after an earlier line', () => {
    assert.deepEqual(codes('Ciphers aes128-ctr\nCiphers ,\n', 'sshd', '9.2'), ['1:algorithm-list-syntax:information', '1:algorithm-list-syntax:warning']);
    assert.deepEqual(codes('Ciphers aes128-ctr\nCiphers bogus\n', 'sshd', '9.2'), ['1:unknown-algorithm:error']); // still checked when read
    assert.deepEqual(codes('Host *\n  HostKeyAlgorithms ssh-ed25519\nHost a\n  HostKeyAlgorithms RSA\n', 'ssh', '9.2'), ['3:algorithm-list-syntax:warning', '3:algorithm-list-syntax:warning']);
    assert.deepEqual(codes('Host a\n  HostKeyAlgorithms ssh-ed25519\nHost b\n  HostKeyAlgorithms RSA\n', 'ssh', '9.2'), ['3:algorithm-list-syntax:warning', '3:algorithm-list-syntax:error']);
    // aliases set the same option
    assert.deepEqual(codes('PubkeyAcceptedKeyTypes ssh-ed25519\nPubkeyAcceptedAlgorithms RSA\n', 'sshd', '9.2'), ['1:algorithm-list-syntax:warning', '1:algorithm-list-syntax:warning']);
  });

  it("a name a distribution patched in: a warning naming it (Debian 12's sntrup761x25519-sha512)", () => {
    const [f] = run('KexAlgorithms sntrup761x25519-sha512,curve25519-sha256\n', 'sshd', '9.2');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /Debian 12/);
    assert.equal(f.fixes?.[0].edits[0].newText, 'sntrup761x25519-sha512@openssh.com');
    assert.deepEqual(codes('KexAlgorithms sntrup761x25519-sha512\n', 'sshd', '9.3'), ['0:unknown-algorithm:error']);
  });

  it('old spellings and releases before a keyword existed', () => {
    assert.deepEqual(codes('PubkeyAcceptedKeyTypes bogus\n', 'sshd', '8.4'), ['0:unknown-algorithm:error']);
    assert.deepEqual(codes('HostbasedKeyTypes bogus\n', 'ssh', '9.2'), ['0:unknown-algorithm:error']);
    assert.deepEqual(codes('CASignatureAlgorithms bogus\n', 'sshd', '7.8'), []); // the keyword is unknown there: another rule's business
    assert.deepEqual(codes('GSSAPIKexAlgorithms bogus\n', 'sshd', '9.2'), []); // vendor keyword
  });
});

describe('completion data', () => {
  it('defaults first, in order; weak names flagged and last', () => {
    const kw = algorithmKeyword('ssh', 'oCiphers', '9.2');
    assert.ok(kw);
    const items = algorithmCompletions('ssh', kw, '9.2');
    assert.equal(items[0].name, 'chacha20-poly1305@openssh.com');
    assert.ok(items.every((c, i) => !c.weak || items.slice(i).every((d) => d.weak)));
    assert.ok(items.find((c) => c.name === '3des-cbc')?.weak);
    const ca = algorithmKeyword('sshd', 'sCASignatureAlgorithms', '9.4');
    assert.ok(ca);
    assert.ok(!algorithmCompletions('sshd', ca, '9.4').some((c) => c.cert));
  });
});
