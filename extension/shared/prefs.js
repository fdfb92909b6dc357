// User preferences: their defaults, their valid values, and how a stored
// (possibly stale or hand-edited) value is brought back into range. Pure
// logic; storage lives in prefs_store.js.

export const THEMES = ['auto', 'light', 'dark', 'sepia'];
export const FONTS = ['serif', 'sans', 'mono'];
export const WIDTHS = ['narrow', 'medium', 'wide'];
export const FORMATS = ['markdown', 'html', 'json'];

export const DEFAULT_PREFS = Object.freeze({
  theme: 'auto',
  font: 'serif',
  fontSize: 20,          // CSS pixels
  lineHeight: 1.6,
  width: 'medium',
  speechRate: 1,
  saveFolder: '',        // empty: the host's default folder
  formats: Object.freeze(['markdown']),
  filenameTemplate: '{published:YYYY-MM-DD} {title}',
  saveImages: false,     // keep copies of the article's images beside it
  summarySentences: 5,
  readerableBadge: false,
});

const RANGES = {
  fontSize: [12, 40],
  lineHeight: [1.1, 2.4],
  speechRate: [0.5, 2.5],
  summarySentences: [1, 20],
};

const MAX_TEXT_PREF = 512;

// Returns a complete, valid preferences object from whatever was stored:
// unknown keys dropped, missing or invalid values replaced by defaults,
// numbers clamped to their range.
export function normalizePrefs(stored) {
  const source = stored && typeof stored === 'object' ? stored : {};
  const prefs = { ...DEFAULT_PREFS, formats: [...DEFAULT_PREFS.formats] };
  if (THEMES.includes(source.theme)) prefs.theme = source.theme;
  if (FONTS.includes(source.font)) prefs.font = source.font;
  if (WIDTHS.includes(source.width)) prefs.width = source.width;
  for (const [key, [low, high]] of Object.entries(RANGES)) {
    const value = Number(source[key]);
    if (source[key] !== undefined && source[key] !== null && Number.isFinite(value)) {
      prefs[key] = Math.min(high, Math.max(low, value));
    }
  }
  prefs.summarySentences = Math.round(prefs.summarySentences);
  prefs.fontSize = Math.round(prefs.fontSize);
  if (Array.isArray(source.formats)) {
    const formats = FORMATS.filter((f) => source.formats.includes(f));
    if (formats.length > 0) prefs.formats = formats;
  }
  if (typeof source.saveFolder === 'string') prefs.saveFolder = source.saveFolder.trim().slice(0, MAX_TEXT_PREF);
  if (typeof source.filenameTemplate === 'string' && source.filenameTemplate.trim() !== '') {
    prefs.filenameTemplate = source.filenameTemplate.trim().slice(0, MAX_TEXT_PREF);
  }
  if (typeof source.readerableBadge === 'boolean') prefs.readerableBadge = source.readerableBadge;
  if (typeof source.saveImages === 'boolean') prefs.saveImages = source.saveImages;
  return prefs;
}

// The reader column's width for each width setting, in ems of the reading
// font: about 60, 75 and 95 characters a line.
export function columnWidth(width) {
  return { narrow: '29em', medium: '36em', wide: '46em' }[width] ?? '36em';
}

// The save request's optional fields from the preferences.
export function saveOptions(prefs) {
  const options = { formats: [...prefs.formats], template: prefs.filenameTemplate };
  if (prefs.saveFolder) options.folder = prefs.saveFolder;
  return options;
}
