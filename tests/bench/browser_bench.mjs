#!/usr/bin/env node
// The reader view in the browser beside Readability.js in the page, on the
// same pages in one browser run.
//
// Not a test: a benchmark, run by hand (see README.md here). Headless
// Chromium with the extension and the built host (tests/e2e's launcher);
// corpus pages served on 127.0.0.1, their own scripts switched off by a
// Content-Security-Policy header (a redirecting or endlessly busy page
// script would measure the page, not the reader). For each page, in an
// order alternating from page to page:
//
//   pagesift     request to first paint: from the toolbar action
//                (globalThis.pagesift.clickToolbarButton, what the button's
//                listener calls) to the first frame painted after the reader
//                view (a frame over the page) shows the article. Capture,
//                host round trip, the reader page's load and render are all
//                inside. Beside it, the page renderer's main-thread task time
//                over that whole span (the frame over it included).
//                main thread blocked: the page renderer's main-thread task
//                time (CDP Performance.getMetrics TaskDuration) across one
//                capture (globalThis.pagesift.captureTab) of a fresh copy of
//                the page.
//   readability  Readability.js 0.6 (tests/bench's npm package, the file
//                itself evaluated in the page beforehand, as a built-in
//                reader mode has it ready) run in the page:
//                request to first paint: from the script's start through
//                new Readability(document.cloneNode(true)).parse() and the
//                article put in place of the page's body, to the first frame
//                painted after.
//                main thread blocked: the same task time across the parse
//                alone, on a fresh copy of the page.
// Each measurement starts on a fresh load of the page once it has painted
// twice and gone idle (settle), so that neither window holds what the page
// still does after its load event.
//   floor        with --floor 1: a blank extension page (one paragraph, no
//                script, no style sheet) put in a frame over the page the way
//                the reader view is: request to the first frame painted after
//                it is parsed. What any extension frame costs before the
//                reader page does anything of its own.
// "First frame painted after" is the same probe on both sides:
// requestAnimationFrame, then a task after that frame. One unmeasured round
// of each on the first page warms up the host and both scripts.
//
// Prints median and p95 of each figure and the ratios Readability /
// pagesift; writes browser.json and browser.txt to --out.
//
// usage: node tests/bench/browser_bench.mjs [--build DIR] [--sample N]
//          [--corpus wcxb|readability|all] [--shared DIR] [--out DIR] [--cold 1]
//          [--floor 1]
//   --build   the tree holding pagesift-host (default build-bench)
//   --sample  about N pages of each corpus, every k-th (default 30)
//   --cold 1  close the extension's connection to the host before each
//             reader view, so that each starts a fresh host, as the first
//             reader view after a quiet minute does (default: a warm host)
//   --floor 1 also time the blank extension frame (see "floor" above)
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');

function parseArgs(argv) {
  const args = { build: join(ROOT, 'build-bench'), sample: 30, corpus: 'all',
    shared: join(ROOT, '..', 'shared'), out: join(HERE, 'results', 'browser'), cold: '0', floor: '0' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in args) || i + 1 >= argv.length) throw new Error(`unknown or incomplete argument ${argv[i]}`);
    args[key] = key === 'sample' ? Number(argv[++i]) : argv[++i];
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
// tests/e2e's launcher registers the host found here.
process.env.PAGESIFT_BUILD_DIR = resolve(args.build);
const { launchBrowser, EXTENSION_ORIGIN } = await import('../e2e/lib/browser.mjs');

// Every k-th page, k chosen so that about n remain (compare.py's rule).
function everyKth(items, n) {
  if (!n || n >= items.length) return items;
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]);
}

function corpusPages(shared, which, n) {
  const pages = [];
  const wcxb = join(shared, 'corpus', 'wcxb-dev', 'html');
  if ((which === 'all' || which === 'wcxb') && existsSync(wcxb)) {
    const files = readdirSync(wcxb).filter((f) => f.endsWith('.html.gz')).sort();
    for (const f of everyKth(files, n)) {
      pages.push({ corpus: 'wcxb-dev', id: f.replace('.html.gz', ''), load: () => gunzipSync(readFileSync(join(wcxb, f))) });
    }
  }
  const readability = join(shared, 'corpus', 'readability');
  if ((which === 'all' || which === 'readability') && existsSync(readability)) {
    const dirs = readdirSync(readability).filter((d) => existsSync(join(readability, d, 'source.html'))).sort();
    for (const d of everyKth(dirs, n)) {
      pages.push({ corpus: 'readability', id: d, load: () => readFileSync(join(readability, d, 'source.html')) });
    }
  }
  return pages;
}

