#!/usr/bin/env node
// Compiles the extension-host test suite (test/e2e/suite/*.ts) to out/test/suite/*.js.
// `vscode` is provided by the extension host, mocha is loaded from node_modules.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
export const suiteOutDir = path.join(repoRoot, 'out', 'test', 'suite');
export const suiteIndex = path.join(suiteOutDir, 'index.js');

export async function buildSuite() {
  const srcDir = path.join(here, 'suite');
  const entryPoints = readdirSync(srcDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(srcDir, f));
  rmSync(suiteOutDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: suiteOutDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return suiteIndex;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSuite();
  console.log(`build-suite: ${path.relative(repoRoot, suiteOutDir)}/`);
}
