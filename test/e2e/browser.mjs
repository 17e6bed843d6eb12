// Debian's Chromium driven by playwright-core (which never downloads a browser),
// with the flags from shared/e2e-recipe.md and a fresh, private profile.
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** /tmp when it is writable (short), else the system's temp folder. */
function shortTmpRoot() {
  try {
    accessSync('/tmp', constants.W_OK);
    return '/tmp';
  } catch {
    return os.tmpdir();
  }
}

/**
 * Launches Chromium with a fresh profile in <stateDir>/chromium, HOME/XDG under
 * stateDir and a short private TMPDIR. Returns { context, page, close() }.
 */
export async function launchBrowser(stateDir, { viewport = { width: 1400, height: 900 } } = {}) {
  const profile = path.join(stateDir, 'chromium');
  rmSync(profile, { recursive: true, force: true });
  const home = path.join(stateDir, 'chromium-home');
  mkdirSync(home, { recursive: true });
  // Chromium puts its singleton socket under TMPDIR, and a Unix socket path may be at most
  // 107 bytes: under a deep checkout (CI) stateDir is too long for it ("Socket path too
  // long", SIGABRT at start). So TMPDIR is a short private folder of its own.
  const tmp = mkdtempSync(path.join(shortTmpRoot(), 'oc-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
      TMPDIR: tmp,
    },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
