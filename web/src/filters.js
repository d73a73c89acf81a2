// The filter bar shared by every view: date range, actor (search as you
// type over codes and names), country, CAMEO root and code, QuadClass, the
// drawn box and full-text words. Each change goes into the URL (state.js).
import * as api from './api.js';
import { ROOTS, QUADS } from './cameo.js';
import { names as countryNames } from './countries.js';
import { el, clear } from './dom.js';
import { current, setFilters } from './state.js';

const ACTOR = /^([A-Za-z]{3}){1,10}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function field(label, input, extra) {
  return el('div', { class: 'field' }, el('label', { for: input.id }, label), input, extra);
}

// The actor input: a combobox whose list comes from GET /api/actors.
function actorBox(value) {
  const input = el('input', {
    id: 'f-actor', name: 'actor', value: value || '', placeholder: 'code or name', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'f-actor-list', spellcheck: 'false',
  });
  const list = el('ul', { id: 'f-actor-list', role: 'listbox', class: 'suggest', hidden: true });
  let items = [];
  let active = -1;
  let timer = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (code) => {
    close();
    input.value = code;
    setFilters({ actor: code.toUpperCase() });
  };
  const show = () => {
    clear(list);
    items.forEach((a, i) => {
      list.append(el('li', {
        id: `f-actor-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false',
        onmousedown: (e) => { e.preventDefault(); choose(a.code); },
      }, el('b', {}, a.code), ' ', a.name, el('span', { class: 'muted' }, ` ${a.events}`)));
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    if (active >= 0) input.setAttribute('aria-activedescendant', `f-actor-${active}`);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { items = []; show(); return; }
    timer = setTimeout(async () => {
      try {
        items = (await api.actors(text)).actors;
        active = -1;
        show();
      } catch (e) {
        if (!api.isAbort(e)) { items = []; show(); }
      }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length) { active = (active + 1) % items.length; show(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && items.length) { active = (active - 1 + items.length) % items.length; show(); e.preventDefault(); }
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); choose(items[active].code); }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return field('Actor', input, list);
}

export function renderFilters(form) {
  const { filters } = current();
  clear(form);
  const countryList = el('datalist', { id: 'f-country-list' },
    Object.entries(countryNames).sort((a, b) => a[1].localeCompare(b[1])).map(([a3, n]) => el('option', { value: a3 }, n)));
  const rootSelect = el('select', { id: 'f-root', name: 'root' }, el('option', { value: '' }, 'any'),
    Object.entries(ROOTS).map(([r, n]) => el('option', { value: r, selected: filters.root === r }, `${r} ${n}`)));
  const quadSelect = el('select', { id: 'f-quad', name: 'quad_class' }, el('option', { value: '' }, 'any'),
    Object.entries(QUADS).map(([q, d]) => el('option', { value: q, selected: filters.quad_class === q }, `${q} ${d.name}`)));
  form.append(
    field('From', el('input', { id: 'f-from', name: 'from', type: 'date', value: filters.from || '' })),
    field('To', el('input', { id: 'f-to', name: 'to', type: 'date', value: filters.to || '' })),
    actorBox(filters.actor),
    field('Country', el('input', { id: 'f-country', name: 'country', list: 'f-country-list', value: filters.country || '', placeholder: 'UKR', size: 6, spellcheck: 'false' }), countryList),
    field('CAMEO root', rootSelect),
    field('Code', el('input', { id: 'f-code', name: 'code', value: filters.code || '', placeholder: '190', inputmode: 'numeric', size: 5 })),
    field('QuadClass', quadSelect),
    field('Words', el('input', { id: 'f-q', name: 'q', type: 'search', value: filters.q || '', placeholder: 'full text' })),
    el('div', { class: 'field buttons' },
      filters.bbox ? el('span', { class: 'chip' }, `Box ${filters.bbox}`, ' ',
        el('button', { type: 'button', 'aria-label': 'Remove the box', onclick: () => setFilters({ bbox: '' }) }, '×')) : null,
      el('button', { type: 'submit' }, 'Apply'),
      el('button', { type: 'button', onclick: () => setFilters(Object.fromEntries(Object.keys(filters).map((k) => [k, '']))) }, 'Reset')),
  );
  form.onsubmit = (e) => { e.preventDefault(); apply(form); };
  form.onchange = (e) => { if (e.target.tagName === 'SELECT' || e.target.type === 'date') apply(form); };
}

// Reads the form and sets every filter that is well-formed; a malformed one
// is marked and left out rather than sent.
function apply(form) {
  const get = (n) => (form.elements[n] ? form.elements[n].value.trim() : '');
  const next = {};
  let bad = null;
  const check = (name, ok, value) => {
    const input = form.elements[name];
    input.setAttribute('aria-invalid', ok ? 'false' : 'true');
    if (ok) next[name] = value;
    else bad = bad || input;
  };
  for (const n of ['from', 'to']) check(n, !get(n) || DATE.test(get(n)), get(n));
  check('actor', !get('actor') || ACTOR.test(get('actor')), get('actor').toUpperCase());
  const country = get('country').toUpperCase();
  check('country', !country || /^[A-Z]{3}$/.test(country), country);
  check('code', !get('code') || /^\d{2,4}$/.test(get('code')), get('code'));
  next.root = get('root');
  next.quad_class = get('quad_class');
  next.q = get('q').slice(0, 200);
  if (next.from && next.to && next.from > next.to) [next.from, next.to] = [next.to, next.from];
  if (bad) bad.focus();
  setFilters(next);
}
