// OpenSSH's pattern matching (match.c): `*` and `?` wildcards, comma-separated
// lists, `!` negation. match_pattern_list() returns 1 for a match, -1 when a
// negated pattern matched, 0 otherwise.

export function matchPattern(s: string, pattern: string): boolean {
  // Iterative wildcard match with backtracking on the last `*`.
  let si = 0;
  let pi = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    if (pi < pattern.length && (pattern[pi] === '?' || pattern[pi] === s[si])) {
      si++;
      pi++;
    } else if (pi < pattern.length && pattern[pi] === '*') {
      star = pi++;
      mark = si;
    } else if (star >= 0) {
      pi = star + 1;
      si = ++mark;
    } else return false;
  }
  while (pi < pattern.length && pattern[pi] === '*') pi++;
  return pi === pattern.length;
}

export function matchPatternList(s: string, list: string, dolower = false): 1 | 0 | -1 {
  const str = dolower ? s.toLowerCase() : s;
  let got: 1 | 0 = 0;
  for (const raw of list.split(',')) {
    const negated = raw.startsWith('!');
    const p = (negated ? raw.slice(1) : raw);
    if (matchPattern(str, dolower ? p.toLowerCase() : p)) {
      if (negated) return -1;
      got = 1;
    }
  }
  return got;
}
