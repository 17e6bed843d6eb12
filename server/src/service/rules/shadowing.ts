// A value that an earlier block makes unreachable.
//
// ssh_config: for one connection ssh reads the global lines and every Host or
// Match block that matches, in file order, and keeps the first value of each
// keyword (readconf.c process_config_line_depth, `*activep && *intptr == -1`;
// ssh_config(5): put specific blocks first, `Host *` last). A later block's
// value is therefore never used when an earlier scope that sets the same
// keyword applies to every host the later block names:
//   - the global part, `Host *` (without negation) or `Match all`;
//   - an earlier `Host` line without negated patterns that matches every
//     pattern of the later `Host` line (we only decide this for later patterns
//     without wildcards; anything subtler is left alone);
//   - Match blocks, see "Match coverage" below.
//
// sshd_config: each connection re-reads the file with only matching Match
// blocks active, first value wins among them (parse_server_match_config,
// servconf.c). `Match all` matches every connection, so a value in a
// `Match all` block hides the same keyword in every later Match block; an
// earlier Match block whose criteria cover the later block's (below) hides it
// too. A global value never hides a Match block's value
// (copy_set_server_options copies the Match values over it).
//
// Match coverage: an earlier block E covers a later Match block L when every
// connection L matches is matched by E as well. Criteria are ANDed
// (match_cfg_line: any false criterion clears `result`), so it is enough that
// each criterion of E is also a criterion of L whose positive patterns are
// literals that E's pattern list matches (match.c match_pattern_list: a
// negated entry that matches makes the list fail, so E's negations are
// evaluated on those literals). L's negated patterns and L's extra criteria only
// narrow L and are ignored. An identical list on both sides covers too (same
// values, whatever its patterns). What we decide, per program (V_9_2_P1 and V_10_5_P1
// read alike here):
//   ssh (readconf.c match_cfg_line)
//     - originalhost: match_hostname(original_host, list): both lower-cased.
//       original_host is the name typed on the command line, fixed for the run.
//     - host: match_hostname(host, list) where host is HostName with %h expanded
//       (or the typed name); it changes when a HostName line is read, so E
//       covers L only when no HostName (and no Include, whose files we may not
//       see) stands between E's Match line and L's.
//     - user: match_pattern_list(ruser, list, 0), ruser = User so far or the
//       local account; same guard with User lines.
//     - localuser (pw_name) and version (SSH_RELEASE, 10.0+): fixed.
//     - an earlier `Host p…` line vs a later `Match originalhost h`: the Host
//       line compares match_pattern(host, p) case-sensitively (readconf.c case
//       oHost) where, in the first pass, host is the name as typed: ssh.c
//       passes `host` (the command-line word) and options.host_arg (a copy of
//       it) to read_config_file, and lower-cases `host` only after that pass.
//       originalhost compares lower-cased, so `Match originalhost web` also
//       matches `ssh WEB`, which `Host web` does not. We only decide a pattern
//       that cannot tell case apart (no letters: `*`, `10.0.0.*`) or a name
//       without letters.
//     - never decided: canonical/final (a block that needs the final pass, in
//       either position: in the first pass it is inactive, so it cannot hide
//       anything read in that pass), exec (runs a command), tagged and
//       localnetwork (state we do not model), command/sessiontype, `all` mixed
//       with other criteria, negated criteria in E, and any Match line whose
//       words are quoted, escaped or use `=` (tokenisers differ per release).
//     Passes: ssh may read the file twice (Match final, CanonicalizeHostname;
//     ssh.c main). Values obtained in the first pass stay. When L matches in a
//     pass, E (no canonical/final) is evaluated in that same pass in the same
//     state, so E matched earlier in it and its value came first. (An earlier
//     Host line compares another name in the second pass, but the names it
//     covers made it match in the first pass already, where L's value would
//     otherwise have been taken.)
//   sshd (servconf.c match_cfg_line): the connection (user, host, address,
//     local address and port, rdomain) is fixed, so no guard is needed.
//     User/Group (match_usergroup_pattern_list: case-sensitive, case-insensitive
//     on Cygwin; we demand both), Group only when E's list has no negation
//     (groupaccess.c ga_match_pattern_list: a negated group of the user wins),
//     Host (match_hostname), Address/LocalAddress (addrmatch.c addr_match_list:
//     L's positive entries must be addresses or CIDR blocks each inside a CIDR
//     entry of E; E without negation or invalid entries; no %scope),
//     LocalPort (a2port, numbers only), RDomain, Invalid-User, Version.
//   sshd `UnusedConnectionTimeout none` overrides an earlier value (see
//   firstValueWins.ts noneOverrides): such a later line is never reported.
//
// Values repeated within one scope are rules/firstValueWins.ts's business.

