// First value wins, within one scope. For most keywords OpenSSH keeps the
// first value it reads and skips later lines: the parsers guard assignments
// with `if (*activep && *intptr == -1)` (servconf.c / readconf.c
// process_*_config_line, every tag 7.0–10.5). Within the global part or within
// one Host/Match block every later line of the same keyword is therefore
// ignored — for every connection, so it can never take effect.
//
// Across scopes it is different and left to other rules:
//   - sshd re-reads the file for each connection with only the matching Match
//     blocks active and copies what they set over the global values
//     (parse_server_match_config / copy_set_server_options, servconf.c), so a
//     Match block's value overrides an earlier global one: never flagged.
//   - ssh reads global lines and every matching Host/Match block in file
//     order, first value wins across all of them: rules/shadowing.ts.
//
// Exceptions (FACTS.md §8, checked in servconf.c/readconf.c of the tags):
//   - accumulating keywords (Port, HostKey, AllowUsers, IdentityFile, SendEnv,
//     the forwards, Include…): every line counts, never flagged;
//   - "first line wins": the whole list of the first line is used (AuthorizedKeysFile,
//     AuthenticationMethods, ChannelTimeout, SetEnv…): flagged like first-wins;
//   - last value wins (no `== -1` guard): the EARLIER line is the one that is
//     overridden. sshd FingerprintHash (all releases), StreamLocalBindMask
//     (both files, until 10.6), IPQoS (until 10.2: V_10_3_P1 servconf.c adds
//     `ip_qos_interactive == -1`), MaxStartups and PerSourceNetBlockSize
//     (until 10.0: V_10_1_P1 adds `max_startups == -1`), PerSourceMaxStartups
//     (until 9.4: V_9_5_P1 adds `per_source_max_startups == -1`);
//   - ssh SyslogFacility is set without looking at Host/Match scope
//     (readconf.c case oLogFacility: no *activep test): the first line of the
//     file wins wherever it stands;
//   - Subsystem is first-wins per name: rules/duplicateSubsystem.ts;
//   - an ssh time value `none` leaves the option unset (readconf.c parse_time:
//     `value = -1`), so such a line never wins;
//   - sshd UnusedConnectionTimeout `none` is assigned without the guard, so it
//     overrides an earlier time (and a later time is still ignored).
// Aliases count as their keyword (ChallengeResponseAuthentication sets
// KbdInteractiveAuthentication).

import { keywordDoc } from '../openssh/docs';
import type { RepeatBehaviour } from '../openssh/docs/types';
import { keywordResolver } from '../openssh/keywords';
import type { FileKind } from '../openssh/types';
import { versionKey } from '../openssh/version';
import { newMemo, type ConfigDocument, type Directive } from '../parser/types';
import { checkValue } from '../semantics/values';
import { directiveSequence, type SequenceItem } from '../semantics/sequence';
import { memoKey } from './memo';
import type { Fix, Rule, TextEdit } from './types';

const CHECKED = new Set(['flag', 'enum', 'integer', 'time', 'port']);

/** Keywords whose repeats a dedicated rule reports already (channel-timeout-ignored). */
export const REPORTED_ELSEWHERE: ReadonlySet<string> = new Set(['channeltimeout']);

/** Releases up to which a keyword's later line overrides the earlier one (first-wins from the release after; 'all': every release). */
const LAST_WINS_UNTIL: Record<FileKind, Record<string, string>> = {
  sshd: { ipqos: '10.2', maxstartups: '10.0', persourcenetblocksize: '10.0', persourcemaxstartups: '9.4', streamlocalbindmask: '10.5', fingerprinthash: 'all' },
  ssh: { streamlocalbindmask: '10.5' },
};

export type Repeat = RepeatBehaviour | 'file-wide-first-wins';

/** How OpenSSH `target` treats a repeat of the canonical keyword `name` (lower case). */
export function repeatAt(kind: FileKind, name: string, target: string): Repeat | undefined {
  const until = LAST_WINS_UNTIL[kind][name];
  if (until !== undefined) return until === 'all' || versionKey(target) <= versionKey(until) ? 'last-wins' : 'first-wins';
  if (kind === 'ssh' && name === 'syslogfacility') return 'file-wide-first-wins';
  return keywordDoc(kind, name)?.repeat;
}

/**
 * The canonical lower-case keyword a line sets, or undefined when the line
 * sets nothing OpenSSH keeps (unknown, deprecated, ignored, a Host/Match line,
 * no value).
 */
export function settingKey(resolve: ReturnType<typeof keywordResolver>, d: Directive, kind: FileKind, target: string): string | undefined {
  if (d.bare || d.name === 'host' || d.name === 'match') return undefined;
  const { info, era } = resolve(d.name);
  if (!info || !era) return undefined;
  // A value OpenSSH rejects sets nothing (and invalid-value reports the line).
  const spec = info.doc?.value;
  if (spec && CHECKED.has(spec.kind) && !d.raw && (!d.args.length || d.args[0].value === '' || checkValue(spec, d.args, kind, target))) return undefined;
  if (era.status === 'alias') return era.aliasOf?.toLowerCase();
  if (era.status === 'active' || era.status === 'conditional') return d.name;
  return undefined;
}

