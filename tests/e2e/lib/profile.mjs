// Throwaway browser profiles: a fresh --user-data-dir per run, with the built
// host registered in its NativeMessagingHosts folder (or deliberately not).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EXTENSION_DIR, HOST_BINARY, INSTALLER, REPO_ROOT } from './paths.mjs';

export const EXTENSION_ID = readFileSync(join(EXTENSION_DIR, 'EXTENSION_ID.txt'), 'utf8').trim();
const HOST_NAME = 'org.pagesift.host';

export function makeTempDir(label) {
  return mkdtempSync(join(tmpdir(), `pagesift-e2e-${label}-`));
}

// Registers the built host for a Chromium profile with the project's
// installer (in place, into the profile's own NativeMessagingHosts folder).
// Returns the manifest's path.
export function registerHost(userDataDir) {
  const folder = join(userDataDir, 'NativeMessagingHosts');
  mkdirSync(folder, { recursive: true });
  // The installer keeps its install record under HOME: give it a throwaway one.
  const home = makeTempDir('home');
  try {
    execFileSync('bash', [INSTALLER, '--user', '--browser', 'chromium', '--in-place',
      '--host-binary', HOST_BINARY, '--manifest-dir', folder, '--extension-id', EXTENSION_ID], {
      cwd: REPO_ROOT,
      env: { ...process.env, HOME: home, XDG_STATE_HOME: join(home, '.local', 'state'), XDG_DATA_HOME: join(home, '.local', 'share') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  const manifest = join(folder, `${HOST_NAME}.json`);
  if (!existsSync(manifest)) throw new Error(`the installer did not write ${manifest}`);
  return manifest;
}

// The extension as the tests load it: the repository's extension/ plus host
// access to the fixture server. A real user's click on the toolbar button or
// a menu item grants that access (activeTab); the tests call the same
// functions from the service worker, which grants nothing, so the test
// profile's copy is allowed the fixture origin up front. The key, and so the
// ID, are unchanged. extraPages ({path: html}): pages added to the copy,
// which web pages may load in frames (the benchmarks' blank page).
export function prepareExtension({ extraPages = {} } = {}) {
  const dir = join(makeTempDir('extension'), 'extension');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  for (const [path, html] of Object.entries(extraPages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
    manifest.web_accessible_resources.push({ resources: [path], matches: ['http://127.0.0.1/*'] });
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}
