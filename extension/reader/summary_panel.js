// The summary side panel: asks the host for a summary of the article's text
// and shows its progress, its sentences and its key points. With a local
// language model turned on in the options, the model's summary grows in the
// panel as the host streams it, with a Stop button (which cancels the
// model's request and falls back to the article's own sentences); when the
// model fails the panel says why above the extractive summary.
import { describeError } from '../shared/error_text.js';
import { askBackground, describeProgress, watchJob } from '../shared/job_client.js';
import { setOpen } from './appearance.js';

// The host summarizes at most this much text (one request, 64 MiB cap).
const MAX_TEXT_CHARS = 8 * 1024 * 1024;

export class SummaryPanel {
  #article = null;   // {text, url, lang, dir}
  #requested = false;
  #job = null;
  #stopWatching = null;
  #modelName = '';
  #toggle = document.getElementById('toggle-summary');
  #panel = document.getElementById('summary-panel');
  #status = document.getElementById('summary-status');
  #sentences = document.getElementById('summary-sentences');
  #keyPoints = document.getElementById('key-points');
  #model = document.getElementById('model-summary');
  #modelText = document.getElementById('model-summary-text');
  #modelCredit = document.getElementById('model-summary-credit');
  #stop = document.getElementById('stop-model');

  constructor() {
    this.#toggle.addEventListener('click', () => (this.#panel.hidden ? this.open() : this.close()));
    document.getElementById('close-summary').addEventListener('click', () => this.close());
    this.#stop.addEventListener('click', () => this.#stopModel());
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

  async #request({ useModel = true } = {}) {
    if (this.#requested) return;
    this.#requested = true;
    this.#status.textContent = 'Summarizing\u2026';
    const { text, url, lang, dir } = this.#article;
    for (const element of [this.#sentences, this.#modelText]) {
      element.lang = lang;
      element.dir = dir;
    }
    let job;
    try {
      ({ job } = await askBackground({ type: 'start-summary', text: text.slice(0, MAX_TEXT_CHARS), url, lang, useModel }));
    } catch (error) {
      this.#showError(error);
      return;
    }
    this.#job = job;
    this.#stopWatching = watchJob(job, (message) => this.#onJob(message));
  }

  // Stop: the model's request is cancelled (the host closes its connection
  // to the model) and the article's own sentences are asked for instead.
  #stopModel() {
    this.#stopWatching?.();
    this.#stopWatching = null;
    askBackground({ type: 'cancel-job', job: this.#job }).catch(() => {});
    this.#showModelText('');
    this.#requested = false;
    this.#request({ useModel: false }).then(() => {
      this.#status.textContent = 'Stopped the language model. Summarizing with the article\'s own sentences\u2026';
    });
  }

  #onJob(message) {
    if (message.kind === 'running') {
      this.#modelName = typeof message.options?.model === 'string' ? message.options.model : '';
      this.#showProgress(message.progress);
      if (this.#modelName) this.#showModelText(typeof message.partial === 'string' ? message.partial : '', { writing: true });
    } else if (message.kind === 'progress') {
      this.#showProgress(message.progress);
    } else if (message.kind === 'partial') {
      this.#showModelText(this.#modelText.textContent + String(message.text ?? ''), { writing: true });
    } else if (message.kind === 'error') {
      this.#showError(message.error);
    } else if (message.kind === 'result') {
      this.#showSummary(message.result ?? {});
    }
  }

  #showProgress(progress) {
    const doing = this.#modelName ? `Summarizing with ${this.#modelName} on this computer\u2026` : 'Summarizing\u2026';
    const detail = describeProgress(progress);
    this.#status.textContent = detail ? `${doing} ${detail}` : doing;
  }

  // The model's text so far (writing: more may come, Stop is offered), or
  // none ('' hides the box).
  #showModelText(text, { writing = false } = {}) {
    this.#model.hidden = text === '' && !writing;
    this.#modelText.textContent = text;
    this.#stop.hidden = !writing;
    this.#modelCredit.textContent = writing ? '' : `Written by ${this.#modelName}, on this computer.`;
    this.#panel.dataset.model = writing ? 'writing' : (text ? 'done' : '');
  }

  #showSummary(result) {
    const sentences = Array.isArray(result.sentences) ? result.sentences.filter((s) => typeof s === 'string') : [];
    const keyPoints = Array.isArray(result.keyPoints) ? result.keyPoints.filter((s) => typeof s === 'string') : [];
    const model = result.model && typeof result.model === 'object' ? result.model : null;
    if (model && typeof model.name === 'string') this.#modelName = model.name;
    this.#status.textContent = sentences.length ? '' : 'The host found nothing to summarize.';
    this.#status.classList.remove('error');
    this.#showModelText(model?.used && typeof model.text === 'string' ? model.text : '');
    if (model && !model.used) {
      const note = document.createElement('p');
      note.className = 'fallback';
      note.textContent = `The language model was not used: ${String(model.fallbackReason ?? 'no reason given')}. ` +
        'This summary is made of the article\'s own sentences.';
      this.#status.replaceChildren(note);
      this.#panel.dataset.model = 'fallback';
    }
    document.getElementById('summary-sentences-heading').hidden = !model?.used || sentences.length === 0;
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
    this.#showModelText('');
    this.#requested = false;  // the user may try again by reopening
  }
}

function listItem(text) {
  const item = document.createElement('li');
  item.textContent = text;
  return item;
}
