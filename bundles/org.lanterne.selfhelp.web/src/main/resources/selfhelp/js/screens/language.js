import { h, show } from '../dom.js';
import { LANGUAGES, t, useLanguage } from '../i18n.js';
import { go, guarded, register } from '../navigation.js';

register('language', () => show(t('language.title'),
  h('p', {}, t('language.intro')),
  h('ul', { class: 'choices' }, Object.entries(LANGUAGES).map(([code, { name }]) => h('li', {},
    h('button', {
      type: 'button',
      lang: code,
      onclick: guarded(async () => {
        await useLanguage(code);
        go('programmes');
      }),
    }, name))))));
