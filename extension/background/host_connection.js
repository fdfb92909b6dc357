// HostConnection: one native-messaging port to pagesift-host, shared by every
// request of the extension.
//
// The port is opened on the first request and kept open while requests are in
// flight, then closed after a quiet minute (an open port keeps the host
// process and the service worker alive). A dropped port is reopened by the
// next request. Requests are matched to replies by id; chunked replies are
// reassembled; each request has a timeout, past which the host is told to
// cancel it; an AbortSignal cancels it early (e.g. the user navigated away).
import { ChunkAssembler, PagesiftError, PROTOCOL_VERSION, classifyFrame } from '../shared/protocol.js';

const IDLE_CLOSE_MS = 60_000;

export class HostConnection {
  #connect;      // () => Port, e.g. () => chrome.runtime.connectNative(HOST_NAME)
  #lastError;    // () => the browser's last error message, if any
  #port = null;
  #hello = null;  // Promise of the current port's hello result
  #pending = new Map();  // id -> {resolve, reject, timer, onProgress, onPartial, type}
  #assembler = new ChunkAssembler();
  #nextId = 1;
  #idleTimer = null;
  #lastHostError = null;  // an error the host sent without a request id

  constructor({ connect, lastError }) {
    this.#connect = connect;
    this.#lastError = lastError;
  }

  get connected() {
    return this.#port !== null;
  }

