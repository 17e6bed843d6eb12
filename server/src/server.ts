// The language server: LSP wiring only. Everything it knows comes from the
// service in ./service; this file turns protocol requests into service calls.
// Speaks LSP over --stdio (any editor) or node IPC (the VS Code client).

import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { kindFromLanguageId, kindFromPath } from './service/fileKind';
import { createLanguageService, type IdleLogoutOptions, type ServiceSettings } from './service/languageService';
import type { FileKind } from './service/openssh/types';

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

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService({ incremental: true });

let hasConfiguration = false;
let canRegisterConfiguration = false;
let canRefreshInlayHints = false;
let initSettings: ServiceSettings = {};
const settingsCache = new Map<string, Promise<ServiceSettings>>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  hasConfiguration = !!params.capabilities.workspace?.configuration;
  canRegisterConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRefreshInlayHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
  initSettings = readSettings(params.initializationOptions);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: [] },
      codeActionProvider: { codeActionKinds: ['quickfix'], resolveProvider: false },
      inlayHintProvider: true,
      executeCommandProvider: { commands: [ADD_IDLE_LOGOUT] },
    },
    serverInfo: { name: 'openssh-config-language-server', version },
  };
});

connection.onInitialized(() => {
  if (hasConfiguration && canRegisterConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'openssh-config' });
  }
});

function readSettings(raw: unknown): ServiceSettings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const src = (o['openssh-config'] && typeof o['openssh-config'] === 'object' ? o['openssh-config'] : o) as Record<string, unknown>;
  const hints = src.inlayHints;
  const enabled = hints && typeof hints === 'object' ? (hints as Record<string, unknown>).enabled : hints;
  return {
    targetVersion: typeof src.targetVersion === 'string' ? src.targetVersion : undefined,
    inlayHints: typeof enabled === 'boolean' ? enabled : undefined,
  };
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

function kindOf(doc: TextDocument): FileKind {
  return kindFromLanguageId(doc.languageId) ?? kindFromPath(doc.uri);
}

/** The parsed document with its settings (the target release picks the tokeniser). */
async function parsed(uri: string) {
  const settings = await settingsFor(uri);
  const td = documents.get(uri);
  return td ? { doc: service.parse(td, kindOf(td), settings), settings } : undefined;
}

// Validation: at most one pending run per document; a newer version replaces an older one.
const pending = new Map<string, ReturnType<typeof setImmediate>>();
function scheduleValidation(td: TextDocument): void {
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

async function validateNow(uri: string): Promise<void> {
  const p = await parsed(uri);
  const td = documents.get(uri);
  if (!p || !td) return;
  const diagnostics = service.validate(p.doc, p.settings, uri);
  void connection.sendDiagnostics({ uri, version: td.version, diagnostics });
}

documents.onDidOpen((e) => scheduleValidation(e.document));
documents.onDidChangeContent((e) => scheduleValidation(e.document));
documents.onDidClose((e) => {
  service.forget(e.document.uri);
  settingsCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
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

connection.onCodeAction(({ textDocument, range, context }) => service.codeActions(textDocument.uri, range, context.diagnostics));

documents.listen(connection);
connection.listen();
