// The reader view: what it shows, that nothing in it runs, its layout for
// right-to-left pages, its settings, and screenshots in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactPath } from '../lib/browser.mjs';
import { SAMPLE_DIR } from '../lib/paths.mjs';
import { normalizeSpace, readerState } from '../lib/reader_page.mjs';
import { NO_CHROMIUM, useBrowser } from '../lib/suite.mjs';

const env = useBrowser();
const skip = NO_CHROMIUM;

// The page at `path` (its tab) and the reader view shown over it (a frame).
async function openReader(path) {
  const page = await env.browser.openPage(`${env.server.origin}${path}`);
  await env.browser.clickToolbarButton(page);
  const outcome = await env.browser.waitForReader(page);
  assert.equal(outcome, 'article', `the reader view showed the error ${outcome}`);
  return { page, reader: await env.browser.readerFrame(page) };
}

test('reader view shows the article and not the clutter', { skip }, async () => {
  const { page, reader } = await openReader('/pages/clutter.html');
  const state = await readerState(reader);
  assert.equal(state.title, 'Lighthouse keepers return to Skerry Point');
  assert.equal(state.siteName, 'The Coastal Gazette');
  assert.match(state.byline, /Maren Holt/);
  assert.match(state.readingTime, /^\d+ min read$/);
  const text = normalizeSpace(state.contentText);
  for (const expected of [
    'For the first time in forty years, the lamp at Skerry Point is tended by people rather than by a timer.',
    'Salt got into the automatic controls three times',
    'Ingrid Sollund, the elder of the two keepers',
    'The harbour board will review the arrangement in the autumn.',
    'The tower at Skerry Point at dusk.',
  ]) assert.ok(text.includes(expected), `missing: ${expected}`);
  for (const clutter of ['Accept all cookies', 'ADVERTISEMENT', 'Most read', 'You may also like', 'Post comment',
    'All rights reserved', 'Subscribe today', 'Privacy policy', 'PROMO HIDDEN BY STYLESHEET', 'GHOST TEXT HIDDEN']) {
    assert.ok(!text.includes(clutter), `clutter shown: ${clutter}`);
  }
  // Images and links point at the page's site, links open in a new tab.
  const media = await reader.evaluate(() => ({
    images: [...document.querySelectorAll('#content img')].map((i) => i.getAttribute('src')),
    links: [...document.querySelectorAll('#content a[href]')].map((a) => [a.href, a.target, a.rel]),
  }));
  assert.ok(media.images.length >= 1);
  for (const src of media.images) assert.ok(src.startsWith(env.server.origin), src);
  for (const [href, target, rel] of media.links) {
    if (href.includes('#')) continue;
    assert.equal(target, '_blank');
    assert.equal(rel, 'noopener noreferrer');
  }
  await reader.evaluate(() => document.querySelector('#content figure').scrollIntoView());
  await page.screenshot({ path: artifactPath('reader-figure.png') });
  await page.close();
});

test('text inside open shadow roots reaches the reader view', { skip }, async () => {
  const { page, reader } = await openReader('/pages/clutter.html');
  try {
    const text = normalizeSpace((await readerState(reader)).contentText);
    assert.ok(text.includes('A light is a promise to people you will never meet'));
    assert.ok(!text.includes('SHADOW HIDDEN'));
  } finally {
    await page.close();
  }
});

test('the sample page\'s reader view matches its golden text', { skip }, async () => {
  const golden = JSON.parse(readFileSync(join(SAMPLE_DIR, 'golden.json'), 'utf8'));
  const { page, reader } = await openReader('/sample/article.html');
  const state = await readerState(reader);
  assert.equal(state.title, golden.title);
  assert.equal(state.byline, golden.byline);
  assert.equal(state.siteName, golden.siteName);
  assert.equal(state.lang, golden.lang);
  assert.equal(state.published, golden.publishedTime);
  const text = normalizeSpace(state.contentText);
  const paragraphs = state.paragraphs.map(normalizeSpace);
  const headings = state.headings.map(normalizeSpace);
  for (const paragraph of golden.paragraphs) {
    const expected = normalizeSpace(paragraph);
    assert.ok(paragraphs.includes(expected) || headings.includes(expected), `paragraph missing or altered: ${expected}`);
  }
  for (const subheading of golden.subheadings) assert.ok(headings.includes(normalizeSpace(subheading)), `subheading: ${subheading}`);
  // Reading order: each golden paragraph after the one before it.
  let from = 0;
  for (const paragraph of golden.paragraphs) {
    const at = text.indexOf(normalizeSpace(paragraph), from);
    assert.ok(at >= from, `out of order: ${paragraph}`);
    from = at;
  }
  assert.ok(state.captions.map(normalizeSpace).includes(normalizeSpace(golden.caption)), 'caption');
  for (const clutter of golden.clutter) assert.ok(!text.includes(normalizeSpace(clutter)), `clutter shown: ${clutter}`);
  await page.close();
});

