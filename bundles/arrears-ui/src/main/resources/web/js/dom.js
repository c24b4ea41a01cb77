// Small DOM helpers: elements are built with textContent only, never from HTML strings (no injection).

/** h('td', {className: 'x', onclick: f}, 'text', child, ...) */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.substring(2), value);
    else if (key === 'className' || key === 'value' || key === 'checked' || key === 'hidden') element[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `element`. */
export function replace(element, ...children) {
  element.textContent = '';
  append(element, children);
  return element;
}

/** A table with a header row; `rows` are arrays of cells (strings or nodes). */
export function table(headers, rows, props) {
  return h('table', props,
    h('thead', {}, h('tr', {}, headers.map(text => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell))))));
}

/** A labelled form field. */
export function field(label, control) {
  return h('label', { className: 'field' }, h('span', {}, label), control);
}
