// A minimal LSP client for protocol tests: spawns the built server
// (`node out/server/server.js --stdio`), speaks JSON-RPC over its stdio with
// vscode-jsonrpc, answers the requests a server may send to a client, and
// records every textDocument/publishDiagnostics so tests can wait for the
// one they expect — always with a bounded timeout.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SERVER_JS = path.join(REPO_ROOT, 'out/server/server.js');

/** Default bound for anything we wait for. */
export const TIMEOUT_MS = 10_000;

export function requireBuiltServer(): void {
  if (!existsSync(SERVER_JS)) {
    throw new Error(`${path.relative(REPO_ROOT, SERVER_JS)} is missing: run \`npm run build\` first.`);
  }
}

export function docUri(name: string): string {
  return pathToFileURL(path.join(REPO_ROOT, 'test/fixtures/lsp', name)).toString();
}

export interface StartOptions {
  /**
   * Advertise `workspace.configuration` and answer `workspace/configuration`
   * with this object for section `openssh-config` (any scope). `undefined`:
   * do not advertise the capability.
   */
  configuration?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** workspace folders (file URIs); none by default (no rootUri either) */
  workspaceFolders?: string[];
  /** advertise workspace/didChangeWatchedFiles dynamic registration (with relative patterns) */
  watchFiles?: boolean;
}

export interface ConfigurationRequest {
  items: { scopeUri?: string; section?: string }[];
}

/** Resolve `p`, or reject after `ms` with a message saying what we were waiting for. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export class LspClient {
  readonly conn: MessageConnection;
  readonly proc: ChildProcess;
  /** every publishDiagnostics, in arrival order */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly configurationRequests: ConfigurationRequest[] = [];
  readonly registrations: unknown[] = [];
  stderr = '';
  /** what `workspace/configuration` answers for section openssh-config; tests may change it */
  configuration: Record<string, unknown> | undefined;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  initializeResult?: InitializeResult;
  private waiters: { check: () => boolean }[] = [];
  private configurationGate: Promise<void> | undefined;
  private versions = new Map<string, number>();

  constructor(opts: StartOptions) {
    requireBuiltServer();
    this.configuration = opts.configuration;
    this.proc = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.setEncoding('utf8');
    this.proc.stderr!.on('data', (s: string) => {
      if (this.stderr.length < 1_000_000) this.stderr += s;
    });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.poke();
    });
    this.conn.onRequest('workspace/configuration', async (p: ConfigurationRequest) => {
      this.configurationRequests.push(p);
      this.poke();
      if (this.configurationGate) await this.configurationGate;
      return p.items.map((it) => (it.section === 'openssh-config' ? (this.configuration ?? null) : null));
    });
    this.conn.onRequest('client/registerCapability', (p: unknown) => {
      this.registrations.push(p);
      this.poke();
      return null;
    });
    this.conn.onRequest('client/unregisterCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('telemetry/event', () => undefined);
    // Writing to a dead server must fail the test, not crash the runner.
    this.proc.stdin!.on('error', () => undefined);
    this.conn.listen();
  }

  static async start(opts: StartOptions = {}): Promise<LspClient> {
    const c = new LspClient(opts);
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: opts.configuration !== undefined,
        didChangeConfiguration: { dynamicRegistration: true },
        ...(opts.workspaceFolders ? { workspaceFolders: true } : {}),
        ...(opts.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } : {}),
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown'] } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
      },
    };
    c.initializeResult = await withTimeout(
      c.conn.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri: opts.workspaceFolders?.[0] ?? null,
        capabilities,
        initializationOptions: opts.initializationOptions,
        workspaceFolders: opts.workspaceFolders?.map((uri, i) => ({ uri, name: `folder${i}` })) ?? null,
      }),
      TIMEOUT_MS,
      'the initialize response',
    );
    await c.conn.sendNotification('initialized', {});
    return c;
  }

  /** Hold the answers to `workspace/configuration` until the returned function is called. */
  holdConfiguration(): () => void {
    let release!: () => void;
    this.configurationGate = new Promise<void>((r) => (release = r));
    return () => {
      this.configurationGate = undefined;
      release();
    };
  }

  private poke(): void {
    this.waiters = this.waiters.filter((w) => !w.check());
  }

  /** Wait until `pred` holds; it is re-checked after every message from the server. */
  waitFor<T>(what: string, probe: () => T | undefined, ms = TIMEOUT_MS): Promise<T> {
    return withTimeout(
      new Promise<T>((resolve) => {
        const check = () => {
          const v = probe();
          if (v === undefined) return false;
          resolve(v);
          return true;
        };
        if (!check()) this.waiters.push({ check });
      }),
      ms,
      what,
    ).catch((err: Error) => {
      throw new Error(`${err.message}\nserver stderr:\n${this.stderr.slice(-2000)}`);
    });
  }

  /** Diagnostics published for `uri` for document version `version` (the first such publish). */
  diagnosticsFor(uri: string, version: number, ms = TIMEOUT_MS): Promise<Diagnostic[]> {
    return this.waitFor(`publishDiagnostics for ${uri} version ${version}`, () =>
      this.published.find((p) => p.uri === uri && p.version === version)?.diagnostics,
    ms);
  }

  /** The next publish for `uri` after the `since`-th message overall (use `published.length` before acting). */
  nextPublish(uri: string, since: number, ms = TIMEOUT_MS): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`a publishDiagnostics for ${uri}`, () => this.published.slice(since).find((p) => p.uri === uri), ms);
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Opens and waits for the first diagnostics of that version. */
  async openAndWait(uri: string, languageId: string, text: string, version = 1): Promise<Diagnostic[]> {
    await this.open(uri, languageId, text, version);
    return this.diagnosticsFor(uri, version);
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown, ms = TIMEOUT_MS): Promise<R> {
    return withTimeout(this.conn.sendRequest<R>(method, params), ms, `the ${method} response`);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const r = await this.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position });
    return Array.isArray(r) ? r : (r?.items ?? []);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[] | null> {
    return this.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only: undefined } });
  }

  /** shutdown + exit; resolves with the exit status (bounded). */
  async shutdown(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    await this.request('shutdown', null);
    await this.conn.sendNotification('exit');
    return withTimeout(this.exited, TIMEOUT_MS, 'the server process to exit');
  }

  /** Best-effort cleanup for `after` hooks: never throws, never leaves the process behind. */
  async dispose(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      try {
        await withTimeout(this.shutdown(), 3000, 'shutdown');
      } catch {
        this.proc.kill('SIGKILL');
      }
    }
    this.conn.dispose();
  }
}

/** Apply LSP text edits (non-overlapping) to `text`. */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const lines = text.split('\n');
  const offsetOf = (p: Position) => {
    let o = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetOf(e.range.start)) + e.newText + out.slice(offsetOf(e.range.end));
  return out;
}