test('right-to-left pages are laid out right to left', { skip }, async () => {
  const { page, reader } = await openReader('/pages/rtl.html');
  const state = await readerState(reader);
  assert.equal(state.dir, 'rtl');
  assert.equal(state.lang, 'ar');
  assert.equal(state.title, 'عودة حراس المنارة إلى الرأس الصخري');
  const layout = await reader.evaluate(() => {
    const p = document.querySelector('#content p');
    const box = p.getBoundingClientRect();
    return { direction: getComputedStyle(p).direction, align: getComputedStyle(p).textAlign, left: box.left, right: box.right };
  });
  assert.equal(layout.direction, 'rtl');
  await page.screenshot({ path: artifactPath('reader-rtl.png') });
  await page.close();
});

test('nothing from the page runs in the reader view', { skip }, async () => {
  const { page, reader } = await openReader('/pages/hostile.html');
  const found = await reader.evaluate(() => {
    const content = document.getElementById('content');
    const all = [...content.querySelectorAll('*')];
    return {
      pwned: window.pwned ?? null,
      pagescript: window.pagescript ?? null,
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      styles: all.filter((e) => e.hasAttribute('style')).length,
      scriptLinks: all.filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? '')).length,
      active: content.querySelectorAll('script, iframe, svg, object, embed, form, style').length,
      math: content.querySelectorAll('math msup').length,
      text: content.innerText,
    };
  });
  await page.waitForTimeout(500);  // give a broken image's onerror its chance
  assert.equal(await reader.evaluate(() => window.pwned ?? null), null);
  assert.deepEqual({ ...found, math: undefined, text: undefined },
    { pwned: null, pagescript: null, handlers: [], styles: 0, scriptLinks: 0, active: 0, math: undefined, text: undefined });
  assert.match(found.text, /A paragraph with a click handler/);
  await page.close();
});

test('the reader\'s own sanitizer keeps text, drops active content, even if the host let it through', { skip }, async () => {
  const { page, reader } = await openReader('/pages/clutter.html');
  const result = await reader.evaluate(async (origin) => {
    const { sanitizeArticle } = await import('./sanitize.js');
    const evil = `<p id="content" onclick="window.pwned=1">Kept <b>bold</b> <a href="javascript:window.pwned=2">bad link</a>
      <a href="/relative">relative</a> <a href="#note">anchor</a></p>
      <img src="x" onerror="window.pwned=3"><img src="data:text/html,<script>1</script>">
      <script>window.pwned=4</script><style>body{display:none}</style>
      <svg onload="window.pwned=5"><circle/></svg><iframe srcdoc="<script>parent.pwned=6</script>"></iframe>
      <form action="https://evil.example/"><input value="x"></form><object data="x.swf"></object>
      <math><mi href="javascript:alert(1)">x</mi><annotation-xml encoding="text/html"><img src=x onerror="window.pwned=7"></annotation-xml></math>
      <div style="position:fixed;inset:0">overlay text</div><custom-el data-x="1">custom text</custom-el>
      <table><tr><td colspan="2" onmouseover="x()">cell</td></tr></table>`;
    const { fragment } = sanitizeArticle(evil, document, { baseUrl: `${origin}/story/1` });
    const box = document.createElement('div');
    box.append(fragment);
    return {
      html: box.innerHTML,
      pwned: window.pwned ?? null,
    };
  }, env.server.origin);
  await page.waitForTimeout(300);
  assert.equal(await reader.evaluate(() => window.pwned ?? null), null);
  const { html } = result;
  for (const bad of ['onclick', 'onerror', 'onload', 'onmouseover', 'javascript:', '<script', '<style', '<svg', '<iframe',
    '<form', '<input', '<object', 'style=', 'annotation-xml', 'data:text/html']) {
    assert.ok(!html.includes(bad), `kept ${bad}: ${html}`);
  }
  assert.match(html, /<p id="article-content">Kept <b>bold<\/b> <a>bad link<\/a>/);
  assert.ok(html.includes(`<a href="${env.server.origin}/relative" target="_blank" rel="noopener noreferrer">relative</a>`), html);
  assert.match(html, /<a href="#article-note">anchor<\/a>/);
  assert.match(html, /<div>overlay text<\/div>custom text/);
  assert.match(html, /<td colspan="2">cell<\/td>/);
  assert.match(html, /<math><mi>x<\/mi><\/math>/);
  await page.close();
});

