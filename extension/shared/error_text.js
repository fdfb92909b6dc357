// What to tell the user about an error, by code. Each message says what
// happened and, where there is one, what to do about it.

export const INSTALL_COMMAND = 'installer/install.sh --user';

// Errors that mean the native host itself is missing or unusable: the setup
// page explains them.
export const SETUP_ERRORS = new Set(['host_missing', 'host_forbidden', 'host_exited', 'host_protocol']);

const ACTION_NAMES = {
  extract: 'open the reader view',
  summarize: 'summarize',
  save: 'save articles',
  library: 'use the library',
  hello: 'connect',
};

// {title, detail} for an error {code, message} raised while doing `action`
// (a request type such as "save").
export function describeError(error, action = 'extract') {
  const code = error?.code ?? 'internal';
  const message = error?.message ?? '';
  const doing = ACTION_NAMES[action] ?? action;
  switch (code) {
    case 'not_implemented':
      return {
        title: `This version of the pagesift host cannot ${doing} yet.`,
        detail: `The host answered "not implemented". Update pagesift (${INSTALL_COMMAND}) once a version with this feature is installed. (${message})`,
      };
    case 'input_too_large':
      return { title: 'This page is too large for pagesift.', detail: message };
    case 'too_complex':
      return { title: 'This page is too complex for pagesift.', detail: message };
    case 'capture_forbidden':
      return { title: 'pagesift cannot read this page.', detail: message };
    case 'capture_failed':
      return { title: 'pagesift could not read this page.', detail: message };
    case 'timeout':
      return { title: 'The pagesift host took too long.', detail: `${message} Try again; very large pages can take a while.` };
    case 'busy':
      return { title: 'The pagesift host is busy.', detail: `${message} Try again in a moment.` };
    case 'cancelled':
      return { title: 'Cancelled.', detail: message };
    case 'expired':
      return { title: 'This reader view has expired.', detail: message };
    case 'host_missing':
      return { title: 'The pagesift host is not installed.', detail: `${message} Run ${INSTALL_COMMAND} from the pagesift folder.` };
    case 'host_forbidden':
      return { title: 'The pagesift host does not allow this extension.', detail: `${message} Run ${INSTALL_COMMAND} again to register this extension's ID.` };
    case 'host_exited':
    case 'host_protocol':
    case 'host_disconnected':
      return { title: 'The pagesift host stopped unexpectedly.', detail: `${message} Run "pagesift doctor" to find out why.` };
    default:
      return { title: `pagesift could not ${doing}.`, detail: message ? `${message} (${code})` : code };
  }
}
