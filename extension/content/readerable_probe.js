// Is this page worth a reader view? A quick local estimate for the toolbar
// badge, injected only for users who granted access to all sites. Like the
// reader-mode heuristic browsers use, it adds up the visible paragraphs'
// weight; unlike it, it counts characters of CJK scripts three times, since
// Chinese and Japanese paragraphs are short in characters but not in content.
(() => {
  'use strict';
  const MIN_LENGTH = 140;
  const ENOUGH = 20;
  const MAX_NODES = 5000;
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
  let score = 0;
  const nodes = document.querySelectorAll('p, pre, article');
  for (let i = 0; i < nodes.length && i < MAX_NODES; i++) {
    const node = nodes[i];
    if (node.closest('nav, footer, aside, [hidden], [aria-hidden="true"]')) continue;
    const text = node.textContent ?? '';
    const weighted = text.trim().length + 2 * (text.match(cjk)?.length ?? 0);
    if (weighted < MIN_LENGTH) continue;
    if (node.offsetParent === null && getComputedStyle(node).position !== 'fixed') continue;
    score += Math.sqrt(weighted - MIN_LENGTH);
    if (score >= ENOUGH) return true;
  }
  return false;
})();
