import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PREFS, normalizePrefs, saveOptions } from '../../../extension/shared/prefs.js';

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
