// The language server: LSP wiring only. Everything it knows comes from the
// service in ./service; this file turns protocol requests into service calls.
// Speaks LSP over --stdio (any editor) or node IPC (the VS Code client).

import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type Disposable,
  type FileSystemWatcher,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { CONFIG_FILE_GLOBS, kindFromLanguageId, kindFromPath } from './service/fileKind';
import { createLanguageService, type IdleLogoutOptions, type ServiceSettings, type SymbolSource } from './service/languageService';
import type { FileKind } from './service/openssh/types';
import { execFile } from 'node:child_process';
import { nodeIncludeHost } from './includeHost';
import { localIdentity } from './localIdentity';
import type { ConfigDocument } from './service/parser/types';
import { parseConnectionSpec, type EffectiveQuery } from './service/semantics/effective';
import { dirname, fileUri, uriPath, type IncludeGraph } from './service/semantics/include';
import { WorkspaceIndex } from './workspaceFiles';
import { LineDocument, LineDocuments } from './service/util/lineDocument';

declare const PACKAGE_VERSION: string | undefined;
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';

if (process.argv.includes('--version')) {
  process.stdout.write(`openssh-config-language-server ${version}\n`);
  process.exit(0);
}
if (process.argv.includes('--help') || !process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write(
    'Usage: openssh-config-language-server --stdio\n' +
      'A language server (LSP) for OpenSSH sshd_config and ssh_config files.\n' +
      'Settings: workspace/configuration section "openssh-config" or initializationOptions { "targetVersion": "9.2" }.\n',
  );
  process.exit(process.argv.includes('--help') ? 0 : 2);
}

/** Server command: add an idle logout to a document. Arguments: uri, seconds, { sessions, forwards, unused }. */
const ADD_IDLE_LOGOUT = 'openssh-config.server.addIdleLogout';
/** Server command: effective settings. Arguments: uri, { host, user?, port? } (ssh) or { connection: "user=…,host=…,addr=…" } (sshd). */
const EFFECTIVE = 'openssh-config.server.effective';
/** Server command: the timeout explanation of a document (semantics/explainTimeouts.ts). Argument: uri. */
const EXPLAIN_TIMEOUTS = 'openssh-config.server.explainTimeouts';

const connection = createConnection(ProposedFeatures.all);
// Open documents are kept as lines: an edit replaces the lines it touches, and the parser re-reads only those (util/lineDocument.ts).
const documents = new TextDocuments(LineDocuments);
const service = createLanguageService({ incremental: true });

let hasConfiguration = false;
let canRegisterConfiguration = false;
let canRefreshInlayHints = false;
let canWatchFiles = false;
let canWatchRelative = false;
let hasWorkspaceFolders = false;
let initSettings: ServiceSettings = {};
const settingsCache = new Map<string, Promise<ServiceSettings>>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  hasConfiguration = !!params.capabilities.workspace?.configuration;
  canRegisterConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRefreshInlayHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
  initSettings = readSettings(params.initializationOptions);
  const watch = params.capabilities.workspace?.didChangeWatchedFiles;
  canWatchFiles = !!watch?.dynamicRegistration;
  canWatchRelative = !!watch?.relativePatternSupport;
  hasWorkspaceFolders = !!params.capabilities.workspace?.workspaceFolders;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setRoots(folders.map((u) => uriPath(u)).filter((p): p is string => !!p));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      // ',' opens the list for the next entry of an algorithm list or ProxyJump, '@' for the host after ProxyJump's user@.
      completionProvider: { triggerCharacters: [',', '@'] },
      codeActionProvider: { codeActionKinds: ['quickfix'], resolveProvider: false },
      inlayHintProvider: true,
      documentSymbolProvider: { label: 'OpenSSH' },
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      executeCommandProvider: { commands: [ADD_IDLE_LOGOUT, EFFECTIVE, EXPLAIN_TIMEOUTS] },
      documentLinkProvider: { resolveProvider: false },
      definitionProvider: true,
      codeLensProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'openssh-config-language-server', version },
  };
});

connection.onInitialized(() => {
  if (hasConfiguration && canRegisterConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'openssh-config' });
  }
  if (hasWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriPath(f.uri)));
      const roots = workspace.getRoots().filter((r) => !removed.has(r));
      workspace.setRoots([...roots, ...e.added.map((f) => uriPath(f.uri)).filter((p): p is string => !!p)]);
    });
  }
  workspace.watching = canWatchFiles;
  updateWatchers();
});

