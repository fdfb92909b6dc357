// One reference extractor over a manifest, one page at a time, timed the
// way `pagesift batch` times its pages: from reading the file to the result
// serialized as JSON. Driven by compare.py; not a test.
//
// usage: node reference_extract.mjs readability|defuddle MANIFEST.jsonl
// Manifest lines are pagesift batch's: {"id", "path" (.html or .html.gz), "url"}.
// Writes one line a page: {"id", "ms", "chars"} or {"id", "ms", "error"}.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';

// The page's own console output (CSS parse errors, scripts' logs) is noise.
const quiet = new VirtualConsole();

const extractors = {
  readability(document) {
    const article = new Readability(document).parse();
    return article ? { title: article.title, byline: article.byline, content: article.content,
                       text: article.textContent } : null;
  },
  defuddle(document, url) {
    const result = new DefuddleClass(document, { url }).parse();
    return { title: result.title, author: result.author, content: result.content };
  },
};

function readPage(path) {
  const bytes = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

function extractOne(extract, entry) {
  const start = performance.now();
  let dom;
  try {
    // jsdom sniffs the encoding from the bytes, as our decode stage does.
    dom = new JSDOM(readPage(entry.path), { url: entry.url, virtualConsole: quiet });
    const result = extract(dom.window.document, entry.url);
    const json = JSON.stringify(result ?? {});
    return { id: entry.id, ms: performance.now() - start, chars: json.length };
  } catch (error) {
    return { id: entry.id, ms: performance.now() - start, error: String(error?.message ?? error) };
  } finally {
    dom?.window.close();
  }
}

function main() {
  const [name, manifest] = process.argv.slice(2);
  const extract = extractors[name];
  if (!extract || !manifest) {
    process.stderr.write('usage: node reference_extract.mjs readability|defuddle MANIFEST.jsonl\n');
    process.exit(2);
  }
  const lines = readFileSync(manifest, 'utf8').split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    process.stdout.write(JSON.stringify(extractOne(extract, JSON.parse(line))) + '\n');
  }
}

main();
