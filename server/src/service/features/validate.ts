import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/types';
import { RULES } from '../rules';
import type { Finding, RuleContext, Severity, TextEdit } from '../rules/types';
import { spanToRange } from '../util/ranges';

export const DIAGNOSTIC_SOURCE = 'openssh-config';
export const RULE_DOCS_BASE = 'https://github.com/openssh-config/openssh-config/blob/main/docs/rules/';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** An edit of a fix for the editor; line breaks it inserts follow the file's (`eol`). */
export function toLspEdit(e: TextEdit, eol: '\n' | '\r\n' = '\n'): LspTextEdit {
  const newText = eol === '\n' ? e.newText : e.newText.replace(/\r?\n/g, eol);
  if (e.wholeLines) {
    return { range: { start: { line: e.span.line, character: 0 }, end: { line: e.wholeLines.endLine + 1, character: 0 } }, newText };
  }
  return { range: spanToRange(e.span), newText };
}

/** Every rule's findings; one rule failing never hides the others. */
export function findings(doc: ConfigDocument, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    try {
      rule.check(doc, ctx, (f) => out.push(f));
    } catch (err) {
      out.push({
        code: 'internal-error',
        severity: 'hint',
        message: `openssh-config: rule ${rule.id} failed (${String(err)}). Please report this.`,
        span: { line: 0, start: 0, end: 0 },
      });
    }
  }
  out.sort((a, b) => a.span.line - b.span.line || a.span.start - b.span.start);
  return out;
}

const hrefs = new Map<string, string>();
/** The rule's docs page (one string per rule, not one per diagnostic). */
function docsHref(code: string): string {
  let h = hrefs.get(code);
  if (h === undefined) hrefs.set(code, (h = `${RULE_DOCS_BASE}${code}.md`));
  return h;
}

// A diagnostic does not carry its quick fixes (no Diagnostic.data): a large file
// can have thousands of findings, and every publish would send all their edits
// (a third of the bytes). codeActions.ts asks for them when the user opens the
// light bulb, from the findings of the same document version.
export function toDiagnostic(f: Finding, uri?: string): Diagnostic {
  const d: Diagnostic = {
    range: spanToRange(f.span),
    severity: SEVERITY[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.code,
    codeDescription: { href: docsHref(f.code) },
    message: f.message,
  };
  if (f.tags?.length) d.tags = f.tags.map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
  const related = f.related?.filter((r) => r.uri ?? uri);
  if (related?.length) {
    d.relatedInformation = related.map((r) => ({ location: { uri: (r.uri ?? uri)!, range: spanToRange(r.span) }, message: r.message }));
  }
  return d;
}

export function validate(doc: ConfigDocument, ctx: RuleContext, uri?: string): Diagnostic[] {
  return findings(doc, ctx).map((f) => toDiagnostic(f, uri));
}