import { keywordResolver } from '../openssh/keywords';
import { checkAddressList, criteriaAt, matchSyntax, parseCidr, parsePort } from '../openssh/match';
import { matchPattern, matchPatternList } from '../openssh/patterns';
import type { FileKind } from '../openssh/types';
import { newMemo, type ConfigDocument, type Section } from '../parser/types';
import { directiveSequence, type Scope, type SequenceItem } from '../semantics/sequence';
import { REPORTED_ELSEWHERE, settingLookup, where } from './firstValueWins';
import { memoKey } from './memo';
import type { Finding, Fix, Rule, RuleContext } from './types';

const WILDCARD = /[*?]/;
/** Earlier blocks examined per Match block at most (see coveringBlocks). */
const CANDIDATE_LIMIT = 256;
const LETTER = /[A-Za-z]/;

/** An earlier block that may cover later ones, and the first line of each keyword it sets. */
interface Coverer {
  scope: Scope;
  /** positive Host patterns (a Host block), or undefined */
  positives: string[] | undefined;
  /** the Host line's words are plain (the same for every tokeniser) */
  plainHost: boolean;
  /** the criteria (a Match block that can cover), or undefined */
  criteria: Criterion[] | undefined;
  /** index of the block's Host/Match line in the reading order */
  headerIdx: number;
  /** a small number naming the block in the per-keyword tables */
  id: number;
}

/** A Host/Match block (or the global part) as the rule sees it. */
interface BlockRecord {
  /** the block may hide later ones */
  coverer: Coverer | undefined;
  /** a Match block's criteria, when decidable */
  criteria: Criterion[] | undefined;
  /** the block may be hidden by an earlier Match/Host block (criteria decidable) */
  coverable: boolean;
  /** index of the Host/Match line in the reading order (-1: the global part) */
  headerIdx: number;
  /** the earlier blocks that cover it, found at its first line that sets something */
  covering: readonly Coverer[] | undefined;
  /** the fields above are worked out (at the block's first line that sets something) */
  ready: boolean;
  /** the check the record belongs to (see `generation`) */
  gen: number;
  /** a Coverer object kept for the block's next check */
  spare: Coverer | undefined;
}

/**
 * Each check is numbered. What the rule keeps between checks (a block's record on
 * its Scope, which an editor's document keeps between versions, and the tables
 * below) is valid for the check whose number it carries: on a large file, new
 * records, maps and per-keyword tables on every edit were most of this rule's
 * allocation. Checks run one at a time, start to end.
 */
let generation = 0;

/** The block's record for check `gen`, reset (the global part: headerIdx -1). */
function resetRecord(scope: Scope, gen: number, headerIdx: number): BlockRecord {
  let r = scope.shadowRecord as BlockRecord | undefined;
  if (!r) {
    r = { coverer: undefined, criteria: undefined, coverable: false, headerIdx, covering: undefined, ready: false, gen, spare: undefined };
    scope.shadowRecord = r;
    return r;
  }
  r.coverer = undefined;
  r.criteria = undefined;
  r.coverable = false;
  r.headerIdx = headerIdx;
  r.covering = undefined;
  r.ready = false;
  r.gen = gen;
  return r;
}

/** The record's Coverer for this check (the kept object, refilled). */
function coverer(r: BlockRecord, scope: Scope, positives: string[] | undefined, plainHost: boolean, criteria: Criterion[] | undefined, id: number): Coverer {
  const c = r.spare ?? (r.spare = { scope, positives, plainHost, criteria, headerIdx: r.headerIdx, id });
  c.scope = scope;
  c.positives = positives;
  c.plainHost = plainHost;
  c.criteria = criteria;
  c.headerIdx = r.headerIdx;
  c.id = id;
  return c;
}

/** Blocks listed under a word (a Host pattern, a criterion's value) in one check; kept between checks. */
interface Listing {
  gen: number;
  /** blocks[0, n) are this check's (the list keeps its storage from check to check) */
  n: number;
  blocks: Coverer[];
}
const NONE: readonly Coverer[] = [];
/** coveringBlocks' candidate listings (one call at a time; the first ones are the call's, the rest stale). */
const found: Listing[] = [];
/** Words kept from earlier checks (of any document) at most; checked when a check starts, never during one. */
const MAX_LISTINGS = 100_000;
/** Host pattern → the earlier positive Host blocks naming it. */
const byPattern = new Map<string, Listing>();
/** criterion → value → the earlier blocks whose list for that criterion is only literals, one of them this value. */
const anchored = new Map<string, Map<string, Listing>>();

