import type { Hover, Position } from 'vscode-languageserver-types';
import { vendorDoc } from '../openssh/docs/vendor';
import { FILE_LABEL, lookupKeyword, lookupVendorKeyword } from '../openssh/keywords';
import { expandsEnvironment, tokenInfo } from '../openssh/tokens';
import type { ConfigDocument, Directive, Token } from '../parser/types';
import { flagWords } from '../semantics/values';
import { humanDuration, parseTime } from '../semantics/time';
import { contains, spanToRange } from '../util/ranges';
import { keepaliveNatMarkdown, limitsMarkdown } from '../semantics/limits';
import { KEEPALIVE_COUNTS, KEEPALIVE_INTERVALS, keepaliveMarkdown, keepaliveScope } from '../semantics/timeouts';
import { valueMeaning, type ValueSpec } from '../openssh/docs/types';
import { versionKey } from '../openssh/version';
import { effective } from '../semantics/effective';
import { keywordMarkdown } from './keywordDocs';
import { jumpHostAt } from './links';
import { hoverMatchLine } from './matchLine';

export function hover(doc: ConfigDocument, pos: Position, target: string): Hover | null {
  const d = doc.directiveAt(pos.line);
  if (!d) return null;
  if (!contains(d.keyword, pos)) {
    if (d.name === 'match' || (d.name === 'host' && doc.kind === 'ssh')) return hoverMatchLine(doc, d, pos, target);
    if (d.name === 'proxyjump' && doc.kind === 'ssh') return jumpHostHover(doc, pos, target) ?? expansionHover(doc, d, pos, target);
    return expansionHover(doc, d, pos, target) ?? valueHover(doc, d, pos, target);
  }
  const info = lookupKeyword(doc.kind, d.name);
  if (info) {
    let md = keywordMarkdown(doc.kind, info, target);
    // Keepalive, timeout and limit keywords: under the title, first what this file makes of them.
    let computed: string | undefined;
    if (KEEPALIVE_INTERVALS.has(d.name) || KEEPALIVE_COUNTS.has(d.name)) {
      computed = keepaliveMarkdown(doc, d, target);
      if (KEEPALIVE_INTERVALS.has(d.name)) {
        computed += `\n\n${keepaliveNatMarkdown(doc, d, target, keepaliveScope(doc, doc.sections[d.section], target).probeEvery)}`;
      }
    } else computed = limitsMarkdown(doc, d, target);
    if (computed) {
      const cut = md.indexOf('\n\n');
      md = `${md.slice(0, cut)}\n\n${computed}\n\n---${md.slice(cut)}`;
    }
    return { contents: { kind: 'markdown', value: md }, range: spanToRange(d.keyword) };
  }
  const vendor = lookupVendorKeyword(doc.kind, d.name);
  if (vendor) {
    const summary = vendorDoc(doc.kind, vendor.name);
    const lines = [
      `**${vendor.name}** · ${FILE_LABEL[doc.kind]} keyword of ${vendor.vendor}'s OpenSSH only`,
      '',
      ...(summary ? [summary, ''] : []),
      vendor.note,
      '',
      vendor.acceptedByDebian
        ? 'Debian and Ubuntu accept it; upstream OpenSSH and other systems reject the file.'
        : 'Upstream OpenSSH and most systems reject the file.',
    ];
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: spanToRange(d.keyword) };
  }
  return null;
}

/** What `0` does for the keyword of `spec` at the target release, if the knowledge base says. */
function zeroMeaning(spec: ValueSpec, target: string): string | undefined {
  const zero = spec.kind === 'time' || spec.kind === 'integer' ? spec.zero : undefined;
  if (zero === undefined || typeof zero === 'string') return zero;
  return versionKey(target) < versionKey(zero.since) ? `${zero.before} (before OpenSSH ${zero.since})` : `${zero.after} (since OpenSSH ${zero.since})`;
}

/** For a flag or enum word: the release that first takes it, if newer than the target, or the word it is an old spelling of. */
function wordVersionNote(spec: Extract<ValueSpec, { kind: 'flag' | 'enum' }>, word: string, target: string): string {
  const key = (m: Record<string, string> | undefined) => Object.keys(m ?? {}).find((k) => k.toLowerCase() === word.toLowerCase());
  const since = key(spec.since);
  const old = key(spec.deprecated);
  if (since && spec.since && versionKey(target) < versionKey(spec.since[since])) {
    return `\n\n_\`${since}\` is read from OpenSSH ${spec.since[since]} on; OpenSSH ${target} rejects it._`;
  }
  return old && spec.deprecated ? `\n\n_An old spelling: write \`${spec.deprecated[old]}\`._` : '';
}