// Serves /page/<index> from `pages` with page scripts switched off.
async function startPageServer(pages) {
  const server = createServer((request, response) => {
    const match = /^\/page\/(\d+)$/.exec(new URL(request.url, 'http://127.0.0.1').pathname);
    const page = match ? pages[Number(match[1])] : undefined;
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html',
      'cache-control': 'no-store',
      'content-security-policy': "script-src 'none'",
    }).end(page.load());
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

// In every document of the context (frames too): once the reader view
// unhides its article, note the time of the first frame painted after, and
// when the reader page started loading and showed the article (for the
// breakdown).
function watchReaderPaint() {
  if (!location.pathname.endsWith('/reader/reader.html')) return;
  const watch = () => {
    const article = document.getElementById('article');
    if (!article) return;
    const observer = new MutationObserver(() => {
      if (article.hidden) return;
      observer.disconnect();
      const shownAt = Date.now();
      requestAnimationFrame(() => setTimeout(() => {
        window.__pagesiftPaint = { loadingAt: performance.timeOrigin, shownAt, paintedAt: Date.now() };
      }));
    });
    observer.observe(article, { attributes: true, attributeFilter: ['hidden'] });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
}

// The blank extension page of --floor, and in it the time of the first
// frame painted once it is parsed.
const BLANK_PAGE = 'bench/blank.html';
const BLANK_HTML = '<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head>'
  + '<body><p>Blank.</p></body></html>';

function watchBlankPaint() {
  if (!location.pathname.endsWith('/bench/blank.html')) return;
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => {
    window.__pagesiftPaint = { paintedAt: Date.now() };
  })));
}

// Waits until `page` has painted twice and gone idle. Every measurement
// starts there: a window opened right after the load event also holds what
// the page still does then (its first frames once brought to the front, late
// images and fonts), and the longer the window, the more of it.
function settle(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(
    () => requestIdleCallback(done, { timeout: 1000 })))));
}

async function openSettled(browser, url) {
  const page = await browser.openPage(url);
  await settle(page);
  return page;
}

// The page renderer's main-thread task time, in ms, spent while fn ran.
async function mainThreadMs(context, page, fn) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics
    .find((m) => m.name === 'TaskDuration').value;
  const before = await taskSeconds();
  const result = await fn();
  const after = await taskSeconds();
  await cdp.detach();
  return { ms: (after - before) * 1000, result };
}

async function pagesiftFirstPaint(browser, url) {
  const page = await openSettled(browser, url);
  try {
    const tab = await browser.tabFor(url);
    if (args.cold === '1') await browser.inWorker(() => globalThis.pagesift.host.close());
    const { ms: pageBusyMs, result } = await mainThreadMs(browser.context, page, async () => {
      const requestedAt = await browser.inWorker(async ({ t }) => {
        const at = Date.now();
        await globalThis.pagesift.clickToolbarButton(t);
        return at;
      }, { t: tab });
      const outcome = await browser.waitForReader(page);
      if (outcome !== 'article') return { outcome };
      const reader = await browser.readerFrame(page);
      const painted = await reader.waitForFunction(() => window.__pagesiftPaint, null, { timeout: 30_000 });
      return { outcome, requestedAt, paint: await painted.jsonValue() };
    });
    if (result.outcome !== 'article') return { error: result.outcome };
    const { requestedAt, paint } = result;
    return {
      ms: paint.paintedAt - requestedAt,
      // The parts: until the reader frame starts loading (put over the page);
      // its load, meanwhile the capture and the host's answer; rendering the
      // article to its first frame.
      to_reader_ms: paint.loadingAt - requestedAt,
      to_article_ms: paint.shownAt - paint.loadingAt,
      to_frame_ms: paint.paintedAt - paint.shownAt,
      page_busy_ms: pageBusyMs,
    };
  } finally {
    await page.close();
  }
}

