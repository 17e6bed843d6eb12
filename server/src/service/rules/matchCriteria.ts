// Match lines (sshd_config and ssh_config) and Host lines (ssh_config), read
// the way the target release's parser reads them: servconf.c / readconf.c
// match_cfg_line() and readconf.c `case oHost` (see ../openssh/match.ts for the
// per-release facts and citations).
//   match-criteria  errors where the target refuses the Match line ("Unsupported
//                   Match attribute", "Missing Match criteria", "'all' cannot be
//                   combined…", an invalid address list or port…), warnings where it
//                   accepts a line that can never match or does not mean what it says.
//   host-pattern    ssh Host lines: an empty pattern (error, 8.7+), and patterns that
//                   can never match (warnings).
// OpenSSH stops at a Match line's first error; we go on where the words' roles
// stay clear (after a bad argument, or an unknown criterion and the word that
// looks like its argument), so one mistake does not hide the next. Warnings
// stop at the first error.

import { FILE_LABEL, OTHER, RELEASES } from '../openssh/keywords';
import {
  checkAddressList,
  checkNetworkList,
  criteriaAt,
  lookupCriterion,
  matchSyntax,
  parseCidr,
  parsePort,
  SESSION_TYPES,
  strdelimWords,
  versionStrings,
  type ListProblem,
  type MatchCriterion,
  type MatchSyntax,
  type MatchWord,
} from '../openssh/match';
import { matchPattern, matchPatternList } from '../openssh/patterns';
import type { FileKind } from '../openssh/types';
import { versionKey } from '../openssh/version';
import type { ConfigDocument, Directive, Span } from '../parser/types';
import { suggest } from '../util/suggest';
import { lineMemo } from './memo';
import type { Finding, Fix, RuleContext, Rule } from './types';

const MATCH = 'match-criteria';
const HOST = 'host-pattern';

/** The words after the keyword, as the target's parser cuts them. */
function wordsOf(doc: ConfigDocument, d: Directive, tokenizer: MatchSyntax['tokenizer'], syn: MatchSyntax): MatchWord[] {
  if (tokenizer === 'argv') return d.args.map((a) => ({ line: a.line, start: a.start, end: a.end, value: a.value, text: a.text, quoted: a.quoted }));
  let text = doc.lineText(d.line);
  if (syn.comments === 'line' && text.indexOf('#', d.keyword.end) >= 0) text = text.slice(0, text.indexOf('#', d.keyword.end));
  // An open quote makes strdelim return NULL: the words end there.
  return strdelimWords(text, d.line, d.keyword.start).words.slice(1);
}

/**
 * Before 8.7 OpenSSH cuts every line at its first "#", even one inside a word
 * or quotes; a warning when that cuts more than a trailing comment.
 */
function hashCut(doc: ConfigDocument, d: Directive, syn: MatchSyntax, target: string, code: string): Finding | undefined {
  if (syn.comments !== 'line') return undefined;
  const text = doc.lineText(d.line);
  const at = text.indexOf('#', d.keyword.end);
  // A "#" after a blank starts an ordinary trailing comment; only one inside a word cuts something off.
  if (at < 0 || text[at - 1] === ' ' || text[at - 1] === '\t') return undefined;
  const kept = text.slice(d.keyword.start, at).trimEnd();
  return {
    code,
    severity: 'warning',
    message: `Before OpenSSH 8.7 every line ends at its first "#", even inside a word or quotes: OpenSSH ${target} reads only ${kept}`,
    span: { line: d.line, start: at, end: lineEnd(doc, d.line) },
  };
}

/** The column after the last non-blank character of a line. */
function lineEnd(doc: ConfigDocument, line: number): number {
  return doc.lineText(line).replace(/[ \t\r\n\f]+$/, '').length;
}

const sub = (w: Span, from: number, to: number): Span => ({ line: w.line, start: w.start + from, end: w.start + to });
const q = (s: string) => `"${s}"`;

/** The source span of the value part of a word (the whole word when quoting hides the mapping). */
function valueSpan(w: MatchWord, offsetInValue = 0, length?: number): Span {
  if (w.quoted || w.text !== w.value) return w;
  return sub(w, offsetInValue, length === undefined ? w.value.length : offsetInValue + length);
}

