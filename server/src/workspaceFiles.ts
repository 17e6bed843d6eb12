// The Node side of workspace symbols: the OpenSSH configs of the workspace
// folders that are not open in the editor. A bounded, asynchronous walk finds
// them by name (fileKind.ts configFileKind: the same names the extension opens
// as configs); each file is read and parsed at most once per change on disk
// (size and mtime), and never when it is larger than MAX_BYTES. Nothing is run,
// nothing leaves the machine, nothing blocks the server's thread.

import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { readFileBounded } from './includeHost';
import { configFileKind } from './service/fileKind';
import type { FileKind } from './service/openssh/types';
import type { ConfigDocument } from './service/parser/types';

export interface WorkspaceIndexOptions {
  /** most config files kept (the walk stops there) */
  maxFiles?: number;
  /** most directory entries looked at over the whole walk */
  maxEntries?: number;
  /** deepest folder level below a root */
  maxDepth?: number;
  /** largest file read */
  maxBytes?: number;
  /** without file events from the editor, the walk is repeated when older than this */
  rescanMs?: number;
}

/** Folders never walked: dependencies and version-control data, never a user's config. */
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', '.jj']);

export type ParseFile = (path: string, kind: FileKind, text: string) => ConfigDocument | Promise<ConfigDocument>;

export interface IndexedFile {
  path: string;
  kind: FileKind;
  doc: ConfigDocument;
}

export class WorkspaceIndex {
  private roots: string[] = [];
  private paths = new Map<string, FileKind>();
  private docs = new Map<string, { mtimeMs: number; size: number; doc: ConfigDocument }>();
  private scanned: { at: number; done: Promise<void> } | undefined;
  /** the editor reports file events (didChangeWatchedFiles): no periodic re-walk */
  watching = false;
  /** the last walk stopped at a bound */
  truncated = false;
  private readonly maxFiles: number;
  private readonly maxEntries: number;
  private readonly maxDepth: number;
  private readonly maxBytes: number;
  private readonly rescanMs: number;

  constructor(
    private readonly parse: ParseFile,
    opts: WorkspaceIndexOptions = {},
  ) {
    this.maxFiles = opts.maxFiles ?? 2000;
    this.maxEntries = opts.maxEntries ?? 200_000;
    this.maxDepth = opts.maxDepth ?? 12;
    this.maxBytes = opts.maxBytes ?? 1024 * 1024;
    this.rescanMs = opts.rescanMs ?? 30_000;
  }

  /** The workspace folders (absolute paths); a change starts over. */
  setRoots(roots: string[]): void {
    this.roots = [...new Set(roots.map((r) => r.replace(/\/+$/, '') || '/'))];
    this.scanned = undefined;
    this.paths.clear();
    this.docs.clear();
  }

  getRoots(): readonly string[] {
    return this.roots;
  }

  private inRoots(path: string): boolean {
    return this.roots.some((r) => r === '/' || path.startsWith(`${r}/`));
  }

  /** A file event from the editor (1 created, 2 changed, 3 deleted). A created folder means another walk. */
  fileChanged(path: string, type: 1 | 2 | 3): void {
    if (!this.inRoots(path)) return;
    const kind = configFileKind(path);
    this.docs.delete(path);
    if (type === 3) {
      this.paths.delete(path);
      // A deleted folder takes its files with it.
      const prefix = `${path}/`;
      for (const p of [...this.paths.keys()]) {
        if (!p.startsWith(prefix)) continue;
        this.paths.delete(p);
        this.docs.delete(p);
      }
    } else if (kind) {
      if (this.paths.size < this.maxFiles) this.paths.set(path, kind);
    } else if (type === 1) this.scanned = undefined; // maybe a folder (moved in): walk again when asked
  }

  private walk(): Promise<void> {
    const now = Date.now();
    if (this.scanned && (this.watching || now - this.scanned.at < this.rescanMs)) return this.scanned.done;
    const done = this.walkNow();
    this.scanned = { at: now, done };
    return done;
  }

  private async walkNow(): Promise<void> {
    const found = new Map<string, FileKind>();
    let entries = 0;
    let truncated = false;
    const queue: { dir: string; depth: number }[] = this.roots.map((dir) => ({ dir, depth: 0 }));
    // Breadth first: when a bound stops the walk, the shallow files (where configs live) are in.
    for (let i = 0; i < queue.length; i++) {
      const { dir, depth } = queue[i];
      let list: Dirent[];
      try {
        list = await readdir(dir, { withFileTypes: true });
      } catch {
        continue; // unreadable: skipped
      }
      list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of list) {
        if (++entries > this.maxEntries || found.size >= this.maxFiles) {
          truncated = true;
          break;
        }
        const path = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
        if (e.isDirectory()) {
          // Symbolic links are not followed (no loops, no walking out of the workspace).
          if (!SKIP.has(e.name) && depth < this.maxDepth) queue.push({ dir: path, depth: depth + 1 });
        } else if (e.isFile()) {
          const kind = configFileKind(path);
          if (kind) found.set(path, kind);
        }
      }
      if (truncated) break;
    }
    this.truncated = truncated;
    this.paths = found;
    for (const p of [...this.docs.keys()]) if (!found.has(p)) this.docs.delete(p);
  }

  /** The config files found (walking first when needed), without reading them. */
  async files(): Promise<Map<string, FileKind>> {
    await this.walk();
    return this.paths;
  }

  /**
   * The parsed config files of the workspace, except `skip` (the files open in the
   * editor, whose text is newer). Files are re-read only when their size or mtime changed.
   */
  async documents(skip: (path: string) => boolean = () => false): Promise<IndexedFile[]> {
    await this.walk();
    const list = [...this.paths].filter(([p]) => !skip(p));
    const out: IndexedFile[] = [];
    // A few reads at a time: the thread stays free for the editor's requests.
    for (let i = 0; i < list.length; i += 16) {
      const batch = await Promise.all(list.slice(i, i + 16).map(([p, kind]) => this.load(p, kind)));
      for (const f of batch) if (f) out.push(f);
    }
    return out;
  }

  private async load(path: string, kind: FileKind): Promise<IndexedFile | undefined> {
    try {
      const st = await stat(path);
      if (!st.isFile() || st.size > this.maxBytes) return undefined;
      const hit = this.docs.get(path);
      if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return { path, kind, doc: hit.doc };
      const text = await readFileBounded(path, this.maxBytes);
      if (text === undefined) return undefined;
      const doc = await this.parse(path, kind, text);
      if (this.paths.get(path) === kind) this.docs.set(path, { mtimeMs: st.mtimeMs, size: st.size, doc });
      return { path, kind, doc };
    } catch {
      return undefined; // gone or unreadable since the walk
    }
  }
}
