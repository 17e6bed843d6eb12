// The public face of the service: one object that parses each document once
// per version and hands the parsed ConfigDocument to every feature. Pure
// TypeScript: no editor API, no file system, no processes.

import type { CodeAction, CodeLens, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, Location, FoldingRange, FormattingOptions, Hover, InlayHint, Position, Range, SelectionRange, SymbolInformation, TextEdit } from 'vscode-languageserver-types';
import { foldingRanges } from './features/folding';
import { formatDocument, formatRange } from './features/formatting';
import { selectionRanges } from './features/selectionRanges';
import { blockOutline, documentSymbols, workspaceSymbols, type SymbolSource } from './features/symbols';
import { idleLogoutFix, type IdleLogoutOptions } from './rules/keepalive';
import { explainTimeouts, type TimeoutExplanation } from './semantics/explainTimeouts';
import { codeActions } from './features/codeActions';
import { complete } from './features/completion';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { findings, toDiagnostic, toLspEdit } from './features/validate';
import { NEWEST_RELEASE, RELEASES } from './openssh/keywords';
import type { FileKind } from './openssh/types';
import { resolveTarget, versionKey } from './openssh/version';

/** The release whose parser switched to argv_split() (commits a10f929d1, ea9e45c89; release-8.7). */
import { parse, parseLines, reparse, reparseLines, tokenizerMode, type LegacyMode } from './parser/parser';
import type { ChangedLines, LineSnapshot } from './util/lineDocument';
import type { ConfigDocument } from './parser/types';
import type { Finding } from './rules/types';
import { effective, formatEffective, type EffectiveQuery, type EffectiveResult } from './semantics/effective';
import { resolveIncludes, type IncludeGraph, type IncludeHost, type IncludeOptions } from './semantics/include';
import { documentLinks, includeDefinition, jumpHostDefinition } from './features/links';
import { codeLenses } from './features/codeLens';

export interface ServiceSettings {
  /** "latest" or "X.Y" */
  targetVersion?: string;
  /** show inlay hints (default on) */
  inlayHints?: boolean;
  /** formatting: keywords as written (default) or in the manual's spelling */
  formatKeywordCase?: 'preserve' | 'canonical';
  /** the folder that stands for /etc/ssh when following Include (unset: detected from the file's path) */
  includeSshDir?: string;
}

export interface TextDocumentLike {
  uri: string;
  version: number;
  getText(): string;
  /** A document kept as lines (util/lineDocument.ts): its lines, and which changed since an earlier version. */
  snapshot?(): LineSnapshot;
  changedSince?(version: number): ChangedLines | null | undefined;
}

export interface LanguageService {
  /**
   * The parsed document, from the cache when this version was parsed before.
   * The target release decides the tokeniser (OpenSSH changed it in 8.7).
   */
  parse(doc: TextDocumentLike, kind: FileKind, settings?: ServiceSettings): ConfigDocument;
  forget(uri: string): void;
  /** Diagnostics; with `includes` (from resolveIncludes) the rules see the Included files too. */
  validate(doc: ConfigDocument, settings: ServiceSettings, uri?: string, includes?: IncludeGraph): Diagnostic[];
  findings(doc: ConfigDocument, settings: ServiceSettings, includes?: IncludeGraph): Finding[];
  /** Follow the Include lines of a document (and of the files they read) through `host`. */
  resolveIncludes(path: string, doc: ConfigDocument, host: IncludeHost, options?: IncludeOptions, settings?: ServiceSettings): Promise<IncludeGraph>;
  /** The effective settings for one connection (ssh -G / sshd -T -C), with the source of each value. */
  effective(doc: ConfigDocument, query: EffectiveQuery, settings: ServiceSettings, options?: { graph?: IncludeGraph; uri?: string }): EffectiveResult;
  /** `keyword value` lines as OpenSSH prints them (`explain`: with `# from FILE:LINE`). */
  formatEffective(result: EffectiveResult, kind: FileKind, explain?: boolean): string;
  /** Links on the words of Include lines to the files they read. */
  documentLinks(doc: ConfigDocument, graph: IncludeGraph | undefined): DocumentLink[];
  /** The files an Include word at `pos` reads. */
  /** Include words: the files they read; ProxyJump hops (with the document's `uri`): the Host blocks of this file that apply. */
  definition(doc: ConfigDocument, pos: Position, graph: IncludeGraph | undefined, uri?: string): Location[];
  /** "Show effective settings" above each Host block of an ssh_config. */
  codeLenses(doc: ConfigDocument, uri: string): CodeLens[];
  hover(doc: ConfigDocument, pos: Position, settings: ServiceSettings): Hover | null;
  complete(doc: ConfigDocument, pos: Position, settings: ServiceSettings): CompletionList;
  /** Quick fixes for the diagnostics the client sends (from validate() of the same document version). */
  codeActions(doc: ConfigDocument, uri: string, range: Range, diagnostics: readonly Diagnostic[], settings: ServiceSettings, includes?: IncludeGraph): CodeAction[];
  inlayHints(doc: ConfigDocument, range: Range, settings: ServiceSettings): InlayHint[];
  /** The edits that add an idle logout for the target, or why there is none. */
  idleLogout(doc: ConfigDocument, seconds: number, options: IdleLogoutOptions, settings: ServiceSettings): { edits: TextEdit[] } | { reason: string };
  /** Per scenario and scope: what ends, when, and which line causes it (the "Explain timeouts" view). */
  explainTimeouts(doc: ConfigDocument, settings: ServiceSettings, includes?: IncludeGraph): TimeoutExplanation;
  /** Outline: global settings, then Host/Match blocks with their settings. */
  documentSymbols(doc: ConfigDocument): DocumentSymbol[];
  /** Host patterns and Match lines of the given documents that contain `query`. */
  workspaceSymbols(docs: Iterable<{ uri: string; doc: SymbolSource }>, query: string): SymbolInformation[];
  /** What workspaceSymbols needs of a document, to keep for a file that is not open. */
  blockOutline(doc: ConfigDocument): SymbolSource;
  foldingRanges(doc: ConfigDocument): FoldingRange[];
  selectionRanges(doc: ConfigDocument, positions: Position[]): SelectionRange[];
  /** Formatting edits for the document, or for the lines of `range`. */
  format(doc: ConfigDocument, options: FormattingOptions, settings: ServiceSettings, range?: Range): TextEdit[];
  /** The release a setting stands for ("latest" → the newest known). */
  target(settings: ServiceSettings): string;
}

