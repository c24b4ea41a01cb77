// Shared by every view: the error notice and links that keep the chosen language.
import { ApiError } from './api.js';
import { t } from './i18n.js';

/** Shows an error (the API's own message when there is one) above the page. */
export function showError(error) {
  const notice = document.getElementById('notice');
  notice.textContent = error instanceof ApiError
    ? t('error.api', { status: error.status, message: error.message })
    : String(error && error.message ? error.message : error);
  notice.hidden = false;
}

export function clearError() {
  const notice = document.getElementById('notice');
  notice.hidden = true;
  notice.textContent = '';
}

/** A link inside the tab that keeps ?lang=. */
export function link(path) {
  const lang = new URLSearchParams(location.search).get('lang');
  return '/arrears/ui/' + path + (lang ? '?lang=' + encodeURIComponent(lang) : '');
}
