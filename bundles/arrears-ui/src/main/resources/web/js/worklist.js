// The collector's queue: GET /arrears/api/worklist, highest priority first, each row explaining its place.
import { enc, get } from './api.js';
import { h, replace, table, field } from './dom.js';
import { date, label, money, number, t } from './i18n.js';
import { link, showError } from './page.js';

const SIZE = 25;

/** "amount 4.2 × risk 1.3 × …" in the tab's language. */
export function explain(row) {
  return row.factors.map(f => t('factor.' + f.code, f.params) + ' (' + number(f.weight, 2) + ')').join(' × ');
}

export async function showWorklist(view) {
  const state = { q: '', actionable: false, page: 0 };
  const query = h('input', { type: 'search', id: 'worklist-q', placeholder: t('worklist.search') });
  const actionable = h('input', { type: 'checkbox', id: 'worklist-actionable' });
  const result = h('div', { id: 'worklist-result' });
  const form = h('form', {
    className: 'filters', onsubmit: event => {
      event.preventDefault();
      state.q = query.value.trim();
      state.actionable = actionable.checked;
      state.page = 0;
      load().catch(showError);
    }
  }, field(t('worklist.search'), query), h('label', { className: 'check' }, actionable, t('worklist.actionable')),
  h('button', { type: 'submit' }, t('common.apply')));
  replace(view, h('h2', {}, t('worklist.title')), h('p', { className: 'hint' }, t('worklist.formula')), form, result);

  async function load() {
    replace(result, h('p', {}, t('common.loading')));
    const page = await get('worklist?size=' + SIZE + '&page=' + state.page + (state.q ? '&q=' + enc(state.q) : '')
      + (state.actionable ? '&actionable=true' : ''));
    if (page.items.length === 0) {
      replace(result, h('p', { className: 'empty' }, t('worklist.empty')));
      return;
    }
    const rows = page.items.map(row => [
      String(row.rank),
      h('a', { href: link('customer/' + enc(row.erpCustomerId)) }, row.name || row.erpCustomerId),
      money(row.largestOverdue),
      number(row.maxDaysPastDue),
      row.riskScore === null ? '—' : number(row.riskScore),
      row.behaviourType ? label('type', row.behaviourType) : '—',
      date(row.lastContact),
      row.promise ? t('worklist.promise', { amount: money({ amount: String(row.promise.amount), currency: row.promise.currency }), date: date(row.promise.promisedDate) }) : '—',
      h('span', { className: 'priority', title: explain(row) }, number(row.priority, 1)),
      h('span', {}, label('next', row.nextAction.code), row.nextAction.from ? ' · ' + date(row.nextAction.from) : ''),
      h('small', { className: 'why' }, explain(row))
    ]);
    const pages = Math.max(1, Math.ceil(page.total / SIZE));
    replace(result,
      table([t('worklist.rank'), t('customer.customer'), t('customer.overdue'), t('customer.daysPastDue'), t('customer.risk'),
        t('customer.type'), t('worklist.lastContact'), t('worklist.promiseHeader'), t('worklist.priority'),
        t('worklist.next'), t('worklist.why')], rows, { id: 'worklist-table', className: 'grid' }),
      h('p', { className: 'pager' },
        h('button', { type: 'button', disabled: state.page === 0, onclick: () => { state.page--; load().catch(showError); } }, t('common.previous')),
        ' ' + t('common.page', { page: state.page + 1, pages, total: page.total }) + ' ',
        h('button', { type: 'button', disabled: state.page + 1 >= pages, onclick: () => { state.page++; load().catch(showError); } }, t('common.next'))));
  }
  await load();
}
