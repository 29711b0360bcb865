import { api } from '../api.js';
import { h, show } from '../dom.js';
import { t } from '../i18n.js';
import { go, guarded, register } from '../navigation.js';
import { safeHtml } from '../safe-html.js';

/** A module's pages and exercises, and "mark as done". */
register('module', async (id) => {
  const [module, me] = await Promise.all([api.module(id), api.me()]);
  const done = me.modules.find((entry) => entry.id === id)?.done;
  show(module.title,
    module.pages.map(section('h2')),
    module.exercises.length > 0 && [h('h2', {}, t('module.exercises')), module.exercises.map(section('h3'))],
    h('p', { class: 'actions' },
      done
        ? h('span', { class: 'done' }, t('module.done'))
        : h('button', { type: 'button', onclick: guarded(async () => { await api.markDone(id); go('progress'); }) }, t('module.markDone')),
      h('button', { type: 'button', class: 'secondary', onclick: () => go('progress') }, t('common.backToProgress'))));
});

/** A page or an exercise under a heading of `level`. */
const section = (level) => ({ title, html }) => h('section', { class: 'page' },
  h(level, {}, title),
  h('div', { class: 'content' }, safeHtml(html)));
