// User preferences: their defaults, their valid values, and how a stored
// (possibly stale or hand-edited) value is brought back into range. Pure
// logic; storage lives in prefs_store.js.

export const THEMES = ['auto', 'light', 'dark', 'sepia'];
export const FONTS = ['serif', 'sans', 'mono'];
export const WIDTHS = ['narrow', 'medium', 'wide'];
export const FORMATS = ['markdown', 'html', 'json'];
export const MODEL_FORMATS = ['ollama', 'openai'];

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
  // A language model on this computer for summaries; off unless the user
  // turns it on (see modelRequest).
  modelEnabled: false,
  modelEndpoint: 'http://127.0.0.1:11434/api/chat',
  modelFormat: 'ollama',  // or 'openai': /v1/chat/completions (llama.cpp's server)
  modelName: '',
  modelTimeoutSeconds: 60,
});

const RANGES = {
  fontSize: [12, 40],
  lineHeight: [1.1, 2.4],
  speechRate: [0.5, 2.5],
  summarySentences: [1, 20],
  modelTimeoutSeconds: [1, 600],
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
  prefs.modelTimeoutSeconds = Math.round(prefs.modelTimeoutSeconds);
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
  if (typeof source.modelEnabled === 'boolean') prefs.modelEnabled = source.modelEnabled;
  if (MODEL_FORMATS.includes(source.modelFormat)) prefs.modelFormat = source.modelFormat;
  if (typeof source.modelName === 'string' && !/[\u0000-\u001f\u007f]/.test(source.modelName)) {
    prefs.modelName = source.modelName.trim().slice(0, MAX_MODEL_NAME);
  }
  // An endpoint off this computer is never kept, whoever wrote it.
  if (typeof source.modelEndpoint === 'string' && checkModelEndpoint(source.modelEndpoint) === '') {
    prefs.modelEndpoint = source.modelEndpoint.trim();
  }
  return prefs;
}

const MAX_MODEL_NAME = 256;
const MAX_ENDPOINT = 2048;

// Why `text` cannot be the model's endpoint, or '' when it can: plain http to
// this computer only (127.0.0.0/8, ::1, localhost), as the host itself
// checks, so that no setting can send a page elsewhere.
export function checkModelEndpoint(text) {
  const url = String(text ?? '').trim();
  if (url === '') return 'Enter the model server\'s address, such as http://127.0.0.1:11434/api/chat.';
  if (url.length > MAX_ENDPOINT) return 'This address is too long.';
  if (!url.startsWith('http://')) {
    return 'The address must start with http:// and name this computer: pagesift sends pages to no other machine.';
  }
  const rest = url.slice('http://'.length);
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  if (authority.includes('@')) return 'User names are not allowed in the address.';
  let host = authority;
  let port = '';
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close < 0) return 'The address has an unclosed [.';
    host = authority.slice(1, close);
    const after = authority.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return 'The address has junk after its host.';
    port = after.slice(1);
  } else if (authority.includes(':')) {
    host = authority.slice(0, authority.lastIndexOf(':'));
    port = authority.slice(authority.lastIndexOf(':') + 1);
  }
  if (!isLoopbackHost(host)) {
    return `"${host}" is not this computer. pagesift only talks to a model on this computer ` +
      '(127.0.0.1, ::1 or localhost): pages are never sent elsewhere.';
  }
  if (port !== '' && !(/^[0-9]{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) {
    return 'The port must be a number from 1 to 65535.';
  }
  return '';
}

function isLoopbackHost(host) {
  if (host === 'localhost' || host === '::1') return true;
  const parts = host.split('.');
  return parts.length === 4 && parts[0] === '127' &&
    parts.every((part) => /^[0-9]{1,3}$/.test(part) && Number(part) <= 255);
}

// The summarize request's "model" member (docs/protocol.md), or null when
// summaries are extractive only: the model is off, unnamed, or its endpoint
// is not allowed.
export function modelRequest(prefs) {
  if (!prefs.modelEnabled || prefs.modelName === '' || checkModelEndpoint(prefs.modelEndpoint) !== '') return null;
  return modelSettings(prefs);
}

// The "model" member for these settings whether or not they are turned on
// (the options page's test).
export function modelSettings(prefs) {
  return {
    endpoint: prefs.modelEndpoint,
    format: prefs.modelFormat,
    name: prefs.modelName,
    timeoutMs: prefs.modelTimeoutSeconds * 1000,
  };
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
