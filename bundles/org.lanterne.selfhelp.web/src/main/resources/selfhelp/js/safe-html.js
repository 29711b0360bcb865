/**
 * Module pages as the API renders them from Markdown. The backend escapes raw HTML and removes
 * unsafe links; the page still never hands that HTML to the document: it is parsed into an inert
 * document and only known elements, text and web links are copied into the page.
 */
const KEPT = new Set(['P', 'BR', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'B', 'I', 'BLOCKQUOTE', 'CODE', 'PRE', 'HR', 'A']);
const DROPPED_WITH_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'TITLE']);

// The page's Content-Security-Policy requires Trusted Types: this policy is the only way in, and it feeds the inert parser only.
const policy = globalThis.trustedTypes?.createPolicy('selfhelp-module-html', { createHTML: (html) => html });

/** @returns whether `url` is an http or https address (not javascript:, data:, ...) */
export function isWebAddress(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** @returns a fragment holding what is safe to show of `html` */
export function safeHtml(html) {
  const parsed = new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, 'text/html');
  const fragment = document.createDocumentFragment();
  copyChildren(parsed.body, fragment);
  return fragment;
}

function copyChildren(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.data);
    } else if (node.nodeType === Node.ELEMENT_NODE && !DROPPED_WITH_CONTENT.has(node.tagName)) {
      to.append(KEPT.has(node.tagName) ? copyElement(node) : unwrapped(node));
    }
  }
}

function copyElement(element) {
  const copy = document.createElement(element.tagName.toLowerCase());
  if (element.tagName === 'A') {
    const href = element.getAttribute('href');
    if (isWebAddress(href)) {
      copy.setAttribute('href', href);
      copy.setAttribute('rel', 'noopener noreferrer');
    }
  }
  copyChildren(element, copy);
  return copy;
}

/** An unknown element's text, without the element. */
function unwrapped(element) {
  const fragment = document.createDocumentFragment();
  copyChildren(element, fragment);
  return fragment;
}
