import { session } from './session.js';

/** The page's languages, each named in itself. */
export const LANGUAGES = {
  fr: { name: 'Français', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  en: { name: 'English', dir: 'ltr' },
};

let current = 'fr';
let messages = {};

export const language = () => current;

/** The language the browser prefers among the page's, French otherwise. */
export function preferredLanguage() {
  const wanted = (navigator.languages ?? []).map((tag) => tag.slice(0, 2));
  return wanted.find((code) => code in LANGUAGES) ?? 'fr';
}

/**
 * Loads the messages of `code`, switches lang and dir of the whole page, translates its fixed
 * parts and shows which language button is the current one.
 */
export async function useLanguage(code) {
  const response = await fetch(`messages/${code}.json`, { cache: 'no-store' });
  messages = await response.json();
  current = code;
  session.rememberLanguage(code);
  document.documentElement.lang = code;
  document.documentElement.dir = LANGUAGES[code].dir;
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
  for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', t(element.dataset.label));
  for (const button of document.querySelectorAll('[data-language]')) button.setAttribute('aria-pressed', String(button.dataset.language === code));
}

/** The message `key` with each {name} replaced by `values.name`. */
export function t(key, values = {}) {
  const message = messages[key] ?? key;
  return message.replace(/\{(\w+)\}/g, (placeholder, name) => String(values[name] ?? placeholder));
}

export const formatDate = (iso) => new Intl.DateTimeFormat(current, { dateStyle: 'long' }).format(new Date(iso));

export const formatPercent = (fraction) => new Intl.NumberFormat(current, { style: 'percent' }).format(fraction);

/** A country's name in the page's language, from its ISO 3166 code. */
export const countryName = (code) => new Intl.DisplayNames([current], { type: 'region' }).of(code) ?? code;

/** The translation of a value the API gives as a code (`referral.search-engine`), or the code itself. */
export const valueLabel = (kind, value) => messages[`${kind}.${value}`] ?? value;
