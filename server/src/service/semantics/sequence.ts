// The directives of a configuration in the order OpenSSH reads them, each with
// where it came from and the scope (global part or Host/Match block) it is
// read in. Whole-file rules (first value wins, shadowing) walk this sequence
// instead of `doc.directives`, so that they see Included files once the
// sequence splices them in.
//
// Without `ctx.includes` the sequence is the document's own directives. With
// the followed Includes (semantics/include.ts) each `Include` line is followed
// by the directives of the files it names (sorted glob results,
// servconf.c/readconf.c case sInclude/oInclude), keeping these rules:
//   - an Include inside a Host/Match block reads its files in that block's
//     scope until the included file opens a block of its own;
//   - a block opened inside an included file ends at the end of that file
//     (`*activep = oactive`, servconf.c V_8_4_P1 and later; readconf.c);
//   - top-level lines of an included file share the one global scope.

import type { FileKind } from '../openssh/types';
import { newMemo, type ConfigDocument, type Directive, type Section } from '../parser/types';
import { sectionAlwaysApplies } from '../parser/sections';
import { MAX_INCLUDE_DEPTH, type IncludeGraph } from './include';

/** A scope: the global part (shared by every file) or one Host/Match block of one file. */
export interface Scope {
  /** `global`, or `<uri>#<section index>` for a block ('' is the document being checked) */
  id: string;
  section: Section;
  /** the block applies to every connection (global part, `Host *`, `Match all`) */
  alwaysApplies: boolean;
  /**
   * A block of a file Included from inside a Host/Match block that does not always
   * apply: when that block does not match, OpenSSH reads the file with every Host/Match
   * line forced not to match (SSHCONF_NEVERMATCH, readconf.c oInclude; SSHCFG_NEVERMATCH,
   * servconf.c sInclude), so this block applies only where the outer one does.
   */
  conditional?: boolean;
  /** rules/shadowing.ts: its record of the block, kept for the next check */
  shadowRecord?: unknown;
}

export interface SequenceItem {
  directive: Directive;
  /** undefined: the document being checked; otherwise the uri of an Included file */
  uri?: string;
  scope: Scope;
}

/**
 * What the sequence may need besides the document. Rules pass their
 * RuleContext; the Include helper adds what it needs to read included files
 * (and must then key the cache below on it as well).
 */
export interface SequenceContext {
  kind?: FileKind;
  /** the target release (Include grammar differs per release) */
  target?: string;
  /** the uri of the document being checked, if known */
  uri?: string;
  /** the files its Include lines read (semantics/include.ts); without it, Include lines read nothing */
  includes?: IncludeGraph;
  /** an editor's document: keep scopes and items on the lines (Directive.memo) for its next version */
  remember?: boolean;
}

/** The global scope, or the scope of a block of the document `uri` (undefined: the document being checked). */
export function scopeOf(doc: ConfigDocument, sectionIndex: number, uri?: string): Scope {
  const section = doc.sections[sectionIndex];
  // Every field set, in one order: all scopes share one shape.
  if (sectionIndex === 0) return { id: 'global', section, alwaysApplies: true, conditional: undefined, shadowRecord: undefined };
  return { id: blockId(sectionIndex, uri), section, alwaysApplies: sectionAlwaysApplies(section), conditional: undefined, shadowRecord: undefined };
}

const blockId = (sectionIndex: number, uri?: string) => `${uri ?? ''}#${sectionIndex}`;

const cache = new WeakMap<ConfigDocument, SequenceItem[]>();

/**
 * Every directive in reading order, Host/Match headers included. Computed
 * once per parsed document (each rule of one validation asks for it).
 */
