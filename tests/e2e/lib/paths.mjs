// Where things are: the repository, the build tree, the host binary.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(E2E_DIR, '..', '..');
export const EXTENSION_DIR = join(REPO_ROOT, 'extension');
export const ARTIFACTS_DIR = join(E2E_DIR, 'artifacts');
export const SAMPLE_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'sample');
export const FIXTURES_DIR = join(E2E_DIR, 'fixtures');
export const INSTALLER = join(REPO_ROOT, 'installer', 'install.sh');

// The build tree holding pagesift-host: $PAGESIFT_BUILD_DIR, else build/.
export const BUILD_DIR = resolve(process.env.PAGESIFT_BUILD_DIR ?? join(REPO_ROOT, 'build'));
export const HOST_BINARY = join(BUILD_DIR, 'pagesift-host');

export const CHROMIUM = process.env.PAGESIFT_CHROMIUM ?? '/usr/bin/chromium';

export function hostBuilt() {
  return existsSync(HOST_BINARY);
}
