// The public face of the service: one object that parses each document once
// per version and hands the parsed ConfigDocument to every feature. Pure
// TypeScript: no editor API, no file system, no processes.

import type { CodeAction, CompletionList, Diagnostic, Hover, InlayHint, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { idleLogoutFix, type IdleLogoutOptions } from './rules/keepalive';
import { codeActions } from './features/codeActions';
import { complete } from './features/completion';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { findings, toLspEdit, validate } from './features/validate';
import { NEWEST_RELEASE, RELEASES } from './openssh/keywords';
import type { FileKind } from './openssh/types';
import { resolveTarget, versionKey } from './openssh/version';

/** The release whose parser switched to argv_split() (commits a10f929d1, ea9e45c89; release-8.7). */
const ARGV_SPLIT_RELEASE = '8.7';
import { parse, reparse } from './parser/parser';
import type { ConfigDocument } from './parser/types';
import type { Finding } from './rules/types';

export interface ServiceSettings {
  /** "latest" or "X.Y" */
  targetVersion?: string;
  /** show inlay hints (default on) */
  inlayHints?: boolean;
}

export interface TextDocumentLike {
  uri: string;
  version: number;
  getText(): string;
}

export interface LanguageService {
  /**
   * The parsed document, from the cache when this version was parsed before.
   * The target release decides the tokeniser (OpenSSH changed it in 8.7).
   */
  parse(doc: TextDocumentLike, kind: FileKind, settings?: ServiceSettings): ConfigDocument;
  forget(uri: string): void;
  validate(doc: ConfigDocument, settings: ServiceSettings, uri?: string): Diagnostic[];
  findings(doc: ConfigDocument, settings: ServiceSettings): Finding[];
  hover(doc: ConfigDocument, pos: Position, settings: ServiceSettings): Hover | null;
  complete(doc: ConfigDocument, pos: Position, settings: ServiceSettings): CompletionList;
  codeActions(uri: string, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  inlayHints(doc: ConfigDocument, range: Range, settings: ServiceSettings): InlayHint[];
  /** The edits that add an idle logout for the target, or why there is none. */
  idleLogout(doc: ConfigDocument, seconds: number, options: IdleLogoutOptions, settings: ServiceSettings): { edits: TextEdit[] } | { reason: string };
  /** The release a setting stands for ("latest" → the newest known). */
  target(settings: ServiceSettings): string;
}

export { NEWEST_RELEASE, RELEASES };
export type { ConfigDocument, FileKind, Finding, IdleLogoutOptions };

export interface LanguageServiceOptions {
  /** Remember per-line findings between versions of a document (an editor); off for one-shot analysis. */
  incremental?: boolean;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const remember = options.incremental === true;
  const cache = new Map<string, { version: number; kind: FileKind; legacy: boolean; doc: ConfigDocument }>();
  const target = (s: ServiceSettings) => resolveTarget(s.targetVersion, RELEASES);
  return {
    parse(td, kind, settings = {}) {
      const legacy = versionKey(target(settings)) < versionKey(ARGV_SPLIT_RELEASE);
      const hit = cache.get(td.uri);
      if (hit && hit.version === td.version && hit.kind === kind && hit.legacy === legacy) return hit.doc;
      // A newer version of a document we know: re-read only the lines that changed.
      const doc = hit ? reparse(hit.doc, td.getText(), kind, { legacy }) : parse(td.getText(), kind, { legacy, detachLines: remember });
      cache.set(td.uri, { version: td.version, kind, legacy, doc });
      return doc;
    },
    forget: (uri) => void cache.delete(uri),
    validate: (doc, s, uri) => validate(doc, { kind: doc.kind, target: target(s), remember }, uri),
    findings: (doc, s) => findings(doc, { kind: doc.kind, target: target(s), remember }),
    hover: (doc, pos, s) => hover(doc, pos, target(s)),
    complete: (doc, pos, s) => complete(doc, pos, target(s)),
    codeActions,
    idleLogout(doc, seconds, options, s) {
      const t = target(s);
      if (doc.kind !== 'sshd') return { reason: 'An idle logout is a server setting: open an sshd_config.' };
      if (versionKey(t) < versionKey('9.2')) return { reason: `OpenSSH ${t} has no idle timeout of its own (ChannelTimeout arrived in 9.2): use the shell's TMOUT.` };
      const fix = idleLogoutFix(doc, t, seconds, options);
      if (!fix) return { reason: 'This file already has ChannelTimeout or UnusedConnectionTimeout in its global part (or nothing was chosen).' };
      return { edits: fix.edits.map(toLspEdit) };
    },
    inlayHints: (doc, range, s) => (s.inlayHints === false ? [] : inlayHints(doc, range, target(s))),
    target,
  };
}
