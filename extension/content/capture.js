// Page capture, injected on demand (activeTab + scripting) into the page the
// user asked about. Its completion value is the capture, returned to the
// background by scripting.executeScript.
//
// The serialised DOM lacks what only the browser knows, so before serialising
// we mark it in the DOM itself:
//   data-pagesift-hidden="1"  on elements hidden by computed style
//                              (display:none, visibility:hidden), outermost only;
//   data-pagesift-src="URL"   on images whose current source (srcset choice,
//                              lazy-loaded image) differs from their src;
//   <template data-pagesift-shadow="open">  as the first child of each open
//                              shadow host, holding a copy of its shadow tree
//                              (nested shadow roots included, marked the same way).
// Every mark is undone in the same task, before the browser can paint, and
// attributes the page already had are restored to their old values: the page
// is left exactly as it was.
//
// The sources of the page's scripts are left out of the copy: the host reads
// no script but JSON-LD and MathJax's TeX, and serialising script text is
// most of this script's time on pages that inline megabytes of it (Chromium
// serialises it several times slower than other text). Each such script's
// text nodes are taken out while serialising and put back, the same nodes,
// in the same task. That runs nothing: a script runs once, when it is first
// prepared, and data blocks (types that are not JavaScript) never do. The
// one exception the HTML standard allows is a script whose type was changed
// in place from a data block to JavaScript after it was inserted, which
// putting its text back would run; pages enable such scripts by inserting a
// copy instead, as a script changed in place never runs by itself.
(() => {
  'use strict';

  // The host refuses requests over 64 MiB. Measured here, so that a page far
  // too large is refused before it is copied out of the page at all.
  const MAX_BYTES = 64 * 1024 * 1024;
  // Marking hidden elements calls getComputedStyle on each element; on a
  // gigantic DOM stop marking after this long rather than freeze the tab.
  const MARK_BUDGET_MS = 3000;
  const MAX_SELECTION_CHARS = 1024 * 1024;
  // Elements that never render, or whose content is not the page's text.
  const UNRENDERED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'META', 'LINK',
    'TITLE', 'BASE', 'SOURCE', 'TRACK', 'PARAM', 'SLOT']);

  const changedAttributes = [];  // [element, name, previous value or null]
  const insertedNodes = [];
  const detachedSources = [];  // [script, its child nodes]

  function setMark(element, name, value) {
    changedAttributes.push([element, name, element.getAttribute(name)]);
    element.setAttribute(name, value);
  }

  function undoMarks() {
    for (const [script, children] of detachedSources) {
      for (const child of children) script.appendChild(child);
    }
    for (const node of insertedNodes) node.remove();
    for (let i = changedAttributes.length - 1; i >= 0; i--) {
      const [element, name, previous] = changedAttributes[i];
      if (previous === null) element.removeAttribute(name);
      else element.setAttribute(name, previous);
    }
  }

  // checkVisibility() answers "visible" without building a computed style,
  // which is most elements and most of the cost of this pass. What it calls
  // invisible is asked again of getComputedStyle: it says so of elements
  // without a box too (display: contents), which hide nothing. Where it is
  // missing, getComputedStyle answers alone.
  function isHiddenByStyle(element) {
    if (element.checkVisibility?.({ visibilityProperty: true, checkVisibilityCSS: true })) return false;
    const style = getComputedStyle(element);
    return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
  }

  // Walks the rendered tree, shadow trees included, without recursion (a
  // page can nest elements arbitrarily deep). Returns the open shadow hosts in
  // walk order, outer before inner.
  function markTree(stats) {
    const deadline = performance.now() + MARK_BUDGET_MS;
    const shadowHosts = [];
    const stack = [document.body ?? document.documentElement];
    let visited = 0;
    while (stack.length > 0) {
      const element = stack.pop();
      visited++;
      if ((visited & 1023) === 0 && performance.now() > deadline) {
        stats.complete = false;
        break;
      }
      if (UNRENDERED.has(element.tagName)) continue;
      if (element.namespaceURI === 'http://www.w3.org/1999/xhtml' && isHiddenByStyle(element)) {
        setMark(element, 'data-pagesift-hidden', '1');
        stats.hidden++;
        continue;  // everything below is hidden too
      }
      if (element.tagName === 'IMG' && element.currentSrc && element.currentSrc !== element.src) {
        setMark(element, 'data-pagesift-src', element.currentSrc);
        stats.images++;
      }
      if (element.shadowRoot) {
        shadowHosts.push(element);
        pushChildren(stack, element.shadowRoot);
      }
      pushChildren(stack, element);
    }
    stats.elements = visited;
    return shadowHosts;
  }

  function pushChildren(stack, parent) {
    for (let child = parent.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
    }
  }

  // Inner hosts first, so that an outer copy includes the inner copies.
  function copyShadowTrees(shadowHosts, stats) {
    for (let i = shadowHosts.length - 1; i >= 0; i--) {
      const host = shadowHosts[i];
      const template = document.createElement('template');
      template.setAttribute('data-pagesift-shadow', 'open');
      const inert = template.content.ownerDocument;
      for (const child of host.shadowRoot.childNodes) {
        template.content.appendChild(inert.importNode(child, true));
      }
      host.insertBefore(template, host.firstChild);
      insertedNodes.push(template);
      stats.shadowRoots++;
    }
  }

  // Script types whose text the host reads: JSON-LD (metadata) and MathJax's
  // TeX sources (math/tex, math/tex; mode=display).
  function hostReadsSource(script) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    return type.includes('ld+json') || type.startsWith('math/');
  }

  // Takes the text out of the scripts whose source the host does not read
  // (see the top of this file); undoMarks puts it back.
  function detachScriptSources(stats) {
    for (const script of document.getElementsByTagName('script')) {
      if (!script.firstChild || hostReadsSource(script)) continue;
      const children = [...script.childNodes];
      detachedSources.push([script, children]);
      for (const child of children) child.remove();
      stats.scriptSources++;
    }
  }

  // The size of `text` as a JSON string in UTF-8, as the browser sends it to
  // the host. The same rule as jsonStringBytes in shared/protocol.js (a
  // classic script injected into a page cannot import a module).
  function jsonStringBytes(text) {
    let bytes = 2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes += (c === 0x22 || c === 0x5c || (c >= 0x08 && c <= 0x0d && c !== 0x0b)) ? 2 : c < 0x20 ? 6 : 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { bytes += 4; i++; }
      else bytes += (c & 0xf800) === 0xd800 ? 6 : 3;
    }
    return bytes;
  }

  const started = performance.now();
  const stats = { elements: 0, hidden: 0, images: 0, shadowRoots: 0, scriptSources: 0, complete: true, ms: 0 };
  let html;
  try {
    copyShadowTrees(markTree(stats), stats);
    detachScriptSources(stats);
    html = document.documentElement.outerHTML;
  } catch (error) {
    return { ok: false, code: 'capture_failed', message: `Reading the page failed: ${error.message}` };
  } finally {
    undoMarks();
  }
  stats.ms = Math.round(performance.now() - started);

  // A UTF-16 unit takes at most 6 bytes in the JSON: smaller pages need no count.
  let bytes = html.length;
  if (html.length > MAX_BYTES) bytes = MAX_BYTES + 1;
  else if (html.length * 6 + 2 > MAX_BYTES) bytes = jsonStringBytes(html);
  if (bytes > MAX_BYTES) {
    const size = html.length > MAX_BYTES ? `over ${(html.length / 1048576).toFixed(1)} MB` : `${(bytes / 1048576).toFixed(1)} MB`;
    return {
      ok: false,
      code: 'input_too_large',
      message: `This page is ${size} once serialised for the host; pagesift reads pages up to 64.0 MB.`,
    };
  }
  const selection = String(window.getSelection?.() ?? '').slice(0, MAX_SELECTION_CHARS);
  return {
    ok: true,
    html,
    url: location.href,
    title: document.title,
    selection,
    stats,
  };
})();
