// ChannelTimeout (sshd_config from 9.2, ssh_config from 9.6): what the
// target's parser refuses, and lines it accepts that do not do what they say.
// Facts: FACTS.md §4, servconf.c / readconf.c (case sChannelTimeout /
// oChannelTimeout), misc.c parse_pattern_interval(), channels.c, session.c,
// clientloop.c; openssh/channels.ts lists the channel types per release.
//
// Codes:
//   channel-timeout          an entry the parser refuses (error); a fraction
//                            10.3–10.5 silently truncate (warning)
//   channel-timeout-type     a TYPE that matches no channel of the target
//   channel-timeout-session  `session=…` that misses shells/commands (bz3994, ≤ 10.5)
//   channel-timeout-match    sshd ChannelTimeout in Match, not applied before 10.5
//   channel-timeout-ignored  a later ChannelTimeout line that never applies (first line wins)

import {
  CLIENT_SESSION_XTYPE_SINCE,
  DOCUMENTED_CHANNEL_TYPES,
  FRACTION_HONOURED_SINCE,
  GLOBAL_SINCE,
  MATCH_APPLIED_SINCE,
  SESSION_RELABEL_FIXED,
  channelTypes,
  matchPattern,
  patternMatchesSomeChannel,
} from '../openssh/channels';
import { keywordResolver } from '../openssh/keywords';
import type { FileKind } from '../openssh/types';
import { versionKey } from '../openssh/version';
import type { Directive, Span, Token } from '../parser/types';
import { humanDuration, parseTime } from '../semantics/time';
import { suggest } from '../util/suggest';
import { lineMemo } from './memo';
import type { Finding, Fix, Rule } from './types';

const RULE = 'channel-timeout';
const SYNTAX = 'channel-timeout';
const TYPE = 'channel-timeout-type';
const SESSION = 'channel-timeout-session';
const MATCH = 'channel-timeout-match';
const IGNORED = 'channel-timeout-ignored';

const before = (target: string, release: string) => versionKey(target) < versionKey(release);
const FILE: Record<FileKind, string> = { sshd: 'sshd', ssh: 'ssh' };

export const channelTimeoutRule: Rule = {
  id: RULE,
  codes: [SYNTAX, TYPE, SESSION, MATCH, IGNORED],
  check(doc, ctx, report) {
    const resolve = keywordResolver(ctx.kind, ctx.target);
    const lines = lineMemo(RULE, ctx);
    const checkOne = (d: Directive) => checkLine(d, ctx.kind, ctx.target);
    const first = new Map<number, Directive>();
    // One message string for every such line, not one per line (a file may have thousands of Match blocks).
    let matchMessage: string | undefined;
    for (const d of doc.directives) {
      if (d.name !== 'channeltimeout' || d.bare || d.raw || d.args.length === 0) continue;
      const { era } = resolve(d.name);
      if (!era || (era.status !== 'active' && era.status !== 'conditional' && era.status !== 'alias')) continue;
      for (const f of lines(d, checkOne)) report(f);
      const section = doc.sections[d.section];
      // sshd before 10.5 reads Match values (sshd -T shows them) but sets the channel timeouts up before Match is evaluated.
      if (ctx.kind === 'sshd' && section?.kind === 'match' && before(ctx.target, MATCH_APPLIED_SINCE)) {
        report({
          code: MATCH,
          severity: 'warning',
          message: (matchMessage ??= `OpenSSH ${ctx.target} does not apply ChannelTimeout from a Match block: "sshd -T -C ..." shows it, but connections keep the global value. Match blocks take effect from 10.5; move the line above the first Match to apply it to everyone.`),
          span: d.keyword,
          related: section.header ? [{ span: section.header.keyword, message: 'the Match block' }] : undefined,
        });
      }
      // First ChannelTimeout line wins: sshd keeps the first active line (the global part and each Match
      // block are separate passes); ssh the first line of any block that applies, and the part before any
      // Host/Match always applies.
      const earlier = first.get(d.section) ?? (ctx.kind === 'ssh' && d.section !== 0 ? first.get(0) : undefined);
      if (earlier) {
        report({
          code: IGNORED,
          severity: 'warning',
          message: `This ChannelTimeout line is ignored: ${FILE[ctx.kind]} uses only the first ChannelTimeout line that applies (line ${earlier.line + 1}). Put all TYPE=INTERVAL entries on one line.`,
          span: { line: d.line, start: d.keyword.start, end: d.args[d.args.length - 1].end },
          tags: ['unnecessary'],
          related: [{ span: earlier.keyword, message: 'the ChannelTimeout line that applies' }],
        });
      } else if (!first.has(d.section)) first.set(d.section, d);
    }
  },
};

/** The span of the TYPE part of `tok` when it can be edited in place (unquoted). */
function typeSpan(tok: Token, eq: number): Span | undefined {
  return tok.quoted ? undefined : { line: tok.line, start: tok.start, end: tok.start + eq };
}

function retype(tok: Token, eq: number, to: string[], titled: (t: string) => string): Fix[] | undefined {
  const span = typeSpan(tok, eq);
  if (!span || !to.length) return undefined;
  return to.map((t, i) => ({ title: titled(t), edits: [{ span, newText: t }], preferred: i === 0 }));
}

