import type { ConfigDocument, Span } from '../parser/types';
import type { FileKind } from '../openssh/types';
import type { IncludeGraph } from '../semantics/include';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A replacement of `span`, or of whole lines `span.line`…`endLine` (line breaks included) when `wholeLines` is set. */
export interface TextEdit {
  span: Span;
  newText: string;
  wholeLines?: { endLine: number };
}

/** A quick fix carried by a finding; code actions turn it into a workspace edit. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

export interface Finding {
  /** the rule id; docs/rules/<code>.md explains it */
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes?: Fix[];
  /** `uri`: a line of another file (an Included one); unset: this document */
  related?: { span: Span; message: string; uri?: string }[];
  tags?: ('unnecessary' | 'deprecated')[];
}

export interface RuleContext {
  kind: FileKind;
  /** the OpenSSH release the file is written for ("9.2", "10.6") */
  target: string;
  /**
   * Remember per-line findings for the next version of the document (the
   * language server, where edits re-check only the lines they touch). Off for
   * one-shot analysis (the CLI), where it would only cost time.
   */
  remember?: boolean;
  /** the files the document's Include lines read (semantics/include.ts), when the host followed them */
  includes?: IncludeGraph;
}

export interface Rule {
  id: string;
  /** the ids this rule can report (a rule may own several closely related ids) */
  codes: readonly string[];
  check(doc: ConfigDocument, ctx: RuleContext, report: (f: Finding) => void): void;
}
