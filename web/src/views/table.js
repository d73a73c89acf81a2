// Event table: one page of GET /api/events with the shared filters, sorted
// by any column (the server sorts, so paging follows the order), and a CSV
// link that asks the same endpoint for exactly the rows shown.
import * as api from '../api.js';
import { quadName, ROOTS } from '../cameo.js';
import { el, clear, fmt } from '../dom.js';
import { setOptions, eventHref } from '../state.js';

const COLUMNS = [
  ['date', 'Date', (e) => e.date || ''],
  ['source', 'Source', (e) => actor(e.source)],
  ['code', 'Event', (e) => el('span', { title: ROOTS[e.root] || '' }, e.code)],
  ['target', 'Target', (e) => actor(e.target)],
  ['quad_class', 'QuadClass', (e) => el('span', { class: `tag q${e.quad_class}` }, quadName(e.quad_class))],
  ['goldstein', 'Goldstein', (e) => fmt(e.goldstein, 1)],
  ['country', 'Place', (e) => [e.geo.name || '', e.geo.country ? ` (${e.geo.country})` : '']],
  ['mentions', 'Mentions', (e) => e.num_mentions],
  ['sources', 'Sources', (e) => e.num_sources],
];
const SIZES = [25, 50, 100, 250];
let root;

function actor(a) {
  if (!a.code) return '—';
  return el('span', { title: a.name || '' }, el('b', {}, a.code), a.name ? ` ${a.name}` : '');
}

export async function mount(container, s) {
  root = el('section', { class: 'table-view' });
  container.append(root);
  await update(s);
}

export function unmount() {}

export async function update(s) {
  const limit = SIZES.includes(+s.options.limit) ? +s.options.limit : 50;
  const offset = Math.max(0, Math.floor(+s.options.offset || 0));
  const sort = s.options.sort || '';
  const page = { limit, offset, sort };
  const data = await api.events(s.filters, page);
  const csv = api.url('/api/events', { ...s.filters, ...page, format: 'csv', total: 'false' });
  const key = sort.replace(/^-/, '');
  const desc = sort.startsWith('-') || sort === '';
  const head = el('tr', {}, COLUMNS.map(([k, label]) => {
    const active = k === key || (sort === '' && k === 'date');
    const next = active ? (desc ? k : `-${k}`) : (k === 'date' ? '' : `-${k}`);
    return el('th', { scope: 'col', 'aria-sort': active ? (desc ? 'descending' : 'ascending') : 'none' },
      el('button', { type: 'button', class: 'sort', onclick: () => setOptions({ sort: next === '-date' ? '' : next, offset: '' }) },
        label, active ? (desc ? ' ▼' : ' ▲') : ''));
  }));
  const rows = data.events.map((e) => el('tr', { dataset: { id: e.id } }, COLUMNS.map(([k, , cell], i) =>
    el('td', {}, i === 0 ? el('a', { href: eventHref(e.id), class: 'event-link' }, cell(e) || 'undated') : cell(e)))));
  const last = offset + data.events.length;
  clear(root).append(
    el('div', { class: 'row table-bar' },
      el('span', { id: 'table-count' }, data.total ? `${fmt(offset + 1)}–${fmt(last)} of ${fmt(data.total)} events` : 'No events match'),
      el('button', { type: 'button', disabled: offset === 0, onclick: () => setOptions({ offset: Math.max(0, offset - limit) || '' }) }, '‹ Previous'),
      el('button', { type: 'button', disabled: data.next_offset === null, onclick: () => setOptions({ offset: data.next_offset }) }, 'Next ›'),
      el('label', { for: 'page-size' }, 'Rows'),
      el('select', { id: 'page-size', onchange: (ev) => setOptions({ limit: ev.target.value === '50' ? '' : ev.target.value, offset: '' }) },
        SIZES.map((n) => el('option', { value: n, selected: n === limit }, n))),
      el('a', { href: csv, download: 'herald-events.csv', id: 'csv', class: 'button' }, 'Download these rows (CSV)')),
    el('div', { class: 'scroll' }, el('table', { class: 'events' }, el('thead', {}, head), el('tbody', {}, rows))));
}
