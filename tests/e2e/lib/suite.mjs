// Shared set-up of the browser test files: one browser and one fixture
// server per file, skipped (not failed) where Chromium is absent.
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startFixtureServer } from './fixture_server.mjs';
import { CHROMIUM, HOST_BINARY, hostBuilt } from './paths.mjs';

export const NO_CHROMIUM = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`;

// Returns an object whose .browser and .server are set before the tests run.
export function useBrowser({ withHost = true } = {}) {
  const env = { browser: null, server: null };
  before(async () => {
    if (NO_CHROMIUM) return;
    if (withHost && !hostBuilt()) {
      throw new Error(`${HOST_BINARY} is missing: build it first (cmake --build build --target pagesift-host)`);
    }
    env.server = await startFixtureServer();
    env.browser = await launchBrowser({ withHost });
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
