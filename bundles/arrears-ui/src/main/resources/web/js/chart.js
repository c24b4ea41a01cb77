// Aging as an inline SVG bar chart (no chart library): one bar per bucket, heights relative to the largest.
import { label, money } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const BUCKETS = ['CURRENT', 'DAYS_1_30', 'DAYS_31_60', 'DAYS_61_90', 'DAYS_91_180', 'OVER_180'];

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** `balance`: {currency, buckets: {CURRENT: money, …}}; bars run in reading order (right to left in Hebrew). */
export function agingChart(balance, rtl) {
  const names = Object.keys(balance.buckets).length ? Object.keys(balance.buckets) : BUCKETS;
  const width = 640;
  const height = 260;
  const top = 20;
  const bottom = 60;
  const slot = width / names.length;
  const values = names.map(n => Number(balance.buckets[n].amount));
  const max = Math.max(...values, 0) || 1;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart',
    'aria-label': balance.currency });
  chart.append(svg('title', {}, balance.currency));
  names.forEach((name, i) => {
    const barHeight = (values[i] / max) * (height - top - bottom);
    const x = (rtl ? names.length - 1 - i : i) * slot + slot * 0.15;
    const y = height - bottom - barHeight;
    const bar = svg('rect', { x, y, width: slot * 0.7, height: Math.max(barHeight, 1), class: 'bar b' + i });
    bar.append(svg('title', {}, label('bucket', name) + ': ' + money(balance.buckets[name])));
    chart.append(bar);
    chart.append(svg('text', { x: x + slot * 0.35, y: height - bottom + 18, 'text-anchor': 'middle', class: 'axis' },
      label('bucket', name)));
    chart.append(svg('text', { x: x + slot * 0.35, y: Math.max(y - 6, 12), 'text-anchor': 'middle', class: 'value' },
      money(balance.buckets[name])));
  });
  return chart;
}