/** The blocks listed under `word` in check `gen`, if any. */
function listed(table: Map<string, Listing> | undefined, word: string, gen: number): Listing | undefined {
  const l = table?.get(word);
  return l && l.gen === gen && l.n > 0 ? l : undefined;
}

/** List `c` under `word` for check `gen` (once: a word twice on one line lists the block once). */
function list(table: Map<string, Listing>, word: string, c: Coverer, gen: number): void {
  let l = table.get(word);
  if (!l) table.set(word, (l = { gen: 0, n: 0, blocks: [] }));
  if (l.gen !== gen) {
    l.gen = gen;
    l.n = 0;
    touched[touchedCount++] = l;
  }
  if (l.n === 0 || l.blocks[l.n - 1] !== c) l.blocks[l.n++] = c;
}
/** The listings filled in this check (touched[0, touchedCount)): emptied when it ends, so they hold no document after it. */
const touched: Listing[] = [];
let touchedCount = 0;
function emptyListings(): void {
  for (let i = 0; i < touchedCount; i++) {
    const l = touched[i];
    l.blocks.fill(undefined as unknown as Coverer, 0, l.n);
    l.n = 0;
  }
  touchedCount = 0;
}

/** Per keyword: each block's first line setting it (by block id), valid where its stamp is this check's. */
interface FirstLines {
  line: number[];
  stamp: number[];
}
const firstLines = new Map<string, FirstLines>();
function firstLinesOf(key: string): FirstLines {
  let t = firstLines.get(key);
  if (!t) firstLines.set(key, (t = { line: [], stamp: [] }));
  return t;
}
function firstAt(t: FirstLines, id: number, gen: number): number | undefined {
  return t.stamp[id] === gen ? t.line[id] : undefined;
}
function setFirst(t: FirstLines, id: number, line: number, gen: number): void {
  // Filled densely (ids are small and come in order), so the arrays stay plain lists.
  while (t.line.length <= id) {
    t.line.push(-1);
    t.stamp.push(0);
  }
  t.line[id] = line;
  t.stamp[id] = gen;
}

/** matchCriteria, remembered on the Match line (Directive.memo outlives edits to other lines). */
function rememberedCriteria(section: Section, kind: FileKind, target: string): Criterion[] | undefined {
  const h = section.header!;
  const at = memoKey(kind, target);
  const hit = h.memo?.shadowCriteria as { at: string; value: Criterion[] | undefined } | undefined;
  if (hit && hit.at === at) return hit.value;
  const value = matchCriteria(section, kind, target);
  (h.memo ??= newMemo()).shadowCriteria = { at, value };
  return value;
}

/** One criterion of a Match line: lower-case name, its argument (a pattern list), negation. */
export interface Criterion {
  name: string;
  arg?: string;
  negated: boolean;
  /** (worked out when needed) the argument as a set of literals, or null when it is not one */
  lits?: Set<string> | null;
  /** (worked out when needed) the positive entries when all are literals, or null */
  pos?: string[] | null;
  /** (worked out when needed) the values this criterion is listed under when its list is only literals, or null */
  anchors?: string[] | null;
  /** (worked out when needed) its first positive entry when that is a literal, or null */
  firstLiteral?: string | null;
}

/** The words a criterion of an earlier block is listed under (anchored), when its list is only literals. */
function anchorsOf(x: Criterion): string[] | null {
  if (x.anchors === undefined) {
    x.anchors = ANCHORS.has(x.name) && x.arg !== undefined && literalList(x.arg) ? x.arg.split(',').map((v) => anchorValue(x.name, v)) : null;
  }
  return x.anchors;
}

/** The word a criterion of a later block is looked up under: its first positive entry, when a literal. */
function firstLiteralOf(l: Criterion): string | null {
  if (l.firstLiteral === undefined) {
    const first = l.negated || l.arg === undefined || !ANCHORS.has(l.name) ? undefined : l.arg.split(',').find((p) => !p.startsWith('!'));
    l.firstLiteral = first === undefined || first === '' || WILDCARD.test(first) ? null : anchorValue(l.name, first);
  }
  return l.firstLiteral;
}

/** What the rule needs of a Host line: its patterns when none is negated (else undefined). */
interface HostLine {
  positives: string[] | undefined;
  /** the words are plain (the same for every tokeniser) */
  plain: boolean;
  /** a pattern has a wildcard */
  wild: boolean;
}