/** What one line sets, as the whole-file rules need it. */
export interface Setting {
  /** canonical lower-case keyword */
  key: string;
  repeat: Repeat | undefined;
  /** the line gives the option a value (an ssh time `none` does not) */
  sets: boolean;
}

const NO_SETTING = null;
interface SettingMemo {
  at: string;
  value: Setting | null;
}

/**
 * A lookup of what each line sets at `kind`/`target`, remembered on the line
 * (Directive.memo survives edits elsewhere, parser.ts reparse) when `remember`
 * is set, so an edit re-reads only the lines it touched. Take it once per check.
 */
export function settingLookup(kind: FileKind, target: string, remember: boolean | undefined): (d: Directive) => Setting | undefined {
  const resolve = keywordResolver(kind, target);
  const at = memoKey(kind, target);
  const repeats = new Map<string, Repeat | undefined>();
  const compute = (d: Directive): Setting | null => {
    const key = settingKey(resolve, d, kind, target);
    if (!key) return NO_SETTING;
    let repeat = repeats.get(key);
    if (repeat === undefined && !repeats.has(key)) repeats.set(key, (repeat = repeatAt(kind, key, target)));
    return { key, repeat, sets: setsValue(kind, key, d) };
  };
  if (!remember) return (d) => compute(d) ?? undefined;
  return (d) => {
    const hit = d.memo?.setting as SettingMemo | undefined;
    if (hit && hit.at === at) return hit.value ?? undefined;
    const value = compute(d);
    (d.memo ??= newMemo()).setting = { at, value } satisfies SettingMemo;
    return value ?? undefined;
  };
}

/**
 * sshd UnusedConnectionTimeout `none` (any case) sets the option whatever an
 * earlier line set: servconf.c case sUnusedConnectionTimeout assigns 0 under
 * `*activep` only (V_9_2_P1 … V_10_5_P1), while a time goes through
 * parse_time's first-wins guard.
 */
function noneOverrides(kind: FileKind, key: string, d: Directive): boolean {
  return kind === 'sshd' && key === 'unusedconnectiontimeout' && d.args.length > 0 && d.args[0].value.toLowerCase() === 'none';
}

/** The line sets the option (an ssh time `none` leaves it unset). */
export function setsValue(kind: FileKind, key: string, d: Directive): boolean {
  if (kind !== 'ssh' || d.args.length !== 1 || d.args[0].value !== 'none') return true;
  const spec = keywordDoc(kind, key)?.value;
  return !(spec?.kind === 'time' && spec.none);
}

/** The source text of a directive's value (its arguments, or the raw rest of the line). */
export function valueText(doc: ConfigDocument, d: Directive): string | undefined {
  if (d.raw) return d.raw.text;
  if (!d.args.length) return undefined;
  return doc.lineText(d.line).slice(d.args[0].start, d.args[d.args.length - 1].end);
}

/** The span of a directive's value, for replacing it. */
function valueSpan(d: Directive) {
  if (d.raw) return { line: d.line, start: d.raw.start, end: d.raw.end };
  return { line: d.line, start: d.args[0].start, end: d.args[d.args.length - 1].end };
}

/** Remove a directive's line; a trailing comment stays, on a line of its own. */
export function removeKeepingComment(doc: ConfigDocument, d: Directive): TextEdit {
  if (!d.comment) return { span: d, newText: '', wholeLines: { endLine: d.line } };
  const indent = doc.lineText(d.line).slice(0, d.start);
  return { span: d, newText: `${indent}${d.comment.text}\n`, wholeLines: { endLine: d.line } };
}

const keywordLabel = (resolve: ReturnType<typeof keywordResolver>, key: string, d: Directive) =>
  resolve(key).info?.facts.name ?? d.keyword.value;

