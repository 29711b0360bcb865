import { ApiError } from './api.js';
import { announce } from './dom.js';
import { t } from './i18n.js';
import { session } from './session.js';

const screens = new Map();
let current = { name: 'language', args: [] };

/** Makes `render(...args)` the screen called `name`. */
export function register(name, render) {
  screens.set(name, render);
}

/** Shows a screen; its arguments stay in memory so that a change of language can show it again. */
export async function go(name, ...args) {
  current = { name, args };
  announce('');
  try {
    await screens.get(name)(...args);
  } catch (error) {
    recover(error);
  }
}

/** Shows the current screen again, in the language just chosen. */
export const again = () => go(current.name, ...current.args);

/** An action of a button or form, with the same handling of failures as a screen's. */
export function guarded(action) {
  return async (...args) => {
    try {
      await action(...args);
    } catch (error) {
      recover(error);
    }
  };
}

function recover(error) {
  if (error instanceof ApiError && error.status === 401 && session.token()) {
    session.end();
    go('resume', 'expired');
    return;
  }
  announce(error instanceof ApiError && error.explained ? error.message : t('common.error'));
  throw error; // for the browser's console: the participant has been told
}
