import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_ARTICLE_IMAGE_BYTES, MAX_ARTICLE_IMAGES, articleImageUrls, imageByteBudget,
} from '../../../extension/shared/article_images.js';
import { MAX_REQUEST_BYTES } from '../../../extension/shared/protocol.js';

test('the reader view\'s images, decoded, distinct, in order', () => {
  const content = '<p>Text quoting &lt;img src="https://x.example/not-an-image.png"&gt;.</p>'
    + '<figure><img src="https://x.example/b.jpg?w=1&amp;h=2" alt="B"></figure>'
    + '<img src="http://x.example/a&quot;q&#39;.png"><img src="https://x.example/b.jpg?w=1&amp;h=2">'
    + '<img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)">';
  assert.deepEqual(articleImageUrls(content), ['https://x.example/b.jpg?w=1&h=2', 'http://x.example/a"q\'.png']);
  assert.deepEqual(articleImageUrls(undefined), []);
});

test('at most the host\'s number of images', () => {
  const content = Array.from({ length: MAX_ARTICLE_IMAGES + 5 }, (_, i) => `<img src="https://x.example/${i}.png">`).join('');
  const urls = articleImageUrls(content);
  assert.equal(urls.length, MAX_ARTICLE_IMAGES);
  assert.equal(urls[0], 'https://x.example/0.png');
});

test('the image budget leaves the request under the message cap', () => {
  assert.equal(imageByteBudget(1000), MAX_ARTICLE_IMAGE_BYTES);
  for (const page of [40 * 1024 * 1024, 60 * 1024 * 1024, MAX_REQUEST_BYTES - 300 * 1024]) {
    const budget = imageByteBudget(page);
    assert.ok(budget >= 0);
    assert.ok(page + Math.ceil(budget / 3) * 4 < MAX_REQUEST_BYTES, `${page} + ${budget}`);
  }
  assert.equal(imageByteBudget(MAX_REQUEST_BYTES), 0);
});
