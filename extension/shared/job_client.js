// Pages watch a background job (an extraction, a summary, a save) through a
// runtime port. Closing the page closes the port, which cancels the job if it
// is still running: leaving a reader view stops the host's work on it.
import { api } from './browser_api.js';

// The name of the runtime port through which pages watch jobs.
export const JOB_PORT_NAME = 'pagesift-job';

// Calls onMessage(message) with each state of job `jobId`: {kind: "running",
// progress}, then {kind: "result", result} or {kind: "error", error}. A lost
// background (it can be restarted) reads as an error. Returns a function that
// stops watching.
export function watchJob(jobId, onMessage) {
  const port = api.runtime.connect({ name: JOB_PORT_NAME });
  let finished = false;
  port.onMessage.addListener((message) => {
    if (message.kind === 'result' || message.kind === 'error') finished = true;
    onMessage(message);
  });
  port.onDisconnect.addListener(() => {
    if (finished) return;
    onMessage({ kind: 'error', error: { code: 'host_disconnected', message: 'The extension restarted while working on this. Try again.' } });
  });
  port.postMessage({ watch: jobId });
  return () => port.disconnect();
}

// Sends a request to the background and returns its result, or throws
// {code, message}.
export async function askBackground(message) {
  const answer = await api.runtime.sendMessage(message);
  if (!answer) throw { code: 'internal', message: 'The extension did not answer.' };
  if (!answer.ok) throw answer.error;
  return answer.result;
}

// "stage 3/10" for a host progress report.
export function describeProgress(progress) {
  if (!progress || typeof progress !== 'object') return '';
  const stage = typeof progress.stage === 'string' ? progress.stage : '';
  const done = Number(progress.done);
  const total = Number(progress.total);
  if (Number.isFinite(done) && Number.isFinite(total) && total > 0) return `${stage} ${done}/${total}`.trim();
  return stage;
}