/** The Host line as the rule reads it, remembered on the line (it depends on nothing else). */
function hostLine(section: Section, remember: boolean | undefined): HostLine {
  const h = section.header!;
  const hit = h.memo?.shadowHost as HostLine | undefined;
  if (hit) return hit;
  const values = h.args.map((a) => a.value);
  const positives = !values.length || values.some((v) => v.startsWith('!')) ? undefined : values;
  const v: HostLine = { positives, plain: h.args.every(plainWord), wild: !!positives?.some((p) => WILDCARD.test(p)) };
  if (remember) (h.memo ??= newMemo()).shadowHost = v;
  return v;
}

/** Every host the later patterns name is matched by one of the earlier patterns. */
function covers(earlier: string[], later: string[]): boolean {
  return later.every((p) => (WILDCARD.test(p) ? earlier.some((e) => /^\*+$/.test(e)) : earlier.some((e) => matchPattern(p, e))));
}

/** A word every tokeniser of every release reads the same: printable ASCII, no quotes, escapes, `=` or `#`. */
function plainWord(a: { value: string; text: string; quoted: boolean }): boolean {
  return !a.quoted && a.text === a.value && PLAIN.test(a.value);
}
// Printable ASCII without " # ' = \
const PLAIN = /^[\x21\x24-\x26\x28-\x3c\x3e-\x5b\x5d-\x7e]+$/;

/** The criteria the target accepts (lower case) and those without an argument, per kind and release. */
const criteriaCache = new Map<string, { known: Set<string>; bare: Set<string> }>();
function criteriaOf(kind: FileKind, target: string): { known: Set<string>; bare: Set<string> } {
  const k = `${kind}@${target}`;
  let v = criteriaCache.get(k);
  if (!v) {
    const list = criteriaAt(kind, target);
    v = { known: new Set(list.map((c) => c.name.toLowerCase())), bare: new Set(list.filter((c) => c.arg === 'none').map((c) => c.name.toLowerCase())) };
    criteriaCache.set(k, v);
  }
  return v;
}

/**
 * The criteria of a Match line as the target reads them, or undefined when the
 * line is not one we can decide: quoted or unusual words, an unknown or too new
 * criterion, a missing argument, `all` (alone it applies always; handled apart),
 * a negated criterion in sshd_config (not a criterion there).
 */
export function matchCriteria(section: Section, kind: FileKind, target: string): Criterion[] | undefined {
  const h = section.header;
  if (!h || section.kind !== 'match' || h.equals) return undefined;
  const args = h.args;
  if (!args.length) return undefined;
  const { known, bare } = criteriaOf(kind, target);
  const out: Criterion[] = [];
  for (let i = 0; i < args.length; i++) {
    if (!plainWord(args[i])) return undefined;
    let name = args[i].value;
    const negated = name.charCodeAt(0) === 33; // '!'
    if (negated) {
      if (kind === 'sshd') return undefined;
      name = name.slice(1);
    }
    name = name.toLowerCase();
    if (!known.has(name) || name === 'all') return undefined;
    if (bare.has(name)) {
      out.push({ name, arg: undefined, negated });
      continue;
    }
    const arg = args[++i];
    // match_pattern_list gives up (no match) on an entry of 1023 characters or more.
    if (arg === undefined || !plainWord(arg) || arg.value.length >= 1000) return undefined;
    out.push({ name, arg: arg.value, negated });
  }
  return out;
}

// The criteria decided per program; anything else makes a block neither cover nor be covered.
const DECIDED: Record<FileKind, ReadonlySet<string>> = {
  ssh: new Set(['host', 'originalhost', 'user', 'localuser', 'version']),
  sshd: new Set(['user', 'group', 'host', 'address', 'localaddress', 'localport', 'rdomain', 'invalid-user', 'version']),
};

/** E's criteria can cover: every one positive and decided. */
function canCover(kind: FileKind, criteria: Criterion[]): boolean {
  return criteria.length > 0 && criteria.every((c) => !c.negated && DECIDED[kind].has(c.name));
}

/** L's criteria can be covered: every one decided (negated ones only narrow L). */
function canBeCovered(kind: FileKind, criteria: Criterion[]): boolean {
  return criteria.some((c) => !c.negated) && criteria.every((c) => DECIDED[kind].has(c.name));
}

/** The positive entries of a pattern list, or undefined when one is empty or has a wildcard. */
function literals(list: string): string[] | undefined {
  const pos = list.split(',').filter((p) => !p.startsWith('!'));
  if (!pos.length || pos.some((p) => p === '' || WILDCARD.test(p))) return undefined;
  return pos;
}

