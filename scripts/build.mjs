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
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'out/client/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/core.ts'], outfile: 'out/server/core.js' },
];

// The language server and the CLI share one bundle (core.js); these are their entry points.
const ENTRIES = {
  'out/server/server.js': '#!/usr/bin/env node\n// openssh-config-language-server: LSP over --stdio or node IPC\nrequire(\'./core.js\').server();\n',
  'out/server/cli.js': '#!/usr/bin/env node\n// openssh-config: command-line checks\nrequire(\'./core.js\').cli();\n',
};
function writeEntries() {
  mkdirSync('out/server', { recursive: true });
  for (const [file, text] of Object.entries(ENTRIES)) {
    writeFileSync(file, text);
    chmodSync(file, 0o755);
  }
}
writeEntries();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
