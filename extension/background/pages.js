// The extension's own pages and how they are opened.
import { api } from '../shared/browser_api.js';

// The reader view of an extract job; `src` is the page it reads, `tab` the
// tab it is shown in (for the commands addressed to that tab's reader view).
export function readerUrl(jobId, { panel, src, tab } = {}) {
  const query = new URLSearchParams({ job: jobId });
  if (panel) query.set('panel', panel);
  if (src) query.set('src', src);
  if (tab !== undefined) query.set('tab', String(tab));
  return api.runtime.getURL(`reader/reader.html?${query}`);
}

// A small window showing a job's outcome (a save, a selection's summary) or
// a problem that has no page of its own to be shown in.
export async function openPanel(params) {
  const url = api.runtime.getURL(`panel/panel.html?${new URLSearchParams(params)}`);
  try {
    return await api.windows.create({ url, type: 'popup', width: 480, height: 600 });
  } catch {
    return api.tabs.create({ url });  // e.g. a browser without popup windows
  }
}

const SETUP_REOPEN_MS = 10_000;
let lastSetupOpened = 0;

// Opens (or focuses) the setup page explaining what is wrong with the host.
export async function openSetup(error) {
  const base = api.runtime.getURL('setup/setup.html');
  const url = `${base}?${new URLSearchParams({ code: error.code, detail: error.message ?? '' })}`;
  const existing = await api.tabs.query({ url: `${base}*` });
  if (existing.length > 0) {
    await api.tabs.update(existing[0].id, { url, active: true });
    return;
  }
  // The same failure reported by several requests at once opens one page.
  if (Date.now() - lastSetupOpened < SETUP_REOPEN_MS) return;
  lastSetupOpened = Date.now();
  await api.tabs.create({ url, active: true });
}
