import { ApiError, api } from '../api.js';
import { h, show } from '../dom.js';
import { onSubmit, problems, textField } from '../forms.js';
import { t } from '../i18n.js';
import { go, register } from '../navigation.js';
import { session } from '../session.js';

/** Coming back with the resume code (and the passphrase, if one was chosen), on any device. */
register('resume', (reason) => {
  const code = textField(t('resume.code'), {
    autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', dir: 'ltr', required: true,
  });
  const passphrase = textField(t('resume.passphrase'), { type: 'password', autocomplete: 'off' });
  const problem = problems();
  if (reason === 'expired') problem.say(t('resume.expired'));

  show(t('resume.title'), onSubmit(h('form', { novalidate: true },
    code.element,
    passphrase.element,
    problem.element,
    h('p', { class: 'actions' },
      h('button', { type: 'submit' }, t('resume.submit')),
      h('button', { type: 'button', class: 'secondary', onclick: () => go('programmes') }, t('common.back')))), async () => {
    try {
      const resumed = await api.resume(code.input.value.trim(), passphrase.input.value || undefined);
      session.begin(resumed.token);
      go('progress');
    } catch (error) {
      if (!(error instanceof ApiError && [400, 401].includes(error.status))) throw error;
      problem.say(error.explained ? error.message : t('resume.refused'));
      code.input.focus();
    }
  }));
});
