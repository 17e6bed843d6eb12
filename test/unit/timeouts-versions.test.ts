// Issue #4 at several target releases: every keepalive/timeout rule and every
// computed hover, on small configs, with the outcome each release gives.
// Facts behind each expectation: semantics/timeouts.ts, semantics/limits.ts,
// rules/keepalive.ts, rules/channelTimeout.ts (sources cited there).
// Run: node --import tsx --test test/unit/timeouts-versions.test.ts

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { eventsToBlock, refusalPercent } from '../../server/src/service/semantics/limits';

const TARGETS = ['8.1', '8.9', '9.2', '9.6', '10.4', 'latest'] as const;
type Target = (typeof TARGETS)[number];
type Kind = 'sshd' | 'ssh';

const service = createLanguageService();
let n = 0;
const open = (text: string, kind: Kind, t: Target) => service.parse({ uri: `mem://tv${++n}`, version: 1, getText: () => text }, kind, { targetVersion: t });
const findings = (text: string, kind: Kind, t: Target) => service.findings(open(text, kind, t), { targetVersion: t });
/** The computed part of the hover on the keyword of `line` (what comes before the keyword's general docs). */
const hover = (text: string, kind: Kind, line: number, t: Target) => {
  const character = text.split('\n')[line].search(/\S/) + 1; // on the keyword
  const h = service.hover(open(text, kind, t), { line, character }, { targetVersion: t });
  const md = (h?.contents as { value: string } | undefined)?.value ?? '';
  return md.split('\n\n---')[0];
};
const hints = (text: string, kind: Kind, t: Target) =>
  service.inlayHints(open(text, kind, t), { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } }, { targetVersion: t }).map((h) => `${h.position.line}:${String(h.label)}`);

/** One expectation per target; a function gets the target and checks. */
type PerTarget<T> = Record<Target, T>;
const all = <T>(v: T): PerTarget<T> => ({ '8.1': v, '8.9': v, '9.2': v, '9.6': v, '10.4': v, latest: v });

interface RuleCase {
  name: string;
  kind: Kind;
  text: string;
  /** the findings (line:code:severity) expected at each target */
  expect: PerTarget<string[]>;
  /** further checks on the findings */
  check?: (t: Target, fs: ReturnType<typeof findings>) => void;
}

const QUESTION = '# close idle sessions after an hour\nClientAliveInterval 60\nClientAliveCountMax 60\n';
const TOO_NEW = (line: number, from: Target): PerTarget<string[]> => {
  const order = TARGETS.indexOf(from);
  return Object.fromEntries(TARGETS.map((t, i) => [t, i < order ? [`${line}:keyword-too-new:error`] : []])) as PerTarget<string[]>;
};

