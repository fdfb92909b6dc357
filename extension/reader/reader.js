// The reader view page, shown in a frame over the page it reads
// (background/overlay.js). Its URL names the background job that captures
// and extracts the article (?job=ID&src=URL&tab=ID[&panel=summary]); the
// page shows that job's progress, then the article, and offers type
// settings, read aloud, a summary panel and saving.
import { api } from '../shared/browser_api.js';
import { describeError } from '../shared/error_text.js';
import { askBackground, describeProgress, watchJob } from '../shared/job_client.js';
import { savePrefs } from '../shared/prefs_store.js';
import { setOpen, setUpAppearance } from './appearance.js';
import { renderArticle } from './render.js';
import { ReadAloud } from './speech.js';
import { SummaryPanel } from './summary_panel.js';

const params = new URLSearchParams(location.search);
const jobId = params.get('job') ?? '';
const tabId = Number(params.get('tab'));
let sourceUrl = params.get('src') ?? '';
let article = null;  // the host's result once it is shown

const summary = new SummaryPanel();
const speech = new ReadAloud({ onChange: showSpeechState });

main();

function main() {
  wireToolbar();
  // The job is watched at once, while the preferences load: the article is
  // shown once both are there (never in the wrong theme first).
  const prefsApplied = setUpAppearance().then((prefs) => {
    document.getElementById('speech-rate').value = String(prefs.speechRate);
    speech.setRate(prefs.speechRate);
  });
  if (params.get('panel') === 'summary') summary.open();
  if (!jobId) {
    showError({ code: 'expired', message: 'This reader view has no article. Open it from a page.' });
    return;
  }
  watchJob(jobId, (message) => prefsApplied.then(() => onJob(message)));
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (message?.type !== 'reader-command' || message.tabId !== tabId) return false;
    sendResponse(runCommand(message.command));
    return false;
  });
}

function onJob(message) {
  if (message.sourceUrl) sourceUrl = message.sourceUrl;
  if (message.kind === 'running' || message.kind === 'progress') {
    const progress = message.progress;
    setStatus('Preparing the reader view\u2026', describeProgress(progress));
    const bar = document.getElementById('status-progress');
    if (progress && Number(progress.total) > 0) {
      bar.hidden = false;
      bar.max = Number(progress.total);
      bar.value = Number(progress.done) || 0;
    }
  } else if (message.kind === 'error') {
    showError(message.error);
  } else if (message.kind === 'result') {
    showArticle(message.result ?? {});
  }
}

function showArticle(result) {
  article = result;
  renderArticle(result, sourceUrl);
  document.getElementById('status').hidden = true;
  document.getElementById('reader').setAttribute('aria-busy', 'false');
  const content = document.getElementById('content');
  summary.setArticle({
    text: typeof result.textContent === 'string' && result.textContent ? result.textContent : content.innerText,
    url: result.url || sourceUrl,
    lang: typeof result.lang === 'string' ? result.lang : '',
    dir: document.getElementById('article').dir,
  });
}

function showError(error) {
  const { title, detail } = describeError(error, 'extract');
  setStatus(title, detail);
  document.getElementById('status').classList.add('error');
  document.getElementById('status-progress').hidden = true;
  document.getElementById('reader').setAttribute('aria-busy', 'false');
  document.getElementById('reader').dataset.error = error?.code ?? 'internal';
  const back = document.createElement('button');
  back.type = 'button';
  back.textContent = 'Back to the page';
  back.addEventListener('click', leaveReader);
  document.getElementById('status').append(back);
}

function setStatus(title, detail) {
  document.getElementById('status-title').textContent = title;
  document.getElementById('status-detail').textContent = detail ?? '';
}

function wireToolbar() {
  document.getElementById('close-reader').addEventListener('click', leaveReader);
  document.getElementById('save-article').addEventListener('click', save);
  // The browser's own Print prints the page under this frame: this prints
  // the frame's document, the article alone (print.css).
  document.getElementById('print-article').addEventListener('click', () => print());
  const speechToggle = document.getElementById('toggle-speech');
  const speechBar = document.getElementById('speech-bar');
  speechToggle.addEventListener('click', () => {
    const open = speechBar.hidden;
    setOpen(speechToggle, speechBar, open);
    if (!open) speech.stop();
  });
  document.getElementById('speech-play').addEventListener('click', () => {
    if (!speech.available) {
      showSpeechState('stopped', 0, 0, 'This browser has no speech synthesis.');
      return;
    }
    if (!article) return;
    if (speech.state === 'stopped' && speech.sentences.length === 0) {
      speech.load(document.getElementById('content'), document.getElementById('article').lang);
    }
    speech.toggle();
  });
  document.getElementById('speech-stop').addEventListener('click', () => speech.stop());
  document.getElementById('speech-rate').addEventListener('change', async (event) => {
    const rate = Number(event.target.value);
    speech.setRate(rate);
    await savePrefs({ speechRate: rate });
  });
  addEventListener('pagehide', () => speech.stop());
}

function showSpeechState(state, index, count, problem = '') {
  document.getElementById('speech-play').textContent = state === 'playing' ? 'Pause' : 'Play';
  document.getElementById('toggle-speech').setAttribute('aria-pressed', String(state !== 'stopped'));
  const status = document.getElementById('speech-status');
  if (problem) status.textContent = `Read aloud stopped: ${problem}`;
  else if (state === 'stopped') status.textContent = '';
  else status.textContent = `Sentence ${index + 1} of ${count}`;
}

// Back to the page underneath: the background takes this frame away.
function leaveReader() {
  askBackground({ type: 'close-reader' }).catch((error) => notice(describeError(error, 'extract').title));
}

// Commands from the toolbar button and the context menu; true if understood.
function runCommand(command) {
  if (command === 'summary') summary.open();
  else if (command === 'save') save();
  else return false;
  return true;
}

async function save() {
  if (!article) return;
  notice('Saving\u2026');
  let job;
  try {
    ({ job } = await askBackground({ type: 'start-save', extractJob: jobId, html: standaloneHtml(article), url: article.url || sourceUrl }));
  } catch (error) {
    noticeError(error);
    return;
  }
  watchJob(job, (message) => {
    if (message.kind === 'error') noticeError(message.error);
    else if (message.kind === 'result') {
      const files = Array.isArray(message.result?.files) ? message.result.files : [];
      notice(files.length ? `Saved: ${files.join(', ')}` : 'Saved.');
    }
  });
}

// The article as a page of its own, for saving when the original capture is
// no longer kept.
function standaloneHtml(result) {
  const doc = document.implementation.createHTMLDocument(result.title ?? '');
  const content = document.getElementById('content').cloneNode(true);
  const heading = doc.createElement('h1');
  heading.textContent = result.title ?? '';
  doc.body.append(heading, doc.importNode(content, true));
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

let noticeTimer = null;
function notice(message, { sticky = false } = {}) {
  const box = document.getElementById('notice');
  box.textContent = message;
  box.hidden = false;
  delete box.dataset.error;
  clearTimeout(noticeTimer);
  if (!sticky) noticeTimer = setTimeout(() => { box.hidden = true; }, 8000);
}

function noticeError(error) {
  const { title, detail } = describeError(error, 'save');
  notice(`${title} ${detail}`, { sticky: true });
  document.getElementById('notice').dataset.error = error?.code ?? 'internal';
}
