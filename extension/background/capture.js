// Capturing a tab's page: which pages may be read, injecting the capture
// script (content/capture.js) and checking what it returns.
import { api } from '../shared/browser_api.js';
import { MAX_REQUEST_BYTES, PagesiftError, formatMiB, requestBytes, requestExceeds } from '../shared/protocol.js';

// Browsers do not let extensions script their own pages or their stores.
const FORBIDDEN_URL_PATTERNS = [
  /^(chrome|edge|brave|vivaldi|opera|about|view-source|devtools|chrome-untrusted|chrome-search):/i,
  /^(moz-extension|chrome-extension|resource|jar):/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/accounts-static\.cdn\.mozilla\.net\//i,
];

// Why a page at `url` cannot be captured, or null when it can be tried.
export function captureRefusal(url) {
  // The browser hides the address of the pages extensions may not touch.
  if (!url) return 'The browser does not let extensions read this page (its own pages, extension stores and other extensions\' pages are off limits).';
  if (FORBIDDEN_URL_PATTERNS.some((pattern) => pattern.test(url))) {
    return `Browsers do not let extensions read their own pages or extension stores (${shortUrl(url)}).`;
  }
  if (/^data:/i.test(url)) return 'pagesift cannot read data: pages.';
  return null;
}

function shortUrl(url) {
  return url.length > 80 ? `${url.slice(0, 77)}...` : url;
}

// Captures the page shown in `tab`: {html, url, title, selection, stats}.
// Throws PagesiftError: capture_forbidden, capture_failed or input_too_large.
export async function captureTab(tab) {
  const refusal = captureRefusal(tab.url ?? tab.pendingUrl);
  if (refusal) throw new PagesiftError('capture_forbidden', refusal);

  let results;
  try {
    results = await api.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['content/capture.js'],
    });
  } catch (error) {
    throw injectionError(error, tab.url);
  }
  const capture = results?.[0]?.result;
  if (!capture || typeof capture !== 'object') {
    throw new PagesiftError('capture_failed', 'The page did not answer; it may still be loading. Try again.');
  }
  if (!capture.ok) throw new PagesiftError(capture.code, capture.message);

  const request = { html: capture.html, url: capture.url, title: capture.title, selection: capture.selection };
  if (requestExceeds(request, MAX_REQUEST_BYTES - 4096)) {
    throw new PagesiftError('input_too_large',
      `This page is ${formatMiB(requestBytes(request))} once serialised for the host; pagesift reads pages up to ${formatMiB(MAX_REQUEST_BYTES)}.`);
  }
  return capture;
}

// The PagesiftError for a failed injection of a script into the page at `url`.
export function injectionError(error, url) {
  const text = String(error?.message ?? error);
  if (/cannot be scripted|cannot access|permission|extensions gallery|not allowed|missing host permission/i.test(text)) {
    return new PagesiftError('capture_forbidden',
      `The browser does not let extensions read this page (${shortUrl(url ?? '')}): ${text}`);
  }
  return new PagesiftError('capture_failed', `Reading the page failed: ${text}`);
}