class LineCheck {
  private readonly out: Finding[] = [];
  private failed = false;
  constructor(
    private readonly kind: FileKind,
    private readonly target: string,
  ) {}

  get findings(): Finding[] {
    return this.out;
  }

  /** OpenSSH's own consequence of an error on this line. */
  private get refuses(): string {
    return `${this.kind} ${this.target} refuses the file`;
  }

  error(span: Span, message: string, fixes?: Fix[]): void {
    this.failed = true;
    this.out.push({ code: MATCH, severity: 'error', message: message.replace('{refuses}', this.refuses), span, fixes });
  }

  warn(span: Span, message: string, fixes?: Fix[]): void {
    if (this.failed) return;
    this.out.push({ code: MATCH, severity: 'warning', message, span, fixes });
  }

  get ok(): boolean {
    return !this.failed;
  }
}

function criterionNames(kind: FileKind, target: string): string[] {
  return criteriaAt(kind, target).map((c) => c.name);
}

function checkMatch(doc: ConfigDocument, d: Directive, ctx: RuleContext): Finding[] {
  const { kind, target } = ctx;
  const syn = matchSyntax(kind, target);
  const words = wordsOf(doc, d, syn.tokenizer, syn);
  const chk = new LineCheck(kind, target);
  const cut = hashCut(doc, d, syn, target, MATCH);
  if (cut) chk.warn(cut.span, cut.message);
  const strdelim = syn.tokenizer === 'strdelim';
  const isComment = (w: MatchWord) => syn.comments === 'word' && w.value.startsWith('#');
  // strdelim returns '' at the end of the line and for `""`: both end the criteria (or are a missing argument).
  const isEnd = (w: MatchWord | undefined) => w === undefined || (strdelim && w.value === '');
  let i = 0;
  const next = (): MatchWord | undefined => words[i++];
  let attributes = 0;
  let consumedAll = false;
  /** the last criterion read and its argument word, for hints about the word after it */
  let prev: { c: MatchCriterion; word: MatchWord; arg?: MatchWord } | undefined;

  const leftover = () => {
    if (consumedAll || !chk.ok) return;
    const rest = words.slice(i).find((w) => w.value !== '' && !isComment(w));
    if (!rest) return;
    chk.error(
      rest,
      `OpenSSH ${target} stops reading the criteria at an empty word (\`""\`, or an "=" right after a quote or another "=") and rejects what follows, ${q(rest.text)} ("extra arguments at end of line"): {refuses}.`,
    );
  };

  for (;;) {
    const w = next();
    if (isEnd(w)) break;
    const word = w!;
    if (isComment(word)) {
      consumedAll = true;
      break;
    }
    const negate = kind === 'ssh' && word.value.startsWith('!');
    let name = negate ? word.value.slice(1) : word.value;
    const nameOffset = negate ? 1 : 0;

    // ---- all
    if (name.toLowerCase() === 'all') {
      const allAt = i - 1;
      const tooLate = kind === 'sshd' ? attributes >= 1 : attributes > 1;
      if (tooLate) {
        chk.error(
          word,
          kind === 'sshd'
            ? `"All" must be the only criterion on a Match line: {refuses} ("'all' cannot be combined with other Match attributes").`
            : `"all" may only stand alone or right after "canonical" or "final": {refuses} ("'all' cannot be combined with other Match attributes").`,
        );
        return chk.findings;
      }
      const after = next();
      if (after && !isEnd(after) && !isComment(after)) {
        chk.error(after, `Nothing may follow "${word.value}" on a Match line: {refuses} ("'all' cannot be combined with other Match attributes").`);
        return chk.findings;
      }
      if (after && isComment(after)) consumedAll = true;
      if (negate) chk.warn(word, `"Match !all" never matches: the lines of this block never apply.`);
      else if (attributes === 1 && prev && !['canonical', 'final'].includes(prev.c.name)) {
        chk.warn(word, `"all" after "${prev.word.value}" adds nothing (ssh accepts it only because it counts one criterion before it); remove it.`, [
          { title: 'Remove "all"', edits: [{ span: { line: word.line, start: words[allAt - 1]?.end ?? word.start, end: word.end }, newText: '' }] },
        ]);
      }
      leftover();
      return chk.findings;
    }
    attributes++;

    // ---- criterion=arg in one word
    let arg: MatchWord | undefined;
    let argFromEquals = false;
    const eq = name.indexOf('=');
    if (eq > 0 && !strdelim) {
      const c = lookupCriterion(kind, name.slice(0, eq));
      const available = c && versionKey(c.since) <= versionKey(target);
      if (c && available && syn.equals === 'listed' && c.equalsForm) {
        argFromEquals = true;
        const value = name.slice(eq + 1);
        const off = nameOffset + eq + 1;
        const span = word.quoted || word.text !== word.value ? word : sub(word, off, word.value.length);
        arg = { ...span, value, text: word.quoted ? word.text : value, quoted: word.quoted };
        name = name.slice(0, eq);
      } else if (c && available) {
        const eqSpan = word.quoted ? undefined : sub(word, nameOffset + eq, nameOffset + eq + 1);
        const fix: Fix[] = eqSpan ? [{ title: `Write "${name.slice(0, eq)} ${name.slice(eq + 1)}"`, edits: [{ span: eqSpan, newText: ' ' }], preferred: true }] : [];
        chk.error(
          word,
          c.arg === 'none'
            ? `"${c.name}" takes no argument, and OpenSSH ${target} reads "${word.value}" as an unknown criterion: {refuses}.`
            : syn.equals === 'none'
              ? `OpenSSH ${target} reads "${word.value}" as one unknown criterion: 9.9 stopped splitting "criterion=value" (fixed in 10.0). Write "${name.slice(0, eq)} ${name.slice(eq + 1)}": {refuses}.`
              : `"${c.name}" does not take the "criterion=value" form (OpenSSH ${target} splits it only for ${equalsList(kind, target)}). Write "${name.slice(0, eq)} ${name.slice(eq + 1)}": {refuses}.`,
          c.arg === 'none' ? [] : fix,
        );
        continue; // the word held both; the next word starts the next criterion
      }
    }

    // ---- is it a criterion of this release at all?
    const crit = lookupCriterion(kind, name);
    if (!crit || versionKey(crit.since) > versionKey(target)) {
      unknownCriterion(chk, words, i - 1, word, name, nameOffset, crit, prev, ctx, syn);
      // Go on at the next word if it is a criterion; otherwise take it as this one's argument.
      const after = words[i];
      if (after && !isEnd(after) && !isComment(after) && !isCriterionWord(kind, target, after.value)) i++;
      prev = undefined;
      continue;
    }

    // ---- criteria without argument
    if (crit.arg === 'none') {
      prev = { c: crit, word };
      continue; // canonical, final, invalid-user
    }

    // ---- the argument
    if (!argFromEquals) arg = next();
    const empty = arg !== undefined && arg.value === '';
    const emptyAllowed = empty && !strdelim && crit.emptyArgSince !== undefined && versionKey(target) >= versionKey(crit.emptyArgSince);
    if (arg === undefined || (empty && !emptyAllowed) || isComment(arg)) {
      const what = crit.arg === 'port' ? 'a port number' : crit.arg === 'command' ? 'a command' : crit.arg === 'networks' ? 'a list of networks' : 'a pattern list';
      let msg: string;
      if (empty && crit.emptyArgSince && versionKey(target) < versionKey(crit.emptyArgSince)) {
        msg = `An empty "${crit.name}" argument needs OpenSSH ${crit.emptyArgSince}; the target ${target} rejects it ("Missing Match criteria"): {refuses}.`;
      } else {
        msg = `"${word.value}" needs ${what} after it: {refuses} ("Missing Match criteria for ${name}").`;
      }
      chk.error(arg && arg.value !== '' && !isComment(arg) ? arg : word, msg);
      return chk.findings;
    }
    const a = arg!;
    checkArgument(chk, crit, a, ctx, syn);
    prev = { c: crit, word, arg: a };
  }
  if (!chk.ok) return chk.findings;
  if (attributes === 0) {
    chk.error(d.keyword, `Match needs at least one criterion (for every connection write "Match ${kind === 'sshd' ? 'All' : 'all'}"): {refuses} ("One or more attributes required for Match").`);
    return chk.findings;
  }
  leftover();
  return chk.findings;
}