const RULES: RuleCase[] = [
  {
    name: 'client-alive-count-max-zero: from 8.2 CountMax 0 disables the cut',
    kind: 'sshd',
    text: 'ClientAliveInterval 300\nClientAliveCountMax 0\n',
    expect: { ...all(['1:client-alive-count-max-zero:warning']), '8.1': [] },
    check: (t, fs) => {
      if (t === '8.1') return;
      const titles = fs[0].fixes?.map((f) => f.title) ?? [];
      assert.equal(titles[0], 'Set ClientAliveCountMax 3');
      // The idle-logout fix only where ChannelTimeout exists (9.2+).
      assert.equal(titles.some((x) => /idle logout/.test(x)), t !== '8.9', `${t}: ${titles.join(' | ')}`);
    },
  },
  {
    name: 'server-alive-count-max-zero: every release',
    kind: 'ssh',
    text: 'ServerAliveInterval 30\nServerAliveCountMax 0\n',
    expect: all(['1:server-alive-count-max-zero:warning']),
    check: (_t, fs) => assert.equal(fs[0].fixes?.[0].edits[0].newText, '3'),
  },
  {
    name: 'keepalive-is-not-idle-timeout: TMOUT before 9.2, ChannelTimeout fix from 9.2',
    kind: 'sshd',
    text: QUESTION,
    expect: all(['1:keepalive-is-not-idle-timeout:information']),
    check: (t, fs) => {
      const old = t === '8.1' || t === '8.9';
      assert.match(fs[0].message, old ? /no idle timeout of its own \(ChannelTimeout arrived in 9\.2\): use the shell's TMOUT/ : /add ChannelTimeout session:\*=TIME and UnusedConnectionTimeout/);
      // the dead-peer cut in the message: doubled on 9.2–9.4
      assert.match(fs[0].message, t === '9.2' ? /after about 2 h 2 min/ : /after about 1 h 1 min/);
      if (old) assert.equal(fs[0].fixes, undefined);
      else assert.match(fs[0].fixes?.[0].edits[0].newText ?? '', /ChannelTimeout session:\*=1h\nUnusedConnectionTimeout 1h\n/);
    },
  },
  {
    // From 9.2 the idle logout is there; before 9.2 those lines are unknown keywords, not an
    // idle logout, so the explanation still shows.
    name: 'keepalive-is-not-idle-timeout: silent when an idle logout is already there (9.2+)',
    kind: 'sshd',
    text: `ChannelTimeout session:*=1h\nUnusedConnectionTimeout 1h\n${QUESTION}`,
    expect: {
      ...all([]),
      '8.1': ['0:keyword-too-new:error', '1:keyword-too-new:error', '3:keepalive-is-not-idle-timeout:information'],
      '8.9': ['0:keyword-too-new:error', '1:keyword-too-new:error', '3:keepalive-is-not-idle-timeout:information'],
    },
  },
  {
    name: 'tcp-keepalive-off (sshd): a hint with a ClientAliveInterval fix',
    kind: 'sshd',
    text: 'TCPKeepAlive no\n',
    expect: all(['0:tcp-keepalive-off:hint']),
    check: (_t, fs) => assert.equal(fs[0].fixes?.[0].edits[0].newText, '\nClientAliveInterval 300'),
  },
  {
    name: 'tcp-keepalive-off (ssh): silent when ServerAliveInterval is set',
    kind: 'ssh',
    text: 'TCPKeepAlive no\nServerAliveInterval 30\n',
    expect: all([]),
  },
  {
    name: 'channel-timeout-session: session= misses shells up to 10.5',
    kind: 'sshd',
    text: 'ChannelTimeout session=5m\n',
    expect: { ...TOO_NEW(0, '9.2'), '9.2': ['0:channel-timeout-session:warning'], '9.6': ['0:channel-timeout-session:warning'], '10.4': ['0:channel-timeout-session:warning'] },
    check: (t, fs) => {
      if (fs[0]?.code === 'channel-timeout-session') assert.equal(fs[0].fixes?.[0].edits[0].newText, 'session:*');
      if (t === 'latest') assert.deepEqual(fs, []);
    },
  },
  {
    name: 'channel-timeout-match: not applied from Match before 10.5',
    kind: 'sshd',
    text: 'Match User a\n  ChannelTimeout session:*=5m\n',
    expect: { ...TOO_NEW(1, '9.2'), '9.2': ['1:channel-timeout-match:warning'], '9.6': ['1:channel-timeout-match:warning'], '10.4': ['1:channel-timeout-match:warning'] },
  },
  {
    name: 'channel-timeout-type: `global` is a no-op type before 9.7',
    kind: 'sshd',
    text: 'ChannelTimeout global=1h\n',
    expect: { ...TOO_NEW(0, '9.2'), '9.2': ['0:channel-timeout-type:warning'], '9.6': ['0:channel-timeout-type:warning'] },
  },
  {
    name: 'channel-timeout-type (ssh): the client relabels sessions only from 10.4',
    kind: 'ssh',
    text: 'ChannelTimeout session:shell=5m\n',
    expect: { ...TOO_NEW(0, '9.6'), '9.6': ['0:channel-timeout-type:warning'] },
    check: (t, fs) => {
      if (t === '9.6') assert.equal(fs[0].fixes?.[0].edits[0].newText, 'session');
    },
  },
  {
    name: 'channel-timeout: a fraction is an error before 10.3, truncated 10.3–10.5, kept from 10.6',
    kind: 'sshd',
    text: 'ChannelTimeout session:*=1.5\n',
    expect: { ...TOO_NEW(0, '9.2'), '9.2': ['0:channel-timeout:error'], '9.6': ['0:channel-timeout:error'], '10.4': ['0:channel-timeout:warning'] },
  },
  {
    name: 'channel-timeout: none with other entries (9.2–9.6 accept it and then fail every connection)',
    kind: 'sshd',
    text: 'ChannelTimeout session:*=5m none\n',
    expect: { ...TOO_NEW(0, '9.2'), '9.2': ['0:channel-timeout:error'], '9.6': ['0:channel-timeout:error'], '10.4': ['0:channel-timeout:error'], latest: ['0:channel-timeout:error'] },
    check: (t, fs) => {
      if (t === '9.2' || t === '9.6') assert.match(fs[0].message, /bad timeout none/);
      if (t === '10.4' || t === 'latest') assert.match(fs[0].message, /cannot be combined/);
    },
  },
  {
    name: 'channel-timeout-ignored: only the first line counts',
    kind: 'sshd',
    text: 'ChannelTimeout session:*=5m\nChannelTimeout x11-connection=1m\n',
    expect: { ...all(['1:channel-timeout-ignored:warning']), '8.1': ['0:keyword-too-new:error', '1:keyword-too-new:error'], '8.9': ['0:keyword-too-new:error', '1:keyword-too-new:error'] },
  },
  {
    name: 'tmout-in-config: every release, every form',
    kind: 'sshd',
    text: 'TMOUT=600\nexport TMOUT=600\n',
    expect: all(['0:tmout-in-config:error', '1:tmout-in-config:error']),
  },
  {
    name: 'other-file keepalive keyword: ClientAliveInterval in ssh_config',
    kind: 'ssh',
    text: 'ClientAliveInterval 60\n',
    expect: all(['0:other-file-keyword:warning']),
    check: (_t, fs) => {
      assert.match(fs[0].message, /counterpart is ServerAliveInterval/);
      assert.equal(fs[0].fixes?.[0].edits[0].newText, 'ServerAliveInterval');
    },
  },
  {
    name: 'other-file keepalive keyword: ServerAliveCountMax in sshd_config',
    kind: 'sshd',
    text: 'ServerAliveCountMax 3\n',
    expect: all(['0:other-file-keyword:warning']),
    check: (_t, fs) => assert.equal(fs[0].fixes?.[0].edits[0].newText, 'ClientAliveCountMax'),
  },
];

describe('#4 rules at each target', () => {
  for (const c of RULES) {
    describe(c.name, () => {
      for (const t of TARGETS) {
        it(`at ${t}`, () => {
          const fs = findings(c.text, c.kind, t);
          const got = fs.map((f) => `${f.span.line}:${f.code}:${f.severity}`);
          // other-file-keyword severity is the rule's business; compare code and line for it
          const norm = (xs: string[]) => xs.map((x) => (x.includes('other-file-keyword') ? x.replace(/:[a-z]+$/, '') : x));
          assert.deepEqual(norm(got), norm(c.expect[t]));
          c.check?.(t, fs);
        });
      }
    });
  }
});

interface HoverCase {
  name: string;
  kind: Kind;
  text: string;
  line: number;
  /** patterns that must (true) or must not (false) be in the computed hover at each target */
  expect: PerTarget<[RegExp, boolean][]>;
}

const has = (re: RegExp): [RegExp, boolean] => [re, true];
const lacks = (re: RegExp): [RegExp, boolean] => [re, false];
const byTarget = (f: (t: Target) => [RegExp, boolean][]): PerTarget<[RegExp, boolean][]> =>
  Object.fromEntries(TARGETS.map((t) => [t, f(t)])) as PerTarget<[RegExp, boolean][]>;
const older = (t: Target, than: string) => t !== 'latest' && Number(t.split('.')[0]) * 100 + Number(t.split('.')[1]) < Number(than.split('.')[0]) * 100 + Number(than.split('.')[1]);

const HOVERS: HoverCase[] = [
  {
    name: 'ClientAliveInterval: the dead-peer cut, doubled on 9.2–9.4, never for idle clients',
    kind: 'sshd',
    text: QUESTION,
    line: 1,
    expect: byTarget((t) => [
      has(t === '9.2' ? /cut about \*\*2 h 2 min\*\*/ : /cut about \*\*1 h 1 min\*\*/),
      has(/\*\*never\*\* cut/),
      // 9.2–9.4 probe only every 2 × interval, which is what a NAT box sees
      has(t === '9.2' ? /NAT and firewalls:.*every 2 min/ : /NAT and firewalls:.*every 1 min/),
    ]),
  },
  {
    name: 'ClientAliveCountMax 0: a cut before 8.2, never after',
    kind: 'sshd',
    text: 'ClientAliveInterval 300\nClientAliveCountMax 0\n',
    line: 1,
    expect: byTarget((t) =>
      t === '8.1'
        ? [has(/cut about \*\*5 min\*\*/), has(/Before OpenSSH 8\.2/)]
        : [has(/\*\*never\*\* disconnects \(since OpenSSH 8\.2\)/), lacks(/cut about/)],
    ),
  },
  {
    name: 'ClientAlive* per Match block',
    kind: 'sshd',
    text: 'ClientAliveInterval 300\nMatch User backup\n  ClientAliveCountMax 1\n',
    line: 0,
    expect: byTarget((t) => [has(t === '9.2' ? /For `Match User backup`: cut after ≈ 20 min/ : /For `Match User backup`: cut after ≈ 10 min/)]),
  },
  {
    name: 'ServerAliveInterval: first value wins per Host, and NAT examples',
    kind: 'ssh',
    text: 'Host *\n  ServerAliveInterval 30\nHost web\n  ServerAliveInterval 300\n',
    line: 3,
    expect: all([has(/`Host web`.*cut about \*\*2 min\*\*/s), has(/every 30 s/), lacks(/may expire/), has(/AWS NAT gateway \(350 s\): kept open/)]),
  },
  {
    name: 'ServerAliveInterval 300: at or above common NAT idle timeouts',
    kind: 'ssh',
    text: 'ServerAliveInterval 300\n',
    line: 0,
    expect: all([has(/cut about \*\*20 min\*\*/), has(/many home routers \(about 5 min\): \*\*may expire\*\*/), has(/AWS NAT gateway \(350 s\): kept open/), has(/Azure Load Balancer \(default 4 min\): \*\*may expire\*\*/)]),
  },
  {
    name: 'ServerAliveCountMax 0: ssh quits even with a live server',
    kind: 'ssh',
    text: 'ServerAliveInterval 60\nServerAliveCountMax 0\n',
    line: 1,
    expect: all([has(/cut about \*\*1 min\*\*/), has(/even when the server is fine/)]),
  },
  {
    name: 'ServerAliveInterval unset (hover on the count): TCP keepalives only',
    kind: 'ssh',
    text: 'TCPKeepAlive yes\nServerAliveCountMax 3\n',
    line: 1,
    expect: all([has(/No ServerAliveInterval is set/)]),
  },
  {
    name: 'ChannelTimeout session=: shells not covered until 10.6',
    kind: 'sshd',
    text: 'ChannelTimeout session=5m\n',
    line: 0,
    expect: byTarget((t) =>
      older(t, '9.2')
        ? [has(/does not exist yet \(it arrived in 9\.2\)/), has(/TMOUT/)]
        : t === 'latest'
          ? [has(/an interactive shell: closed after \*\*5 min\*\*/), lacks(/does not cover shells/)]
          : [has(/an interactive shell: \*\*never\*\* closed/), has(/`session=` does not cover shells and commands on OpenSSH/)],
    ),
  },
  {
    name: 'ChannelTimeout session:*= and global=',
    kind: 'sshd',
    text: 'ChannelTimeout session:*=10m global=1h\n',
    line: 0,
    expect: byTarget((t) =>
      older(t, '9.2')
        ? [has(/does not exist yet/)]
        : [has(/an interactive shell: closed after \*\*10 min\*\*/), has(/an sftp session: closed after \*\*10 min\*\*/), older(t, '9.7') ? lacks(/the whole connection/) : has(/the whole connection: closed when no channel has carried data for \*\*1 h\*\*/), has(/Keepalive probes do not count/)],
    ),
  },
  {
    name: 'ChannelTimeout in Match: applied only from 10.5',
    kind: 'sshd',
    text: 'ChannelTimeout session:*=1h\nMatch User a\n  ChannelTimeout session:*=5m\n',
    line: 2,
    expect: byTarget((t) =>
      older(t, '9.2')
        ? [has(/does not exist yet/)]
        : t === 'latest'
          ? [has(/shell: closed after \*\*5 min\*\*/), lacks(/does \*\*not\*\* apply/)]
          : [has(/does \*\*not\*\* apply this Match line/), has(/shell: closed after \*\*1 h\*\*/)],
    ),
  },
  {
    name: 'ChannelTimeout (ssh): client sessions, and relabelled types from 10.4',
    kind: 'ssh',
    text: 'ChannelTimeout session=3m\n',
    line: 0,
    expect: byTarget((t) =>
      older(t, '9.6')
        ? [has(/does not exist yet \(it arrived in 9\.6\)/)]
        : t === '10.4'
          ? [has(/shell: \*\*never\*\* closed/), has(/does not cover shells/)]
          : [has(/shell: closed after \*\*3 min\*\*/)],
    ),
  },
  {
    name: 'UnusedConnectionTimeout: with and without a ChannelTimeout for shells',
    kind: 'sshd',
    text: 'ChannelTimeout session:*=30m\nUnusedConnectionTimeout 5m\n',
    line: 1,
    expect: byTarget((t) =>
      older(t, '9.2')
        ? [has(/does not exist yet \(it arrived in 9\.2\)/)]
        : [has(/no channel open\*\* for \*\*5 min\*\*/), has(/idle logout after about 35 min/), older(t, '10.3') ? has(/from 10\.3 it starts then/) : lacks(/from 10\.3/)],
    ),
  },
  {
    name: 'UnusedConnectionTimeout alone never ends an idle shell',
    kind: 'sshd',
    text: 'UnusedConnectionTimeout 5m\n',
    line: 0,
    expect: byTarget((t) => (older(t, '9.2') ? [has(/does not exist yet/)] : [has(/this alone never ends an idle interactive session/)])),
  },
  {
    name: 'LoginGraceTime: jitter from 9.9, penalties from 9.8, MaxStartups slots',
    kind: 'sshd',
    text: 'LoginGraceTime 30\nMaxStartups 10:30:60\n',
    line: 0,
    expect: byTarget((t) => [
      has(/has not logged in after \*\*30 s\*\*/),
      older(t, '9.9') ? lacks(/random 0–4 s/) : has(/plus a random 0–4 s/),
      has(/MaxStartups \(10:30:60\): at most 60/),
      older(t, '9.8') ? has(/has no PerSourcePenalties/) : has(/`grace-exceeded` penalty of 10 s/),
    ]),
  },
  {
    name: 'LoginGraceTime 0: no limit, slots can fill',
    kind: 'sshd',
    text: 'LoginGraceTime 0\n',
    line: 0,
    expect: all([has(/no limit/), has(/MaxStartups slots \(100\)/)]),
  },
  {
    name: 'LoginGraceTime: the default, and a second line that does not count',
    kind: 'sshd',
    text: 'LoginGraceTime 1m\nLoginGraceTime 5m\n',
    line: 1,
    expect: all([has(/first LoginGraceTime \(line 1\) wins/), has(/after \*\*1 min\*\*/)]),
  },
  {
    name: 'MaxStartups N: a hard limit before 10.1, 10:30:N from 10.1',
    kind: 'sshd',
    text: 'MaxStartups 50\n',
    line: 0,
    expect: byTarget((t) =>
      older(t, '10.1')
        ? [has(/50:30:50/), has(/up to 50 unauthenticated connections are accepted/), lacks(/rejects/)]
        : [has(/10:30:50/), has(/after \*\*10\*\* unauthenticated connections, \*\*30 %\*\* of new ones are refused, rising linearly \(65 % at 30\) to \*\*100 % at 50\*\*/)],
    ),
  },
  {
    name: 'MaxStartups default explained as numbers; last line wins before 10.1, first from 10.1',
    kind: 'sshd',
    text: 'MaxStartups 10:30:100\nMaxStartups 5:50:20\n',
    line: 0,
    expect: byTarget((t) =>
      older(t, '10.1')
        ? [has(/the \*\*last\*\* MaxStartups line wins \(line 2\)/), has(/after \*\*5\*\* unauthenticated connections, \*\*50 %\*\*/)]
        : [lacks(/does not count/), has(/after \*\*10\*\* unauthenticated connections, \*\*30 %\*\* of new ones are refused, rising linearly \(65 % at 55\) to \*\*100 % at 100\*\*/)],
    ),
  },
  {
    name: 'MaxStartups with PerSourceMaxStartups (8.5+) and penalties (9.8+)',
    kind: 'sshd',
    text: 'PerSourceMaxStartups 3\nMaxStartups 10:30:100\n',
    line: 1,
    expect: byTarget((t) => [
      t === '8.1' ? lacks(/PerSourceMaxStartups/) : has(/One source may hold at most 3 of them \(PerSourceMaxStartups, line 1\)/),
      older(t, '9.8') ? lacks(/PerSourcePenalties/) : has(/penalty are refused before this count/),
    ]),
  },
  {
    name: 'MaxStartups with a value sshd rejects (start > full)',
    kind: 'sshd',
    text: 'MaxStartups 20:30:10\n',
    line: 0,
    expect: all([has(/rejects `20:30:10`/), has(/10:30:100, the default/)]),
  },
  {
    name: 'PerSourcePenalties: 9.8+, defaults of the target, set values, exempt list',
    kind: 'sshd',
    text: 'PerSourcePenalties authfail:10 max:1h\nPerSourcePenaltyExemptList 10.0.0.0/8\n',
    line: 0,
    expect: byTarget((t) =>
      older(t, '9.8')
        ? [has(/does not exist yet \(it arrived in 9\.8\)/)]
        : [
            has(/penalties are \*\*on\*\*/),
            has(/\| `authfail` \| 10 s \(line 1\) \| 5 s \|/),
            has(/\| `max` \| 1 h \(line 1\) \| 10 min \|/),
            has(/\| `grace-exceeded` \| 10 s \| 10 s \|/),
            t === '10.4' || t === 'latest' ? has(/`invaliduser`/) : lacks(/`invaliduser`/),
            has(/2 failed logins in quick succession/),
            has(/Exempt \(PerSourcePenaltyExemptList, line 2\): `10\.0\.0\.0\/8`/),
          ],
    ),
  },
  {
    name: 'PerSourcePenalties no … then a sub-keyword: on again',
    kind: 'sshd',
    text: 'PerSourcePenalties no\nPerSourcePenalties crash:1m\n',
    line: 0,
    expect: byTarget((t) => (older(t, '9.8') ? [has(/does not exist yet/)] : [has(/penalties are \*\*on\*\*/)])),
  },
  {
    name: 'PerSourcePenalties no',
    kind: 'sshd',
    text: 'PerSourcePenalties no\n',
    line: 0,
    expect: byTarget((t) => (older(t, '9.8') ? [has(/does not exist yet/)] : [has(/penalties are \*\*off\*\* \(line 1\)/)])),
  },
  {
    name: 'ConnectTimeout: TCP connect and banner; per attempt from 8.0; ControlMaster from 9.4',
    kind: 'ssh',
    text: 'Host *\n  ConnectTimeout 10\n',
    line: 1,
    expect: byTarget((t) => [
      has(/not up within \*\*10 s\*\*/),
      has(/server's version banner/),
      has(/Each address and each ConnectionAttempts try gets the full time again/),
      older(t, '9.4') ? lacks(/ControlMaster/) : has(/ControlMaster socket/),
    ]),
  },
  {
    name: 'ConnectTimeout: first value wins across Host blocks',
    kind: 'ssh',
    text: 'ConnectTimeout 5\nHost slow\n  ConnectTimeout 60\n',
    line: 2,
    expect: all([has(/this line does not count: ssh takes the first ConnectTimeout that applies \(line 1\)/), has(/within \*\*5 s\*\*/)]),
  },
];

describe('#4 computed hovers at each target', () => {
  for (const c of HOVERS) {
    describe(c.name, () => {
      for (const t of TARGETS) {
        it(`at ${t}`, () => {
          const md = hover(c.text, c.kind, c.line, t);
          assert.ok(md.includes('**In this file**') || md.includes('does not exist yet') || md.includes('**On OpenSSH'), `no computed part:\n${md}`);
          for (const [re, want] of c.expect[t]) assert.equal(re.test(md), want, `${want ? 'missing' : 'unexpected'} ${re} at ${t}:\n${md}`);
        });
      }
    });
  }
});

describe('#4 inlay hints at each target', () => {
  for (const t of TARGETS) {
    it(`at ${t}: keepalive cut and MaxStartups ramp`, () => {
      const got = hints('ClientAliveInterval 300\nMaxStartups 20\n', 'sshd', t);
      assert.ok(got.includes(`0:≈ ${t === '9.2' ? '40 min' : '20 min'} dead-peer cut`), got.join(' | '));
      assert.ok(got.includes(older(t, '10.1') ? '1:refuses all beyond 20 pending' : '1:refuses 30 % from 10 pending, 100 % at 20'), got.join(' | '));
    });
  }
});

describe('#4 numbers', () => {
  it('MaxStartups refusal ramp, as sshd.c computes it', () => {
    const d = { start: 10, rate: 30, full: 100 };
    assert.deepEqual([9, 10, 55, 99, 100].map((p) => refusalPercent(d, p)), [0, 30, 65, 99, 100]);
    assert.equal(refusalPercent({ start: 20, rate: 30, full: 20 }, 19), 0);
    assert.equal(refusalPercent({ start: 20, rate: 30, full: 20 }, 20), 100);
  });
  it('penalty events before a source is refused (more than min outstanding)', () => {
    assert.equal(eventsToBlock(5, 15), 4);
    assert.equal(eventsToBlock(90, 15), 1);
    assert.equal(eventsToBlock(1, 15), 16);
  });
});

describe('#4 snippets at each target', () => {
  const labels = (text: string, kind: Kind, line: number, character: number, t: Target) =>
    service
      .complete(open(text, kind, t), { line, character }, { targetVersion: t })
      .items.filter((i) => i.kind === 15)
      .map((i) => `${i.label}=${i.detail}`);
  for (const t of TARGETS) {
    it(`at ${t}`, () => {
      const sshd = labels('\n', 'sshd', 0, 0, t);
      const old = older(t, '9.2');
      assert.equal(sshd.includes('idle-logout=Server idle logout (OpenSSH 9.2+)'), !old, sshd.join(' | '));
      assert.equal(sshd.includes('idle-logout=Server idle logout note (before OpenSSH 9.2)'), old, sshd.join(' | '));
      assert.ok(sshd.includes('client-alive=Server keepalive (dead-peer detection)'));
      assert.ok(labels('\n', 'ssh', 0, 0, t).includes('keepalive=Client keepalive for NAT'));
      // Inside Match the idle logout is offered only where sshd applies ChannelTimeout from Match (10.5+).
      const inMatch = labels('Match User a\n  \n', 'sshd', 1, 2, t);
      assert.equal(inMatch.some((l) => l.startsWith('idle-logout=Server idle logout (')), t === 'latest', inMatch.join(' | '));
    });
  }
  it('the idle-logout snippet writes session:* and UnusedConnectionTimeout with placeholders', () => {
    const item = service.complete(open('\n', 'sshd', 'latest'), { line: 0, character: 0 }, { targetVersion: 'latest' }).items.find((i) => i.detail === 'Server idle logout (OpenSSH 9.2+)');
    const text = (item?.textEdit as { newText: string } | undefined)?.newText ?? '';
    assert.match(text, /^ChannelTimeout session:\*=\$\{1:30m\}$/m);
    assert.match(text, /^UnusedConnectionTimeout \$\{2:5m\}$/m);
    assert.match((item?.documentation as { value: string }).value, /ChannelTimeout session:\*=30m\nUnusedConnectionTimeout 5m/);
  });
});