/**
 * A value under the cursor: times in human units, the words a flag or enum takes,
 * what `0` does, and for the keepalive keywords what the block makes of them.
 */
function valueHover(doc: ConfigDocument, d: Directive, pos: Position, target: string): Hover | null {
  const tok: Token | undefined = d.args.find((a) => contains(a, pos));
  const info = lookupKeyword(doc.kind, d.name);
  const spec = info?.doc?.value;
  if (!tok || !info || !spec || tok !== d.args[0]) return null;
  const name = info.facts.name;
  let md: string | undefined;
  if (spec.kind === 'time') {
    if (spec.none && tok.value.toLowerCase() === 'none') md = `\`none\`: ${name} is not set (OpenSSH's default applies).`;
    else {
      const r = parseTime(tok.value, target);
      const words = r.ok && r.seconds < 60 ? `${r.seconds} second${r.seconds === 1 ? '' : 's'}` : r.ok ? humanDuration(r.seconds) : '';
      const zero = r.ok && r.seconds === 0 ? zeroMeaning(spec, target) : undefined;
      md = zero
        ? `\`${tok.value}\`: ${zero}.`
        : r.ok
          ? `\`${tok.value}\` = **${words}**${r.seconds >= 60 ? ` = ${r.seconds} s` : ''}`
          : `\`${tok.value}\` is not a time OpenSSH ${target} can read: ${r.reason}.`;
    }
  } else if (spec.kind === 'integer') {
    // Only what the number means here; a bad number is the diagnostics' business.
    const zero = /^0+$/.test(tok.value) ? zeroMeaning(spec, target) : undefined;
    // `none` (PerSourceMaxStartups, the one number that takes it, compared in lower case only) is no limit.
    if (spec.none && tok.value === 'none') md = '`none`: no limit.';
    else if (zero) md = `\`${tok.value}\`: ${zero}.`;
    else if (KEEPALIVE_COUNTS.has(d.name) && /^\d+$/.test(tok.value) && Number(tok.value) <= 2 ** 31 - 1) {
      const n = Number(tok.value);
      md = `\`${tok.value}\`: up to ${n} unanswered probe${n === 1 ? '' : 's'}; the next interval without an answer ends the connection.`;
    }
  } else if (spec.kind === 'flag' || spec.kind === 'enum') {
    const words = spec.kind === 'flag' ? flagWords(doc.kind, spec) : spec.values;
    const exact = spec.kind === 'enum' && spec.caseSensitive;
    const same = (w: string) => (exact ? w === tok.value : w.toLowerCase() === tok.value.toLowerCase());
    // What the word under the cursor does first, then the other words; an invalid word gets the plain list.
    const meaning = words.some(same) ? valueMeaning(spec, tok.value) : undefined;
    const list = (meaning ? words.filter((w) => !same(w)) : words).map((w) => `**${w}**`);
    const spoken = list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list.join('');
    const takes = `${name} ${meaning ? 'also takes' : 'takes'} ${spoken}.${exact ? ' OpenSSH compares these case-sensitively.' : ''}`;
    md = meaning ? `\`${tok.value}\`: ${meaning}\n\n${takes}${wordVersionNote(spec, tok.value, target)}` : takes;
  } else if (spec.kind === 'custom' && spec.words) {
    // The fixed words of a free-form value (ForwardAgent yes…); anything else is left to the rules.
    const word = spec.words.find((w) => (spec.caseSensitive ? w === tok.value : w.toLowerCase() === tok.value.toLowerCase()));
    const meaning = word && valueMeaning(spec, word);
    if (meaning) md = `\`${tok.value}\`: ${meaning}`;
  }
  if (!md) return null;
  // The keepalive values: what they add up to in this block, as the keyword's hover says.
  if (KEEPALIVE_INTERVALS.has(d.name) || KEEPALIVE_COUNTS.has(d.name)) {
    const scope = keepaliveScope(doc, doc.sections[d.section], target);
    md += `\n\n**In this file** (${scope.label}): ${scope.explanation}`;
  }
  return { contents: { kind: 'markdown', value: `**${name}** ${tok.text}\n\n${md}` }, range: spanToRange(tok) };
}

