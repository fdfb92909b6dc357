// A tiny HTTP server on 127.0.0.1 for the fixture pages: the sample article,
// the e2e fixtures, and pages generated in memory (a 30 MB page, a page of
// 100,000 nodes).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { FIXTURES_DIR, SAMPLE_DIR } from './paths.mjs';
import { bigPage, manyNodesPage, tooLargePage } from './generated_pages.mjs';
import { fixturePng } from './fixture_image.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.css': 'text/css' };

// Served for every fixture image.
const PICTURE = fixturePng();
// Served for every /svg/ path: a vector image, which the host must never
// store as a saved article's image (it can carry script).
export const SVG_PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" onload="alert(1)">'
  + '<rect width="320" height="180" fill="navy"/></svg>';

export async function startFixtureServer() {
  const generated = new Map([
    ['/generated/big.html', bigPage(30 * 1024 * 1024)],
    ['/generated/many-nodes.html', manyNodesPage(100_000)],
    ['/generated/too-large.html', tooLargePage()],
  ]);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    try {
      const body = await bodyFor(path, generated);
      if (body === null) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function bodyFor(path, generated) {
  if (generated.has(path)) return generated.get(path);
  if (path.startsWith('/img/')) return PICTURE;
  if (path.startsWith('/svg/')) return SVG_PICTURE;
  if (path === '/sample/article.html') return readFile(join(SAMPLE_DIR, 'article.html'));
  if (path.startsWith('/pages/')) {
    const file = normalize(path.slice('/pages/'.length));
    if (file.startsWith('..') || file.includes('/')) return null;
    return readFile(join(FIXTURES_DIR, file)).catch(() => null);
  }
  return null;
}
