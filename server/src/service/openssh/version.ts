// OpenSSH release numbers ("9.2", "10.5") and the user's target version.

/** A comparable number for "X.Y": 9.2 → 902, 10.5 → 1005. NaN when malformed. */
const keys = new Map<string, number>();
export function versionKey(v: string): number {
  let k = keys.get(v);
  if (k === undefined) {
    const m = /^(\d+)\.(\d+)/.exec(v.trim());
    k = m ? Number(m[1]) * 100 + Number(m[2]) : NaN;
    if (keys.size < 1000) keys.set(v, k);
  }
  return k;
}

export function compareVersions(a: string, b: string): number {
  return versionKey(a) - versionKey(b);
}

/** True when release `v` is at or after `since` (and before `until`, if given). */
export function inRange(v: string, since: string, until?: string): boolean {
  const k = versionKey(v);
  return k >= versionKey(since) && (until === undefined || k < versionKey(until));
}

/**
 * Turn a user's setting ("latest", "9.2", "9.2p1", "OpenSSH_9.6") into a known
 * release of `releases` (sorted oldest first). Unknown releases between two
 * known ones fall back to the nearest older known one; anything invalid means latest.
 */
export function resolveTarget(setting: string | undefined, releases: readonly string[]): string {
  const newest = releases[releases.length - 1];
  if (!setting || /^latest$/i.test(setting.trim())) return newest;
  const k = versionKey(setting.replace(/^openssh_?/i, ''));
  if (Number.isNaN(k)) return newest;
  let best = releases[0];
  for (const r of releases) if (versionKey(r) <= k) best = r;
  return best;
}