// Criteria whose literal-only pattern lists can index the earlier blocks: with only literals, an
// earlier list covers a later literal only when it lists the same word (lower-cased for host names).
const ANCHORS: ReadonlySet<string> = new Set(['host', 'originalhost', 'user', 'localuser', 'group', 'rdomain', 'version']);
const anchorValue = (name: string, v: string) => (name === 'host' || name === 'originalhost' ? v.toLowerCase() : v);
/** Every entry is a positive literal. */
function literalList(list: string): boolean {
  let start = true; // at the start of an entry
  for (let i = 0; i < list.length; i++) {
    const ch = list.charCodeAt(i);
    if (ch === 44 /* , */) {
      if (start) return false;
      start = true;
    } else if ((start && ch === 33) /* ! */ || ch === 42 /* * */ || ch === 63 /* ? */) return false;
    else start = false;
  }
  return !start;
}

/** Network `inner` (bytes + mask) lies inside network `outer`. */
function cidrContains(outer: { bytes: number[]; masklen: number }, inner: { bytes: number[]; masklen: number }): boolean {
  if (outer.bytes.length !== inner.bytes.length || outer.masklen > inner.masklen) return false;
  for (let bit = 0; bit < outer.masklen; bit++) {
    const m = 0x80 >> bit % 8;
    if ((outer.bytes[bit >> 3] & m) !== (inner.bytes[bit >> 3] & m)) return false;
  }
  return true;
}

/** An sshd Address/LocalAddress list as coverage needs it: its positive entries as networks. */
interface AddressList {
  /** the list has a negated entry */
  negated: boolean;
  /** each positive entry: its network, or undefined when it is a wildcard pattern */
  positives: ({ bytes: number[]; masklen: number } | undefined)[];
}
/** Parsed address lists of one check, by text (undefined: a list we do not decide). */
export type AddressCache = Map<string, AddressList | undefined>;

/**
 * addrmatch.c addr_match_list: every entry is tried (a later invalid entry turns a match
 * into an error), a negated entry that matches wins. Lists with an invalid entry
 * (checkAddressList) or a %scope are left undecided.
 */
function addressList(list: string, cache?: AddressCache): AddressList | undefined {
  if (cache?.has(list)) return cache.get(list);
  let v: AddressList | undefined;
  if (!list.includes('%') && !checkAddressList(list)) {
    const entries = list.split(',');
    v = {
      negated: entries.some((p) => p.startsWith('!')),
      positives: entries
        .filter((p) => !p.startsWith('!'))
        .map((p) => {
          const r = parseCidr(p);
          return r.ok ? { bytes: r.bytes, masklen: r.masklen } : undefined;
        }),
    };
  }
  cache?.set(list, v);
  return v;
}

/** Every value the later criterion `later` admits is admitted by the earlier one (same criterion). */
export function criterionCovers(kind: FileKind, target: string, name: string, earlier: string | undefined, later: string | undefined, cache?: AddressCache): boolean {
  if (earlier === undefined || later === undefined) return earlier === later; // flag criteria (invalid-user)
  // The same list admits the same values, whatever its patterns (a list without a positive entry admits none).
  if (earlier === later) return later.split(',').some((p) => !p.startsWith('!'));
  switch (name) {
    case 'host':
    case 'originalhost': {
      // match_hostname: the value and the patterns are lower-cased.
      const ls = literals(later);
      return !!ls && ls.every((p) => matchPatternList(p, earlier, true) === 1);
    }
    case 'user':
    case 'group': {
      const ls = literals(later);
      if (!ls) return false;
      if (kind === 'ssh') return ls.every((p) => matchPatternList(p, earlier, false) === 1);
      // sshd: case-sensitive, but case-insensitive on Cygwin: both must hold.
      if (name === 'group' && earlier.split(',').some((e) => e.startsWith('!'))) return false;
      return ls.every((p) => matchPatternList(p, earlier, false) === 1 && matchPatternList(p, earlier, true) === 1);
    }
    case 'localuser':
    case 'rdomain':
    case 'version': {
      const ls = literals(later);
      return !!ls && ls.every((p) => matchPatternList(p, earlier, false) === 1);
    }
    case 'address':
    case 'localaddress': {
      const e = addressList(earlier, cache);
      const l = addressList(later, cache);
      return !!e && !!l && !e.negated && l.positives.length > 0 && l.positives.every((r) => !!r && e.positives.some((o) => !!o && cidrContains(o, r)));
    }
    case 'localport': {
      const service = matchSyntax(kind, target).servicePorts;
      const a = parsePort(earlier, service);
      const b = parsePort(later, service);
      return !!a && !!b && 'port' in a && 'port' in b && a.port === b.port;
    }
    default:
      return false;
  }
}

/** Every criterion of the earlier block is a criterion of the later one that it covers. */
export function matchCovers(kind: FileKind, target: string, earlier: Criterion[], later: Criterion[], cache?: AddressCache): boolean {
  return earlier.every((e) => later.some((l) => !l.negated && l.name === e.name && (literalCovers(e, l) ?? criterionCovers(kind, target, e.name, e.arg, l.arg, cache))));
}

