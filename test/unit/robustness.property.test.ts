// Robustness property tests: no document can make the language service throw.
// Documents mix binary junk (NUL, BOM, lone CR, CRLF, unterminated quotes,
// `=` chains, very long tokens) with realistic lines (every keyword of the
// knowledge base with garbage values, Host/Match headers with random
// criteria, Include lines with odd paths). On each one every public method of
// the LanguageService that takes a document is called, at positions inside
// and outside the document, and:
// - nothing throws;
// - every position/range returned for this document lies inside it
//   (line < lineCount, character <= line length), document symbols keep their
//   selection range inside their range, selection ranges grow outwards;
// - every edit set applies (no overlapping edits);
// - formatting is idempotent and keeps every non-blank character (the notion
//   of formatting.property.test.ts: blanks and the keyword's `=` may change,
//   keyword case too in canonical mode);
// - an incremental service fed a random sequence of edits (and target
//   switches) reports the same diagnostics as a fresh one-shot parse.
// A failure prints fast-check's seed and counterexample: re-run with
// { seed, path } in the fc.assert options to reproduce it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Position, Range, SelectionRange, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { createLanguageService, type FileKind, type IncludeGraph, type LanguageService, type ServiceSettings } from '../../server/src/service/languageService';
import { allKeywords } from '../../server/src/service/openssh/keywords';
import { MATCH_CRITERIA } from '../../server/src/service/openssh/match';
import { parseConnectionSpec, type EffectiveQuery } from '../../server/src/service/semantics/effective';
import { memoryHost } from './memoryHost';

// ---------------------------------------------------------------- generators

const KEYWORDS = [...new Set([...allKeywords('sshd'), ...allKeywords('ssh')].map((k) => k.facts.name))].sort();
const CRITERIA = [...new Set([...MATCH_CRITERIA.sshd, ...MATCH_CRITERIA.ssh].map((c) => c.name))].sort();
const TARGETS = ['7.0', '8.7', '9.2', 'latest'] as const;

const kindArb = fc.constantFrom<FileKind>('sshd', 'ssh');
const targetArb = fc.constantFrom(...TARGETS);

const blank = fc.constantFrom('', ' ', '  ', '\t', ' \t ', '\f', '\v');
const binary = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const longToken = fc.tuple(fc.constantFrom('a', '9', '"', '=', '\\', '#', ' ', '%', '*', ','), fc.integer({ min: 200, max: 6000 })).map(([c, n]) => c.repeat(n));

