#!/usr/bin/env node
// Generates server/src/service/openssh/data/{sshd,ssh}.json (KeywordDataFile, see
// server/src/service/openssh/types.ts) from the OpenSSH-portable sources.
//
//   node tools/gen-keywords.mjs [--mirror GIT_DIR] [--out DIR] [--verbose]
//
// For every release X.Y from 7.0 to the newest V_X_Y_P1 tag in the mirror it reads
//   sshd: the keywords[] table of servconf.c (literal up to 10.3; from 10.4 the
//         SSHD_CONFIG_ENTRIES X-macros of servconf.h, expanded here, plus the few
//         literal entries left in servconf.c)
//   ssh:  the keywords[] table of readconf.c
//   the `.It Cm Keyword` entries of sshd_config.5 / ssh_config.5 (spelling, "documented")
// and derives since / removed / gaps / eras for every keyword spelling.
// Releases newer than the mirror (EXTRA_RELEASES) are added from their release notes.
// No dependencies; output is deterministic (sorted, 1-space JSON).

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
function opt(name, def) {
  const i = argv.indexOf(name);
  if (i < 0) return def;
  if (i + 1 >= argv.length) throw new Error(`${name} needs an argument`);
  return argv[i + 1];
}
const MIRROR = opt('--mirror', '/work/.mirror/openssh+openssh-portable/repo');
const OUT_DIR = path.resolve(opt('--out', path.join(repoRoot, 'server/src/service/openssh/data')));
const VERBOSE = argv.includes('--verbose');
const FIRST = [7, 0];

const warnings = [];
function warn(msg) {
  warnings.push(msg);
}

// ---------------------------------------------------------------- curated inputs
// Spellings for keywords that no man page (of any release 7.0+) documents. The
// table spellings are lower case; these CamelCase forms follow the OpenSSH
// sources/comments (they were cross-checked against ../shared/openssh/keywords.json).
// Only the *spelling* comes from here; every fact is read from the sources.
const UNDOCUMENTED_SPELLINGS = {
  sshd: {
    afstokenpassing: 'AFSTokenPassing',
    authorizedkeysfile2: 'AuthorizedKeysFile2',
    checkmail: 'CheckMail',
    dsaauthentication: 'DSAAuthentication',
    hostdsakey: 'HostDSAKey',
    keepalive: 'KeepAlive',
    kerberostgtpassing: 'KerberosTGTPassing',
    keyregenerationinterval: 'KeyRegenerationInterval',
    pamauthenticationviakbdint: 'PAMAuthenticationViaKbdInt',
    reversemappingcheck: 'ReverseMappingCheck',
    rhostsauthentication: 'RhostsAuthentication',
    skeyauthentication: 'SKeyAuthentication',
    verifyreversemapping: 'VerifyReverseMapping',
  },
  ssh: {
    afstokenpassing: 'AFSTokenPassing',
    dsaauthentication: 'DSAAuthentication',
    fallbacktorsh: 'FallBackToRsh',
    globalknownhostsfile2: 'GlobalKnownHostsFile2',
    hostbasedalgorithms: 'HostbasedAlgorithms',
    identityfile2: 'IdentityFile2',
    keepalive: 'KeepAlive',
    kerberosauthentication: 'KerberosAuthentication',
    kerberostgtpassing: 'KerberosTGTPassing',
    rhostsauthentication: 'RhostsAuthentication',
    skeyauthentication: 'SKeyAuthentication',
    smartcarddevice: 'SmartcardDevice',
    tisauthentication: 'TISAuthentication',
    userknownhostsfile2: 'UserKnownHostsFile2',
    useroaming: 'UseRoaming',
    usersh: 'UseRsh',
  },
};

// Releases that are not (yet) in the mirror, added from their release notes.
const EXTRA_RELEASES = [
  {
    version: '10.6',
    source: 'openbsd/www:openssh/txt/release-10.6 (OpenSSH 10.6, 2026-10-06; not in the openssh-portable mirror)',
    // Keywords of the previous release carry over unchanged; these are added.
    added: [
      {
        file: 'sshd',
        name: 'AgentSocketPath',
        op: 'sAgentSocketPath',
        matchAllowed: false,
        note: 'release-10.6: "sshd(8): allow specification of the location of $SSH_AUTH_SOCK used for agent forwarding using a new AgentSocketPath option"',
      },
      {
        file: 'sshd',
        name: 'WarnWeakCrypto',
        op: 'sWarnWeakCrypto',
        matchAllowed: false,
        note: 'release-10.6: "sshd(8): Add the WarnWeakCrypto option to sshd_config(5)"',
      },
    ],
  },
];

