// The collection tab of one customer: position, profile, items, timeline, call sheet and the collector's actions.
import { ApiError, del, enc, get, optional, post } from './api.js';
import { h, replace, table, field } from './dom.js';
import { currentLanguage, date, dateTime, label, money, number, t } from './i18n.js';
import { clearError, showError } from './page.js';
import { renderValue } from './values.js';

const CALL_OUTCOMES = ['PROMISE_TO_PAY', 'PARTIAL_PAYMENT_AGREED', 'CALLBACK_SCHEDULED', 'NO_COMMITMENT', 'NO_ANSWER',
  'WRONG_PERSON', 'DISPUTE_RAISED'];
const WITH_PROMISE = new Set(['PROMISE_TO_PAY', 'PARTIAL_PAYMENT_AGREED']);

function card(id, title, ...content) {
  return h('section', { id, className: 'card' }, h('h3', {}, title), ...content);
}

function positionsList(positions, pick) {
  const shown = positions.filter(p => Number(p[pick].amount) !== 0);
  return shown.length === 0 ? h('p', { className: 'big' }, '—')
    : h('ul', { className: 'amounts' }, shown.map(p => h('li', { className: 'big' }, money(p[pick]))));
}

/** {value} or {error}: one failing section must not take the whole tab down. */
function settle(promise) {
  return promise.then(value => ({ value }), error => ({ error }));
}

/** The section's content, or the API's message when its call failed. */
function failed(part) {
  return h('p', { className: 'error' }, part.error instanceof ApiError
    ? t('error.api', { status: part.error.status, message: part.error.message }) : String(part.error.message || part.error));
}

/** The profile service's cadence, "every 7 days by PHONE", in the tab's language; any other text as it is. */
function cadence(text) {
  const every = /^every (\d+) days? by (\w+)$/.exec(text || '');
  return every ? t('playbook.every', { days: number(Number(every[1])), channel: label('channel', every[2]) }) : (text || '—');
}

/** Next to the risk score when the customer departs from their own history: act before the next due date. */
function driftMarker(drift) {
  if (!drift || !drift.flagged) return null;
  return h('p', { id: 'risk-drift', className: 'warning', title: (drift.reasons || []).join('; ') }, '⚠ ' + t('customer.driftFlagged')
    + (drift.nextDueDate ? ' · ' + t('customer.driftBefore', { date: date(drift.nextDueDate) }) : ''));
}

/** The newest external credit score (0 worst .. 100 best) with who scored and when; nothing when none was recorded. */
function creditScore(score) {
  if (!score) return null;
  return h('p', { id: 'credit-score' }, t('customer.creditScore') + ': ', h('strong', {}, number(score.score) + ' / 100'),
    ' · ' + score.source + ' · ' + date(score.asOf));
}

function summary(customer, profilePart) {
  const profile = profilePart.value;
  const cards = [
    card('summary-balance', t('customer.balance'), positionsList(customer.positions, 'outstanding')),
    card('summary-overdue', t('customer.overdue'), positionsList(customer.positions, 'overdue')),
    card('summary-oldest', t('customer.oldestDue'), h('p', { className: 'big' }, date(customer.oldestOpenDueDate)),
      customer.maxDaysPastDue > 0 ? h('p', {}, t('customer.daysLate', { days: number(customer.maxDaysPastDue) })) : null)
  ];
  if (profile) {
    cards.push(card('summary-risk', t('customer.risk'), h('p', { className: 'big' }, number(profile.risk.score) + ' / 100'),
      driftMarker(profile.drift),
      h('ul', { className: 'factors' }, profile.risk.factors.map(f => h('li', {}, (f.points > 0 ? '+' : '') + number(f.points, 0)
        + ' ' + label('riskFactor', f.factor) + (f.detail ? ': ' + f.detail : '')))),
      creditScore(profile.creditScore)));
    const playbook = profile.playbook;
    cards.push(card('summary-type', t('customer.type'), h('p', { className: 'big' }, label('type', profile.type),
      profile.segment ? h('span', { id: 'profile-segment', className: 'tag' }, t('customer.segment') + ': ' + profile.segment) : null),
      h('p', { className: 'hint' }, profile.why),
      h('dl', {},
        h('dt', {}, t('playbook.tone')), h('dd', {}, label('tone', playbook.tone)),
        h('dt', {}, t('playbook.channels')), h('dd', {}, playbook.channels.map(c => label('channel', c)).join(', ')),
        h('dt', {}, t('playbook.cadence')), h('dd', {}, cadence(playbook.cadence)),
        h('dt', {}, t('playbook.offers')), h('dd', {}, playbook.offers.map(o => label('offer', o)).join(', ') || '—'),
        h('dt', {}, t('playbook.escalation')), h('dd', {}, label('speed', playbook.escalationSpeed))),
      playbook.talkingPoints.length ? h('ul', { className: 'talking' }, playbook.talkingPoints.map(p => h('li', {}, p))) : null));
  } else {
    cards.push(card('summary-risk', t('customer.risk'), profilePart.error ? failed(profilePart)
      : h('p', { className: 'empty' }, t('customer.noProfile'))));
  }
  return h('div', { className: 'cards' }, cards);
}

