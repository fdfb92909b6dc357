// The one picture the fixture pages show: a 16:9 PNG of a dusk sky over a
// sea line, made here so that no binary sits in the repository.
import { encodePng } from '../../../extension/tools/png.mjs';

export function fixturePng(width = 320, height = 180) {
  return encodePng(width, height, (x, y) => {
    const t = y / height;
    return t > 0.68 ? [30, 60 + 20 * t, 90 + 30 * t] : [250 - 120 * t, 160 - 60 * t, 110 + 40 * t];
  });
}
