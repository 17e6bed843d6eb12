// The Node side of workspace symbols: the OpenSSH configs of the workspace
// folders that are not open in the editor. A bounded, asynchronous walk finds
// them by name (fileKind.ts configFileKind: the same names the extension opens
// as configs); each file is read at most once per change on disk (size and
// mtime), never when it is larger than maxBytes, and only while the files kept
// stay under maxTotalBytes. What `parse` returns is kept (the server keeps the
// Host/Match lines only). Nothing is run, nothing leaves the machine; the walk
// and the reads are asynchronous and the thread is handed back between files.

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
  /** most bytes of files read and kept in all */
  maxTotalBytes?: number;
  /** without file events from the editor, the walk is repeated when older than this */
  rescanMs?: number;
  /** with file events, still repeated when older than this (a folder moved in sends no event for its files) */
  watchedRescanMs?: number;
}

/** Folders never walked: dependencies and version-control data, never a user's config. */
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', '.jj']);

export type ParseFile<T> = (path: string, kind: FileKind, text: string) => T | Promise<T>;

export interface IndexedFile<T> {
  path: string;
  kind: FileKind;
  doc: T;
}

export class WorkspaceIndex<T = ConfigDocument> {
  private roots: string[] = [];
  private paths = new Map<string, FileKind>();
  private docs = new Map<string, { mtimeMs: number; size: number; doc: T }>();
  private keptBytes = 0;
  private scanned: { at: number; done: Promise<void> } | undefined;
  /** bumped by setRoots: a walk of older roots must not store its result */
  private generation = 0;
  /** file events that arrived during a walk, applied to its result */
  private duringWalk: [string, 1 | 2 | 3][] | undefined;
  /** the editor reports file events (didChangeWatchedFiles): no periodic re-walk */
  watching = false;
  /** the last walk stopped at a bound */
  truncated = false;
  private readonly maxFiles: number;
  private readonly maxEntries: number;
  private readonly maxDepth: number;
  private readonly maxBytes: number;
  private readonly maxTotalBytes: number;
  private readonly rescanMs: number;
  private readonly watchedRescanMs: number;

  constructor(
    private readonly parse: ParseFile<T>,
    opts: WorkspaceIndexOptions = {},
  ) {
    this.maxFiles = opts.maxFiles ?? 2000;
    this.maxEntries = opts.maxEntries ?? 200_000;
    this.maxDepth = opts.maxDepth ?? 12;
    this.maxBytes = opts.maxBytes ?? 1024 * 1024;
    this.maxTotalBytes = opts.maxTotalBytes ?? 32 * 1024 * 1024;
    this.rescanMs = opts.rescanMs ?? 30_000;
    this.watchedRescanMs = opts.watchedRescanMs ?? 300_000;
  }

  /** The workspace folders (absolute paths); a change starts over. */
  setRoots(roots: string[]): void {
    this.roots = [...new Set(roots.map((r) => r.replace(/\/+$/, '') || '/'))];
    this.generation++;
    this.scanned = undefined;
    this.duringWalk = undefined;
    this.paths.clear();
    this.forgetParsed();
  }

  /** Drop what was read (the settings that decide how files are parsed changed). */
  forgetParsed(): void {
    this.docs.clear();
    this.keptBytes = 0;
  }

  private drop(path: string): void {
    const hit = this.docs.get(path);
    if (!hit) return;
    this.keptBytes -= hit.size;
    this.docs.delete(path);
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
    this.duringWalk?.push([path, type]);
    const kind = configFileKind(path);
    this.drop(path);
    if (type === 3) {
      this.paths.delete(path);
      // A deleted folder takes its files with it.
      const prefix = `${path}/`;
      for (const p of [...this.paths.keys()]) {
        if (!p.startsWith(prefix)) continue;
        this.paths.delete(p);
        this.drop(p);
      }
    } else if (kind) {
      if (this.paths.size < this.maxFiles) this.paths.set(path, kind);
    } else if (type === 1) this.scanned = undefined; // maybe a folder (moved in): walk again when asked
  }

  private walk(): Promise<void> {
    const now = Date.now();
    if (this.scanned && now - this.scanned.at < (this.watching ? this.watchedRescanMs : this.rescanMs)) return this.scanned.done;
    const done = this.walkNow(this.generation);
    this.scanned = { at: now, done };
    return done;
  }

  private async walkNow(generation: number): Promise<void> {
    const found = new Map<string, FileKind>();
    const events: [string, 1 | 2 | 3][] = [];
    this.duringWalk = events;
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
    if (generation !== this.generation) return; // the roots changed meanwhile: a newer walk decides
    this.duringWalk = undefined;
    this.truncated = truncated;
    this.paths = found;
    for (const p of [...this.docs.keys()]) if (!found.has(p)) this.drop(p);
    // What happened while the walk ran may not be in what it saw.
    for (const [p, type] of events) this.fileChanged(p, type);
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
  async documents(skip: (path: string) => boolean = () => false): Promise<IndexedFile<T>[]> {
    await this.walk();
    const out: IndexedFile<T>[] = [];
    // One file at a time: each read is asynchronous and each parse short, so the editor's requests get in between.
    for (const [p, kind] of [...this.paths]) {
      if (skip(p)) continue;
      const f = await this.load(p, kind);
      if (f) out.push(f);
    }
    return out;
  }

  private async load(path: string, kind: FileKind): Promise<IndexedFile<T> | undefined> {
    try {
      const st = await stat(path);
      if (!st.isFile() || st.size > this.maxBytes) return undefined;
      const hit = this.docs.get(path);
      if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return { path, kind, doc: hit.doc };
      this.drop(path);
      if (this.keptBytes + st.size > this.maxTotalBytes) {
        this.truncated = true;
        return undefined;
      }
      const text = await readFileBounded(path, this.maxBytes, true);
      if (text === undefined) return undefined;
      const doc = await this.parse(path, kind, text);
      if (this.paths.get(path) === kind && !this.docs.has(path)) {
        this.docs.set(path, { mtimeMs: st.mtimeMs, size: st.size, doc });
        this.keptBytes += st.size;
      }
      return { path, kind, doc };
    } catch {
      return undefined; // gone, unreadable or not a regular file since the walk
    }
  }
}
