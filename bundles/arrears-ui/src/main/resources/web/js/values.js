// Shows any JSON value readably (money formatted, dates localised, lists and objects as nested lists).
import { h } from './dom.js';
import { date, dateTime, label, money, t } from './i18n.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

// Fields whose values are codes, with the label prefix of their texts (the call sheet's excuses, approach, offers, promises).
const CODE_FIELDS = {
  category: 'excuse', type: 'type', tone: 'tone', channels: 'channel', escalation: 'speed', habit: 'habit',
  state: 'promiseState', kind: 'offer'
};

/** `field`: the name the value stands under, to show codes in the tab's language. */
export function renderValue(value, skip, field) {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : h('ul', {}, value.map(v => h('li', {}, renderValue(v, undefined, field))));
  }
  if (typeof value === 'object') {
    if (typeof value.amount === 'string' && typeof value.currency === 'string' && Object.keys(value).length === 2) return money(value);
    const entries = Object.entries(value).filter(([k]) => !(skip || []).includes(k));
    return h('dl', { className: 'values' }, entries.flatMap(([k, v]) => [h('dt', {}, label('field', k)), h('dd', {}, renderValue(v, undefined, k))]));
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string' && CODE_FIELDS[field]) return label(CODE_FIELDS[field], value);
  if (typeof value === 'string' && DATE.test(value)) return date(value);
  if (typeof value === 'string' && INSTANT.test(value)) return dateTime(value);
  return String(value);
}