function itemsSection(items) {
  const open = items.items.filter(i => i.status === 'OPEN');
  return card('items', t('customer.openItems'),
    open.length === 0 ? h('p', { className: 'empty' }, t('customer.noOpenItems'))
      : table([t('item.document'), t('item.kind'), t('item.issued'), t('item.due'), t('item.amount'), t('item.residual'),
        t('customer.daysPastDue'), t('item.bucket')],
      open.map(i => [i.documentNumber, label('kind', i.kind), date(i.issueDate), date(i.dueDate), money(i.amount),
        money(i.residual), i.daysPastDue === null ? '—' : number(i.daysPastDue), label('bucket', i.bucket)]),
      { id: 'items-table', className: 'grid' }));
}

/** Exposure under each credit-insurance policy that insures the customer; no section when none does (or none is installed). */
function exposureSection(part) {
  if (part.error) return card('insurer-exposure', t('exposure.title'), failed(part));
  const policies = part.value;
  if (!policies || policies.length === 0) return null;
  return card('insurer-exposure', t('exposure.title'),
    table([t('exposure.policy'), t('exposure.limit'), t('exposure.outstanding'), t('customer.overdue'), t('exposure.headroom'),
      t('exposure.utilisation')],
    policies.map(p => [p.insurerId + ' · ' + p.policyNumber, money(p.creditLimit), money(p.outstanding), money(p.overdue),
      money(p.headroom), h('span', { className: p.overLimit ? 'error' : '' },
        (p.utilisationPercent === null ? '—' : number(p.utilisationPercent, 1) + ' %')
        + (p.overLimit ? ' · ' + t('exposure.overLimit') : ''))]),
    { id: 'exposure-table', className: 'grid' }));
}

function timelineSection(part) {
  if (part.error) return card('timeline', t('customer.timeline'), failed(part));
  const timeline = part.value;
  if (timeline === null) return card('timeline', t('customer.timeline'), h('p', { className: 'empty' }, t('common.notInstalled')));
  const entries = Array.isArray(timeline) ? timeline : (timeline.entries || timeline.items || []);
  return card('timeline', t('customer.timeline'),
    entries.length === 0 ? h('p', { className: 'empty' }, t('customer.noTimeline'))
      : h('ol', { id: 'timeline-list', className: 'timeline' }, entries.map(e => h('li', { className: 'kind-' + (e.kind || e.type || '') },
        h('time', {}, e.at || e.occurredAt ? dateTime(e.at || e.occurredAt) : date(e.date)), ' ',
        h('strong', {}, label('timeline', e.kind || e.type)), ' ',
        h('span', {}, e.summary || e.text || e.notes || '')))));
}

