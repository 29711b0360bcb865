import { again, go, guarded } from './navigation.js';
import { h } from './dom.js';
import { LANGUAGES, preferredLanguage, useLanguage } from './i18n.js';
import { openHelp } from './help.js';
import { session } from './session.js';
import './screens/language.js';
import './screens/programmes.js';
import './screens/programme.js';
import './screens/code.js';
import './screens/progress.js';
import './screens/module.js';
import './screens/questionnaire.js';
import './screens/resume.js';
import './screens/withdraw.js';
import './screens/endings.js';

/** The language buttons of the header, each named in its own language; the current one is pressed. */
function languageButtons() {
  return Object.entries(LANGUAGES).map(([code, { name }]) => h('button', {
    type: 'button',
    lang: code,
    'data-language': code,
    onclick: guarded(async () => {
      await useLanguage(code);
      again();
    }),
  }, name));
}

document.getElementById('languages').replaceChildren(...languageButtons());
document.getElementById('help-now').addEventListener('click', openHelp);
await useLanguage(session.language() ?? preferredLanguage());
// A reload keeps the participant where they were while the tab lives; a new tab starts afresh.
go(session.token() ? 'progress' : 'language');
