import { api } from '../api.js';
import { h, show, uniqueId } from '../dom.js';
import { formatDate, formatPercent, t } from '../i18n.js';
import { go, guarded, register } from '../navigation.js';
import { session } from '../session.js';

const AFTER_MODULE = 'after-module:';

/** Where the participant stands: modules done or not, questionnaires due, and the ways out. */
register('progress', async () => {
  const me = await api.me();
  const barId = uniqueId();
  const titles = new Map(me.modules.map((module) => [module.id, module.title]));
  show(me.programme.title,
    h('p', {}, t('progress.since', { date: formatDate(me.enrolledOn) })),
    h('p', { class: 'progress' },
      h('label', { for: barId }, t('progress.label')),
      h('progress', { id: barId, max: 1, value: me.progress }, formatPercent(me.progress)),
      h('span', { class: 'percent' }, formatPercent(me.progress))),
    h('h2', {}, t('progress.modules')),
    h('ol', { class: 'items' }, me.modules.map(moduleItem)),
    me.questionnaires.length > 0 && [
      h('h2', {}, t('progress.questionnaires')),
      h('ul', { class: 'items' }, me.questionnaires.map((questionnaire) => questionnaireItem(questionnaire, titles)))],
    h('p', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: leave }, t('progress.leave')),
      h('button', { type: 'button', class: 'danger', onclick: () => go('withdraw') }, t('progress.withdraw'))));
});

function moduleItem(module) {
  const titleId = uniqueId();
  return h('li', { class: module.done ? 'done' : 'todo' },
    h('span', { id: titleId, class: 'title' }, module.title),
    h('span', { class: 'state' }, module.done ? t('progress.doneOn', { date: formatDate(module.doneOn) }) : t('progress.todo')),
    h('button', { type: 'button', 'aria-describedby': titleId, onclick: () => go('module', module.id) }, t('progress.read')));
}

function questionnaireItem(questionnaire, moduleTitles) {
  const titleId = uniqueId();
  return h('li', { class: questionnaire.done ? 'done' : 'todo' },
    h('span', { id: titleId, class: 'title' }, questionnaire.title),
    h('span', { class: 'state' }, questionnaireState(questionnaire, moduleTitles)),
    questionnaire.due && h('button', {
      type: 'button',
      'aria-describedby': titleId,
      onclick: () => go('questionnaire', questionnaire.id),
    }, t('progress.answer')));
}

/** Answered, due now, or when it will be asked (at enrolment, after a module, at the end). */
function questionnaireState({ done, due, when }, moduleTitles) {
  if (done) return t('progress.answered');
  if (due) return t('progress.due');
  if (when.startsWith(AFTER_MODULE)) return t('progress.afterModule', { module: moduleTitles.get(when.slice(AFTER_MODULE.length)) });
  return t(`progress.when.${when}`);
}

const leave = guarded(async () => {
  await api.leave();
  session.end();
  go('left');
});
