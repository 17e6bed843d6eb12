#!/usr/bin/env node
// UI test: the packaged extension (openssh-config.vsix) in a real VS Code workbench
// (VS Code server from .tools/code-server + headless Debian Chromium via playwright-core),
// checked the way a user would see it. Screenshots of every step go to test-results/e2e/.
//
//   node test/e2e/ui.test.mjs            (expects openssh-config.vsix: `npm run package`)
//   E2E_VSIX=path/to.vsix node test/e2e/ui.test.mjs
//
// Prints one line per check and, last, `ui: N passed, N failed`.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, makeStateDir, repoRoot, serverMain, ensureCodeServer, startServer } from '../../scripts/code-server.mjs';
import { launchBrowser } from './browser.mjs';

const shotsDir = path.join(repoRoot, 'test-results', 'e2e');
const SERVER_LANG = /OpenSSH Server Config|sshd_config/;
const CLIENT_LANG = /OpenSSH Client Config|ssh_config/;
const TIMEOUT = 15_000;

const results = [];
let page;
let shotNo = 0;

async function screenshot(name) {
  const file = path.join(shotsDir, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
  await page?.screenshot({ path: file }).catch(() => {});
  return path.relative(repoRoot, file);
}

/** One user-visible check: runs fn, then saves a screenshot named after it (also on failure). */
async function check(name, fn) {
  const t = Date.now();
  try {
    await fn();
    const shot = await screenshot(name);
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - t} ms) → ${shot}`);
  } catch (e) {
    const shot = await screenshot(`${name}-FAILED`);
    results.push({ name, ok: false, error: e });
    const msg = String(e?.message ?? e).replace(ANSI, '').split('\n').slice(0, 4).join('\n      ');
    console.log(`  ✘ ${name} (${Date.now() - t} ms) → ${shot}\n      ${msg}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Playwright's call logs carry colour codes.
const ANSI = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g');
const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ');

/** The text of the visible lines of the active editor. */
async function editorText() {
  return norm(await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText());
}

async function statusLanguage() {
  const mode = page.locator('#status\\.editor\\.mode');
  await mode.waitFor({ state: 'visible', timeout: TIMEOUT });
  return (await mode.innerText()).trim();
}

async function waitForStatusLanguage(re) {
  const deadline = Date.now() + TIMEOUT;
  let last = '';
  while (Date.now() < deadline) {
    last = await statusLanguage().catch(() => '');
    if (re.test(last)) return last;
    await page.waitForTimeout(200);
  }
  throw new Error(`status bar language mode is ${JSON.stringify(last)}, expected ${re}`);
}

/** Ctrl+P, type the path, pick the row whose label/description match, wait for the tab. */
async function quickOpen(query, tabTitle) {
  const input = page.locator('.quick-input-widget input.input');
  // Retry: a late startup editor or notification can take the focus and close the picker.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(query, { timeout: 5000 });
      // Wait until the best match (first row) is the file we want.
      await page.waitForFunction(
        ({ name, dir }) => {
          const r = document.querySelector('.quick-input-list .monaco-list-row');
          const label = r?.querySelector('.label-name')?.textContent?.trim();
          const desc = r?.querySelector('.label-description')?.textContent ?? '';
          return label === name && (!dir || desc.includes(dir));
        },
        { name: tabTitle, dir: query.includes('/') ? query.slice(0, query.lastIndexOf('/')) : '' },
        { timeout: 5000 },
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (name) => document.querySelector('.tabs-container .tab.active .label-name')?.textContent?.trim() === name,
        tabTitle,
        { timeout: 5000 },
      );
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
  await page.locator('.editor-group-container.active .monaco-editor textarea').first().waitFor({ state: 'attached' });
}

/** Ctrl+G to a 1-based line: reveals it and puts the cursor at its first column. */
async function goToLine(line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** The rendered editor line (a .view-line) whose text contains `text`. */
function viewLine(text) {
  return page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: text }).first();
}

/** 1-based line number of the first line of `file` (in the workspace copy) that starts with `prefix`. */
function lineNumberOf(file, prefix) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith(prefix));
  if (i < 0) throw new Error(`${file} has no line starting with ${prefix}`);
  return i + 1;
}