/**
 * The quick answer when both lists are literals (the common case): with only literals an
 * earlier list admits a word exactly when it lists it (lower-cased for host names), which
 * is what criterionCovers decides for them too. Undefined: ask criterionCovers.
 */
function literalCovers(e: Criterion, l: Criterion): boolean | undefined {
  if (!ANCHORS.has(e.name) || e.arg === undefined || l.arg === undefined) return undefined;
  if (e.lits === undefined) e.lits = literalList(e.arg) ? new Set(e.arg.split(',').map((v) => anchorValue(e.name, v))) : null;
  if (!e.lits) return undefined;
  if (l.pos === undefined) l.pos = literals(l.arg)?.map((v) => anchorValue(l.name, v)) ?? null;
  return !!l.pos && l.pos.every((v) => e.lits!.has(v));
}

/**
 * An earlier positive-only `Host` line covers a later Match block through its
 * `originalhost` criterion: each literal is matched by a pattern that reads the
 * same in any case (no letters), or has no letters itself (see the header).
 */
export function hostCoversOriginal(positives: string[], later: Criterion[]): boolean {
  return later.some((l) => {
    if (l.negated || l.name !== 'originalhost' || l.arg === undefined) return false;
    const ls = literals(l.arg);
    return !!ls && ls.every((p) => positives.some((e) => matchPattern(p.toLowerCase(), e) && (!LETTER.test(e) || !LETTER.test(p))));
  });
}

/** sshd `UnusedConnectionTimeout none` sets the option whatever came before (firstValueWins.ts noneOverrides). */
function overridesEarlier(key: string, item: SequenceItem): boolean {
  const d = item.directive;
  return key === 'unusedconnectiontimeout' && d.args.length > 0 && d.args[0].value.toLowerCase() === 'none';
}

export const shadowingRule: Rule = {
  id: 'shadowed-by-earlier-block',
  codes: ['shadowed-by-earlier-block'],
  check(doc, ctx, report) {
    try {
      checkShadowing(doc, ctx, report);
    } finally {
      emptyListings();
    }
  },
};