function readSettings(raw: unknown): ServiceSettings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const src = (o['openssh-config'] && typeof o['openssh-config'] === 'object' ? o['openssh-config'] : o) as Record<string, unknown>;
  const format = src.format && typeof src.format === 'object' ? (src.format as Record<string, unknown>) : {};
  const keywordCase = format.keywordCase ?? src['format.keywordCase'];
  const hints = src.inlayHints;
  const enabled = hints && typeof hints === 'object' ? (hints as Record<string, unknown>).enabled : hints;
  return {
    targetVersion: typeof src.targetVersion === 'string' ? src.targetVersion : undefined,
    inlayHints: typeof enabled === 'boolean' ? enabled : undefined,
    formatKeywordCase: keywordCase === 'canonical' || keywordCase === 'preserve' ? keywordCase : undefined,
    includeSshDir: includeSshDir(src),
  };
}

/** openssh-config.include.sshDir: the folder that stands for /etc/ssh when following Include ("" = detect). */
function includeSshDir(src: Record<string, unknown>): string | undefined {
  const inc = src.include && typeof src.include === 'object' ? (src.include as Record<string, unknown>).sshDir : src['include.sshDir'];
  return typeof inc === 'string' && inc.trim() ? inc.trim() : undefined;
}

function settingsFor(uri: string): Promise<ServiceSettings> {
  if (!hasConfiguration) return Promise.resolve(initSettings);
  let p = settingsCache.get(uri);
  if (!p) {
    p = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'openssh-config' })
      .then((s: unknown) => ({ ...initSettings, ...stripUndefined(readSettings(s)) }))
      .catch(() => initSettings);
    settingsCache.set(uri, p);
  }
  return p;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function kindOf(doc: LineDocument): FileKind {
  return kindFromLanguageId(doc.languageId) ?? kindFromPath(doc.uri);
}

/** The parsed document with its settings (the target release picks the tokeniser). */
async function parsed(uri: string) {
  const settings = await settingsFor(uri);
  const td = documents.get(uri);
  return td ? { doc: service.parse(td, kindOf(td), settings), settings, version: td.version } : undefined;
}

// Validation: at most one pending run per document; a newer version replaces an older one.
const pending = new Map<string, ReturnType<typeof setImmediate>>();
function scheduleValidation(td: LineDocument): void {
  const old = pending.get(td.uri);
  if (old) clearImmediate(old);
  pending.set(
    td.uri,
    setImmediate(() => {
      pending.delete(td.uri);
      void validateNow(td.uri);
    }),
  );
}

// Include: the files a document's Include lines read, followed once per document version (includeHost.ts reads them, bounded).
const includeHost = nodeIncludeHost({
  overlay: (path) => documents.get(fileUri(path))?.getText(),
});
const NO_GRAPH: Promise<IncludeGraph | undefined> = Promise.resolve(undefined);
const graphs = new Map<string, { version: number; target: string; graph: Promise<IncludeGraph | undefined> }>();
function includesOf(uri: string, doc: ConfigDocument, version: number, settings: ServiceSettings): Promise<IncludeGraph | undefined> {
  const path = uriPath(uri);
  if (!path) return Promise.resolve(undefined);
  const target = service.target(settings);
  const hit = graphs.get(uri);
  if (hit && hit.version === version && hit.target === target) return hit.graph;
  // No Include line: nothing to follow, no file read (spares each edit of such a file the graph and its watchers).
  if (!doc.directives.some((d) => d.name === 'include')) {
    graphs.delete(uri);
    if (readBy.delete(uri)) updateWatchers();
    return NO_GRAPH;
  }
  const graph = service.resolveIncludes(path, doc, includeHost, { sshDir: settings.includeSshDir }, settings).catch(() => undefined);
  graphs.set(uri, { version, target, graph });
  void graph.then((g) => {
    if (!g || graphs.get(uri)?.graph !== graph) return;
    readBy.set(uri, readSet(g));
    updateWatchers();
  });
  return graph;
}