/** A `%x` token or `${VAR}` under the cursor, inside a value. */
function expansionHover(doc: ConfigDocument, d: Directive, pos: Position, target: string): Hover | null {
  const inValue = d.raw ? contains(d.raw, pos) : d.args.some((a) => contains(a, pos));
  if (!inValue) return null;
  const text = doc.lineText(pos.line);
  const keyword = lookupKeyword(doc.kind, d.name)?.facts.name ?? d.keyword.value;
  // ${VAR}
  const envRe = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
  for (let m = envRe.exec(text); m; m = envRe.exec(text)) {
    if (pos.character < m.index || pos.character > m.index + m[0].length) continue;
    // Unset: ssh.c default_client_percent_dollar_expand() fatal()s, and the parse-time
    // checks (IdentityAgent, LocalForward, RemoteForward, Include) reject the line.
    const env = expandsEnvironment(doc.kind, d.name);
    const md =
      env.expands && (!env.since || versionKey(target) >= versionKey(env.since))
        ? `\`\${${m[1]}}\`: the value of the environment variable \`${m[1]}\` of the ssh process. If it is not set, ssh stops with an error instead of connecting.`
        : env.expands
          ? `\`\${${m[1]}}\` is expanded by ${keyword} only from OpenSSH ${env.since}; OpenSSH ${target} uses these characters as they are.`
          : `\`\${${m[1]}}\` is not expanded by ${keyword}: OpenSSH uses these characters as they are.`;
    return { contents: { kind: 'markdown', value: md }, range: { start: { line: pos.line, character: m.index }, end: { line: pos.line, character: m.index + m[0].length } } };
  }
  // %x: find the token whose two characters cover the cursor, skipping %% pairs from the left.
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] !== '%') continue;
    const letter = text[i + 1];
    if (pos.character >= i && pos.character <= i + 2) {
      const t = tokenInfo(doc.kind, d.name, letter);
      let md: string;
      if (!t.keywordTakesTokens) md = `${keyword} does not expand %-tokens: \`${t.token}\` is taken literally.`;
      else if (t.since && versionKey(target) < versionKey(t.since)) md = `${keyword} expands %-tokens only from OpenSSH ${t.since}: OpenSSH ${target} takes \`${t.token}\` literally.`;
      else if (!t.meaning) md = `\`${t.token}\` is not a token OpenSSH knows: ${keyword} rejects the value.`;
      else if (!t.expanded) md = `\`${t.token}\` would be ${t.meaning}, but ${keyword} does not accept this token.`;
      else md = `\`${t.token}\`: ${t.meaning}.`;
      return { contents: { kind: 'markdown', value: md }, range: { start: { line: pos.line, character: i }, end: { line: pos.line, character: i + 2 } } };
    }
    i++; // the letter after % (or the second % of %%) is part of this token
  }
  return null;
}

/**
 * A ProxyJump hop's host: where ssh connects for it, as this file's settings for
 * `ssh -G HOST` say (HostName, Port, User, and its own ProxyJump), with their lines.
 */
function jumpHostHover(doc: ConfigDocument, pos: Position, target: string): Hover | null {
  const at = jumpHostAt(doc, pos);
  if (!at) return null;
  const r = effective(doc, { kind: 'ssh', host: at.host }, { target });
  const get = (k: string) => r.lines.find((l) => l.keyword === k);
  const line = (l: { source?: { span: { line: number } } } | undefined) => (l?.source ? ` (line ${l.source.span.line + 1})` : '');
  const hostName = get('hostname');
  const port = get('port');
  const user = get('user');
  // A user or port written in the hop wins over the file's, as on ssh's command line.
  const parts = [
    `\`${hostName?.value ?? at.host}\`${hostName?.source ? line(hostName) : ' (no HostName: the name itself)'}`,
    at.port ? `port \`${at.port}\` (in the hop)` : `port \`${port?.value ?? '22'}\`${line(port)}`,
    at.user ? `as \`${at.user}\` (in the hop)` : user ? `as \`${user.value}\`${line(user)}` : 'as your local user name',
  ];
  const md = [`**${at.host}** · jump host`, '', `ssh connects to ${parts.join(', ')}: this file's settings for it, as \`ssh -G ${at.host}\` computes them.`];
  const next = get('proxyjump');
  if (next && next.value !== 'none') md.push('', `It is itself reached through \`${next.value}\`${line(next)} first.`);
  if (r.notes.length) md.push('', `_${r.notes.join(' ')}_`);
  return { contents: { kind: 'markdown', value: md.join('\n') }, range: { start: { line: at.line, character: at.start }, end: { line: at.line, character: at.end } } };
}
