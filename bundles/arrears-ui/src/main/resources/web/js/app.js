// Entry point: language, sign-in, and the route from the path (/arrears/ui/customer/{id}, /worklist, /dashboard).
import { ApiError, get, signIn, signOut } from './api.js';
import { h, replace, field } from './dom.js';
import { chooseLanguage, setLanguage, t } from './i18n.js';
import { showCustomer } from './customer.js';
import { showWorklist } from './worklist.js';
import { showDashboard } from './dashboard.js';
import { clearError, link, showError } from './page.js';

const view = document.getElementById('view');

/** The route of a path below /arrears/ui/. */
export function route(pathname) {
  const rest = pathname.replace(/^\/arrears\/ui\/?/, '');
  if (rest.startsWith('customer/')) return { name: 'customer', id: decodeURIComponent(rest.substring('customer/'.length)) };
  if (rest === 'dashboard') return { name: 'dashboard' };
  return { name: 'worklist' };
}

function signInForm(retry, message) {
  const user = h('input', { name: 'user', autocomplete: 'username', required: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', {
    id: 'sign-in', className: 'card narrow', onsubmit: event => {
      event.preventDefault();
      signIn(user.value, password.value);
      retry();
    }
  }, h('h2', {}, t('signin.title')), message ? h('p', { className: 'error' }, message) : null,
  field(t('signin.user'), user), field(t('signin.password'), password),
  h('button', { type: 'submit' }, t('signin.submit')));
  replace(view, form);
  user.focus();
}

async function render() {
  clearError();
  replace(view, h('p', {}, t('common.loading')));
  let me;
  try {
    me = await get('me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      const hadCredentials = sessionStorage.getItem('arrears.auth') !== null;
      signOut();
      signInForm(render, hadCredentials ? t('signin.failed') : null);
      return;
    }
    showError(error);
    return;
  }
  replace(document.getElementById('user'), me.user + ' (' + me.roles.map(r => t('role.' + r)).join(', ') + ')');
  const current = route(location.pathname);
  document.querySelectorAll('#nav a').forEach(a => {
    a.href = link(a.dataset.route);
    if (a.dataset.route === current.name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  try {
    if (current.name === 'customer') await showCustomer(view, current.id, me);
    else if (current.name === 'dashboard') await showDashboard(view, me);
    else await showWorklist(view, me);
  } catch (error) {
    showError(error);
  }
}

async function start() {
  const select = document.getElementById('language');
  const lang = await setLanguage(chooseLanguage(location.search, navigator.languages));
  select.value = lang;
  select.addEventListener('change', () => {
    const params = new URLSearchParams(location.search);
    params.set('lang', select.value);
    location.search = params.toString();
  });
  await render();
}

start().catch(showError);
