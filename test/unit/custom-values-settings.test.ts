// Value checks of semantics/customValues/settings.ts: one line per case, the
// invalid-value finding (or none) at the target release. The facts are cited
// in settings.ts (servconf.c / readconf.c / misc.c per tag).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';

/** What a value check reports: invalid-value, or extra-arguments for words left over. */
const VALUE_CODES = new Set(['invalid-value', 'extra-arguments']);

const service = createLanguageService();
let n = 0;
const findings = (text: string, kind: 'sshd' | 'ssh', targetVersion: string) =>
  service.findings(service.parse({ uri: `mem://cvs${++n}`, version: 1, getText: () => text }, kind, { targetVersion }), { targetVersion }).filter((f) => VALUE_CODES.has(f.code));

/** The invalid-value finding of a one-line file, as "start-end" on line 0, or '' when there is none. */
function span(line: string, kind: 'sshd' | 'ssh' = 'sshd', target = '9.2'): string {
  const fs = findings(`${line}\n`, kind, target);
  assert.ok(fs.length <= 1, `${line}: ${fs.map((f) => f.message).join(' | ')}`);
  return fs.length ? `${fs[0].span.start}-${fs[0].span.end}` : '';
}
const message = (line: string, kind: 'sshd' | 'ssh' = 'sshd', target = '9.2') => findings(`${line}\n`, kind, target)[0]?.message ?? '';
/** Column range of `word` (its first occurrence after the keyword) in `line`. */
function at(line: string, word: string): string {
  const i = line.indexOf(word, line.indexOf(' '));
  return `${i}-${i + word.length}`;
}
function accepts(lines: string[], kind: 'sshd' | 'ssh' = 'sshd', target = '9.2'): void {
  for (const l of lines) assert.equal(span(l, kind, target), '', `${kind} ${target} should accept: ${l}`);
}
/** Each [line, offending word] is refused, with the finding on that word. */
function refuses(cases: [string, string][], kind: 'sshd' | 'ssh' = 'sshd', target = '9.2'): void {
  for (const [l, w] of cases) assert.equal(span(l, kind, target), at(l, w), `${kind} ${target} should refuse "${w}" in: ${l}`);
}

