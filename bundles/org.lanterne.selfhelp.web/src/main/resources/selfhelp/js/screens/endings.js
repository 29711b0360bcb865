import { h, show } from '../dom.js';
import { t } from '../i18n.js';
import { go, register } from '../navigation.js';

/** A screen saying what just ended, with the ways to go on; `canResume` when the code still works. */
function ending(titleKey, textKey, canResume) {
  return () => show(t(titleKey),
    h('p', {}, t(textKey)),
    h('p', { class: 'actions' },
      canResume && h('button', { type: 'button', onclick: () => go('resume') }, t('programmes.resume')),
      h('button', { type: 'button', class: 'secondary', onclick: () => go('programmes') }, t('programmes.title'))));
}

/** After leaving: the session is over and the browser keeps nothing of it. */
register('left', ending('left.title', 'left.text', true));

/** After withdrawing: everything is erased, the code with it. */
register('withdrawn', ending('withdrawn.title', 'withdrawn.text', false));