function callSheetSection(part) {
  if (part.error) return card('call-sheet', t('customer.callSheet'), failed(part));
  const sheet = part.value;
  if (sheet === null) return card('call-sheet', t('customer.callSheet'), h('p', { className: 'empty' }, t('common.notInstalled')));
  // drift first: the collector should read it before the opening line
  const drift = sheet.drift || [];
  return card('call-sheet', t('customer.callSheet'),
    drift.length ? h('div', { id: 'call-sheet-drift', className: 'warning', role: 'alert' }, h('h4', {}, '⚠ ' + t('customer.drift')),
      h('ul', {}, drift.map(reason => h('li', {}, reason)))) : null,
    sheet.openingLine ? h('blockquote', { className: 'opening' }, sheet.openingLine) : null,
    renderValue(sheet, ['customerId', 'customerName', 'openingLine', 'openItems', 'preparedAt', 'drift']));
}

/** Runs an action: the API's error message on failure, the page reloaded on success. */
function action(form, run, reload) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    clearError();
    try {
      await run();
      form.reset();
      await reload();
    } catch (error) {
      showError(error);
      const status = form.querySelector('.result');
      if (status) status.textContent = error instanceof ApiError ? error.message : String(error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function callForm(id, currency, reload) {
  const outcome = h('select', { name: 'outcome', id: 'call-outcome', required: true },
    CALL_OUTCOMES.map(o => h('option', { value: o }, label('outcome', o))));
  const notes = h('textarea', { name: 'notes', id: 'call-notes', rows: 2 });
  const amount = h('input', { name: 'amount', id: 'promise-amount', inputmode: 'decimal', pattern: '[0-9]+([.,][0-9]+)?' });
  const promisedDate = h('input', { name: 'promisedDate', id: 'promise-date', type: 'date' });
  const promiseFields = h('fieldset', { id: 'promise-fields' }, h('legend', {}, t('action.promise')),
    field(t('action.amount') + ' (' + currency + ')', amount), field(t('action.promisedDate'), promisedDate));
  const toggle = () => { promiseFields.hidden = !WITH_PROMISE.has(outcome.value); };
  outcome.addEventListener('change', toggle);
  toggle();
  const form = h('form', { id: 'call-form', className: 'action' }, h('h4', {}, t('action.logCall')),
    field(t('action.outcome'), outcome), field(t('action.notes'), notes), promiseFields,
    h('button', { type: 'submit' }, t('action.save')), h('p', { className: 'result', role: 'status' }));
  return action(form, () => {
    const body = { outcome: outcome.value, notes: notes.value };
    if (WITH_PROMISE.has(outcome.value)) {
      body.promise = { amount: amount.value.trim().replace(',', '.'), currency, date: promisedDate.value };
    }
    return post('customers/' + enc(id) + '/calls', body);
  }, reload);
}

function planForm(id, currency, overdue, reload) {
  const total = h('input', { name: 'total', id: 'plan-total', inputmode: 'decimal', value: overdue || '', required: true });
  const instalments = h('input', { name: 'instalments', id: 'plan-instalments', type: 'number', min: 1, max: 60, value: 3, required: true });
  const firstDate = h('input', { name: 'firstDate', id: 'plan-first', type: 'date', required: true });
  const frequency = h('select', { name: 'frequency', id: 'plan-frequency' },
    ['MONTHLY', 'BIWEEKLY', 'WEEKLY'].map(f => h('option', { value: f }, label('frequency', f))));
  const preview = h('div', { id: 'plan-preview' });
  const terms = () => ({ total: { amount: total.value.trim().replace(',', '.'), currency }, instalments: Number(instalments.value),
    frequency: frequency.value, firstDueDate: firstDate.value });
  const form = h('form', { id: 'plan-form', className: 'action' }, h('h4', {}, t('action.plan')),
    field(t('action.total') + ' (' + currency + ')', total), field(t('action.instalments'), instalments),
    field(t('action.firstDate'), firstDate), field(t('action.frequency'), frequency),
    h('button', { type: 'submit' }, t('action.preview')), preview, h('p', { className: 'result', role: 'status' }));
  // preview first (schedule, whether a manager must agree), then agree with a second click
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearError();
    try {
      const proposal = await post('customers/' + enc(id) + '/plans/preview', terms());
      const agree = h('button', { type: 'button', id: 'plan-agree', onclick: () => post('customers/' + enc(id) + '/plans', terms())
        .then(reload).catch(showError) }, t('action.agree'));
      replace(preview, table([t('plan.number'), t('item.due'), t('item.amount')],
        proposal.plan.schedule.map(i => [i.number === 0 ? t('plan.down') : String(i.number), date(i.dueDate), money(i.amount)]),
        { className: 'grid' }),
      proposal.needsManagerApproval ? h('p', { className: 'error' }, t('plan.needsManager') + ' ' + proposal.reasons.join('; ')) : null,
      agree);
    } catch (error) {
      showError(error);
    }
  });
  return form;
}

