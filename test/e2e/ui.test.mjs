#!/usr/bin/env node
// UI test: the packaged extension (openssh-config.vsix) in a real VS Code workbench
// (VS Code server from .tools/code-server + headless Debian Chromium via playwright-core),
// checked the way a user would see it. Screenshots of every step go to test-results/e2e/.
//
//   node test/e2e/ui.test.mjs            (expects openssh-config.vsix: `npm run package`)
//   E2E_VSIX=path/to.vsix node test/e2e/ui.test.mjs
//
// Prints one line per check and, last, `ui: N passed, N failed`.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, makeStateDir, repoRoot, serverMain, ensureCodeServer, startServer } from '../../scripts/code-server.mjs';
import { launchBrowser } from './browser.mjs';
import {
  assert,
  check,
  editorText,
  focusEditor,
  goToLine,
  lineNumberOf,
  norm,
  page,
  quickOpen,
  results,
  shotsDir,
  TIMEOUT,
  usePage,
  viewLine,
  waitForStatusLanguage,
} from './workbench.mjs';

const SERVER_LANG = /OpenSSH Server Config|sshd_config/;
const CLIENT_LANG = /OpenSSH Client Config|ssh_config/;

// The new checks below keep every wait at 10 s or less.
const WAIT = 10_000;

/** Moves the pointer away and closes hovers, suggestions and menus. */
async function dismiss() {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

/** Screen box of the first `token` (after `after`) on the rendered editor line containing `lineText`. */
async function tokenBox(lineText, token, after = '') {
  const line = viewLine(lineText);
  await line.waitFor({ state: 'visible', timeout: WAIT });
  const box = await line.evaluate(
    (el, { token, after }) => {
      const nbsp = (t) => t.replace(/\u00a0/g, ' ');
      const walker = document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += nbsp(n.textContent);
      }
      const at = text.indexOf(token, after ? text.indexOf(after) + after.length : 0);
      if (at < 0) return null;
      const range = document.createRange();
      // The end of a token is looked up in the node the token ends in, not in the
      // next one (an inlay hint may start exactly there).
      const locate = (offset, end = false) => {
        const hit = nodes.findLast((x) => (end ? x.start < offset : x.start <= offset));
        return [hit.node, offset - hit.start];
      };
      range.setStart(...locate(at));
      range.setEnd(...locate(at + token.length, true));
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    { token, after },
  );
  assert(box && box.width > 0, `"${token}" is rendered on the line "${lineText}"`);
  return box;
}

/** Hovers `token` on the line containing `lineText` until a hover with `hasText` shows; returns its text. */
async function hoverToken(lineText, token, hasText, after) {
  const hover = page.locator('.monaco-hover:visible', { hasText }).first();
  const deadline = Date.now() + WAIT;
  for (;;) {
    let box;
    try {
      box = await tokenBox(lineText, token, after);
    } catch (e) {
      // Just typed: the line may be rendered again (tokens, inlay hints) under our feet.
      if (Date.now() > deadline) throw e;
      await page.waitForTimeout(200);
      continue;
    }
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    try {
      await hover.waitFor({ state: 'visible', timeout: 2500 });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`no .monaco-hover with ${JSON.stringify(String(hasText))} over "${token}"`);
    }
  }
  await page.waitForTimeout(400); // let the fade-in finish before the screenshot
  return norm(await hover.innerText());
}

/**
 * Opens a picker with `key` and types `query` until a row with `rowText` shows; returns the row.
 * A picker lists what it knows when it opens (enabled commands, indexed symbols), so it is
 * closed and opened again between tries.
 */