for (const kind of ['sshd', 'ssh'] as const) {
  describe(`${kind}: shared settings`, () => {
    it('RekeyLimit: scan_scaled size, default, then none or a time', () => {
      accepts(['RekeyLimit default', 'RekeyLimit 1G 1h', 'RekeyLimit 0', 'RekeyLimit 16', 'RekeyLimit 1.5G none', 'RekeyLimit K', 'RekeyLimit 1G!', 'RekeyLimit -0', 'RekeyLimit 512m 30m', 'RekeyLimit 1E', 'RekeyLimit default none # note'], kind);
      refuses(
        [
          ['RekeyLimit 1Q', '1Q'],
          ['RekeyLimit 15', '15'],
          ['RekeyLimit 0.01K', '0.01K'],
          ['RekeyLimit 0.0156K', '0.0156K'],
          ['RekeyLimit -5', '-5'],
          ['RekeyLimit 1Gb', '1Gb'],
          ['RekeyLimit 8E', '8E'],
          ['RekeyLimit Default', 'Default'],
          ['RekeyLimit 1.2.3', '1.2.3'],
          ['RekeyLimit 99999999999999999999', '99999999999999999999'],
          ['RekeyLimit 1G None', 'None'],
          ['RekeyLimit 1G 1y', '1y'],
          ['RekeyLimit 1G ""', '""'],
          ['RekeyLimit ""', '""'],
        ],
        kind,
      );
      // Extra arguments: the finding covers all of them.
      assert.equal(span('RekeyLimit 1G 1h x y', kind), '17-20');
      assert.equal(span('RekeyLimit 1G none x', kind), at('RekeyLimit 1G none x', 'x'));
      // Only a comment: no argument.
      assert.match(message('RekeyLimit # c', kind), /no amount of data/);
      assert.match(message('RekeyLimit 1Q', kind), /"1Q" is not an amount of data/);
      assert.match(message('RekeyLimit 1Q', kind), /OpenSSH rejects the line/);
    });

    it('RekeyLimit: the size ceiling before 7.2, the time format per release', () => {
      assert.equal(span('RekeyLimit 5G', kind, '7.1'), at('RekeyLimit 5G', '5G'));
      assert.equal(span('RekeyLimit 5G', kind, '7.2'), '');
      assert.equal(span('RekeyLimit 1G +5', kind, '9.7'), '');
      assert.equal(span('RekeyLimit 1G +5', kind, '9.8'), at('RekeyLimit 1G +5', '+5'));
      // The fraction scaling changed in 10.4; both give 15 here.
      assert.equal(span('RekeyLimit 0.0156K', kind, '10.3'), at('RekeyLimit 0.0156K', '0.0156K'));
      assert.equal(span('RekeyLimit 0.0156K', kind, '10.4'), at('RekeyLimit 0.0156K', '0.0156K'));
      assert.equal(span('RekeyLimit 0.016K', kind, '10.4'), '');
    });

    it('IPQoS: one or two classes, names and numbers per release', () => {
      accepts(['IPQoS ef', 'IPQoS af21 cs1', 'IPQoS EF CS1', 'IPQoS lowdelay throughput', 'IPQoS 0', 'IPQoS 255', 'IPQoS none', 'IPQoS le', 'IPQoS 0x10', 'IPQoS 010', 'IPQoS +5', 'IPQoS -0', 'IPQoS 0377'], kind);
      refuses(
        [
          ['IPQoS 256', '256'],
          ['IPQoS bogus', 'bogus'],
          ['IPQoS ef ""', '""'],
          ['IPQoS ""', '""'],
          ['IPQoS af44', 'af44'],
          ['IPQoS 0400', '0400'],
          ['IPQoS 0x', '0x'],
          ['IPQoS va', 'va'],
          ['IPQoS ef 5 x', 'x'],
        ],
        kind,
      );
      assert.match(message('IPQoS # c', kind), /no traffic class/);
      // none 7.6, le 8.2, va 10.3
      assert.notEqual(span('IPQoS none', kind, '7.5'), '');
      assert.equal(span('IPQoS none', kind, '7.6'), '');
      assert.notEqual(span('IPQoS le', kind, '8.1'), '');
      assert.equal(span('IPQoS le', kind, '8.2'), '');
      assert.notEqual(span('IPQoS va', kind, '10.2'), '');
      assert.equal(span('IPQoS va', kind, '10.3'), '');
      // strtol(…, 0) up to 9.7, strtonum (decimal) from 9.8
      assert.equal(span('IPQoS 0x10', kind, '9.7'), '');
      assert.equal(span('IPQoS 0x10', kind, '9.8'), at('IPQoS 0x10', '0x10'));
      assert.equal(span('IPQoS 010', kind, '9.8'), '');
      assert.equal(span('IPQoS 0377', kind, '9.8'), at('IPQoS 0377', '0377'));
      // the deprecated ToS words are still accepted after 10.1
      assert.equal(span('IPQoS lowdelay', kind, '10.5'), '');
      assert.deepEqual(findings('IPQoS cs9\n', kind, '9.2')[0].fixes?.[0]?.edits[0].newText, 'cs0');
    });

    it('StreamLocalBindMask: octal 0-0777, trailing characters ignored', () => {
      accepts(['StreamLocalBindMask 0177', 'StreamLocalBindMask 0', 'StreamLocalBindMask 777', 'StreamLocalBindMask 0800', 'StreamLocalBindMask -0', 'StreamLocalBindMask +7', 'StreamLocalBindMask 777x'], kind);
      refuses(
        [
          ['StreamLocalBindMask 8', '8'],
          ['StreamLocalBindMask 1000', '1000'],
          ['StreamLocalBindMask -1', '-1'],
          ['StreamLocalBindMask abc', 'abc'],
          ['StreamLocalBindMask ""', '""'],
          ['StreamLocalBindMask 0177 x', 'x'],
        ],
        kind,
      );
      assert.match(message('StreamLocalBindMask # c', kind), /no mask/);
    });

    it('SetEnv: NAME=VALUE entries; an empty line is fatal from 9.7', () => {
      accepts(['SetEnv A=b', 'SetEnv A= B="x y"', 'SetEnv A=1 =x', 'SetEnv A=1 A=2'], kind);
      refuses(
        [
          ['SetEnv A', 'A'],
          ['SetEnv A=b C', 'C'],
          ['SetEnv ""', '""'],
          // the '=' after the keyword belongs to the keyword (strdelim): "x" has none
          ['SetEnv =x', 'x'],
        ],
        kind,
      );
      assert.equal(span('SetEnv # c', kind, '9.6'), '');
      assert.match(message('SetEnv # c', kind, '9.7'), /no NAME=VALUE/);
      // Before 8.7 the arguments were split by strdelimw(), which we do not model: silent.
      assert.equal(span('SetEnv A', kind, '8.6'), '');
      assert.equal(span('SetEnv A', kind, '8.7'), at('SetEnv A', 'A'));
    });
  });
}

