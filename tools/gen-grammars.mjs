#!/usr/bin/env node
// Generates the TextMate grammars
//   syntaxes/sshd_config.tmLanguage.json  (source.sshd-config)
//   syntaxes/ssh_config.tmLanguage.json   (source.ssh-config)
// from the keyword data in server/src/service/openssh/data/{sshd,ssh}.json
// (KeywordDataFile, see server/src/service/openssh/types.ts).
//
//   node tools/gen-grammars.mjs          write the grammars
//   node tools/gen-grammars.mjs --check  exit 1 if the committed grammars are stale
//
// The grammar only colours; the language server reports unknown keywords, bad
// values etc. The template below follows OpenSSH's tokeniser (FACTS.md §8):
// one directive per line, `Keyword value` or `Keyword=value`, case-insensitive
// keywords, `#` comments only at the start of a line or of an unquoted token,
// "…"/'…' quotes with \\ \" \' escapes (and `\ ` outside quotes), and keywords
// whose value is the raw rest of the line (a `#` there is part of the value).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Per-file settings of the template. */
const FILES = {
  sshd: {
    name: 'sshd_config',
    scopeName: 'source.sshd-config',
    suffix: 'sshd-config',
    out: 'syntaxes/sshd_config.tmLanguage.json',
    // Lines that start a block.
    sections: ['Match'],
    // Keywords whose value is the rest of the line verbatim (including `#`).
    rawCommand: ['ForceCommand', 'AuthorizedKeysCommand', 'AuthorizedPrincipalsCommand'],
    rawString: ['VersionAddendum'],
    // servconf.c match_cfg_line: criteria with and without an argument.
    matchCriteriaWithArg: ['User', 'Group', 'Host', 'Address', 'LocalAddress', 'LocalPort', 'RDomain', 'Version'],
    matchCriteriaNoArg: ['All', 'Invalid-User'],
    flags: ['yes', 'no'],
  },
  ssh: {
    name: 'ssh_config',
    scopeName: 'source.ssh-config',
    suffix: 'ssh-config',
    out: 'syntaxes/ssh_config.tmLanguage.json',
    sections: ['Host', 'Match'],
    rawCommand: ['ProxyCommand', 'LocalCommand', 'RemoteCommand', 'KnownHostsCommand'],
    rawString: ['ProxyJump', 'VersionAddendum'],
    // readconf.c match_cfg_line.
    matchCriteriaWithArg: ['exec', 'localnetwork', 'host', 'originalhost', 'tagged', 'command', 'user', 'localuser', 'version', 'sessiontype'],
    matchCriteriaNoArg: ['all', 'canonical', 'final'],
    flags: ['yes', 'no', 'true', 'false'],
  },
};

export const DATA_FILES = { sshd: 'server/src/service/openssh/data/sshd.json', ssh: 'server/src/service/openssh/data/ssh.json' };

