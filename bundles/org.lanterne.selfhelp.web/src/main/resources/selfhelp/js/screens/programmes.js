import { api } from '../api.js';
import { h, show, uniqueId } from '../dom.js';
import { LANGUAGES, t } from '../i18n.js';
import { go, register } from '../navigation.js';

register('programmes', async () => {
  const programmes = await api.programmes();
  show(t('programmes.title'),
    h('p', {}, t('programmes.intro')),
    programmes.length ? h('ul', { class: 'cards' }, programmes.map(card)) : h('p', {}, t('programmes.none')),
    h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: () => go('resume') }, t('programmes.resume'))));
});

function card(programme) {
  const titleId = uniqueId();
  return h('li', { class: 'card' },
    h('h2', { id: titleId }, programme.title),
    h('p', {}, programme.summary),
    h('p', { class: 'meta' },
      t('programmes.modules', { count: programme.modules }),
      ' · ',
      programme.languages.map((code) => LANGUAGES[code]?.name ?? code).join(', ')),
    h('button', { type: 'button', 'aria-describedby': titleId, onclick: () => go('programme', programme.id, programme.languages) }, t('programmes.open')));
}
