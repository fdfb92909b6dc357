// Pages too large to keep in the repository, generated identically each run.

const SENTENCES = [
  'The harbour master counted the boats twice before the storm reached the coast.',
  'Fishermen tied their nets to the old iron rings that line the northern quay.',
  'By evening the wind had turned, and the ferry from the islands stayed in port.',
  'Nobody in the village could remember a tide that high since the winter of the great flood.',
  'The school opened its hall to families whose cottages stood closest to the water.',
];

function paragraph(n) {
  const parts = [];
  for (let i = 0; i < 6; i++) parts.push(SENTENCES[(n + i) % SENTENCES.length]);
  return `<p>Paragraph ${n}. ${parts.join(' ')}</p>`;
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>` +
    `<main><article><h1>${title}</h1>${body}</article></main>` +
    `<footer>Copyright the test harbour</footer></body></html>`;
}

// An article of about `bytes` bytes of HTML.
export function bigPage(bytes) {
  const parts = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const p = paragraph(n);
    parts.push(p);
    size += p.length;
  }
  return page('A very long report from the harbour', parts.join('\n'));
}

// A short article followed by a list holding `nodes` elements in all.
export function manyNodesPage(nodes) {
  const article = [1, 2, 3, 4, 5, 6].map(paragraph).join('\n');
  const items = [];
  for (let i = 0; i < nodes / 2; i++) items.push(`<li><span>tide reading ${i}</span></li>`);
  return page('The tide table of the harbour', `${article}<h2>Readings</h2><ul>${items.join('')}</ul>`);
}

// A page whose text fits in 64 Mi UTF-16 code units but whose UTF-8 (three
// bytes a character here) is over the host's 64 MiB cap. The page builds the
// text itself, hidden so that the browser does not spend its time laying it
// out: what matters is the DOM that capture serialises.
export function tooLargePage() {
  const script = "document.getElementById('filler').textContent = '\\u6d77\\u6e2f\\u7684\\u6f6e\\u6c34'.repeat(4.6e6);";
  return page('A page too large for the host', `<p>A short visible paragraph.</p><div id="filler" hidden></div><script>${script}</script>`);
}
