// Turns the host's article HTML into DOM nodes of the reader view, safely.
//
// The host already sanitizes, but the reader view does not rely on it: the
// HTML is parsed by DOMParser into an inert document (no scripts run, no
// images load, no handlers fire there), then walked with an allowlist that
// builds fresh nodes in the reader's own document. Only listed elements and
// attributes survive; URLs are resolved against the article's address and
// kept only for safe schemes; everything else is unwrapped or dropped. The
// page's CSP (no inline script, Trusted Types required) is a second wall.

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

// Limits on what one article may build: deeper nesting is flattened into the
// ancestor at the limit; past the node budget the rest is cut (and said so).
const MAX_DEPTH = 200;
const MAX_NODES = 400_000;

const GLOBAL_ATTRIBUTES = ['dir', 'lang', 'title', 'id'];

// Element -> the attributes it may keep (besides the global ones).
const HTML_ELEMENTS = new Map(Object.entries({
  a: ['href'], abbr: [], address: [], article: [], aside: [], b: [], bdi: [], bdo: [],
  blockquote: [], br: [], caption: [], cite: [], code: ['class'], col: ['span'],
  colgroup: ['span'], data: ['value'], dd: [], del: ['datetime'], details: ['open'], dfn: [],
  div: [], dl: [], dt: [], em: [], figcaption: [], figure: [], footer: [], h1: [], h2: [],
  h3: [], h4: [], h5: [], h6: [], header: [], hr: [], i: [], img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
  ins: ['datetime'], kbd: [], li: ['value'], mark: [], ol: ['start', 'reversed', 'type'], p: [],
  picture: [], pre: [], q: [], rp: [], rt: [], ruby: [], s: [], samp: [], section: [], small: [],
  source: ['srcset', 'sizes', 'media', 'type'], span: [], strong: [], sub: [], summary: [], sup: [],
  table: [], tbody: [], td: ['colspan', 'rowspan', 'headers'], tfoot: [], th: ['colspan', 'rowspan', 'scope', 'headers', 'abbr'],
  thead: [], time: ['datetime'], tr: [], u: [], ul: [], var: [], wbr: [],
}));

const MATHML_ELEMENTS = new Set(['math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mrow', 'mfrac',
  'msqrt', 'mroot', 'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mtable', 'mtr',
  'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose', 'merror', 'semantics', 'annotation', 'mmultiscripts',
  'mprescripts', 'none']);
const MATHML_ATTRIBUTES = new Set(['display', 'mathvariant', 'stretchy', 'fence', 'separator', 'lspace',
  'rspace', 'accent', 'accentunder', 'linethickness', 'columnalign', 'rowalign', 'columnspan', 'rowspan',
  'scriptlevel', 'displaystyle', 'encoding', 'notation', 'largeop', 'movablelimits', 'symmetric',
  'width', 'height', 'depth', 'dir']);

// Dropped with everything inside: active or embedded content, and things
// whose text is not article text.
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'textarea', 'option', 'svg',
  'canvas', 'audio', 'video', 'link', 'meta', 'base', 'head', 'title', 'dialog', 'portal',
  'annotation-xml', 'math-field', 'slot']);

const IMAGE_DATA_URL = /^data:image\/(png|jpe?g|gif|webp|avif|bmp|svg\+xml)[;,]/i;

// The single Trusted Types policy the reader's CSP allows: it only feeds the
// inert DOMParser below, whose output is never inserted as is.
const inertPolicy = globalThis.trustedTypes?.createPolicy('pagesift-inert', { createHTML: (html) => html }) ?? null;

// Parses `html` and returns a DocumentFragment of `targetDocument` holding
// the safe part of it, plus whether it had to be cut.
//   baseUrl: the article's address, for relative links and images.
//   idPrefix: prepended to element ids, so that article ids never collide
//             with the reader's own and in-article "#anchor" links still work.
export function sanitizeArticle(html, targetDocument, { baseUrl = '', idPrefix = 'article-' } = {}) {
  const markup = inertPolicy ? inertPolicy.createHTML(html) : html;
  const inert = new DOMParser().parseFromString(markup, 'text/html');
  const fragment = targetDocument.createDocumentFragment();
  const context = { targetDocument, baseUrl: safeBase(baseUrl), idPrefix, nodes: 0, truncated: false };

  // Depth-first without recursion: [source node, destination parent, depth].
  const stack = [];
  pushChildren(stack, inert.body, fragment, 0);
  while (stack.length > 0) {
    const [source, parent, depth] = stack.pop();
    if (++context.nodes > MAX_NODES) {
      context.truncated = true;
      break;
    }
    if (source.nodeType === Node.TEXT_NODE) {
      parent.appendChild(targetDocument.createTextNode(source.data));
      continue;
    }
    if (source.nodeType !== Node.ELEMENT_NODE) continue;  // comments, processing instructions
    const copy = copyElement(source, context);
    if (copy === DROP) continue;
    if (copy === UNWRAP || depth >= MAX_DEPTH) {
      pushChildren(stack, source, parent, depth);
      continue;
    }
    parent.appendChild(copy);
    pushChildren(stack, source, copy, depth + 1);
  }
  return { fragment, truncated: context.truncated };
}

