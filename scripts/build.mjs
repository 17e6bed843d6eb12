// Bundles the extension client, the language server and the CLI with esbuild.
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  minify: !watch,
  logLevel: 'info',
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
};
const builds = [
  { ...common, entryPoints: ['server/src/core.ts'], outfile: 'out/server/core.js', external: ['vscode'] },
];

// The CLI starts a fresh process per run, and compiling core.js is a large part
// of a short run. Node 22 caches compiled code (module.enableCompileCache);
// on older Node the CLI keeps V8's code cache itself, in the user's own cache
// directory ($XDG_CACHE_HOME or ~/.cache, openssh-config/compile-cache: not a
// shared temp directory another user could write to), keyed by Node version
// and the bundle's size and mtime. It holds compiled code only, never results.
// A cache V8 rejects (other Node, other flags) is ignored and rewritten; any
// failure falls back to a plain require().
const CLI_LOADER = `function loadCore() {
  const path = require('node:path');
  const file = path.join(__dirname, 'core.js');
  const mod = require('node:module');
  const os = require('node:os');
  const dir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'openssh-config', 'compile-cache');
  if (typeof mod.enableCompileCache === 'function') {
    try { mod.enableCompileCache(dir); } catch {}
    return require(file);
  }
  try {
    const fs = require('node:fs');
    const vm = require('node:vm');
    const src = fs.readFileSync(file, 'utf8');
    const st = fs.statSync(file);
    const cacheFile = path.join(dir, [process.version, process.arch, st.size, Math.floor(st.mtimeMs)].join('-') + '.bin');
    let cachedData;
    try { cachedData = fs.readFileSync(cacheFile); } catch {}
    const script = new vm.Script(mod.wrap(src), { filename: file, cachedData });
    const m = { exports: {}, filename: file, id: file, loaded: false };
    script.runInThisContext().call(m.exports, m.exports, mod.createRequire(file), m, file, __dirname);
    m.loaded = true;
    if (!cachedData || script.cachedDataRejected) {
      // After the run, so the cache holds the functions the check compiled too.
      process.once('beforeExit', () => {
        try {
          fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
          const tmp = cacheFile + '.' + process.pid;
          fs.writeFileSync(tmp, script.createCachedData());
          fs.renameSync(tmp, cacheFile);
          // One cache per user: drop the ones of earlier builds or Node versions.
          for (const f of fs.readdirSync(dir)) if (f.endsWith('.bin') && path.join(dir, f) !== cacheFile) fs.rmSync(path.join(dir, f), { force: true });
        } catch {}
      });
    }
    return m.exports;
  } catch {
    return require(file);
  }
}`;

// The extension client, the language server and the CLI share one bundle (core.js); these are their entry points.
const ENTRIES = {
  'out/client/extension.js': '// The VS Code extension: its code is in the shared bundle\nmodule.exports = require(\'../server/core.js\').client();\n',
  'out/server/server.js': '#!/usr/bin/env node\n// openssh-config-language-server: LSP over --stdio or node IPC\nrequire(\'./core.js\').server();\n',
  'out/server/cli.js': `#!/usr/bin/env node
// openssh-config: command-line checks
${CLI_LOADER}
loadCore().cli();
`,
};
function writeEntries() {
  mkdirSync('out/server', { recursive: true });
  for (const [file, text] of Object.entries(ENTRIES)) {
    mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
    writeFileSync(file, text);
    if (text.startsWith('#!')) chmodSync(file, 0o755);
  }
}
writeEntries();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