export const firstValueWinsRule: Rule = {
  id: 'duplicate-keyword-ignored',
  codes: ['duplicate-keyword-ignored', 'duplicate-keyword-overridden'],
  check(doc, ctx, report) {
    const { kind, target, remember } = ctx;
    const resolve = keywordResolver(kind, target);
    const settingOf = settingLookup(kind, target, remember);
    const program = kind === 'sshd' ? 'sshd' : 'ssh';
    const holders = new Holders();
    const seq = directiveSequence(doc, ctx);
    for (let i = 0; i < seq.length; i++) {
      const item = seq[i];
      const d = item.directive;
      if (d.name === 'include') holders.included(item.scope);
      const setting = settingOf(d);
      if (!setting) continue;
      const { key, repeat } = setting;
      if (!repeat || repeat === 'accumulate' || repeat === 'per-name' || repeat === 'fatal-duplicate' || REPORTED_ELSEWHERE.has(key)) continue;
      const scopeKey = repeat === 'file-wide-first-wins' ? FILE_WIDE : item.scope;
      const earlier = holders.get(scopeKey, key);
      if (repeat === 'last-wins') {
        holders.set(scopeKey, key, item);
        if (!earlier || earlier.uri !== undefined) continue;
        const e = earlier.directive;
        const label = keywordLabel(resolve, key, d);
        report({
          code: 'duplicate-keyword-overridden',
          severity: 'warning',
          message: `${label} is set again on line ${d.line + 1}${where(item)}: for this keyword ${program} ${target} keeps the last value it reads, so this line has no effect.`,
          span: e.keyword,
          tags: ['unnecessary'],
          related: [{ span: d.keyword, message: 'the value in effect', uri: item.uri }],
          fixes: [{ title: `Remove this ${label} line`, edits: [removeKeepingComment(doc, e)] }],
        });
        continue;
      }
      if (!earlier) {
        if (setting.sets) holders.set(scopeKey, key, item);
        continue;
      }
      if (noneOverrides(kind, key, d)) {
        // sshd UnusedConnectionTimeout none: set whatever came before (see the header).
        holders.set(scopeKey, key, item);
        if (earlier.uri !== undefined) continue;
        const e = earlier.directive;
        const label = keywordLabel(resolve, key, d);
        report({
          code: 'duplicate-keyword-overridden',
          severity: 'warning',
          message: `${label} none on line ${d.line + 1} overrides this line: sshd applies "none" even after a value was set, so this line has no effect.`,
          span: e.keyword,
          tags: ['unnecessary'],
          related: [{ span: d.keyword, message: 'the value in effect' }],
          fixes: [{ title: `Remove this ${label} line`, edits: [removeKeepingComment(doc, e)] }],
        });
        continue;
      }
      if (item.uri !== undefined) continue; // a line of an Included file: reported when that file is checked
      const w = earlier.directive;
      const label = keywordLabel(resolve, key, d);
      const whole = repeat === 'first-line-wins' ? ' (the whole list of the first line is used)' : '';
      const scopeWords = repeat === 'file-wide-first-wins' ? 'in this file, whatever Host or Match block it stands in' : scopeName(item);
      const fixes: Fix[] = [{ title: `Remove this ignored ${label} line`, edits: [removeKeepingComment(doc, d)] }];
      const v = valueText(doc, d);
      if (earlier.uri === undefined && v !== undefined && valueText(doc, w) !== undefined && v !== valueText(doc, w)) {
        fixes.push({
          title: `Use this value on line ${w.line + 1} (the line that wins) and remove this one`,
          edits: [{ span: valueSpan(w), newText: v }, removeKeepingComment(doc, d)],
        });
      }
      report({
        code: 'duplicate-keyword-ignored',
        severity: 'warning',
        message: `${label} is already set on line ${w.line + 1}${where(earlier)} ${scopeWords}; ${program} uses the first value it reads${whole}, so this line is ignored.`,
        span: d.keyword,
        tags: ['unnecessary'],
        related: [{ span: w.keyword, message: `the ${label} line that wins`, uri: earlier.uri }],
        fixes,
      });
    }
  },
};

const FILE_WIDE = '*';

/**
 * The line holding each keyword's value, per scope ('*': file-wide keywords).
 * A scope's lines come in one run, except that an Include inside it reads
 * other files (which may open blocks of their own) before its next line. So
 * the table keeps, per keyword, only the line of the scope that set it last,
 * and keeps a displaced line only when its scope read an Include and may
 * come back: no table per block (a large file has thousands), no allocation
 * per line.
 */
class Holders {
  private readonly item = new Map<string, SequenceItem>();
  private readonly scope = new Map<string, unknown>();
  /** scopes that read an Include (they may resume after the included files' blocks) */
  private resumable: Set<unknown> | undefined;
  /** displaced lines of resumable scopes: scope → keyword → line */
  private parked: Map<unknown, Map<string, SequenceItem>> | undefined;

  included(scope: unknown): void {
    (this.resumable ??= new Set()).add(scope);
  }

  get(scope: unknown, key: string): SequenceItem | undefined {
    if (this.scope.get(key) === scope) return this.item.get(key);
    return this.parked?.get(scope)?.get(key);
  }

  set(scope: unknown, key: string, item: SequenceItem): void {
    const was = this.scope.get(key);
    if (was !== undefined && was !== scope && this.resumable?.has(was)) {
      let m = (this.parked ??= new Map()).get(was);
      if (!m) this.parked.set(was, (m = new Map()));
      m.set(key, this.item.get(key)!);
    }
    this.scope.set(key, scope);
    this.item.set(key, item);
  }
}

/** " of /etc/ssh/sshd_config.d/10-a.conf" for a line of an Included file, "" for this document. */
export function where(item: SequenceItem): string {
  if (item.uri === undefined) return '';
  let path = item.uri;
  try {
    if (path.startsWith('file://')) path = decodeURIComponent(path.slice(7));
  } catch {
    /* keep the uri */
  }
  return ` of ${path}`;
}

function scopeName(item: SequenceItem): string {
  const h = item.scope.section.header;
  if (!h) return 'in the global part';
  return `in the same ${h.keyword.value} block (line ${h.line + 1})`;
}