async function blankFrameFirstPaint(browser, url) {
  const page = await openSettled(browser, url);
  try {
    const tab = await browser.tabFor(url);
    const src = `${EXTENSION_ORIGIN}/${BLANK_PAGE}`;
    const requestedAt = await browser.inWorker(async ({ t, s }) => {
      const at = Date.now();
      await chrome.scripting.executeScript({
        target: { tabId: t.id },
        func: (frameUrl) => {
          const frame = document.createElement('iframe');
          frame.src = frameUrl;
          frame.style.cssText = 'position: fixed; inset: 0; width: 100%; height: 100%; border: 0;';
          document.documentElement.append(frame);
        },
        args: [s],
      });
      return at;
    }, { t: tab, s: src });
    let frame;
    while (!(frame = page.frames().find((f) => f.url() === src))) await new Promise((done) => setTimeout(done, 10));
    const painted = await frame.waitForFunction(() => window.__pagesiftPaint, null, { timeout: 30_000 });
    return { ms: (await painted.jsonValue()).paintedAt - requestedAt };
  } finally {
    await page.close();
  }
}

async function pagesiftBlocked(browser, url) {
  const page = await openSettled(browser, url);
  try {
    const { ms, result } = await mainThreadMs(browser.context, page, () => browser.capture(page));
    return { ms, script_ms: result?.stats?.ms, html_chars: result?.html?.length };
  } finally {
    await page.close();
  }
}

async function openWithReadability(browser, url, source) {
  const page = await browser.openPage(url);
  // Evaluated through DevTools, which the page's CSP does not govern.
  await page.evaluate(`${source}\n;window.__Readability = Readability;`);
  await settle(page);
  return page;
}

async function readabilityFirstPaint(browser, url, source) {
  const page = await openWithReadability(browser, url, source);
  try {
    return await page.evaluate(() => new Promise((done) => {
      const start = Date.now();
      const article = new window.__Readability(document.cloneNode(true)).parse();
      if (!article) {
        done({ error: 'no article' });
        return;
      }
      // What a reader view does with the result: the article in place of the page.
      document.body.innerHTML = `<article><h1></h1>${article.content}</article>`;
      document.querySelector('h1').textContent = article.title ?? '';
      requestAnimationFrame(() => setTimeout(() => done({ ms: Date.now() - start })));
    }));
  } finally {
    await page.close();
  }
}

