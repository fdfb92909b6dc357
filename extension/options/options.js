// The options page: every change is validated and stored in storage.sync at
// once (open reader views apply it instantly); "Test connection" asks the
// host for its hello.
import { api } from '../shared/browser_api.js';
import { describeError } from '../shared/error_text.js';
import { askBackground } from '../shared/job_client.js';
import { loadPrefs, savePrefs } from '../shared/prefs_store.js';

const form = document.getElementById('options');
const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };

async function main() {
  show(await loadPrefs());
  form.addEventListener('change', onChange);
  document.getElementById('test-connection').addEventListener('click', testConnection);
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
  for (const box of form.querySelectorAll('input[name="formats"]')) box.checked = prefs.formats.includes(box.value);
}

async function onChange(event) {
  if (event.target.name === 'readerableBadge' && event.target.checked) {
    // Asked here, in the click's user gesture, as the browsers require.
    const granted = await api.permissions.request(ALL_SITES).catch(() => false);
    if (!granted) event.target.checked = false;
  } else if (event.target.name === 'readerableBadge') {
    await api.permissions.remove(ALL_SITES).catch(() => false);
  }
  const formats = [...form.querySelectorAll('input[name="formats"]:checked')].map((box) => box.value);
  const prefs = await savePrefs({
    saveFolder: form.saveFolder.value,
    formats,
    filenameTemplate: form.filenameTemplate.value,
    summarySentences: Number(form.summarySentences.value),
    theme: form.theme.value,
    font: form.font.value,
    readerableBadge: form.readerableBadge.checked,
    saveImages: form.saveImages.checked,
  });
  show(prefs);
  document.getElementById('saved').textContent = 'Saved.';
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
