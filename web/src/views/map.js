// Map: countries shaded by event count or mean Goldstein (GET
// /api/countries), events as points clustered when dense (GET /api/places,
// one marker per coordinate), a click on a point lists its events (GET
// /api/events with a box around it), and a drawn box sets the place filter.
// Shapes: Natural Earth 1:110m from npm world-atlas, bundled; no tiles.
import L from '../leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import * as api from '../api.js';
import { QUADS, quadName, ROOTS } from '../cameo.js';
import { byNumeric, countryName } from '../countries.js';
import { el, clear, fmt } from '../dom.js';
import { countColor, goldsteinColor, countStops, goldsteinStops } from '../scale.js';
import { setFilters, setOptions, navigate, eventHref } from '../state.js';

let map, shapes, clusters, panel, placeBox, legend, state, drawing = null, boxLayer = null;
const shapesGeo = feature(world, world.objects.countries);
shapesGeo.features = shapesGeo.features.filter((f) => f.id !== '010');   // Antarctica: no events, and it spans every longitude
// A ring that crosses the antimeridian (Russia, Fiji) jumps from +180 to
// -180; drawn as is it smears a band across the map, so its western points
// are moved east of 180.
for (const f of shapesGeo.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) for (const ring of poly) {
    if (ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)) for (const p of ring) if (p[0] < 0) p[0] += 360;
  }
}
for (const f of shapesGeo.features) {
  const c = byNumeric[f.id] || byNumeric[f.properties.name];
  f.properties.a3 = c ? c[0] : null;
}

function dominant(quad) {
  let best = 0;
  for (let i = 1; i < 4; i++) if (quad[i] > quad[best]) best = i;
  return best + 1;
}

function tinyBox(p) {
  const d = 1e-4;
  const c = (v, lim) => Math.max(-lim, Math.min(lim, v)).toFixed(5);
  return `${c(p.lon - d, 180)},${c(p.lat - d, 90)},${c(p.lon + d, 180)},${c(p.lat + d, 90)}`;
}

export async function mount(root, s) {
  const mapDiv = el('div', { class: 'map', id: 'map', role: 'region', 'aria-label': 'Map of events' });
  legend = el('div', { class: 'legend' });
  placeBox = el('section', { class: 'place-events', 'aria-live': 'polite' });
  panel = el('aside', { class: 'side' },
    el('div', { class: 'row' },
      el('label', { for: 'shade' }, 'Shade countries by '),
      el('select', { id: 'shade', onchange: (e) => setOptions({ shade: e.target.value === 'count' ? '' : e.target.value }) },
        el('option', { value: 'count' }, 'event count'), el('option', { value: 'goldstein' }, 'mean Goldstein'))),
    legend,
    el('div', { class: 'row' },
      el('button', { type: 'button', id: 'draw-box', 'aria-pressed': 'false', onclick: toggleDraw }, 'Draw a box'),
      el('button', { type: 'button', onclick: useView }, 'Use visible area')),
    placeBox,
    el('h2', {}, 'Busiest places'),
    el('ol', { class: 'places', id: 'place-list' }));
  root.append(el('div', { class: 'map-view' }, mapDiv, panel));
  map = L.map(mapDiv, { minZoom: 1, maxZoom: 10, zoomSnap: 0.5, worldCopyJump: true, attributionControl: true });
  map.attributionControl.setPrefix(false).addAttribution('Natural Earth via world-atlas');
  map.setView([25, 15], window.innerWidth < 700 ? 1 : 2);
  shapes = L.geoJSON(shapesGeo, { style: () => ({ weight: 0.6, color: '#8a8a8a', fillOpacity: 0.85, fillColor: '#eee' }) }).addTo(map);
  clusters = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true,
    iconCreateFunction: (cluster) => {
      const n = cluster.getAllChildMarkers().reduce((t, m) => t + m.options.events, 0);
      const size = n < 50 ? 34 : n < 500 ? 42 : 52;
      return L.divIcon({ html: `<span>${fmt(n)}</span>`, className: 'cluster', iconSize: [size, size] });
    },
  }).addTo(map);
  map.on('mousedown', drawStart).on('mousemove', drawMove).on('mouseup', drawEnd);
  await update(s);
}

export function unmount() {
  if (map) map.remove();
  map = null;
}

export async function update(s) {
  state = s;
  const shade = s.options.shade === 'goldstein' ? 'goldstein' : 'count';
  document.getElementById('shade').value = shade;
  const [places, countries] = await Promise.all([api.places(s.filters), api.countries(s.filters)]);
  drawCountries(countries.countries, shade);
  drawPlaces(places);
  drawBox(s.filters.bbox);
  if ((s.filters.country || s.filters.bbox) && places.places.length && !s.options.place)
    map.fitBounds(L.latLngBounds(places.places.map((p) => [p.lat, p.lon])).pad(0.3), { maxZoom: 5 });
  if (s.options.place) {
    const p = places.places.find((x) => `${x.lat},${x.lon}` === s.options.place);
    if (p) await showPlace(p);
  } else {
    clear(placeBox);
  }
}

