// The Node side of Include: bounded, asynchronous reads of local files for the
// pure service (service/semantics/include.ts). Nothing leaves the machine;
// nothing blocks the language server's thread (fs/promises only).

import { closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { IncludeHost } from './service/semantics/include';

/** Largest included file read (OpenSSH 10.1+ refuses configs over 4 MiB; included files are small). */
export const MAX_INCLUDE_BYTES = 1024 * 1024;
/** Most directory entries looked at for one glob. */
const MAX_DIR_ENTRIES = 10_000;

export interface NodeIncludeHostOptions {
  /** text of files open in the editor, preferred over the disk */
  overlay?: (path: string) => string | undefined;
  homeDir?: string;
  maxBytes?: number;
}

const MAGIC = /[*?[]/;

/** glob(3) matching of one path component: `*`, `?`, `[…]` classes; a leading `.` must be matched literally. */
export function globComponent(name: string, pattern: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp(`${re}$`, 's').test(name);
  } catch {
    return false;
  }
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** glob(3) without flags: existing paths matching `pattern`, sorted (strcmp order, as glob sorts in the C locale). */
export async function glob(pattern: string): Promise<string[]> {
  if (!pattern.startsWith('/')) return [];
  const parts = pattern.split('/').slice(1);
  let current = ['/'];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === '') continue;
    const next: string[] = [];
    for (const dir of current) {
      const join = (n: string) => (dir === '/' ? `/${n}` : `${dir}/${n}`);
      if (!MAGIC.test(part)) {
        next.push(join(unescape(part)));
        continue;
      }
      let names: string[];
      try {
        names = (await readdir(dir)).slice(0, MAX_DIR_ENTRIES);
      } catch {
        continue;
      }
      for (const n of names) if (globComponent(n, part)) next.push(join(n));
    }
    current = next;
  }
  const out: string[] = [];
  for (const p of current) if (p !== '/' && (await exists(p))) out.push(p);
  return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** Chunks read until more than `maxBytes` bytes came (at most maxBytes + 1 are read), joined as UTF-8 text. */
class BoundedText {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  constructor(private readonly maxBytes: number) {}
  /** A buffer for the next read. */
  buffer(): Buffer {
    return Buffer.alloc(Math.min(64 * 1024, this.maxBytes + 1 - this.total));
  }
  /** Keeps what a read put into `buffer`; false once more than maxBytes came. */
  add(buffer: Buffer, bytesRead: number): boolean {
    this.chunks.push(buffer.subarray(0, bytesRead));
    this.total += bytesRead;
    return this.total <= this.maxBytes;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * A file's text, or undefined when it has more than `maxBytes` bytes. Reads at
 * most maxBytes + 1 bytes: stat() says 0 bytes for devices and FIFOs, and
 * /dev/zero or /dev/urandom never end (a plain readFile grows without bound).
 * With `regularOnly`, anything but a regular file is refused (NotRegularFile):
 * the file is opened without blocking and checked on the open descriptor, so a
 * FIFO without a writer (or one put in the file's place after a stat) cannot
 * hold the open, and a libuv thread, forever.
 */
export async function readFileBounded(path: string, maxBytes: number, regularOnly = false): Promise<string | undefined> {
  const fh = await open(path, regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
  try {
    if (regularOnly && !(await fh.stat()).isFile()) throw new NotRegularFile();
    const read = new BoundedText(maxBytes);
    for (;;) {
      const buffer = read.buffer();
      const { bytesRead } = await fh.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return read.text();
      if (!read.add(buffer, bytesRead)) return undefined;
    }
  } finally {
    await fh.close();
  }
}

export class NotRegularFile extends Error {
  constructor() {
    super('not a regular file');
  }
}

/** readFileBounded, synchronously (the CLI); a number is an open descriptor (0: standard input), left open. */
export function readFileBoundedSync(path: string | number, maxBytes: number): string | undefined {
  const fd = typeof path === 'number' ? path : openSync(path, 'r');
  try {
    const read = new BoundedText(maxBytes);
    for (;;) {
      const buffer = read.buffer();
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) return read.text();
      if (!read.add(buffer, bytesRead)) return undefined;
    }
  } finally {
    if (typeof path !== 'number') closeSync(fd);
  }
}

/** Largest file the CLI reads: OpenSSH itself refuses configs over 4 MiB (10.1+); we allow more but stay bounded. */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

/**
 * A file named on the command line (0: standard input), read bounded; throws
 * with the reason (a folder, too large, or the system's error code).
 */
export function readConfigFileSync(file: string | 0, maxBytes = MAX_CONFIG_BYTES): string {
  if (file !== 0) {
    const st = statSync(file);
    if (st.isDirectory()) throw new Error('is a directory');
    if (st.size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
  }
  // Bounded even after the size check: a device or FIFO has size 0 and may never end (/dev/zero).
  const text = readFileBoundedSync(file, maxBytes);
  if (text === undefined) throw new Error(`larger than ${maxBytes} bytes`);
  return text;
}

export function nodeIncludeHost(opts: NodeIncludeHostOptions = {}): IncludeHost {
  const maxBytes = opts.maxBytes ?? MAX_INCLUDE_BYTES;
  let home: string | undefined = opts.homeDir;
  if (home === undefined) {
    try {
      home = homedir();
    } catch {
      home = undefined;
    }
  }
  return {
    homeDir: home,
    async readFile(path) {
      const open = opts.overlay?.(path);
      if (open !== undefined) return open;
      try {
        const st = await stat(path);
        if (st.isDirectory()) return { error: 'is a folder' };
        if (st.size > maxBytes) return { error: `larger than ${maxBytes} bytes, not read` };
        // Regular files only: a FIFO without a writer would hold the read forever, and devices never end.
        const text = await readFileBounded(path, maxBytes, true);
        return text === undefined ? { error: `larger than ${maxBytes} bytes, not read` } : text;
      } catch (e) {
        if (e instanceof NotRegularFile) return { error: 'not a regular file, not read' };
        return { error: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
      }
    },
    async glob(pattern) {
      try {
        return await glob(pattern);
      } catch (e) {
        return { error: (e as Error).message };
      }
    },
  };
}