/** Whether a word names a criterion of the target release (`!` and `=value` aside). */
function isCriterionWord(kind: FileKind, target: string, value: string): boolean {
  let name = kind === 'ssh' && value.startsWith('!') ? value.slice(1) : value;
  const eq = name.indexOf('=');
  if (eq > 0) name = name.slice(0, eq);
  if (name.toLowerCase() === 'all') return true;
  const c = lookupCriterion(kind, name);
  return c !== undefined && versionKey(c.since) <= versionKey(target);
}

function equalsList(kind: FileKind, target: string): string {
  return criteriaAt(kind, target)
    .filter((c) => c.equalsForm)
    .map((c) => c.name)
    .join(', ');
}

function unknownCriterion(
  chk: LineCheck,
  words: MatchWord[],
  index: number,
  word: MatchWord,
  name: string,
  nameOffset: number,
  known: MatchCriterion | undefined,
  prev: { c: MatchCriterion; word: MatchWord; arg?: MatchWord } | undefined,
  { kind, target }: RuleContext,
  syn: MatchSyntax,
): void {
  const label = FILE_LABEL[kind];
  if (known) {
    chk.error(word, `"Match ${known.name}" needs OpenSSH ${known.since}; the target ${target} rejects it ("Unsupported Match attribute") and refuses the file.`);
    return;
  }
  if (kind === 'sshd' && name.startsWith('!')) {
    const c = lookupCriterion('sshd', name.slice(1));
    if (c && versionKey(c.since) <= versionKey(target)) {
      const arg = words[index + 1];
      const fixes: Fix[] = [];
      if (arg && !arg.quoted && arg.value && !arg.value.split(',').some((e) => e.startsWith('!') || e === '')) {
        const negated = `*,${arg.value.split(',').map((e) => `!${e}`).join(',')}`;
        fixes.push({ title: `Write "${c.name} ${negated}"`, edits: [{ span: { line: word.line, start: word.start, end: arg.end }, newText: `${c.name} ${negated}` }], preferred: true });
      }
      chk.error(
        word,
        `sshd cannot negate a whole criterion ("${word.value}"); negate inside the pattern list instead, e.g. "${c.name} *,!pattern": {refuses} ("Unsupported Match attribute").`,
        fixes,
      );
      return;
    }
  }
  const other = lookupCriterion(OTHER[kind], name);
  const pool = criterionNames(kind, target);
  const names = suggest(name, pool).filter((n) => n.toLowerCase() !== name.toLowerCase());
  let message = `"${word.value}" is not a Match criterion of ${label} in OpenSSH ${target}`;
  const fixes: Fix[] = [];
  if (other) message += ` (${other.name} is a criterion of ${FILE_LABEL[OTHER[kind]]})`;
  if (names.length) {
    message += `. Did you mean ${names.map(q).join(' or ')}?`;
    if (!word.quoted && word.text === word.value)
      for (const [j, n] of names.entries())
        fixes.push({ title: `Change to "${n}"`, edits: [{ span: sub(word, nameOffset, nameOffset + name.length), newText: n }], preferred: j === 0 && names.length === 1 });
  } else if (prev?.arg && prev.c.arg === 'command') {
    message += `. It follows the command of "${prev.word.value}": quote a command with spaces${syn.tokenizer === 'strdelim' ? ' (double quotes only before OpenSSH 9.9)' : ''}.`;
  } else if (prev?.arg && words[index - 1] === prev.arg && prev.arg.value === '=' && !word.quoted) {
    message += `: since 9.9 "=" separates nothing here, so "=" became the argument of "${prev.word.value}". Write "${prev.word.value} ${word.value}"`;
    fixes.push({ title: `Write "${prev.word.value} ${word.value}"`, edits: [{ span: { line: word.line, start: prev.arg.start, end: word.start }, newText: '' }], preferred: true });
  } else if (prev?.arg && prev.c.arg !== 'port' && words[index - 1] === prev.arg && !prev.arg.quoted && !word.quoted) {
    message += `. Patterns are separated by commas, not spaces: did you mean "${prev.word.value} ${prev.arg.value},${word.value}"?`;
    fixes.push({
      title: `Join to "${prev.arg.value},${word.value}"`,
      edits: [{ span: { line: word.line, start: prev.arg.end, end: word.start }, newText: ',' }],
      preferred: true,
    });
  } else if (prev && prev.c.arg === 'none' && words[index - 1] === prev.word) {
    message += `. "${prev.word.value}" takes no argument, so "${word.value}" is read as a criterion.`;
  } else {
    message += `. Known criteria: ${pool.join(', ')}.`;
  }
  if (!/[.?]$/.test(message)) message += '.';
  chk.error(word, `${message} {refuses}.`, fixes);
}

