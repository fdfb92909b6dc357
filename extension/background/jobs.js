// Jobs: the host requests that extension pages wait for. A reader view or a
// result panel watches a job through a runtime port named "pagesift-job";
// when the last watcher goes away before the job ends (the user navigated
// away or closed the tab) the job is cancelled, and the host with it.
//
// A job's partial text (a summary as a local model writes it) reaches its
// watchers as it grows: {kind: "partial", text} with each new piece, and the
// whole text so far in the "running" state a new watcher is first sent.
//
// Finished extract results are also kept in storage.session, so that a
// reader view survives a reload after the service worker was stopped.
import { api } from '../shared/browser_api.js';
import { PagesiftError, errorToPlain } from '../shared/protocol.js';

const FORGET_AFTER_MS = 10 * 60_000;
// storage.session holds 10 MB in Chromium; larger articles live in memory only.
const MAX_STORED_CHARS = 8 * 1024 * 1024;
// Captured pages are kept (for "save" from the reader view) for this many of
// the most recent extractions only: they can be tens of megabytes each.
const KEPT_CAPTURES = 3;
// A model's summary longer than this is not shown as it grows (the host caps
// a model's answer at 256 KiB anyway).
const MAX_PARTIAL_CHARS = 512 * 1024;

export class JobRegistry {
  #jobs = new Map();
  #onFailure;

  // onFailure(job, error) is called when a job fails (e.g. to show the setup page).
  constructor({ onFailure = () => {} } = {}) {
    this.#onFailure = onFailure;
  }

  get(id) {
    return this.#jobs.get(id) ?? null;
  }

  // Starts work(signal, onProgress, onPartial) -> Promise<result> as a job of `type`.
  // `info` is kept on the job (tabId, sourceUrl, capture, ...).
  start(type, info, work) {
    // Unguessable: the reader page is web-accessible (overlay.js), and its
    // address names the job it shows.
    const id = crypto.randomUUID();
    const job = {
      id, type, ...info,
      status: 'running', progress: null, partial: '', result: null, error: null,
      watchers: new Set(), everWatched: false, abort: new AbortController(), forgetTimer: null,
    };
    this.#jobs.set(id, job);
    this.#keepRecentCaptures();
    const onProgress = (progress) => {
      job.progress = progress;
      this.#broadcast(job, { kind: 'progress', progress });
    };
    const onPartial = ({ text }) => {
      if (job.status !== 'running' || job.partial.length + text.length > MAX_PARTIAL_CHARS) return;
      job.partial += text;
      this.#broadcast(job, { kind: 'partial', text });
    };
    Promise.resolve()
      .then(() => work(job.abort.signal, onProgress, onPartial))
      .then((result) => this.#finish(job, result, null),
        (error) => this.#finish(job, null, errorToPlain(error)));
    return job;
  }

  // Cancels a running job (its host request is cancelled through the signal).
  cancel(id) {
    const job = this.#jobs.get(id);
    if (job && job.status === 'running') job.abort.abort();
  }

  // Cancels the running jobs started from a tab (the tab was closed).
  cancelForTab(tabId) {
    for (const job of this.#jobs.values()) {
      if (job.tabId === tabId && job.status === 'running') job.abort.abort();
    }
  }

  // A page connected a job port; it names the job in its first message.
  attach(port) {
    let job = null;
    port.onMessage.addListener(async (message) => {
      if (job || typeof message?.watch !== 'string') return;
      job = this.#jobs.get(message.watch);
      if (!job) {
        port.postMessage(await storedResult(message.watch));
        return;
      }
      job.watchers.add(port);
      job.everWatched = true;
      clearTimeout(job.forgetTimer);
      port.postMessage(snapshot(job));
    });
    port.onDisconnect.addListener(() => {
      if (!job) return;
      job.watchers.delete(port);
      if (job.watchers.size > 0) return;
      if (job.status === 'running') job.abort.abort();
      else this.#forgetLater(job);
    });
  }

  #finish(job, result, error) {
    job.status = error ? 'failed' : 'done';
    job.result = result;
    job.error = error;
    // Watchers first: keeping the result for reloads serialises all of it.
    this.#broadcast(job, snapshot(job));
    if (!error && job.type === 'extract') storeResult(job);
    if (error) this.#onFailure(job, error);
    if (job.watchers.size === 0) this.#forgetLater(job);
  }

  #broadcast(job, message) {
    for (const port of job.watchers) {
      try { port.postMessage(message); } catch { job.watchers.delete(port); }
    }
  }

  #forgetLater(job) {
    clearTimeout(job.forgetTimer);
    job.forgetTimer = setTimeout(() => this.#jobs.delete(job.id), FORGET_AFTER_MS);
  }

  #keepRecentCaptures() {
    const withCapture = [...this.#jobs.values()].filter((job) => job.capture);
    for (const job of withCapture.slice(0, Math.max(0, withCapture.length - KEPT_CAPTURES))) {
      job.capture = null;
    }
  }
}

// What a watcher is told: the job's state in one message.
function snapshot(job) {
  const base = { job: job.id, type: job.type, sourceUrl: job.sourceUrl ?? '', options: job.options ?? {} };
  if (job.status === 'running') return { ...base, kind: 'running', progress: job.progress, partial: job.partial };
  if (job.status === 'failed') return { ...base, kind: 'error', error: job.error };
  return { ...base, kind: 'result', result: job.result };
}

function storageKey(id) {
  return `article:${id}`;
}

async function storeResult(job) {
  if (!api.storage.session) return;
  const record = { type: job.type, sourceUrl: job.sourceUrl ?? '', result: job.result };
  let size;
  try {
    size = JSON.stringify(record).length;
  } catch {
    return;
  }
  if (size > MAX_STORED_CHARS) return;
  try {
    await api.storage.session.set({ [storageKey(job.id)]: record });
  } catch (error) {
    console.warn('pagesift: could not keep the article for reloads:', error.message);
  }
}

async function storedResult(id) {
  const key = storageKey(id);
  const stored = api.storage.session ? await api.storage.session.get(key) : {};
  const record = stored[key];
  if (record) return { kind: 'result', job: id, type: record.type, sourceUrl: record.sourceUrl, result: record.result, options: {} };
  const error = new PagesiftError('expired', 'The browser has forgotten this reader view. Go back to the page and open it again.');
  return { kind: 'error', job: id, type: 'extract', error: errorToPlain(error) };
}
