// Headless Chromium with the extension loaded, driven by playwright-core.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ARTIFACTS_DIR, CHROMIUM } from './paths.mjs';
import { EXTENSION_ID, makeTempDir, prepareExtension, registerHost } from './profile.mjs';

export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

// Starts Chromium with a fresh profile. withHost: register the built host.
// extraPages: see prepareExtension.
export async function launchBrowser({ withHost = true, extraPages } = {}) {
  const userDataDir = makeTempDir('profile');
  if (withHost) registerHost(userDataDir);
  const extensionDir = prepareExtension({ extraPages });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,  // the flag below asks for the new headless mode, which runs extensions
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      // Fixture pages name hosts such as nouvelles.example: resolve nothing
      // but the fixture server, so that no lookup leaves the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    viewport: { width: 1280, height: 900 },
  });
  let worker = context.serviceWorkers().find((w) => w.url().startsWith(EXTENSION_ORIGIN));
  if (!worker) {
    worker = await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(EXTENSION_ORIGIN), timeout: 20_000,
    });
  }
  const browser = new ExtensionBrowser(context, worker);
  browser.cleanup = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(join(extensionDir, '..'), { recursive: true, force: true });
  };
  return browser;
}

class ExtensionBrowser {
  constructor(context, worker) {
    this.context = context;
    this.worker = worker;
  }

  close() {
    return this.cleanup();
  }

  // Runs fn(arg) in the service worker.
  inWorker(fn, arg) {
    return this.worker.evaluate(fn, arg);
  }

  async openPage(url) {
    const page = await this.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  }

  // The tab object the browser would hand a listener for the tab showing url.
  tabFor(url) {
    return this.inWorker(async (target) => {
      const tabs = await chrome.tabs.query({});
      // Without access to a page (the browser's own) its tab has no url: the
      // test brought it to the front.
      return tabs.find((tab) => tab.url === target)
        ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0] ?? null;
    }, url);
  }

  async clickToolbarButton(page) {
    const tab = await this.tabFor(page.url());
    return this.inWorker(({ tab: t }) => globalThis.pagesift.clickToolbarButton(t), { tab });
  }

  async clickMenuItem(page, info) {
    const tab = await this.tabFor(page.url());
    return this.inWorker(({ tab: t, info: i }) => globalThis.pagesift.clickMenuItem(i, t), { tab, info });
  }

  async capture(page) {
    const tab = await this.tabFor(page.url());
    return this.inWorker(({ tab: t }) => globalThis.pagesift.captureTab(t), { tab });
  }

  // Waits for an extension page (by path, e.g. "panel/panel.html") to open.
  waitForExtensionPage(path, timeout = 30_000) {
    const prefix = `${EXTENSION_ORIGIN}/${path}`;
    const open = this.context.pages().find((p) => p.url().startsWith(prefix));
    if (open) return Promise.resolve(open);
    return this.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(prefix), timeout });
  }

  // The reader view's frame over `page` (background/overlay.js), once it has
  // started loading the reader page.
  async readerFrame(page, timeout = 60_000) {
    const prefix = `${EXTENSION_ORIGIN}/reader/reader.html`;
    const deadline = Date.now() + timeout;
    for (;;) {
      const frame = page.frames().find((f) => f.url().startsWith(prefix));
      if (frame) return frame;
      if (Date.now() > deadline) throw new Error(`no reader view over ${page.url()} after ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  // Whether a reader view is shown over `page`.
  hasReader(page) {
    return page.frames().some((f) => f.url().startsWith(`${EXTENSION_ORIGIN}/reader/reader.html`));
  }

  // Waits until the reader view over `page` has shown the article or an
  // error; returns "article" or the error code.
  async waitForReader(page, timeout = 60_000) {
    const reader = await this.readerFrame(page, timeout);
    await reader.waitForFunction(() => document.getElementById('article')?.hidden === false
      || document.getElementById('reader')?.dataset.error, null, { timeout, polling: 100 });
    return reader.evaluate(() => document.getElementById('reader').dataset.error ?? 'article');
  }

  async setPrefs(prefs) {
    await this.inWorker((p) => chrome.storage.sync.set(p), prefs);
  }
}

export function artifactPath(name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}
