// Fills the reader view with a host result (the Result JSON: title, byline,
// siteName, publishedTime, readingTimeMinutes, dir, lang, content, ...).
import { sanitizeArticle } from './sanitize.js';

const text = (value) => (typeof value === 'string' ? value.trim() : '');

export function renderArticle(result, sourceUrl) {
  const article = document.getElementById('article');
  const url = text(result.url) || sourceUrl;

  const lang = text(result.lang);
  if (lang) article.lang = lang;
  const dir = text(result.dir).toLowerCase();
  article.dir = dir === 'rtl' || dir === 'ltr' ? dir : 'auto';

  const title = text(result.title) || hostnameOf(url) || 'Untitled';
  document.title = title;
  document.getElementById('title').textContent = title;
  document.getElementById('site-name').textContent = text(result.siteName) || hostnameOf(url);
  document.getElementById('byline').textContent = text(result.byline);
  const published = document.getElementById('published');
  const date = formatDate(text(result.publishedTime), lang);
  published.textContent = date.label;
  if (date.iso) published.dateTime = date.iso;
  document.getElementById('reading-time').textContent = readingTime(result.readingTimeMinutes);

  const { fragment, truncated } = sanitizeArticle(typeof result.content === 'string' ? result.content : '', document, { baseUrl: url });
  const content = document.getElementById('content');
  content.replaceChildren(fragment);
  document.getElementById('truncated-note').hidden = !(truncated || result.truncated === true);

  const source = document.getElementById('source-link');
  if (/^https?:/i.test(url)) {
    source.href = url;
    source.textContent = `Original: ${url}`;
  }
  article.hidden = false;
}

export function hostnameOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

// "12 min read"; nothing for an unknown or absurd estimate.
export function readingTime(minutes) {
  const value = Number(minutes);
  if (!Number.isFinite(value) || value <= 0 || value > 10000) return '';
  return `${Math.max(1, Math.round(value))} min read`;
}

// The date in the article's language ("14 March 2024"), or the raw text when
// it does not parse.
export function formatDate(raw, lang) {
  if (!raw) return { label: '', iso: '' };
  const parsed = new Date(raw);
  if (Number.isNaN(parsed.getTime())) return { label: raw.slice(0, 100), iso: '' };
  let label;
  try {
    label = new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'long' }).format(parsed);
  } catch {
    label = parsed.toDateString();
  }
  return { label, iso: raw };
}
