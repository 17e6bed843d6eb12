// The keepalive mistakes behind this project (FACTS.md §2–§3):
//   client-alive-count-max-zero   sshd, target ≥ 8.2: `ClientAliveCountMax 0` disables
//                                 the disconnection (it meant the opposite before 8.2).
//   server-alive-count-max-zero   ssh: `ServerAliveCountMax 0` quits after one silent
//                                 interval, even when the server is alive.
//   keepalive-is-not-idle-timeout sshd: ClientAlive* set up as if it ended idle sessions
//                                 (a long dead-peer cut, or a comment about idle users).

import { versionKey } from '../openssh/version';
import type { ConfigDocument, Directive } from '../parser/types';
import { formatTime, humanDuration } from '../semantics/time';
import { directiveSequence } from '../semantics/sequence';
import { keepaliveInterval, keepaliveScope } from '../semantics/timeouts';
import type { Fix, Rule } from './types';


/** Where lines for every connection go: the end of the global part, above the first Match/Host block. */
/** The keywords the document's own global part sets. */
function globalNames(doc: ConfigDocument): Set<string> {
  return new Set(doc.sections[0].directives.map((d) => d.name));
}

function globalInsertLine(doc: ConfigDocument): number {
  return doc.sections.length > 1 ? doc.sections[1].startLine : doc.lineCount;
}

export interface IdleLogoutOptions {
  /** close shells, commands and subsystems idle this long (ChannelTimeout session:*) */
  sessions?: boolean;
  /** also close forwarded connections idle this long (ChannelTimeout direct-tcpip, forwarded-tcpip…) */
  forwards?: boolean;
  /** end connections with no channel open this long (UnusedConnectionTimeout) */
  unused?: boolean;
}

/**
 * The edit that adds an idle logout that works on the target (9.2+), or
 * undefined (ssh_config, an older target, or one already there). Used by the
 * quick fixes and by the "Add idle logout…" command.
 */
export function idleLogoutFix(
  doc: ConfigDocument,
  target: string,
  seconds: number,
  options: IdleLogoutOptions = { sessions: true, unused: true },
  alreadySet: ReadonlySet<string> = globalNames(doc),
): Fix | undefined {
  if (doc.kind !== 'sshd' || versionKey(target) < versionKey('9.2')) return undefined;
  // A keyword the global part already sets (here or in a file Included before) keeps its first
  // value: a second line would be ignored, so leave that part out.
  if (alreadySet.has('channeltimeout')) options = { ...options, sessions: false, forwards: false };
  if (alreadySet.has('unusedconnectiontimeout')) options = { ...options, unused: false };
  const t = formatTime(Math.max(60, seconds));
  // `session:*` covers shells, commands and subsystems; plain `session=` does not before 10.6 (bz3994).
  const channels = [
    ...(options.sessions ? [`session:*=${t}`] : []),
    ...(options.forwards ? [`direct-tcpip=${t}`, `direct-streamlocal@openssh.com=${t}`, `forwarded-tcpip=${t}`, `forwarded-streamlocal@openssh.com=${t}`] : []),
  ];
  if (!channels.length && !options.unused) return undefined;
  const text =
    `# End sessions idle for ${humanDuration(seconds)}: keepalives only detect dead clients.\n` +
    (channels.length ? `ChannelTimeout ${channels.join(' ')}\n` : '') +
    (options.unused ? `UnusedConnectionTimeout ${t}\n` : '');
  const line = globalInsertLine(doc);
  const atEnd = line >= doc.lineCount;
  const lastLine = Math.max(0, doc.lineCount - 1);
  const endCol = doc.lineText(lastLine).length;
  const parts = [channels.length ? 'ChannelTimeout' : '', options.unused ? 'UnusedConnectionTimeout' : ''].filter(Boolean).join(', ');
  return {
    title: `Add an idle logout after ${humanDuration(seconds)} (${parts})`,
    edits: [
      atEnd
        ? { span: { line: lastLine, start: endCol, end: endCol }, newText: endCol > 0 ? `\n${text}` : text }
        : { span: { line, start: 0, end: 0 }, newText: text },
    ],
  };
}

function setCountFix(d: Directive, value: string): Fix {
  return { title: `Set ${d.keyword.value} ${value}`, edits: [{ span: d.args[0], newText: value }], preferred: true };
}

const IDLE_WORDS = /\b(idle|inactiv\w*|log ?out|logged out|auto-?logout|timeout|time out|disconnect\w*)\b/i;

/** `TCPKeepAlive no` with no in-protocol keepalive anywhere: dead peers linger. */
function tcpKeepaliveOff(doc: ConfigDocument, target: string, report: Parameters<Rule['check']>[2]): void {
  const off = doc.sections[0].directives.find((d) => d.name === 'tcpkeepalive' && d.args[0]?.value.toLowerCase() === 'no');
  if (!off) return;
  const interval = doc.kind === 'sshd' ? 'clientaliveinterval' : 'serveraliveinterval';
  if (doc.directives.some((d) => d.name === interval)) return;
  const scope = keepaliveScope(doc, doc.sections[0], target);
  if (scope.interval) return;
  const add = doc.kind === 'sshd' ? 'ClientAliveInterval 300' : 'ServerAliveInterval 60';
  const end = doc.lineText(off.line).length;
  report({
    code: 'tcp-keepalive-off',
    severity: 'hint',
    message:
      doc.kind === 'sshd'
        ? 'TCPKeepAlive no and no ClientAliveInterval: a client that vanishes (a laptop that lost its network, a NAT box that forgot the connection) leaves its session and sshd process behind until something is written to it.'
        : 'TCPKeepAlive no and no ServerAliveInterval: a server or network that vanishes leaves ssh hanging, and a NAT box may forget a quiet connection.',
    span: off.args[0],
    fixes: [{ title: `Add "${add}" (encrypted, in-protocol probes)`, edits: [{ span: { line: off.line, start: end, end }, newText: `\n${add}` }] }],
  });
}