async function pickerRow(key, query, rowText, { tries, wait }) {
  const input = page.locator('.quick-input-widget input.input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    await input.waitFor({ state: 'visible', timeout: WAIT });
    await input.fill(query);
    try {
      await row.waitFor({ state: 'visible', timeout: wait });
      return row;
    } catch (e) {
      if (attempt >= tries) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

const suggestRows = '.editor-group-container.active .suggest-widget.visible .monaco-list-row';

/** Labels of the rendered rows of the suggest widget. */
async function suggestLabels() {
  return page.locator(suggestRows).evaluateAll((rows) =>
    rows.map((r) => (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').trim()),
  );
}

// Characters typed by the last suggest() and not erased yet. The clean-up between
// checks erases exactly these, so a check that failed before typing cannot make the
// next one delete a line break and shift every later line.
let typed = 0;

/** Closes the suggest widget and erases what suggest() typed (nothing if it typed nothing). */
async function eraseTyped() {
  await page.keyboard.press('Escape');
  for (; typed > 0; typed--) await page.keyboard.press('Backspace');
}

/** Ctrl+Space at the cursor, then types `prefix`; waits until a row labelled `expected` shows. Returns the labels. */
async function suggest(prefix, expected) {
  const widget = page.locator('.editor-group-container.active .suggest-widget.visible');
  // Retry: a key pressed while the focus is still on its way back from a picker is lost.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+Space');
    try {
      await widget.waitFor({ state: 'visible', timeout: attempt < 3 ? 3000 : WAIT });
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
      await focusEditor();
    }
  }
  if (prefix) {
    await page.keyboard.type(prefix, { delay: 30 });
    typed += prefix.length;
  }
  const deadline = Date.now() + WAIT;
  let labels = [];
  for (;;) {
    labels = await suggestLabels();
    if (labels.includes(expected)) break;
    if (Date.now() > deadline) throw new Error(`no suggestion "${expected}" after "${prefix}"; rows: ${JSON.stringify(labels)}`);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(300); // let filtering settle before reading the list again
  return suggestLabels();
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
  usePage(browser.page);
  const sshd = path.join(workspace, 'sshd_config');
  const client = path.join(workspace, '.ssh', 'config');
  /** Closes popups, then puts the cursor at the end of the first line of `file` starting with `prefix`. */
  const endOfLine = async (file, prefix) => {
    await dismiss();
    await goToLine(lineNumberOf(file, prefix));
    await page.keyboard.press('End');
  };
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

    await check('palette-offers-validate-command', async () => {
      // Trusted workspace, sshd_config active: the command that runs sshd -t is offered
      // (test/e2e/untrusted.test.mjs checks it is not, in Restricted Mode).
      // The palette lists what is enabled when it opens: until the workbench has settled the
      // workspace's trust (isWorkspaceTrusted), the command is missing, so look again.
      await pickerRow('F1', '>OpenSSH: Validate with local OpenSSH', 'Validate with local OpenSSH', { tries: 5, wait: 3000 });
      await page.keyboard.press('Escape');
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

    await check('hover-value-LoginGraceTime-30s', async () => {
      await dismiss();
      await goToLine(lineNumberOf(sshd, 'LoginGraceTime '));
      const text = await hoverToken('LoginGraceTime 30s', '30s', '30 seconds', 'LoginGraceTime');
      assert(text.includes('LoginGraceTime 30s'), `hover names keyword and value: ${text.slice(0, 200)}`);
      assert(/30s = 30 seconds/.test(text), `hover shows 30s in human units: ${text.slice(0, 200)}`);
    });

    await check('hover-value-X11Forwarding-no', async () => {
      await dismiss();
      await goToLine(lineNumberOf(sshd, 'X11Forwarding '));
      const text = await hoverToken('X11Forwarding no', 'no', 'takes', 'X11Forwarding');
      assert(text.includes('X11Forwarding no'), `hover names keyword and value: ${text.slice(0, 200)}`);
      assert(text.includes('takes yes or no'), `hover lists the words: ${text.slice(0, 200)}`);
    });

    await check('hover-value-AddressFamily-inet-says-what-it-does', async () => {
      // An enum word: what it makes sshd do first, then the other words it takes.
      await dismiss();
      await goToLine(lineNumberOf(sshd, 'AddressFamily '));
      const text = await hoverToken('AddressFamily inet', 'inet', 'IPv4 only', 'AddressFamily');
      assert(/inet: sshd uses IPv4 only/.test(text), `hover says what inet does: ${text.slice(0, 300)}`);
      assert(/also takes any or inet6/.test(text), `hover lists the other words: ${text.slice(0, 300)}`);
    });

    await check('hover-value-ClientAliveCountMax-60', async () => {
      // The number itself explains what it adds up to in its block (the seed question's config).
      await dismiss();
      await goToLine(lineNumberOf(sshd, 'ClientAliveCountMax '));
      const text = await hoverToken('ClientAliveCountMax 60', '60', 'unanswered probes', 'ClientAliveCountMax');
      assert(text.includes('60: up to 60 unanswered probes'), `hover says what the count means: ${text.slice(0, 300)}`);
      assert(/In this file \(the global part\):.*never cut by this/s.test(text), `hover explains the block's keepalive: ${text.slice(0, 400)}`);
    });

    await check('completion-global-offers-Port', async () => {
      // The empty line before "Port 22" is outside any Match block: Port is offered there.
      await dismiss();
      await goToLine(lineNumberOf(sshd, 'Port ') - 1);
      const labels = await suggest('Por', 'Port');
      // First row: had the server offered Port inside Match, the next check would see it too.
      assert(labels[0] === 'Port', `Port is the first row globally: ${JSON.stringify(labels)}`);
    });

    await check('completion-in-Match-offers-AllowTcpForwarding', async () => {
      // Undo the "Por" typed above, then a new, indented line at the end of the "Match User deploy" block.
      await eraseTyped();
      await dismiss();
      await goToLine(lineNumberOf(sshd, 'PermitTTY '));
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      const labels = await suggest('AllowT', 'AllowTcpForwarding');
      assert(labels[0] === 'AllowTcpForwarding', `AllowTcpForwarding is the first row: ${JSON.stringify(labels)}`);
    });

    await check('completion-in-Match-omits-Port', async () => {
      await eraseTyped();
      // GatewayPorts (allowed in Match) matches "Por" too: once it shows, the list is filtered.
      const labels = await suggest('Por', 'GatewayPorts');
      assert(!labels.includes('Port'), `Port is not offered inside Match: ${JSON.stringify(labels)}`);
      const line = norm(await viewLine('Por').innerText());
      assert(/^ {2,}Por$/.test(line.replace(/\s+$/, '')), `typed on an indented line in the Match block: ${JSON.stringify(line)}`);
    });

    await check('hover-value-ClientAliveInterval-1h30m', async () => {
      // Type a compound time into the Match block of the (unsaved) copy and hover its value.
      await eraseTyped();
      await page.keyboard.type('ClientAliveInterval 1h30m', { delay: 10 });
      await dismiss();
      const text = await hoverToken('ClientAliveInterval 1h30m', '1h30m', '5400', 'ClientAliveInterval');
      assert(text.includes('ClientAliveInterval 1h30m'), `hover names keyword and value: ${text.slice(0, 200)}`);
      assert(text.includes('1h30m = 1 h 30 min = 5400 s'), `hover shows 1h30m in human units: ${text.slice(0, 200)}`);
    });

    await check('completion-value-PermitRootLogin', async () => {
      await dismiss();
      // The line the quick fix repaired (the workbench may have auto-saved the copy by now, so
      // take its number from the original; the lines typed so far are all further down).
      await goToLine(lineNumberOf(path.join(repoRoot, 'examples', 'sshd_config'), 'PermitRootLogn '));
      await page.keyboard.press('End');
      await page.keyboard.press('Control+Backspace'); // drop "no": "PermitRootLogin |"
      await viewLine('PermitRootLogin').waitFor({ state: 'visible', timeout: WAIT });
      const labels = await suggest('', 'prohibit-password');
      for (const w of ['prohibit-password', 'no', 'yes', 'forced-commands-only']) {
        assert(labels.includes(w), `${w} offered: ${JSON.stringify(labels)}`);
      }
      assert(!labels.includes('Port'), `only values after the keyword: ${JSON.stringify(labels)}`);
    });

    await check('completion-value-applied', async () => {
      await page.keyboard.type('proh', { delay: 30 });
      await page.waitForFunction(
        (sel) => document.querySelector(`${sel}.focused .label-name`)?.textContent?.trim() === 'prohibit-password',
        suggestRows,
        { timeout: WAIT },
      );
      await page.keyboard.press('Enter');
      await viewLine('PermitRootLogin prohibit-password').waitFor({ state: 'visible', timeout: WAIT });
      const text = await editorText();
      assert(text.includes('PermitRootLogin prohibit-password'), 'the value was inserted');
      assert(!/PermitRootLogin (prohibit-password|proh)\s*(no|proh)/.test(text), 'nothing left of the old or typed text');
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

    await check('hover-ServerAliveInterval-mentions-NAT', async () => {
      await dismiss();
      await goToLine(lineNumberOf(client, 'ServerAliveInterval 30'));
      const text = await hoverToken('ServerAliveInterval 30', 'ServerAliveInterval', 'NAT');
      assert(text.startsWith('ServerAliveInterval'), `keyword hover: ${text.slice(0, 120)}`);
      assert(/\bNAT\b/.test(text), `mentions NAT: ${text.slice(0, 400)}`);
    });

    await check('comma-after-ProxyJump-offers-hosts', async () => {
      // Typing "," after a hop opens the list by itself (a trigger character): the file's other
      // hosts, without wildcard patterns and without the hop already given.
      await endOfLine(client, 'ProxyJump bastion');
      await page.keyboard.type(',');
      typed += 1;
      await page.locator('.editor-group-container.active .suggest-widget.visible').waitFor({ state: 'visible', timeout: WAIT });
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, suggestRows, { timeout: WAIT });
      const labels = await suggestLabels();
      assert(labels.includes('home-nas'), `home-nas offered: ${JSON.stringify(labels)}`);
      assert(!labels.includes('bastion') && !labels.some((l) => l.includes('*')), `no repeat, no wildcard: ${JSON.stringify(labels)}`);
      await page.waitForTimeout(300);
    });

    await check('comma-removed-again', async () => {
      await eraseTyped();
      await viewLine('ProxyJump bastion').waitFor({ state: 'visible', timeout: WAIT });
      const line = norm(await viewLine('ProxyJump bastion').innerText()).trimEnd();
      assert(line.endsWith('ProxyJump bastion'), `the line is as before: ${JSON.stringify(line)}`);
    });

    await check('f12-on-ProxyJump-host-goes-to-its-Host-block', async () => {
      await endOfLine(client, 'ProxyJump bastion');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('F12');
      // The cursor lands on "bastion" of "Host bastion" (line 5, column 6).
      const want = `Ln ${lineNumberOf(client, 'Host bastion')}, Col 6`;
      const status = page.locator('#status\\.editor\\.selection');
      const deadline = Date.now() + WAIT;
      let text = '';
      while (Date.now() < deadline && !(text = (await status.innerText().catch(() => ''))).includes(want)) await page.waitForTimeout(150);
      assert(text.includes(want), `cursor at ${JSON.stringify(text)}, expected ${want}`);
    });

    // Issue #5: the CodeLens above a Host block opens the effective settings beside the file.
    await check('codelens-show-effective-settings', async () => {
      await dismiss();
      // Work in the first editor group (other checks may have opened views beside it).
      await page.locator('.editor-group-container').first().locator('.tabs-container .tab').first().click();
      await quickOpen('.ssh/config', 'config');
      const lens = page.locator('.editor-group-container.active .codelens-decoration a', { hasText: 'Show effective settings for bastion' }).first();
      await lens.waitFor({ state: 'visible', timeout: WAIT });
      await lens.click();
      const tab = page.locator('.tabs-container .tab .label-name', { hasText: 'bastion.effective' }).first();
      await tab.waitFor({ state: 'visible', timeout: WAIT });
      await viewLine('hostname ').waitFor({ state: 'visible', timeout: WAIT });
      const text = await editorText();
      assert(/^user \S+/m.test(text) && /^hostname \S+/m.test(text), `effective view: ${text.slice(0, 300)}`);
      await page.waitForTimeout(400);
    });

    // Issue #5: Ctrl+click on the Include pattern opens the drop-in it reads (the workspace is a copy of /etc/ssh).
    await check('include-ctrl-click-opens-drop-in', async () => {
      await dismiss();
      // The effective view opened beside: go back to the first editor group's sshd_config tab.
      await page.locator('.editor-group-container').first().locator('.tabs-container .tab', { has: page.locator('.label-name', { hasText: /^sshd_config$/ }) }).first().click();
      await page.waitForFunction(() => document.querySelector('.editor-group-container.active .tabs-container .tab.active .label-name')?.textContent?.trim() === 'sshd_config', null, { timeout: WAIT });
      await goToLine(lineNumberOf(sshd, 'Include '));
      const box = await tokenBox('Include /etc/ssh/sshd_config.d', 'sshd_config.d');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Control');
      await page.waitForTimeout(300);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.up('Control');
      await page.waitForFunction(() => document.querySelector('.editor-group-container.active .tabs-container .tab.active .label-name')?.textContent?.trim() === '10-hardening.conf', null, { timeout: WAIT });
      await viewLine('MaxSessions 4').waitFor({ state: 'visible', timeout: WAIT });
    });

    // Issue #5: Go to Symbol in Workspace (Ctrl+T, here "#" in quick open) finds a Host in a config
    // that was only written to disk (never opened), through the server's walk and VS Code's file watcher.
    await check('workspace-symbol-from-unopened-file', async () => {
      await dismiss();
      writeFileSync(path.join(workspace, 'team.ssh_config'), '# written to disk by the UI test, never opened\nHost team-jumphost\n  User ops\n');
      const row = await pickerRow('Control+P', '#team-jump', 'team-jumphost', { tries: 4, wait: 5000 });
      const text = norm(await row.innerText());
      assert(/team\.ssh_config/.test(text), `the symbol row names its file: ${text}`);
      await page.waitForTimeout(300);
    });

    // Last, as they open a view beside the editor and change sshd_config.
    // "OpenSSH: Explain timeouts in this file" on the example sshd_config (the original question's
    // ClientAliveInterval 60 / ClientAliveCountMax 60, plus the 1h30m typed into Match User deploy above).
    const timeoutsView = () => page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    let deployLine = 0;
    await check('explain-timeouts-webview', async () => {
      await dismiss();
      await quickOpen('sshd_config', 'sshd_config');
      await waitForStatusLanguage(SERVER_LANG);
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input.input');
      await input.waitFor({ state: 'visible', timeout: WAIT });
      await input.fill('>OpenSSH: Explain timeouts in this file');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Explain timeouts in this file' }).first()
        .waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.press('Enter');
      // More room for the view beside the editor: hide the side bar.
      await page.keyboard.press('Control+B');
      const heading = timeoutsView().locator('h1');
      await heading.waitFor({ state: 'visible', timeout: WAIT });
      assert(/When does a connection end\?/.test(await heading.innerText()), 'the view has its heading');
      const first = norm(await timeoutsView().locator('section.scenario#vanished').innerText());
      assert(/connection ends after 1 h 1 min/.test(first), `a vanished client is cut after 1 h 1 min: ${first.slice(0, 300)}`);
      assert(/Match User deploy/.test(first), `the Match block typed above gets its own timeline: ${first.slice(0, 400)}`);
      deployLine = Number(/ClientAliveInterval 1h30m line (\d+)/.exec(first)?.[1]);
      assert(deployLine > 0, `the setting links name their line: ${first.slice(0, 600)}`);
      // The drop-in read through Include counts: its UnusedConnectionTimeout 5m ends a connection with no channel.
      const unused = norm(await timeoutsView().locator('section.scenario#no-channel').innerText());
      assert(/connection ends after 5 min/.test(unused) && /10-hardening\.conf line \d+/.test(unused), `the drop-in's UnusedConnectionTimeout: ${unused.slice(0, 300)}`);
      const idle = norm(await timeoutsView().locator('section.scenario#idle-alive').innerText());
      assert(/stays open/.test(idle), `an idle live client stays: ${idle.slice(0, 200)}`);
      const svgs = await timeoutsView().locator('svg.timeline').count();
      assert(svgs >= 6, `one timeline per scenario at least (${svgs})`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shotsDir, 'explain-timeouts.png') });
    });

    await check('idle-fix-lightbulb', async () => {
      // Back in the editor: the light bulb on the keepalive line offers the idle logout.
      await page.locator('.editor-group-container .monaco-editor', { hasText: 'ClientAliveCountMax' }).first()
        .click({ position: { x: 300, y: 5 } });
      await goToLine(lineNumberOf(sshd, 'ClientAliveInterval 60'));
      await page.keyboard.press('Control+.');
      const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Add an idle logout' }).first();
      await item.waitFor({ state: 'visible', timeout: WAIT });
      for (let i = 0; i < 20; i++) {
        const focused = norm(await page.locator('.action-widget .monaco-list-row.focused').first().innerText({ timeout: 1000 }).catch(() => ''));
        if (focused.includes('Add an idle logout')) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shotsDir, 'idle-fix-lightbulb.png') });
    });

    await check('idle-fix-applied-and-view-refreshed', async () => {
      await page.keyboard.press('Enter');
      await viewLine('ChannelTimeout session:*=1h').waitFor({ state: 'visible', timeout: WAIT });
      const text = await editorText();
      // The drop-in, read first, already sets UnusedConnectionTimeout: a second line would be ignored.
      assert(!text.includes('UnusedConnectionTimeout 1h'), 'UnusedConnectionTimeout is not added again');
      // The view follows the edit: two lines (a comment and ChannelTimeout) were inserted above the Match block.
      await timeoutsView().locator('section.scenario#vanished a.setting', { hasText: `ClientAliveInterval 1h30m line ${deployLine + 2}` }).first()
        .waitFor({ state: 'visible', timeout: WAIT });
      // The new ChannelTimeout now ends the silent shell.
      const shell = timeoutsView().locator('section.scenario#silent-shell');
      await shell.locator('.verdict', { hasText: 'channel closes after 1 h' }).first().waitFor({ state: 'visible', timeout: WAIT });
      await shell.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shotsDir, 'idle-fix-applied.png') });
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
