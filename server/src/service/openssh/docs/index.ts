import type { FileKind } from '../types';
import { sshDocs } from './ssh';
import { sshdDocs } from './sshd';
import type { DocTable, KeywordDoc } from './types';

export type { KeywordDoc };

const TABLES: Record<FileKind, DocTable> = { sshd: sshdDocs, ssh: sshDocs };

/** Our documentation for a keyword (lower-case canonical name), if written yet. */
export function keywordDoc(kind: FileKind, name: string): KeywordDoc | undefined {
  return TABLES[kind][name.toLowerCase()];
}
