// Include: which files an `Include` line reads, resolved the way OpenSSH does.
// Pure: the host (the Node server, the CLI, a test) does the reads through
// IncludeHost; this module only sees paths and text.
//
// Facts (openssh-portable V_9_2_P1 and V_10_5_P1, unchanged between them):
//   ssh (readconf.c case oInclude):
//     - a word starting with `~` is refused in a system file ("bad include
//       path"); allowed in the user's file (SSHCONF_USERCONF);
//     - a relative word is read from `~/.ssh/` in the user's file and from
//       SSHDIR (/etc/ssh) in a system file;
//     - glob(3) with GLOB_TILDE (sorted results); no match is not an error
//       ("matched no files", debug only);
//     - an included file inherits the Host/Match state of the Include line,
//       and that state is restored after each file (`*activep = oactive`);
//       from an inactive block its Host/Match lines never match (NEVERMATCH);
//     - more than READCONF_MAX_DEPTH (16) nested includes is fatal ("Too many
//       recursive configuration includes"), so an include cycle is fatal.
//   sshd (servconf.c case sInclude):
//     - a word not starting with `/` or `~` is read from SSHDIR (/etc/ssh);
//     - glob(3) with flags 0: `~` is NOT expanded (it stays a literal name);
//     - no match is not an error; the same pattern is globbed once (cache);
//     - SERVCONF_MAX_DEPTH (16), same fatal error.
//   -F FILE on the ssh command line is read as the user's file (ssh.c
//   process_config_files: SSHCONF_USERCONF).

import { parse, type LegacyMode } from '../parser/parser';
import type { ConfigDocument, Directive, Token } from '../parser/types';
import type { FileKind } from '../openssh/types';

/** What the service needs from the machine to follow Include lines. */
export interface IncludeHost {
  /** The text of a file, or why it cannot be read (missing, too large, a directory…). */
  readFile(path: string): Promise<string | { error: string }>;
  /** The existing paths matching a glob(3) pattern (absolute, no `~`), sorted as glob(3) sorts. */
  glob(pattern: string): Promise<string[] | { error: string }>;
  /** the user's home directory (`~`), if known */
  homeDir?: string;
}

export interface IncludeOptions {
  /**
   * The folder that stands for /etc/ssh. Unset: the folder of a file named
   * sshd_config / ssh_config (or the parent of sshd_config.d / ssh_config.d),
   * so that a copy of /etc/ssh kept in a repository reads its own drop-ins.
   */
  sshDir?: string;
  /** the line reader of releases before 8.7 (parser LegacyMode) */
  legacy?: LegacyMode;
  /** most files followed in one graph (default 256) */
  maxFiles?: number;
}

/** OpenSSH's SSHDIR on Debian and most systems. */
export const SYSTEM_SSH_DIR = '/etc/ssh';
/** READCONF_MAX_DEPTH (readconf.c) and SERVCONF_MAX_DEPTH (servconf.c). */
export const MAX_INCLUDE_DEPTH = 16;

/** One word of an Include line. */
export interface IncludeArg {
  directive: Directive;
  token: Token;
  /** the glob pattern OpenSSH uses (base directory and `~` applied), as a path on this machine */
  pattern?: string;
  /** the pattern as OpenSSH would see it on the real system (before mapping a workspace copy of /etc/ssh) */
  systemPattern?: string;
  /** why the word reads nothing (a refused `~`, an unknown home…) */
  problem?: string;
  /** the files it reads, sorted */
  matches: string[];
  /** the glob failed (unreadable folder…) */
  globError?: string;
  /** no match, but the pattern's folder exists: an empty drop-in folder (Debian's default), not worth a hint */
  emptyFolder?: boolean;
}

export interface IncludedFile {
  path: string;
  uri: string;
  doc?: ConfigDocument;
  /** why the file could not be read */
  error?: string;
  includes: IncludeArg[];
}

export interface IncludeGraph {
  kind: FileKind;
  root: string;
  /** ssh: the file is read as the user's config (relative → ~/.ssh) */
  userConfig: boolean;
  /** the folder standing for /etc/ssh */
  sshDir: string;
  /** sshDir is a copy of /etc/ssh (a workspace folder) */
  mirrored: boolean;
  files: Map<string, IncludedFile>;
  /** the file count limit stopped the walk */
  truncated: boolean;
}

// ---------------------------------------------------------------- paths

export function normalizePath(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(part);
  }
  return (abs ? '/' : '') + out.join('/');
}