export function directiveSequence(doc: ConfigDocument, ctx: SequenceContext = {}): readonly SequenceItem[] {
  const graph = ctx.includes;
  if (graph && graph.files.size > 1 && graph.files.get(graph.root)?.doc === doc) {
    let spliced = splicedCache.get(graph);
    if (!spliced) splicedCache.set(graph, (spliced = splice(doc, graph)));
    return spliced;
  }
  let seq = cache.get(doc);
  if (!seq) {
    if (ctx.remember) seq = rememberedSequence(doc);
    else {
      const scopes = doc.sections.map((_s, i) => scopeOf(doc, i));
      seq = doc.directives.map((directive) => ({ directive, scope: scopes[directive.section] }));
    }
    cache.set(doc, seq);
  }
  return seq;
}

/** A scope kept on the first line of its block, with the block's index when it was made. */
interface KeptScope {
  scope: Scope;
  index: number;
}

/**
 * The sequence of an editor's document, reusing the scopes and items of its
 * previous version: on a large file an edit otherwise makes one object per
 * line and per block, which the rules keep alive until they finish. A block's
 * scope is kept on its first line (the Host/Match line, or the global part's
 * first line) and is reused while that line stays, even when blocks above it
 * were added or removed (its id then follows the block's new index); it is
 * pointed at the new Section (the parser reuses unchanged lines, and the
 * previous version is not used after a re-parse). An item is kept on its line
 * and reused while its scope is.
 */
function rememberedSequence(doc: ConfigDocument): SequenceItem[] {
  const sections = doc.sections;
  const scopes: Scope[] = new Array(sections.length);
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    const first = section.directives[0];
    if (!first) {
      scopes[i] = scopeOf(doc, i); // no line refers to it
      continue;
    }
    const kept = first.memo?.seqScope as KeptScope | undefined;
    if (kept && (kept.index === 0) === (i === 0)) {
      // The same block, perhaps moved (a block added or removed above it): its scope and the items of its lines stay.
      if (kept.index !== i) {
        kept.scope.id = blockId(i);
        kept.index = i;
      }
      kept.scope.section = section;
      scopes[i] = kept.scope;
    } else {
      const scope = scopeOf(doc, i);
      (first.memo ??= newMemo()).seqScope = { scope, index: i } satisfies KeptScope;
      scopes[i] = scope;
    }
  }
  const directives = doc.directives;
  const out: SequenceItem[] = new Array(directives.length);
  for (let k = 0; k < directives.length; k++) {
    const directive = directives[k];
    const scope = scopes[directive.section];
    const kept = directive.memo?.seqItem as SequenceItem | undefined;
    if (kept && kept.scope === scope) out[k] = kept;
    else (directive.memo ??= newMemo()).seqItem = out[k] = { directive, scope };
  }
  return out;
}

const splicedCache = new WeakMap<IncludeGraph, SequenceItem[]>();

/**
 * The sequence with each Include line followed by the directives of the files
 * it reads (sorted glob order, up to OpenSSH's depth limit). Top-level lines of
 * an included file stand in the scope of the Include line; a block opened in
 * an included file ends with that file.
 */
function splice(doc: ConfigDocument, graph: IncludeGraph): SequenceItem[] {
  const out: SequenceItem[] = [];
  const walk = (d: ConfigDocument, path: string, uri: string | undefined, depth: number, inherited: Scope) => {
    const nested = !inherited.alwaysApplies; // a conditional scope never always applies
    const scopes = d.sections.map((_s, i) => {
      if (i === 0) return inherited;
      const scope = scopeOf(d, i, uri);
      return nested ? { ...scope, alwaysApplies: false, conditional: true } : scope;
    });
    const file = graph.files.get(path);
    for (const directive of d.directives) {
      out.push({ directive, uri, scope: scopes[directive.section] });
      if (directive.name !== 'include' || depth >= MAX_INCLUDE_DEPTH) continue;
      for (const arg of file?.includes ?? []) {
        if (arg.directive !== directive) continue;
        for (const m of arg.matches) {
          const child = graph.files.get(m);
          if (child?.doc) walk(child.doc, child.path, child.uri, depth + 1, scopes[directive.section]);
        }
      }
    }
  };
  walk(doc, graph.root, undefined, 0, scopeOf(doc, 0));
  return out;
}
