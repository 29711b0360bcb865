import { api } from '../api.js';
import { h, show } from '../dom.js';
import { checkbox, onSubmit, problems } from '../forms.js';
import { t } from '../i18n.js';
import { go, register } from '../navigation.js';
import { session } from '../session.js';

/** Withdrawal erases everything: the participant confirms that they understand it first. */
register('withdraw', () => {
  const understood = checkbox(t('withdraw.confirm'));
  const problem = problems();
  show(t('withdraw.title'), onSubmit(h('form', { novalidate: true },
    h('p', {}, t('withdraw.text')),
    understood.element,
    problem.element,
    h('p', { class: 'actions' },
      h('button', { type: 'submit', class: 'danger' }, t('withdraw.submit')),
      h('button', { type: 'button', class: 'secondary', onclick: () => go('progress') }, t('withdraw.cancel')))), async () => {
    if (!understood.input.checked) {
      problem.say(t('withdraw.confirmRequired'));
      understood.input.focus();
      return;
    }
    await api.withdraw();
    session.end();
    go('withdrawn');
  }));
});