const valueWord = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'yes', 'no', 'ask', 'any', 'none', 'all', '0', '-1', '22', '65536', '99999999999999999999', '1h30m', '1y', '5x', '0x10',
      '*', '!*', '!', ',', ',,', 'a,b', ',a', 'a,', '%h:%p', '%%', '%', '%Z', '${HOME}', '${', '$', '~', '~/x', '~root/x',
      '"a b"', '"', "'", '""', "''", '\\', '\\"', '"unterminated', "'unterminated", 'a"b', '=', '==', '=x', 'x=', '#', 'x#y', '#c',
      '10.0.0.0/8', '10.0.0.0/33', '::1', '::1/129', '[::1]:22', '1.2.3.4:99999', '0.0.0.0', 'session:*=5m', 'session=', 'x11=1d',
      'aes128-ctr,+x', '-aes*', '^ssh-ed25519', '+', '-', '^', 'ssh -W %h:%p gw', 'sftp', 'internal-sftp', '/usr/lib/openssh/sftp-server',
      'LOCAL0', 'VERBOSE', 'DEBUG3', 'publickey,password', 'keyboard-interactive:pam', 'user@host', 'localhost:8080', '8080', '*:80',
      'AUTH_SOCK', 'LANG=C', 'A=B C=D', '\0', '\uFEFF', '\r', 'é', '😀', '\uD800',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: binary(12) },
);
const values = fc.array(fc.tuple(valueWord, fc.constantFrom(' ', '  ', '\t', ' = ', '=', ',', '')), { maxLength: 5 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
const keywordSpelling = fc.tuple(fc.constantFrom(...KEYWORDS), fc.constantFrom('as', 'lower', 'upper', 'quoted')).map(([k, how]) => (how === 'lower' ? k.toLowerCase() : how === 'upper' ? k.toUpperCase() : how === 'quoted' ? `"${k}"` : k));
const separator = fc.constantFrom(' ', '  ', '\t', '=', ' = ', ' =', '= ', '==', ' == ', '');
const comment = fc.constantFrom('', '', ' # c', '#', ' #', '# = "x"', ' #\0');

const keywordLine = fc.tuple(blank, keywordSpelling, separator, values, blank, comment).map(([b, k, s, v, b2, c]) => `${b}${k}${s}${v}${b2}${c}`);
const hostPattern = fc.oneof(fc.constantFrom('*', '!*', 'a*', '?', '!', '*.example.com', '!bad', 'a,b', '10.0.0.*', '[::1]', '"a b"', '""', '%h', '\\'), fc.string({ maxLength: 8 }));
const hostLine = fc.tuple(blank, fc.constantFrom('Host', 'host', 'HOST', 'Host=', '"Host"'), fc.array(hostPattern, { maxLength: 4 }), comment).map(([b, h, ps, c]) => `${b}${h} ${ps.join(' ')}${c}`);
const criterion = fc.tuple(
  fc.constantFrom('', '', '!'),
  fc.oneof(fc.constantFrom(...CRITERIA), fc.constantFrom('all', 'canonical', 'final', 'bogus', 'User', 'ADDRESS')),
  fc.constantFrom(' ', '=', ' = ', ''),
  fc.oneof(valueWord, fc.constantFrom('', '"exec this"', '10.0.0.0/8,!10.1.0.0/16', 'alice,bob', '*', 'shell', '22'), fc.constant('')),
).map(([neg, c, sep, v]) => `${neg}${c}${sep}${v}`);
const matchLine = fc.tuple(blank, fc.constantFrom('Match', 'match', 'Match=', 'MATCH'), fc.array(criterion, { maxLength: 5 }), comment).map(([b, m, cs, c]) => `${b}${m} ${cs.join(' ')}${c}`);
const includePath = fc.oneof(
  fc.constantFrom(
    '', '~', '~/', '~/.ssh/conf.d/*', '~root/x', '~nobody', '/', '/etc/ssh/sshd_config.d/*.conf', '/etc/ssh/ssh_config.d/*.conf', 'sshd_config.d/*.conf',
    'ssh_config.d/*', 'conf.d/*', '../../../../etc/passwd', '*', '**', '[', '[!a-', '[]]', 'a\0b', '%d/x', '"unterminated', '"a b" c', '.', '..', '\\',
    'x/'.repeat(300), '/etc/ssh/sshd_config', 'config', '/home/u/.ssh/config', '/nonexistent/**/x', '?', '{a,b}',
  ),
  fc.string({ maxLength: 10 }),
  binary(10),
);
const includeLine = fc.tuple(blank, fc.constantFrom('Include', 'include', 'Include=', 'INCLUDE'), fc.array(includePath, { minLength: 0, maxLength: 3 }), comment).map(([b, k, ps, c]) => `${b}${k} ${ps.join(' ')}${c}`);
const junkLine = fc.oneof(
  { weight: 3, arbitrary: binary(80) },
  { weight: 2, arbitrary: fc.constantFrom('\0', '\uFEFF', '\uFEFFPort 22', '"', "'", 'Port "22', "Banner 'x", '= = =', '=Port', 'Port===22', '====', '=', '\\', '#', '\0Port 22', 'Port\x0022', 'Match', 'Host', 'Include', '\uD800', '\uDC00x') },
  { weight: 1, arbitrary: longToken },
  { weight: 1, arbitrary: fc.tuple(keywordSpelling, longToken).map(([k, t]) => `${k} ${t}`) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom('"', "'", '\\', '#', '=', ' ', '\t', '\r', '\0', '\uFEFF', 'Port', 'Match', 'Host', 'x', '22', ','), { maxLength: 40 }).map((a) => a.join('')) },
);
const line = fc.oneof(
  { weight: 6, arbitrary: keywordLine },
  { weight: 2, arbitrary: hostLine },
  { weight: 2, arbitrary: matchLine },
  { weight: 1, arbitrary: includeLine },
  { weight: 1, arbitrary: fc.tuple(blank, comment).map(([b, c]) => b + c) },
  { weight: 3, arbitrary: junkLine },
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r', '\n\n', '\r\r\n');
const documentText = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { maxLength: 18 }), fc.boolean())
  .map(([bom, ls, finalEol]) => {
    const body = ls.map(([l, e], i) => (i < ls.length - 1 || finalEol ? l + e : l)).join('');
    return (bom ? '\uFEFF' : '') + body;
  });