export const keepaliveRule: Rule = {
  id: 'keepalive',
  codes: ['client-alive-count-max-zero', 'server-alive-count-max-zero', 'keepalive-is-not-idle-timeout', 'tcp-keepalive-off'],
  check(doc, ctx, report) {
    const { kind, target } = ctx;
    tcpKeepaliveOff(doc, target, report);
    if (kind === 'ssh') {
      for (const d of doc.directives) {
        if (d.name !== 'serveralivecountmax' || d.args[0]?.value !== '0') continue;
        report({
          code: 'server-alive-count-max-zero',
          severity: 'warning',
          message:
            'ServerAliveCountMax 0 makes ssh quit after one ServerAliveInterval without data from the server, even when the server is fine and the session is only idle. Use at least 1 (the default is 3).',
          span: d.args[0],
          fixes: [setCountFix(d, '3')],
        });
      }
      return;
    }
    const k = versionKey(target);
    // One scope per section and one idle-logout fix per interval, however many lines share them
    // (a file with a `ClientAliveCountMax 0` in each of thousands of Match blocks).
    const intervals = new Map<number, number>();
    const idleFixes = new Map<number, Fix | undefined>();
    let zeroMessage: string | undefined;
    for (const d of doc.directives) {
      if (d.name !== 'clientalivecountmax' || d.args[0]?.value !== '0' || k < versionKey('8.2')) continue;
      let interval = intervals.get(d.section);
      if (interval === undefined) intervals.set(d.section, (interval = keepaliveInterval(doc, doc.sections[d.section], target) || 600));
      let idle = idleFixes.get(interval);
      if (!idleFixes.has(interval)) idleFixes.set(interval, (idle = idleLogoutFix(doc, target, interval)));
      report({
        code: 'client-alive-count-max-zero',
        severity: 'warning',
        message: (zeroMessage ??=
          `Since OpenSSH 8.2, ClientAliveCountMax 0 turns the disconnection off: sshd ${target} never drops a client for not answering. ` +
          'Old hardening guides use 0 as an idle logout because that is what it did before 8.2.'),
        span: d.args[0],
        fixes: idle ? [setCountFix(d, '3'), idle] : [setCountFix(d, '3')],
      });
    }
    // ClientAlive* set up as an idle timeout: in the global part only, once.
    const global = doc.sections[0];
    const scope = keepaliveScope(doc, global, target);
    const at = scope.intervalFrom && scope.intervalFrom.section === 0 ? scope.intervalFrom : undefined;
    if (!at || !scope.interval || scope.countMax === 0) return;
    // An idle logout is already there (in this file's global part or in an Included file's,
    // e.g. a drop-in read first): nothing to explain. Before 9.2 such a line is not an idle
    // logout at all (the keyword is unknown there and flagged on its own), so explain anyway.
    // Only ChannelTimeout ends an idle shell: UnusedConnectionTimeout waits for the last channel
    // to close, so on its own it leaves an open idle session connected (FACTS.md §4).
    const globalSet = new Set<string>();
    for (const it of directiveSequence(doc, ctx)) if (it.scope.id === 'global') globalSet.add(it.directive.name);
    if (k >= versionKey('9.2') && globalSet.has('channeltimeout')) return;
    const near = doc.comments.filter((c) => c.line >= at.line - 4 && c.line <= (scope.countFrom?.line ?? at.line) + 1);
    const saysIdle = near.some((c) => IDLE_WORDS.test(c.text));
    // "Long": an hour or more, or a count far beyond what dead-peer detection needs.
    if (!saysIdle && (scope.cutAfter ?? 0) < 3600 && scope.countMax < 10) return;
    const intended = scope.interval * Math.max(1, scope.countMax);
    const fix = idleLogoutFix(doc, target, intended, undefined, globalSet);
    report({
      code: 'keepalive-is-not-idle-timeout',
      severity: 'information',
      message:
        `ClientAliveInterval/ClientAliveCountMax only drop clients that stopped answering (here after about ${humanDuration(scope.cutAfter ?? 0)}). ` +
        'A client that is idle but still running answers the probes and stays connected for ever. ' +
        (k >= versionKey('9.2')
          ? 'To end idle sessions, add ChannelTimeout session:*=TIME and UnusedConnectionTimeout, or set TMOUT in the shell.'
          : `OpenSSH ${target} has no idle timeout of its own (ChannelTimeout arrived in 9.2): use the shell's TMOUT.`),
      span: at.keyword,
      fixes: fix ? [fix] : undefined,
    });
  },
};
