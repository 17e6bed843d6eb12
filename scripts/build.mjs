// Bundles the extension client, the language server and the CLI with esbuild.
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

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
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'out/server/server.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'out/server/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('out/server/server.js', 0o755);
  chmodSync('out/server/cli.js', 0o755);
}
