// The options page: every change is validated and stored in storage.sync at
// once (open reader views apply it instantly); "Test connection" asks the
// host for its hello; "Test the model" has the host summarize a short text
// with the model settings as they stand on the page.
import { api } from '../shared/browser_api.js';
import { describeError } from '../shared/error_text.js';
import { askBackground } from '../shared/job_client.js';
import { checkModelEndpoint, modelSettings, normalizePrefs } from '../shared/prefs.js';
import { loadPrefs, savePrefs } from '../shared/prefs_store.js';

const form = document.getElementById('options');
const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };

async function main() {
  show(await loadPrefs());
  form.addEventListener('change', onChange);
  document.getElementById('test-connection').addEventListener('click', testConnection);
  document.getElementById('test-model').addEventListener('click', testModel);
}

function show(prefs) {
  document.body.dataset.theme = prefs.theme;
  form.saveFolder.value = prefs.saveFolder;
  form.filenameTemplate.value = prefs.filenameTemplate;
  form.summarySentences.value = String(prefs.summarySentences);
  form.theme.value = prefs.theme;
  form.font.value = prefs.font;
  form.readerableBadge.checked = prefs.readerableBadge;
  form.saveImages.checked = prefs.saveImages;
  form.modelEnabled.checked = prefs.modelEnabled;
  form.modelEndpoint.value = prefs.modelEndpoint;
  form.modelFormat.value = prefs.modelFormat;
  form.modelName.value = prefs.modelName;
  form.modelTimeoutSeconds.value = String(prefs.modelTimeoutSeconds);
  for (const box of form.querySelectorAll('input[name="formats"]')) box.checked = prefs.formats.includes(box.value);
}

// Changes are saved in the order they come; only the latest one shows what
// was stored, and never over a field typed in while the save was under way.
let latestChange = 0;

async function onChange(event) {
  const change = ++latestChange;
  const typed = new Map([...form.elements].filter((element) => element.type !== 'checkbox' && element.name)
    .map((element) => [element, element.value]));
  if (event.target.name === 'readerableBadge' && event.target.checked) {
    // Asked here, in the click's user gesture, as the browsers require.
    const granted = await api.permissions.request(ALL_SITES).catch(() => false);
    if (!granted) event.target.checked = false;
  } else if (event.target.name === 'readerableBadge') {
    await api.permissions.remove(ALL_SITES).catch(() => false);
  }
  const formats = [...form.querySelectorAll('input[name="formats"]:checked')].map((box) => box.value);
  // A refused address is shown with the reason and not stored; the stored
  // one stays in force.
  const typedEndpoint = form.modelEndpoint.value;
  const endpointProblem = showEndpointProblem(typedEndpoint);
  const prefs = await savePrefs({
    ...modelFields(),
    ...(endpointProblem ? {} : { modelEndpoint: typedEndpoint }),
    saveFolder: form.saveFolder.value,
    formats,
    filenameTemplate: form.filenameTemplate.value,
    summarySentences: Number(form.summarySentences.value),
    theme: form.theme.value,
    font: form.font.value,
    readerableBadge: form.readerableBadge.checked,
    saveImages: form.saveImages.checked,
  });
  if (change !== latestChange) return;
  const edited = [...typed].filter(([element, value]) => element.value !== value).map(([element]) => [element, element.value]);
  show(prefs);
  for (const [element, value] of edited) element.value = value;
  if (endpointProblem) form.modelEndpoint.value = typedEndpoint;
  document.getElementById('saved').textContent = endpointProblem ? 'Saved, except the model\'s address.' : 'Saved.';
}

// The model settings on the page, but the address.
function modelFields() {
  return {
    modelEnabled: form.modelEnabled.checked,
    modelFormat: form.modelFormat.value,
    modelName: form.modelName.value,
    modelTimeoutSeconds: Number(form.modelTimeoutSeconds.value),
  };
}

// Shows why the address is refused, if it is; returns the reason or ''.
function showEndpointProblem(endpoint) {
  const problem = checkModelEndpoint(endpoint);
  const box = document.getElementById('model-endpoint-problem');
  box.textContent = problem;
  box.hidden = problem === '';
  form.modelEndpoint.setAttribute('aria-invalid', String(problem !== ''));
  return problem;
}

async function testModel() {
  const box = document.getElementById('model-test');
  if (showEndpointProblem(form.modelEndpoint.value)) {
    box.replaceChildren(paragraph('The address above is not allowed; nothing was sent.', 'error'));
    return;
  }
  const model = modelSettings(normalizePrefs({ ...modelFields(), modelEndpoint: form.modelEndpoint.value }));
  box.replaceChildren(paragraph(`Asking ${model.name || 'the model'}\u2026`));
  try {
    const result = await askBackground({ type: 'model-test', model });
    if (result.model?.used) {
      const quote = document.createElement('blockquote');
      quote.textContent = result.model.text;
      box.replaceChildren(paragraph(`${model.name} answered:`), quote);
      box.dataset.outcome = 'ok';
    } else {
      box.replaceChildren(
        paragraph('The model could not be used.', 'error'),
        paragraph(`${result.model?.fallbackReason ?? 'No reason given.'} Summaries fall back to the article's own sentences until this works.`));
      box.dataset.outcome = 'fallback';
    }
  } catch (error) {
    const { title, detail } = describeError(error, 'summarize');
    box.replaceChildren(paragraph(title, 'error'), paragraph(detail));
    box.dataset.outcome = 'error';
  }
}

function paragraph(text, className = '') {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

async function testConnection() {
  const box = document.getElementById('connection');
  box.textContent = 'Connecting\u2026';
  try {
    const hello = await askBackground({ type: 'host-hello' });
    const facts = [
      ['Host', `${hello.name} ${hello.version}`],
      ['Protocol', String(hello.protocol)],
      ['Capabilities', Array.isArray(hello.capabilities) ? hello.capabilities.join(', ') : ''],
      ['Largest page', hello.maxRequestBytes ? `${Math.round(hello.maxRequestBytes / 1048576)} MB` : ''],
    ];
    const list = document.createElement('dl');
    list.id = 'host-facts';
    for (const [term, value] of facts) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      list.append(dt, dd);
    }
    box.replaceChildren(list);
  } catch (error) {
    const { title, detail } = describeError(error, 'hello');
    const heading = document.createElement('p');
    heading.className = 'error';
    heading.textContent = title;
    const body = document.createElement('p');
    body.textContent = detail;
    box.replaceChildren(heading, body);
  }
}

main();
