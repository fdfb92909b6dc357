// Page capture: what the content script marks, that the page is left exactly
// as it was, and the pages it must refuse with a clear message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_CHROMIUM, useBrowser } from '../lib/suite.mjs';

const env = useBrowser({ withHost: false });

// The page's whole state as markup, shadow trees included.
function pageState(page) {
  return page.evaluate(() => {
    const shadows = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot.innerHTML);
    return { html: document.documentElement.outerHTML, shadows };
  });
}

test('capture marks hidden elements, current image sources and shadow trees, then leaves the page as it was', { skip: NO_CHROMIUM }, async () => {
  const page = await env.browser.openPage(`${env.server.origin}/pages/capture.html`);
  const before = await pageState(page);
  const capture = await env.browser.capture(page);
  const after = await pageState(page);
  assert.deepEqual(after, before, 'the page changed');

  const { html } = capture;
  assert.equal(capture.url, `${env.server.origin}/pages/capture.html`);
  assert.equal(capture.title, 'Capture fixture');
  assert.match(html, /<div class="promo-hidden" data-pagesift-hidden="1">PROMO/);
  assert.match(html, /<p class="ghost" data-pagesift-hidden="1">GHOST/);
  // Only the outermost hidden element is marked.
  assert.match(html, /<span>INSIDE HIDDEN<\/span>/);
  // Its own value, not the page's, while captured; the page's value is back afterwards.
  assert.match(html, /id="spoof" class="promo-hidden" data-pagesift-hidden="1"/);
  assert.match(after.html, /data-pagesift-hidden="set by the page"/);
  // A visible element is not marked.
  assert.match(html, /<p id="visible">Visible/);
  // The <picture> chose its <source>: the image's current source is recorded.
  assert.match(html, new RegExp(`<img id="chosen" src="/img/fallback.png" alt="chosen" data-pagesift-src="${env.server.origin}/img/chosen.png">`));
  // An image showing its own src needs no mark.
  assert.match(html, /<img id="plain" src="\/img\/plain.png" alt="plain">/);
  // The open shadow tree, with the nested one inside it, and its hidden span marked.
  const outer = html.match(/<outer-card><template data-pagesift-shadow="open">(.*?)<\/template><\/outer-card>/s);
  assert.ok(outer, 'no copy of the outer shadow tree');
  assert.match(outer[1], /^<p>Outer shadow text<\/p><inner-note><template data-pagesift-shadow="open"><p>Inner shadow text <span[^>]*>SHADOW HIDDEN<\/span><\/p><\/template><\/inner-note>$/);
  assert.match(outer[1], /<span[^>]* data-pagesift-hidden="1"[^>]*>SHADOW HIDDEN/);
  assert.equal(capture.stats.shadowRoots, 2);
  // Script sources the host reads are kept; the others are left out of the
  // copy (the elements stay), put back in the page and not run again.
  assert.match(html, /<script type="application\/ld\+json">\{"@type": "Article", "headline": "Capture fixture"\}<\/script>/);
  assert.match(html, /<script type="math\/tex">x\^2 \+ y\^2<\/script>/);
  assert.match(html, /<script type="text\/x-template"><\/script>/);
  assert.doesNotMatch(html, /TEMPLATE SOURCE|COUNTER SOURCE|customElements\.define/);
  assert.equal((html.match(/<script\b/g) ?? []).length, 5);
  assert.equal(capture.stats.scriptSources, 3);
  assert.equal(await page.evaluate(() => window.captureFixtureRuns), 1);
  assert.equal(capture.stats.complete, true);
  assert.equal(capture.selection, '');
  await page.close();
});

test('capture sends the current selection', { skip: NO_CHROMIUM }, async () => {
  const page = await env.browser.openPage(`${env.server.origin}/pages/capture.html`);
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('visible'));
    getSelection().addRange(range);
  });
  const capture = await env.browser.capture(page);
  assert.equal(capture.selection, 'Visible paragraph.');
  await page.close();
});

test('the browser\'s own pages get a clear message instead of a failure', { skip: NO_CHROMIUM }, async () => {
  const page = await env.browser.context.newPage();
  await page.goto('chrome://version');
  await page.bringToFront();
  const panelOpened = env.browser.waitForExtensionPage('panel/panel.html');
  await env.browser.clickToolbarButton(page);
  const panel = await panelOpened;
  await panel.waitForSelector('#status[data-code]');
  assert.equal(await panel.getAttribute('#status', 'data-code'), 'capture_forbidden');
  assert.equal(await panel.textContent('#status-title'), 'pagesift cannot read this page.');
  assert.match(await panel.textContent('#status-detail'), /does not let extensions read this page/);
  assert.equal(page.url(), 'chrome://version/', 'the tab must stay where it was');
  await panel.close();
  await page.close();
});

test('a page over the host\'s 64 MiB input cap is refused with its size', { skip: NO_CHROMIUM }, async () => {
  const page = await env.browser.openPage(`${env.server.origin}/generated/too-large.html`);
  await env.browser.clickToolbarButton(page);
  assert.equal(await env.browser.waitForReader(page), 'input_too_large');
  const reader = await env.browser.readerFrame(page);
  assert.equal(await reader.textContent('#status-title'), 'This page is too large for pagesift.');
  assert.match(await reader.textContent('#status-detail'), /This page is 6\d\.\d MB once serialised for the host; pagesift reads pages up to 64\.0 MB\./);
  assert.equal(page.url(), `${env.server.origin}/generated/too-large.html`);
  await page.close();
});

test('with the readerable badge turned on, article pages get the badge and others do not', { skip: NO_CHROMIUM }, async () => {
  // The test profile already has access to the fixture origin, which a user
  // grants when turning the option on.
  await env.browser.setPrefs({ readerableBadge: true });
  try {
    const badgeOf = async (page) => {
      const tab = await env.browser.tabFor(page.url());
      for (let i = 0; i < 100; i++) {
        const text = await env.browser.inWorker((id) => chrome.action.getBadgeText({ tabId: id }), tab.id);
        if (text !== '' || i === 99) return text;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return '';
    };
    const article = await env.browser.openPage(`${env.server.origin}/pages/clutter.html`);
    assert.equal(await badgeOf(article), 'R');
    const notArticle = await env.browser.openPage(`${env.server.origin}/pages/capture.html`);
    await notArticle.waitForTimeout(1000);
    assert.equal(await badgeOf(notArticle), '');
    await article.close();
    await notArticle.close();
  } finally {
    await env.browser.setPrefs({ readerableBadge: false });
  }
});
