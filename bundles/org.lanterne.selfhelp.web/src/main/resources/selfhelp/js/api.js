import { language } from './i18n.js';
import { session } from './session.js';

/**
 * A refusal of the API: its status and its JSON body, {error, message} (and {errors} for answers
 * that cannot be used). `message` is the API's explanation in the page's language, if it sent one.
 */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.explained = typeof body?.message === 'string';
  }
}

const BASE = '../api/v1/selfhelp';

/** Every call names the page's language, in which the API writes texts and errors. */
async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${BASE}${path}${path.includes('?') ? '&' : '?'}lang=${language()}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
  });
  const answer = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, answer);
  return answer;
}

const read = (path) => call('GET', path);

const segment = encodeURIComponent;

/** The self-help API, one function per endpoint. */
export const api = {
  programmes: () => read('/programmes'),
  programme: (id) => read(`/programmes/${segment(id)}`),
  enrol: (enrolment) => call('POST', '/enrolments', enrolment),
  resume: (resumeCode, passphrase) => call('POST', '/sessions', { resumeCode, passphrase }),
  leave: () => call('DELETE', '/sessions/current'),
  me: () => read('/me'),
  module: (id) => read(`/me/modules/${segment(id)}`),
  markDone: (id) => call('POST', `/me/modules/${segment(id)}/done`),
  questionnaire: (id) => read(`/me/questionnaires/${segment(id)}`),
  answer: (id, answers) => call('POST', `/me/questionnaires/${segment(id)}`, { answers }),
  withdraw: () => call('DELETE', '/me'),
  /** @param country a country code, or '' for the installation's default helplines */
  help: (country) => read(country ? `/help?country=${segment(country)}` : '/help'),
};