test('settings apply at once, persist, and the screenshots in light and dark look right', { skip }, async () => {
  await env.browser.setPrefs({ theme: 'light', font: 'serif', fontSize: 20, width: 'medium' });
  const { page, reader } = await openReader('/sample/article.html');
  await page.screenshot({ path: artifactPath('reader-light.png') });
  const light = await reader.evaluate(() => getComputedStyle(document.body).backgroundColor);

  // Through the page's own controls: the settings popover.
  await reader.click('#toggle-settings');
  await reader.click('#settings [data-pref="theme"] button[data-value="dark"]');
  await reader.click('#settings [data-pref="font"] button[data-value="sans"]');
  await reader.click('#settings button[data-step="fontSize"][data-delta="1"]');
  const dark = await reader.evaluate(() => ({
    theme: document.body.dataset.theme,
    background: getComputedStyle(document.body).backgroundColor,
    font: getComputedStyle(document.getElementById('article')).fontFamily,
    size: getComputedStyle(document.getElementById('article')).fontSize,
  }));
  assert.equal(dark.theme, 'dark');
  assert.notEqual(dark.background, light);
  assert.match(dark.font, /system-ui|sans/);
  assert.equal(dark.size, '21px');
  const stored = await env.browser.inWorker(() => chrome.storage.sync.get(null));
  assert.equal(stored.theme, 'dark');
  assert.equal(stored.font, 'sans');
  assert.equal(stored.fontSize, 21);
  await reader.click('#toggle-settings');
  await page.screenshot({ path: artifactPath('reader-dark.png') });

  // A change made elsewhere (the options page, another reader view) applies instantly here.
  const columnWidth = () => reader.evaluate(() => document.getElementById('reader').getBoundingClientRect().width);
  const mediumWidth = await columnWidth();
  await env.browser.setPrefs({ theme: 'sepia', width: 'narrow', font: 'serif', fontSize: 20 });
  await reader.waitForFunction(() => document.body.dataset.theme === 'sepia');
  assert.equal(await reader.evaluate(() => getComputedStyle(document.body).getPropertyValue('--reader-width').trim()), '29em');
  assert.equal(await columnWidth(), 29 * 20);
  assert.ok(mediumWidth > 29 * 20, `medium ${mediumWidth}`);
  await page.screenshot({ path: artifactPath('reader-sepia.png') });
  await env.browser.setPrefs({ theme: 'light', width: 'medium' });
  await page.close();
});

test('print styles show the article alone', { skip }, async () => {
  const { page, reader } = await openReader('/pages/clutter.html');
  await page.emulateMedia({ media: 'print' });
  const hidden = await reader.evaluate(() => ['.toolbar', '#summary-panel', '#status']
    .map((s) => getComputedStyle(document.querySelector(s)).display));
  assert.deepEqual(hidden, ['none', 'none', 'none']);
  await page.emulateMedia({ media: 'screen' });
  // The browser's own Print prints the page under the frame: the view's
  // Print button prints the view.
  await reader.evaluate(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
  await reader.click('#print-article');
  assert.equal(await reader.getAttribute('body', 'data-printed'), 'yes');
  await page.close();
});

test('the reader view is a frame over the page that the page cannot reach; the button and "Page" take it away', { skip }, async () => {
  const url = `${env.server.origin}/pages/clutter.html`;
  const { page } = await openReader('/pages/clutter.html');
  try {
    assert.equal(page.url(), url, 'the tab stays on its page');
    const fromPage = await page.evaluate(() => {
      const holder = document.querySelector('pagesift-reader');
      let frameDocument = 'unreadable';
      try {
        frameDocument = window.frames[window.frames.length - 1].document.title;
      } catch { /* cross-origin, as it must be */ }
      return { holder: Boolean(holder), shadowRoot: holder?.shadowRoot ?? null, frames: holder?.querySelectorAll('iframe').length, frameDocument };
    });
    assert.deepEqual(fromPage, { holder: true, shadowRoot: null, frames: 0, frameDocument: 'unreadable' });
    // The frame covers the page and has the keyboard.
    const cover = await page.evaluate(() => {
      const box = document.querySelector('pagesift-reader').getBoundingClientRect();
      const viewport = document.documentElement;
      return [box.x, box.y, box.width - viewport.clientWidth, box.height - viewport.clientHeight];
    });
    assert.deepEqual(cover, [0, 0, 0, 0]);
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'pagesift-reader');

    // The toolbar button takes it away, and leaves the page as it was.
    await env.browser.clickToolbarButton(page);
    assert.equal(await page.evaluate(() => document.querySelector('pagesift-reader')), null);
    for (let i = 0; i < 100 && env.browser.hasReader(page); i++) await page.waitForTimeout(50);
    assert.equal(env.browser.hasReader(page), false, 'the reader frame is still attached');
    assert.equal(page.url(), url);

    // Opened again, its own "Page" button takes it away too.
    await env.browser.clickToolbarButton(page);
    assert.equal(await env.browser.waitForReader(page), 'article');
    await (await env.browser.readerFrame(page)).click('#close-reader');
    await page.waitForFunction(() => document.querySelector('pagesift-reader') === null);
    assert.equal(page.url(), url);
  } finally {
    await page.close();
  }
});

test('read aloud walks the article sentence by sentence', { skip }, async () => {
  const { page, reader } = await openReader('/pages/clutter.html');
  const sentences = await reader.evaluate(async () => {
    const { collectSentences } = await import('./speech.js');
    return collectSentences(document.getElementById('content'), 'en').map((s) => s.range.toString());
  });
  assert.ok(sentences.includes('For the first time in forty years, the lamp at Skerry Point is tended by people rather than by a timer.'), sentences.join('\n'));
  assert.ok(sentences.length >= 8);
  await reader.click('#toggle-speech');
  assert.equal(await reader.isVisible('#speech-bar'), true);
  await page.close();
});
