// ssh-only value checks (customValues/clientSettings.ts), read from readconf.c.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import type { Finding } from '../../server/src/service/rules/types';

/** What a value check reports: invalid-value, or extra-arguments for words left over. */
const VALUE_CODES = new Set(['invalid-value', 'extra-arguments']);

const service = createLanguageService();
let n = 0;
const run = (text: string, targetVersion?: string): Finding[] =>
  service.findings(service.parse({ uri: `mem://client-values-${++n}`, version: 1, getText: () => text }, 'ssh', { targetVersion }), { targetVersion });

/** The invalid-value finding on the line, as "start-end" of its span, or '' when there is none. */
function spanOf(line: string, target = '10.5'): string {
  const f = run(`${line}\n`, target).find((x) => VALUE_CODES.has(x.code));
  return f ? `${f.span.start}-${f.span.end}` : '';
}
const ok = (line: string, target?: string) => assert.equal(spanOf(line, target), '', `${line} @${target ?? '10.5'} should be accepted`);
/** The finding covers `word` (its first occurrence after the keyword). */
function bad(line: string, word: string, target?: string): void {
  const start = line.indexOf(word, line.indexOf(' '));
  assert.equal(spanOf(line, target), `${start}-${start + word.length}`, `${line} @${target ?? '10.5'} should flag ${word}`);
}

describe('EscapeChar', () => {
  it('accepts one character, ^X and none', () => {
    for (const v of ['~', '%', 'none', '^A', '^z', '^^', '^']) ok(`EscapeChar ${v}`);
  });
  it('refuses other shapes', () => {
    for (const v of ['None', 'ab', '^1', '^?', '^AB', '"\u00e9"']) bad(`EscapeChar ${v}`, v);
    bad('EscapeChar ""', '""');
    bad('EscapeChar ~ x', 'x');
  });
  it('messages are ASCII and start with the keyword', () => {
    const f = run('EscapeChar ab\n').find((x) => VALUE_CODES.has(x.code));
    assert.ok(f && /^EscapeChar: /.test(f.message) && /^[\x20-\x7e]*$/.test(f.message));
  });
});

describe('ControlPersist', () => {
  it('accepts lower-case words and times', () => {
    for (const v of ['yes', 'no', 'true', 'false', '0', '10m', '1h30m']) ok(`ControlPersist ${v}`);
  });
  it('refuses other case, non-times and extra words', () => {
    for (const v of ['YES', 'No', 'forever', '1y', '-1', '2147483648']) bad(`ControlPersist ${v}`, v);
    bad('ControlPersist yes extra', 'extra');
  });
  it('follows convtime per release: 1.5 is a time from 10.3', () => {
    bad('ControlPersist 1.5', '1.5', '9.2');
    ok('ControlPersist 1.5', '10.3');
  });
});

describe('TunnelDevice', () => {
  it('accepts numbers, any and pairs', () => {
    for (const v of ['0', 'any', 'ANY', '1:2', 'any:any', '2147483645']) ok(`TunnelDevice ${v}`);
  });
  it('refuses anything else', () => {
    for (const v of ['2147483646', '-1', 'tun0', '1:', ':1', '1:2:3', 'any:x']) bad(`TunnelDevice ${v}`, v);
    bad('TunnelDevice 1 2', '2');
  });
});

describe('AddKeysToAgent', () => {
  it('accepts words, confirm TIME and a lone time (8.4+)', () => {
    for (const v of ['yes', 'no', 'ask', 'confirm', 'CONFIRM', 'true', 'confirm 5m', '5m', '0']) ok(`AddKeysToAgent ${v}`);
  });
  it('refuses bad times, times after other words, extra words', () => {
    bad('AddKeysToAgent confirm bogus', 'bogus');
    bad('AddKeysToAgent ask 5m', '5m');
    bad('AddKeysToAgent bogus', 'bogus');
    bad('AddKeysToAgent 5m 5m', '5m');
    bad('AddKeysToAgent confirm 5m x', 'x');
    bad('AddKeysToAgent ""', '""');
  });
  it('before 8.4 only takes one word', () => {
    bad('AddKeysToAgent 5m', '5m', '8.3');
    bad('AddKeysToAgent confirm 5m', '5m', '8.3');
    ok('AddKeysToAgent confirm', '8.3');
    ok('AddKeysToAgent confirm 5m', '8.4');
  });
});