/** The files an Include graph read, and the folders whose new or deleted files would change it. */
function readSet(g: IncludeGraph): { files: Set<string>; dirs: Set<string> } {
  const files = new Set(g.files.keys());
  const dirs = new Set<string>();
  for (const f of g.files.values()) {
    dirs.add(dirname(f.path));
    for (const inc of f.includes) {
      // A glob's folder (when the folder part has no wildcard): a file added there is read next time.
      const dir = inc.pattern ? dirname(inc.pattern) : undefined;
      if (dir && !/[*?[]/.test(dir)) dirs.add(dir);
    }
  }
  return { files, dirs };
}

// uri of a document → the paths its graph read; a change to one of them re-checks the document.
const readBy = new Map<string, { files: Set<string>; dirs: Set<string> }>();
/** `path` changed (an edit in the editor, or on disk: `created`/`deleted` also count for the folders globs read). */
function recheckReaders(path: string | undefined, except?: string, createdOrDeleted = false): void {
  if (!path) return;
  const dir = dirname(path);
  for (const [uri, read] of readBy) {
    if (uri === except || !(read.files.has(path) || (createdOrDeleted && read.dirs.has(dir)))) continue;
    graphs.delete(uri);
    const td = documents.get(uri);
    if (td) scheduleValidation(td);
  }
}
const recheckIncluders = (changedUri: string) => recheckReaders(uriPath(changedUri), changedUri);

// ---------------------------------------------------------------- files on disk
// The editor watches, for us: the configs of the workspace (workspace symbols)
// and the folders the open documents' Include lines read (diagnostics that see
// a drop-in file changed on disk, or a new one). One registration, replaced
// when the folders change.

/** Most Include folders watched. */
const MAX_WATCHED_DIRS = 64;
let watchedKey: string | undefined;
let watchRegistration: Promise<Disposable | undefined> = Promise.resolve(undefined);
let watchTimer: ReturnType<typeof setTimeout> | undefined;
function updateWatchers(): void {
  if (!canWatchFiles) return;
  if (watchTimer) clearTimeout(watchTimer);
  watchTimer = setTimeout(() => {
    watchTimer = undefined;
    const dirs = new Set<string>();
    for (const read of readBy.values()) for (const d of read.dirs) if (dirs.size < MAX_WATCHED_DIRS) dirs.add(d);
    const sorted = [...dirs].sort();
    const key = sorted.join('\0');
    if (key === watchedKey) return;
    watchedKey = key;
    const watchers: FileSystemWatcher[] = [
      ...CONFIG_FILE_GLOBS.map((globPattern) => ({ globPattern })),
      ...sorted.map((d) => ({ globPattern: canWatchRelative ? { baseUri: fileUri(d), pattern: '*' } : `${d === '/' ? '' : d}/*` })),
    ];
    // The new registration first, then the old one goes: no file event falls in between.
    const previous = watchRegistration;
    const next = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    watchRegistration = next;
    void Promise.all([previous, next]).then(([old]) => old?.dispose());
  }, 200);
}

connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const ch of changes) {
    const path = uriPath(ch.uri);
    if (!path) continue;
    workspace.fileChanged(path, ch.type as 1 | 2 | 3);
    // An open document's text comes from the editor, not the disk.
    if (documents.get(ch.uri)) continue;
    recheckReaders(path, undefined, ch.type !== FileChangeType.Changed);
  }
});

async function parsedWithIncludes(uri: string) {
  // Reading the Include files can take a while: when a newer version came in
  // meanwhile, its parse re-used (and changed) the objects of this one, so
  // this one is read again. Still moving after a few tries: no answer.
  for (let attempt = 0; attempt < 5; attempt++) {
    const p = await parsed(uri);
    if (!p) return undefined;
    const graph = await includesOf(uri, p.doc, p.version, p.settings);
    if (p.version === documents.get(uri)?.version) return { ...p, graph };
  }
  return undefined;
}

async function validateNow(uri: string): Promise<void> {
  // parsedWithIncludes answers only for the version that is current, or not at all
  // (a newer version's own run then publishes).
  const p = await parsedWithIncludes(uri);
  if (!p) return;
  const diagnostics = service.validate(p.doc, p.settings, uri, p.graph);
  void connection.sendDiagnostics({ uri, version: p.version, diagnostics });
  collectWhenIdle();
}

