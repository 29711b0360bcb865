/**
 * What the page remembers about the participant. The token and the language live in
 * sessionStorage, which the browser forgets when the tab is closed; the resume code is never kept;
 * the country lives in memory only. Nothing goes to local storage or cookies.
 */
const TOKEN = 'selfhelp.token';
const LANGUAGE = 'selfhelp.language';

let country = '';

export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  begin(token) {
    sessionStorage.setItem(TOKEN, token);
  },
  end() {
    sessionStorage.removeItem(TOKEN);
    country = '';
  },
  language: () => sessionStorage.getItem(LANGUAGE),
  rememberLanguage(language) {
    sessionStorage.setItem(LANGUAGE, language);
  },
  /** The country whose helplines "Help now" shows, '' until the participant has chosen one. */
  country: () => country,
  chooseCountry(code) {
    country = code;
  },
};