describe('ObscureKeystrokeTiming (9.5+)', () => {
  it('accepts yes/no/true/false and interval:1..1000', () => {
    for (const v of ['yes', 'no', 'true', 'false', 'interval:1', 'interval:1000', 'interval:+5']) ok(`ObscureKeystrokeTiming ${v}`);
  });
  it('refuses other words, bad intervals and extra words', () => {
    for (const v of ['YES', 'interval:0', 'interval:1001', 'interval:', 'interval:x', 'maybe']) bad(`ObscureKeystrokeTiming ${v}`, v);
    bad('ObscureKeystrokeTiming yes no', 'no');
  });
  it('is not checked before it exists', () => {
    assert.equal(spanOf('ObscureKeystrokeTiming maybe', '9.4'), '');
  });
});

describe('ForwardAgent and IdentityAgent', () => {
  it('accepts flags, paths and environment forms', () => {
    for (const v of ['yes', 'No', '/tmp/a.sock', 'SSH_AUTH_SOCK', '$SSH_AUTH_SOCK', '${SSH_AUTH_SOCK}', '${HOME}/a']) ok(`ForwardAgent ${v}`);
    for (const v of ['none', '$SSH_AUTH_SOCK', '${A}${B}', '~/agent']) ok(`IdentityAgent ${v}`);
  });
  it('refuses bad $ forms and broken ${', () => {
    for (const v of ['$', '$FOO/bar', '$SSH-AUTH', '${HOME', '${}', '/x/${HOME']) bad(`ForwardAgent ${v}`, v);
    for (const v of ['$A.b', '${X', 'a${}b']) bad(`IdentityAgent ${v}`, v);
    bad('ForwardAgent yes no', 'no');
  });
  it('follows the releases', () => {
    // ForwardAgent takes a path from 8.2; ${VAR} needs 8.4 (7.9 ... 8.3 only know $VAR).
    bad('ForwardAgent /tmp/a.sock', '/tmp/a.sock', '8.1');
    ok('ForwardAgent /tmp/a.sock', '8.2');
    bad('ForwardAgent ${HOME}/a', '${HOME}/a', '8.3');
    bad('IdentityAgent ${HOME}', '${HOME}', '8.3');
    ok('IdentityAgent ${HOME}', '8.4');
    // 7.3 ... 7.8: IdentityAgent is a plain string.
    ok('IdentityAgent $A.b', '7.8');
    bad('IdentityAgent $A.b', '$A.b', '7.9');
    // "${X" is only a syntax error from 8.4 (dollar_expand); before, "$" + "{X" is not a name.
    bad('IdentityAgent ${X', '${X', '8.3');
  });
});

describe('CanonicalDomains', () => {
  it('accepts domain names and a lone none', () => {
    for (const v of ['example.com', 'a.b c.d', 'example.com.', 'none', 'NONE', 'ex_ample.com', '1.2.3.4']) ok(`CanonicalDomains ${v}`);
  });
  it('refuses bad names, empty words, none with others', () => {
    for (const v of ['.example.com', '-a.com', 'ex..ample', 'ex/ample', '""']) bad(`CanonicalDomains ${v}`, v);
    bad('CanonicalDomains none example.com', 'none');
    bad('CanonicalDomains a.com NONE', 'NONE');
  });
  it('a leading _ is allowed from 10.0; none alone is checked from 8.7', () => {
    bad('CanonicalDomains _a.com', '_a.com', '9.9');
    ok('CanonicalDomains _a.com', '10.0');
    ok('CanonicalDomains none a.com', '8.6');
    bad('CanonicalDomains none a.com', 'none', '8.7');
  });
  it('before 8.7 the list stops at an empty word, and a word after it is garbage', () => {
    ok('CanonicalDomains a.com ""', '8.6');
    bad('CanonicalDomains "" a.com', 'a.com', '8.6');
  });
});

