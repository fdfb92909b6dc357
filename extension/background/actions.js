// What the user can ask for: the toolbar button, the keyboard shortcut and
// the context menu items all end up in one of these functions.
import { api } from '../shared/browser_api.js';
import { PagesiftError, errorToPlain, requestBytes } from '../shared/protocol.js';
import { loadPrefs } from '../shared/prefs_store.js';
import { modelRequest, saveOptions } from '../shared/prefs.js';
import { articleImageUrls, imageByteBudget } from '../shared/article_images.js';
import { captureTab } from './capture.js';
import { collectArticleImages } from './save_images.js';
import { isReaderUrl, openPanel, readerUrl } from './pages.js';

// Host deadlines as the extension sees them: a little above the host's own
// (10 s by default), so that the host's timeout error, which says more,
// normally arrives first.
const EXTRACT_TIMEOUT_MS = 60_000;
const SUMMARIZE_TIMEOUT_MS = 60_000;
const SAVE_TIMEOUT_MS = 60_000;
const MAX_SELECTION_CHARS = 1024 * 1024;
const MODEL_TEST_TEXT = 'The town council voted on Monday to build a tram line from the station to the hospital. ' +
  'Work starts in spring and should take two years. Shop owners near the station fear a drop in customers ' +
  'while the street is closed, and asked the council for help.';

export class Actions {
  #host;
  #jobs;

  constructor({ host, jobs }) {
    this.#host = host;
    this.#jobs = jobs;
  }

  // Toolbar button and shortcut: toggles the reader view of `tab`.
  async toggleReader(tab) {
    if (isReaderUrl(tab.url)) return this.#leaveReader(tab);
    return this.openReader(tab);
  }

