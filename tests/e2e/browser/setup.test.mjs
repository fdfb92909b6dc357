// A browser profile without the host: the user is told what is wrong and the
// exact command that fixes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXTENSION_ORIGIN } from '../lib/browser.mjs';
import { EXTENSION_ID } from '../lib/profile.mjs';
import { NO_CHROMIUM, useBrowser } from '../lib/suite.mjs';

const env = useBrowser({ withHost: false });
const skip = NO_CHROMIUM;

test('a missing host shows the setup page with the install command', { skip }, async () => {
  const page = await env.browser.openPage(`${env.server.origin}/pages/clutter.html`);
  const setupOpened = env.browser.waitForExtensionPage('setup/setup.html');
  await env.browser.clickToolbarButton(page);
  assert.equal(await env.browser.waitForReader(page), 'host_missing');
  assert.equal(await (await env.browser.readerFrame(page)).textContent('#status-title'), 'The pagesift host is not installed.');

  const setup = await setupOpened;
  await setup.waitForSelector('#problem[data-code]');
  assert.equal(await setup.getAttribute('#problem', 'data-code'), 'host_missing');
  assert.equal(await setup.textContent('#problem-title'), 'The pagesift host is not installed.');
  assert.match(await setup.textContent('#problem-detail'), /Specified native messaging host not found/);
  assert.equal(await setup.textContent('#install-command'), 'installer/install.sh --user');
  assert.equal(await setup.textContent('#extension-id'), EXTENSION_ID);
  assert.equal(await setup.textContent('#allowed-origin'), `"allowed_origins": ["${EXTENSION_ORIGIN}/"]`);

  // "Check again" asks the host again and still finds none.
  await setup.click('#check-again');
  await setup.waitForFunction(() => document.getElementById('check-result').textContent.startsWith('Still not working'));
  await setup.close();
  await page.close();
});

test('the options page\'s connection test explains a missing host', { skip }, async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${EXTENSION_ORIGIN}/options/options.html`);
  await page.click('#test-connection');
  await page.waitForSelector('#connection .error');
  assert.equal(await page.textContent('#connection .error'), 'The pagesift host is not installed.');
  assert.match(await page.textContent('#connection'), /installer\/install\.sh --user/);
  await page.close();
});
