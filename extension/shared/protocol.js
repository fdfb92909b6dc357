// The native-messaging protocol between the extension and pagesift-host.
// Binding description: docs/protocol.md. Everything here is pure logic with no
// browser API, so the unit tests run it under node.

export const HOST_NAME = 'org.pagesift.host';
export const PROTOCOL_VERSION = 1;

// Chromium refuses to send a message larger than this to a native host; the
// host refuses it too (Limits::max_input_bytes).
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

// A host-to-browser frame never exceeds 1 MiB; longer replies come in chunks.
// Reassembled replies larger than this are refused: the host's reader view is
// capped at 16 MiB of HTML, so even with text, markdown and JSON escaping a
// genuine reply stays far below it. Bounds memory if the stream goes wrong.
export const MAX_REASSEMBLED_CHARS = 256 * 1024 * 1024;

// An error with a stable machine-readable code: the host's wire codes
// (invalid_argument, input_too_large, too_complex, not_found, io_error,
// timeout, cancelled, busy, not_implemented, internal, bad_request) plus the
// extension's own (host_missing, host_forbidden, host_exited, host_protocol,
// host_disconnected, capture_forbidden, capture_failed, expired).
export class PagesiftError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'PagesiftError';
    this.code = code;
  }

  toJSON() {
    return { code: this.code, message: this.message };
  }
}

// Turns anything thrown into {code, message} that can cross a message port.
export function errorToPlain(error) {
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return { code: error.code, message: error.message };
  }
  return { code: 'internal', message: String(error?.message ?? error) };
}

// What a frame from the host is. The host may send, for a request id:
// progress frames, partial frames (a summary's text as a model writes it),
// chunk frames, and exactly one reply (whole or chunked).
export function classifyFrame(frame) {
  if (frame === null || typeof frame !== 'object' || Array.isArray(frame)) return 'invalid';
  if ('chunk' in frame) return 'chunk';
  if ('progress' in frame) return 'progress';
  if ('partial' in frame) return 'partial';
  if (typeof frame.ok === 'boolean') return 'reply';
  return 'invalid';
}

// Reassembles chunked replies. Each chunk frame is
// {"id", "chunk": {"index": i, "count": n}, "data": "<slice of the reply's JSON>"};
// the reply is the concatenation of the slices in index order.
export class ChunkAssembler {
  #partial = new Map();  // id key -> {count, parts, received, chars}

  // Adds one chunk frame. Returns the whole reply object once the last chunk
  // arrives, null while more are expected. Throws PagesiftError
  // ("host_protocol") on a malformed or inconsistent chunk; the partial reply
  // of that id is dropped.
  add(frame) {
    const key = idKey(frame.id);
    try {
      return this.#add(key, frame);
    } catch (error) {
      this.#partial.delete(key);
      throw error;
    }
  }

  // Forgets a partial reply (its request was cancelled or timed out).
  drop(id) {
    this.#partial.delete(idKey(id));
  }

  get pendingCount() {
    return this.#partial.size;
  }

  #add(key, frame) {
    const { chunk, data } = frame;
    if (chunk === null || typeof chunk !== 'object') throw protocolError('chunk is not an object');
    const { index, count } = chunk;
    if (!Number.isInteger(count) || count < 1 || count > MAX_REASSEMBLED_CHARS / 1024) {
      throw protocolError(`bad chunk count ${count}`);
    }
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw protocolError(`bad chunk index ${index} of ${count}`);
    }
    if (typeof data !== 'string') throw protocolError('chunk data is not a string');

    let entry = this.#partial.get(key);
    if (!entry) {
      entry = { count, parts: new Array(count), received: 0, chars: 0 };
      this.#partial.set(key, entry);
    }
    if (entry.count !== count) throw protocolError(`chunk count changed from ${entry.count} to ${count}`);
    if (entry.parts[index] !== undefined) throw protocolError(`chunk ${index} received twice`);
    entry.chars += data.length;
    if (entry.chars > MAX_REASSEMBLED_CHARS) throw protocolError('reassembled reply too large');
    entry.parts[index] = data;
    entry.received += 1;
    if (entry.received < entry.count) return null;

    this.#partial.delete(key);
    let reply;
    try {
      reply = JSON.parse(entry.parts.join(''));
    } catch (error) {
      throw protocolError(`reassembled reply is not JSON: ${error.message}`);
    }
    if (classifyFrame(reply) !== 'reply') throw protocolError('reassembled reply is not a reply');
    if (idKey(reply.id) !== key) throw protocolError('reassembled reply names another id');
    return reply;
  }
}

function idKey(id) {
  return typeof id === 'number' ? `n:${id}` : `s:${String(id)}`;
}

function protocolError(what) {
  return new PagesiftError('host_protocol', `The host sent a malformed chunked reply: ${what}.`);
}

// How many bytes a string takes once serialised as a JSON string: the
// browsers serialise a native message with JSON.stringify and send it as
// UTF-8, which escapes quote, backslash, control characters and lone
// surrogates and keeps everything else as is.
export function jsonStringBytes(text) {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c) bytes += 2;               // \" \\
      else if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x08 || c === 0x0c) bytes += 2;
      else if (c < 0x20) bytes += 6;                          // \u00XX
      else bytes += 1;
    } else if (c < 0x800) {
      bytes += 2;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
               text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      bytes += 4;  // a surrogate pair: one 4-byte code point
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      bytes += 6;  // a lone surrogate: \uXXXX
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

// A request's serialised size (a byte over at most): strings measured as
// above, everything else by JSON.stringify.
export function requestBytes(request) {
  let bytes = 2;
  for (const [key, value] of Object.entries(request)) {
    bytes += jsonStringBytes(key) + 1;
    bytes += typeof value === 'string' ? jsonStringBytes(value) : byteLength(JSON.stringify(value));
    bytes += 1;
  }
  return bytes;
}

// Whether `request` serialises to more than `limit` bytes. Counted exactly
// only when it could: a UTF-16 unit takes at most 6 bytes in JSON, so most
// pages are answered from their length alone, without a pass over them.
export function requestExceeds(request, limit) {
  let bound = 2;
  for (const [key, value] of Object.entries(request)) {
    bound += key.length * 6 + 4;
    bound += typeof value === 'string' ? value.length * 6 + 2 : Infinity;
  }
  return bound > limit && requestBytes(request) > limit;
}

function byteLength(text) {
  return new TextEncoder().encode(text).length;
}

// Mebibytes for messages, one decimal.
export function formatMiB(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
