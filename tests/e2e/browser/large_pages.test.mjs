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

// The host may give up on a huge page (its deadline, its limits): then the
// reader view must say so plainly, and that is not a hang.
const CLEAR_ENDINGS = {
  timeout: 'The pagesift host took too long.',
  too_complex: 'This page is too complex for pagesift.',
  input_too_large: 'This page is too large for pagesift.',
};

async function assertArticleOrClearEnding(reader, outcome, title) {
  if (outcome === 'article') {
    assert.equal(await reader.textContent('#title'), title);
    return true;
  }
  assert.ok(outcome in CLEAR_ENDINGS, `the reader view ended with ${outcome}`);
  assert.equal(await reader.textContent('#status-title'), CLEAR_ENDINGS[outcome]);
  assert.equal(await reader.textContent('#status button'), 'Back to the page');
  return false;
}

test('a 30 MB page gets its reader view without hanging the browser', { skip, timeout: 600_000 }, async () => {
  const { page, outcome } = await readerOnLargePage('/generated/big.html');
  const reader = await env.browser.readerFrame(page);
  if (await assertArticleOrClearEnding(reader, outcome, 'A very long report from the harbour')) {
    const paragraphs = await reader.evaluate(() => document.querySelectorAll('#content p').length);
    assert.ok(paragraphs > 1000, `${paragraphs} paragraphs`);
  }
  await page.close();
});

test('a page of 100,000 nodes gets its reader view without hanging the browser', { skip, timeout: 600_000 }, async () => {
  const { page, outcome } = await readerOnLargePage('/generated/many-nodes.html');
  const reader = await env.browser.readerFrame(page);
  if (await assertArticleOrClearEnding(reader, outcome, 'The tide table of the harbour')) {
    assert.match(await reader.textContent('#content'), /Paragraph 1\. Fishermen tied their nets to the old iron rings/);
  }
  await page.close();
});

test('leaving the reader view before the article arrives cancels the host\'s work', { skip, timeout: 600_000 }, async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.origin}/generated/big.html`, { waitUntil: 'load', timeout: PAGE_LOAD_MS });
  await page.bringToFront();
  const jobId = await env.browser.clickToolbarButton(page);
  assert.match(jobId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  const reader = await env.browser.readerFrame(page);
  await reader.waitForSelector('#close-reader');
  await reader.evaluate(() => document.getElementById('close-reader').click());
  await page.waitForFunction(() => document.querySelector('pagesift-reader') === null, null, { timeout: PAGE_LOAD_MS });
  const job = await env.browser.inWorker(async (id) => {
    for (let i = 0; i < 600; i++) {
      const j = globalThis.pagesift.jobs.get(id);
      if (j && j.status !== 'running') return { status: j.status, error: j.error };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { status: 'still running' };
  }, jobId);
  // Cancelled while the page was captured or while the host worked on it.
  assert.equal(job.status, 'failed');
  assert.equal(job.error?.code, 'cancelled', JSON.stringify(job.error));
  await page.close();
});
