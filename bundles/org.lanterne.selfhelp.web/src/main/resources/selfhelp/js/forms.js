import { h, uniqueId } from './dom.js';
import { guarded } from './navigation.js';

/** A labelled text field; `attributes` go to the input. */
export function textField(label, attributes = {}) {
  const input = h('input', { id: uniqueId(), type: 'text', ...attributes });
  return { input, element: h('p', { class: 'field' }, h('label', { for: input.id }, label), input) };
}

/** A checkbox with its label after it, as people expect to click it. */
export function checkbox(label) {
  const input = h('input', { id: uniqueId(), type: 'checkbox' });
  return { input, element: h('p', { class: 'check' }, input, h('label', { for: input.id }, label)) };
}

/**
 * An optional choice from a list: the first entry says that the person prefers not to answer.
 * @param options [{value, label}]
 */
export function optionalChoice(label, notSaid, options) {
  const select = h('select', { id: uniqueId() },
    h('option', { value: '' }, notSaid),
    options.map((option) => h('option', { value: option.value }, option.label)));
  return { select, element: h('p', { class: 'field' }, h('label', { for: select.id }, label), select) };
}

/** A place in a form for what went wrong, read out as soon as it changes. */
export function problems() {
  const element = h('div', { class: 'problem', role: 'alert' });
  return {
    element,
    say(...lines) {
      element.replaceChildren(...lines.map((line) => h('p', {}, line)));
    },
  };
}

/** A submit handler for forms that the page sends itself: the browser must never send them. */
export function onSubmit(form, action) {
  const send = guarded(action);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  return form;
}
