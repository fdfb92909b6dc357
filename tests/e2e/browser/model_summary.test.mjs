// Summaries by a local language model, end to end: the options page refuses
// an address off this computer and tests a model; the reader's summary panel
// shows the model's text growing as the host streams it, falls back to the
// article's own sentences when the model is down, and Stop cancels the
// model's request. The model is a fake Ollama server on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXTENSION_ORIGIN } from '../lib/browser.mjs';
import { startFakeModelServer } from '../lib/fake_model_server.mjs';
import { NO_CHROMIUM, useBrowser } from '../lib/suite.mjs';

const env = useBrowser();
const skip = NO_CHROMIUM;

const TOKENS = ['The keepers ', 'are back ', 'at Skerry Point.'];
const MODEL_OFF = { modelEnabled: false, modelName: '', modelEndpoint: 'http://127.0.0.1:11434/api/chat' };

// The page's tab and the reader view over it (a frame), its summary panel open.
async function summarizePage() {
  const page = await env.browser.openPage(`${env.server.origin}/pages/clutter.html`);
  await env.browser.clickMenuItem(page, { menuItemId: 'pagesift-summarize-page' });
  assert.equal(await env.browser.waitForReader(page), 'article');
  return { page, reader: await env.browser.readerFrame(page) };
}

test('the options page refuses an address off this computer and tests a model', { skip }, async () => {
  const model = await startFakeModelServer({ tokens: ['Trams ', 'are coming.'] });
  const page = await env.browser.context.newPage();
  try {
    await page.goto(`${EXTENSION_ORIGIN}/options/options.html`);
    assert.equal(await page.isChecked('#modelEnabled'), false, 'the model is off by default');
    await page.fill('#modelEndpoint', 'http://192.168.1.20:11434/api/chat');
    await page.dispatchEvent('#modelEndpoint', 'change');
    await page.waitForSelector('#model-endpoint-problem:not([hidden])');
    assert.match(await page.textContent('#model-endpoint-problem'), /not this computer/);
    const stored = await env.browser.inWorker(() => chrome.storage.sync.get('modelEndpoint'));
    assert.notEqual(stored.modelEndpoint, 'http://192.168.1.20:11434/api/chat');
    await page.click('#test-model');
    assert.match(await page.textContent('#model-test'), /nothing was sent/);
    assert.equal(model.bodies.length, 0);

    // Each change is stored before the next (the page shows what it stored).
    await page.fill('#modelEndpoint', model.endpoint);
    await page.dispatchEvent('#modelEndpoint', 'change');
    await page.waitForFunction(() => document.getElementById('saved').textContent === 'Saved.');
    await page.waitForSelector('#model-endpoint-problem', { state: 'hidden' });
    await page.fill('#modelName', 'fake-model');
    await page.dispatchEvent('#modelName', 'change');
    for (let tries = 0; tries < 200; tries++) {
      if ((await env.browser.inWorker(() => chrome.storage.sync.get('modelName'))).modelName === 'fake-model') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page.click('#test-model');
    await page.waitForSelector('#model-test[data-outcome]', { timeout: 30_000 });
    assert.equal(await page.getAttribute('#model-test', 'data-outcome'), 'ok', await page.textContent('#model-test'));
    assert.match(await page.textContent('#model-test blockquote'), /^Trams are coming\.$/);
    assert.equal(JSON.parse(model.bodies[0]).model, 'fake-model');
    const prefs = await env.browser.inWorker(() => chrome.storage.sync.get(['modelEndpoint', 'modelName', 'modelEnabled']));
    assert.deepEqual(prefs, { modelEndpoint: model.endpoint, modelName: 'fake-model', modelEnabled: false });
  } finally {
    await env.browser.setPrefs(MODEL_OFF);
    await page.close();
    await model.close();
  }
});

test('the summary panel shows the model\'s text growing as it streams', { skip }, async () => {
  const model = await startFakeModelServer({ tokens: TOKENS, holdBeforeLast: true });
  await env.browser.setPrefs({ modelEnabled: true, modelEndpoint: model.endpoint, modelName: 'fake-model', modelTimeoutSeconds: 60 });
  try {
    const { page, reader } = await summarizePage();
    // The first tokens are shown while the last is held back by the server.
    await reader.waitForFunction(() => document.getElementById('model-summary-text').textContent === 'The keepers are back ',
      null, { timeout: 60_000 });
    assert.equal(await reader.getAttribute('#summary-panel', 'data-model'), 'writing');
    assert.equal(await reader.isVisible('#stop-model'), true);
    assert.equal(await reader.$$eval('#summary-sentences li', (items) => items.length), 0, 'no reply yet');
    model.release();
    await reader.waitForFunction(() => document.getElementById('summary-panel').dataset.model === 'done', null, { timeout: 60_000 });
    assert.equal(await reader.textContent('#model-summary-text'), TOKENS.join(''));
    assert.match(await reader.textContent('#model-summary-credit'), /fake-model, on this computer/);
    assert.equal(await reader.isVisible('#stop-model'), false);
    assert.ok(await reader.$$eval('#summary-sentences li', (items) => items.length) > 0, 'the article\'s sentences come beside');
    const sent = JSON.parse(model.bodies[0]);
    assert.match(sent.messages[1].content, /Skerry Point/);
    await page.close();
  } finally {
    await env.browser.setPrefs(MODEL_OFF);
    await model.close();
  }
});

test('Stop cancels the model\'s request and falls back to the article\'s sentences', { skip }, async () => {
  const model = await startFakeModelServer({ tokens: TOKENS, holdBeforeLast: true });
  await env.browser.setPrefs({ modelEnabled: true, modelEndpoint: model.endpoint, modelName: 'fake-model' });
  try {
    const { page, reader } = await summarizePage();
    await reader.waitForSelector('#stop-model', { state: 'visible', timeout: 60_000 });
    await reader.waitForFunction(() => document.getElementById('model-summary-text').textContent !== '', null, { timeout: 60_000 });
    await reader.click('#stop-model');
    await reader.waitForFunction(() => document.querySelectorAll('#summary-sentences li').length > 0, null, { timeout: 60_000 });
    assert.equal(await reader.isVisible('#model-summary'), false);
    const deadline = Date.now() + 10_000;
    while (model.abandoned === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(model.abandoned, 1, 'the host did not close its connection to the model');
    await page.close();
  } finally {
    await env.browser.setPrefs(MODEL_OFF);
    await model.close();
  }
});

test('a model that is down leaves the article\'s sentences and says why', { skip }, async () => {
  const model = await startFakeModelServer({ tokens: TOKENS });
  const endpoint = model.endpoint;
  await model.close();  // nothing listens there any more
  await env.browser.setPrefs({ modelEnabled: true, modelEndpoint: endpoint, modelName: 'fake-model' });
  try {
    const { page, reader } = await summarizePage();
    await reader.waitForFunction(() => document.getElementById('summary-panel').dataset.model === 'fallback', null, { timeout: 60_000 });
    assert.match(await reader.textContent('#summary-status'), /language model was not used: .*cannot connect/);
    assert.ok(await reader.$$eval('#summary-sentences li', (items) => items.length) > 0);
    assert.equal(await reader.isVisible('#model-summary'), false);
    await page.close();
  } finally {
    await env.browser.setPrefs(MODEL_OFF);
  }
});
