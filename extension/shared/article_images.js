// Which of an article's images the extension hands to the host on save, and
// how much room the request leaves for them. Pure logic, tested under node.
//
// The host keeps copies only of the images its reader view shows, so the
// list comes from that view (the extract result's `content`), whose HTML the
// host writes itself: every image is `<img src="URL"` with the URL
// attribute-escaped, and every "<" of the text is escaped, so the pattern
// below finds exactly its images.
import { MAX_REQUEST_BYTES } from './protocol.js';

// The host's caps (host/include/pagesift/library.h); images past them are
// not sent at all.
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
export const MAX_ARTICLE_IMAGE_BYTES = 32 * 1024 * 1024;
export const MAX_ARTICLE_IMAGES = 200;

// Room kept free in a save request for everything but the image data (the
// other fields' escaping, the per-image JSON punctuation).
const REQUEST_MARGIN_BYTES = 256 * 1024;

const ENTITIES = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

// The distinct http(s) image URLs of a reader view's HTML, in order, at most
// MAX_ARTICLE_IMAGES. data: images are inside the page already.
export function articleImageUrls(content) {
  const urls = [];
  const seen = new Set();
  for (const match of String(content ?? '').matchAll(/<img src="([^"]*)"/g)) {
    const url = match[1].replace(/&(amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity]);
    if (!/^https?:/i.test(url) || seen.has(url)) continue;
    seen.add(url);
    urls.push(url);
    if (urls.length === MAX_ARTICLE_IMAGES) break;
  }
  return urls;
}

// How many bytes of images (before base64) a save request of
// `requestBytes` bytes without them can still carry: the host's article cap,
// or less when the page itself is large (Chromium's 64 MiB message cap).
export function imageByteBudget(requestBytes) {
  const room = MAX_REQUEST_BYTES - requestBytes - REQUEST_MARGIN_BYTES;
  return Math.max(0, Math.min(MAX_ARTICLE_IMAGE_BYTES, Math.floor(room / 4) * 3));
}
