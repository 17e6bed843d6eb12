// Debian's Chromium driven by playwright-core (which never downloads a browser),
// with the flags from shared/e2e-recipe.md and a fresh, private profile.
import { mkdirSync, rmSync } from 'node:fs';
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

/**
 * Launches Chromium with a fresh profile in <stateDir>/chromium and HOME/XDG/TMPDIR
 * under stateDir. Returns { context, page, close() }.
 */
export async function launchBrowser(stateDir, { viewport = { width: 1400, height: 900 } } = {}) {
  const profile = path.join(stateDir, 'chromium');
  rmSync(profile, { recursive: true, force: true });
  const home = path.join(stateDir, 'chromium-home');
  const tmp = path.join(home, 'tmp');
  mkdirSync(tmp, { recursive: true });
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
    },
  };
}
