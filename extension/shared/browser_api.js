// The WebExtension namespace of whichever browser runs us. Firefox offers
// `browser` (promise based); Chromium offers `chrome`, whose MV3 methods also
// return promises when called without a callback. Code everywhere else uses
// `api` so that one code base serves both.
export const api = globalThis.browser ?? globalThis.chrome;