  // Captures `tab`, then turns it into the reader view, which waits for the
  // host's answer. panel: "summary" opens the summary side panel too.
  async openReader(tab, { panel } = {}) {
    if (isReaderUrl(tab.url)) {
      if (panel) await this.#tellReader(tab, panel);
      return null;
    }
    const capture = await this.#capture(tab, 'extract');
    if (!capture) return null;
    const job = this.#jobs.start('extract', { tabId: tab.id, sourceUrl: capture.url, capture },
      (signal, onProgress) => this.#host.request('extract', {
        html: capture.html, url: capture.url, title: capture.title, selection: capture.selection,
      }, { timeoutMs: EXTRACT_TIMEOUT_MS, signal, onProgress }));
    try {
      await api.tabs.update(tab.id, { url: readerUrl(job.id, { panel, src: capture.url }) });
    } catch (error) {
      this.#jobs.cancel(job.id);  // the tab is gone: nobody will read it
      throw error;
    }
    return job.id;
  }

  // "Save article": saves the page in the formats chosen in the options.
  async saveArticle(tab) {
    if (isReaderUrl(tab.url)) return this.#tellReader(tab, 'save');
    const capture = await this.#capture(tab, 'save');
    if (!capture) return null;
    return this.#startSave({ html: capture.html, url: capture.url }, tab.id, { imagesFromTab: true });
  }

  // Saves an article already shown in a reader view (its extract job). Its
  // images keep their web links: the page they were loaded in is gone.
  async saveFromReader(extractJobId, fallback) {
    const extractJob = this.#jobs.get(extractJobId);
    const html = extractJob?.capture?.html ?? fallback.html;
    const url = extractJob?.sourceUrl ?? fallback.url;
    return this.#startSave({ html, url }, extractJob?.tabId, { openPanel: false });
  }

  // "Summarize page": the reader view with its summary panel open.
  summarizePage(tab) {
    return this.openReader(tab, { panel: 'summary' });
  }

  // "Summarize selection": the selected text's summary in a panel window.
  async summarizeSelection(tab, selectionText) {
    const text = String(selectionText ?? '').slice(0, MAX_SELECTION_CHARS);
    if (text.trim() === '') {
      await openPanel({ action: 'summarize', code: 'invalid_argument', message: 'Select some text first.' });
      return null;
    }
    const job = await this.startSummary({ text, url: tab?.url ?? '' }, tab?.id);
    await openPanel({ job: job.id });
    return job.id;
  }

  // Summarizes {text, url, lang} (or {html, url}); returns the job. With
  // the local model turned on in the options (and useModel not false) the
  // model writes the summary, streamed to the job's watchers as it comes.
  async startSummary(source, tabId, { useModel = true } = {}) {
    const prefs = await loadPrefs();
    const model = useModel ? modelRequest(prefs) : null;
    const payload = { ...source, sentences: prefs.summarySentences, ...(model ? { model } : {}) };
    return this.#jobs.start('summarize', { tabId, sourceUrl: source.url, options: { model: model?.name ?? '' } },
      (signal, onProgress, onPartial) => this.#host.request('summarize', payload,
        { timeoutMs: SUMMARIZE_TIMEOUT_MS + (model?.timeoutMs ?? 0), signal, onProgress, onPartial }));
  }

  // The options page's "Test the model": a short English text summarized
  // with `model` (the "model" member of docs/protocol.md), whether or not
  // the model is turned on.
  testModel(model) {
    return this.#host.request('summarize', { text: MODEL_TEST_TEXT, lang: 'en', sentences: 1, model },
      { timeoutMs: SUMMARIZE_TIMEOUT_MS + (Number(model?.timeoutMs) || 0) });
  }

  // imagesFromTab: with the "keep images" option on, the article's images
  // are fetched in tab `tabId` (still showing the page) and sent along.
  async #startSave(page, tabId, { openPanel: showPanel = true, imagesFromTab = false } = {}) {
    const prefs = await loadPrefs();
    const options = saveOptions(prefs);
    const job = this.#jobs.start('save', { tabId, sourceUrl: page.url, options },
      async (signal, onProgress) => {
        const request = { ...page, ...options };
        if (prefs.saveImages && imagesFromTab) {
          const images = await this.#articleImages(request, tabId, signal);
          if (images.length > 0) request.images = images;
        }
        return this.#host.request('save', request, { timeoutMs: SAVE_TIMEOUT_MS, signal, onProgress });
      });
    if (showPanel) await openPanel({ job: job.id });
    return job;
  }

  // The bytes of the images of the article in `request`'s page, as far as
  // the page's tab can fetch them and the request has room. The host names
  // the article's images (an extract); a failure here costs the images
  // only, never the save.
  async #articleImages(request, tabId, signal) {
    try {
      const article = await this.#host.request('extract', { html: request.html, url: request.url },
        { timeoutMs: EXTRACT_TIMEOUT_MS, signal });
      const urls = articleImageUrls(article?.content);
      const { images, skipped } = await collectArticleImages(tabId, urls, imageByteBudget(requestBytes(request)));
      for (const { url, reason } of skipped) console.warn(`pagesift: image not kept: ${url} (${reason})`);
      return images;
    } catch (error) {
      if (signal.aborted) throw error;
      console.warn('pagesift: saving without images:', error?.message ?? error);
      return [];
    }
  }

  // Captures a tab, or shows why it cannot be captured and returns null.
  async #capture(tab, action) {
    try {
      return await captureTab(tab);
    } catch (error) {
      const plain = errorToPlain(error instanceof PagesiftError ? error : new PagesiftError('capture_failed', String(error?.message ?? error)));
      await openPanel({ action, code: plain.code, message: plain.message });
      return null;
    }
  }

  // The reader view goes back itself: a history step taken by the page lands
  // on the article's page, where the browser's own back button might skip it
  // (the page got no user activation before the extension navigated away).
  async #leaveReader(tab) {
    if (await this.#tellReader(tab, 'leave')) return;
    const source = new URL(tab.url).searchParams.get('src');
    if (source && /^https?:/i.test(source)) await api.tabs.update(tab.id, { url: source });
  }

  // Asks an open reader view to do something itself (it has the article).
  // Extension pages hear runtime messages, each reader view keeps those
  // addressed to its own tab.
  // Returns whether a reader view took the command.
  async #tellReader(tab, command) {
    try {
      return (await api.runtime.sendMessage({ type: 'reader-command', tabId: tab.id, command })) === true;
    } catch {
      return false;  // no reader view is listening yet; the user can use its own buttons
    }
  }
}