function checkShadowing(doc: ConfigDocument, ctx: RuleContext, report: (f: Finding) => void): void {
  const { kind, target, remember } = ctx;
  const resolve = keywordResolver(kind, target);
  const settingOf = settingLookup(kind, target, remember);
  const gen = ++generation;
  if (byPattern.size > MAX_LISTINGS) byPattern.clear();
  for (const byValue of anchored.values()) if (byValue.size > MAX_LISTINGS) byValue.clear();
  const seq = directiveSequence(doc, ctx);
  // Lines are named by their index in `seq`.
  const always = new Map<string, number>(); // keyword → first value from a scope that always applies
  // Earlier positive Host blocks are listed under their literal patterns (byPattern); blocks with a wildcard are checked one by one.
  const wildBlocks: Coverer[] = [];
  // Earlier blocks that may cover a later Match block are listed under a criterion whose
  // patterns are all literals (anchored); the others are checked one by one.
  const general: Coverer[] = [];
  const anchor = (name: string, value: string, c: Coverer) => {
    let byValue = anchored.get(name);
    if (!byValue) anchored.set(name, (byValue = new Map()));
    list(byValue, value, c, gen);
  };
  // Blocks are numbered in the order they become coverers (the index into the per-keyword first lines).
  let nextId = 0;
  // ssh: how many HostName / User / Include lines precede each position (the `host` and `user` guards).
  let guards: ReturnType<typeof guardCounts> | undefined;
  const addresses: AddressCache = new Map();
  const program = kind === 'ssh' ? 'ssh' : 'sshd';

  /** What a block is to this rule, worked out at its first line that sets something. */
  // (Plain indexed loops in here: this runs once per block on every edit, and its
  // for-of loops were measured allocating an iterator and a result per element.)
  const recordOf = (scope: Scope): BlockRecord => {
    let r = scope.shadowRecord as BlockRecord | undefined;
    if (!r || r.gen !== gen) r = resetRecord(scope, gen, -1); // the global part (a block's is reset at its header)
    if (r.ready) return r;
    r.ready = true;
    const section = scope.section;
    // A block of a file Included from inside a block that may not match applies only where that block
    // does: it covers nothing we can decide (and its lines, in another file, are never reported).
    if (!section.header || scope.alwaysApplies || scope.conditional) return r;
    if (kind === 'ssh' && section.kind === 'host') {
      const host = hostLine(section, remember);
      const positives = host.positives;
      if (positives) {
        const c = coverer(r, scope, positives, host.plain, undefined, nextId++);
        r.coverer = c;
        const wild = host.wild;
        // For `Match originalhost`: a literal pattern covers only itself, and only without letters.
        if (c.plainHost) {
          if (wild) general.push(c);
          else for (let k = 0; k < positives.length; k++) if (!LETTER.test(positives[k])) anchor('originalhost', positives[k], c);
        }
        if (wild) wildBlocks.push(c);
        else for (let k = 0; k < positives.length; k++) list(byPattern, positives[k], c, gen);
      }
    } else if (section.kind === 'match') {
      const criteria = remember ? rememberedCriteria(section, kind, target) : matchCriteria(section, kind, target);
      if (criteria) {
        r.criteria = criteria;
        r.coverable = canBeCovered(kind, criteria);
        if (canCover(kind, criteria)) {
          const c = coverer(r, scope, undefined, false, criteria, nextId++);
          r.coverer = c;
          let a: Criterion | undefined;
          for (let k = 0; k < criteria.length && !a; k++) if (anchorsOf(criteria[k])) a = criteria[k];
          if (a) for (let k = 0; k < a.anchors!.length; k++) anchor(a.name, a.anchors![k], c);
          else general.push(c);
        }
      }
    }
    return r;
  };

  /**
   * The earlier blocks that cover the Match block `scope` (header at `headerIdx`), worked
   * out once, at its first line that sets something. The candidates come from the index
   * (a superset of the covering blocks). The index only grows, and a block added later has
   * no line before this block's lines. Past CANDIDATE_LIMIT candidates we decide nothing
   * for the block (fewer reports, never a wrong one): the work stays linear in the file.
   */
  const coveringBlocks = (scope: Scope, criteria: Criterion[], headerIdx: number): readonly Coverer[] => {
    // The candidates: the general blocks, then those listed under each criterion's first literal (none: the index cannot help).
    let foundCount = 0;
    let total = general.length;
    for (let k = 0; k < criteria.length; k++) {
      const l = criteria[k];
      const word = firstLiteralOf(l);
      const listing = word === null ? undefined : listed(anchored.get(l.name), word, gen);
      if (listing) {
        found[foundCount++] = listing;
        total += listing.n;
      }
    }
    let out: Coverer[] | undefined;
    if (total <= CANDIDATE_LIMIT) {
      for (let k = -1; k < foundCount; k++) {
        const blocks = k < 0 ? general : found[k].blocks;
        const n = k < 0 ? general.length : found[k].n;
        for (let i = 0; i < n; i++) {
          const c = blocks[i];
          if (c.scope === scope || c.headerIdx >= headerIdx || out?.includes(c)) continue;
          if (coversMatch(c, criteria, headerIdx)) (out ??= []).push(c);
        }
      }
    }
    return out ?? NONE;
  };

  /** The earlier block `c` matches every connection the later Match block (criteria, header at `headerIdx`) matches. */
  const coversMatch = (c: Coverer, criteria: Criterion[], headerIdx: number): boolean => {
    if (c.positives) return c.plainHost && hostCoversOriginal(c.positives, criteria);
    if (!c.criteria || !matchCovers(kind, target, c.criteria, criteria, addresses)) return false;
    if (kind !== 'ssh') return true;
    const g = (guards ??= guardCounts(seq));
    const between = (counts: Int32Array) => counts[headerIdx] - counts[c.headerIdx + 1] > 0;
    if (c.criteria.some((e) => e.name === 'host') && (between(g.hostname) || between(g.include))) return false;
    if (c.criteria.some((e) => e.name === 'user') && (between(g.user) || between(g.include))) return false;
    return true;
  };

  for (let idx = 0; idx < seq.length; idx++) {
    const item = seq[idx];
    const d = item.directive;
    const scope = item.scope;
    if (d === scope.section.header) {
      resetRecord(scope, gen, idx); // a Host/Match line sets nothing
      continue;
    }
    const setting = settingOf(d);
    if (!setting || !setting.sets || (setting.repeat !== 'first-wins' && setting.repeat !== 'first-line-wins') || REPORTED_ELSEWHERE.has(setting.key)) continue;
    const key = setting.key;
    const rec = recordOf(scope);
    // sshd: the global part is overridden by Match blocks; only `Match all` blocks hide later ones.
    const alwaysScope = scope.alwaysApplies && (kind === 'ssh' || scope.section.kind === 'match');
    // sshd `UnusedConnectionTimeout none` is applied whatever came first: never hidden.
    const overrides = kind === 'sshd' && overridesEarlier(key, item);

    const first = firstLinesOf(key);
    let winner = -1; // the earliest earlier line, of another scope, whose value applies first
    const a = always.get(key);
    if (a !== undefined && seq[a].scope !== scope) winner = a;
    const positives = rec.coverer?.positives;
    if (kind === 'ssh' && scope.section.kind === 'host' && positives && !WILDCARD.test(positives[0])) {
      // Earlier blocks naming the same first pattern, then those with wildcards
      // (plain loops: on a large file no closure, array or iterator per line).
      const same = listed(byPattern, positives[0], gen);
      const sameCount = same === undefined ? 0 : same.n;
      for (let k = 0; k < sameCount + wildBlocks.length; k++) {
        const c = k < sameCount ? same!.blocks[k] : wildBlocks[k - sameCount];
        const h = firstAt(first, c.id, gen);
        if (h !== undefined && c.scope !== scope && (winner < 0 || h < winner) && covers(c.positives!, positives)) winner = h;
      }
    }
    if (rec.coverable && rec.criteria && !overrides) {
      rec.covering ??= coveringBlocks(scope, rec.criteria, rec.headerIdx);
      for (const c of rec.covering) {
        const h = firstAt(first, c.id, gen);
        if (h !== undefined && (winner < 0 || h < winner)) winner = h;
      }
    }
    if (winner >= 0 && !overrides && item.uri === undefined && (kind === 'ssh' || scope.section.kind === 'match')) {
      reportShadow(doc, item, seq[winner], key, program, report, resolve);
    }
    // Record this value for later blocks (only the first per scope counts).
    if (alwaysScope && !always.has(key)) always.set(key, idx);
    if (rec.coverer && firstAt(first, rec.coverer.id, gen) === undefined) setFirst(first, rec.coverer.id, idx, gen);
  }
}

