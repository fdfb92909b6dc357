// The extension's protocol logic, run under node (no browser involved).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkAssembler, PagesiftError, classifyFrame, jsonStringBytes, requestBytes, requestExceeds } from '../../../extension/shared/protocol.js';

// Splits a reply's JSON text the way the host does: into slices, never
// inside a surrogate pair.
function chunkFrames(reply, sliceChars) {
  const text = JSON.stringify(reply);
  const slices = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + sliceChars);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    slices.push(text.slice(i, end));
    i = end;
  }
  return slices.map((data, index) => ({ id: reply.id, chunk: { index, count: slices.length }, data }));
}

test('chunked reply reassembles to the identical reply, in any arrival order', () => {
  const reply = { id: 'r7', ok: true, result: { content: '<p>caf\u00e9 \ud83d\ude00 "quoted"</p>'.repeat(5000), n: 1 } };
  const frames = chunkFrames(reply, 1000);
  assert.ok(frames.length > 10);
  const shuffled = [...frames].reverse();
  const assembler = new ChunkAssembler();
  let done = null;
  for (const [i, frame] of shuffled.entries()) {
    done = assembler.add(frame);
    if (i < shuffled.length - 1) assert.equal(done, null);
  }
  assert.deepEqual(done, reply);
  assert.equal(assembler.pendingCount, 0);
});

test('interleaved chunked replies of two ids do not mix', () => {
  const a = { id: 1, ok: true, result: { text: 'a'.repeat(3000) } };
  const b = { id: '1', ok: false, error: { code: 'internal', message: 'b'.repeat(3000) } };
  const fa = chunkFrames(a, 700);
  const fb = chunkFrames(b, 700);
  const assembler = new ChunkAssembler();
  const done = [];
  for (let i = 0; i < Math.max(fa.length, fb.length); i++) {
    for (const frame of [fa[i], fb[i]]) {
      if (!frame) continue;
      const reply = assembler.add(frame);
      if (reply) done.push(reply);
    }
  }
  assert.deepEqual(done.sort((x, y) => String(typeof x.id).localeCompare(typeof y.id)), [a, b]);
});

test('malformed chunks are protocol errors and drop the partial reply', () => {
  const assembler = new ChunkAssembler();
  const bad = [
    { id: 'x', chunk: { index: 0, count: 0 }, data: '' },
    { id: 'x', chunk: { index: 2, count: 2 }, data: '' },
    { id: 'x', chunk: { index: -1, count: 2 }, data: '' },
    { id: 'x', chunk: { index: 0, count: 2 }, data: 5 },
    { id: 'x', chunk: 'nope', data: '' },
  ];
  for (const frame of bad) {
    assert.throws(() => assembler.add(frame), (e) => e instanceof PagesiftError && e.code === 'host_protocol');
  }
  assembler.add({ id: 'y', chunk: { index: 0, count: 2 }, data: '{"id":"y",' });
  assert.throws(() => assembler.add({ id: 'y', chunk: { index: 0, count: 2 }, data: '"ok":true}' }), /twice/);
  assert.equal(assembler.pendingCount, 0);
  assembler.add({ id: 'z', chunk: { index: 0, count: 2 }, data: '{"id":"z",' });
  assert.throws(() => assembler.add({ id: 'z', chunk: { index: 1, count: 3 }, data: '' }), /count changed/);
  assembler.add({ id: 'w', chunk: { index: 0, count: 2 }, data: '{"id":"other",' });
  assert.throws(() => assembler.add({ id: 'w', chunk: { index: 1, count: 2 }, data: '"ok":true}' }), /another id/);
  assembler.add({ id: 'v', chunk: { index: 0, count: 2 }, data: '{"id":"v",' });
  assert.throws(() => assembler.add({ id: 'v', chunk: { index: 1, count: 2 }, data: 'oops' }), /not JSON/);
});

test('frames are classified by their shape', () => {
  assert.equal(classifyFrame({ id: 1, ok: true, result: {} }), 'reply');
  assert.equal(classifyFrame({ id: 1, ok: false, error: {} }), 'reply');
  assert.equal(classifyFrame({ id: 1, chunk: { index: 0, count: 1 }, data: '' }), 'chunk');
  assert.equal(classifyFrame({ id: 1, progress: { stage: 'parse' } }), 'progress');
  assert.equal(classifyFrame({ id: 1, partial: { text: 'The tram ' } }), 'partial');
  for (const frame of [null, [], 'x', 3, { id: 1 }, { ok: 'yes' }]) assert.equal(classifyFrame(frame), 'invalid');
});

test('jsonStringBytes equals the UTF-8 size of JSON.stringify', () => {
  const samples = ['', 'plain', '"\\\n\r\t\b\f', '\u0000\u001f\u007f', 'caf\u00e9 \u6d77 \ud83d\ude00', '\ud800 lone \udc00',
    '<script>\u2028\u2029</script>', 'x'.repeat(10000)];
  for (const text of samples) {
    assert.equal(jsonStringBytes(text), Buffer.byteLength(JSON.stringify(text)), JSON.stringify(text));
  }
  const request = { html: '<p>\u00e9</p>', url: 'https://example.org/', formats: ['markdown'] };
  const exact = Buffer.byteLength(JSON.stringify(request));
  assert.ok(requestBytes(request) >= exact && requestBytes(request) <= exact + Object.keys(request).length);
});

test('requestExceeds answers as requestBytes does, around the limit and far from it', () => {
  const requests = [
    { html: '<p>plain</p>', url: 'https://example.org/' },
    { html: '\u0000'.repeat(1000), url: '' },  // 6 bytes a unit: the bound is exact
    { html: '\ud83d\ude00\u6d77"'.repeat(300), title: 'caf\u00e9' },
    { html: '<p>x</p>', formats: ['markdown'] },  // not only strings
  ];
  for (const request of requests) {
    const bytes = requestBytes(request);
    for (const limit of [0, bytes - 1, bytes, bytes + 1, bytes * 10]) {
      assert.equal(requestExceeds(request, limit), bytes > limit, `${JSON.stringify(request).slice(0, 40)} at ${limit}`);
    }
  }
});
