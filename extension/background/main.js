// The background of the extension: a service worker on Chromium browsers, an
// event page (background scripts) on Firefox. Listeners are registered at the
// top level, synchronously, so that the browser can wake us for any of them.
import { api } from '../shared/browser_api.js';
import { HOST_NAME, errorToPlain } from '../shared/protocol.js';
import { SETUP_ERRORS } from '../shared/error_text.js';
import { HostConnection } from './host_connection.js';
import { JOB_PORT_NAME } from '../shared/job_client.js';
import { JobRegistry } from './jobs.js';
import { Actions } from './actions.js';
import { MENU_ITEMS, createMenus, runMenuItem } from './menus.js';
import { probeTab } from './badge.js';
import { openSetup } from './pages.js';
import { captureTab } from './capture.js';
import { closeReader } from './overlay.js';

const host = new HostConnection({
  connect: () => api.runtime.connectNative(HOST_NAME),
  lastError: () => api.runtime.lastError?.message ?? null,
});
const jobs = new JobRegistry({
  onFailure: (job, error) => {
    if (SETUP_ERRORS.has(error.code)) openSetup(error);
  },
});
const actions = new Actions({ host, jobs });

// Errors of user actions end up here; the pages have shown what they can.
function report(promise) {
  Promise.resolve(promise).catch((error) => console.error('pagesift:', error));
}

api.runtime.onInstalled.addListener(() => report(createMenus()));
api.contextMenus.onClicked.addListener((info, tab) => report(runMenuItem(actions, info, tab)));
api.action.onClicked.addListener((tab) => report(actions.toggleReader(tab)));
api.tabs.onRemoved.addListener((tabId) => jobs.cancelForTab(tabId));
api.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'complete') report(probeTab(tab));
});

api.runtime.onConnect.addListener((port) => {
  if (port.name === JOB_PORT_NAME) jobs.attach(port);
});

// Requests from the extension's own pages (reader view, options, setup).
api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== api.runtime.id || typeof message?.type !== 'string') return false;
  const handler = PAGE_REQUESTS[message.type];
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(message, sender))
    .then((result) => sendResponse({ ok: true, result }),
      (error) => sendResponse({ ok: false, error: errorToPlain(error) }));
  return true;  // the answer comes asynchronously
});

const PAGE_REQUESTS = {
  // Options and setup pages: "test connection".
  'host-hello': () => host.hello(),
  // Reader view: summary panel and save button.
  'start-summary': async (message, sender) => {
    const source = { text: String(message.text ?? ''), url: String(message.url ?? '') };
    if (typeof message.lang === 'string' && message.lang) source.lang = message.lang;
    const job = await actions.startSummary(source, sender.tab?.id, { useModel: message.useModel !== false });
    return { job: job.id };
  },
  // Options page: "Test the model".
  'model-test': (message) => actions.testModel(message.model),
  'start-save': async (message) => {
    const job = await actions.saveFromReader(String(message.extractJob ?? ''), { html: String(message.html ?? ''), url: String(message.url ?? '') });
    return { job: job.id };
  },
  'cancel-job': (message) => jobs.cancel(String(message.job ?? '')),
  // Reader view: its "Page" button takes it away from over the page.
  'close-reader': (message, sender) => (sender.tab ? closeReader(sender.tab.id) : false),
};

// For the browser's devtools and the end-to-end tests, which cannot click a
// context menu in a headless browser: the same functions the listeners call.
globalThis.pagesift = Object.freeze({
  host, jobs, actions,
  clickMenuItem: (info, tab) => runMenuItem(actions, info, tab),
  clickToolbarButton: (tab) => actions.toggleReader(tab),
  captureTab,
  createMenus,
  menuItems: MENU_ITEMS,
});
