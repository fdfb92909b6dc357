// Saving an article with its images: the extension fetches the images the
// page loaded, the host keeps the raster ones beside the article and links
// them, and the saved page shows them offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixturePng } from '../lib/fixture_image.mjs';
import { NO_CHROMIUM, useBrowser } from '../lib/suite.mjs';

const env = useBrowser();
const skip = NO_CHROMIUM;

async function saveFromMenu(page) {
  const panelOpened = env.browser.waitForExtensionPage('panel/panel.html');
  await env.browser.clickMenuItem(page, { menuItemId: 'pagesift-save' });
  const panel = await panelOpened;
  await panel.waitForSelector('#status[data-code]', { state: 'attached', timeout: 60_000 });
  return panel;
}

test('"Save article" keeps the article\'s images beside it and links them', { skip }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'pagesift-e2e-images-'));
  await env.browser.setPrefs({ saveFolder: folder, formats: ['markdown', 'html', 'json'], saveImages: true,
    filenameTemplate: '{title}' });
  try {
    const page = await env.browser.openPage(`${env.server.origin}/pages/pictures.html`);
    const panel = await saveFromMenu(page);
    assert.equal(await panel.getAttribute('#status', 'data-code'), 'ok', await panel.textContent('#status'));
    assert.equal(await panel.textContent('#status-detail'), '2 of 3 images kept beside it.');
    const files = await panel.$$eval('#files li', (items) => items.map((li) => li.textContent));
    const name = 'Harbour lights in pictures';
    assert.deepEqual(files, ['md', 'html', 'json', 'images'].map((ext) => join(folder, `${name}.${ext}`)));

    // The PNGs as served, under numbered names; the SVG nowhere.
    const images = join(folder, `${name}.images`);
    assert.deepEqual(readdirSync(images).sort(), ['001.png', '002.png']);
    for (const file of ['001.png', '002.png']) assert.deepEqual(readFileSync(join(images, file)), fixturePng());

    const link = 'Harbour%20lights%20in%20pictures.images';
    const markdown = readFileSync(files[0], 'utf8');
    assert.match(markdown, new RegExp(`!\\[The tower at dusk\\]\\(${link}/001\\.png\\)`));
    assert.match(markdown, new RegExp(`!\\[The breakwater\\]\\(${link}/002\\.png\\)`));
    assert.ok(markdown.includes(`](${env.server.origin}/svg/chart.svg)`), markdown);
    const json = JSON.parse(readFileSync(files[2], 'utf8'));
    assert.deepEqual(json.savedImages.map((image) => image.file), [`${name}.images/001.png`, `${name}.images/002.png`]);

    // The saved page, opened from disk, shows the stored copies.
    const saved = await env.browser.context.newPage();
    await saved.goto(pathToFileURL(files[1]).href);
    await saved.waitForLoadState('load');
    const shown = await saved.$$eval('article img', (imgs) => imgs.map((img) => ({
      src: img.getAttribute('src'), width: img.naturalWidth,
    })));
    assert.deepEqual(shown.slice(0, 2), [{ src: `${link}/001.png`, width: 320 }, { src: `${link}/002.png`, width: 320 }]);
    await saved.close();
    await panel.close();

    // Deleting the article through the host removes its images too.
    const deleted = await env.browser.inWorker(async (f) => {
      const { articles } = await globalThis.pagesift.host.request('library', { action: 'list', folder: f });
      return globalThis.pagesift.host.request('library', { action: 'delete', articleId: articles[0].id, folder: f });
    }, folder);
    assert.ok(deleted.deleted > 0);
    assert.equal(existsSync(images), false);
    await page.close();
  } finally {
    await env.browser.setPrefs({ saveFolder: '', formats: ['markdown'], saveImages: false, filenameTemplate: '{published:YYYY-MM-DD} {title}' });
    rmSync(folder, { recursive: true, force: true });
  }
});

test('with the option off, images keep their web links', { skip }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'pagesift-e2e-noimages-'));
  await env.browser.setPrefs({ saveFolder: folder, formats: ['markdown'], saveImages: false });
  try {
    const page = await env.browser.openPage(`${env.server.origin}/pages/pictures.html`);
    const panel = await saveFromMenu(page);
    assert.equal(await panel.getAttribute('#status', 'data-code'), 'ok', await panel.textContent('#status'));
    const files = await panel.$$eval('#files li', (items) => items.map((li) => li.textContent));
    assert.equal(files.length, 1);
    const markdown = readFileSync(files[0], 'utf8');
    assert.ok(markdown.includes(`](${env.server.origin}/img/tower%20at%20dusk.png)`), markdown);
    assert.deepEqual(readdirSync(folder).filter((f) => !f.startsWith('.')), [files[0].slice(folder.length + 1)]);
    await panel.close();
    await page.close();
  } finally {
    await env.browser.setPrefs({ saveFolder: '', formats: ['markdown'] });
    rmSync(folder, { recursive: true, force: true });
  }
});
