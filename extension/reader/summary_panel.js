// The summary side panel: asks the host for a summary of the article's text
// and shows its progress, its sentences and its key points.
import { describeError } from '../shared/error_text.js';
import { askBackground, describeProgress, watchJob } from '../shared/job_client.js';
import { setOpen } from './appearance.js';

// The host summarizes at most this much text (one request, 64 MiB cap).
const MAX_TEXT_CHARS = 8 * 1024 * 1024;

export class SummaryPanel {
  #article = null;   // {text, url, lang, dir}
  #requested = false;
  #stopWatching = null;
  #toggle = document.getElementById('toggle-summary');
  #panel = document.getElementById('summary-panel');
  #status = document.getElementById('summary-status');
  #sentences = document.getElementById('summary-sentences');
  #keyPoints = document.getElementById('key-points');

  constructor() {
    this.#toggle.addEventListener('click', () => (this.#panel.hidden ? this.open() : this.close()));
    document.getElementById('close-summary').addEventListener('click', () => this.close());
  }

  // The article to summarize, once the reader view has it.
  setArticle(article) {
    this.#article = article;
    if (!this.#panel.hidden) this.#request();
  }

  open() {
    setOpen(this.#toggle, this.#panel, true);
    if (this.#article) this.#request();
    else this.#status.textContent = 'The summary starts once the article is ready.';
  }

  close() {
    setOpen(this.#toggle, this.#panel, false);
  }

  async #request() {
    if (this.#requested) return;
    this.#requested = true;
    this.#status.textContent = 'Summarizing\u2026';
    const { text, url, lang, dir } = this.#article;
    this.#sentences.lang = lang;
    this.#sentences.dir = dir;
    let job;
    try {
      ({ job } = await askBackground({ type: 'start-summary', text: text.slice(0, MAX_TEXT_CHARS), url, lang }));
    } catch (error) {
      this.#showError(error);
      return;
    }
    this.#stopWatching = watchJob(job, (message) => this.#onJob(message));
  }

  #onJob(message) {
    if (message.kind === 'running') {
      const progress = describeProgress(message.progress);
      this.#status.textContent = progress ? `Summarizing\u2026 ${progress}` : 'Summarizing\u2026';
    } else if (message.kind === 'error') {
      this.#showError(message.error);
    } else {
      this.#showSummary(message.result ?? {});
    }
  }

  #showSummary(result) {
    const sentences = Array.isArray(result.sentences) ? result.sentences.filter((s) => typeof s === 'string') : [];
    const keyPoints = Array.isArray(result.keyPoints) ? result.keyPoints.filter((s) => typeof s === 'string') : [];
    this.#status.textContent = sentences.length ? '' : 'The host found nothing to summarize.';
    this.#status.classList.remove('error');
    this.#sentences.replaceChildren(...sentences.map((s) => listItem(s)));
    this.#keyPoints.replaceChildren(...keyPoints.map((s) => listItem(s)));
    document.getElementById('key-points-section').hidden = keyPoints.length === 0;
  }

  #showError(error) {
    const { title, detail } = describeError(error, 'summarize');
    const heading = document.createElement('p');
    heading.className = 'error-title';
    heading.textContent = title;
    const body = document.createElement('p');
    body.textContent = detail;
    this.#status.replaceChildren(heading, body);
    this.#status.classList.add('error');
    this.#requested = false;  // the user may try again by reopening
  }
}

function listItem(text) {
  const item = document.createElement('li');
  item.textContent = text;
  return item;
}
