import { ApiError, api } from '../api.js';
import { h, show, uniqueId } from '../dom.js';
import { onSubmit, problems } from '../forms.js';
import { t } from '../i18n.js';
import { go, register } from '../navigation.js';

/** A questionnaire as a form generated from its items; the server scores it and says what is missing. */
register('questionnaire', async (id) => {
  const questionnaire = await api.questionnaire(id);
  const problem = problems();
  const form = h('form', { novalidate: true },
    questionnaire.items.map(itemField),
    problem.element,
    h('p', { class: 'actions' },
      h('button', { type: 'submit' }, t('questionnaire.submit')),
      h('button', { type: 'button', class: 'secondary', onclick: () => go('progress') }, t('common.backToProgress'))));

  onSubmit(form, async () => {
    try {
      const result = await api.answer(id, answers(form, questionnaire.items));
      go('result', questionnaire.title, result);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 422)) throw error;
      const labels = new Map(questionnaire.items.map((item) => [item.id, item.label]));
      problem.say(t('questionnaire.invalid'), ...error.body.errors.map((refusal) => (labels.has(refusal.itemId)
        ? t('questionnaire.checkItem', { item: labels.get(refusal.itemId) })
        : t('questionnaire.checkAll'))));
    }
  });
  show(questionnaire.title, form);
});

register('result', (title, result) => show(title,
  h('p', { class: 'result' }, t('questionnaire.result', { total: result.total, band: result.bandLabel ?? '' })),
  h('p', { class: 'actions' }, h('button', { type: 'button', onclick: () => go('progress') }, t('common.backToProgress')))));

/** Yes/no items have no choices of their own: the page offers them in the participant's language. */
function choicesOf(item) {
  return item.type === 'YES_NO'
    ? [{ value: 'yes', label: t('questionnaire.yes') }, { value: 'no', label: t('questionnaire.no') }]
    : item.choices;
}

function itemField(item) {
  if (item.type === 'NUMERIC') {
    const input = h('input', { id: uniqueId(), name: item.id, type: 'number', step: 'any' });
    return h('p', { class: 'field' }, h('label', { for: input.id }, item.label), input);
  }
  return h('fieldset', { class: 'item' },
    h('legend', {}, item.label),
    choicesOf(item).map((choice) => {
      const id = uniqueId();
      return h('p', { class: 'check' },
        h('input', { type: 'radio', id, name: item.id, value: choice.value }),
        h('label', { for: id }, choice.label));
    }));
}

/** The answers given, numbers as numbers; unanswered items are left out for the server to judge. */
function answers(form, items) {
  const numeric = new Set(items.filter((item) => item.type === 'NUMERIC').map((item) => item.id));
  const given = [...new FormData(form)].filter(([, value]) => value !== '');
  return Object.fromEntries(given.map(([name, value]) => [name, numeric.has(name) ? Number(value) : value]));
}