export function dirname(p: string): string {
  const i = p.replace(/\/+$/, '').lastIndexOf('/');
  return i <= 0 ? (p.startsWith('/') ? '/' : '.') : p.slice(0, i);
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** A file path as a file: URI (the form editors use). */
export function fileUri(path: string): string {
  return `file://${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The path of a file: URI, or undefined for other schemes. */
export function uriPath(uri: string): string | undefined {
  if (uri.startsWith('file://')) return decodeURIComponent(uri.slice('file://'.length).replace(/^[^/]*/, ''));
  if (uri.startsWith('/')) return uri;
  return undefined;
}

/** The folder that stands for /etc/ssh for a document, and whether it is a copy. */
export function sshDirFor(docPath: string, override?: string): { sshDir: string; mirrored: boolean } {
  if (override) {
    const d = normalizePath(override);
    return { sshDir: d, mirrored: d !== SYSTEM_SSH_DIR };
  }
  const p = normalizePath(docPath);
  const dir = dirname(p);
  let base: string | undefined;
  if (/^sshd?_config$/.test(basename(p))) base = dir;
  else if (/^sshd?_config\.d$/.test(basename(dir))) base = dirname(dir);
  if (!base || base === SYSTEM_SSH_DIR) return { sshDir: SYSTEM_SSH_DIR, mirrored: false };
  return { sshDir: base, mirrored: true };
}

/** An ssh_config is a system file when it is ssh_config or a drop-in of ssh_config.d; any other file is the user's. */
export function isUserConfig(docPath: string): boolean {
  const p = normalizePath(docPath);
  return !(basename(p) === 'ssh_config' || basename(dirname(p)) === 'ssh_config.d');
}

/** The glob pattern of one Include word, or why it reads nothing. */
export function includePattern(
  word: string,
  kind: FileKind,
  opts: {
    userConfig: boolean;
    sshDir: string;
    mirrored: boolean;
    homeDir?: string;
    /**
     * false: a system file found only by its name in a folder taken for a copy of /etc/ssh
     * (it may well be someone's user config): `~` is followed instead of refused.
     */
    certainSystem?: boolean;
  },
): { pattern: string; systemPattern: string } | { problem: string } {
  let system: string;
  if (kind === 'sshd') {
    // servconf.c: only a leading `/` or `~` keeps the word as it is; glob() flags 0 never expands `~`.
    if (word.startsWith('~')) return { problem: 'sshd does not expand "~" in Include: this reads a file literally named "~…" in sshd\'s working folder, which never exists in practice. Write the full path.' };
    system = word.startsWith('/') ? word : `${SYSTEM_SSH_DIR}/${word}`;
  } else {
    if (word.startsWith('~') && !opts.userConfig && opts.certainSystem !== false) return { problem: 'ssh refuses "~" in an Include of a system-wide file ("bad include path"): write the full path.' };
    if (word.startsWith('~')) {
      if (!word.startsWith('~/') && word !== '~') return { problem: 'another user\'s home ("~name/") is not followed here.' };
      if (!opts.homeDir) return { problem: 'the home directory is unknown, so "~" cannot be followed.' };
      const p = normalizePath(opts.homeDir + word.slice(1));
      return { pattern: p, systemPattern: p };
    }
    if (word.startsWith('/')) system = word;
    else if (opts.userConfig) {
      if (!opts.homeDir) return { problem: 'the home directory is unknown, so a relative Include (read from ~/.ssh) cannot be followed.' };
      const p = normalizePath(`${opts.homeDir}/.ssh/${word}`);
      return { pattern: p, systemPattern: `~/.ssh/${word}` };
    } else system = `${SYSTEM_SSH_DIR}/${word}`;
  }
  system = normalizePath(system);
  let pattern = system;
  if (opts.mirrored && (system === SYSTEM_SSH_DIR || system.startsWith(`${SYSTEM_SSH_DIR}/`))) pattern = opts.sshDir + system.slice(SYSTEM_SSH_DIR.length);
  return { pattern, systemPattern: system };
}

// ---------------------------------------------------------------- graph

const parsed = new Map<string, { text: string; doc: ConfigDocument }>();
const PARSE_CACHE_MAX = 200;

/** Parse an included file once per text (a small cache shared by every graph). */
function parseIncluded(path: string, text: string, kind: FileKind, legacy: LegacyMode): ConfigDocument {
  const key = `${kind}:${String(legacy)}:${path}`;
  const hit = parsed.get(key);
  if (hit && hit.text === text) return hit.doc;
  const doc = parse(text, kind, { legacy });
  parsed.delete(key);
  parsed.set(key, { text, doc });
  if (parsed.size > PARSE_CACHE_MAX) parsed.delete(parsed.keys().next().value as string);
  return doc;
}

/** The Include lines of a document and their words. */
export function includeArgs(doc: ConfigDocument): { directive: Directive; token: Token }[] {
  const out: { directive: Directive; token: Token }[] = [];
  for (const d of doc.directives) if (d.name === 'include') for (const token of d.args) out.push({ directive: d, token });
  return out;
}

/**
 * Follow every Include of `rootDoc` (at `rootPath`), and of the files they
 * read, through `host`. Each file is read and parsed once; a file that cannot
 * be read is recorded with its reason, never thrown.
 */
export async function resolveIncludes(rootPath: string, rootDoc: ConfigDocument, host: IncludeHost, opts: IncludeOptions = {}): Promise<IncludeGraph> {
  const kind = rootDoc.kind;
  const root = normalizePath(rootPath);
  const { sshDir, mirrored } = sshDirFor(root, opts.sshDir);
  const userConfig = kind === 'ssh' && isUserConfig(root);
  const graph: IncludeGraph = { kind, root, userConfig, sshDir, mirrored, files: new Map(), truncated: false };
  const maxFiles = opts.maxFiles ?? 256;
  const globs = new Map<string, Promise<string[] | { error: string }>>();
  const queue: IncludedFile[] = [];
  const argsOf = async (doc: ConfigDocument): Promise<IncludeArg[]> => {
    const out: IncludeArg[] = [];
    for (const { directive, token } of includeArgs(doc)) {
      const arg: IncludeArg = { directive, token, matches: [] };
      out.push(arg);
      if (token.value === '') continue;
      const r = includePattern(token.value, kind, { userConfig, sshDir, mirrored, homeDir: host.homeDir, certainSystem: !mirrored || !!opts.sshDir });
      if ('problem' in r) {
        arg.problem = r.problem;
        continue;
      }
      const glob = (pattern: string) => {
        let g = globs.get(pattern);
        if (!g) globs.set(pattern, (g = host.glob(pattern)));
        return g;
      };
      let pattern = r.pattern;
      // A copy of /etc/ssh that lacks the folder named (sshd_config.d…) reads the machine's own.
      if (pattern !== r.systemPattern && r.systemPattern.startsWith('/')) {
        const first = pattern.slice(sshDir.length + 1).split('/')[0];
        const there = first ? await glob(`${sshDir}/${first}`) : [];
        if (!Array.isArray(there) || !there.length) pattern = r.systemPattern;
      }
      arg.pattern = pattern;
      arg.systemPattern = r.systemPattern;
      const m = await glob(pattern);
      if (Array.isArray(m)) arg.matches = m.map(normalizePath);
      else arg.globError = m.error;
      if (!arg.matches.length && /[*?[]/.test(basename(pattern))) {
        const dir = await glob(dirname(pattern));
        arg.emptyFolder = Array.isArray(dir) && dir.length > 0;
      }
    }
    return out;
  };
  const rootFile: IncludedFile = { path: root, uri: fileUri(root), doc: rootDoc, includes: [] };
  graph.files.set(root, rootFile);
  queue.push(rootFile);
  while (queue.length) {
    const f = queue.shift()!;
    if (!f.doc) continue;
    f.includes = await argsOf(f.doc);
    for (const a of f.includes) {
      for (const p of a.matches) {
        if (graph.files.has(p)) continue;
        if (graph.files.size >= maxFiles) {
          graph.truncated = true;
          continue;
        }
        const child: IncludedFile = { path: p, uri: fileUri(p), includes: [] };
        graph.files.set(p, child);
        const text = await host.readFile(p);
        if (typeof text === 'string') child.doc = parseIncluded(p, text, kind, opts.legacy ?? false);
        else child.error = text.error;
        queue.push(child);
      }
    }
  }
  return graph;
}

/**
 * A chain of files that includes itself, starting at `from`, or undefined.
 * OpenSSH follows it until the depth limit and then stops with a fatal error.
 */
export function includeCycle(graph: IncludeGraph, from: string, through: string): string[] | undefined {
  const seen = new Set<string>();
  const dfs = (p: string, stack: string[]): string[] | undefined => {
    const i = stack.indexOf(p);
    if (i >= 0) return [...stack.slice(i), p];
    if (seen.has(p)) return undefined;
    seen.add(p);
    const f = graph.files.get(p);
    for (const a of f?.includes ?? []) for (const m of a.matches) {
      const c = dfs(m, [...stack, p]);
      if (c) return c;
    }
    return undefined;
  };
  return dfs(through, [from]);
}

/** The deepest nesting below `path` (0: no includes), capped just above the limit; cycles count as too deep. */
export function includeDepth(graph: IncludeGraph, path: string, depth = 0, stack: string[] = []): number {
  if (depth > MAX_INCLUDE_DEPTH || stack.includes(path)) return MAX_INCLUDE_DEPTH + 1;
  let max = depth;
  for (const a of graph.files.get(path)?.includes ?? [])
    for (const m of a.matches) max = Math.max(max, includeDepth(graph, m, depth + 1, [...stack, path]));
  return max;
}