async function readabilityBlocked(browser, url, source) {
  const page = await openWithReadability(browser, url, source);
  try {
    const { ms } = await mainThreadMs(browser.context, page, () => page.evaluate(() => {
      window.__article = new window.__Readability(document.cloneNode(true)).parse();
    }));
    return { ms };
  } finally {
    await page.close();
  }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarize(rows, tool, figure) {
  const values = rows.filter((r) => r[tool]?.[figure]?.ms !== undefined).map((r) => r[tool][figure].ms);
  return values.length ? { pages: values.length, median: percentile(values, 50), p95: percentile(values, 95) } : null;
}

// Medians of the parts of pagesift's request to first paint.
function breakdown(rows) {
  const median = (key) => {
    const values = rows.map((r) => r.pagesift?.paint?.[key]).filter((v) => v !== undefined);
    return values.length ? percentile(values, 50).toFixed(0) : '-';
  };
  return ` (pagesift's medians: ${median('to_reader_ms')} ms until the reader frame loads, `
    + `${median('to_article_ms')} ms to the article shown, ${median('to_frame_ms')} ms to its frame; `
    + `the page's main thread busy ${median('page_busy_ms')} ms over it all)`;
}

// Median of the capture script's own span (its stats.ms): marking,
// serialising, undoing the marks.
function captureSpan(rows) {
  const values = rows.map((r) => r.pagesift?.blocked?.script_ms).filter((v) => v !== undefined);
  return values.length ? ` (capture script's own span: median ${percentile(values, 50)} ms)` : '';
}

function report(rows, header) {
  const lines = [header];
  const figures = { paint: 'request to first paint', blocked: 'page main thread blocked' };
  const summary = {};
  for (const corpus of [...new Set(rows.map((r) => r.corpus)), 'all']) {
    const mine = corpus === 'all' ? rows : rows.filter((r) => r.corpus === corpus);
    lines.push('', `${corpus}: ${mine.length} pages`);
    summary[corpus] = {};
    for (const [figure, label] of Object.entries(figures)) {
      const ours = summarize(mine, 'pagesift', figure);
      const theirs = summarize(mine, 'readability', figure);
      summary[corpus][figure] = { pagesift: ours, readability: theirs };
      if (!ours || !theirs) continue;
      const parts = figure === 'paint' ? breakdown(mine) : captureSpan(mine);
      lines.push(`  ${label}:${parts}`,
        `    pagesift     median ${ours.median.toFixed(1)} ms, p95 ${ours.p95.toFixed(1)} ms (${ours.pages} pages)`,
        `    readability  median ${theirs.median.toFixed(1)} ms, p95 ${theirs.p95.toFixed(1)} ms (${theirs.pages} pages)`,
        `    readability / pagesift: median ${(theirs.median / ours.median).toFixed(2)}x, p95 ${(theirs.p95 / ours.p95).toFixed(2)}x`);
      const floor = summarize(mine, 'floor', figure);
      if (floor) {
        summary[corpus][figure].floor = floor;
        lines.push(`    blank extension frame  median ${floor.median.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms (${floor.pages} pages)`);
      }
    }
  }
  return { text: lines.join('\n'), summary };
}

async function main() {
  const source = readFileSync(join(HERE, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
  const pages = corpusPages(args.shared, args.corpus, args.sample);
  if (pages.length === 0) {
    console.error(`browser_bench: no corpora under ${args.shared}; nothing to measure`);
    return 1;
  }
  const server = await startPageServer(pages);
  const floor = args.floor === '1';
  const browser = await launchBrowser(floor ? { extraPages: { [BLANK_PAGE]: BLANK_HTML } } : {});
  await browser.context.addInitScript(watchReaderPaint);
  if (floor) await browser.context.addInitScript(watchBlankPaint);
  const load = [loadavg()[0]];
  const rows = [];
  try {
    // One unmeasured round of each first: the host's start, the reader
    // page's first load and Readability.js's first compile are not per-page
    // costs.
    await pagesiftFirstPaint(browser, `${server.origin}/page/0`);
    await readabilityFirstPaint(browser, `${server.origin}/page/0`, source);
    for (const [index, page] of pages.entries()) {
      const url = `${server.origin}/page/${index}`;
      const row = { corpus: page.corpus, id: page.id };
      const steps = {
        pagesift: async () => {
          row.pagesift = { paint: await pagesiftFirstPaint(browser, url), blocked: await pagesiftBlocked(browser, url) };
        },
        readability: async () => {
          row.readability = {
            paint: await readabilityFirstPaint(browser, url, source),
            blocked: await readabilityBlocked(browser, url, source),
          };
        },
      };
      if (floor) steps.floor = async () => { row.floor = { paint: await blankFrameFirstPaint(browser, url) }; };
      const order = index % 2 === 0 ? ['pagesift', 'readability'] : ['readability', 'pagesift'];
      if (floor) order.splice(index % 3, 0, 'floor');
      for (const tool of order) {
        try {
          await steps[tool]();
        } catch (error) {
          row[tool] = { error: String(error.message ?? error).split('\n')[0] };
        }
      }
      rows.push(row);
      const p = row.pagesift?.paint?.ms, r = row.readability?.paint?.ms;
      console.error(`browser_bench: ${index + 1}/${pages.length} ${page.corpus}/${page.id}: `
        + `paint ${p?.toFixed?.(0) ?? '-'} vs ${r?.toFixed?.(0) ?? '-'} ms, blocked `
        + `${row.pagesift?.blocked?.ms?.toFixed?.(1) ?? '-'} vs ${row.readability?.blocked?.ms?.toFixed?.(1) ?? '-'} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  load.push(loadavg()[0]);
  const header = `browser_bench: ${process.argv.slice(2).join(' ')}\n`
    + `(load average ${load[0].toFixed(1)} at start, ${load[1].toFixed(1)} at end, ${cpus().length} cores; `
    + `host ${args.build}/pagesift-host, built ${statSync(join(args.build, 'pagesift-host')).mtime.toISOString()})`;
  const { text, summary } = report(rows, header);
  console.log(text);
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'browser.txt'), `${text}\n`);
  writeFileSync(join(args.out, 'browser.json'), JSON.stringify({ args, load, summary, rows }, null, 2));
  console.error(`browser_bench: wrote ${args.out}/browser.txt and browser.json`);
  return 0;
}

process.exitCode = await main();