/** Prefix counts of the lines that change what the ssh `host` and `user` criteria see. */
function guardCounts(seq: readonly SequenceItem[]): { hostname: Int32Array; user: Int32Array; include: Int32Array } {
  const n = seq.length + 1;
  const hostname = new Int32Array(n);
  const user = new Int32Array(n);
  const include = new Int32Array(n);
  seq.forEach((s, i) => {
    const name = s.directive.name;
    hostname[i + 1] = hostname[i] + (name === 'hostname' ? 1 : 0);
    user[i + 1] = user[i] + (name === 'user' ? 1 : 0);
    include[i + 1] = include[i] + (name === 'include' ? 1 : 0);
  });
  return { hostname, user, include };
}

function blockLabel(section: Section): string {
  const h = section.header;
  if (!h) return 'the global part';
  return `${h.keyword.value} ${h.args.map((x) => x.text).join(' ')}`.trim();
}

function reportShadow(
  doc: ConfigDocument,
  item: SequenceItem,
  winner: SequenceItem,
  key: string,
  program: string,
  report: Parameters<Rule['check']>[2],
  resolve: ReturnType<typeof keywordResolver>,
): void {
  const d = item.directive;
  const w = winner.directive;
  const label = resolve(key).info?.facts.name ?? d.keyword.value;
  const here = item.scope.section;
  const there = winner.scope.section;
  const who = here.kind === 'host' ? `every host "${blockLabel(here)}" names` : 'every connection this block matches';
  const thereLabel = there.header ? `"${blockLabel(there)}"` : 'the global part';
  const inFile = where(winner);
  const fixes: Fix[] = [];
  // Move the later block above the earlier one: its values then come first. Only within this
  // file, for a winning Host/Match block (not the global part), and without losing a line.
  if (winner.uri === undefined && there.header && here.header && here.startLine > there.startLine) {
    const lines: string[] = [];
    for (let l = here.startLine; l <= here.endLine; l++) lines.push(doc.lineText(l));
    while (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
    const end = here.startLine + lines.length - 1;
    fixes.push({
      title: `Move the "${blockLabel(here)}" block above "${blockLabel(there)}" (line ${there.startLine + 1})`,
      edits: [
        { span: { line: there.startLine, start: 0, end: 0 }, newText: `${lines.join('\n')}\n\n` },
        { span: { line: here.startLine, start: 0, end: 0 }, newText: '', wholeLines: { endLine: end } },
      ],
    });
  }
  report({
    code: 'shadowed-by-earlier-block',
    severity: 'warning',
    message: `${label} is already set on line ${w.line + 1}${inFile} in ${thereLabel}, which also applies to ${who}; ${program} keeps the first value it obtains, so this value is never used.`,
    span: d.keyword,
    tags: ['unnecessary'],
    related: [{ span: w.keyword, message: `the ${label} value that applies first`, uri: winner.uri }],
    fixes: fixes.length ? fixes : undefined,
  });
}
