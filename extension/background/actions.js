// What the user can ask for: the toolbar button, the keyboard shortcut and
// the context menu items all end up in one of these functions.
import { api } from '../shared/browser_api.js';
import { PagesiftError, errorToPlain, requestBytes } from '../shared/protocol.js';
import { loadPrefs } from '../shared/prefs_store.js';
import { modelRequest, saveOptions } from '../shared/prefs.js';
import { articleImageUrls, imageByteBudget } from '../shared/article_images.js';
import { captureRefusal, captureTab, injectionError } from './capture.js';
import { showReader } from './overlay.js';
import { collectArticleImages } from './save_images.js';
import { openPanel, readerUrl } from './pages.js';

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

  // Toolbar button and shortcut: shows the reader view over `tab`'s page,
  // or takes it away when it is shown.
  toggleReader(tab) {
    return this.openReader(tab, { toggle: true });
  }

  // Shows the reader view over `tab`'s page (overlay.js) and, while its
  // frame loads, captures the page and has the host extract it: the frame
  // watches that job. panel: "summary" opens the summary side panel too (in
  // the reader view already shown, if there is one). toggle: close a reader
  // view already shown instead. Returns the job's id when a reader view
  // opened.
  async openReader(tab, { panel, toggle = false } = {}) {
    const refusal = captureRefusal(tab.url ?? tab.pendingUrl);
    if (refusal) {
      await openPanel({ action: 'extract', code: 'capture_forbidden', message: refusal });
      return null;
    }
    let frameShown;
    const frameOpened = new Promise((resolve) => { frameShown = resolve; });
    const job = this.#jobs.start('extract', { tabId: tab.id, sourceUrl: tab.url ?? '' }, async (signal, onProgress) => {
      // Captured only once the frame is on its way: it loads meanwhile.
      if (!(await frameOpened)) throw new PagesiftError('cancelled', 'No reader view was opened.');
      const capture = await captureTab(tab);
      job.capture = capture;
      return this.#host.request('extract', {
        html: capture.html, url: capture.url, title: capture.title, selection: capture.selection,
      }, { timeoutMs: EXTRACT_TIMEOUT_MS, signal, onProgress });
    });
    const showing = showReader(tab.id, readerUrl(job.id, { panel, src: tab.url, tab: tab.id }), { toggle });
    // A host not running yet starts now, and builds its patterns while the
    // frame loads and the page is captured, instead of after the capture.
    // Only once the frame is asked for: connecting holds up this thread for
    // as long as the browser takes to start the host. A failure here is
    // reported by the extract request itself.
    this.#host.hello().catch(() => {});
    let outcome;
    try {
      outcome = await showing;
    } catch (error) {
      frameShown(false);
      await this.#showFailure('extract', injectionError(error, tab.url));
      return null;
    }
    frameShown(outcome === 'opened');
    if (outcome === 'open' && panel) await this.#tellReader(tab, panel);
    return outcome === 'opened' ? job.id : null;
  }

  // "Save article": saves the page in the formats chosen in the options.
  async saveArticle(tab) {
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
      await this.#showFailure(action, error);
      return null;
    }
  }

  // Shows in a panel why `action` failed before any page of ours was shown.
  #showFailure(action, error) {
    const plain = errorToPlain(error instanceof PagesiftError ? error : new PagesiftError('capture_failed', String(error?.message ?? error)));
    return openPanel({ action, code: plain.code, message: plain.message });
  }

  // Asks the reader view shown over `tab` to do something itself (it has
  // the article). Extension pages hear runtime messages, each reader view
  // keeps those addressed to its own tab.
  // Returns whether a reader view took the command.
  async #tellReader(tab, command) {
    try {
      return (await api.runtime.sendMessage({ type: 'reader-command', tabId: tab.id, command })) === true;
    } catch {
      return false;  // no reader view is listening yet; the user can use its own buttons
    }
  }
}