function listProblemMessage(p: ListProblem, crit: MatchCriterion): string {
  switch (p.reason) {
    case 'empty':
      return `The ${crit.name} list has an empty entry (a doubled or trailing comma, or a lone "!")`;
    case 'mask-too-long':
      return `The mask of "${p.entry}" is longer than the address allows (/32 for IPv4, /128 for IPv6)`;
    case 'host-bits':
      return `"${p.entry}" has bits set after its mask length; the network is ${p.network}`;
    case 'too-long':
      return `"${p.entry}" is too long for an address`;
    case 'bad-chars':
      return `"${p.entry}" is not an address or CIDR block: ${crit.name} takes no host names, wildcards or "!"`;
    case 'not-network':
      return `"${p.entry}" is not an address or CIDR block`;
  }
}

function checkArgument(chk: LineCheck, crit: MatchCriterion, arg: MatchWord, { kind, target }: RuleContext, syn: MatchSyntax): void {
  const v = arg.value;
  if (syn.tokenizer === 'strdelim' && v.includes("'") && crit.arg !== 'command')
    chk.warn(arg, `Before OpenSSH 9.9 single quotes group nothing on a Match line: the quotes are part of the pattern ${q(v)}. Use double quotes, or none.`);
  else if (syn.tokenizer === 'argv' && v.startsWith('=') && v.length > 1)
    chk.warn(arg, `Since OpenSSH 9.9 "=" separates nothing here: the pattern is "${v}", with the "=". Write "${crit.name}=${v.slice(1)}" or "${crit.name} ${v.slice(1)}".`, arg.quoted ? [] : [
      { title: `Remove the "="`, edits: [{ span: sub(arg, 0, 1), newText: '' }], preferred: true },
    ]);
  const listFix = (p: ListProblem): Fix[] | undefined =>
    p.network && !arg.quoted && arg.text === arg.value
      ? [{ title: `Change to ${p.network}`, edits: [{ span: valueSpan(arg, p.offset, p.entry.length), newText: p.network }], preferred: true }]
      : undefined;
  switch (crit.arg) {
    case 'addresses': {
      const p = checkAddressList(v);
      if (p) {
        const span = valueSpan(arg, p.offset, Math.max(p.entry.length, 0));
        if (syn.addressesCheckedAtLoad)
          chk.error(span, `${listProblemMessage(p, crit)}: {refuses} ("Invalid Match ${crit.name.toLowerCase()} argument").`, listFix(p));
        else
          chk.error(
            span,
            `${listProblemMessage(p, crit)}. sshd ${target} accepts the file (sshd -t passes), but every connection that reaches this line is dropped ("Bad Match condition"); 8.4 and later refuse the file.`,
            listFix(p),
          );
        return;
      }
      const named = v.split(',').find((e) => {
        const x = e.replace(/^!/, '');
        return /[g-zG-Z]/.test(x) && !x.includes('%') && !parseCidr(x).ok;
      });
      if (named) {
        const off = v.indexOf(named);
        chk.warn(valueSpan(arg, off, named.length), `${crit.name} compares IP addresses; "${named.replace(/^!/, '')}" looks like a host name and never matches${crit.name === 'Address' ? ' (use "Host" for names)' : ''}.`);
      }
      negatedOnly(chk, crit, arg, kind);
      return;
    }
    case 'networks': {
      const p = checkNetworkList(v);
      if (p) chk.error(valueSpan(arg, p.offset, p.entry.length), `${listProblemMessage(p, crit)}: {refuses}.`, listFix(p));
      return;
    }
    case 'port': {
      const r = parsePort(v, syn.servicePorts);
      if (!r) {
        chk.error(
          arg,
          `${crit.name} takes one port number (0-65535)${syn.servicePorts ? ' or a service name' : ''}, not "${v}"${v.includes(',') ? ' (no lists: write one Match block per port)' : ''}: {refuses} ("Invalid LocalPort").`,
        );
      } else if ('service' in r && !r.common) {
        chk.warn(arg, `"${v}" is not a number: sshd looks it up in the server's /etc/services and refuses the file if it is not there.`);
      } else if ('port' in r && r.port === 0) {
        chk.warn(arg, `No connection arrives on port 0: this block never applies.`);
      }
      return;
    }
    case 'command':
      return;
    case 'patterns':
    case 'hostnames': {
      if (negatedOnly(chk, crit, arg, kind)) return;
      if (crit.name.toLowerCase() === 'version') checkVersion(chk, crit, arg);
      if (crit.name === 'sessiontype') {
        const entries = v.split(',').filter((e) => e && !e.startsWith('!'));
        if (entries.length && !SESSION_TYPES.some((t) => matchPatternList(t, v) === 1))
          chk.warn(arg, `"sessiontype ${v}" never matches: the session type is one of ${SESSION_TYPES.join(', ')}.`);
      }
      return;
    }
  }
}

