// Draws the toolbar and store icons (icons/icon-N.png): a rounded page with
// text lines. Run once after changing the design: node tools/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.mjs';

const PAGE = [0x2f, 0x6f, 0x4f];   // green page
const LINE = [0xf7, 0xf3, 0xe8];   // paper-coloured lines

// Coverage of pixel (x, y) by a rounded rectangle, 4x4 supersampled.
function coverage(x, y, size, inside) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (inside((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)) hits++;
    }
  }
  return hits / 16;
}

function inRoundedRect(u, v, x0, y0, x1, y1, r) {
  if (u < x0 || u > x1 || v < y0 || v > y1) return false;
  const cx = Math.min(Math.max(u, x0 + r), x1 - r);
  const cy = Math.min(Math.max(v, y0 + r), y1 - r);
  return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
}

const LINES = [[0.22, 0.78, 0.26], [0.22, 0.78, 0.42], [0.22, 0.78, 0.58], [0.22, 0.58, 0.74]];

function draw(size) {
  return encodePng(size, size, (x, y) => {
    const page = coverage(x, y, size, (u, v) => inRoundedRect(u, v, 0.08, 0.04, 0.92, 0.96, 0.14));
    const line = coverage(x, y, size, (u, v) => LINES.some(([x0, x1, cy]) =>
      inRoundedRect(u, v, x0, cy - 0.045, x1, cy + 0.045, 0.04)));
    const color = PAGE.map((c, i) => c * (1 - line) + LINE[i] * line);
    return [...color, 255 * page];
  }, { alpha: true });
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(fileURLToPath(new URL(`../icons/icon-${size}.png`, import.meta.url)), draw(size));
}
