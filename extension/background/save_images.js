// Collecting the bytes of an article's images for a save.
//
// Where the bytes come from: the page's own tab. A function injected there
// (activeTab + scripting, the grant the capture already used) fetches each
// image with cache: "force-cache", so the browser answers from the copy it
// already loaded whenever it still has one, with the page's cookies and
// origin. The extension's pages and service worker cannot do it: their
// content security policy allows no connections, and they hold no host
// permission. Drawing images on a canvas was the other way; it re-encodes
// the picture and fails on every cross-origin image, which a fetch from the
// page still gets whenever the server allows it (CORS), as image CDNs
// usually do. An image neither way can reach keeps its web link.
import { api } from '../shared/browser_api.js';
import { MAX_IMAGE_BYTES } from '../shared/article_images.js';

// Returns {images: [{url, data (base64)}], skipped: [{url, reason}]}, the
// images within `budget` bytes in all, in the order of `urls`.
export async function collectArticleImages(tabId, urls, budget) {
  if (urls.length === 0 || budget <= 0) return { images: [], skipped: [] };
  const results = await api.scripting.executeScript({
    target: { tabId },
    func: fetchImagesInPage,
    args: [urls, MAX_IMAGE_BYTES, budget],
  });
  const answer = results?.[0]?.result;
  if (!answer || !Array.isArray(answer.images) || !Array.isArray(answer.skipped)) {
    return { images: [], skipped: urls.map((url) => ({ url, reason: 'the page did not answer' })) };
  }
  return answer;
}

// Runs in the page (injected: it must not use anything from this module).
async function fetchImagesInPage(urls, maxImageBytes, budget) {
  const images = [];
  const skipped = [];
  let total = 0;
  const asBase64 = (blob) => new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
  for (const url of urls) {
    try {
      const response = await fetch(url, { cache: 'force-cache', credentials: 'same-origin', redirect: 'follow' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      if (Number(response.headers.get('content-length')) > maxImageBytes) throw new Error(`larger than ${maxImageBytes} bytes`);
      const blob = await response.blob();
      if (blob.size > maxImageBytes) throw new Error(`larger than ${maxImageBytes} bytes`);
      if (total + blob.size > budget) throw new Error('no room left in the save request');
      images.push({ url, data: await asBase64(blob) });
      total += blob.size;
    } catch (error) {
      skipped.push({ url, reason: String(error?.message ?? error) });
    }
  }
  return { images, skipped };
}
