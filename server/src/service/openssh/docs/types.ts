// Our own documentation of OpenSSH keywords: what a keyword does, in plain
// words, with its value syntax, default and an example. Facts (defaults,
// behaviour) are cited from openssh-portable@0ef0f5a8 (10.5) and the release
// notes; see ../../../../../shared/openssh/FACTS.md §2–§7 for the research notes.
// Never paste man-page sentences here.

/** Algorithm families, as `ssh -Q` names them. */
export type AlgorithmFamily = 'cipher' | 'mac' | 'kex' | 'key' | 'key-sig' | 'sig';

/**
 * What a keyword's value looks like, as OpenSSH's parser reads it. Validation,
 * completion, hover and inlay hints all read this; there is no second copy.
 */
export type ValueSpec =
  /**
   * yes|no — ssh_config also takes true|false; `extra` lists further words (e.g. PermitRootLogin's).
   * `since` maps a word to the release that first accepts it (e.g. { transport: '10.6' }).
   * `meanings` (given when there are `extra` words): what each word, yes and no included, makes OpenSSH do.
   */
  | { kind: 'flag'; extra?: string[]; since?: Record<string, string>; deprecated?: Record<string, string>; meanings?: Record<string, string> }
  /**
   * one word out of a fixed set; `caseSensitive` when OpenSSH compares with strcmp().
   * `deprecated` maps an old spelling to the word that replaced it.
   * `meanings`: what each word makes OpenSSH do, one plain sentence (hover and completion show it).
   */
  | {
      kind: 'enum';
      values: string[];
      caseSensitive?: boolean;
      since?: Record<string, string>;
      deprecated?: Record<string, string>;
      meanings?: Record<string, string>;
    }
  | { kind: 'integer'; min?: number; max?: number; none?: boolean; zero?: ZeroMeaning }
  /** the time format (`1h30m`); `none` accepted as a word when set */
  | { kind: 'time'; none?: boolean; zero?: ZeroMeaning }
  | { kind: 'port' }
  /** a path; `tokens`: the % tokens it expands (e.g. "%h %u %%"); `env`: ${VAR} expansion; `none`: the word none is special */
  | { kind: 'path'; tokens?: string; env?: boolean; none?: boolean; multiple?: boolean }
  /** comma-separated wildcard patterns, `!` negation */
  | { kind: 'pattern-list' }
  /** several values; `separator`: blanks between arguments or commas within one */
  | { kind: 'list'; separator: 'space' | 'comma'; item: string }
  /** comma-separated algorithm names with an optional leading + (append), - (remove) or ^ (prepend) */
  | { kind: 'algorithms'; family: AlgorithmFamily }
  /** one free-form argument */
  | { kind: 'text' }
  /** the rest of the line, verbatim (ProxyCommand, ForceCommand…) */
  | { kind: 'command' }
  /**
   * anything else; `grammar` describes it (validated by a dedicated rule). `words`: the
   * fixed words it also takes (ForwardAgent's yes/no…), offered by completion with their
   * `meanings`; `caseSensitive` when OpenSSH compares them with strcmp().
   */
  | { kind: 'custom'; grammar: string; words?: string[]; caseSensitive?: boolean; meanings?: Record<string, string> };

/**
 * What the value `0` does for this keyword, read from the code that uses it (hover
 * shows it). `since`: from that release on `after` holds, before it `before`.
 */
export type ZeroMeaning = string | { since: string; before: string; after: string };

/** What OpenSSH does when the keyword appears more than once where it applies (FACTS.md §8). */
export type RepeatBehaviour =
  | 'first-wins' // the first obtained value is used, later lines ignored
  | 'accumulate' // every line adds values
  | 'first-line-wins' // the whole list of the first line is used, later lines ignored
  | 'last-wins' // later lines override (usually a bug in OpenSSH)
  | 'fatal-duplicate' // a repeat makes OpenSSH refuse the file
  | 'per-name'; // first wins per name (Subsystem, SetEnv variables)

export interface KeywordDoc {
  /** one or two plain sentences on what the keyword does */
  summary: string;
  /** the value syntax, in our words */
  syntax: string;
  example: string;
  /** OpenSSH's default, as a person would say it */
  default: string;
  /** extra facts worth knowing (markdown, one per bullet) */
  notes?: string[];
  related?: string[];
  /** the value's syntax, machine-readable */
  value?: ValueSpec;
  repeat?: RepeatBehaviour;
  /**
   * Keywords OpenSSH refuses to start without when this one is set (and not
   * `none`), and where they must be: `global` = above the first Match/Host
   * line (at start-up no Match block applies). `source`: where the check is.
   */
  requires?: { keyword: string; scope: 'global'; source: string }[];
  /** where the facts were read: "servconf.c:1234 (10.5)", "release-8.2" */
  source: string;
}

export type DocTable = Record<string, KeywordDoc>;

export const TIME_SYNTAX =
  'a time interval: seconds (`90`) or numbers with units `s` `m` `h` `d` `w` that add up (`5m`, `1h30m`)';

/**
 * What a flag, enum or custom word makes OpenSSH do, from the keyword's `meanings`:
 * words compare as OpenSSH compares them (case-insensitively unless `caseSensitive`),
 * and `true`/`false` read as `yes`/`no`, as every readconf.c table maps them. The
 * caller checks that the word is one the keyword takes in its file.
 */
export function valueMeaning(spec: ValueSpec, word: string): string | undefined {
  if ((spec.kind !== 'flag' && spec.kind !== 'enum' && spec.kind !== 'custom') || !spec.meanings) return undefined;
  const meanings = spec.meanings;
  const exact = spec.kind !== 'flag' && spec.caseSensitive;
  const find = (w: string) => (exact ? meanings[w] : Object.entries(meanings).find(([k]) => k.toLowerCase() === w.toLowerCase())?.[1]);
  const alias = spec.kind !== 'enum' ? ({ true: 'yes', false: 'no' } as Record<string, string>)[exact ? word : word.toLowerCase()] : undefined;
  return find(word) ?? (alias ? find(alias) : undefined);
}
