// HostConnection against a scripted native port: the browser's Port API
// (postMessage, onMessage, onDisconnect) with a host played by the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostConnection, disconnectError } from '../../../extension/background/host_connection.js';

const HELLO = { name: 'pagesift', version: '0.1.0', protocol: 1, capabilities: ['extract'] };

class ScriptedPort {
  constructor(answer) {
    this.answer = answer;  // (request, port) => void: the host's behaviour
    this.sent = [];
    this.messageListeners = [];
    this.disconnectListeners = [];
    this.onMessage = { addListener: (f) => this.messageListeners.push(f) };
    this.onDisconnect = { addListener: (f) => this.disconnectListeners.push(f) };
    this.closed = false;
  }
  postMessage(message) {
    if (this.closed) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message);
    queueMicrotask(() => this.answer(message, this));
  }
  reply(frame) { for (const f of this.messageListeners) f(frame); }
  die() { this.closed = true; for (const f of this.disconnectListeners) f(this); }
  disconnect() { this.closed = true; }
}

function connection(answer, lastError = () => null) {
  const ports = [];
  const host = new HostConnection({
    connect: () => { const p = new ScriptedPort(answer); ports.push(p); return p; },
    lastError,
  });
  return { host, ports };
}

function friendlyHost(request, port) {
  if (request.type === 'hello') port.reply({ id: request.id, ok: true, result: HELLO });
  else if (request.type === 'ping') port.reply({ id: request.id, ok: true, result: { pong: true } });
}

test('hello first, then requests matched by id, out of order', async () => {
  const held = [];
  const { host, ports } = connection((request, port) => {
    if (request.type === 'hello') friendlyHost(request, port);
    else held.push(request);
    if (held.length === 2) {
      port.reply({ id: held[1].id, ok: true, result: { which: held[1].url } });
      port.reply({ id: held[0].id, ok: true, result: { which: held[0].url } });
    }
  });
  const [a, b] = await Promise.all([host.request('extract', { url: 'a' }), host.request('extract', { url: 'b' })]);
  assert.deepEqual([a.which, b.which], ['a', 'b']);
  assert.equal(ports.length, 1);
  assert.equal(ports[0].sent[0].type, 'hello');
  host.close();
});

test('chunked replies and progress reach the caller', async () => {
  const progress = [];
  const { host } = connection((request, port) => {
    if (request.type === 'hello') return friendlyHost(request, port);
    port.reply({ id: request.id, progress: { stage: 'parse', done: 1, total: 2 } });
    const text = JSON.stringify({ id: request.id, ok: true, result: { content: 'x'.repeat(5000) } });
    port.reply({ id: request.id, chunk: { index: 1, count: 2 }, data: text.slice(2000) });
    port.reply({ id: request.id, chunk: { index: 0, count: 2 }, data: text.slice(0, 2000) });
  });
  const result = await host.request('extract', {}, { onProgress: (p) => progress.push(p) });
  assert.equal(result.content.length, 5000);
  assert.deepEqual(progress, [{ stage: 'parse', done: 1, total: 2 }]);
  host.close();
});

test('partial frames reach the caller in order, before the reply, and not after it', async () => {
  const partials = [];
  const { host } = connection((request, port) => {
    if (request.type === 'hello') return friendlyHost(request, port);
    port.reply({ id: request.id, partial: { text: 'The tram ' } });
    port.reply({ id: request.id, partial: { text: 'is approved.' } });
    port.reply({ id: request.id, partial: { bogus: 1 } });
    port.reply({ id: request.id, ok: true, result: { model: { used: true, text: 'The tram is approved.' } } });
    port.reply({ id: request.id, partial: { text: ' Late.' } });
  });
  const result = await host.request('summarize', {}, { onPartial: (p) => partials.push(p.text) });
  assert.deepEqual(partials, ['The tram ', 'is approved.']);
  assert.equal(result.model.text, partials.join(''));
  host.close();
});

test('host errors keep their code; timeouts and aborts cancel on the host', async () => {
  const { host, ports } = connection((request, port) => {
    if (request.type === 'hello') return friendlyHost(request, port);
    if (request.type === 'save') port.reply({ id: request.id, ok: false, error: { code: 'not_implemented', message: 'save is not implemented yet' } });
    // extract: never answered
  });
  await assert.rejects(host.request('save', {}), { code: 'not_implemented', message: 'save is not implemented yet' });
  await assert.rejects(host.request('extract', {}, { timeoutMs: 50 }), { code: 'timeout' });
  const controller = new AbortController();
  const pending = host.request('extract', {}, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(pending, { code: 'cancelled' });
  const cancels = ports[0].sent.filter((m) => m.type === 'cancel');
  assert.equal(cancels.length, 2);
  const extracts = ports[0].sent.filter((m) => m.type === 'extract').map((m) => m.id);
  assert.deepEqual(cancels.map((m) => m.target), extracts);
  host.close();
});

test('a dropped port fails pending requests and the next request reconnects', async () => {
  let dieOnExtract = true;
  const { host, ports } = connection((request, port) => {
    if (request.type !== 'extract') return friendlyHost(request, port);
    if (dieOnExtract) port.die();
    else port.reply({ id: request.id, ok: true, result: { ok: 1 } });
  }, () => 'Native host has exited.');
  await assert.rejects(host.request('extract', {}), { code: 'host_exited' });
  assert.equal(host.connected, false);
  dieOnExtract = false;
  assert.deepEqual(await host.request('extract', {}), { ok: 1 });
  assert.equal(ports.length, 2);
  host.close();
});

test('a missing host is reported as such', async () => {
  const { host } = connection((request, port) => port.die(), () => 'Specified native messaging host not found.');
  await assert.rejects(host.request('ping'), { code: 'host_missing' });
});

test('a host of another protocol version is refused', async () => {
  const { host } = connection((request, port) => port.reply({ id: request.id, ok: true, result: { ...HELLO, protocol: 2 } }));
  await assert.rejects(host.request('ping'), { code: 'host_protocol' });
  host.close();
});

test('browser disconnect messages map to codes the setup page explains', () => {
  assert.equal(disconnectError('Access to the specified native messaging host is forbidden.').code, 'host_forbidden');
  assert.equal(disconnectError('Error when communicating with the native messaging host.').code, 'host_protocol');
  assert.equal(disconnectError('No such native application org.pagesift.host').code, 'host_missing');
  assert.equal(disconnectError(null).code, 'host_disconnected');
  assert.equal(disconnectError('x', { code: 'input_too_large', message: 'too big' }).code, 'input_too_large');
});
