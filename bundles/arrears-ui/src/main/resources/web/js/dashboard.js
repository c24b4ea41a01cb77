// The manager's dashboard: GET /arrears/api/dashboard. Sections whose source is not installed are null and left out.
import { enc, get } from './api.js';
import { agingChart } from './chart.js';
import { h, replace, table } from './dom.js';
import { currentLanguage, date, dateTime, label, money, number, t } from './i18n.js';
import { link } from './page.js';

function ratio(value, unit) {
  return value === null || value === undefined ? '—' : number(value, 1) + (unit ? ' ' + unit : '');
}

function agingSection(aging) {
  const rtl = document.documentElement.dir === 'rtl';
  return h('section', { id: 'dashboard-aging', className: 'card' }, h('h3', {}, t('dashboard.aging')),
    aging.balances.length === 0 ? h('p', { className: 'empty' }, t('dashboard.nothingOpen'))
      : aging.balances.map(b => h('figure', {}, agingChart(b, rtl),
        h('figcaption', {}, b.currency + ': ' + t('dashboard.total') + ' ' + money(b.total) + ', '
          + t('customer.overdue') + ' ' + money(b.overdue)))));
}

function metricsSection(dashboard) {
  return h('section', { id: 'dashboard-metrics', className: 'card' },
    h('h3', {}, t('dashboard.metrics', { days: dashboard.periodDays })),
    h('p', { className: 'hint' }, t('dashboard.metricsHint')),
    table([t('dashboard.currency'), t('dashboard.dso'), t('dashboard.bestDso'), t('dashboard.add'), t('dashboard.cei'),
      t('dashboard.sales'), t('dashboard.collected'), t('dashboard.receivables')],
    dashboard.metrics.map(m => [m.currency, ratio(m.dso, t('dashboard.days')), ratio(m.bestPossibleDso, t('dashboard.days')),
      ratio(m.averageDaysDelinquent, t('dashboard.days')), ratio(m.cei, '%'), money(m.creditSales), money(m.collected),
      money(m.closingReceivables)]), { className: 'grid' }));
}

function promisesSection(promises) {
  return h('section', { id: 'dashboard-promises', className: 'card' }, h('h3', {}, t('dashboard.promises')),
    h('p', { className: 'big' }, promises.rate === null ? '—' : number(promises.rate * 100, 1) + ' %'),
    h('p', {}, t('dashboard.promisesDetail', { kept: promises.kept, due: promises.kept + promises.partiallyKept + promises.broken })),
    promises.awaiting ? h('p', { className: 'hint' }, t('dashboard.promisesAwaiting', { awaiting: promises.awaiting })) : null);
}

/** A playbook as the profile service names it, "STRUGGLING v3": its behaviour type in the tab's language, then the version. */
function playbookName(playbook) {
  const [type, ...version] = String(playbook || '').split(' ');
  return [label('type', type), ...version].join(' ');
}

function recoverySection(recovery) {
  return h('section', { id: 'dashboard-recovery', className: 'card' }, h('h3', {}, t('dashboard.recovery')),
    recovery.length === 0 ? h('p', { className: 'empty' }, t('dashboard.noClosedCases'))
      : table([t('customer.type'), t('customer.playbook'), t('dashboard.cases'), t('dashboard.recovered'), t('dashboard.satisfied')],
        recovery.map(r => [label('type', r.behaviourType), playbookName(r.playbook), number(r.cases),
          r.amountRecovered.length ? r.amountRecovered.map(money).join(' · ') : '—',
          r.satisfiedRate === null ? '—' : number(r.satisfiedRate * 100, 1) + ' %']), { className: 'grid' }));
}

function deadLettersSection(dead) {
  return h('section', { id: 'dashboard-dead-letters', className: 'card' }, h('h3', {}, t('dashboard.deadLetters')),
    h('p', {}, t('dashboard.deadLettersCount', { failed: dead.failed, unknown: dead.unknown })),
    dead.oldest.length === 0 ? null : table([t('dashboard.state'), t('dashboard.channel'), t('dashboard.recipient'),
      t('dashboard.key'), t('dashboard.lastError'), t('dashboard.since')],
    dead.oldest.map(m => [label('state', m.state), label('channel', m.channel), m.recipient, m.key, m.lastError || '—', dateTime(m.createdAt)]),
    { className: 'grid' }));
}

/** The credit-insurer alarms: deadline missed, approaching or not acknowledged, earliest deadline first. */
function insurerSection(deadlines) {
  return h('section', { id: 'dashboard-insurer', className: 'card' }, h('h3', {}, t('dashboard.insurer')),
    deadlines.length === 0 ? h('p', { className: 'empty' }, t('dashboard.noDeadlines'))
      : table([t('dashboard.alarm'), t('dashboard.insurerName'), t('customer.customer'), t('item.document'), t('item.due'),
        t('dashboard.deadline')],
      deadlines.map(d => [h('span', { className: d.kind === 'DEADLINE_MISSED' ? 'error' : '', title: d.message },
        label('insurerAlarm', d.kind)), d.insurerId + ' · ' + d.policyNumber,
      h('a', { href: link('customer/' + enc(d.customerId)) }, d.customerId), d.documentNumber, date(d.dueDate), date(d.deadline)]),
      { id: 'insurer-deadlines', className: 'grid' }));
}

export async function showDashboard(view, me) {
  if (!me.roles.includes('manager') && !me.roles.includes('admin')) {
    replace(view, h('p', { className: 'empty' }, t('dashboard.managersOnly')));
    return;
  }
  const dashboard = await get('dashboard');
  replace(view, h('h2', {}, t('dashboard.title')), h('p', { className: 'hint' }, t('dashboard.asOf', { date: date(dashboard.asOf) })),
    h('div', { className: 'cards' },
      agingSection(dashboard.aging),
      metricsSection(dashboard),
      dashboard.promises ? promisesSection(dashboard.promises) : null,
      dashboard.recovery ? recoverySection(dashboard.recovery) : null,
      dashboard.insurerDeadlines ? insurerSection(dashboard.insurerDeadlines) : null,
      dashboard.deadLetters ? deadLettersSection(dashboard.deadLetters) : null));
  view.dataset.language = currentLanguage();
}
