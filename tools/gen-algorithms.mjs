#!/usr/bin/env node
// Generates server/src/service/openssh/data/algorithms.json from the OpenSSH-portable
// sources: which algorithm names each release accepts in Ciphers, MACs,
// KexAlgorithms and the key/signature lists (HostKeyAlgorithms,
// PubkeyAcceptedAlgorithms, HostbasedAcceptedAlgorithms, CASignatureAlgorithms and
// their old spellings), the default lists, and how servconf.c / readconf.c check a
// value (prefixes, validity function, error text) release by release.
//
//   node tools/gen-algorithms.mjs [--mirror GIT_DIR] [--out FILE] [--verbose]
//
// For every release X.Y from 7.0 to the newest V_X_Y_P1 tag in the mirror it reads
//   cipher.c   ciphers[] and ciphers_valid()
//   mac.c      macs[] and mac_valid()
//   kex.c / kex-names.c (9.8+)   kexalgs[], kex_names_valid(), kex_assemble_names();
//              the KEX_* name macros come from kex.h
//   sshkey.c   keytypes[] (up to 9.1) or keyimpls[] (9.2+, whose entries live in
//              ssh-*.c), sshkey_names_valid2(), sshkey_type_from_name()
//   myproposal.h   KEX_SERVER_KEX, KEX_CLIENT_KEX, KEX_DEFAULT_PK_ALG, …
//   servconf.c / readconf.c   which keyword case calls which validity function,
//              the prefixes it strips, and the error it prints
//   configure.ac   whether a default build defines WITH_DSA
// Every #if around a table entry is kept as the entry's `condition`, and the
// entry is evaluated against a default build (DEFAULT_BUILD below) to decide
// whether an unmodified `./configure && make` accepts it.
// Releases newer than the mirror (EXTRA_RELEASES) are carried over from the
// newest tag and patched with what their release notes say.
// No dependencies; output is deterministic (sorted keys, 1-space JSON).

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
function opt(name, def) {
  const i = argv.indexOf(name);
  if (i < 0) return def;
  if (i + 1 >= argv.length) throw new Error(`${name} needs an argument`);
  return argv[i + 1];
}
const MIRROR = opt('--mirror', '/work/.mirror/openssh+openssh-portable/repo');
const OUT = path.resolve(opt('--out', path.join(repoRoot, 'server/src/service/openssh/data/algorithms.json')));
const VERBOSE = argv.includes('--verbose');
const FIRST = [7, 0];

// ---------------------------------------------------------------- the default build
// What `./configure && make` defines on a current Linux with OpenSSL 1.1/3.x and
// a C99 compiler (Debian's build adds PAM, GSSAPI… which do not touch algorithms).
// WITH_DSA is decided per release from configure.ac (see withDsaByDefault()).
// Not defined: WITH_XMSS (never set by configure: XMSS needs a manual
// -DWITH_XMSS), WITH_SSH1 (configure --with-ssh1, off by default since 7.0),
// OPENSSL_NO_* and OPENSSL_IS_BORINGSSL (OpenSSL proper has DES, Blowfish, CAST, RC4).
const DEFAULT_BUILD = [
  'WITH_OPENSSL',
  'OPENSSL_HAS_ECC',
  'OPENSSL_HAS_NISTP521',
  'OPENSSL_HAVE_EVPGCM',
  'HAVE_EVP_SHA256',
  'HAVE_EVP_RIPEMD160',
  'ENABLE_SK', // configure --disable-security-key turns it off; on by default
  'WITH_ZLIB',
  'VARIABLE_LENGTH_ARRAYS',
  'VARIABLE_DECLARATION_AFTER_CODE',
  // defines.h derives these from the two above
  'USE_SNTRUP761X25519',
  'USE_MLKEM768X25519',
  'USE_MLDSA',
  ['OPENSSL_VERSION_NUMBER', 0x30000000], // OpenSSL 3.0
];

// ---------------------------------------------------------------- releases newer than the mirror
// The release notes are the only source. What they do not mention is carried
// over from the newest tag unchanged; every guess is listed in `assumptions`.
const EXTRA_RELEASES = [
  {
    version: '10.6',
    source: 'openbsd/www:openssh/txt/release-10.6 (OpenSSH 10.6, 2026-10-06; not in the openssh-portable mirror)',
    notes: [
      'release-10.6 "New features": "All: enable hybrid post-quantum ssh-mldsa44-ed25519 signature algorithm. Note that this no longer uses the \\"@openssh.com\\" vendor extension suffix that the previous experimental implementation used."',
    ],
    assumptions: [
      'key: ssh-mldsa44-ed25519 replaces ssh-mldsa44-ed25519@openssh.com (the notes say the suffix is no longer used; we assume the old spelling is no longer accepted)',
      'key: the certificate name ssh-mldsa44-ed25519-cert-v01@openssh.com is carried over unchanged (the notes do not mention it)',
      'cipher, mac, kex and every default list: carried over from 10.5 (the notes mention no change)',
    ],
    patch(rel) {
      const old = 'ssh-mldsa44-ed25519@openssh.com';
      const entry = rel.key.get(old);
      if (!entry) throw new Error(`10.6 patch: ${old} not in 10.5`);
      rel.key.delete(old);
      rel.key.set('ssh-mldsa44-ed25519', { ...entry, condition: entry.condition });
    },
  },
];