// Vendor keywords. acceptedByDebian is checked against the installed binaries by
// tools/check-keywords-against-binary.mjs.
const DEBIAN_SRC = 'Debian openssh 1:9.2p1-2+deb12u10 (debian/patches/gssapi.patch, debian-banner.patch); verified with ssh -G / sshd -t';
const VENDOR = [
  ['sshd', 'DebianBanner', 'Debian/Ubuntu', true, 'Debian patch: whether the Debian revision is appended to the version string (default yes).', 'Debian openssh 1:9.2p1-2+deb12u10 (debian/patches/debian-banner.patch); verified with sshd -t'],
  ['sshd', 'GSSAPIKeyExchange', 'Debian/Ubuntu', true, 'GSSAPI key-exchange patch (also Red Hat/Fedora/SUSE).', DEBIAN_SRC],
  ['sshd', 'GSSAPIStoreCredentialsOnRekey', 'Debian/Ubuntu', true, 'GSSAPI key-exchange patch (also Red Hat/Fedora/SUSE).', DEBIAN_SRC],
  ['sshd', 'GSSAPIKexAlgorithms', 'Debian/Ubuntu', true, 'GSSAPI key-exchange patch (also Red Hat/Fedora/SUSE).', DEBIAN_SRC],
  ['ssh', 'GSSAPIKeyExchange', 'Debian/Ubuntu', true, 'GSSAPI key-exchange patch (also Red Hat/Fedora/SUSE).', DEBIAN_SRC],
  ['ssh', 'GSSAPIClientIdentity', 'Debian/Ubuntu', true, 'GSSAPI key-exchange patch (also Red Hat/Fedora/SUSE).', DEBIAN_SRC],
  ['ssh', 'GSSAPIServerIdentity', 'Debian/Ubuntu', true, 'GSSAPI key-exchange patch (also Red Hat/Fedora/SUSE).', DEBIAN_SRC],
  ['ssh', 'GSSAPIRenewalForcesRekey', 'Debian/Ubuntu', true, 'GSSAPI key-exchange patch (also Red Hat/Fedora/SUSE).', DEBIAN_SRC],
  ['ssh', 'GSSAPITrustDns', 'Debian/Ubuntu', true, 'GSSAPI key-exchange patch (also Red Hat/Fedora/SUSE).', DEBIAN_SRC],
  ['ssh', 'GSSAPIKexAlgorithms', 'Debian/Ubuntu', true, 'GSSAPI key-exchange patch (also Red Hat/Fedora/SUSE).', DEBIAN_SRC],
  ['ssh', 'UseKeychain', 'Apple macOS', false, 'Apple patch: store/look up key passphrases in the macOS keychain. Other builds reject it unless listed in IgnoreUnknown. From vendor patch, not verified against source.', 'Apple openssh patch (macOS ssh_config(5)); not found in the code index'],
  ['sshd', 'ShowPatchLevel', 'Red Hat', false, 'Old Red Hat/Fedora patch: show the patch level in the version banner; not in current RHEL. From vendor patch, not verified against source.', 'Red Hat/Fedora openssh packaging (historic patch); seen only in config-lens keyword lists'],
  ['sshd', 'UseBlacklist', 'FreeBSD', false, 'FreeBSD blacklistd(8) integration (SSHCFG_GLOBAL). Older spelling of UseBlocklist; both map to sUseBlacklist.', 'FreeBSD crypto/openssh/servconf.c keywords[]: { "useblacklist", sUseBlacklist, SSHCFG_GLOBAL } (code-search excerpt)'],
  ['sshd', 'UseBlocklist', 'FreeBSD', false, 'FreeBSD blocklistd(8) integration (SSHCFG_GLOBAL); alias of UseBlacklist in FreeBSD 14+.', 'FreeBSD crypto/openssh/servconf.c keywords[]: { "useblocklist", sUseBlacklist, SSHCFG_GLOBAL }, /* alias */ (code-search excerpt)'],
  ['ssh', 'HPNDisabled', 'HPN-SSH', false, 'HPN-SSH: disable the HPN buffer handling.', 'rapier1/hpn-ssh readconf.c keywords[] { "hpndisabled", oHPNDisabled }'],
  ['sshd', 'HPNDisabled', 'HPN-SSH', false, 'HPN-SSH: disable the HPN buffer handling (SSHCFG_ALL).', 'rapier1/hpn-ssh servconf.c keywords[] { "hpndisabled", sHPNDisabled, SSHCFG_ALL }'],
  ['ssh', 'HPNBufferSize', 'HPN-SSH', false, 'Older HPN-SSH patches only (static buffer size); gone from current HPN-SSH. From vendor patch, not verified against source for the client.', 'older HPN patch readconf.c (FreeBSD kept "hpnbuffersize" as oDeprecated; code-search excerpt)'],
  ['sshd', 'HPNBufferSize', 'HPN-SSH', false, 'Older HPN-SSH patches only (static buffer size, SSHCFG_ALL); gone from current HPN-SSH.', 'older HPN patch servconf.c keywords[] { "hpnbuffersize", sHPNBufferSize, SSHCFG_ALL } (code-search excerpt)'],
  ['ssh', 'TcpRcvBufPoll', 'HPN-SSH', false, 'HPN-SSH: poll the kernel TCP receive buffer size.', 'rapier1/hpn-ssh readconf.c keywords[] { "tcprcvbufpoll", oTcpRcvBufPoll }'],
  ['sshd', 'TcpRcvBufPoll', 'HPN-SSH', false, 'HPN-SSH: poll the kernel TCP receive buffer size (SSHCFG_ALL).', 'rapier1/hpn-ssh servconf.c keywords[] { "tcprcvbufpoll", sTcpRcvBufPoll, SSHCFG_ALL }'],
  ['ssh', 'NoneEnabled', 'HPN-SSH', false, 'HPN-SSH: allow the NONE cipher after authentication.', 'rapier1/hpn-ssh readconf.c keywords[] { "noneenabled", oNoneEnabled }'],
  ['sshd', 'NoneEnabled', 'HPN-SSH', false, 'HPN-SSH: allow the NONE cipher after authentication (SSHCFG_ALL).', 'rapier1/hpn-ssh servconf.c keywords[] { "noneenabled", sNoneEnabled, SSHCFG_ALL }'],
  ['ssh', 'NoneSwitch', 'HPN-SSH', false, 'HPN-SSH: switch to the NONE cipher after authentication (client only).', 'rapier1/hpn-ssh readconf.c keywords[] { "noneswitch", oNoneSwitch }'],
].map(([file, name, vendor, acceptedByDebian, note, source]) => ({ name, file, vendor, acceptedByDebian, note, source }));

