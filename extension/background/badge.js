// The toolbar badge that says a page is worth a reader view.
//
// Without access to every site (the extension asks for none by default) a
// page can only be looked at once the user invokes the extension on it. A
// user who turns on "readerable badge" in the options grants the optional
// host permissions; then every page that finishes loading gets a quick local
// check (content/readerable_probe.js), no host involved.
import { api } from '../shared/browser_api.js';
import { loadPrefs } from '../shared/prefs_store.js';
import { captureRefusal } from './capture.js';

const BADGE_TEXT = 'R';
const BADGE_COLOR = '#2f6f4f';

export async function setReaderableBadge(tabId, readerable) {
  await api.action.setBadgeText({ tabId, text: readerable ? BADGE_TEXT : '' });
  if (readerable) await api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await api.action.setTitle({ tabId, title: readerable ? 'Open in reader view (this page looks like an article)' : 'Toggle reader view' });
}

// Called when a tab finished loading.
export async function probeTab(tab) {
  if (!tab?.url || captureRefusal(tab.url) || !/^https?:/i.test(tab.url)) return;
  const prefs = await loadPrefs();
  if (!prefs.readerableBadge) return;
  const origin = `${new URL(tab.url).origin}/*`;
  if (!(await api.permissions.contains({ origins: [origin] }))) return;
  try {
    const [first] = await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['content/readerable_probe.js'] });
    await setReaderableBadge(tab.id, first?.result === true);
  } catch {
    // The tab navigated away or closed meanwhile.
  }
}