// Every edit of a large file leaves megabytes of short-lived objects, and V8
// grows its heap to keep up; its memory reducer gives the pages back only
// some time later, or not at all while the process sleeps. When the VS Code
// client starts the server with --expose-gc (client/src/extension.ts), one full
// collection once the edits pause hands them back (bench, 10k-line ssh_config:
// about 140 → 85 MB). Other editors start the server without it; then this does nothing.
const IDLE_GC_MS = 1500;
let idleGc: ReturnType<typeof setTimeout> | undefined;
function collectWhenIdle(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return;
  if (idleGc) clearTimeout(idleGc);
  idleGc = setTimeout(() => {
    idleGc = undefined;
    // Twice: the first frees the objects, the second lets V8 give the emptied pages back (measured: heap 62 → 25 MB).
    gc();
    gc();
  }, IDLE_GC_MS);
  idleGc.unref();
}

documents.onDidOpen((e) => scheduleValidation(e.document));
documents.onDidChangeContent((e) => {
  scheduleValidation(e.document);
  recheckIncluders(e.document.uri);
});
documents.onDidClose((e) => {
  service.forget(e.document.uri);
  graphs.delete(e.document.uri);
  readBy.delete(e.document.uri);
  updateWatchers();
  recheckIncluders(e.document.uri);
  settingsCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
  workspace.forgetParsed();
  if (!hasConfiguration) initSettings = readSettings(change.settings);
  for (const td of documents.all()) scheduleValidation(td);
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
});

connection.onHover(async ({ textDocument, position }) => {
  const p = await parsed(textDocument.uri);
  return p ? service.hover(p.doc, position, p.settings) : null;
});

connection.onCompletion(async ({ textDocument, position }) => {
  const p = await parsed(textDocument.uri);
  return p ? service.complete(p.doc, position, p.settings) : null;
});

connection.languages.inlayHint.on(async ({ textDocument, range }) => {
  const p = await parsed(textDocument.uri);
  return p ? service.inlayHints(p.doc, range, p.settings) : [];
});

connection.onExecuteCommand(async ({ command, arguments: args }) => {
  if (command === EFFECTIVE) return effectiveCommand(args);
  if (command === EXPLAIN_TIMEOUTS) {
    const p = typeof args?.[0] === 'string' ? await parsedWithIncludes(args[0]) : undefined;
    return p ? service.explainTimeouts(p.doc, p.settings, p.graph) : null;
  }
  if (command !== ADD_IDLE_LOGOUT || !args || typeof args[0] !== 'string' || typeof args[1] !== 'number') return { applied: false, reason: 'bad arguments' };
  const uri = args[0];
  const p = await parsed(uri);
  if (!p) return { applied: false, reason: 'the document is not open' };
  const options = (args[2] && typeof args[2] === 'object' ? args[2] : { sessions: true, unused: true }) as IdleLogoutOptions;
  const r = service.idleLogout(p.doc, args[1], options, p.settings);
  if ('reason' in r) return { applied: false, reason: r.reason };
  const result = await connection.workspace.applyEdit({ label: 'Add idle logout', edit: { changes: { [uri]: r.edits } } });
  return { applied: result.applied, reason: result.failureReason };
});

connection.onDocumentSymbol(async ({ textDocument }) => {
  const p = await parsed(textDocument.uri);
  return p ? service.documentSymbols(p.doc) : [];
});

// The workspace folders' configs that are not open: parsed apart from the open documents'
// cache (tokens cut from copies of the lines), and only their Host/Match lines kept.
const diskService = createLanguageService({ incremental: true });
const workspace = new WorkspaceIndex<SymbolSource>(async (path, kind, text) => {
  const uri = fileUri(path);
  const root = workspace.getRoots().find((r) => r === '/' || path.startsWith(`${r}/`));
  const doc = diskService.parse({ uri, version: 0, getText: () => text }, kind, await settingsFor(fileUri(root ?? path)));
  diskService.forget(uri);
  return service.blockOutline(doc);
});

// Host names (and Match lines) across the open configs and the workspace folders' configs.
connection.onWorkspaceSymbol(async ({ query }) => {
  const docs: { uri: string; doc: SymbolSource }[] = [];
  const open = new Set<string>();
  for (const td of documents.all()) {
    const p = await parsed(td.uri);
    if (!p) continue;
    docs.push({ uri: td.uri, doc: p.doc });
    const path = uriPath(td.uri);
    if (path) open.add(path);
  }
  for (const f of await workspace.documents((path) => open.has(path))) docs.push({ uri: fileUri(f.path), doc: f.doc });
  return service.workspaceSymbols(docs, query);
});

