/**
 * Builds an element. Children that are strings become text nodes, never markup: no text from the
 * API or from messages can turn into HTML. Attributes named on... are event listeners.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

let lastId = 0;

/** @returns an id no other element of the page has, to tie labels and descriptions to controls */
export function uniqueId() {
  lastId += 1;
  return `id-${lastId}`;
}

/** Replaces the screen and moves the focus to its heading, so that screen readers announce the change. */
export function show(title, ...content) {
  const heading = h('h1', { tabindex: '-1' }, title);
  document.getElementById('main').replaceChildren(heading, ...content.flat(Infinity).filter(Boolean));
  heading.focus();
}

/** Says something to everyone, sighted or not, outside the current screen (a failed request). */
export function announce(text) {
  document.getElementById('status').textContent = text;
}
