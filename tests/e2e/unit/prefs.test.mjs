import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PREFS, checkModelEndpoint, modelRequest, normalizePrefs, saveOptions } from '../../../extension/shared/prefs.js';

test('missing or garbage storage gives the defaults', () => {
  for (const stored of [undefined, null, 'x', {}, { theme: 'neon', font: 42, fontSize: 'big', formats: 'all' }]) {
    assert.deepEqual(normalizePrefs(stored), { ...DEFAULT_PREFS, formats: [...DEFAULT_PREFS.formats] });
  }
});

test('valid values are kept and numbers clamped to their range', () => {
  const prefs = normalizePrefs({ theme: 'sepia', font: 'mono', width: 'wide', fontSize: 400, lineHeight: 0.2,
    summarySentences: 3.6, formats: ['json', 'bogus', 'markdown'], saveFolder: '  /tmp/notes ', readerableBadge: true, saveImages: true });
  assert.equal(prefs.theme, 'sepia');
  assert.equal(prefs.font, 'mono');
  assert.equal(prefs.width, 'wide');
  assert.equal(prefs.fontSize, 40);
  assert.equal(prefs.lineHeight, 1.1);
  assert.equal(prefs.summarySentences, 4);
  assert.deepEqual(prefs.formats, ['markdown', 'json']);
  assert.equal(prefs.saveFolder, '/tmp/notes');
  assert.equal(prefs.readerableBadge, true);
  assert.equal(prefs.saveImages, true);
  assert.equal(normalizePrefs({ saveImages: 'yes' }).saveImages, false);
});

test('save options name the folder only when one is set', () => {
  assert.deepEqual(saveOptions(normalizePrefs({})), { formats: ['markdown'], template: '{published:YYYY-MM-DD} {title}' });
  assert.equal(saveOptions(normalizePrefs({ saveFolder: '/srv/articles' })).folder, '/srv/articles');
});

test('the language model is off by default and sends nothing', () => {
  const prefs = normalizePrefs({});
  assert.equal(prefs.modelEnabled, false);
  assert.equal(modelRequest(prefs), null);
  assert.equal(modelRequest(normalizePrefs({ modelEnabled: true })), null, 'no model name, no request');
});

test('model endpoints on this computer are accepted', () => {
  for (const url of ['http://127.0.0.1:11434/api/chat', 'http://localhost:8080/v1/chat/completions',
    'http://[::1]:8080/v1/chat/completions', 'http://127.3.2.1/api/chat', 'http://127.0.0.1']) {
    assert.equal(checkModelEndpoint(url), '', url);
  }
});

test('model endpoints off this computer are refused, saying why', () => {
  for (const url of ['http://192.168.1.2:11434/api/chat', 'http://example.com/api/chat', 'http://127.0.0.1.nip.io/',
    'http://localhost.example.com/', 'http://[::2]/', 'http://10.0.0.1/', 'http://2130706433/', 'http://127.1/']) {
    assert.match(checkModelEndpoint(url), /not this computer/, url);
  }
  assert.match(checkModelEndpoint('https://127.0.0.1/api/chat'), /http:\/\//);
  assert.match(checkModelEndpoint('http://user@127.0.0.1/'), /User names/);
  assert.match(checkModelEndpoint('http://127.0.0.1:70000/'), /port/);
  assert.match(checkModelEndpoint('  '), /address/);
});

test('a stored endpoint off this computer is never kept, and the request carries valid settings', () => {
  assert.equal(normalizePrefs({ modelEndpoint: 'http://203.0.113.9:11434/api/chat' }).modelEndpoint, DEFAULT_PREFS.modelEndpoint);
  const prefs = normalizePrefs({ modelEnabled: true, modelEndpoint: ' http://127.0.0.1:8080/v1/chat/completions ',
    modelFormat: 'openai', modelName: ' qwen2.5 ', modelTimeoutSeconds: 9999 });
  assert.deepEqual(modelRequest(prefs), { endpoint: 'http://127.0.0.1:8080/v1/chat/completions', format: 'openai',
    name: 'qwen2.5', timeoutMs: 600_000 });
  assert.equal(normalizePrefs({ modelFormat: 'gemini' }).modelFormat, 'ollama');
  assert.equal(normalizePrefs({ modelName: 'bad\nname' }).modelName, '');
});
