// Builds the Firefox package (build/extension-firefox/) from the same
// sources as the Chromium one. The differences are all in the manifest:
// Firefox runs the background as event-page scripts rather than a service
// worker, identifies the add-on by browser_specific_settings.gecko.id (the
// native host's allowed_extensions names it) and has no use for "key".
//
//   node extension/tools/build-firefox.mjs [output dir]
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const GECKO_ID = 'reader@pagesift.org';
// The current ESR: it has storage.session, scripting, MV3 background modules
// and reads data_collection_permissions (required of new add-ons).
const FIREFOX_MIN_VERSION = '140.0';
// Files of the source folder that are not part of the extension.
const NOT_SHIPPED = new Set(['tools', 'EXTENSION_ID.txt', 'README.md']);

const source = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(process.argv[2] ?? join(source, '..', 'build', 'extension-firefox'));

export function firefoxManifest(chromium) {
  const manifest = structuredClone(chromium);
  delete manifest.key;
  delete manifest.minimum_chrome_version;
  manifest.background = { scripts: [chromium.background.service_worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    // Android's Firefox reads data_collection_permissions from 142 on.
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}

rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
cpSync(source, output, {
  recursive: true,
  filter: (path) => {
    const relative = path.slice(source.length + 1).split(/[\\/]/)[0];
    return !NOT_SHIPPED.has(relative);
  },
});
const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8'));
writeFileSync(join(output, 'manifest.json'), `${JSON.stringify(firefoxManifest(manifest), null, 2)}\n`);
console.log(`build-firefox: wrote ${output}`);
