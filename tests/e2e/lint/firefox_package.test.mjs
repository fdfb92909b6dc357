// The Firefox package: built from the same sources with the Firefox manifest,
// and `web-ext lint` finds nothing in it (errors and warnings alike).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_DIR, EXTENSION_DIR } from '../lib/paths.mjs';

const require = createRequire(import.meta.url);

test('the Firefox package has the Firefox manifest and passes web-ext lint', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'pagesift-firefox-')), 'extension-firefox');
  try {
    execFileSync(process.execPath, [join(EXTENSION_DIR, 'tools', 'build-firefox.mjs'), out], { stdio: 'pipe' });
    const chromium = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const firefox = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    assert.equal(firefox.browser_specific_settings.gecko.id, 'reader@pagesift.org');
    assert.deepEqual(firefox.background, { scripts: [chromium.background.service_worker], type: 'module' });
    assert.equal(firefox.key, undefined);
    assert.deepEqual(firefox.permissions, chromium.permissions);
    assert.equal(firefox.content_security_policy.extension_pages, chromium.content_security_policy.extension_pages);
    assert.ok(!readdirSync(out).includes('tools'));

    const webExt = join(E2E_DIR, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
    const lint = spawnSync(process.execPath, [webExt, 'lint', '--source-dir', out, '--output', 'json', '--warnings-as-errors', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout);
    const problems = [...report.errors, ...report.warnings].map((p) => `${p.code}: ${p.message} (${p.file ?? ''})`);
    assert.deepEqual(problems, []);
    assert.equal(lint.status, 0, lint.stderr);
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
});

test('the pinned extension ID is derived from the manifest key', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const digest = require('node:crypto').createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex');
  const id = [...digest.slice(0, 32)].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
  assert.equal(readFileSync(join(EXTENSION_DIR, 'EXTENSION_ID.txt'), 'utf8').trim(), id);
});
