// The keyword knowledge base: generated facts (data/*.json) joined with our
// documentation (docs.ts). Every feature asks here; nothing else lists keywords.

import sshdData from './data/sshd.json';
import sshData from './data/ssh.json';
import { keywordDoc, type KeywordDoc } from './docs/index';
import type { FileKind, KeywordDataFile, KeywordEra, KeywordFacts, VendorKeyword } from './types';
import { versionKey } from './version';

const DATA: Record<FileKind, KeywordDataFile> = {
  sshd: sshdData as KeywordDataFile,
  ssh: sshData as KeywordDataFile,
};

export const FILE_LABEL: Record<FileKind, string> = { sshd: 'sshd_config', ssh: 'ssh_config' };
export const OTHER: Record<FileKind, FileKind> = { sshd: 'ssh', ssh: 'sshd' };

export interface KeywordInfo {
  facts: KeywordFacts;
  doc?: KeywordDoc;
}

interface Index {
  byName: Map<string, KeywordInfo>;
  vendor: Map<string, VendorKeyword>;
}

function buildIndex(kind: FileKind): Index {
  const byName = new Map<string, KeywordInfo>();
  for (const facts of DATA[kind].keywords) {
    const key = facts.name.toLowerCase();
    byName.set(key, { facts, doc: keywordDoc(kind, key) });
  }
  const vendor = new Map<string, VendorKeyword>();
  for (const v of DATA[kind].vendor) vendor.set(v.name.toLowerCase(), v);
  return { byName, vendor };
}

const INDEX: Record<FileKind, Index> = { sshd: buildIndex('sshd'), ssh: buildIndex('ssh') };

/** Every release the knowledge base knows, oldest first. */
export const RELEASES: readonly string[] = DATA.sshd.releases;
export const NEWEST_RELEASE: string = RELEASES[RELEASES.length - 1];

export function lookupKeyword(kind: FileKind, name: string): KeywordInfo | undefined {
  return INDEX[kind].byName.get(name.toLowerCase());
}

export function lookupVendorKeyword(kind: FileKind, name: string): VendorKeyword | undefined {
  return INDEX[kind].vendor.get(name.toLowerCase());
}

export function allKeywords(kind: FileKind): Iterable<KeywordInfo> {
  return INDEX[kind].byName.values();
}

/** The keyword table entry in force at `version`, or undefined if that release's parser does not know the keyword. */
export function eraAt(facts: KeywordFacts, version: string): KeywordEra | undefined {
  const k = versionKey(version);
  if (k < versionKey(facts.since)) return undefined;
  if (facts.removed && k >= versionKey(facts.removed)) return undefined;
  if (facts.gaps?.some((g) => versionKey(g) === k)) return undefined;
  let found: KeywordEra | undefined;
  for (const era of facts.eras) if (versionKey(era.from) <= k) found = era;
  return found;
}

/** The canonical spelling a keyword stands for at `version` (itself unless it is an alias). */
export function canonicalName(kind: FileKind, facts: KeywordFacts, version: string): string {
  const era = eraAt(facts, version);
  if (era?.status === 'alias' && era.aliasOf) return lookupKeyword(kind, era.aliasOf)?.facts.name ?? era.aliasOf;
  return facts.name;
}

/** Link to the keyword's entry in the official manual. */
export function manPageUrl(kind: FileKind, name: string): string {
  return `https://man.openbsd.org/${FILE_LABEL[kind]}#${encodeURIComponent(name)}`;
}

export interface ResolvedKeyword {
  info?: KeywordInfo;
  /** the table entry at the target release; undefined when that release does not know the keyword */
  era?: KeywordEra;
}

const resolvedCache = new Map<string, Map<string, ResolvedKeyword>>();

/**
 * A memoised lookup of keywords (lower-case) at a release: rules ask it for
 * every line, so take it once per check and call it in the loop.
 */
export function keywordResolver(kind: FileKind, target: string): (name: string) => ResolvedKeyword {
  const key = `${kind}@${target}`;
  let m = resolvedCache.get(key);
  if (!m) resolvedCache.set(key, (m = new Map()));
  const memo = m;
  return (name) => {
    let r = memo.get(name);
    if (!r) {
      const info = lookupKeyword(kind, name);
      r = { info, era: info && eraAt(info.facts, target) };
      // Bounded: junk files have unbounded distinct "keywords".
      if (memo.size < 5000) memo.set(name, r);
    }
    return r;
  };
}
