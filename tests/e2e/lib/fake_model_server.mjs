// A language-model server on 127.0.0.1 that speaks Ollama's /api/chat
// (one JSON object a line), for the tests of summaries by a local model.
// It streams the tokens it is given; with `holdBeforeLast` it stops before
// the last token until release() is called, so that a test can look at a
// summary that is still being written. It keeps each request's body and
// notes requests whose client went away before the answer ended.
import { createServer } from 'node:http';

export async function startFakeModelServer({ tokens, holdBeforeLast = false }) {
  const state = { bodies: [], abandoned: 0, release: () => {} };
  let released = new Promise((resolve) => { state.release = resolve; });
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (piece) => { body += piece; });
    request.on('end', async () => {
      state.bodies.push(body);
      let finished = false;
      response.on('close', () => { if (!finished) state.abandoned += 1; });
      response.writeHead(200, { 'content-type': 'application/x-ndjson' });
      const line = (content, done) => `${JSON.stringify({ message: { role: 'assistant', content }, done })}\n`;
      for (const [index, token] of tokens.entries()) {
        if (holdBeforeLast && index === tokens.length - 1) await released;
        if (response.destroyed) return;
        response.write(line(token, false));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      finished = true;
      response.end(line('', true));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.endpoint = `http://127.0.0.1:${server.address().port}/api/chat`;
  state.close = () => {
    state.release();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  // For the next request, if the test wants to hold it again.
  state.rearm = () => { released = new Promise((resolve) => { state.release = resolve; }); };
  return state;
}