function disputeForm(id, blocks, me, reload) {
  const disputes = blocks.filter(b => b.reason === 'DISPUTE');
  const note = h('textarea', { name: 'note', id: 'dispute-note', rows: 2 });
  const form = h('form', { id: 'dispute-form', className: 'action' }, h('h4', {}, t('action.dispute')),
    disputes.length === 0 ? h('p', {}, t('action.noDispute'))
      : h('ul', {}, disputes.map(b => h('li', {}, t('action.disputeSince', { date: dateTime(b.createdAt), by: b.createdBy }),
        b.note ? ': ' + b.note : '', ' ',
        me.roles.includes('manager') || me.roles.includes('admin')
          ? h('button', { type: 'button', className: 'secondary', onclick: () => del('customers/' + enc(id) + '/blocks/' + b.id)
            .then(reload).catch(showError) }, t('action.clearDispute')) : null))),
    disputes.length === 0 ? field(t('action.notes'), note) : null,
    disputes.length === 0 ? h('button', { type: 'submit' }, t('action.setDispute')) : null,
    h('p', { className: 'result', role: 'status' }));
  return action(form, () => post('customers/' + enc(id) + '/blocks', { reason: 'DISPUTE', note: note.value || null }), reload);
}

function escalationForm(id, reload) {
  const kind = h('select', { name: 'kind', id: 'escalation-kind' },
    ['AGENCY', 'LEGAL', 'INSURER', 'MANAGER_REVIEW'].map(k => h('option', { value: k }, label('escalation', k))));
  const reason = h('textarea', { name: 'reason', id: 'escalation-reason', rows: 2, required: true });
  const form = h('form', { id: 'escalation-form', className: 'action' }, h('h4', {}, t('action.escalate')),
    field(t('action.escalationKind'), kind), field(t('action.reason'), reason),
    h('button', { type: 'submit' }, t('action.request')), h('p', { className: 'result', role: 'status' }));
  return action(form, () => post('customers/' + enc(id) + '/escalations', { kind: kind.value, reason: reason.value }), reload);
}

export async function showCustomer(view, id, me) {
  const reload = () => showCustomer(view, id, me);
  const path = 'customers/' + enc(id);
  const lang = currentLanguage();
  // the ledger parts are required; profile, call sheet, timeline and insurer exposure come from other parts of Arrears and fail alone
  const [customer, items, blocks, profile, sheet, timeline, exposure] = await Promise.all([
    get(path), get(path + '/items'), get(path + '/blocks'),
    settle(optional(path + '/profile?lang=' + lang)), settle(optional(path + '/call-sheet?lang=' + lang)),
    settle(optional(path + '/timeline?limit=100')), settle(optional(path + '/insurer-exposure'))]);
  const main = customer.positions.find(p => Number(p.overdue.amount) > 0) || customer.positions[0];
  const currency = main ? main.currency : 'EUR';
  const overdueAmount = main ? main.overdue.amount : '';
  replace(view,
    h('h2', { id: 'customer-name' }, customer.name || customer.erpCustomerId),
    h('p', { className: 'hint' }, t('customer.id', { id: customer.erpCustomerId }) + (customer.country ? ' · ' + customer.country : '')
      + ' · ' + t('customer.asOf', { date: date(customer.asOf) })),
    summary(customer, profile),
    h('div', { className: 'columns' },
      h('div', {}, itemsSection(items), exposureSection(exposure), timelineSection(timeline)),
      h('div', {}, card('actions', t('customer.actions'), callForm(id, currency, reload), planForm(id, currency, overdueAmount, reload),
        disputeForm(id, blocks, me, reload), escalationForm(id, reload)), callSheetSection(sheet))));
}
