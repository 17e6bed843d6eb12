// An in-memory machine for Include tests: files by path; glob with glob(3)'s wildcard rules per component.

import { globComponent } from '../../server/src/includeHost';
import type { IncludeHost } from '../../server/src/service/semantics/include';

/** An in-memory machine: files by path; glob with the same wildcard rules per component. */
export function memoryHost(files: Record<string, string>, homeDir = '/home/u'): IncludeHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    homeDir,
    reads,
    async readFile(p) {
      reads.push(p);
      return files[p] ?? { error: 'ENOENT' };
    },
    async glob(pattern) {
      const parts = pattern.split('/');
      return Object.keys(files)
        .filter((f) => {
          const fp = f.split('/');
          return fp.length === parts.length && fp.every((c, i) => (/[*?[]/.test(parts[i]) ? globComponent(c, parts[i]) : c === parts[i]));
        })
        .sort();
    },
  };
}