/** A pattern list whose every entry is negated can never match (match_pattern_list needs a positive match). */
function negatedOnly(chk: LineCheck, crit: MatchCriterion, arg: MatchWord, kind: FileKind): boolean {
  const entries = arg.value.split(',').filter((e) => e !== '');
  if (!entries.length || !entries.every((e) => e.startsWith('!'))) return false;
  const fixes: Fix[] = [];
  if (!arg.quoted && arg.text === arg.value) fixes.push({ title: `Write "*,${arg.value}"`, edits: [{ span: { line: arg.line, start: arg.start, end: arg.start }, newText: '*,' }], preferred: true });
  chk.warn(
    arg,
    `"${arg.value}" has only negated patterns, so it never matches: a pattern list needs a positive match. Write "*,${arg.value}" for "anything but"${kind === 'ssh' ? ` (or negate the criterion: "!${crit.name} ${entries.map((e) => e.slice(1)).join(',')}")` : ''}.`,
    fixes,
  );
  return true;
}

let versionPool: ReturnType<typeof versionStrings> | undefined;
function checkVersion(chk: LineCheck, crit: MatchCriterion, arg: MatchWord): void {
  versionPool ??= versionStrings(RELEASES);
  const entries = arg.value.split(',').filter((e) => e && !e.startsWith('!'));
  if (!entries.length) return;
  const { portable, openbsd } = versionPool;
  const hits = (pool: string[]) => entries.some((e) => pool.some((s) => matchPattern(s, e)));
  if (hits(portable)) return;
  if (hits(openbsd)) {
    const fixes: Fix[] = [];
    if (!arg.quoted && arg.text === arg.value && entries.length === 1)
      fixes.push({ title: `Write "${arg.value}*"`, edits: [{ span: { line: arg.line, start: arg.end, end: arg.end }, newText: '*' }], preferred: true });
    chk.warn(arg, `Portable OpenSSH (every Linux and macOS build) reports its version with a "pN" suffix, e.g. OpenSSH_10.0p2, so "${arg.value}" matches only OpenBSD's own build. Add "*" to match both.`, fixes);
    return;
  }
  chk.warn(arg, `"${crit.name} ${arg.value}" never matches: the version string looks like "OpenSSH_10.0p2" and is compared case-sensitively (try "OpenSSH_10.*").`);
}