connection.onFoldingRanges(async ({ textDocument }) => {
  const p = await parsed(textDocument.uri);
  return p ? service.foldingRanges(p.doc) : [];
});

connection.onSelectionRanges(async ({ textDocument, positions }) => {
  const p = await parsed(textDocument.uri);
  return p ? service.selectionRanges(p.doc, positions) : [];
});

connection.onDocumentFormatting(async ({ textDocument, options }) => {
  const p = await parsed(textDocument.uri);
  return p ? service.format(p.doc, options, p.settings) : [];
});

connection.onDocumentRangeFormatting(async ({ textDocument, options, range }) => {
  const p = await parsed(textDocument.uri);
  return p ? service.format(p.doc, options, p.settings, range) : [];
});

/** ssh runs a Match exec command with the user's shell (readconf.c execute_in_shell); 5 s at most here. */
function runMatchExec(cmd: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(process.env.SHELL || '/bin/sh', ['-c', cmd], { timeout: 5000 }, (err) => resolve(!err));
  });
}

async function effectiveCommand(args: unknown[] | undefined) {
  const uri = args?.[0];
  const spec = (args?.[1] && typeof args[1] === 'object' ? args[1] : {}) as Record<string, unknown>;
  if (typeof uri !== 'string') return { error: 'bad arguments' };
  const p = await parsedWithIncludes(uri);
  if (!p) return { error: 'the document is not open' };
  let query: EffectiveQuery;
  if (p.doc.kind === 'sshd') {
    const q = parseConnectionSpec(typeof spec.connection === 'string' ? spec.connection : '');
    if ('error' in q) return { error: q.error };
    query = q;
  } else {
    if (typeof spec.host !== 'string' || !spec.host) return { error: 'a host name is needed' };
    query = {
      kind: 'ssh',
      host: spec.host,
      user: typeof spec.user === 'string' ? spec.user : undefined,
      port: typeof spec.port === 'number' ? spec.port : undefined,
      ...localIdentity(),
    };
  }
  // Match exec runs only when the client says the user allowed it (trusted workspace + setting).
  // The service asks synchronously; commands it asks for are run here (async, bounded) and the
  // evaluation repeated with their answers, a few rounds at most.
  const allowExec = spec.allowExec === true && query.kind === 'ssh';
  const answers = new Map<string, boolean>();
  let result = service.effective(p.doc, query, p.settings, { graph: p.graph, uri });
  for (let round = 0; allowExec && round < 4; round++) {
    const asked: string[] = [];
    const q = { ...(query as Extract<EffectiveQuery, { kind: 'ssh' }>), exec: (cmd: string) => answers.get(cmd) ?? void asked.push(cmd) };
    result = service.effective(p.doc, q, p.settings, { graph: p.graph, uri });
    if (!asked.length) break;
    for (const cmd of asked) answers.set(cmd, await runMatchExec(cmd));
  }
  return {
    kind: p.doc.kind,
    target: service.target(p.settings),
    text: service.formatEffective(result, p.doc.kind),
    lines: result.lines.map((l) => ({
      keyword: l.keyword,
      value: l.value,
      source: l.source ? { uri: l.source.uri || uri, range: { start: { line: l.source.span.line, character: l.source.span.start }, end: { line: l.source.span.line, character: l.source.span.end } } } : undefined,
    })),
    notes: result.notes,
  };
}

connection.onDocumentLinks(async ({ textDocument }) => {
  const p = await parsedWithIncludes(textDocument.uri);
  return p ? service.documentLinks(p.doc, p.graph) : [];
});

connection.onDefinition(async ({ textDocument, position }) => {
  const p = await parsedWithIncludes(textDocument.uri);
  return p ? service.definition(p.doc, position, p.graph, textDocument.uri) : [];
});

connection.onCodeLens(async ({ textDocument }) => {
  const p = await parsed(textDocument.uri);
  return p ? service.codeLenses(p.doc, textDocument.uri) : [];
});

connection.onCodeAction(async ({ textDocument, range, context }) => {
  const p = await parsedWithIncludes(textDocument.uri);
  return p ? service.codeActions(p.doc, textDocument.uri, range, context.diagnostics, p.settings, p.graph) : [];
});

documents.listen(connection);
connection.listen();
