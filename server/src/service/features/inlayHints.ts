// Inlay hints: time values in human units (`90m` → "= 1 h 30 min"), after the
// keepalive keyword that completes a pair the dead-peer cut it makes, and after
// the MaxStartups line that counts its refusal ramp.

import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import { lookupKeyword } from '../openssh/keywords';
import type { ConfigDocument } from '../parser/types';
import { humanDuration, parseTime } from '../semantics/time';
import { maxStartups } from '../semantics/limits';
import { KEEPALIVE_COUNTS, KEEPALIVE_INTERVALS, keepaliveScope } from '../semantics/timeouts';

export function inlayHints(doc: ConfigDocument, range: Range, target: string): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const d of doc.directives) {
    if (d.line < range.start.line || d.line > range.end.line || !d.args.length) continue;
    const first = d.args[0];
    const spec = lookupKeyword(doc.kind, d.name)?.doc?.value;
    if (spec?.kind === 'time') {
      const r = parseTime(first.value, target);
      // Only where the unit is not already plain: "90" → 1 min 30 s, "5400" → 1 h 30 min.
      if (r.ok && r.seconds >= 60 && !/^\d+[smhdw]$/i.test(first.value)) {
        hints.push({ position: { line: d.line, character: first.end }, label: `= ${humanDuration(r.seconds)}`, kind: InlayHintKind.Type, paddingLeft: true });
      }
    }
    // MaxStartups: the refusal ramp as numbers, on the line that counts.
    if (doc.kind === 'sshd' && d.name === 'maxstartups') {
      const s = maxStartups(doc, target);
      if (s.from === d) {
        hints.push({
          position: { line: d.line, character: first.end },
          label: s.start >= s.full || s.rate === 100 ? `refuses all beyond ${Math.min(s.start, s.full)} pending` : `refuses ${s.rate} % from ${s.start} pending, 100 % at ${s.full}`,
          kind: InlayHintKind.Parameter,
          paddingLeft: true,
          tooltip: 'Unauthenticated connections: they count until login or LoginGraceTime.',
        });
      }
    }
    // The cut, after the last line of the pair in its scope.
    if (KEEPALIVE_COUNTS.has(d.name) || KEEPALIVE_INTERVALS.has(d.name)) {
      const scope = keepaliveScope(doc, doc.sections[d.section], target);
      const last = [scope.intervalFrom, scope.countFrom].filter((x) => x && x.section === d.section).sort((a, b) => b!.line - a!.line)[0];
      if (last !== d || !scope.interval) continue;
      hints.push({
        position: { line: d.line, character: d.args[d.args.length - 1].end },
        label: scope.cutAfter !== undefined ? `≈ ${humanDuration(scope.cutAfter)} dead-peer cut` : 'never cuts a silent peer',
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: 'Idle but live peers answer the probes and are never cut by this.',
      });
    }
  }
  return hints;
}
