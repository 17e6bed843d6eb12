import type { Section } from './types';

/**
 * A section whose lines apply to every connection: the global part, an ssh
 * `Host` line with `*` and no negated pattern, `Match all`.
 */
export function sectionAlwaysApplies(section: Section): boolean {
  const h = section.header;
  if (!h) return true;
  const values = h.args.map((a) => a.value.toLowerCase());
  if (section.kind === 'match') return values.length === 1 && values[0] === 'all';
  return values.includes('*') && !values.some((v) => v.startsWith('!'));
}
