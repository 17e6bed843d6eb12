// OpenSSH's time format ("90", "10m", "1h30m"), exactly as each release parses
// it. The one parser used by validation, hover and inlay hints.
//
// Three generations (FACTS.md §5, misc.c):
// - up to 9.7: convtime() with strtol(): a leading '+' or blanks accepted,
//   a seconds member may repeat ("10s5s" = 15), no fractions.
// - 9.8 – 10.2: convtime() with a digit scanner + strtonum (commit 9f543d702):
//   digits only (no '+'), seconds may still repeat, no fractions.
// - 10.3+: convtime_double() (commit f45cd249e): fractions for seconds only
//   ("1.5", ".5s"), a seconds member at most once; integer options truncate.
// Units: none or s/S seconds, m/M, h/H, d/D, w/W. The total must fit INT_MAX seconds.

import { versionKey } from '../openssh/version';

export type TimeResult =
  | { ok: true; seconds: number; fractional: boolean }
  | { ok: false; reason: string };

const INT_MAX = 2147483647;
const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

export function parseTime(text: string, target: string): TimeResult {
  const k = versionKey(target);
  const gen = k >= versionKey('10.3') ? 3 : k >= versionKey('9.8') ? 2 : 1;
  if (text === '') return { ok: false, reason: 'empty time value' };
  let i = 0;
  let total = 0;
  let seenSeconds = false;
  let fractional = false;
  while (i < text.length) {
    const start = i;
    let negative = false;
    if (gen === 1) {
      // strtol(): optional leading blanks and sign ("-0" is zero, so it passes).
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (text[i] === '+' || text[i] === '-') negative = text[i++] === '-';
    }
    const digitsStart = i;
    while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    let frac = '';
    if (gen === 3 && text[i] === '.') {
      const dot = i++;
      while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
      frac = text.slice(dot, i);
      if (frac === '.') return { ok: false, reason: `"${text.slice(start, i)}" is not a number` };
    }
    const digits = text.slice(digitsStart, i - frac.length);
    if (digits === '' && frac === '') {
      return { ok: false, reason: i < text.length ? `"${text[i]}" where a number should be` : 'a unit without a number' };
    }
    const unitChar = i < text.length ? text[i].toLowerCase() : '';
    let mult: number;
    if (unitChar === '') mult = 1;
    else if (UNIT[unitChar] !== undefined) {
      mult = UNIT[unitChar];
      i++;
    } else return { ok: false, reason: `unknown unit "${text[i]}" (use s, m, h, d or w)` };
    if (frac && mult !== 1) return { ok: false, reason: 'fractions are only allowed for seconds' };
    if (mult === 1) {
      if (gen === 3 && seenSeconds) return { ok: false, reason: 'seconds given twice' };
      seenSeconds = true;
    }
    const n = Number((digits || '0') + frac);
    if (negative && n > 0) return { ok: false, reason: 'negative time' };
    if (frac && Number(frac) > 0) fractional = true;
    if (n > INT_MAX / mult) return { ok: false, reason: 'too large (over 2147483647 seconds)' };
    total += n * mult;
    if (total > INT_MAX) return { ok: false, reason: 'too large (over 2147483647 seconds)' };
  }
  return { ok: true, seconds: total, fractional };
}

/** "1h 30min", "45 s", "2 d 3 h" — for hovers and inlay hints. */
export function humanDuration(seconds: number): string {
  if (seconds === 0) return '0 s';
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [
    ['w', 604800],
    ['d', 86400],
    ['h', 3600],
    ['min', 60],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    }
  }
  if (rest) parts.push(`${Number.isInteger(rest) ? rest : rest.toFixed(3).replace(/0+$/, '')} s`);
  return parts.join(' ');
}

/** A time in OpenSSH's own format, as short as it gets: 3600 → "1h", 5400 → "1h30m". */
export function formatTime(seconds: number): string {
  let rest = Math.round(seconds);
  let out = '';
  for (const [unit, size] of [['w', 604800], ['d', 86400], ['h', 3600], ['m', 60]] as const) {
    if (rest >= size) {
      out += `${Math.floor(rest / size)}${unit}`;
      rest %= size;
    }
  }
  if (rest) out += `${rest}s`;
  return out || '0';
}
