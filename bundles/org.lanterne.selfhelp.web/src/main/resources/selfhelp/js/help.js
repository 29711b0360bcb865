import { api } from './api.js';
import { h, uniqueId } from './dom.js';
import { countryName, t } from './i18n.js';
import { guarded } from './navigation.js';
import { isWebAddress } from './safe-html.js';
import { session } from './session.js';

const dialog = () => document.getElementById('help');

/** "Help now": the helplines of the participant's country, over whatever screen is showing. */
export const openHelp = guarded(async () => {
  await showHelplines();
  if (!dialog().open) dialog().showModal();
});

async function showHelplines() {
  const country = session.country();
  const [helplines, chooser] = await Promise.all([api.help(country), countryChooser(country)]);
  dialog().replaceChildren(
    h('h2', { id: 'help-title' }, t('help.title')),
    h('p', {}, t('help.intro')),
    chooser,
    h('ul', { class: 'helplines' }, helplines.map(helpline)),
    h('p', {}, t('help.emergency')),
    h('button', { type: 'button', onclick: () => dialog().close() }, t('help.close')));
}

function helpline(line) {
  return h('li', {},
    h('h3', {}, line.name),
    line.phone && h('p', {}, `${t('help.phone')} `, h('a', { href: `tel:${line.phone.replace(/[^+\d]/g, '')}`, dir: 'ltr' }, line.phone)),
    line.hours && h('p', {}, `${t('help.hours')} ${line.hours}`),
    isWebAddress(line.url) && h('p', {}, h('a', { href: line.url, rel: 'noopener noreferrer', target: '_blank' }, t('help.website'))));
}

/** The countries the programmes offer, asked for once; the API gives every country's lines, or the default ones. */
let offeredCountries;

async function helpCountries() {
  if (!offeredCountries) {
    const programmes = await Promise.all((await api.programmes()).map((programme) => api.programme(programme.id)));
    offeredCountries = [...new Set(programmes.flatMap((programme) => programme.profile.countries))];
  }
  return offeredCountries;
}

async function countryChooser(chosen) {
  const select = h('select', { id: uniqueId() },
    h('option', { value: '' }, t('help.anyCountry')),
    (await helpCountries()).map((code) => h('option', { value: code, selected: code === chosen }, countryName(code))));
  select.addEventListener('change', guarded(async () => {
    session.chooseCountry(select.value);
    await showHelplines();
    dialog().querySelector('select').focus(); // the list was drawn anew: stay where the participant was
  }));
  return h('p', { class: 'field' }, h('label', { for: select.id }, t('help.country')), select);
}
