// Actor network: actors as nodes (sized by events), events as directed
// edges weighted by their count and coloured by QuadClass (GET
// /api/network, the heaviest edges). Clicking an actor, or its button in
// the list beside the graph, filters every view by it.
import cytoscape from 'cytoscape';
import * as api from '../api.js';
import { QUADS, quadName } from '../cameo.js';
import { el, clear, fmt } from '../dom.js';
import { setFilters, setOptions } from '../state.js';

let cy, list, note;

export async function mount(root, s) {
  const box = el('div', { class: 'graph', id: 'network-graph', role: 'img', 'aria-label': 'Actor network' });
  list = el('ol', { class: 'actors', id: 'network-actors' });
  note = el('p', { class: 'muted' });
  const size = el('select', { id: 'edges', onchange: (e) => setOptions({ edges: e.target.value }) },
    [50, 150, 400, 1000].map((n) => el('option', { value: n }, `${n} edges`)));
  root.append(el('div', { class: 'network-view' }, box,
    el('aside', { class: 'side' },
      el('div', { class: 'row' }, el('label', { for: 'edges' }, 'Show the heaviest '), size),
      el('ul', { class: 'legend-list' }, Object.entries(QUADS).map(([q, d]) =>
        el('li', {}, el('span', { class: 'swatch', style: `background:${d.color}` }), `${q} ${d.name}`))),
      note, el('h2', {}, 'Actors'), list)));
  cy = cytoscape({
    container: box, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4,
    style: [
      { selector: 'node', style: { label: 'data(id)', 'font-size': 10, width: 'data(size)', height: 'data(size)', 'background-color': '#4d4d4d', color: '#111', 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 3 } },
      { selector: 'node.focus', style: { 'background-color': '#000', 'border-width': 3, 'border-color': '#f4a300' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8, 'arrow-scale': 0.8 } },
    ],
  });
  cy.on('tap', 'node', (e) => setFilters({ actor: e.target.id() }));
  box.cy = cy;   // for the browser test (node positions) and the console
  await update(s);
}

export function unmount() {
  if (cy) cy.destroy();
  cy = null;
}

export async function update(s) {
  const limit = [50, 150, 400, 1000].includes(+s.options.edges) ? +s.options.edges : 150;
  document.getElementById('edges').value = String(limit);
  const data = await api.network(s.filters, limit);
  const maxNode = data.nodes.reduce((m, n) => Math.max(m, n.events), 1);
  const maxEdge = data.edges.reduce((m, e) => Math.max(m, e.events), 1);
  cy.elements().remove();
  cy.add([
    ...data.nodes.map((n) => ({ data: { id: n.code, name: n.name, size: 8 + 30 * Math.sqrt(n.events / maxNode) } })),
    ...data.edges.map((e, i) => ({ data: {
      id: `e${i}`, source: e.source, target: e.target, color: (QUADS[e.quad_class] || { color: '#999' }).color,
      width: 1 + 7 * Math.sqrt(e.events / maxEdge), title: `${e.source} → ${e.target}: ${e.events} ${quadName(e.quad_class)}`,
    } })),
  ]);
  if (s.filters.actor) cy.nodes().filter((n) => n.id().startsWith(s.filters.actor)).addClass('focus');
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, numIter: 600, fit: true, padding: 20 }).run();
  note.textContent = `${fmt(data.edges.length)} edges between ${fmt(data.nodes.length)} actors` +
    (data.edges.length >= limit ? ` (the ${limit} heaviest)` : '');
  clear(list);
  for (const n of [...data.nodes].sort((a, b) => b.events - a.events).slice(0, 40))
    list.append(el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => setFilters({ actor: n.code }) },
      el('b', {}, n.code), ` ${n.name}`), ' ', el('span', { class: 'muted' }, fmt(n.events))));
}