export async function runUiTest() {
  const started = Date.now();
  const vsix = path.resolve(process.env.E2E_VSIX || path.join(repoRoot, 'openssh-config.vsix'));
  rmSync(shotsDir, { recursive: true, force: true });
  mkdirSync(shotsDir, { recursive: true });
  console.log('ui: workbench UI test');

  if (!existsSync(vsix)) {
    console.log(`  ✘ setup: ${path.relative(repoRoot, vsix)} is missing (run \`npm run package\` first)`);
    console.log('ui: 0 passed, 1 failed');
    return { passed: 0, failed: 1 };
  }
  if (!existsSync(serverMain)) ensureCodeServer();

  const stateDir = makeStateDir('ui');
  const workspace = path.join(repoRoot, '.e2e', 'ws-ui');
  rmSync(workspace, { recursive: true, force: true });
  cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  // Workspace settings of the copy only: no Welcome page or git prompt in the way.
  mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  writeFileSync(
    path.join(workspace, '.vscode', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
        'extensions.ignoreRecommendations': true,
      },
      null,
      2,
    ),
  );
  const extensionsDir = path.join(stateDir, 'extensions');
  installExtension(vsix, extensionsDir, { stateDir: path.join(stateDir, 'install') });

  const server = await startServer({ workspace, extensionsDir, stateDir: path.join(stateDir, 'server') });
  const browser = await launchBrowser(path.join(stateDir, 'browser'));
  page = browser.page;
  const sshd = path.join(workspace, 'sshd_config');
  try {
    await check('workbench-loaded', async () => {
      await page.goto(server.workbenchUrl);
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      // The explorer shows the example files once the remote file system answers.
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sshd_config' }).first()
        .waitFor({ state: 'visible', timeout: 30_000 });
    });

    await check('sshd_config-language-mode', async () => {
      await quickOpen('sshd_config', 'sshd_config');
      const mode = await waitForStatusLanguage(SERVER_LANG);
      assert(SERVER_LANG.test(mode), `language mode ${mode}`);
    });

    await check('hover-ClientAliveInterval', async () => {
      const line = lineNumberOf(sshd, 'ClientAliveInterval ');
      await goToLine(line);
      const target = viewLine('ClientAliveInterval 60');
      await target.waitFor({ state: 'visible', timeout: TIMEOUT });
      const box = await target.boundingBox();
      const hover = page.locator('.monaco-hover:visible', { hasText: 'ClientAliveInterval' }).first();
      // Hover the keyword (retry: the language server may still be starting).
      const deadline = Date.now() + TIMEOUT;
      for (;;) {
        await page.mouse.move(box.x + 200, box.y - 40);
        await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 4 });
        try {
          await hover.waitFor({ state: 'visible', timeout: 3000 });
          break;
        } catch {
          if (Date.now() > deadline) throw new Error('no .monaco-hover with "ClientAliveInterval" appeared');
        }
      }
      await page.waitForTimeout(600); // let the fade-in finish before the screenshot
      const text = norm(await hover.innerText());
      assert(text.includes('ClientAliveInterval'), `hover text: ${text.slice(0, 200)}`);
      assert(text.includes('OpenSSH'), `hover mentions OpenSSH: ${text.slice(0, 300)}`);
    });

    await check('squiggle-on-PermitRootLogn', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      const line = lineNumberOf(sshd, 'PermitRootLogn ');
      await goToLine(line);
      const target = viewLine('PermitRootLogn no');
      await target.waitFor({ state: 'visible', timeout: TIMEOUT });
      const squiggle = page.locator('.editor-group-container.active .squiggly-error').first();
      await squiggle.waitFor({ state: 'attached', timeout: TIMEOUT });
      // The squiggle sits on the typo's line.
      const lineBox = await target.boundingBox();
      const boxes = await page
        .locator('.editor-group-container.active .squiggly-error')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ y: r.y, h: r.height, x: r.x, w: r.width })));
      const onLine = boxes.filter((b) => Math.abs(b.y - lineBox.y) < lineBox.height / 2 && b.w > 0);
      assert(onLine.length === 1, `one error squiggle on the PermitRootLogn line; squiggles at ${JSON.stringify(boxes)}, line at y=${lineBox.y}`);
      assert(boxes.length === 1, `only the typo is squiggled as an error (${boxes.length} error squiggles)`);
    });

    await check('problems-panel-unknown-keyword', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'PermitRootLogn' }).first();
      await row.waitFor({ state: 'visible', timeout: TIMEOUT });
      const text = norm(await row.innerText());
      assert(/Unknown sshd_config keyword/i.test(text), `problem row: ${text}`);
      assert(/openssh-config/.test(text), `problem row names the source: ${text}`);
    });

    await check('quickfix-menu', async () => {
      // Back to the editor, cursor on the typo.
      await page.keyboard.press('Control+Shift+M'); // toggles the panel closed
      await page.locator('.editor-group-container.active .monaco-editor').first().click({ position: { x: 300, y: 5 } });
      await goToLine(lineNumberOf(sshd, 'PermitRootLogn '));
      await page.keyboard.press('Control+.');
      const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Change to "PermitRootLogin"' }).first();
      await item.waitFor({ state: 'visible', timeout: TIMEOUT });
      const title = norm(await item.innerText()).trim();
      assert(title.startsWith('Change to "PermitRootLogin"'), `quick fix title: ${title}`);
    });

    await check('quickfix-applied', async () => {
      // Keyboard, as a user would (a pointer block covers the page while the menu is open):
      // move the focus to the fix and press Enter.
      for (let i = 0; i < 20; i++) {
        const focused = norm(
          await page.locator('.action-widget .monaco-list-row.focused').first().innerText({ timeout: 1000 }).catch(() => ''),
        );
        if (focused.trim().startsWith('Change to "PermitRootLogin"')) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await viewLine('PermitRootLogin no').waitFor({ state: 'visible', timeout: TIMEOUT });
      const text = await editorText();
      assert(text.includes('PermitRootLogin no'), 'editor text contains "PermitRootLogin no"');
      assert(!text.includes('PermitRootLogn'), 'the typo is gone');
      await page.locator('.editor-group-container.active .squiggly-error').first()
        .waitFor({ state: 'detached', timeout: TIMEOUT });
    });

    await check('ssh_config-language-mode', async () => {
      await page.keyboard.press('Escape');
      await quickOpen('.ssh/config', 'config');
      const mode = await waitForStatusLanguage(CLIENT_LANG);
      assert(CLIENT_LANG.test(mode), `language mode ${mode}`);
      // The client config's typo is flagged too.
      await viewLine('ForwardAgnet no').waitFor({ state: 'visible', timeout: TIMEOUT });
      await page.locator('.editor-group-container.active .squiggly-error').first()
        .waitFor({ state: 'attached', timeout: TIMEOUT });
    });
  } finally {
    await browser.close();
    await server.stop();
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`ui: took ${((Date.now() - started) / 1000).toFixed(1)}s, screenshots in ${path.relative(repoRoot, shotsDir)}/`);
  console.log(`ui: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runUiTest().then(
    (r) => process.exit(r.failed ? 1 : 0),
    (e) => {
      console.error(e?.stack ?? e);
      console.log('ui: 0 passed, 1 failed');
      process.exit(1);
    },
  );
}