// ---------------------------------------------------------------- checks

/** Line breaks as the editor (LSP) counts them: \n, \r\n and a lone \r. */
const linesOf = (text: string) => text.split(/\r\n|\r|\n/);
const short = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}…` : s);

function checkPosition(lines: string[], p: Position, what: string): void {
  const ok = Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length && Number.isInteger(p.character) && p.character >= 0 && p.character <= lines[p.line].length;
  if (!ok) assert.fail(`${what}: position ${JSON.stringify(p)} outside the document (${lines.length} lines; that line: ${short(lines[p.line] ?? '<none>')})`);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/**
 * `lineBreakEnd`: for edits, an end at the start of the line after the last one
 * is allowed (the LSP way to include a line's break: "remove this line" on a
 * last line without a break; clients clamp it to the end of the document).
 */
function checkRange(lines: string[], r: Range, what: string, lineBreakEnd = false): void {
  checkPosition(lines, r.start, `${what} start`);
  if (!(lineBreakEnd && r.end.line === lines.length && r.end.character === 0)) checkPosition(lines, r.end, `${what} end`);
  if (!before(r.start, r.end)) assert.fail(`${what}: range ${JSON.stringify(r)} ends before it starts`);
}

/** Apply edits the way a client does; vscode-languageserver-textdocument throws on overlapping edits. */
function applyEdits(text: string, edits: TextEdit[], lines: string[], what: string): string {
  for (const e of edits) checkRange(lines, e.range, what, true);
  return TextDocument.applyEdits(TextDocument.create('mem://apply', 'x', 1, text), edits);
}

function checkWorkspaceEdit(uri: string, text: string, lines: string[], edit: WorkspaceEdit | undefined, what: string): void {
  if (!edit) return;
  const mine = edit.changes?.[uri];
  if (mine) applyEdits(text, mine, lines, `${what} edit`);
  for (const dc of edit.documentChanges ?? []) {
    if ('edits' in dc && dc.textDocument.uri === uri) applyEdits(text, dc.edits.filter((e): e is TextEdit => 'range' in e), lines, `${what} documentChange`);
  }
}

function checkCompletionItem(lines: string[], item: CompletionItem, what: string): void {
  const te = item.textEdit;
  if (te) {
    if ('range' in te) checkRange(lines, te.range, `${what} textEdit`, true);
    else {
      checkRange(lines, te.insert, `${what} insert`, true);
      checkRange(lines, te.replace, `${what} replace`, true);
    }
  }
  for (const e of item.additionalTextEdits ?? []) checkRange(lines, e.range, `${what} additionalTextEdit`, true);
}

function checkSymbols(lines: string[], symbols: DocumentSymbol[], what: string): void {
  for (const s of symbols) {
    checkRange(lines, s.range, `${what} ${s.name} range`);
    checkRange(lines, s.selectionRange, `${what} ${s.name} selectionRange`);
    if (!contains(s.range, s.selectionRange)) assert.fail(`${what}: selectionRange ${JSON.stringify(s.selectionRange)} not inside range ${JSON.stringify(s.range)}`);
    if (s.children) {
      for (const c of s.children) if (!contains(s.range, c.range)) assert.fail(`${what}: child ${c.name} ${JSON.stringify(c.range)} not inside ${s.name} ${JSON.stringify(s.range)}`);
      checkSymbols(lines, s.children, what);
    }
  }
}

function checkSelectionRange(lines: string[], sr: SelectionRange, what: string): void {
  for (let r: SelectionRange | undefined = sr; r; r = r.parent) {
    checkRange(lines, r.range, what);
    if (r.parent && !contains(r.parent.range, r.range)) assert.fail(`${what}: parent ${JSON.stringify(r.parent.range)} does not contain ${JSON.stringify(r.range)}`);
  }
}

/** The notion of formatting.property.test.ts: only blanks and `=` may change (and keyword case in canonical mode). */
const squeeze = (s: string, canonical: boolean) => (canonical ? s.toLowerCase() : s).replace(/[\s=]/g, '');

/** Positions to ask at: in every line (start, inside, end) and past the end of lines and of the document. */
function probePositions(lines: string[]): { inside: Position[]; outside: Position[] } {
  const inside: Position[] = [];
  const outside: Position[] = [];
  const n = lines.length;
  const pick = [...new Set([0, 1, Math.floor(n / 2), n - 2, n - 1].filter((l) => l >= 0 && l < n))];
  for (const l of pick) {
    const len = lines[l].length;
    for (const c of new Set([0, 1, Math.floor(len / 2), len - 1, len].filter((c) => c >= 0 && c <= len))) inside.push({ line: l, character: c });
    outside.push({ line: l, character: len + 1 }, { line: l, character: len + 1000 });
  }
  outside.push({ line: n, character: 0 }, { line: n + 3, character: 7 }, { line: 1_000_000, character: 1_000_000 });
  return { inside, outside };
}

function includeFiles(kind: FileKind, rootPath: string, root: string, extra: string): Record<string, string> {
  const dir = kind === 'sshd' ? '/etc/ssh/sshd_config.d' : '/etc/ssh/ssh_config.d';
  return {
    [rootPath]: root, // an Include of the file itself: a cycle
    [`${dir}/a.conf`]: extra,
    [`${dir}/b.conf`]: `Include ${rootPath}\n${extra}`,
    '/home/u/.ssh/conf.d/x': extra,
    '/home/u/.ssh/config': extra,
  };
}

let uriCounter = 0;

/** Every public method of the service on one document; throws (assert) on the first problem. */
async function exercise(service: LanguageService, text: string, kind: FileKind, targetVersion: string, extra: string, hostWord: string, spec: string, seconds: number, query: string): Promise<void> {
  const uri = `mem://robust/${++uriCounter}/${kind === 'sshd' ? 'sshd_config' : 'config'}`;
  const settings: ServiceSettings = { targetVersion };
  const lines = linesOf(text);
  const doc = service.parse({ uri, version: 1, getText: () => text }, kind, settings);
  assert.equal(doc.lineCount, lines.length, 'lineCount differs from the editor line count');
  assert.equal(service.parse({ uri, version: 1, getText: () => text }, kind, settings), doc, 'the same version is not cached');
  service.target(settings);

  // Includes through an in-memory machine (the document itself, drop-ins, a cycle).
  const rootPath = kind === 'sshd' ? '/etc/ssh/sshd_config' : '/home/u/.ssh/config';
  const host = memoryHost(includeFiles(kind, rootPath, text, extra));
  const graph: IncludeGraph = await service.resolveIncludes(rootPath, doc, host, {}, settings);
  await service.resolveIncludes(rootPath, doc, host, { sshDir: '/elsewhere', maxFiles: 2 }, settings);

  const { inside, outside } = probePositions(lines);

  for (const includes of [undefined, graph]) {
    const diagnostics: Diagnostic[] = service.validate(doc, settings, uri, includes);
    for (const d of diagnostics) {
      checkRange(lines, d.range, `diagnostic ${String(d.code)}`);
      for (const r of d.relatedInformation ?? []) if (r.location.uri === uri) checkRange(lines, r.location.range, `related of ${String(d.code)}`);
    }
    for (const f of service.findings(doc, settings, includes)) checkRange(lines, { start: { line: f.span.line, character: f.span.start }, end: { line: f.span.line, character: f.span.end } }, `finding ${f.code}`);

    // Quick fixes for every diagnostic on its own range, then all of them at once over the whole document.
    const check = (actions: CodeAction[], what: string) => {
      for (const a of actions) checkWorkspaceEdit(uri, text, lines, a.edit, `${what} "${a.title}"`);
    };
    for (const d of diagnostics) check(service.codeActions(doc, uri, d.range, [d], settings, includes), `codeAction for ${String(d.code)}`);
    const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
    check(service.codeActions(doc, uri, whole, diagnostics, settings, includes), 'codeActions (whole document)');
    check(service.codeActions(doc, uri, { start: { line: lines.length + 2, character: 0 }, end: { line: lines.length + 9, character: 99 } }, diagnostics, settings, includes), 'codeActions (past the end)');

    const timeouts = service.explainTimeouts(doc, settings, includes);
    for (const sc of timeouts.scenarios) {
      for (const lane of sc.lanes) {
        if (lane.scopeLine !== undefined && !(lane.scopeLine >= 0 && lane.scopeLine < lines.length)) assert.fail(`explainTimeouts: scopeLine ${lane.scopeLine} outside the document`);
        for (const by of lane.by) if (by.uri === undefined && by.line !== undefined && !(by.line >= 0 && by.line < lines.length)) assert.fail(`explainTimeouts: line ${by.line} outside the document`);
      }
    }

    for (const link of service.documentLinks(doc, includes)) checkRange(lines, link.range, 'documentLink');
    for (const p of [...inside, ...outside]) service.definition(doc, p, includes);

    // Effective settings for one connection.
    let q: EffectiveQuery;
    if (kind === 'ssh') {
      q = { kind: 'ssh', host: hostWord, user: hostWord.slice(0, 3) || undefined, port: seconds % 70000, localUser: 'u', local: { homeDir: '/home/u', uid: 1000, hostname: 'here' }, exec: (cmd) => (cmd.length % 3 === 0 ? undefined : cmd.length % 3 === 1) };
    } else {
      const parsed = parseConnectionSpec(spec);
      q = 'error' in parsed ? (parseConnectionSpec('user=a,host=b,addr=1.2.3.4') as EffectiveQuery) : parsed;
    }
    const result = service.effective(doc, q, settings, { graph: includes, uri });
    for (const l of result.lines) {
      assert.equal(typeof l.value, 'string');
      const s = l.source;
      if (s && (includes ? s.path === rootPath : true)) checkRange(lines, { start: { line: s.span.line, character: s.span.start }, end: { line: s.span.line, character: s.span.end } }, `effective ${l.keyword}`);
    }
    assert.equal(typeof service.formatEffective(result, kind, false), 'string');
    assert.equal(typeof service.formatEffective(result, kind, true), 'string');
  }

  // Hover and completion everywhere, and past the end.
  for (const p of inside) {
    const h = service.hover(doc, p, settings);
    if (h?.range) checkRange(lines, h.range, `hover at ${JSON.stringify(p)}`);
    const list = service.complete(doc, p, settings);
    for (const item of list.items) checkCompletionItem(lines, item, `completion "${item.label}" at ${JSON.stringify(p)}`);
  }
  for (const p of outside) {
    service.hover(doc, p, settings);
    service.complete(doc, p, settings);
  }

  // Inlay hints for the whole document, part of it, and past the end.
  const ranges: Range[] = [
    { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
    { start: inside[Math.floor(inside.length / 2)] ?? { line: 0, character: 0 }, end: inside[inside.length - 1] ?? { line: 0, character: 0 } },
    { start: { line: lines.length + 1, character: 0 }, end: { line: lines.length + 50, character: 3 } },
  ];
  for (const r of ranges) {
    for (const hint of service.inlayHints(doc, r, settings)) {
      checkPosition(lines, hint.position, 'inlayHint');
      for (const e of hint.textEdits ?? []) checkRange(lines, e.range, 'inlayHint textEdit', true);
    }
    service.inlayHints(doc, r, { ...settings, inlayHints: false });
  }

  checkSymbols(lines, service.documentSymbols(doc), 'documentSymbol');
  for (const s of service.workspaceSymbols([{ uri, doc }], query)) if (s.location.uri === uri) checkRange(lines, s.location.range, `workspaceSymbol ${s.name}`);
  service.workspaceSymbols([{ uri, doc }], '');
  for (const f of service.foldingRanges(doc)) {
    if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines.length)) assert.fail(`foldingRange ${JSON.stringify(f)} outside the document (${lines.length} lines)`);
  }
  const srs = service.selectionRanges(doc, inside);
  assert.equal(srs.length, inside.length, 'one selection range per position');
  srs.forEach((sr, i) => checkSelectionRange(lines, sr, `selectionRange at ${JSON.stringify(inside[i])}`));
  service.selectionRanges(doc, outside);

  for (const l of service.codeLenses(doc, uri)) checkRange(lines, l.range, 'codeLens');

  const idle = service.idleLogout(doc, seconds, { sessions: seconds % 2 === 0, forwards: seconds % 3 === 0, unused: seconds % 5 !== 0 }, settings);
  if ('edits' in idle) applyEdits(text, idle.edits, lines, 'idleLogout');
  else assert.equal(typeof idle.reason, 'string');

  // Formatting: whole document and a range, both keyword cases.
  for (const keywordCase of ['preserve', 'canonical'] as const) {
    const s: ServiceSettings = { ...settings, formatKeywordCase: keywordCase };
    const opts = { tabSize: 1 + (seconds % 8), insertSpaces: seconds % 2 === 0 };
    const once = applyEdits(text, service.format(doc, opts, s), lines, `format (${keywordCase})`);
    const doc2 = service.parse({ uri: `${uri}#f-${keywordCase}`, version: 1, getText: () => once }, kind, s);
    const twice = applyEdits(once, service.format(doc2, opts, s), linesOf(once), `format again (${keywordCase})`);
    assert.equal(twice, once, `formatting twice (${keywordCase}) changed the text`);
    assert.equal(squeeze(once, keywordCase === 'canonical'), squeeze(text, keywordCase === 'canonical'), `formatting (${keywordCase}) changed non-blank characters`);
    for (const r of ranges) {
      const part = applyEdits(text, service.format(doc, opts, s, r), lines, `range format (${keywordCase})`);
      assert.equal(squeeze(part, keywordCase === 'canonical'), squeeze(text, keywordCase === 'canonical'), `range formatting (${keywordCase}) changed non-blank characters`);
    }
  }
  service.forget(uri);
}

