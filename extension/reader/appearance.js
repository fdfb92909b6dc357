// The reader's look: applies preferences to the page and wires the settings
// popover. Changes are stored in storage.sync and applied at once, here and
// in every other open reader view.
import { columnWidth } from '../shared/prefs.js';
import { loadPrefs, onPrefsChanged, savePrefs } from '../shared/prefs_store.js';

export function applyPrefs(prefs, body = document.body) {
  body.dataset.theme = prefs.theme;
  body.dataset.font = prefs.font;
  body.style.setProperty('--reader-font-size', `${prefs.fontSize}px`);
  body.style.setProperty('--reader-line-height', String(prefs.lineHeight));
  body.style.setProperty('--reader-width', columnWidth(prefs.width));
  for (const group of document.querySelectorAll('[data-pref]')) {
    for (const button of group.querySelectorAll('button[data-value]')) {
      button.setAttribute('aria-pressed', String(button.dataset.value === prefs[group.dataset.pref]));
    }
  }
  const size = document.getElementById('font-size-value');
  if (size) size.value = `${prefs.fontSize}px`;
  const lineHeight = document.getElementById('line-height-value');
  if (lineHeight) lineHeight.value = prefs.lineHeight.toFixed(1);
}

// Loads, applies and keeps applying the preferences; returns the first ones.
export async function setUpAppearance() {
  let prefs = await loadPrefs();
  applyPrefs(prefs);
  onPrefsChanged((next) => {
    prefs = next;
    applyPrefs(prefs);
  });

  const change = async (changes) => {
    prefs = { ...prefs, ...changes };
    applyPrefs(prefs);                 // instantly, before storage answers
    prefs = await savePrefs(changes);  // then the validated, stored value
    applyPrefs(prefs);
  };
  for (const group of document.querySelectorAll('[data-pref]')) {
    group.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-value]');
      if (button) change({ [group.dataset.pref]: button.dataset.value });
    });
  }
  for (const button of document.querySelectorAll('button[data-step]')) {
    button.addEventListener('click', () => {
      const key = button.dataset.step;
      const next = Math.round((prefs[key] + Number(button.dataset.delta)) * 10) / 10;
      change({ [key]: next });
    });
  }

  const toggle = document.getElementById('toggle-settings');
  const popover = document.getElementById('settings');
  toggle.addEventListener('click', () => setOpen(toggle, popover, popover.hidden));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') setOpen(toggle, popover, false);
  });
  document.addEventListener('click', (event) => {
    if (!popover.hidden && !popover.contains(event.target) && event.target !== toggle) setOpen(toggle, popover, false);
  });
  return prefs;
}

export function setOpen(toggle, section, open) {
  section.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
}
