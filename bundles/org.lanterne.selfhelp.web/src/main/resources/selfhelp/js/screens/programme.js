import { api } from '../api.js';
import { h, show } from '../dom.js';
import { checkbox, onSubmit, optionalChoice, problems, textField } from '../forms.js';
import { countryName, language, t, valueLabel } from '../i18n.js';
import { go, register } from '../navigation.js';
import { session } from '../session.js';

/**
 * A programme, its consent and the optional profile and passphrase: everything enrolment asks,
 * nothing more. `languages` are those the programme is given in.
 */
register('programme', async (id, languages) => {
  const programme = await api.programme(id);
  const { ageBands, countries, referrals } = programme.profile;
  const consent = checkbox(t('programme.consentAccept'));
  const ageBand = optionalChoice(t('programme.ageBand'), t('common.notSaid'), ageBands.map((band) => ({ value: band, label: band })));
  const country = optionalChoice(t('programme.country'), t('common.notSaid'), countries.map((code) => ({ value: code, label: countryName(code) })));
  const referral = optionalChoice(t('programme.referral'), t('common.notSaid'),
    referrals.map((value) => ({ value, label: valueLabel('referral', value) })));
  const passphrase = textField(t('programme.passphrase'), { type: 'password', autocomplete: 'off', maxlength: 256 });
  const problem = problems();

  async function enrol() {
    if (!consent.input.checked) {
      problem.say(t('programme.consentRequired'));
      consent.input.focus();
      return;
    }
    const chosen = { ageBand: ageBand.select.value, country: country.select.value, referral: referral.select.value };
    const enrolment = {
      programme: programme.id,
      language: languages.includes(language()) ? language() : languages[0],
      consent: true,
      profile: Object.fromEntries(Object.entries(chosen).filter(([, value]) => value)),
    };
    if (passphrase.input.value) enrolment.passphrase = passphrase.input.value;
    const enrolled = await api.enrol(enrolment);
    session.begin(enrolled.token);
    session.chooseCountry(chosen.country);
    go('code', enrolled.resumeCode, Boolean(enrolment.passphrase));
  }

  show(programme.title,
    h('p', {}, programme.summary),
    h('h2', {}, t('programme.modules')),
    h('ol', {}, programme.modules.map((module) => h('li', {}, module.title))),
    onSubmit(h('form', { novalidate: true },
      h('fieldset', {},
        h('legend', {}, t('programme.consentTitle')),
        h('div', { class: 'consent' }, plainMarkdown(programme.consent)),
        consent.element),
      h('fieldset', {},
        h('legend', {}, t('programme.profileTitle')),
        h('p', { class: 'hint' }, t('programme.profileIntro')),
        ageBand.element, country.element, referral.element),
      h('fieldset', {},
        h('legend', {}, t('programme.passphraseTitle')),
        h('p', { class: 'hint' }, t('programme.passphraseIntro')),
        passphrase.element),
      problem.element,
      h('p', { class: 'actions' },
        h('button', { type: 'submit' }, t('programme.enrol')),
        h('button', { type: 'button', class: 'secondary', onclick: () => go('programmes') }, t('common.back')))), enrol));
});

const LIST_ITEM = /^\s*[-*]\s+/;

/**
 * The consent's Markdown as the paragraphs and lists it is written in. Its words stay text: the
 * consent is what the participant agrees to, so it is shown exactly as written, never as markup.
 */
function plainMarkdown(text) {
  return text.split(/\n\s*\n/).map((block) => {
    const lines = block.trim().split('\n');
    return lines.every((line) => LIST_ITEM.test(line))
      ? h('ul', {}, lines.map((line) => h('li', {}, line.replace(LIST_ITEM, ''))))
      : h('p', {}, block.trim());
  });
}
