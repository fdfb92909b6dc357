// reader.html names every module of the reader view for preloading: a module
// missing from the list still works, but is fetched a level late, which the
// reader view's time to its first paint pays for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { EXTENSION_DIR } from '../lib/paths.mjs';

const READER_DIR = join(EXTENSION_DIR, 'reader');

// The files reader.js imports, directly or not, relative to reader/.
function importClosure(entry) {
  const seen = new Set();
  const pending = [join(READER_DIR, entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)) {
      pending.push(join(dirname(file), specifier));
    }
  }
  seen.delete(join(READER_DIR, entry));
  return [...seen].map((file) => relative(READER_DIR, file)).sort();
}

test('reader.html preloads exactly the modules reader.js imports', () => {
  const html = readFileSync(join(READER_DIR, 'reader.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]).sort();
  const imported = importClosure('reader.js');
  assert.ok(imported.length >= 5, imported.join(', '));
  assert.deepEqual(preloaded, imported);
});