// ---------------------------------------------------------------- git helpers
function git(...args) {
  return execFileSync('git', ['--git-dir', MIRROR, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
const fileCache = new Map();
function show(tag, file) {
  const key = `${tag}:${file}`;
  if (!fileCache.has(key)) {
    let text = null;
    try {
      text = git('show', key);
    } catch {
      text = null;
    }
    fileCache.set(key, text);
  }
  return fileCache.get(key);
}

function releaseTags() {
  const out = [];
  for (const t of git('tag', '--list', 'V_*').split('\n')) {
    const m = /^V_(\d+)_(\d+)_P1$/.exec(t.trim());
    if (!m) continue;
    const v = [Number(m[1]), Number(m[2])];
    if (cmpVer(v, FIRST) < 0) continue;
    out.push({ tag: t.trim(), version: `${v[0]}.${v[1]}`, v });
  }
  out.sort((a, b) => cmpVer(a.v, b.v));
  return out;
}
function cmpVer(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}

// ---------------------------------------------------------------- preprocessor
// A condition stack entry: { cond: 'KRB5', neg: false }. Rendered as "KRB5", "!KRB5".
function parseDirective(line) {
  const m = /^\s*#\s*(ifdef|ifndef|if|elif|else|endif)\b(.*)$/.exec(line);
  if (!m) return null;
  let rest = m[2].replace(/\/\*.*?\*\//g, '').replace(/\/\/.*$/, '').trim();
  return { kind: m[1], rest };
}
function normCond(kind, rest) {
  if (kind === 'ifdef') return { cond: rest, neg: false };
  if (kind === 'ifndef') return { cond: rest, neg: true };
  // "#if defined(GSSAPI)" -> GSSAPI; other expressions are kept verbatim.
  const m = /^defined\s*\(?\s*(\w+)\s*\)?$/.exec(rest);
  if (m) return { cond: m[1], neg: false };
  const n = /^!\s*defined\s*\(?\s*(\w+)\s*\)?$/.exec(rest);
  if (n) return { cond: n[1], neg: true };
  return { cond: `(${rest})`, neg: false };
}
function applyDirective(stack, d, where) {
  switch (d.kind) {
    case 'ifdef':
    case 'ifndef':
    case 'if':
      stack.push(normCond(d.kind, d.rest));
      break;
    case 'else':
      if (!stack.length) throw new Error(`#else without #if at ${where}`);
      stack[stack.length - 1].neg = !stack[stack.length - 1].neg;
      break;
    case 'endif':
      if (!stack.length) throw new Error(`#endif without #if at ${where}`);
      stack.pop();
      break;
    case 'elif':
      throw new Error(`#elif not supported (at ${where}); extend the generator`);
  }
}
function renderConds(conds) {
  const out = [];
  for (const c of conds) {
    const s = c.neg ? `!${c.cond}` : c.cond;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------- table parsers
const SPECIAL_OPS = new Set(['sDeprecated', 'sIgnore', 'sUnsupported', 'oDeprecated', 'oIgnore', 'oUnsupported']);
const UNSUPPORTED_OPS = new Set(['sUnsupported', 'oUnsupported']);

/** Entries of a literal `keywords[] = { ... }` table. `expand(line)` handles non-literal lines. */
function parseLiteralTable(text, file, expand) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /\bkeywords\[\]\s*=\s*\{/.test(l));
  if (start < 0) throw new Error(`no keywords[] table in ${file}`);
  const entries = [];
  const stack = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*\}\s*;/.test(line)) {
      if (stack.length) throw new Error(`unbalanced #if in ${file} table`);
      return entries;
    }
    const d = parseDirective(line);
    if (d) {
      applyDirective(stack, d, `${file}:${i + 1}`);
      continue;
    }
    const m = /\{\s*"([^"]+)"\s*,\s*(\w+)\s*(?:,\s*([\w|()\s]+?))?\s*\}/.exec(line);
    if (m) {
      entries.push({
        spelling: m[1],
        lc: m[1].toLowerCase(),
        op: m[2],
        flags: m[3] ? m[3].trim() : undefined,
        conds: renderConds(stack),
        comment: (/\/\*(.*?)\*\//.exec(line) || [])[1]?.trim() || '',
        file,
        line: i + 1,
      });
      continue;
    }
    if (/\{\s*NULL\s*,/.test(line)) continue;
    const t = line.replace(/\/\*.*?\*\//g, '').trim();
    if (!t) continue;
    if (expand) {
      const sub = expand(t, renderConds(stack));
      if (sub) {
        entries.push(...sub);
        continue;
      }
    }
    warn(`${file}:${i + 1}: unparsed table line: ${t}`);
  }
  throw new Error(`unterminated keywords[] table in ${file}`);
}

/** All `#define NAME \` object-like macros of servconf.h with their #if context. */
function parseHeaderMacros(text) {
  const lines = text.split('\n');
  const defs = new Map();
  const stack = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const dm = /^\s*#\s*define\s+(\w+)(\(?)(.*)$/.exec(line);
    if (dm) {
      const body = [];
      let cur = dm[3];
      let j = i;
      for (;;) {
        const cont = /\\\s*$/.test(cur);
        body.push({ text: cur.replace(/\\\s*$/, '').trim(), line: j + 1 });
        if (!cont) break;
        j++;
        cur = lines[j];
      }
      i = j;
      if (dm[2] === '(') continue; // function-like macro (SSHCONF_INT(...) declarations)
      // Ignore the include guard (#ifndef SERVCONF_H).
      const conds = renderConds(stack.filter((c) => !/_H$/.test(c.cond)));
      if (!defs.has(dm[1])) defs.set(dm[1], []);
      defs.get(dm[1]).push({ conds, body });
      continue;
    }
    const d = parseDirective(line);
    if (d) applyDirective(stack, d, `servconf.h:${i + 1}`);
  }
  return defs;
}

/** Splits macro arguments at top-level commas. */
function splitArgs(s) {
  const out = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** Expands an SSHD_CONFIG_ENTRIES-style macro into keyword-table entries. */
function expandXMacro(defs, name, conds, visiting = new Set()) {
  const variants = defs.get(name);
  if (!variants) return null;
  if (visiting.has(name)) throw new Error(`recursive macro ${name}`);
  visiting.add(name);
  const out = [];
  for (const v of variants) {
    const c = [...conds, ...v.conds.filter((x) => !conds.includes(x))];
    for (const b of v.body) {
      const t = b.text;
      if (!t) continue;
      const m = /^(SSHCONF_\w+)\s*\((.*)\)$/.exec(t);
      if (m) {
        const e = xEntry(m[1], splitArgs(m[2]));
        if (e) out.push({ ...e, lc: e.spelling.toLowerCase(), conds: c, comment: '', file: 'servconf.h', line: b.line });
        continue;
      }
      if (/^\w+$/.test(t)) {
        const sub = expandXMacro(defs, t, c, visiting);
        if (!sub) throw new Error(`unknown macro ${t} in ${name}`);
        out.push(...sub);
        continue;
      }
      warn(`servconf.h:${b.line}: unparsed macro body line: ${t}`);
    }
  }
  visiting.delete(name);
  return out;
}
function xEntry(kind, a) {
  switch (kind) {
    case 'SSHCONF_INT': // (field, keyword, scope, multistate, default, copy)
    case 'SSHCONF_INTFLAG': // (field, keyword, scope, default, copy)
    case 'SSHCONF_STRING': // (field, keyword, scope, copy)
      return { spelling: a[1], op: `s${a[1]}`, flags: a[2], macro: kind };
    case 'SSHCONF_STRARRAY': // (field, nfield, keyword, scope, copy)
      return { spelling: a[2], op: `s${a[2]}`, flags: a[3], macro: kind };
    case 'SSHCONF_CUSTOM': // (keyword, suffix, scope, copy)
      return { spelling: a[0], op: `s${a[0]}`, flags: a[2], macro: kind };
    case 'SSHCONF_NONCONF':
      return null;
    case 'SSHCONF_DEPRECATE': // (keyword, scope, token)
      if (a[2] === 'SSHCONF_DEPRECATED') return { spelling: a[0], op: 'sDeprecated', flags: a[1], macro: kind };
      if (a[2] === 'SSHCONF_IGNORE') return { spelling: a[0], op: 'sIgnore', flags: a[1], macro: kind };
      throw new Error(`unknown SSHCONF_DEPRECATE token ${a[2]}`);
    case 'SSHCONF_UNSUPPORTED_INT': // (field, keyword, scope)
    case 'SSHCONF_UNSUPPORTED_STRING':
      return { spelling: a[1], op: 'sUnsupported', flags: a[2], macro: kind };
    case 'SSHCONF_ALIAS': // (old, keyword, scope)
      return { spelling: a[0], op: `s${a[1]}`, flags: a[2], macro: kind };
    default:
      throw new Error(`unknown X-macro ${kind}; extend the generator`);
  }
}

function tableEntries(fileKind, tag) {
  if (fileKind === 'ssh') return parseLiteralTable(show(tag, 'readconf.c'), 'readconf.c');
  const c = show(tag, 'servconf.c');
  const h = show(tag, 'servconf.h');
  const defs = h && h.includes('SSHD_CONFIG_ENTRIES') ? parseHeaderMacros(h) : null;
  return parseLiteralTable(c, 'servconf.c', (t, conds) => {
    if (!defs || !/^\w+$/.test(t)) return null;
    return expandXMacro(defs, t, conds);
  });
}

// ---------------------------------------------------------------- per-release model
/**
 * Reduces the raw entries of one release to one record per spelling:
 * { lc, spelling, op, flags, status, condition, aliasOfLc, file, line }.
 */
function resolveRelease(fileKind, entries, manSet) {
  const bySpelling = new Map();
  for (const e of entries) {
    if (!bySpelling.has(e.lc)) bySpelling.set(e.lc, []);
    bySpelling.get(e.lc).push(e);
  }
  const eff = new Map();
  for (const [lc, occ] of bySpelling) {
    let chosen;
    let condition;
    if (occ.length === 1) {
      chosen = occ[0];
      if (chosen.conds.length) {
        condition = chosen.conds.join(' && ');
        warn(`${fileKind} ${lc}: only under #if ${condition} with no alternative (absent otherwise)`);
      }
    } else {
      const enabled = occ.filter((e) => !UNSUPPORTED_OPS.has(e.op));
      if (enabled.length > 1) warn(`${fileKind} ${lc}: ${enabled.length} enabled entries; taking the first`);
      chosen = enabled[0] || occ[0];
      if (occ.some((e) => !e.conds.length)) warn(`${fileKind} ${lc}: duplicate unconditional entries`);
      if (enabled.length) condition = chosen.conds.join(' && ') || undefined;
    }
    eff.set(lc, { ...chosen, condition });
  }
  // Aliases: spellings sharing a (non-special) opcode.
  const byOp = new Map();
  for (const e of eff.values()) {
    if (SPECIAL_OPS.has(e.op)) continue;
    if (!byOp.has(e.op)) byOp.set(e.op, []);
    byOp.get(e.op).push(e);
  }
  for (const [op, group] of byOp) {
    if (group.length < 2) continue;
    const bare = op.slice(1).toLowerCase();
    const canonical =
      group.find((e) => e.lc === bare) ||
      group.find((e) => manSet.has(e.lc) && !/alias|obsolete/i.test(e.comment)) ||
      group.find((e) => !/alias|obsolete/i.test(e.comment) && e.macro !== 'SSHCONF_ALIAS') ||
      group[0];
    for (const e of group) if (e !== canonical) e.aliasOfLc = canonical.lc;
  }
  for (const e of eff.values()) {
    if (e.op.endsWith('Deprecated')) e.status = 'deprecated';
    else if (e.op.endsWith('Ignore')) e.status = 'ignored';
    else if (UNSUPPORTED_OPS.has(e.op)) e.status = 'unsupported';
    else if (e.aliasOfLc) e.status = 'alias';
    else if (e.condition) e.status = 'conditional';
    else e.status = 'active';
    if (fileKind === 'sshd') {
      if (!e.flags) throw new Error(`sshd ${e.lc}: no SSHCFG flag`);
      e.matchAllowed = /SSHCFG_ALL|SSHCFG_MATCH/.test(e.flags);
    }
  }
  return eff;
}

function manKeywords(tag, manFile) {
  const text = show(tag, manFile);
  const map = new Map();
  if (!text) return map;
  for (const line of text.split('\n')) {
    const m = /^\.It Cm ([A-Z][A-Za-z0-9]*)\b/.exec(line);
    if (m && !map.has(m[1].toLowerCase())) map.set(m[1].toLowerCase(), m[1]);
  }
  return map;
}

// ---------------------------------------------------------------- build
function build(fileKind, releases, commit) {
  const manFile = fileKind === 'sshd' ? 'sshd_config.5' : 'ssh_config.5';
  const perRelease = []; // { version, tag, eff, man }
  for (const r of releases) {
    const man = manKeywords(r.tag, manFile);
    const eff = resolveRelease(fileKind, tableEntries(fileKind, r.tag), new Set(man.keys()));
    perRelease.push({ ...r, eff, man });
  }
  const versions = perRelease.map((r) => r.version);
  const allLc = new Set();
  for (const r of perRelease) for (const lc of r.eff.keys()) allLc.add(lc);

  // spelling: man page of the newest release having the keyword, else any man page
  // (newest first), else the curated table, else the 10.4+ X-macro spelling.
  const nameOf = new Map();
  for (const lc of allLc) {
    const present = perRelease.filter((r) => r.eff.has(lc));
    const newest = present[present.length - 1];
    let name = newest.man.get(lc);
    if (!name) for (const r of [...perRelease].reverse()) if ((name = r.man.get(lc))) break;
    if (!name) name = UNDOCUMENTED_SPELLINGS[fileKind][lc];
    if (!name) {
      const x = [...present].reverse().find((r) => r.eff.get(lc).spelling !== lc);
      if (x) name = x.eff.get(lc).spelling;
    }
    if (!name) {
      warn(`${fileKind} ${lc}: no CamelCase spelling found; using the table spelling`);
      name = lc;
    }
    nameOf.set(lc, name);
  }

  const keywords = [];
  for (const lc of allLc) {
    const idx = perRelease.map((r, i) => (r.eff.has(lc) ? i : -1)).filter((i) => i >= 0);
    const first = idx[0];
    const last = idx[idx.length - 1];
    const eras = [];
    const gaps = [];
    let prevKey = null;
    for (let i = first; i <= last; i++) {
      const e = perRelease[i].eff.get(lc);
      if (!e) {
        gaps.push(versions[i]);
        prevKey = null;
        continue;
      }
      const era = { from: versions[i], op: e.op, status: e.status };
      if (fileKind === 'sshd') era.matchAllowed = e.matchAllowed;
      if (e.aliasOfLc) era.aliasOf = nameOf.get(e.aliasOfLc);
      if (e.condition) era.condition = e.condition;
      const key = JSON.stringify({ ...era, from: undefined });
      if (key !== prevKey) eras.push(era);
      prevKey = key;
    }
    const newest = perRelease[last];
    const e = newest.eff.get(lc);
    const rec = {
      name: nameOf.get(lc),
      file: fileKind,
      since: versions[first],
    };
    if (last < perRelease.length - 1) rec.removed = versions[last + 1];
    if (gaps.length) rec.gaps = gaps;
    rec.eras = eras;
    rec.documented = newest.man.has(lc);
    rec.source = `openssh-portable@${newest.tag}:${e.file}:${e.line}`;
    keywords.push(rec);
  }

  // Releases newer than the mirror.
  const extra = [];
  const allVersions = [...versions];
  for (const x of EXTRA_RELEASES) {
    if (allVersions.includes(x.version)) {
      warn(`release ${x.version} is now in the mirror; its EXTRA_RELEASES entry is ignored (remove it)`);
      continue;
    }
    extra.push({ version: x.version, source: x.source });
    allVersions.push(x.version);
    for (const a of x.added.filter((a) => a.file === fileKind)) {
      if (keywords.some((k) => k.name.toLowerCase() === a.name.toLowerCase())) throw new Error(`${a.name} already known`);
      const era = { from: x.version, op: a.op, status: 'active' };
      if (fileKind === 'sshd') era.matchAllowed = a.matchAllowed;
      keywords.push({
        name: a.name,
        file: fileKind,
        since: x.version,
        eras: [era],
        documented: true,
        source: `${x.source.split(' ')[0]}; ${a.note}; ASSUMPTION: op ${a.op} and ${
          fileKind === 'sshd' ? (a.matchAllowed ? 'SSHCFG_ALL' : 'SSHCFG_GLOBAL') : 'no flag'
        } inferred, not read from source; documented assumed (sshd_config(5) option per the notes)`,
      });
    }
  }

  keywords.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0));
  const vendor = VENDOR.filter((v) => v.file === fileKind).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    generatedFrom: {
      repository: 'github.com/openssh/openssh-portable',
      commit,
      tags: releases.map((r) => r.tag),
      extraReleases: extra,
    },
    releases: allVersions,
    keywords,
    vendor,
  };
}

function main() {
  const releases = releaseTags();
  if (!releases.length) throw new Error(`no V_X_Y_P1 tags in ${MIRROR}`);
  const newestTag = releases[releases.length - 1].tag;
  const commit = git('rev-parse', `${newestTag}^{commit}`).trim();
  mkdirSync(OUT_DIR, { recursive: true });
  for (const kind of ['sshd', 'ssh']) {
    const data = build(kind, releases, commit);
    const out = path.join(OUT_DIR, `${kind}.json`);
    writeFileSync(out, JSON.stringify(data, null, 1) + '\n');
    const counts = {};
    for (const k of data.keywords) {
      const s = k.removed ? 'removed' : k.eras[k.eras.length - 1].status;
      counts[s] = (counts[s] || 0) + 1;
    }
    console.log(`${path.relative(repoRoot, out)}: ${data.keywords.length} keywords ${JSON.stringify(counts)}, ${data.vendor.length} vendor`);
  }
  const uniq = [...new Set(warnings)];
  if (uniq.length) {
    console.log(`${uniq.length} note(s)${VERBOSE ? ':' : ' (use --verbose to list)'}`);
    if (VERBOSE) for (const w of uniq) console.log(`  ${w}`);
  }
}

main();
