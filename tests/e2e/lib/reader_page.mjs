// Reading what a reader view shows.

export function normalizeSpace(text) {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

// The reader view's visible parts, as plain data.
export function readerState(page) {
  return page.evaluate(() => {
    const content = document.getElementById('content');
    return {
      title: document.getElementById('title').textContent,
      siteName: document.getElementById('site-name').textContent,
      byline: document.getElementById('byline').textContent,
      published: document.getElementById('published').getAttribute('datetime'),
      readingTime: document.getElementById('reading-time').textContent,
      lang: document.getElementById('article').lang,
      dir: document.getElementById('article').dir,
      contentText: content.innerText,
      headings: [...content.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent),
      captions: [...content.querySelectorAll('figcaption')].map((c) => c.textContent),
      paragraphs: [...content.querySelectorAll('p')].map((p) => p.textContent),
    };
  });
}
