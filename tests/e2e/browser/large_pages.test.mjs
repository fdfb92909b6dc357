// Very large pages must not hang the browser: the reader view ends with the
// article or a clear message, and other tabs stay responsive meanwhile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_CHROMIUM, useBrowser } from '../lib/suite.mjs';

const env = useBrowser();
const skip = NO_CHROMIUM;
// Generous: these bound a hang, they do not measure speed (see tests/bench).
const PAGE_LOAD_MS = 180_000;
const READER_MS = 240_000;
const RESPONSIVE_MS = 15_000;

// Runs the reader view on `path` while checking that another tab answers.
async function readerOnLargePage(path) {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.origin}${path}`, { waitUntil: 'load', timeout: PAGE_LOAD_MS });
  await page.bringToFront();
  const other = await env.browser.context.newPage();
  await other.goto(`${env.server.origin}/pages/rtl.html`);

  await env.browser.clickToolbarButton(page);
  const outcome = env.browser.waitForReader(page, READER_MS);
  let settled = false;
  outcome.finally(() => { settled = true; }).catch(() => {});
  let probes = 0;
  while (!settled) {
    const started = Date.now();
    await other.evaluate(() => document.title, null, { timeout: RESPONSIVE_MS });
    assert.ok(Date.now() - started < RESPONSIVE_MS, 'another tab stopped answering');
    probes++;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await other.close();
  return { page, outcome: await outcome, probes };
}

test('a 30 MB page gets its reader view without hanging the browser', { skip, timeout: 600_000 }, async () => {
  const { page, outcome } = await readerOnLargePage('/generated/big.html');
  assert.equal(outcome, 'article');
  assert.equal(await page.textContent('#title'), 'A very long report from the harbour');
  const shown = await page.evaluate(() => ({
    paragraphs: document.querySelectorAll('#content p').length,
    truncated: !document.getElementById('truncated-note').hidden,
  }));
  assert.ok(shown.paragraphs > 1000, `${shown.paragraphs} paragraphs`);
  await page.close();
});

test('a page of 100,000 nodes gets its reader view without hanging the browser', { skip, timeout: 600_000 }, async () => {
  const { page, outcome } = await readerOnLargePage('/generated/many-nodes.html');
  assert.equal(outcome, 'article');
  assert.equal(await page.textContent('#title'), 'The tide table of the harbour');
  assert.match(await page.textContent('#content'), /Paragraph 1\. The harbour master counted the boats/);
  await page.close();
});