// ---------------------------------------------------------------- git
const git = (...args) => execFileSync('git', ['--git-dir', MIRROR, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
function show(tag, file) {
  try {
    return execFileSync('git', ['--git-dir', MIRROR, 'show', `${tag}:${file}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}
const lsTree = (tag) => git('ls-tree', '--name-only', tag).split('\n').filter(Boolean);

function releaseTags() {
  const seen = new Map();
  for (const t of git('tag', '--list', 'V_*_P1').split('\n')) {
    const m = /^V_(\d+)_(\d+)_P1$/.exec(t.trim());
    if (!m) continue;
    const x = Number(m[1]);
    const y = Number(m[2]);
    if (x < FIRST[0] || (x === FIRST[0] && y < FIRST[1])) continue;
    const v = `${x}.${y}`;
    if (!seen.has(v)) seen.set(v, { version: v, tag: t.trim(), x, y });
  }
  return [...seen.values()].sort((a, b) => a.x - b.x || a.y - b.y);
}


// ---------------------------------------------------------------- a small C preprocessor
// Enough for OpenSSH's headers and tables: #if/#ifdef/#ifndef/#elif/#else/#endif
// with defined(), !, &&, ||, ==, != and integers; #define with string bodies.
// Every source line is returned with the conditions around it (as text, and
// whether a build defining `defined` takes it).

function joinContinuations(text) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    const start = i;
    while (/\\\s*$/.test(l) && i + 1 < lines.length) l = l.replace(/\\\s*$/, ' ') + lines[++i];
    out.push({ text: l, line: start + 1 });
    for (let k = start + 1; k <= i; k++) out.push({ text: '', line: k + 1 });
  }
  return out;
}

function stripComments(s) {
  return s.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/, '');
}

function tokenizeExpr(s) {
  const toks = [];
  const re = /\s*(defined|0[xX][0-9a-fA-F]+[uUlL]*|\d+[uUlL]*|[A-Za-z_]\w*|&&|\|\||==|!=|>=|<=|[()!<>])/y;
  let m;
  let pos = 0;
  s = s.trim();
  while (pos < s.length) {
    re.lastIndex = pos;
    m = re.exec(s);
    if (!m) throw new Error(`cannot read #if expression: ${s}`);
    toks.push(m[1]);
    pos = re.lastIndex;
    while (pos < s.length && /\s/.test(s[pos])) pos++;
  }
  return toks;
}

/** Evaluate a #if expression; identifiers are 1 when in `defs` (or their numeric value), else 0. */
function evalExpr(expr, defs) {
  const toks = tokenizeExpr(expr);
  let i = 0;
  const peek = () => toks[i];
  const next = () => toks[i++];
  function primary() {
    const t = next();
    if (t === '(') {
      const v = or();
      if (next() !== ')') throw new Error(`missing ) in ${expr}`);
      return v;
    }
    if (t === '!') return primary() ? 0 : 1;
    if (t === 'defined') {
      let name = next();
      if (name === '(') {
        name = next();
        if (next() !== ')') throw new Error(`bad defined() in ${expr}`);
      }
      return defs.has(name) ? 1 : 0;
    }
    if (/^0[xX]/.test(t)) return parseInt(t.replace(/[uUlL]+$/, ''), 16);
    if (/^\d/.test(t)) return parseInt(t, 10);
    if (/^[A-Za-z_]/.test(t)) {
      const v = defs.get(t);
      return v === undefined ? 0 : v;
    }
    throw new Error(`unexpected ${t} in ${expr}`);
  }
  function cmp() {
    let v = primary();
    while (['==', '!=', '<', '>', '<=', '>='].includes(peek())) {
      const op = next();
      const w = primary();
      v = op === '==' ? +(v === w) : op === '!=' ? +(v !== w) : op === '<' ? +(v < w) : op === '>' ? +(v > w) : op === '<=' ? +(v <= w) : +(v >= w);
    }
    return v;
  }
  function and() {
    let v = cmp();
    while (peek() === '&&') {
      next();
      const w = cmp();
      v = v && w ? 1 : 0;
    }
    return v;
  }
  function or() {
    let v = and();
    while (peek() === '||') {
      next();
      const w = and();
      v = v || w ? 1 : 0;
    }
    return v;
  }
  const v = or();
  if (i !== toks.length) throw new Error(`trailing tokens in ${expr}`);
  return v;
}

/** A readable condition: "defined(X)" → "X", "!defined(X)" → "!X". */
function prettyCond(expr) {
  return expr
    .replace(/\bdefined\s*\(\s*(\w+)\s*\)/g, '$1')
    .replace(/\bdefined\s+(\w+)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
const neg = (c) => (/^[!\w]+$/.test(c) ? (c.startsWith('!') ? c.slice(1) : `!${c}`) : `!(${c})`);
const paren = (c) => (/\|\|/.test(c) && !/^\(.*\)$/.test(c) ? `(${c})` : c);

/**
 * Run the preprocessor over `text`. Returns every line with `cond` (conditions as
 * text, outermost first), `on` (taken in a build defining `defs`), and the macros
 * that build defines (name → body text).
 */
function preprocess(text, defsIn) {
  const defs = new Map([...defsIn].map((d) => (Array.isArray(d) ? d : [d, 1])));
  const macros = new Map();
  const stack = []; // { conds: string[] for this branch, taken: boolean (some earlier branch taken), on: boolean, prevConds: string[] }
  const out = [];
  const lines = joinContinuations(text);
  const allOn = () => stack.every((f) => f.on);
  const condsNow = () => stack.flatMap((f) => f.conds);
  let inComment = false;
  for (const { text: raw, line } of lines) {
    // block comments spanning lines
    let l = raw;
    if (inComment) {
      const end = l.indexOf('*/');
      if (end < 0) {
        out.push({ text: raw, line, cond: condsNow(), on: allOn() });
        continue;
      }
      l = ' '.repeat(end + 2) + l.slice(end + 2);
      inComment = false;
    }
    let code = l.replace(/\/\*[\s\S]*?\*\//g, ' ');
    const open = code.indexOf('/*');
    if (open >= 0) {
      inComment = true;
      code = code.slice(0, open);
    }
    const d = /^\s*#\s*(\w+)\s*(.*)$/.exec(code);
    if (d) {
      const [, dir, restRaw] = d;
      const rest = stripComments(restRaw).trim();
      if (dir === 'ifdef' || dir === 'ifndef') {
        const name = rest.split(/\s+/)[0];
        const c = dir === 'ifdef' ? name : `!${name}`;
        const v = dir === 'ifdef' ? defs.has(name) : !defs.has(name);
        stack.push({ conds: [c], taken: v, on: v, prior: [c] });
      } else if (dir === 'if') {
        const c = paren(prettyCond(rest));
        const v = !!evalExpr(rest, defs);
        stack.push({ conds: [c], taken: v, on: v, prior: [c] });
      } else if (dir === 'elif') {
        const f = stack[stack.length - 1];
        const c = paren(prettyCond(rest));
        const v = !f.taken && !!evalExpr(rest, defs);
        f.conds = [...f.prior.map(neg), c];
        f.prior = [...f.prior, c];
        f.on = v;
        f.taken = f.taken || v;
      } else if (dir === 'else') {
        const f = stack[stack.length - 1];
        f.conds = f.prior.map(neg);
        f.on = !f.taken;
        f.taken = true;
      } else if (dir === 'endif') {
        stack.pop();
      } else if (dir === 'define' && allOn()) {
        const m = /^(\w+)(\([^)]*\))?\s*(.*)$/.exec(rest);
        if (m && !m[2]) {
          macros.set(m[1], m[3]);
          if (!defs.has(m[1])) defs.set(m[1], /^\d+$/.test(m[3]) ? Number(m[3]) : 1);
        }
      } else if (dir === 'undef' && allOn()) {
        macros.delete(rest);
        defs.delete(rest);
      }
      out.push({ text: raw, line, cond: condsNow(), on: allOn(), directive: true });
      continue;
    }
    out.push({ text: raw, code, line, cond: condsNow(), on: allOn() });
  }
  if (stack.length) throw new Error('unbalanced #if');
  return { lines: out, macros };
}

/** Expand a macro body made of string literals and other macros into one string. */
function expandString(body, macros, depth = 0) {
  if (depth > 20) throw new Error('macro recursion');
  let s = '';
  const re = /\s*("(?:[^"\\]|\\.)*"|[A-Za-z_]\w*)/y;
  let pos = 0;
  const b = body.trim();
  while (pos < b.length) {
    re.lastIndex = pos;
    const m = re.exec(b);
    if (!m) throw new Error(`cannot expand macro body: ${body}`);
    const t = m[1];
    if (t.startsWith('"')) s += JSON.parse(t);
    else {
      if (!macros.has(t)) throw new Error(`undefined macro ${t} in ${body}`);
      s += expandString(macros.get(t), macros, depth + 1);
    }
    pos = re.lastIndex;
    while (pos < b.length && /\s/.test(b[pos])) pos++;
  }
  return s;
}

const condText = (conds) => {
  const c = [...new Set(conds)];
  return c.length ? c.join(' && ') : undefined;
};

// ---------------------------------------------------------------- per-release extraction

/** The lines of a `NAME[] = { … };` table: the preprocessed lines between its opening and its closing `};`. */
function tableLines(pp, startRe, file) {
  const i = pp.lines.findIndex((l) => startRe.test(l.text));
  if (i < 0) throw new Error(`${file}: table ${startRe} not found`);
  const out = [];
  for (let j = i + 1; j < pp.lines.length; j++) {
    if (/^\s*};/.test(pp.lines[j].text)) return { lines: out, startLine: pp.lines[i].line };
    out.push(pp.lines[j]);
  }
  throw new Error(`${file}: table ${startRe} not closed`);
}

/** Group the non-directive lines of a table into `{ … }` entries (an entry may span lines). */
function tableEntries(tl) {
  const entries = [];
  let cur;
  for (const l of tl.lines) {
    if (l.directive || l.code === undefined) continue;
    const code = l.code.trim();
    if (!code) continue;
    if (code.startsWith('{')) cur = { text: '', line: l.line, cond: l.cond, on: l.on };
    if (!cur) continue;
    cur.text += ` ${code}`;
    if (/}\s*,?\s*$/.test(code)) {
      entries.push(cur);
      cur = undefined;
    }
  }
  return entries;
}

function splitFields(entryText) {
  const inner = entryText.trim().replace(/^\{/, '').replace(/}\s*,?\s*$/, '');
  return inner.split(',').map((s) => s.trim()).filter((s, i, a) => s !== '' || i < a.length - 1);
}

function functionBody(text, name, file) {
  const re = new RegExp(`^${name}\\s*\\(`, 'm');
  const m = re.exec(text);
  if (!m) throw new Error(`${file}: function ${name} not found`);
  const end = text.indexOf('\n}', m.index);
  return text.slice(m.index, end + 2);
}

function defsFor(release, configure) {
  const defs = new Map(DEFAULT_BUILD.map((d) => (Array.isArray(d) ? d : [d, 1])));
  if (withDsaByDefault(configure)) defs.set('WITH_DSA', 1);
  return defs;
}

/** configure.ac defines WITH_DSA unless told otherwise (9.7: --disable-dsa-keys) or only when asked (9.8, 9.9: --enable-dsa-keys); 10.0 has no switch. */
function withDsaByDefault(configure) {
  if (!configure || !/WITH_DSA/.test(configure)) return false;
  return /--disable-dsa-keys/.test(configure);
}

function extractRelease({ version, tag }) {
  const src = (f) => show(tag, f);
  const configure = src('configure.ac');
  const defs = defsFor(version, configure);
  const rel = { version, tag, defs, cipher: new Map(), mac: new Map(), kex: new Map(), key: new Map(), shortnames: new Map(), refused: new Map() };

  // ---- ciphers
  const cipherC = src('cipher.c');
  const cpp = preprocess(cipherC, defs);
  const ctl = tableLines(cpp, /^static const struct sshcipher ciphers\[\]/, 'cipher.c');
  const cvalid = functionBody(cipherC, 'ciphers_valid', 'cipher.c');
  const oldCipherFormat = /c->number != SSH_CIPHER_SSH2/.test(cvalid);
  if (!oldCipherFormat && !/CFLAG_INTERNAL/.test(cvalid)) throw new Error(`${tag}: ciphers_valid() checks something new`);
  rel.cipherNeedsOne = /return found;/.test(cvalid);
  for (const e of tableEntries(ctl)) {
    const f = splitFields(e.text);
    if (f[0] === 'NULL') continue;
    const name = JSON.parse(f[0]);
    const cond = condText(e.cond);
    let refused;
    if (oldCipherFormat) {
      if (f[1] !== 'SSH_CIPHER_SSH2') refused = f[1] === 'SSH_CIPHER_NONE' ? 'internal' : 'ssh1';
    } else if (/CFLAG_NONE/.test(e.text)) refused = 'internal';
    const rec = { condition: cond, on: e.on, line: `cipher.c:${e.line}` };
    if (refused) {
      if (!rel.refused.get(name)?.on) rel.refused.set(name, { ...rec, why: refused });
    } else if (!rel.cipher.get(name)?.on) rel.cipher.set(name, rec);
  }

  // ---- MACs
  const macC = src('mac.c');
  const mpp = preprocess(macC, defs);
  const mtl = tableLines(mpp, /^static const struct macalg macs\[\]/, 'mac.c');
  rel.macNeedsOne = /return found;/.test(functionBody(macC, 'mac_valid', 'mac.c'));
  for (const e of tableEntries(mtl)) {
    const f = splitFields(e.text);
    if (f[0] === 'NULL') continue;
    const name = JSON.parse(f[0]);
    if (!rel.mac.get(name)?.on) rel.mac.set(name, { condition: condText(e.cond), on: e.on, line: `mac.c:${e.line}` });
  }

  // ---- KEX
  const kexFile = src('kex-names.c') !== undefined ? 'kex-names.c' : 'kex.c';
  const kexC = src(kexFile);
  const kexH = preprocess(src('kex.h'), defs);
  const kpp = preprocess(kexC, defs);
  const ktl = tableLines(kpp, /^static const struct kexalg kexalgs\[\]/, kexFile);
  for (const e of tableEntries(ktl)) {
    const f = splitFields(e.text);
    if (f[0] === 'NULL') continue;
    const name = f[0].startsWith('"') ? JSON.parse(f[0]) : expandString(kexH.macros.get(f[0]) ?? (() => {
      throw new Error(`${tag}: kex.h has no ${f[0]}`);
    })(), kexH.macros);
    if (!rel.kex.get(name)?.on) rel.kex.set(name, { condition: condText(e.cond), on: e.on, line: `${kexFile}:${e.line}` });
  }
  const assemble = functionBody(kexC, 'kex_assemble_names', kexFile);
  rel.assemble = {
    minus: /'-'/.test(assemble),
    caret: /'\^'/.test(assemble),
    // 7.8+: every element of an explicit/+/^ list is a pattern over all supported names; "!" is refused, an empty result too
    expand: /match_filter_(allowlist|whitelist)\s*\(\s*all/.test(assemble),
  };

  // ---- keys
  const sshkeyC = src('sshkey.c');
  const spp = preprocess(sshkeyC, defs);
  const valid2 = functionBody(sshkeyC, 'sshkey_names_valid2', 'sshkey.c');
  rel.keyPlainOnly = /plain_only/.test(valid2);
  rel.keyRsa1Refused = /KEY_RSA1/.test(valid2);
  const tfn = functionBody(sshkeyC, 'sshkey_type_from_name', 'sshkey.c');
  rel.shortnamesAccepted = /strcasecmp/.test(tfn);
  if (!rel.shortnamesAccepted && !/type_from_name\(name, 0\)/.test(tfn)) throw new Error(`${tag}: sshkey_type_from_name() changed`);
  const addKey = (name, shortname, cert, sigonly, cond, on, line) => {
    if (name !== null) {
      if (!rel.key.get(name)?.on) rel.key.set(name, { condition: cond, on, cert, sigOnly: sigonly, shortname, line });
    }
    if (shortname && !cert && rel.shortnamesAccepted) {
      const sn = shortname.toUpperCase();
      if (!rel.shortnames.get(sn)?.on) rel.shortnames.set(sn, { condition: cond, on, line });
    }
  };
  if (/keyimpls\[\]\s*=/.test(sshkeyC)) {
    const itl = tableLines(spp, /^const struct sshkey_impl \* const keyimpls\[\]/, 'sshkey.c');
    const implFiles = lsTree(tag).filter((f) => /^ssh-[\w-]+\.c$/.test(f) || f === 'sshkey.c');
    const impls = new Map();
    for (const f of implFiles) {
      const t = f === 'sshkey.c' ? sshkeyC : src(f);
      const re = /^const struct sshkey_impl (\w+) = \{([\s\S]*?)^\};/gm;
      let m;
      while ((m = re.exec(t))) {
        const body = m[2];
        const field = (n) => {
          const fm = new RegExp(`/\\*\\s*\\.${n}\\s*=\\s*\\*/\\s*([^,\\n]+)`).exec(body);
          if (!fm) throw new Error(`${tag}:${f}: ${m[1]} has no .${n}`);
          return fm[1].trim();
        };
        const nm = field('name');
        const sn = field('shortname');
        impls.set(m[1], {
          name: nm === 'NULL' ? null : JSON.parse(nm),
          shortname: sn === 'NULL' ? null : JSON.parse(sn),
          cert: field('cert') === '1',
          sigonly: field('sigonly') === '1',
          file: f,
          line: t.slice(0, m.index).split('\n').length,
        });
      }
    }
    for (const l of itl.lines) {
      if (l.directive || !l.code) continue;
      const m = /&(\w+)\s*,/.exec(l.code);
      if (!m) continue;
      const impl = impls.get(m[1]);
      if (!impl) throw new Error(`${tag}: no definition of ${m[1]}`);
      addKey(impl.name, impl.shortname, impl.cert, impl.sigonly, condText(l.cond), l.on, `${impl.file}:${impl.line}`);
    }
  } else {
    const ttl = tableLines(spp, /^static const struct keytype keytypes\[\]/, 'sshkey.c');
    for (const e of tableEntries(ttl)) {
      const f = splitFields(e.text);
      if (f[0] === 'NULL' && f[1] === 'NULL') continue;
      // 7.0: name, shortname, type, nid, cert; 7.4: …, sigonly; 7.8: name, shortname, sigalg, type, nid, cert, sigonly
      const [cert, sigonly, type] =
        f.length === 5 ? [f[4], '0', f[2]] : f.length === 6 ? [f[4], f[5], f[2]] : f.length === 7 ? [f[5], f[6], f[3]] : [];
      if (cert === undefined) throw new Error(`${tag}: keytypes entry with ${f.length} fields: ${e.text}`);
      if (type === 'KEY_RSA1' && rel.keyRsa1Refused) continue; // SSH1 key: sshkey_names_valid2() refuses it
      addKey(f[0] === 'NULL' ? null : JSON.parse(f[0]), f[1] === 'NULL' ? null : JSON.parse(f[1]), cert === '1', sigonly === '1', condText(e.cond), e.on, `sshkey.c:${e.line}`);
    }
  }

  // ---- default lists
  const prop = preprocess(src('myproposal.h'), defs);
  rel.defaults = {};
  for (const name of ['KEX_SERVER_KEX', 'KEX_CLIENT_KEX', 'KEX_DEFAULT_PK_ALG', 'KEX_SERVER_ENCRYPT', 'KEX_CLIENT_ENCRYPT', 'KEX_SERVER_MAC', 'KEX_CLIENT_MAC', 'SSH_ALLOWED_CA_SIGALGS']) {
    if (!prop.macros.has(name)) continue;
    rel.defaults[name] = expandString(prop.macros.get(name), prop.macros).split(',').filter(Boolean);
  }

  // ---- keyword parsing in servconf.c / readconf.c
  rel.keywords = { sshd: parseKeywordCases(src('servconf.c'), 'servconf.c', tag), ssh: parseKeywordCases(src('readconf.c'), 'readconf.c', tag) };
  // ssh: fill_default_options() assembles the lists; 8.5–10.3 log a failure ("goto fail")
  // but return the untouched ret = 0, so ssh carries on with no list (ssh -G exits 0).
  const fdo = functionBody(src('readconf.c'), 'fill_default_options', 'readconf.c');
  const macro = /#define ASSEMBLE[\s\S]*?while \(0\)/.exec(fdo)?.[0] ?? '';
  if (/fatal/.test(macro)) rel.sshAssembleFailure = 'fatal';
  else if (/goto fail/.test(macro)) rel.sshAssembleFailure = /int ret = 0, r;/.test(fdo) && !/ret = -1;[\s\S]*?#define ASSEMBLE/.test(fdo) ? 'ignored' : 'error';
  else rel.sshAssembleFailure = 'none';
  return rel;
}

/**
 * The switch cases of process_server_config_line / process_config_line that
 * check an algorithm list: opcode → { family, ca, message, fatal, minus, caret }.
 */
function parseKeywordCases(text, file, tag) {
  const lines = text.split('\n');
  const out = {};
  // split into case blocks: labels followed by code up to the next label
  const blocks = [];
  let cur;
  lines.forEach((l, i) => {
    const m = /^\s*case (\w+):/.exec(l);
    if (m) {
      if (!cur || cur.code.trim()) {
        cur = { labels: [], code: '', line: i + 1 };
        blocks.push(cur);
      }
      cur.labels.push(m[1]);
      return;
    }
    if (/^\s*default:/.test(l)) cur = undefined;
    if (cur) cur.code += `${l}\n`;
  });
  // the shared key-list parser (label parse_keytypes / parse_pubkey_algos)
  const shared = {};
  const checkOf = (code) => {
    const fam = /ciphers_valid\(/.test(code)
      ? 'cipher'
      : /mac_valid\(/.test(code)
        ? 'mac'
        : /kex_names_valid\(/.test(code)
          ? 'kex'
          : /sshkey_names_valid2\(/.test(code)
            ? 'key'
            : undefined;
    if (!fam) return undefined;
    const call = /(?:if \()?([^\n]*\n?[^\n]*(?:ciphers_valid|mac_valid|kex_names_valid|sshkey_names_valid2)\([^;]*?\)\)?)/.exec(code);
    const msg = /(fatal|error)\("%(?:\.200)?s line %d: ([^"]*?)'%s'\.?"/.exec(code.slice(code.search(/_valid2?\(/)));
    if (!msg) throw new Error(`${tag}:${file}: no error message after the ${fam} check`);
    const head = code.slice(0, code.search(/_valid2?\(/) + 400);
    return {
      family: fam,
      message: msg[2].trim(),
      fatal: msg[1] === 'fatal',
      minus: /\*arg != '-'/.test(head),
      caret: /\*arg == '\^'/.test(head),
      plus: /\*arg == '\+'/.test(head),
      call: call ? call[1].replace(/\s+/g, ' ').trim() : '',
    };
  };
  for (const b of blocks) {
    const labelIdx = b.code.search(/^\s*parse_(keytypes|pubkey_algos):/m);
    if (labelIdx >= 0) {
      const c = checkOf(b.code.slice(labelIdx));
      if (!c) throw new Error(`${tag}:${file}: shared key parser without a check`);
      shared.check = c;
    }
  }
  for (const b of blocks) {
    let c;
    const labelIdx = b.code.search(/^\s*parse_(keytypes|pubkey_algos):/m);
    const own = labelIdx >= 0 ? b.code.slice(0, labelIdx) + b.code.slice(labelIdx) : b.code;
    if (labelIdx >= 0 || /goto parse_(keytypes|pubkey_algos);/.test(b.code)) c = shared.check;
    else c = checkOf(own);
    if (!c) continue;
    const ca = /ca_only = 1;/.test(b.code.split(/^\s*parse_(?:keytypes|pubkey_algos):/m)[0]);
    for (const label of b.labels) out[label] = { ...c, ca: ca || undefined };
  }
  return out;
}

// ---------------------------------------------------------------- aggregation over releases

function aggregateNames(rels, family, extra = () => ({})) {
  const names = new Set();
  for (const r of rels) for (const n of r[family].keys()) names.add(n);
  const out = {};
  for (const n of [...names].sort()) {
    const present = rels.map((r) => r[family].get(n));
    const first = present.findIndex(Boolean);
    let last = present.length - 1;
    while (!present[last]) last--;
    const rec = { since: rels[first].version };
    if (last < rels.length - 1) rec.removed = rels[last + 1].version;
    const gaps = [];
    for (let i = first; i <= last; i++) if (!present[i]) gaps.push(rels[i].version);
    if (gaps.length) rec.gaps = gaps;
    const newest = present[last];
    if (newest.condition) rec.condition = newest.condition;
    // conditions that changed over time (e.g. a guard added or dropped)
    const condEras = [];
    for (let i = first; i <= last; i++) {
      if (!present[i]) continue;
      const c = present[i].condition ?? '';
      if (!condEras.length || condEras[condEras.length - 1].condition !== c) condEras.push({ from: rels[i].version, condition: c });
    }
    if (condEras.length > 1) rec.conditions = condEras.map((e) => (e.condition ? e : { from: e.from }));
    // releases where a default build leaves it out
    const off = [];
    for (let i = first; i <= last; i++) {
      const isOff = present[i] && !present[i].on;
      if (!isOff) continue;
      const prev = off[off.length - 1];
      if (prev && prev.untilIdx === i) prev.untilIdx = i + 1;
      else off.push({ fromIdx: i, untilIdx: i + 1 });
    }
    if (off.length) {
      rec.offByDefault = off.map((o) => {
        const e = { from: rels[o.fromIdx].version };
        if (o.untilIdx <= last) e.until = rels[o.untilIdx].version;
        return e;
      });
    }
    rec.source = `openssh-portable@${rels[last].tag ?? rels[last].version}:${newest.line}`;
    Object.assign(rec, extra(n, newest, present));
    out[n] = rec;
  }
  return out;
}

/** Compress a per-release value into eras: [{ from, ...value }] whenever it changes. */
function eras(rels, get) {
  const out = [];
  for (const r of rels) {
    const v = get(r);
    if (v === undefined) continue;
    const s = JSON.stringify(v);
    if (!out.length || JSON.stringify(out[out.length - 1].value) !== s) out.push({ from: r.version, value: v });
  }
  return out;
}

function firstTrue(rels, pred, label) {
  const idx = rels.findIndex(pred);
  if (idx < 0) return undefined;
  for (let i = idx; i < rels.length; i++) if (!pred(rels[i])) throw new Error(`${label} is not monotonic (${rels[i].version})`);
  return rels[idx].version;
}

// ---------------------------------------------------------------- main

function main() {
  const tags = releaseTags();
  const rels = [];
  for (const t of tags) {
    if (VERBOSE) process.stderr.write(`${t.tag}\n`);
    rels.push(extractRelease(t));
  }
  const newest = rels[rels.length - 1];
  for (const x of EXTRA_RELEASES) {
    if (rels.some((r) => r.version === x.version)) continue;
    const copy = {
      ...newest,
      version: x.version,
      tag: undefined,
      cipher: new Map(newest.cipher),
      mac: new Map(newest.mac),
      kex: new Map(newest.kex),
      key: new Map(newest.key),
      shortnames: new Map(newest.shortnames),
      refused: new Map(newest.refused),
    };
    x.patch(copy);
    rels.push(copy);
  }
  // the extra release's records keep the newest tag's source line
  for (const r of rels) if (!r.tag) r.tagForSource = newest.tag;

  // keyword table: opcode → family, asserting it never changes
  const keywords = { sshd: {}, ssh: {} };
  for (const kind of ['sshd', 'ssh']) {
    const ops = new Set(rels.flatMap((r) => Object.keys(r.keywords[kind])));
    for (const op of [...ops].sort()) {
      const per = rels.map((r) => r.keywords[kind][op]);
      const fams = new Set(per.filter(Boolean).map((p) => p.family));
      if (fams.size !== 1) throw new Error(`${kind} ${op}: family changes over releases: ${[...fams]}`);
      const p0 = per.find(Boolean);
      keywords[kind][op] = {
        family: p0.family,
        // CASignatureAlgorithms: sshkey_names_valid2(…, ca_only) refuses certificate names (9.4+)
        ...(per.some((p) => p?.ca) ? { caOnly: firstTrue(rels.filter((r, i) => per[i]), (r) => !!r.keywords[kind][op].ca, `${op} ca_only`) } : {}),
        since: rels[per.findIndex(Boolean)].version,
        messages: eras(rels, (r) => (r.keywords[kind][op] ? { text: r.keywords[kind][op].message, fatal: r.keywords[kind][op].fatal } : undefined)).map(
          (e) => ({ from: e.from, ...e.value }),
        ),
      };
    }
  }
  // prefixes as servconf.c / readconf.c strip them (the same in both files and all keywords)
  const allChecks = (r) => [...Object.values(r.keywords.sshd), ...Object.values(r.keywords.ssh)];
  const syntax = {
    plus: firstTrue(rels, (r) => allChecks(r).every((c) => c.plus), 'plus'),
    minus: firstTrue(rels, (r) => allChecks(r).every((c) => c.minus), 'minus'),
    caret: firstTrue(rels, (r) => allChecks(r).every((c) => c.caret), 'caret'),
    minusFilter: firstTrue(rels, (r) => r.assemble.minus, 'assemble minus'),
    caretAssemble: firstTrue(rels, (r) => r.assemble.caret, 'assemble caret'),
    expand: firstTrue(rels, (r) => r.assemble.expand, 'assemble expand'),
    cipherNeedsOne: firstTrue(rels, (r) => r.cipherNeedsOne, 'cipherNeedsOne'),
    macNeedsOne: firstTrue(rels, (r) => r.macNeedsOne, 'macNeedsOne'),
    caPlainOnly: firstTrue(rels, (r) => r.keyPlainOnly, 'plain_only'),
    shortnamesUntil: rels.find((r) => !r.shortnamesAccepted)?.version,
    // ssh's fill_default_options(): what an assembly failure does, per release
    sshAssembleFailure: eras(rels, (r) => r.sshAssembleFailure).map((e) => ({ from: e.from, effect: e.value })),
  };
  for (const r of rels) {
    const checks = allChecks(r);
    for (const k of ['plus', 'minus', 'caret']) {
      const vals = new Set(checks.map((c) => c[k]));
      if (vals.size !== 1) throw new Error(`${r.version}: keywords disagree about prefix ${k}`);
    }
  }
  if (syntax.minus !== syntax.minusFilter) throw new Error('"-" skips validation and "-" filtering arrived in different releases');
  if (syntax.caret !== syntax.caretAssemble) throw new Error('"^" parsing and assembly arrived in different releases');
  delete syntax.caretAssemble;

  const srcOf = (r) => r.tag ?? r.tagForSource;
  for (const r of rels) for (const fam of ['cipher', 'mac', 'kex', 'key', 'shortnames', 'refused']) for (const v of r[fam].values()) v.tagRef = srcOf(r);
  const relsForAgg = rels.map((r) => ({ ...r, tag: srcOf(r) }));

  const families = {
    cipher: { names: aggregateNames(relsForAgg, 'cipher'), refused: aggregateNames(relsForAgg, 'refused', (n, rec) => ({ why: rec.why })) },
    mac: { names: aggregateNames(relsForAgg, 'mac') },
    kex: { names: aggregateNames(relsForAgg, 'kex') },
    key: {
      names: aggregateNames(relsForAgg, 'key', (n, rec) => ({ cert: rec.cert, sigOnly: rec.sigOnly, ...(rec.shortname ? { shortname: rec.shortname } : {}) })),
      shortnames: aggregateNames(relsForAgg, 'shortnames'),
    },
  };
  // defaults as eras
  const defaults = {};
  const listNames = [...new Set(rels.flatMap((r) => Object.keys(r.defaults)))].sort();
  for (const ln of listNames) defaults[ln] = eras(rels, (r) => r.defaults[ln]).map((e) => ({ from: e.from, names: e.value }));

  // the default build, per release where it differs
  const dsa = eras(rels, (r) => r.defs.has('WITH_DSA')).map((e) => ({ from: e.from, defined: e.value }));

  const data = {
    generatedFrom: {
      repository: 'github.com/openssh/openssh-portable',
      commit: git('rev-parse', `${newest.tag}^{commit}`).trim(),
      tags: tags.map((t) => t.tag),
      extraReleases: EXTRA_RELEASES.map((x) => ({ version: x.version, source: x.source, notes: x.notes, assumptions: x.assumptions })),
      generator: 'tools/gen-algorithms.mjs',
    },
    build: {
      description:
        'A default build: ./configure && make with OpenSSL (1.1 or 3.x) and a C99 compiler. Names whose condition such a build leaves out are listed under offByDefault; OpenSSH built that way refuses them.',
      defined: DEFAULT_BUILD.map((d) => (Array.isArray(d) ? `${d[0]}=0x${d[1].toString(16)}` : d)),
      notDefined: ['WITH_XMSS', 'WITH_SSH1', 'OPENSSL_NO_DES', 'OPENSSL_NO_BF', 'OPENSSL_NO_CAST', 'OPENSSL_NO_RC4', 'OPENSSL_IS_BORINGSSL'],
      WITH_DSA: dsa,
    },
    releases: rels.map((r) => r.version),
    syntax,
    keywords,
    families,
    defaults,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(sortKeys(data), null, 1)}\n`);
  const count = (f) => Object.keys(families[f].names).length;
  process.stdout.write(
    `wrote ${path.relative(repoRoot, OUT)}: ${rels.length} releases (${rels[0].version}–${rels[rels.length - 1].version}); names: cipher ${count('cipher')}, mac ${count('mac')}, kex ${count('kex')}, key ${count('key')}\n`,
  );
}

/** Objects with sorted keys, except arrays and the per-name records' field order (kept readable). */
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v).sort()) if (v[k] !== undefined) out[k] = sortKeys(v[k]);
    return out;
  }
  return v;
}

main();
