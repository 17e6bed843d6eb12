// Packages the extension (.vsix) and checks what is inside: the bundles,
// grammars, snippets and docs, no node_modules, and the size budget.

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';


const VSIX = 'openssh-config.vsix';
const BUDGET = 300 * 1024;

execFileSync('npm', ['run', '--silent', 'package'], { stdio: 'inherit' });

/** File names in a zip archive, read from its central directory. */
function zipEntries(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extra + comment;
  }
  return names;
}

const size = statSync(VSIX).size;
const names = zipEntries(readFileSync(VSIX));
const required = [
  'extension/package.json',
  'extension/out/client/extension.js',
  'extension/out/server/server.js',
  'extension/out/server/cli.js',
  'extension/out/server/core.js',
  'extension/syntaxes/sshd_config.tmLanguage.json',
  'extension/syntaxes/ssh_config.tmLanguage.json',
  'extension/language-configuration.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
];
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};
const lower = names.map((n) => n.toLowerCase());
for (const r of required) check(lower.includes(r.toLowerCase()), `contains ${r}`);
check(!names.some((n) => n.includes('node_modules/')), 'no node_modules');
check(!names.some((n) => n.endsWith('.map') || n.endsWith('.ts')), 'no source maps or TypeScript sources');
check(size <= BUDGET, `size ${(size / 1024).toFixed(1)} KB ≤ ${BUDGET / 1024} KB`);
console.log(`${names.length} files in ${VSIX}`);
console.log(`package: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