export { NEWEST_RELEASE, RELEASES };
export type { ConfigDocument, SymbolSource, EffectiveQuery, EffectiveResult, FileKind, Finding, IdleLogoutOptions, IncludeGraph, IncludeHost, TimeoutExplanation };

export interface LanguageServiceOptions {
  /** Remember per-line findings between versions of a document (an editor); off for one-shot analysis. */
  incremental?: boolean;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const remember = options.incremental === true;
  const cache = new Map<string, { version: number; kind: FileKind; legacy: LegacyMode; doc: ConfigDocument }>();
  const target = (s: ServiceSettings) => resolveTarget(s.targetVersion, RELEASES);
  // The findings of the last validate() per document version, for its quick fixes.
  const lastFindings = new WeakMap<ConfigDocument, { target: string; includes: IncludeGraph | undefined; list: Finding[] }>();
  const findingsOf = (doc: ConfigDocument, s: ServiceSettings, includes: IncludeGraph | undefined): Finding[] => {
    const t = target(s);
    const hit = lastFindings.get(doc);
    if (hit && hit.target === t && hit.includes === includes) return hit.list;
    const list = findings(doc, { kind: doc.kind, target: t, remember, includes });
    lastFindings.set(doc, { target: t, includes, list });
    return list;
  };
  return {
    parse(td, kind, settings = {}) {
      const legacy = tokenizerMode(kind, target(settings));
      const hit = cache.get(td.uri);
      if (hit && hit.version === td.version && hit.kind === kind && hit.legacy === legacy) return hit.doc;
      // A newer version of a document we know: re-read only the lines that changed.
      let doc: ConfigDocument;
      if (td.snapshot) {
        const changed = hit ? td.changedSince?.(hit.version) : undefined;
        doc = hit && changed !== undefined ? reparseLines(hit.doc, td.snapshot(), changed, kind, { legacy }) : parseLines(td.snapshot(), kind, { legacy });
      } else doc = hit ? reparse(hit.doc, td.getText(), kind, { legacy }) : parse(td.getText(), kind, { legacy, detachLines: remember });
      cache.set(td.uri, { version: td.version, kind, legacy, doc });
      return doc;
    },
    forget: (uri) => void cache.delete(uri),
    validate: (doc, s, uri, includes) => findingsOf(doc, s, includes).map((f) => toDiagnostic(f, uri)),
    findings: (doc, s, includes) => findings(doc, { kind: doc.kind, target: target(s), remember, includes }),
    resolveIncludes: (path, doc, host, opts = {}, s = {}) =>
      resolveIncludes(path, doc, host, { legacy: tokenizerMode(doc.kind, target(s)), ...opts }),
    effective: (doc, query, s, opts = {}) => effective(doc, query, { target: target(s), graph: opts.graph, uri: opts.uri }),
    formatEffective,
    documentLinks,
    definition: (doc, pos, graph, uri) => {
      const files = includeDefinition(doc, pos, graph);
      return files.length ? files : jumpHostDefinition(doc, pos, uri);
    },
    codeLenses,
    hover: (doc, pos, s) => hover(doc, pos, target(s)),
    complete: (doc, pos, s) => complete(doc, pos, target(s)),
    codeActions: (doc, uri, range, diagnostics, s, includes) => codeActions(uri, range, diagnostics, findingsOf(doc, s, includes), doc.eol),
    idleLogout(doc, seconds, options, s) {
      const t = target(s);
      if (doc.kind !== 'sshd') return { reason: 'An idle logout is a server setting: open an sshd_config.' };
      if (versionKey(t) < versionKey('9.2')) return { reason: `OpenSSH ${t} has no idle timeout of its own (ChannelTimeout arrived in 9.2): use the shell's TMOUT.` };
      const fix = idleLogoutFix(doc, t, seconds, options);
      if (!fix) return { reason: 'This file already has ChannelTimeout or UnusedConnectionTimeout in its global part (or nothing was chosen).' };
      return { edits: fix.edits.map((e) => toLspEdit(e, doc.eol)) };
    },
    explainTimeouts: (doc, s, includes) => explainTimeouts(doc, target(s), { includes }),
    documentSymbols,
    workspaceSymbols: (docs, query) => workspaceSymbols(docs, query),
    blockOutline,
    foldingRanges,
    selectionRanges,
    format(doc, options, s, range) {
      const opts = {
        tabSize: options.tabSize,
        insertSpaces: options.insertSpaces,
        keywordCase: s.formatKeywordCase,
        legacy: tokenizerMode(doc.kind, target(s)),
      };
      return range ? formatRange(doc, range, opts) : formatDocument(doc, opts);
    },
    inlayHints: (doc, range, s) => (s.inlayHints === false ? [] : inlayHints(doc, range, target(s))),
    target,
  };
}