// ---------------------------------------------------------------- Host (ssh)

function checkHost(doc: ConfigDocument, d: Directive, { target }: RuleContext): Finding[] {
  const syn = matchSyntax('ssh', target);
  const words = wordsOf(doc, d, syn.hostTokenizer, syn);
  const out: Finding[] = [];
  const cut = hashCut(doc, d, syn, target, HOST);
  if (cut) out.push(cut);
  const patterns: MatchWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.value === '') {
      if (syn.hostEmptyIsError) {
        out.push({
          code: HOST,
          severity: 'error',
          message: `An empty Host pattern: ssh ${target} refuses the file ("keyword host empty argument").`,
          span: w,
          fixes: [{ title: 'Remove the empty pattern', edits: [{ span: { line: w.line, start: words[i - 1]?.end ?? w.start, end: w.end }, newText: '' }], preferred: true }],
        });
        return out;
      }
      const rest = words.slice(i + 1).filter((x) => x.value !== '');
      if (rest.length)
        out.push({ code: HOST, severity: 'warning', message: `Before OpenSSH 8.7 an empty pattern ends the Host line: ssh ${target} ignores ${rest.map((x) => q(x.value)).join(' ')}.`, span: w });
      break;
    }
    patterns.push(w);
  }
  for (const w of patterns) {
    const p = w.value.startsWith('!') ? w.value.slice(1) : w.value;
    if (/\s/.test(p)) {
      out.push({ code: HOST, severity: 'warning', message: `"${w.value}" contains white space and matches no host name; Host patterns are separated by spaces, so drop the quotes.`, span: w });
    } else if (p.includes(',')) {
      const fixes: Fix[] = !w.quoted && w.text === w.value ? [{ title: 'Separate the patterns with spaces', edits: [{ span: w, newText: w.value.split(',').filter(Boolean).join(' ') }], preferred: true }] : [];
      out.push({
        code: HOST,
        severity: 'warning',
        message: `Host patterns are separated by spaces: "${w.value}" is one pattern with a comma in it and matches no host name.${w.value.startsWith('!') ? '' : ' (Commas separate patterns in "Match host", not in "Host".)'}`,
        span: w,
        fixes: w.value.startsWith('!') ? [] : fixes,
      });
    } else if (p === '') {
      out.push({ code: HOST, severity: 'warning', message: `A lone "!" negates the empty pattern and has no effect.`, span: w });
    }
  }
  if (!patterns.length && !words.length) {
    out.push({ code: HOST, severity: 'warning', message: 'This Host line has no pattern (only a comment): its block never applies.', span: d.keyword });
  } else if (patterns.length && patterns.every((w) => w.value.startsWith('!'))) {
    out.push({
      code: HOST,
      severity: 'warning',
      message: `Every pattern on this Host line is negated, so it never matches: a negated pattern only excludes hosts that another pattern matched. Add "*" for "every host but": "Host * ${patterns.map((w) => w.text).join(' ')}".`,
      span: { line: d.line, start: patterns[0].start, end: patterns[patterns.length - 1].end },
      fixes: [{ title: 'Add "*"', edits: [{ span: { line: d.line, start: patterns[0].start, end: patterns[0].start }, newText: '* ' }], preferred: true }],
    });
  }
  return out;
}

export const matchCriteriaRule: Rule = {
  id: 'match-criteria',
  codes: [MATCH, HOST],
  check(doc, ctx, report) {
    const quoteProblems = new Set(doc.problems.filter((p) => p.code === 'invalid-quotes').map((p) => p.line));
    const matchLines = lineMemo(MATCH, ctx);
    const hostLines = lineMemo(HOST, ctx);
    const matchOne = (d: Directive) => checkMatch(doc, d, ctx);
    const hostOne = (d: Directive) => checkHost(doc, d, ctx);
    for (const d of doc.directives) {
      const isMatch = d.name === 'match';
      if (!isMatch && (d.name !== 'host' || ctx.kind !== 'ssh')) continue;
      if (d.bare || quoteProblems.has(d.line)) continue; // missing-argument / invalid-quotes report these
      const fs = isMatch ? matchLines(d, matchOne) : hostLines(d, hostOne);
      for (const f of fs) report({ ...f, span: { line: f.span.line, start: f.span.start, end: f.span.end } });
    }
  },
};
