#!/usr/bin/env node
// Workspace trust in the real workbench: the packaged extension in a workspace
// the user does NOT trust (Restricted Mode). Language features keep working
// (the manifest declares limited support); the command that runs sshd / ssh is
// not available. Screenshots go to test-results/e2e/ (names start with "untrusted-").
//
// Prints one line per check and, last, `untrusted: N passed, N failed`.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, installExtension, makeStateDir, repoRoot, serverMain, startServer } from '../../scripts/code-server.mjs';
import { launchBrowser } from './browser.mjs';
import { assert, check, page, quickOpen, results, TIMEOUT, usePage, waitForStatusLanguage } from './workbench.mjs';

const vsix = path.resolve(process.env.E2E_VSIX || path.join(repoRoot, 'openssh-config.vsix'));
const started = Date.now();
console.log('untrusted: Restricted Mode');
if (!existsSync(vsix)) {
  console.log(`  ✘ setup: ${path.relative(repoRoot, vsix)} is missing (run \`npm run package\` first)`);
  console.log('untrusted: 0 passed, 1 failed');
  process.exit(1);
}
if (!existsSync(serverMain)) ensureCodeServer();

const stateDir = makeStateDir('untrusted');
const workspace = path.join(repoRoot, '.e2e', 'ws-untrusted');
rmSync(workspace, { recursive: true, force: true });
cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'git.enabled': false }, null, 2));
const extensionsDir = path.join(stateDir, 'extensions');
installExtension(vsix, extensionsDir, { stateDir: path.join(stateDir, 'install') });

const server = await startServer({ workspace, extensionsDir, stateDir: path.join(stateDir, 'server'), workspaceTrust: true });
const browser = await launchBrowser(path.join(stateDir, 'browser'));
usePage(browser.page);
try {
  await check('untrusted-restricted-mode', async () => {
    await page.goto(server.workbenchUrl);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    // VS Code asks whether to trust the folder: decline.
    const decline = page.getByRole('button', { name: /No, I don.t trust the authors/ });
    await decline.waitFor({ state: 'visible', timeout: 30_000 });
    await decline.click();
    await page.getByText('Restricted Mode').first().waitFor({ state: 'visible', timeout: TIMEOUT });
  });

  await check('untrusted-diagnostics-still-shown', async () => {
    await quickOpen('sshd_config', 'sshd_config');
    await waitForStatusLanguage(/OpenSSH Server Config|sshd_config/);
    await page.locator('.editor-group-container.active .squiggly-error').first().waitFor({ state: 'attached', timeout: TIMEOUT });
  });

  await check('untrusted-validate-command-unavailable', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    const rows = page.locator('.quick-input-list .monaco-list-row');
    // Control: the palette does list commands here (the trusted UI test finds ours the same way)…
    await input.fill('>Manage Workspace Trust');
    await rows.first().waitFor({ state: 'visible', timeout: TIMEOUT });
    // …but not the one that would run sshd/ssh.
    await input.fill('>OpenSSH: Validate with local OpenSSH');
    await page.waitForTimeout(800);
    const labels = await rows.allInnerTexts();
    assert(!labels.some((l) => /Validate with local OpenSSH/.test(l)), `palette offers the command: ${JSON.stringify(labels)}`);
    await page.keyboard.press('Escape');
  });
} finally {
  await browser.close();
  await server.stop();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`untrusted: took ${((Date.now() - started) / 1000).toFixed(1)}s`);
console.log(`untrusted: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