const numRuns = 200;

describe('robustness: any document, every service method', () => {
  for (const incremental of [false, true]) {
    it(`never throws and stays inside the document (${incremental ? 'incremental' : 'one-shot'} service)`, async () => {
      const service = createLanguageService({ incremental });
      await fc.assert(
        fc.asyncProperty(
          documentText,
          kindArb,
          targetArb,
          documentText,
          fc.oneof(fc.constantFrom('web1', 'db.example.com', '', '*', '%h', '!x', '10.0.0.1', '[::1]', 'a b'), fc.string({ maxLength: 10 }), binary(10)),
          fc.oneof(fc.constantFrom('user=a,host=b,addr=1.2.3.4', 'user=root,host=h,addr=::1,laddr=10.0.0.1,lport=22,rdomain=x', 'addr=999.1.1.1', 'user=,host=', ',,,', 'lport=99999'), fc.string({ maxLength: 30 })),
          fc.oneof(fc.integer({ min: -10, max: 100_000 }), fc.constantFrom(0, 59, 60, 2 ** 31, Number.MAX_SAFE_INTEGER)),
          fc.oneof(fc.constantFrom('', 'a', '*', 'web', 'Match'), fc.string({ maxLength: 5 })),
          async (text, kind, target, extra, hostWord, spec, seconds, query) => {
            const t0 = performance.now();
            await exercise(service, text, kind, target, extra, hostWord, spec, seconds, query);
            const ms = performance.now() - t0;
            // The service must stay linear: a slow input is printed (not failed: the machine may be busy) to be looked into.
            if (ms > 3000) console.log(`# slow input (${ms.toFixed(0)} ms): ${JSON.stringify({ kind, target, hostWord, spec, seconds, query, text: text.slice(0, 2000), textLength: text.length, extra: extra.slice(0, 500) })}`);
          },
        ),
        { numRuns, includeErrorInReport: true },
      );
    });
  }

  it('junk-only documents (binary strings, NUL, BOM, CR) never throw', async () => {
    const service = createLanguageService({ incremental: true });
    const junk = fc.oneof(
      binary(300),
      fc.array(fc.constantFrom('\0', '\uFEFF', '\r', '\r\n', '\n', '"', "'", '=', '\\', '#', ' ', '\t', 'Match ', 'Host ', 'Include ', 'Port', 'a'), { maxLength: 120 }).map((a) => a.join('')),
    );
    await fc.assert(
      fc.asyncProperty(junk, kindArb, targetArb, (text, kind, target) => exercise(service, text, kind, target, text, 'h', 'user=a,host=b,addr=1.2.3.4', 60, 'a')),
      { numRuns, includeErrorInReport: true },
    );
  });
});

