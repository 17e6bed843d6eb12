// Shared helpers for the workbench tests (ui.test.mjs, untrusted.test.mjs): one
// page at a time (usePage), checks with a screenshot each, and the few
// workbench moves every test needs (quick open, go to line, status bar).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/code-server.mjs';

export const shotsDir = path.join(repoRoot, 'test-results', 'e2e');
export const TIMEOUT = 15_000;

export let page;
/** The page the helpers act on. */
export function usePage(p) {
  page = p;
}

export const results = [];
let shotNo = 0;

export async function screenshot(name) {
  const file = path.join(shotsDir, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
  await page?.screenshot({ path: file }).catch(() => {});
  return path.relative(repoRoot, file);
}

/** One user-visible check: runs fn, then saves a screenshot named after it (also on failure). */
export async function check(name, fn) {
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

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Playwright's call logs carry colour codes.
export const ANSI = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g');
export const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ');

/** The text of the visible lines of the active editor. */
export async function editorText() {
  return norm(await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText());
}

export async function statusLanguage() {
  const mode = page.locator('#status\\.editor\\.mode');
  await mode.waitFor({ state: 'visible', timeout: TIMEOUT });
  return (await mode.innerText()).trim();
}

export async function waitForStatusLanguage(re) {
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
export async function quickOpen(query, tabTitle) {
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
export async function goToLine(line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: TIMEOUT });
  await focusEditor();
}

const editorHasFocus = () =>
  !!document.activeElement?.closest('.editor-group-container.active .monaco-editor');

/**
 * Waits until the keyboard focus is in the active editor (it comes back from a picker
 * a moment after the picker closes); Ctrl+1 brings it back if it went elsewhere.
 */
export async function focusEditor() {
  try {
    await page.waitForFunction(editorHasFocus, null, { timeout: 2000 });
  } catch {
    await page.keyboard.press('Control+1'); // View: Focus First Editor Group
    await page.waitForFunction(editorHasFocus, null, { timeout: TIMEOUT });
  }
}

/** The rendered editor line (a .view-line) whose text contains `text`. */
export function viewLine(text) {
  return page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: text }).first();
}

/** 1-based line number of the first line of `file` (in the workspace copy) that starts with `prefix`. */
export function lineNumberOf(file, prefix) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith(prefix));
  if (i < 0) throw new Error(`${file} has no line starting with ${prefix}`);
  return i + 1;
}

