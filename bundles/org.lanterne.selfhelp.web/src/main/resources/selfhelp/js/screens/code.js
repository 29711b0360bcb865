import { h, show } from '../dom.js';
import { checkbox, problems } from '../forms.js';
import { t } from '../i18n.js';
import { go, register } from '../navigation.js';

/** The resume code, shown this once: it is kept nowhere, not even in this page once the participant moves on. */
register('code', (resumeCode, withPassphrase) => {
  const written = checkbox(t('code.written'));
  const problem = problems();
  show(t('code.title'),
    h('p', {}, t('code.intro')),
    // a code reads left to right in every language; translate=no keeps page translators away from it
    h('p', { class: 'resume-code', id: 'resume-code', dir: 'ltr', translate: 'no' }, resumeCode),
    h('p', { class: 'advice' }, t('code.advice')),
    withPassphrase && h('p', {}, t('code.passphraseReminder')),
    written.element,
    problem.element,
    h('p', { class: 'actions' }, h('button', {
      type: 'button',
      onclick: () => {
        if (written.input.checked) {
          go('progress');
        } else {
          problem.say(t('code.writtenRequired'));
          written.input.focus();
        }
      },
    }, t('code.continue'))));
});
