// Each context-menu action, triggered through the functions the menu's
// listener calls (a headless browser has no menu to click), and the options
// page's connection test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_ORIGIN } from '../lib/browser.mjs';
import { normalizeSpace } from '../lib/reader_page.mjs';
import { NO_CHROMIUM, useBrowser } from '../lib/suite.mjs';

const env = useBrowser();
const skip = NO_CHROMIUM;

test('the context menu has the four items', { skip }, async () => {
  const items = await env.browser.inWorker(() => globalThis.pagesift.menuItems
    .map((item) => [item.id, item.title, item.contexts.join()]));
  assert.deepEqual(items, [
    ['pagesift-open', 'Open in reader view', 'page,frame'],
    ['pagesift-save', 'Save article', 'page,frame'],
    ['pagesift-summarize-page', 'Summarize page', 'page,frame'],
    ['pagesift-summarize-selection', 'Summarize selection', 'selection'],
  ]);
});

test('"Open in reader view" opens the reader view', { skip }, async () => {
  const page = await env.browser.openPage(`${env.server.origin}/pages/clutter.html`);
  await env.browser.clickMenuItem(page, { menuItemId: 'pagesift-open' });
  assert.equal(await env.browser.waitForReader(page), 'article');
  const reader = await env.browser.readerFrame(page);
  assert.equal(await reader.textContent('#title'), 'Lighthouse keepers return to Skerry Point');
  await page.close();
});

test('"Save article" saves in the chosen formats', { skip }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'pagesift-e2e-saved-'));
  await env.browser.setPrefs({ saveFolder: folder, formats: ['markdown', 'json'] });
  try {
    const page = await env.browser.openPage(`${env.server.origin}/pages/clutter.html`);
    const panelOpened = env.browser.waitForExtensionPage('panel/panel.html');
    await env.browser.clickMenuItem(page, { menuItemId: 'pagesift-save' });
    const panel = await panelOpened;
    await panel.waitForSelector('#status[data-code]', { state: 'attached', timeout: 60_000 });
    const code = await panel.getAttribute('#status', 'data-code');
    assert.equal(await panel.textContent('#heading'), 'Save article');
    assert.equal(code, 'ok', `save failed: ${await panel.textContent('#status')}`);
    const files = await panel.$$eval('#files li', (items) => items.map((li) => li.textContent));
    assert.ok(files.length >= 2, files.join());
    for (const file of files) {
      assert.ok(file.startsWith(folder), `${file} is not in ${folder}`);
      assert.ok(existsSync(file), `${file} was not written`);
    }
    assert.equal(page.url(), `${env.server.origin}/pages/clutter.html`, 'saving leaves the tab on its page');
    await panel.close();
    await page.close();
  } finally {
    await env.browser.setPrefs({ saveFolder: '', formats: ['markdown'] });
    rmSync(folder, { recursive: true, force: true });
  }
});

test('"Summarize page" opens the reader view with its summary panel', { skip }, async () => {
  const page = await env.browser.openPage(`${env.server.origin}/pages/clutter.html`);
  await env.browser.clickMenuItem(page, { menuItemId: 'pagesift-summarize-page' });
  assert.equal(await env.browser.waitForReader(page), 'article');
  const reader = await env.browser.readerFrame(page);
  assert.equal(await reader.isVisible('#summary-panel'), true);
  await reader.waitForFunction(() => document.querySelectorAll('#summary-sentences li').length > 0
    || document.getElementById('summary-status').classList.contains('error'), null, { timeout: 60_000 });
  const summary = await reader.evaluate(() => ({
    error: document.getElementById('summary-status').classList.contains('error'),
    status: document.getElementById('summary-status').innerText,
    sentences: [...document.querySelectorAll('#summary-sentences li')].map((li) => li.textContent),
    article: document.getElementById('content').innerText,
  }));
  assert.equal(summary.error, false, summary.status);
  assert.ok(summary.sentences.length > 0, 'no summary sentences');
  const article = normalizeSpace(summary.article);
  for (const sentence of summary.sentences) assert.ok(article.includes(normalizeSpace(sentence)), `not from the article: ${sentence}`);
  await page.close();
});