// ---------------------------------------------------------------- incremental = fresh

/** One edit: replace [from, from+len) (offsets taken modulo the current length) with `insert`. */
const editArb = fc.record({
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  insert: fc.oneof({ weight: 3, arbitrary: fc.tuple(line, eol).map(([l, e]) => l + e) }, { weight: 2, arbitrary: fc.constantFrom('', '\n', '\r\n', '\r', '"', '=', ' ', '#', '\0', '\uFEFF', 'Match all\n', 'Host *\n', '  ') }, { weight: 1, arbitrary: binary(20) }),
  target: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: targetArb }),
});

describe('robustness: incremental service equals a fresh parse', () => {
  it('after a random sequence of edits (and target switches) the diagnostics are those of a fresh one-shot parse', () => {
    fc.assert(
      fc.property(documentText, fc.array(editArb, { minLength: 1, maxLength: 12 }), kindArb, targetArb, (start, edits, kind, firstTarget) => {
        const live = createLanguageService({ incremental: true });
        const uri = `mem://incremental/${++uriCounter}`;
        let text = start;
        let target: string = firstTarget;
        let version = 1;
        const parseLive = () => {
          const t = text;
          return live.parse({ uri, version, getText: () => t }, kind, { targetVersion: target });
        };
        // Each version is parsed and validated, so the per-line memo carries findings from one to the next.
        live.validate(parseLive(), { targetVersion: target }, uri);
        for (const e of edits) {
          const from = e.at % (text.length + 1);
          const to = Math.min(text.length, from + e.len);
          text = text.slice(0, from) + e.insert + text.slice(to);
          if (e.target) target = e.target;
          version++;
          live.validate(parseLive(), { targetVersion: target }, uri);
        }
        const got = live.validate(parseLive(), { targetVersion: target }, uri);
        const fresh = createLanguageService();
        const final = text;
        const want = fresh.validate(fresh.parse({ uri: 'mem://fresh', version: 0, getText: () => final }, kind, { targetVersion: target }), { targetVersion: target }, uri);
        assert.deepEqual(got, want);
      }),
      { numRuns: 250, includeErrorInReport: true },
    );
  });

  it('switching the target of an unchanged document re-reads it with the right tokeniser', () => {
    // Same uri and version, another target: the 8.7 tokeniser change must be applied.
    fc.assert(
      fc.property(documentText, kindArb, fc.array(targetArb, { minLength: 2, maxLength: 5 }), (text, kind, targets) => {
        const live = createLanguageService({ incremental: true });
        const uri = `mem://switch/${++uriCounter}`;
        for (const t of targets) {
          const got = live.validate(live.parse({ uri, version: 1, getText: () => text }, kind, { targetVersion: t }), { targetVersion: t }, uri);
          const fresh = createLanguageService();
          const want = fresh.validate(fresh.parse({ uri: 'mem://fresh', version: 0, getText: () => text }, kind, { targetVersion: t }), { targetVersion: t }, uri);
          assert.deepEqual(got, want, `target ${t}`);
        }
      }),
      { numRuns: 150, includeErrorInReport: true },
    );
  });
});
