// Preferences in storage.sync, so they follow the user across devices, and a
// way to hear about changes made on another page (applied instantly).
import { api } from './browser_api.js';
import { DEFAULT_PREFS, normalizePrefs } from './prefs.js';

export async function loadPrefs() {
  const stored = await api.storage.sync.get(Object.keys(DEFAULT_PREFS));
  return normalizePrefs(stored);
}

// Stores the given keys after validation; returns the complete new prefs.
export async function savePrefs(changes) {
  const current = await loadPrefs();
  const next = normalizePrefs({ ...current, ...changes });
  await api.storage.sync.set(next);
  return next;
}

// Calls listener(prefs) whenever any preference changes.
export function onPrefsChanged(listener) {
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    if (!Object.keys(changes).some((key) => key in DEFAULT_PREFS)) return;
    loadPrefs().then(listener);
  });
}