test('"Summarize page" over a reader view already shown opens its summary panel there', { skip }, async () => {
  const page = await env.browser.openPage(`${env.server.origin}/pages/clutter.html`);
  await env.browser.clickToolbarButton(page);
  assert.equal(await env.browser.waitForReader(page), 'article');
  const reader = await env.browser.readerFrame(page);
  assert.equal(await reader.isVisible('#summary-panel'), false);
  assert.equal(await env.browser.clickMenuItem(page, { menuItemId: 'pagesift-summarize-page' }), null);
  await reader.waitForSelector('#summary-panel', { state: 'visible' });
  // The same reader view: not closed, not a second one.
  assert.equal(await page.evaluate(() => document.querySelectorAll('pagesift-reader').length), 1);
  assert.equal(await env.browser.readerFrame(page), reader);
  await page.close();
});

test('"Summarize selection" shows the selection\'s summary in a panel', { skip }, async () => {
  const page = await env.browser.openPage(`${env.server.origin}/pages/clutter.html`);
  const selection = await page.evaluate(() => {
    const range = document.createRange();
    const paragraphs = document.querySelectorAll('article p');
    range.setStartBefore(paragraphs[1]);
    range.setEndAfter(paragraphs[3]);
    getSelection().addRange(range);
    return getSelection().toString();
  });
  const panelOpened = env.browser.waitForExtensionPage('panel/panel.html');
  await env.browser.clickMenuItem(page, { menuItemId: 'pagesift-summarize-selection', selectionText: selection });
  const panel = await panelOpened;
  await panel.waitForSelector('#status[data-code]', { state: 'attached', timeout: 60_000 });
  assert.equal(await panel.textContent('#heading'), 'Summary');
  const code = await panel.getAttribute('#status', 'data-code');
  assert.equal(code, 'ok', await panel.textContent('#status'));
  const sentences = await panel.$$eval('#sentences li', (items) => items.map((li) => li.textContent));
  assert.ok(sentences.length > 0);
  for (const sentence of sentences) assert.ok(normalizeSpace(selection).includes(normalizeSpace(sentence)), sentence);
  await panel.close();
  await page.close();
});

test('"Summarize selection" with nothing selected says so', { skip }, async () => {
  const page = await env.browser.openPage(`${env.server.origin}/pages/clutter.html`);
  const panelOpened = env.browser.waitForExtensionPage('panel/panel.html');
  await env.browser.clickMenuItem(page, { menuItemId: 'pagesift-summarize-selection', selectionText: '  ' });
  const panel = await panelOpened;
  await panel.waitForSelector('#status[data-code]', { state: 'attached' });
  assert.match(await panel.textContent('#status-detail'), /Select some text first/);
  await panel.close();
  await page.close();
});

test('the options page\'s "test connection" shows the host\'s version and capabilities', { skip }, async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${EXTENSION_ORIGIN}/options/options.html`);
  await page.click('#test-connection');
  await page.waitForSelector('#host-facts', { timeout: 20_000 });
  const facts = await page.$$eval('#host-facts dd', (dds) => dds.map((dd) => dd.textContent));
  assert.match(facts[0], /^pagesift \d+\.\d+\.\d+$/);
  assert.equal(facts[1], '1');
  for (const capability of ['extract', 'summarize', 'save', 'library', 'cancel', 'ping']) {
    assert.ok(facts[2].split(', ').includes(capability), capability);
  }
  assert.equal(facts[3], '64 MB');
  // A changed option is stored at once.
  await page.selectOption('#theme', 'sepia');
  await page.waitForFunction(() => document.getElementById('saved').textContent === 'Saved.');
  assert.equal((await env.browser.inWorker(() => chrome.storage.sync.get('theme'))).theme, 'sepia');
  await env.browser.setPrefs({ theme: 'auto' });
  await page.close();
});