/** Sorted, case-insensitively de-duplicated names. */
function uniqueNames(names) {
  const seen = new Map();
  for (const n of names) {
    if (typeof n !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(n)) throw new Error(`unexpected keyword name ${JSON.stringify(n)}`);
    const key = n.toLowerCase();
    if (!seen.has(key)) seen.set(key, n);
  }
  return [...seen.values()].sort((a, b) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/** `(?i:a|b|c)`; callers anchor it. */
const alt = (names) => `(?i:${names.map(escapeRe).join('|')})`;

// One unquoted-or-quoted token as argv_split() sees it (quotes may start mid-token).
const TOKEN = String.raw`(?:[^\s"'\\]|\\.|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')+`;
// After the keyword: one `=` (with optional blanks around it) or blanks.
const SEPARATOR = String.raw`(?:\s*(=)|(?=\s|$))`;
// Start of an unquoted token: start of the value (\G), or after a blank.
const TOKEN_START = String.raw`(?:\G|(?<=[ \t]))`;

function buildGrammar(kind, data) {
  const cfg = FILES[kind];
  const s = cfg.suffix;
  if (!data || !Array.isArray(data.keywords) || !Array.isArray(data.vendor)) throw new Error(`${kind}: not a KeywordDataFile`);
  for (const k of [...data.keywords, ...data.vendor]) {
    if (k.file !== kind) throw new Error(`${kind}: keyword ${k.name} has file ${k.file}`);
  }
  const keywords = uniqueNames(data.keywords.map((k) => k.name));
  const known = new Set(keywords.map((n) => n.toLowerCase()));
  const vendor = uniqueNames(data.vendor.map((k) => k.name)).filter((n) => !known.has(n.toLowerCase()));
  const special = [...cfg.sections, ...cfg.rawCommand, ...cfg.rawString];
  for (const n of special) {
    if (!known.has(n.toLowerCase())) throw new Error(`${kind}: ${n} is not in ${DATA_FILES[kind]}`);
  }
  const specialSet = new Set(special.map((n) => n.toLowerCase()));
  const plain = keywords.filter((n) => !specialSet.has(n.toLowerCase()));

  // `"Keyword"` is accepted as well as `Keyword` (strdelim), hence ("?)…\N.
  const kw = (group, names) => `("?)(${names.length ? alt(names) : '(?!)'})\\${group}`;

  const repository = {
    comment: {
      comment: 'A whole-line comment, or an unquoted token starting with # (not `4#x`).',
      patterns: [
        {
          name: `comment.line.number-sign.${s}`,
          match: String.raw`^\s*(#).*$`,
          captures: { 1: { name: `punctuation.definition.comment.${s}` } },
        },
        {
          name: `comment.line.number-sign.${s}`,
          match: `${TOKEN_START}(#).*$`,
          captures: { 1: { name: `punctuation.definition.comment.${s}` } },
        },
      ],
    },
    escape: {
      comment: 'Backslash escapes argv_split() understands outside quotes: \\\\ \\" \\\' and backslash-space.',
      name: `constant.character.escape.${s}`,
      match: String.raw`\\[\\"' ]`,
    },
    strings: {
      patterns: [
        {
          name: `string.quoted.double.${s}`,
          begin: String.raw`"(?=(?:[^"\\]|\\.)*")`,
          end: '"',
          beginCaptures: { 0: { name: `punctuation.definition.string.begin.${s}` } },
          endCaptures: { 0: { name: `punctuation.definition.string.end.${s}` } },
          patterns: [{ include: '#string-escape' }, { include: '#tokens' }],
        },
        {
          name: `string.quoted.single.${s}`,
          begin: String.raw`'(?=(?:[^'\\]|\\.)*')`,
          end: "'",
          beginCaptures: { 0: { name: `punctuation.definition.string.begin.${s}` } },
          endCaptures: { 0: { name: `punctuation.definition.string.end.${s}` } },
          patterns: [{ include: '#string-escape' }, { include: '#tokens' }],
        },
        {
          comment: 'Unterminated quote: OpenSSH reports "invalid quotes"; stop at the end of the line.',
          name: `string.quoted.other.unterminated.${s}`,
          match: String.raw`(["'])(?:(?!\1)[^\\]|\\.)*$`,
          captures: {
            1: { name: `punctuation.definition.string.begin.${s} invalid.illegal.unterminated-string.${s}` },
          },
        },
      ],
    },
    'string-escape': {
      name: `constant.character.escape.${s}`,
      match: String.raw`\\[\\"']`,
    },
    tokens: {
      comment: '%-tokens and ${ENV} references inside values.',
      patterns: [
        {
          name: `variable.other.token.${s}`,
          match: String.raw`(%)[%A-Za-z]`,
          captures: { 1: { name: `punctuation.definition.variable.${s}` } },
        },
        {
          name: `variable.other.environment.${s}`,
          match: String.raw`(\$\{)[A-Za-z_][A-Za-z0-9_]*(\})`,
          captures: {
            1: { name: `punctuation.definition.variable.begin.${s}` },
            2: { name: `punctuation.definition.variable.end.${s}` },
          },
        },
      ],
    },
    value: {
      patterns: [
        { include: '#comment' },
        { include: '#escape' },
        { include: '#strings' },
        { include: '#tokens' },
        {
          name: `constant.language.boolean.${s}`,
          match: `(?:\\G|(?<!\\S))${alt(cfg.flags)}(?!\\S)`,
        },
        {
          comment: 'Integers, time intervals (30s, 5m, 1h30m) and sizes (1G); also the parts of 10:30:100.',
          name: `constant.numeric.${s}`,
          match: String.raw`(?:\G|(?<![^\s,:]))(?:\d+[smhdwSMHDWkKgG]?)+(?![^\s,:])`,
        },
        {
          comment: 'Algorithm list modifiers (+append, -remove, ^prepend) and SendEnv -PATTERN.',
          name: `keyword.operator.list-modifier.${s}`,
          match: String.raw`(?:\G|(?<!\S))[-+^](?=[A-Za-z0-9@*])`,
        },
        { name: `punctuation.separator.comma.${s}`, match: ',' },
      ],
    },
    'pattern-list': {
      comment: 'Patterns of Host/Match lines: !negation, * and ? wildcards, commas.',
      patterns: [
        { include: '#strings' },
        { include: '#tokens' },
        { name: `keyword.operator.negation.${s}`, match: String.raw`(?<![^\s=,"'])!` },
        { name: `keyword.operator.wildcard.${s}`, match: String.raw`[*?]` },
        { name: `punctuation.separator.comma.${s}`, match: ',' },
      ],
    },
    'raw-directive': {
      comment: `Keywords that take the rest of the line verbatim, # included: ${[...cfg.rawCommand, ...cfg.rawString].join(', ')}.`,
      patterns: [
        {
          begin: String.raw`^\s*${kw(1, cfg.rawCommand)}${SEPARATOR}\s*`,
          beginCaptures: {
            2: { name: `keyword.other.${s}` },
            3: { name: `keyword.operator.assignment.${s}` },
          },
          end: '$',
          name: `meta.directive.${s}`,
          // meta.embedded last: VS Code treats the command as code (quotes auto-close there).
          contentName: `string.unquoted.command.${s} meta.embedded.line.command.${s}`,
          patterns: [{ include: '#tokens' }],
        },
        {
          begin: String.raw`^\s*${kw(1, cfg.rawString)}${SEPARATOR}\s*`,
          beginCaptures: {
            2: { name: `keyword.other.${s}` },
            3: { name: `keyword.operator.assignment.${s}` },
          },
          end: '$',
          name: `meta.directive.${s}`,
          contentName: `string.unquoted.rest-of-line.${s}`,
          patterns: [{ include: '#tokens' }],
        },
      ],
    },
    section: { patterns: [] },
    directive: {
      comment: 'Known keyword, vendor keyword, or anything else in keyword position (the server reports unknowns).',
      begin: String.raw`^\s*(?:${kw(1, plain)}|${kw(3, vendor)}|([^\s=]+))${SEPARATOR}`,
      beginCaptures: {
        2: { name: `keyword.other.${s}` },
        4: { name: `keyword.other.vendor.${s}` },
        5: { name: `variable.other.unknown-keyword.${s}` },
        6: { name: `keyword.operator.assignment.${s}` },
      },
      end: '$',
      name: `meta.directive.${s}`,
      patterns: [{ include: '#value' }],
    },
  };

  // Match (both files): criteria, with `criterion arg` or `criterion=arg`.
  repository['match-header'] = {
    comment: 'Match line: starts a block that lasts until the next ' + cfg.sections.join('/') + ' line.',
    begin: String.raw`^\s*${kw(1, ['Match'])}${SEPARATOR}`,
    beginCaptures: {
      2: { name: `keyword.control.section.${s}` },
      3: { name: `keyword.operator.assignment.${s}` },
    },
    end: '$',
    name: `meta.section.match.${s}`,
    patterns: [
      { include: '#comment' },
      {
        match: String.raw`(?<![^\s=])(!)?(${alt(cfg.matchCriteriaWithArg)})(?:\s*(=)\s*|\s+)(?!#)(${TOKEN})`,
        captures: {
          1: { name: `keyword.operator.negation.${s}` },
          2: { name: `keyword.other.match-criterion.${s}` },
          3: { name: `keyword.operator.assignment.${s}` },
          4: { name: `entity.name.section.${s}`, patterns: [{ include: '#pattern-list' }] },
        },
      },
      {
        match: String.raw`(?<![^\s=])(!)?(${alt(cfg.matchCriteriaNoArg)})(?=\s|$)`,
        captures: {
          1: { name: `keyword.operator.negation.${s}` },
          2: { name: `keyword.other.match-criterion.${s}` },
        },
      },
      { include: '#pattern-list' },
    ],
  };
  repository.section.patterns.push({ include: '#match-header' });

  if (cfg.sections.includes('Host')) {
    repository['host-header'] = {
      comment: 'Host line: starts a block that lasts until the next Host/Match line.',
      begin: String.raw`^\s*${kw(1, ['Host'])}${SEPARATOR}`,
      beginCaptures: {
        2: { name: `keyword.control.section.${s}` },
        3: { name: `keyword.operator.assignment.${s}` },
      },
      end: '$',
      name: `meta.section.host.${s}`,
      patterns: [
        { include: '#comment' },
        {
          match: String.raw`(?<![^\s=])(?!#)(!)?(${TOKEN})`,
          captures: {
            1: { name: `keyword.operator.negation.${s}` },
            2: { name: `entity.name.section.${s}`, patterns: [{ include: '#pattern-list' }] },
          },
        },
        { include: '#pattern-list' },
      ],
    };
    repository.section.patterns.unshift({ include: '#host-header' });
  }

  const grammar = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    comment: `GENERATED by tools/gen-grammars.mjs from ${DATA_FILES[kind]} - do not edit; run npm run gen:grammars.`,
    name: cfg.name,
    scopeName: cfg.scopeName,
    patterns: [{ include: '#comment' }, { include: '#section' }, { include: '#raw-directive' }, { include: '#directive' }],
    repository,
  };
  return { grammar, keywordCount: keywords.length, vendorCount: vendor.length };
}

/**
 * Builds both grammars from the repository's data files.
 * @returns {{ path: string, text: string, keywordCount: number, vendorCount: number }[]}
 */
export function generate(root = defaultRoot) {
  return Object.keys(FILES).map((kind) => {
    const data = JSON.parse(readFileSync(path.join(root, DATA_FILES[kind]), 'utf8'));
    const { grammar, keywordCount, vendorCount } = buildGrammar(kind, data);
    return { path: FILES[kind].out, text: JSON.stringify(grammar, null, 2) + '\n', keywordCount, vendorCount };
  });
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const out of generate()) {
    const abs = path.join(defaultRoot, out.path);
    let current = null;
    try {
      current = readFileSync(abs, 'utf8');
    } catch {
      // missing
    }
    if (check) {
      if (current !== out.text) {
        console.error(`${out.path} is out of date; run: npm run gen:grammars`);
        stale++;
      }
      continue;
    }
    if (current !== out.text) {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, out.text);
    }
    console.log(`${out.path}: ${out.keywordCount} keywords + ${out.vendorCount} vendor keywords`);
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