/** Findings of one line: they depend on the line, the file kind and the target only. */
function checkLine(d: Directive, kind: FileKind, target: string): Finding[] {
  const out: Finding[] = [];
  const args = d.args;
  const k = versionKey(target);
  const newNone = k >= versionKey(GLOBAL_SINCE); // 9.7 rewrote the loop and counts entries correctly
  for (let i = 0; i < args.length; i++) {
    const tok = args[i];
    const value = tok.value;
    if (value.toLowerCase() === 'none') {
      if (args.length === 1) continue;
      if (newNone || i < args.length - 1) {
        out.push({
          code: SYNTAX,
          severity: 'error',
          message: `ChannelTimeout "none" cannot be combined with other entries; OpenSSH ${target} rejects the line. Write "ChannelTimeout none" alone, or drop "none".`,
          span: tok,
        });
      } else {
        // 9.2–9.6: the "alone" check looks at a counter that is never incremented, so a trailing "none" passes
        // the parser, is kept as an entry, and the per-connection setup stops on it (fatal "internal error: bad timeout none").
        out.push({
          code: SYNTAX,
          severity: 'error',
          message: `OpenSSH ${target} accepts a trailing "none" here, keeps it as a timeout entry and then aborts every connection ("internal error: bad timeout none"). Drop "none".`,
          span: tok,
        });
      }
      continue;
    }
    const eq = value.indexOf('=');
    if (eq < 0 || eq === 0) {
      out.push({
        code: SYNTAX,
        severity: 'error',
        message:
          eq < 0
            ? `"${value}" is not a TYPE=INTERVAL entry; OpenSSH ${target} stops with "invalid channel timeout".`
            : `"${value}" has no channel type before "="; OpenSSH ${target} stops with "invalid channel timeout".`,
        span: tok,
      });
      continue;
    }
    const type = value.slice(0, eq);
    const interval = value.slice(eq + 1);
    const time = parseTime(interval, target);
    if (!time.ok) {
      out.push({
        code: SYNTAX,
        severity: 'error',
        message: `"${interval}" is not a time OpenSSH ${target} can read (${time.reason}); it stops with "invalid channel timeout".`,
        span: tok,
      });
      continue;
    }
    if (time.fractional && k < versionKey(FRACTION_HONOURED_SINCE)) {
      const whole = Math.floor(time.seconds);
      out.push({
        code: SYNTAX,
        severity: 'warning',
        message: `OpenSSH ${target} reads "${interval}" but drops the fraction: ${whole === 0 ? '0 seconds, which means no timeout at all' : humanDuration(whole)}. ChannelTimeout keeps fractions of a second from 10.6.`,
        span: tok,
      });
    }
    out.push(...checkType(tok, eq, type, kind, target));
  }
  return out;
}

function checkType(tok: Token, eq: number, type: string, kind: FileKind, target: string): Finding[] {
  const k = versionKey(target);
  const span: Span = typeSpan(tok, eq) ?? tok;
  if (type === 'global') {
    if (k >= versionKey(GLOBAL_SINCE)) return [];
    return [
      {
        code: TYPE,
        severity: 'warning',
        message: `"global" arrived in OpenSSH ${GLOBAL_SINCE}; ${target} takes it as an ordinary channel type, which no channel has, so this entry does nothing.`,
        span,
      },
    ];
  }
  if (kind === 'sshd' && type === 'tun-connection') {
    return [
      {
        code: TYPE,
        severity: 'warning',
        message: 'sshd names tunnel channels "tun", not "tun-connection" (that name is the client\'s), so this entry matches nothing on the server.',
        span,
        fixes: retype(tok, eq, ['tun'], (t) => `Change to "${t}"`),
      },
    ];
  }
  if (!patternMatchesSomeChannel(type, kind, target)) {
    const clientSession = kind === 'ssh' && before(target, CLIENT_SESSION_XTYPE_SINCE) && type.startsWith('session:');
    const candidates = [
      ...DOCUMENTED_CHANNEL_TYPES.map((t) => (kind === 'sshd' && t === 'tun-connection' ? 'tun' : t)),
      ...channelTypes(kind, target).filter((t) => t.startsWith('session:') && t !== 'session:subsystem:sftp'),
      ...(kind === 'sshd' || !before(target, CLIENT_SESSION_XTYPE_SINCE) ? ['session:*'] : []),
      ...(kind === 'ssh' ? ['dynamic-tcpip', 'stdio-forward'] : []),
      ...(k >= versionKey(GLOBAL_SINCE) ? ['global'] : []),
    ];
    const to = clientSession ? ['session'] : suggest(type, candidates, 3);
    return [
      {
        code: TYPE,
        severity: 'warning',
        message: clientSession
          ? `ssh before ${CLIENT_SESSION_XTYPE_SINCE} never relabels its session channels, so "${type}" matches nothing on OpenSSH ${target}; use "session".`
          : `No ${FILE[kind]} channel of OpenSSH ${target} is of type "${type}" (types are case-sensitive), so this entry does nothing.${to.length ? ` Did you mean "${to[0]}"?` : ''}`,
        span,
        fixes: retype(tok, eq, to, (t) => `Change to "${t}"`),
      },
    ];
  }
  // bz3994: sessions are relabelled session:shell / session:command / session:subsystem:NAME and the
  // timeout looked up again with the new name, which a plain "session" pattern no longer matches (fixed in 10.6).
  const relabels = kind === 'sshd' || !before(target, CLIENT_SESSION_XTYPE_SINCE);
  if (relabels && before(target, SESSION_RELABEL_FIXED) && matchPattern('session', type) && !['session:shell', 'session:command', 'session:subsystem:sftp'].some((x) => matchPattern(x, type))) {
    return [
      {
        code: SESSION,
        severity: 'warning',
        message: `On OpenSSH ${target} "${type}" only covers a session until it starts a shell, command or subsystem: the channel is then renamed "session:shell", "session:command" or "session:subsystem:NAME" and this entry no longer applies (bz3994, fixed in ${SESSION_RELABEL_FIXED}). Use "session:*".`,
        span,
        fixes: retype(tok, eq, ['session:*'], () => 'Change to "session:*"'),
      },
    ];
  }
  return [];
}
