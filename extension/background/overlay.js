// The reader view shown over the page: the extension's reader page in a frame
// covering the tab, put there without navigating away.
//
// Why a frame over the page rather than a navigation: the reader page then
// loads while the page is being captured and the host extracts it, instead of
// after; and the page stays as it was underneath, so leaving the reader is
// instant. The frame is an extension-origin document (the page cannot read or
// script it: cross-origin), held in a closed shadow root of an element the
// content script keeps in its own isolated world, so the page cannot find
// the frame through the DOM nor pass a look-alike off as ours.
//
// The two functions injected below run in the page's isolated world, with no
// access to this module: they must be self-contained.
import { api } from '../shared/browser_api.js';

// Shows the reader frame for `url` over the page unless one is there.
// Returns "opened", or "open" when a reader frame was already shown (left
// as it was). `toggle`: close an open frame instead, and return "closed".
function showReaderFrame(url, toggle) {
  const open = globalThis.pagesiftReaderFrame;
  if (open?.isConnected) {
    if (!toggle) return 'open';
    open.remove();
    globalThis.pagesiftReaderFrame = null;
    return 'closed';
  }
  const holder = document.createElement('pagesift-reader');
  // Hidden from the capture of this page: the frame is not the page's text.
  holder.setAttribute('data-pagesift-hidden', '1');
  // Inline and important: the page's style sheets cannot move or hide it.
  holder.style.cssText = 'all: initial !important; display: block !important; position: fixed !important;'
    + ' inset: 0 !important; z-index: 2147483647 !important;';
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.title = 'Reader view';
  frame.style.cssText = 'display: block; width: 100%; height: 100%; border: 0; background: Canvas;';
  holder.attachShadow({ mode: 'closed' }).append(frame);
  document.documentElement.append(holder);
  frame.focus();
  globalThis.pagesiftReaderFrame = holder;
  return 'opened';
}

function removeReaderFrame() {
  const open = globalThis.pagesiftReaderFrame;
  globalThis.pagesiftReaderFrame = null;
  if (!open?.isConnected) return false;
  open.remove();
  return true;
}

// Shows the reader frame at `url` over tab `tabId` (see showReaderFrame).
export async function showReader(tabId, url, { toggle = false } = {}) {
  const [result] = await api.scripting.executeScript({
    target: { tabId }, func: showReaderFrame, args: [url, toggle],
  });
  return result?.result;
}

// Removes the reader frame from tab `tabId`; whether one was shown.
export async function closeReader(tabId) {
  const [result] = await api.scripting.executeScript({ target: { tabId }, func: removeReaderFrame });
  return result?.result === true;
}
