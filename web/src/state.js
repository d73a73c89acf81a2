// The page's state lives in the URL hash, so every view can be bookmarked
// and sent: "#/VIEW?filter=value&...". Filters are the /api/events ones;
// view options (page, sort, shading, the event shown) sit beside them.
//
//   import { current, navigate, setFilters, onChange } from './state.js';
//   onChange(({ view, filters, options }) => render(view));
//   setFilters({ country: 'UKR' });          // keeps the view, resets paging

export const FILTER_KEYS = ['from', 'to', 'actor', 'country', 'root', 'code', 'quad_class', 'bbox', 'q'];
export const VIEWS = ['map', 'timeline', 'network', 'table', 'event'];

export function parseHash(hash) {
  const text = (hash || '').replace(/^#\/?/, '');
  const [path, query = ''] = text.split('?');
  const view = VIEWS.includes(path) ? path : 'map';
  const params = new URLSearchParams(query);
  const filters = {};
  const options = {};
  for (const [k, v] of params) {
    if (v === '') continue;
    if (FILTER_KEYS.includes(k)) filters[k] = v;
    else options[k] = v;
  }
  return { view, filters, options };
}

export function buildHash(view, filters, options = {}) {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) params.set(k, filters[k]);
  for (const [k, v] of Object.entries(options)) if (v !== undefined && v !== null && v !== '') params.set(k, v);
  const q = params.toString();
  return `#/${view}${q ? '?' + q : ''}`;
}

export function current() {
  return parseHash(location.hash);
}

// Goes to view with these filters and options (a new history entry).
export function navigate(view, filters = current().filters, options = {}) {
  const hash = buildHash(view, filters, options);
  if (hash !== location.hash) location.hash = hash;
}

// Changes some filters (a value of '' or null removes one); the view stays,
// its paging restarts.
export function setFilters(changes) {
  const { view, filters, options } = current();
  const next = { ...filters };
  for (const [k, v] of Object.entries(changes)) {
    if (v === '' || v === null || v === undefined) delete next[k];
    else next[k] = String(v);
  }
  const { offset, ...rest } = options;
  navigate(view === 'event' ? 'table' : view, next, view === 'event' ? {} : rest);
}

// Changes view options only (paging, sort, shading).
export function setOptions(changes) {
  const { view, filters, options } = current();
  const next = { ...options, ...changes };
  for (const k of Object.keys(next)) if (next[k] === '' || next[k] === null || next[k] === undefined) delete next[k];
  navigate(view, filters, next);
}

export function onChange(fn) {
  const run = () => fn(current());
  window.addEventListener('hashchange', run);
  return run;
}

// A link to the event view that keeps the current filters (so Back and the
// other views still show them); doc picks which mention's article is shown.
export function eventHref(id, doc) {
  return buildHash('event', current().filters, { id, doc });
}
