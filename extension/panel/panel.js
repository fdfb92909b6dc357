// A small window for outcomes that have no page of their own: a saved
// article, a selection's summary, or why a page could not be read.
//   ?job=ID                          watch a save or summarize job
//   ?action=A&code=C&message=M       show an error of action A
import { describeError, SETUP_ERRORS } from '../shared/error_text.js';
import { describeProgress, watchJob } from '../shared/job_client.js';
import { loadPrefs } from '../shared/prefs_store.js';

const params = new URLSearchParams(location.search);
const HEADINGS = { save: 'Save article', summarize: 'Summary', extract: 'Reader view' };

document.getElementById('close').addEventListener('click', () => window.close());
loadPrefs().then((prefs) => { document.body.dataset.theme = prefs.theme; });

const jobId = params.get('job');
if (jobId) {
  watchJob(jobId, onJob);
} else {
  const action = params.get('action') ?? 'extract';
  setHeading(action);
  showError({ code: params.get('code') ?? 'internal', message: params.get('message') ?? '' }, action);
}

let modelText = '';  // a local model's summary as it is written

function onJob(message) {
  if (message.type) setHeading(message.type);
  if (message.kind === 'running' || message.kind === 'progress') {
    const progress = describeProgress(message.progress);
    setStatus(message.type === 'save' ? 'Saving\u2026' : 'Summarizing\u2026', progress);
    if (typeof message.partial === 'string') showModelText(message.partial);
  } else if (message.kind === 'partial') {
    showModelText(modelText + String(message.text ?? ''));
  } else if (message.kind === 'error') {
    showError(message.error, message.type);
  } else if (message.type === 'save') {
    showSaved(message.result ?? {});
  } else if (message.kind === 'result') {
    showSummary(message.result ?? {});
  }
}

function showModelText(text, credit = '') {
  modelText = text;
  document.getElementById('model-summary').hidden = text === '';
  document.getElementById('model-text').textContent = text;
  document.getElementById('model-credit').textContent = credit;
}

function setHeading(action) {
  const heading = HEADINGS[action] ?? 'pagesift';
  document.getElementById('heading').textContent = heading;
  document.title = `${heading} \u2014 pagesift`;
}

function setStatus(title, detail = '', { busy = true } = {}) {
  document.getElementById('status-title').textContent = title;
  document.getElementById('status-detail').textContent = detail;
  document.getElementById('status-progress').hidden = !busy;
}

function showError(error, action) {
  const { title, detail } = describeError(error, action);
  setStatus(title, detail, { busy: false });
  const status = document.getElementById('status');
  status.classList.add('error');
  status.dataset.code = error.code;
  document.getElementById('setup-link').hidden = !SETUP_ERRORS.has(error.code);
}

function showSaved(result) {
  const files = Array.isArray(result.files) ? result.files.filter((f) => typeof f === 'string') : [];
  const images = Array.isArray(result.images) ? result.images : [];
  const kept = images.filter((image) => typeof image?.file === 'string').length;
  const detail = images.length > 0 ? `${kept} of ${images.length} images kept beside it.` : '';
  setStatus(files.length === 1 ? 'Saved 1 file:' : `Saved ${files.length} files:`, detail, { busy: false });
  document.getElementById('status').dataset.code = 'ok';
  document.getElementById('files').replaceChildren(...files.map(item));
}

function showSummary(result) {
  const sentences = Array.isArray(result.sentences) ? result.sentences.filter((s) => typeof s === 'string') : [];
  const keyPoints = Array.isArray(result.keyPoints) ? result.keyPoints.filter((s) => typeof s === 'string') : [];
  setStatus(sentences.length ? '' : 'The host found nothing to summarize.', '', { busy: false });
  document.getElementById('status').dataset.code = 'ok';
  const model = result.model && typeof result.model === 'object' ? result.model : null;
  showModelText(model?.used ? String(model.text ?? '') : '', model?.used ? `Written by ${model.name}, on this computer.` : '');
  if (model && !model.used) {
    setStatus('The language model was not used.',
      `${String(model.fallbackReason ?? '')} This summary is made of the text's own sentences.`, { busy: false });
  }
  const list = document.getElementById('sentences');
  if (typeof result.lang === 'string') list.lang = result.lang;
  list.replaceChildren(...sentences.map(item));
  document.getElementById('key-points').replaceChildren(...keyPoints.map(item));
  document.getElementById('key-points-section').hidden = keyPoints.length === 0;
}

function item(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}
