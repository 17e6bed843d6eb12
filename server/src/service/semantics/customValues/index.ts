// Value checks for the keywords whose value is not one of the simple kinds
// (flag, enum, integer, time, port): each follows the code that reads that
// keyword in servconf.c (sshd) or readconf.c (ssh) at the target release, and
// reports only what that code refuses (the line is rejected and sshd -t /
// ssh -G fail). Advice belongs to other rules.
//
// One check per canonical keyword (lower case), in sshd.ts and ssh.ts. A check
// sees the whole line (its arguments, and `raw` for rest-of-line keywords) and
// returns the first problem OpenSSH stops at, or undefined.

import type { FileKind } from '../../openssh/types';
import { SSH_CHECKS } from './ssh';
import { SSHD_CHECKS } from './sshd';
import type { CustomCheck } from './types';

export type { CustomCheck };

const TABLES: Record<FileKind, Record<string, CustomCheck>> = { sshd: SSHD_CHECKS, ssh: SSH_CHECKS };

/** The check for a canonical keyword (any case) of this file kind, if it has one. */
export function customCheck(kind: FileKind, name: string): CustomCheck | undefined {
  const table = TABLES[kind];
  const key = name.toLowerCase();
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