  // The host's hello result ({name, version, protocol, capabilities, ...}),
  // asked once per connection.
  hello({ timeoutMs = 10_000 } = {}) {
    this.#ensurePort();
    if (!this.#hello) {
      this.#hello = this.#send('hello', {}, { timeoutMs }).then((result) => {
        if (result?.protocol !== PROTOCOL_VERSION) {
          throw new PagesiftError('host_protocol',
            `The host speaks protocol ${result?.protocol}, this extension speaks ${PROTOCOL_VERSION}. Install matching versions.`);
        }
        return result;
      });
      this.#hello.catch(() => { this.#hello = null; });
    }
    return this.#hello;
  }

  // Sends {type, ...payload} and resolves with the reply's result, or rejects
  // with a PagesiftError carrying the host's error code (or the extension's
  // own: timeout, cancelled, host_missing, ...).
  //   onProgress({stage, done, total}) hears the host's progress frames.
  //   onPartial({text}) hears its partial frames (a model's summary as it
  //   is written), in order, before the reply.
  //   signal: an AbortSignal that cancels the request.
  async request(type, payload = {}, { timeoutMs = 30_000, onProgress, onPartial, signal } = {}) {
    await this.hello();
    return this.#send(type, payload, { timeoutMs, onProgress, onPartial, signal });
  }

  // Closes the port; in-flight requests fail with "cancelled".
  close() {
    const port = this.#port;
    if (!port) return;
    this.#dropPort(new PagesiftError('cancelled', 'The connection to the host was closed.'));
    try { port.disconnect(); } catch { /* already gone */ }
  }

  #send(type, payload, { timeoutMs, onProgress, onPartial, signal }) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(new PagesiftError('cancelled', 'Cancelled before it started.'));
        return;
      }
      const port = this.#ensurePort();
      const id = `r${this.#nextId++}`;
      const entry = { resolve, reject, onProgress, onPartial, type, timer: null, cleanup: () => {} };
      entry.timer = setTimeout(() => {
        this.#abandon(id, new PagesiftError('timeout', `No answer from the host within ${Math.round(timeoutMs / 1000)} s.`));
      }, timeoutMs);
      if (signal) {
        const onAbort = () => this.#abandon(id, new PagesiftError('cancelled', 'Cancelled.'));
        signal.addEventListener('abort', onAbort, { once: true });
        entry.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
      this.#pending.set(id, entry);
      this.#stopIdleTimer();
      try {
        port.postMessage({ ...payload, id, type });
      } catch (error) {
        this.#settle(id, null, new PagesiftError('host_disconnected', `Could not send to the host: ${error.message}`));
      }
    });
  }

  // Gives up on a request locally and tells the host to stop working on it.
  #abandon(id, error) {
    if (!this.#pending.has(id)) return;
    this.#settle(id, null, error);
    this.#assembler.drop(id);
    if (this.#port) {
      try {
        this.#port.postMessage({ id: `c${this.#nextId++}`, type: 'cancel', target: id });
      } catch { /* the port is gone: nothing left to cancel */ }
    }
  }

  #ensurePort() {
    if (this.#port) return this.#port;
    const port = this.#connect();
    this.#port = port;
    this.#lastHostError = null;
    port.onMessage.addListener((frame) => this.#onFrame(port, frame));
    port.onDisconnect.addListener((p) => this.#onDisconnect(port, p));
    return port;
  }

  #onFrame(port, frame) {
    if (port !== this.#port) return;
    switch (classifyFrame(frame)) {
      case 'reply':
        this.#onReply(frame);
        break;
      case 'chunk': {
        if (!this.#pending.has(frame.id)) return;  // cancelled or timed out: drop
        let reply;
        try {
          reply = this.#assembler.add(frame);
        } catch (error) {
          this.#settle(frame.id, null, error);
          return;
        }
        if (reply) this.#onReply(reply);
        break;
      }
      case 'progress': {
        const entry = this.#pending.get(frame.id);
        if (entry?.onProgress) entry.onProgress(frame.progress);
        break;
      }
      case 'partial': {
        const entry = this.#pending.get(frame.id);
        if (entry?.onPartial && typeof frame.partial?.text === 'string') entry.onPartial(frame.partial);
        break;
      }
      default:
        console.warn('pagesift: ignoring a malformed frame from the host');
    }
  }

  #onReply(reply) {
    if (!reply.ok && (reply.id === null || reply.id === undefined || !this.#pending.has(reply.id))) {
      // A protocol-level error (e.g. a request over the size cap): the host
      // closes next, and every pending request learns why.
      if (reply.id === null || reply.id === undefined) this.#lastHostError = reply.error;
      return;
    }
    if (!this.#pending.has(reply.id)) return;
    if (reply.ok) {
      this.#settle(reply.id, reply.result ?? {}, null);
    } else {
      const code = typeof reply.error?.code === 'string' ? reply.error.code : 'internal';
      const message = typeof reply.error?.message === 'string' ? reply.error.message : 'The host reported an error.';
      this.#settle(reply.id, null, new PagesiftError(code, message));
    }
  }

  #settle(id, result, error) {
    const entry = this.#pending.get(id);
    if (!entry) return;
    this.#pending.delete(id);
    clearTimeout(entry.timer);
    entry.cleanup();
    if (error) entry.reject(error);
    else entry.resolve(result);
    if (this.#pending.size === 0) this.#startIdleTimer();
  }

  #onDisconnect(port, portArg) {
    if (port !== this.#port) return;
    const message = this.#lastError() ?? portArg?.error?.message ?? null;
    this.#dropPort(disconnectError(message, this.#lastHostError));
  }

  #dropPort(error) {
    this.#port = null;
    this.#hello = null;
    this.#stopIdleTimer();
    for (const id of [...this.#pending.keys()]) {
      this.#assembler.drop(id);
      this.#settle(id, null, error);
    }
    this.#stopIdleTimer();
  }

  #startIdleTimer() {
    this.#stopIdleTimer();
    this.#idleTimer = setTimeout(() => this.close(), IDLE_CLOSE_MS);
  }

  #stopIdleTimer() {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }
}

// Maps the browser's disconnect message to an error the user can act on.
// Chromium: "Specified native messaging host not found.", "Access to the
// specified native messaging host is forbidden.", "Native host has exited.",
// "Error when communicating with the native messaging host." Firefox:
// "No such native application org.pagesift.host", "... exited", ...
export function disconnectError(message, hostError) {
  if (hostError?.code) {
    return new PagesiftError(hostError.code, String(hostError.message ?? 'The host closed the connection.'));
  }
  const text = message ?? 'The host closed the connection.';
  if (/not found|no such native application/i.test(text)) {
    return new PagesiftError('host_missing', `The browser found no native host named org.pagesift.host (${text})`);
  }
  if (/forbidden|not allowed/i.test(text)) {
    return new PagesiftError('host_forbidden', `The host's manifest does not name this extension (${text})`);
  }
  if (/exited/i.test(text)) {
    return new PagesiftError('host_exited', `The host exited (${text})`);
  }
  if (/communicating|invalid|exceeds/i.test(text)) {
    return new PagesiftError('host_protocol', `The browser could not talk to the host (${text})`);
  }
  return new PagesiftError('host_disconnected', text);
}