const DROP = Symbol('drop');
const UNWRAP = Symbol('unwrap');

function pushChildren(stack, source, parent, depth) {
  for (let child = source.lastChild; child; child = child.previousSibling) {
    stack.push([child, parent, depth]);
  }
}

function copyElement(source, context) {
  const name = source.localName;
  if (DROPPED.has(name)) return DROP;
  if (source.namespaceURI === MATHML_NS) {
    if (!MATHML_ELEMENTS.has(name)) return DROP;
    const copy = context.targetDocument.createElementNS(MATHML_NS, name);
    for (const attribute of source.attributes) {
      if (MATHML_ATTRIBUTES.has(attribute.name)) copy.setAttribute(attribute.name, attribute.value);
    }
    return copy;
  }
  if (source.namespaceURI !== HTML_NS) return DROP;
  const allowed = HTML_ELEMENTS.get(name);
  if (!allowed) return UNWRAP;  // unknown or layout-only element: keep its content
  const copy = context.targetDocument.createElement(name);
  for (const attribute of source.attributes) {
    const value = safeAttribute(name, attribute.name, attribute.value, allowed, context);
    if (value !== null) copy.setAttribute(attribute.name, value);
  }
  if (name === 'img') finishImage(copy);
  if (name === 'a') finishLink(copy, context);
  return copy;
}

// The value an attribute may keep, or null to drop it.
function safeAttribute(element, attribute, value, allowed, context) {
  if (!GLOBAL_ATTRIBUTES.includes(attribute) && !allowed.includes(attribute)) return null;
  switch (attribute) {
    case 'id':
      return `${context.idPrefix}${value}`;
    case 'dir':
      return ['ltr', 'rtl', 'auto'].includes(value.toLowerCase()) ? value.toLowerCase() : null;
    case 'class':
      // Only a code block's language, for readers and highlighters.
      return /^(language|lang)-[\w+#.-]{1,40}$/.test(value) ? value : null;
    case 'href':
      return safeHref(value, context);
    case 'src':
      return safeImageUrl(value, context);
    case 'srcset':
      return safeSrcset(value, context);
    case 'width':
    case 'height':
    case 'span':
    case 'colspan':
    case 'rowspan':
    case 'start':
    case 'value':
      return /^\d{1,6}$/.test(value.trim()) ? value.trim() : null;
    default:
      return value.slice(0, 2000);
  }
}

function safeBase(url) {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : '';
  } catch {
    return '';
  }
}

function resolve(value, context) {
  try {
    return context.baseUrl ? new URL(value.trim(), context.baseUrl) : new URL(value.trim());
  } catch {
    return null;
  }
}

function safeHref(value, context) {
  const trimmed = value.trim();
  if (trimmed.startsWith('#') && trimmed.length > 1) return `#${context.idPrefix}${trimmed.slice(1)}`;
  const url = resolve(trimmed, context);
  if (!url || !['http:', 'https:', 'mailto:'].includes(url.protocol)) return null;
  return url.href;
}

function safeImageUrl(value, context) {
  const trimmed = value.trim();
  if (IMAGE_DATA_URL.test(trimmed)) return trimmed;
  const url = resolve(trimmed, context);
  return url && ['http:', 'https:'].includes(url.protocol) ? url.href : null;
}

function safeSrcset(value, context) {
  const candidates = [];
  for (const candidate of value.split(/,\s+/)) {
    const [address, descriptor = ''] = candidate.trim().split(/\s+/, 2);
    if (!address || /^data:/i.test(address)) continue;
    const url = resolve(address, context);
    if (!url || !['http:', 'https:'].includes(url.protocol)) continue;
    if (descriptor && !/^\d+(\.\d+)?[wx]$/.test(descriptor)) continue;
    candidates.push(descriptor ? `${url.href} ${descriptor}` : url.href);
  }
  return candidates.length > 0 ? candidates.join(', ') : null;
}

function finishImage(image) {
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  image.setAttribute('referrerpolicy', 'no-referrer');
}

// Links leave the reader view in a new tab; in-article anchors stay.
function finishLink(link) {
  const href = link.getAttribute('href');
  if (href === null || href.startsWith('#')) return;
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener noreferrer');
}
