// The setup page, shown when the host is missing or broken: says what is
// wrong, gives the command that fixes it, and checks again on request.
import { api } from '../shared/browser_api.js';
import { describeError, INSTALL_COMMAND } from '../shared/error_text.js';
import { askBackground } from '../shared/job_client.js';
import { loadPrefs } from '../shared/prefs_store.js';

const params = new URLSearchParams(location.search);

loadPrefs().then((prefs) => { document.body.dataset.theme = prefs.theme; });
document.getElementById('install-command').textContent = INSTALL_COMMAND;
document.getElementById('extension-id').textContent = api.runtime.id;
document.getElementById('allowed-origin').textContent = isFirefox()
  ? `"allowed_extensions": ["${api.runtime.id}"]`
  : `"allowed_origins": ["${new URL(api.runtime.getURL('')).origin}/"]`;
document.getElementById('check-again').addEventListener('click', check);

if (params.get('code')) showProblem({ code: params.get('code'), message: params.get('detail') ?? '' });
else check();

async function check() {
  const result = document.getElementById('check-result');
  result.textContent = 'Checking\u2026';
  try {
    const hello = await askBackground({ type: 'host-hello' });
    showWorking(hello);
    result.textContent = '';
  } catch (error) {
    showProblem(error);
    result.textContent = 'Still not working; see above.';
  }
}

function showProblem(error) {
  const { title, detail } = describeError(error, 'hello');
  const box = document.getElementById('problem');
  box.classList.remove('ok');
  box.dataset.code = error.code;
  document.getElementById('problem-title').textContent = title;
  document.getElementById('problem-detail').textContent = detail;
}

function showWorking(hello) {
  const box = document.getElementById('problem');
  box.classList.add('ok');
  box.dataset.code = 'ok';
  document.getElementById('problem-title').textContent = `The host works: ${hello.name} ${hello.version}.`;
  document.getElementById('problem-detail').textContent = 'You can close this page and open any article in reader view.';
}

function isFirefox() {
  return api.runtime.getURL('').startsWith('moz-extension:');
}
