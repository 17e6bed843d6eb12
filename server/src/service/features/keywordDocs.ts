// The Markdown that explains a keyword; hover and completion both show it.

import { eraAt, FILE_LABEL, lookupKeyword, manPageUrl, type KeywordInfo } from '../openssh/keywords';
import type { FileKind } from '../openssh/types';
import { versionKey } from '../openssh/version';

const OLDEST_TRACKED = '7.0';

function sinceText(since: string): string {
  return since === OLDEST_TRACKED ? `since OpenSSH ${since} or earlier` : `since OpenSSH ${since}`;
}

export function keywordMarkdown(kind: FileKind, info: KeywordInfo, target: string): string {
  const { facts, doc } = info;
  const out: string[] = [`**${facts.name}** · ${FILE_LABEL[kind]} keyword`, ''];
  const era = eraAt(facts, target);
  const current = facts.eras[facts.eras.length - 1];
  const shown = era ?? current;
  if (shown.status === 'alias' && shown.aliasOf) {
    const canonical = lookupKeyword(kind, shown.aliasOf)?.facts.name ?? shown.aliasOf;
    out.push(`Another name for \`${canonical}\`; write \`${canonical}\` instead.`, '');
  } else if (shown.status === 'deprecated') {
    out.push(
      kind === 'sshd'
        ? 'Deprecated: sshd logs a warning and ignores this line.'
        : 'Deprecated: ssh ignores this line (it only says so with `-v`).',
      '',
    );
  } else if (shown.status === 'ignored') {
    out.push('Obsolete: OpenSSH silently ignores this line.', '');
  } else if (shown.status === 'unsupported') {
    out.push('Not supported by this OpenSSH build: it is accepted but has no effect.', '');
  }
  if (doc) {
    out.push(doc.summary, '');
    out.push(`**Value:** ${doc.syntax}  `, `**Default:** ${doc.default}  `, `**Example:** \`${doc.example}\``, '');
    if (doc.notes?.length) out.push(...doc.notes.map((n) => `- ${n}`), '');
  }
  const facts_: string[] = [];
  facts_.push(`Available ${sinceText(facts.since)}${facts.removed ? `, removed in ${facts.removed}` : ''}.`);
  if (!era) {
    facts_.push(
      versionKey(target) < versionKey(facts.since)
        ? `Not known to OpenSSH ${target} (your target).`
        : `Gone in OpenSSH ${target} (your target).`,
    );
  }
  if (kind === 'sshd' && shown.status !== 'alias') {
    facts_.push(shown.matchAllowed ? 'Allowed inside `Match` blocks.' : 'Not allowed inside `Match` blocks.');
  }
  if (shown.status === 'conditional' && shown.condition) facts_.push(`Only in builds with ${shown.condition}.`);
  for (const r of doc?.requires ?? []) facts_.push(`Requires \`${r.keyword}\` in the global part: without it ${kind} refuses to start.`);
  out.push(facts_.join(' '), '');
  if (doc?.related?.length) out.push(`Related: ${doc.related.map((r) => `\`${r}\``).join(', ')}`, '');
  out.push(`[${FILE_LABEL[kind]}(5) manual](${manPageUrl(kind, facts.name)})`);
  return out.join('\n');
}
