// The dashboard's entry: reads the URL, draws the filter bar, and shows one
// view at a time. Views load on demand (each is its own chunk), keep their
// widgets across filter changes, and mark <body data-state="ready"> when
// their data is drawn (the browser test waits on it and times it).
import './style.css';
import { renderFilters } from './filters.js';
import { status } from './dom.js';
import { onChange, buildHash } from './state.js';

const loaders = {
  map: () => import('./views/map.js'),
  timeline: () => import('./views/timeline.js'),
  network: () => import('./views/network.js'),
  table: () => import('./views/table.js'),
  event: () => import('./views/event.js'),
};

const main = document.getElementById('main');
const form = document.getElementById('filters');
let shown = null;      // { name, view }
let generation = 0;

async function show(state) {
  const mine = ++generation;
  document.body.dataset.state = 'loading';
  document.body.dataset.view = state.view;
  for (const a of document.querySelectorAll('nav a')) {
    if (a.dataset.view === state.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
    a.href = buildHash(a.dataset.view, state.filters);
  }
  // The bar is drawn again from the URL; the field that had the focus keeps it.
  const focused = document.activeElement && form.contains(document.activeElement) ? document.activeElement.id : '';
  renderFilters(form);
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  try {
    if (!shown || shown.name !== state.view) {
      if (shown && shown.view.unmount) shown.view.unmount();
      main.replaceChildren();
      const view = await loaders[state.view]();
      if (mine !== generation) return;
      shown = { name: state.view, view };
      await view.mount(main, state);
    } else {
      await shown.view.update(state);
    }
    if (mine !== generation) return;
    status('');
    document.body.dataset.state = 'ready';
  } catch (e) {
    if (e && e.name === 'AbortError') return;
    if (mine !== generation) return;
    status(String(e.message || e), true);
    document.body.dataset.state = 'error';
  }
}

document.querySelector('.filters-toggle').addEventListener('click', (e) => {
  const open = form.classList.toggle('open');
  e.currentTarget.setAttribute('aria-expanded', String(open));
});

onChange(show)();