function drawCountries(rows, shade) {
  const by = Object.fromEntries(rows.map((r) => [r.country, r]));
  const max = rows.reduce((m, r) => Math.max(m, r.events), 0);
  shapes.eachLayer((layer) => {
    const a3 = layer.feature.properties.a3;
    const r = by[a3];
    const fill = !r ? '#eeeeee' : shade === 'count' ? countColor(r.events, max) : goldsteinColor(r.goldstein);
    layer.setStyle({ fillColor: fill });
    const label = `${countryName(a3) || layer.feature.properties.name}: ${r ? `${fmt(r.events)} events, mean Goldstein ${fmt(r.goldstein, 1)}` : 'no events'}`;
    layer.unbindTooltip().bindTooltip(label, { sticky: true });
    layer.off('click').on('click', () => a3 && r && setFilters({ country: a3 }));
  });
  clear(legend);
  const stops = shade === 'count' ? countStops : goldsteinStops;
  legend.append(
    el('div', { class: 'ramp', style: `background: linear-gradient(to right, ${stops.join(',')})` }),
    el('div', { class: 'ramp-labels' },
      el('span', {}, shade === 'count' ? '0' : '−10 conflict'),
      el('span', {}, shade === 'count' ? `${fmt(max)} events (log)` : '+10 cooperation')));
}

function drawPlaces(data) {
  clusters.clearLayers();
  const markers = data.places.map((p) => {
    const q = dominant(p.quad);
    const m = L.marker([p.lat, p.lon], {
      events: p.events, keyboard: true, title: `${p.name || p.country}: ${p.events} events`, alt: p.name,
      icon: L.divIcon({ className: `point q${q}`, html: `<span>${p.events}</span>`, iconSize: [26, 26] }),
    });
    m.on('click', () => setOptions({ place: `${p.lat},${p.lon}` }));
    return m;
  });
  clusters.addLayers(markers);
  const list = document.getElementById('place-list');
  clear(list);
  for (const p of data.places.slice(0, 12))
    list.append(el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => setOptions({ place: `${p.lat},${p.lon}` }) },
      `${p.name || countryName(p.country)} (${p.country}) `), el('span', { class: 'muted' }, fmt(p.events))));
  const note = data.total_places > data.places.length ? ` (the ${data.places.length} busiest of ${fmt(data.total_places)} places)` : '';
  list.previousSibling.textContent = `Busiest places — ${fmt(data.located_events)} located events${note}`;
}

async function showPlace(p) {
  const page = await api.events({ ...state.filters, bbox: tinyBox(p) }, { limit: 50 });
  clear(placeBox);
  placeBox.append(
    el('h2', {}, `${p.name || countryName(p.country)} — ${fmt(page.total)} events`),
    el('p', { class: 'muted' }, `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)} · ${QUADS[dominant(p.quad)].name} most · mean Goldstein ${fmt(p.goldstein, 1)}`),
    el('ul', { class: 'event-list' }, page.events.map((e) => el('li', {},
      el('a', { href: eventHref(e.id), class: 'event-link' },
        `${e.date || 'undated'} ${e.source.code || '—'} → ${e.target.code || '—'}`),
      ' ', el('span', { class: `tag q${e.quad_class}`, title: quadName(e.quad_class) }, e.code), ' ',
      el('span', { class: 'muted' }, ROOTS[e.root] || '')))),
    page.total > page.events.length ? el('button', { type: 'button', class: 'link',
      onclick: () => navigate('table', { ...state.filters, bbox: tinyBox(p) }) }, `All ${fmt(page.total)} in the table`) : null);
  const first = placeBox.querySelector('a');
  if (first && document.activeElement && document.activeElement.closest && document.activeElement.closest('.map')) first.focus();
}

function drawBox(bbox) {
  if (boxLayer) boxLayer.remove();
  boxLayer = null;
  if (!bbox) return;
  const [w, s, e, n] = bbox.split(',').map(Number);
  if ([w, s, e, n].some(Number.isNaN)) return;
  boxLayer = L.rectangle([[s, w], [n, e]], { color: '#333', weight: 2, fill: false, dashArray: '4 3', interactive: false }).addTo(map);
}

function toggleDraw() {
  const on = !map.dragging.enabled() ? false : true;
  const btn = document.getElementById('draw-box');
  btn.setAttribute('aria-pressed', String(on));
  if (on) map.dragging.disable(); else map.dragging.enable();
  map.getContainer().classList.toggle('drawing', on);
  drawing = on ? {} : null;
}

function drawStart(e) {
  if (!drawing) return;
  drawing.start = e.latlng;
  drawing.rect = L.rectangle([e.latlng, e.latlng], { color: '#333', weight: 2, fill: false }).addTo(map);
}

function drawMove(e) {
  if (drawing && drawing.rect) drawing.rect.setBounds([drawing.start, e.latlng]);
}

function drawEnd(e) {
  if (!drawing || !drawing.rect) return;
  const b = L.latLngBounds(drawing.start, e.latlng);
  drawing.rect.remove();
  toggleDraw();
  setBox(b);
}

function useView() {
  setBox(map.getBounds());
}

function setBox(b) {
  const c = (v, lim) => Math.max(-lim, Math.min(lim, v)).toFixed(3);
  const w = c(b.getWest(), 180), s = c(b.getSouth(), 90), e = c(b.getEast(), 180), n = c(b.getNorth(), 90);
  if (w === e || s === n) return;
  setFilters({ bbox: `${w},${s},${e},${n}` });
}