describe('CanonicalizePermittedCNAMEs', () => {
  it('accepts rules, * and a lone none (8.8+)', () => {
    for (const v of ['*.a.com:*.b.com', '*', ':b', 'a:b:c', 'none', 'x:y *']) ok(`CanonicalizePermittedCNAMEs ${v}`);
  });
  it('refuses words without a target', () => {
    for (const v of ['a:', 'abc', '""']) bad(`CanonicalizePermittedCNAMEs ${v}`, v);
    bad('CanonicalizePermittedCNAMEs none *', 'none');
  });
  it('none is a rule word from 8.8', () => {
    bad('CanonicalizePermittedCNAMEs none', 'none', '8.7');
    ok('CanonicalizePermittedCNAMEs none', '8.8');
  });
});

describe('SendEnv', () => {
  it('accepts names and patterns', () => {
    for (const v of ['LANG', 'LC_*', 'LANG LC_*', '-LANG', '*']) ok(`SendEnv ${v}`);
  });
  it('refuses "=" and empty words', () => {
    bad('SendEnv A=B', 'A=B');
    bad('SendEnv LANG ""', '""');
    bad('SendEnv "A=B"', '"A=B"');
  });
  it('before 8.7 strdelim cuts at "=", so only a quoted "=" is refused', () => {
    ok('SendEnv A=B', '8.6');
    bad('SendEnv "A=B"', '"A=B"', '8.6');
    ok('SendEnv LANG ""', '8.6');
  });
});

describe('word lists: LogVerbose, *KnownHostsFile, RevokedHostKeys, Include', () => {
  it('accept lists and a lone none', () => {
    for (const l of ['LogVerbose kex.c:*:1000 a', 'LogVerbose none', 'GlobalKnownHostsFile /a /b', 'UserKnownHostsFile none', 'RevokedHostKeys /a /b', 'Include /a /b']) ok(l);
  });
  it('refuse empty words and none with others (8.7+)', () => {
    bad('LogVerbose a ""', '""');
    bad('LogVerbose none x', 'none');
    bad('GlobalKnownHostsFile /a none', 'none');
    bad('UserKnownHostsFile "" /a', '""');
    bad('Include /a ""', '""');
  });
  it('follow the releases', () => {
    ok('GlobalKnownHostsFile /a none', '8.6');
    ok('LogVerbose a ""', '8.6');
    // RevokedHostKeys takes one file before 10.3.
    bad('RevokedHostKeys /a /b', '/b', '10.2');
    ok('RevokedHostKeys /a /b', '10.3');
    bad('RevokedHostKeys none /b', 'none', '10.3');
  });
});

describe('one-word keywords', () => {
  it('accept one word', () => {
    for (const l of ['User alice', 'User "al ice"', 'Hostname %h.example.com', 'HostKeyAlias a', 'PreferredAuthentications publickey,password', 'KbdInteractiveDevices pam', 'BindAddress ::1', 'BindInterface eth0', 'PKCS11Provider none', 'SecurityKeyProvider internal', 'XAuthLocation /usr/bin/xauth', 'ControlPath ~/.ssh/cm-%C', 'IdentityFile "~/my key"', 'CertificateFile ~/c.pub', 'Tag web', 'RefuseConnection "no access"']) ok(l);
  });
  it('refuse an empty value and a second word', () => {
    bad('User ""', '""');
    bad('User root extra', 'extra');
    bad('Hostname a b', 'b');
    bad('IdentityFile a b', 'b');
    bad('Tag a b', 'b');
    bad('RefuseConnection ""', '""');
  });
  it('before 8.7 an empty second word is not garbage', () => {
    ok('User root ""', '8.6');
    bad('User root ""', '""', '8.7');
  });
});
