// Language of the tab: ?lang= first, then the browser's languages; texts from i18n/<lang>.json,
// numbers, dates and money through Intl in that language (money always with its own currency).

export const LANGUAGES = ['en', 'tr', 'pl', 'de', 'he'];
const RTL = new Set(['he']);
let messages = {};
let fallback = {};
let language = 'en';

export function chooseLanguage(search, browserLanguages) {
  const asked = new URLSearchParams(search).get('lang');
  const candidates = [asked, ...(browserLanguages || [])].filter(Boolean).map(l => l.toLowerCase().split('-')[0]);
  return candidates.map(l => (l === 'iw' ? 'he' : l)).find(l => LANGUAGES.includes(l)) || 'en';
}

async function load(lang) {
  const response = await fetch('/arrears/ui/i18n/' + lang + '.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error('no texts for language ' + lang);
  return response.json();
}

export async function setLanguage(lang) {
  language = LANGUAGES.includes(lang) ? lang : 'en';
  fallback = language === 'en' ? {} : await load('en');
  messages = await load(language);
  const root = document.documentElement;
  root.lang = language;
  root.dir = RTL.has(language) ? 'rtl' : 'ltr';
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  return language;
}

export function currentLanguage() {
  return language;
}

/** The text of `key` with {name} placeholders filled; the key itself when no language has it. */
export function t(key, params) {
  const text = messages[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params && params[name] !== undefined ? String(params[name]) : whole));
}

/** A code's label (e.g. an outcome) or the code itself when it has none. */
export function label(prefix, code) {
  if (code === null || code === undefined) return '';
  const key = prefix + '.' + code;
  const text = messages[key] ?? fallback[key];
  return text ?? String(code);
}

/** {amount: "1234.50", currency: "PLN"} → "1.234,50 zł" in the tab's language. */
export function money(value) {
  if (!value) return '';
  const digits = (value.amount.split('.')[1] || '').length;
  return new Intl.NumberFormat(language, {
    style: 'currency', currency: value.currency, minimumFractionDigits: digits, maximumFractionDigits: digits
  }).format(value.amount); // a decimal string: Intl formats it exactly, no float
}

export function number(value, fractionDigits) {
  if (value === null || value === undefined) return '—';
  const options = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(language, options).format(Number(value));
}

/** An ISO date (yyyy-mm-dd) as a local date, never shifted by the browser's time zone. */
export function date(iso) {
  if (!iso) return '—';
  const [y, m, d] = iso.substring(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function dateTime(iso) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
