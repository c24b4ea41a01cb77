// Every call of the tab goes through here: credentials, the CSRF header, JSON and the API's error body.

const BASE = '/arrears/api/';
const AUTH_KEY = 'arrears.auth';

/** An answer that was not 2xx: status, the API's stable error code and its readable message. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function signIn(user, password) {
  const bytes = new TextEncoder().encode(user + ':' + password);
  sessionStorage.setItem(AUTH_KEY, btoa(String.fromCharCode(...bytes)));
}

export function signOut() {
  sessionStorage.removeItem(AUTH_KEY);
}

export async function call(method, path, body) {
  const headers = { Accept: 'application/json', 'X-Arrears-Request': '1' };
  const auth = sessionStorage.getItem(AUTH_KEY);
  if (auth) headers.Authorization = 'Basic ' + auth;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(BASE + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store'
  });
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch (e) { json = null; }
  }
  if (!response.ok) {
    throw new ApiError(response.status, json && json.error ? json.error : 'http-' + response.status,
      json && json.message ? json.message : response.statusText || ('HTTP ' + response.status));
  }
  return json;
}

export const get = path => call('GET', path);
export const post = (path, body) => call('POST', path, body === undefined ? {} : body);
export const del = path => call('DELETE', path);

/** GET that answers null when the resource does not exist on this installation (404 of an optional part). */
export async function optional(path) {
  try {
    return await get(path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const enc = encodeURIComponent;