describe('sshd settings', () => {
  it('AcceptEnv: no "=" and no empty name', () => {
    accepts(['AcceptEnv LANG LC_*', 'AcceptEnv "A B"', 'AcceptEnv # c']);
    refuses([
      ['AcceptEnv A=B', 'A=B'],
      ['AcceptEnv LANG ""', '""'],
    ]);
    assert.match(message('AcceptEnv # c', 'sshd', '9.7'), /no variable name/);
    // Before 8.7 the strdelim() loop stopped at an empty name.
    assert.equal(span('AcceptEnv ""', 'sshd', '8.6'), '');
    assert.equal(span('AcceptEnv "A=B"', 'sshd', '8.6'), at('AcceptEnv "A=B"', '"A=B"'));
  });

  it('MaxStartups: N or start:rate:full as sscanf reads it', () => {
    accepts(['MaxStartups 10', 'MaxStartups 10:30:100', 'MaxStartups 10:30:60:5', 'MaxStartups 10x', 'MaxStartups 10:', 'MaxStartups 10:30:10', 'MaxStartups " 10"', 'MaxStartups "10 :30:x"', 'MaxStartups 10:100:60', 'MaxStartups 4294967306']);
    refuses([
      ['MaxStartups 0', '0'],
      ['MaxStartups -1', '-1'],
      ['MaxStartups 10:30', '10:30'],
      ['MaxStartups 10:0:60', '10:0:60'],
      ['MaxStartups 10:101:60', '10:101:60'],
      ['MaxStartups 60:30:10', '60:30:10'],
      ['MaxStartups 0:30:10', '0:30:10'],
      ['MaxStartups abc', 'abc'],
      ['MaxStartups ""', '""'],
      ['MaxStartups 10 :30:60', ':30:60'],
    ]);
    // Above 0 only from 9.2.
    assert.equal(span('MaxStartups 0', 'sshd', '9.1'), '');
    assert.equal(span('MaxStartups 0:30:10', 'sshd', '9.1'), '');
    assert.equal(span('MaxStartups 0', 'sshd', '10.5'), at('MaxStartups 0', '0'));
    assert.match(message('MaxStartups 60:30:10'), /starts \(60\) above full \(10\)/);
  });

  it('PerSourceNetBlockSize: V4BITS[:V6BITS]', () => {
    accepts(['PerSourceNetBlockSize 32', 'PerSourceNetBlockSize 24:56', 'PerSourceNetBlockSize 0:0', 'PerSourceNetBlockSize 24:', 'PerSourceNetBlockSize 32:128']);
    refuses([
      ['PerSourceNetBlockSize 33', '33'],
      ['PerSourceNetBlockSize 24:129', '24:129'],
      ['PerSourceNetBlockSize -1', '-1'],
      ['PerSourceNetBlockSize x', 'x'],
      ['PerSourceNetBlockSize 32:128 x', 'x'],
    ]);
  });

  it('PerSourceMaxStartups: none is lower case only', () => {
    accepts(['PerSourceMaxStartups none', 'PerSourceMaxStartups 5', 'PerSourceMaxStartups 0', 'PerSourceMaxStartups +5']);
    refuses([
      ['PerSourceMaxStartups None', 'None'],
      ['PerSourceMaxStartups -1', '-1'],
      ['PerSourceMaxStartups 2147483648', '2147483648'],
      ['PerSourceMaxStartups 5 6', '6'],
    ]);
    assert.equal(findings('PerSourceMaxStartups None\n', 'sshd', '9.2')[0].fixes?.[0]?.edits[0].newText, 'none');
  });

  it('PerSourcePenalties: entries per release, yes/no last, times per release', () => {
    const t = '10.5';
    accepts(['PerSourcePenalties yes', 'PerSourcePenalties NO', 'PerSourcePenalties crash:90s authfail:5s max:10m min:15s', 'PerSourcePenalties max-sources4:65536 overflow:deny-all overflow6:permissive', 'PerSourcePenalties crash:1m yes', 'PerSourcePenalties noauth:1.5', 'PerSourcePenalties crash:9999999999', 'PerSourcePenalties invaliduser:5s refuseconnection:10s'], 'sshd', t);
    refuses(
      [
        ['PerSourcePenalties yes crash:1m', 'yes'],
        ['PerSourcePenalties Crash:1m', 'Crash:1m'],
        ['PerSourcePenalties crash:1y', 'crash:1y'],
        ['PerSourcePenalties crash:', 'crash:'],
        ['PerSourcePenalties noauth:1.5m', 'noauth:1.5m'],
        ['PerSourcePenalties noauth:5.', 'noauth:5.'],
        ['PerSourcePenalties max-sources4:-1', 'max-sources4:-1'],
        ['PerSourcePenalties max-sources6:', 'max-sources6:'],
        ['PerSourcePenalties overflow:deny', 'overflow:deny'],
        ['PerSourcePenalties bogus', 'bogus'],
        ['PerSourcePenalties ""', '""'],
      ],
      'sshd',
      t,
    );
    assert.match(message('PerSourcePenalties # c', 'sshd', t), /no penalty/);
    // refuseconnection: 9.9, invaliduser: 10.3, fractions and no INT_MAX ceiling 10.3
    assert.notEqual(span('PerSourcePenalties refuseconnection:10s', 'sshd', '9.8'), '');
    assert.equal(span('PerSourcePenalties refuseconnection:10s', 'sshd', '9.9'), '');
    assert.notEqual(span('PerSourcePenalties invaliduser:5s', 'sshd', '10.2'), '');
    assert.equal(span('PerSourcePenalties invaliduser:5s', 'sshd', '10.3'), '');
    assert.notEqual(span('PerSourcePenalties noauth:1.5', 'sshd', '10.2'), '');
    assert.notEqual(span('PerSourcePenalties crash:9999999999', 'sshd', '10.2'), '');
  });

  it('AuthenticationMethods: known methods, any alone, no empty list', () => {
    accepts(['AuthenticationMethods publickey,password publickey,keyboard-interactive', 'AuthenticationMethods any', 'AuthenticationMethods keyboard-interactive:pam', 'AuthenticationMethods none', 'AuthenticationMethods gssapi-with-mic', 'AuthenticationMethods gssapi-keyex,publickey', 'AuthenticationMethods hostbased,publickey:x']);
    refuses([
      ['AuthenticationMethods publickey any', 'any'],
      ['AuthenticationMethods any publickey', 'publickey'],
      ['AuthenticationMethods publickey,,password', 'publickey,,password'],
      ['AuthenticationMethods publickey,', 'publickey,'],
      ['AuthenticationMethods :pam', ':pam'],
      ['AuthenticationMethods ""', '""'],
      ['AuthenticationMethods Publickey', 'Publickey'],
      ['AuthenticationMethods publickey pubkey', 'pubkey'],
    ]);
    assert.match(message('AuthenticationMethods # c'), /no method list/);
    assert.match(message('AuthenticationMethods pubkey'), /"pubkey" is not an authentication method/);
    // any from 7.3
    assert.equal(span('AuthenticationMethods any', 'sshd', '7.2'), at('AuthenticationMethods any', 'any'));
    assert.equal(span('AuthenticationMethods any', 'sshd', '7.3'), '');
  });

  it('PermitUserEnvironment: a flag before 7.8, then yes, no or any pattern list', () => {
    accepts(['PermitUserEnvironment yes', 'PermitUserEnvironment no', 'PermitUserEnvironment Yes', 'PermitUserEnvironment LANG,LC_*']);
    refuses([
      ['PermitUserEnvironment ""', '""'],
      ['PermitUserEnvironment LANG,LC_* x', 'x'],
    ]);
    assert.match(message('PermitUserEnvironment # c'), /no value/);
    assert.equal(span('PermitUserEnvironment LANG', 'sshd', '7.7'), at('PermitUserEnvironment LANG', 'LANG'));
    assert.equal(span('PermitUserEnvironment YES', 'sshd', '7.7'), '');
    assert.equal(span('PermitUserEnvironment LANG', 'sshd', '7.8'), '');
  });

  it('PubkeyAuthOptions: none, touch-required, verify-required (8.4)', () => {
    accepts(['PubkeyAuthOptions none', 'PubkeyAuthOptions Touch-Required verify-required', 'PubkeyAuthOptions # c', 'PubkeyAuthOptions none none']);
    refuses([
      ['PubkeyAuthOptions bogus', 'bogus'],
      ['PubkeyAuthOptions none ""', '""'],
      ['PubkeyAuthOptions max-pk-ok:3', 'max-pk-ok:3'],
    ]);
    assert.equal(span('PubkeyAuthOptions verify-required', 'sshd', '8.3'), at('PubkeyAuthOptions verify-required', 'verify-required'));
    assert.match(message('PubkeyAuthOptions verify-required', 'sshd', '8.3'), /needs OpenSSH 8\.4/);
    assert.equal(span('PubkeyAuthOptions verify-required', 'sshd', '8.4'), '');
    // Not in our mirror: 10.6's max-pk-ok:N is let through.
    assert.equal(span('PubkeyAuthOptions max-pk-ok:3', 'sshd', '10.5'), at('PubkeyAuthOptions max-pk-ok:3', 'max-pk-ok:3'));
    assert.equal(span('PubkeyAuthOptions max-pk-ok:3', 'sshd', '10.6'), '');
  });

  it('AuthorizedKeysCommand / AuthorizedPrincipalsCommand: an absolute path or none, the whole rest of the line', () => {
    for (const kw of ['AuthorizedKeysCommand', 'AuthorizedPrincipalsCommand']) {
      accepts([`${kw} /usr/bin/keys %u # note`, `${kw} none`, `${kw} NONE`, `${kw}=none`]);
      refuses([
        [`${kw} bin/keys %u`, 'bin/keys %u'],
        [`${kw} none # note`, 'none # note'],
        [`${kw} "/usr/bin/keys"`, '"/usr/bin/keys"'],
        [`${kw} ~/keys`, '~/keys'],
      ]);
      assert.match(message(`${kw} none # note`), /the comment is part of the value/);
      assert.match(message(`${kw} "/usr/bin/keys"`), /starts with a quote/);
      // The same before 8.7 (then the test ran for the first active line).
      assert.equal(span(`${kw} bin/keys`, 'sshd', '8.6'), at(`${kw} bin/keys`, 'bin/keys'));
    }
  });

  it('LogVerbose: none alone, no empty entry; an empty line fatal from 9.7', () => {
    accepts(['LogVerbose kex.c:*:* packet.c:*:*', 'LogVerbose none', 'LogVerbose NONE']);
    refuses([
      ['LogVerbose none kex.c:*:*', 'none'],
      ['LogVerbose kex.c:*:* none', 'none'],
      ['LogVerbose ""', '""'],
    ]);
    assert.equal(span('LogVerbose # c', 'sshd', '9.6'), '');
    assert.match(message('LogVerbose # c', 'sshd', '9.7'), /no entry/);
    assert.equal(span('LogVerbose none x', 'sshd', '8.6'), '');
  });

  it('checks run inside Match blocks too, and messages are plain ASCII', () => {
    const fs = findings('Match User nobody\n  RekeyLimit 1Q\n  AuthenticationMethods bogus\n', 'sshd', '9.2');
    assert.deepEqual(fs.map((f) => f.span.line), [1, 2]);
    for (const f of fs) assert.match(f.message, /^[\x20-\x7e]*$/);
  });

  it('ssh does not get the sshd-only checks', () => {
    assert.deepEqual(findings('AuthenticationMethods bogus\nMaxStartups 0\n', 'ssh', '9.2'), []);
  });
});
