import type { Section } from './types';

/**
 * A section whose lines apply to every connection: the global part, an ssh
 * `Host` line with `*` and no negated pattern, `Match all`.
 */
export function sectionAlwaysApplies(section: Section): boolean {
  const h = section.header;
  if (!h) return true;
  const args = h.args;
  if (section.kind === 'match') return args.length === 1 && args[0].value.toLowerCase() === 'all';
  // Asked for every block on every edit: no allocation.
  let star = false;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v.charCodeAt(0) === 33 /* ! */) return false;
    if (v === '*') star = true;
  }
  return star;
}
