// Timeline: events per day (or week, month, year when the range is long) by
// QuadClass, stacked, and below them the casualties reported for those
// events (GET /api/timeline). Brushing across the chart sets the date filter.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, BrushComponent, ToolboxComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import * as api from '../api.js';
import { QUADS } from '../cameo.js';
import { el, clear, fmt } from '../dom.js';
import { setFilters } from '../state.js';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, BrushComponent, ToolboxComponent, TitleComponent, CanvasRenderer]);

const CASUALTY_COLORS = { killed: '#67000d', wounded: '#ef3b2c', arrested: '#6a51a3', kidnapped: '#807dba', displaced: '#969696' };
let chart, summary, table, buckets = [], resizer;

const day = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const iso = (t) => new Date(t).toISOString().slice(0, 10);

// Buckets of a day, week (from Monday), month or year: [key, first day, last day].
function bucketer(unit) {
  return (d) => {
    const t = day(d);
    if (unit === 'day') return [d, d, d];
    if (unit === 'week') {
      const dow = (new Date(t).getUTCDay() + 6) % 7;
      const start = t - dow * 864e5;
      return [iso(start), iso(start), iso(start + 6 * 864e5)];
    }
    if (unit === 'month') {
      const y = +d.slice(0, 4), m = +d.slice(5, 7);
      return [d.slice(0, 7), `${d.slice(0, 7)}-01`, iso(Date.UTC(y, m, 0))];
    }
    return [d.slice(0, 4), `${d.slice(0, 4)}-01-01`, `${d.slice(0, 4)}-12-31`];
  };
}

function chooseUnit(days) {
  if (!days.length) return 'day';
  const span = (day(days[days.length - 1].date) - day(days[0].date)) / 864e5;
  return span <= 180 ? 'day' : span <= 1200 ? 'week' : span <= 12000 ? 'month' : 'year';
}

export async function mount(root, s) {
  summary = el('p', { class: 'muted', id: 'timeline-summary' });
  const box = el('div', { class: 'chart', id: 'timeline-chart', role: 'img', 'aria-label': 'Events per day by QuadClass, and casualties' });
  table = el('details', { class: 'data' });
  root.append(el('section', { class: 'timeline-view' },
    el('h2', {}, 'Events over time'),
    el('p', { class: 'hint' }, 'Drag across the chart to set the date range; the From and To fields set it by keyboard.'),
    summary, box, table));
  chart = echarts.init(box, null, { renderer: 'canvas' });
  chart.on('brushEnd', onBrush);
  resizer = () => chart && chart.resize();
  window.addEventListener('resize', resizer);
  await update(s);
}

export function unmount() {
  window.removeEventListener('resize', resizer);
  if (chart) chart.dispose();
  chart = null;
}

export async function update(s) {
  const t = await api.timeline(s.filters);
  const unit = chooseUnit(t.days);
  const key = bucketer(unit);
  const index = new Map();
  buckets = [];
  const slot = (d) => {
    const [k, first, last] = key(d);
    if (!index.has(k)) { index.set(k, buckets.length); buckets.push({ k, first, last, quad: [0, 0, 0, 0], cas: {} }); }
    return buckets[index.get(k)];
  };
  for (const d of t.days) { const b = slot(d.date); d.quad.forEach((n, i) => (b.quad[i] += n)); }
  const types = new Set();
  for (const c of t.casualties) { const b = slot(c.date); b.cas[c.type] = (b.cas[c.type] || 0) + c.number; types.add(c.type); }
  buckets.sort((a, b) => (a.first < b.first ? -1 : 1));
  // Empty buckets between the first and the last, so the axis keeps time.
  if (buckets.length > 1) {
    const filled = [];
    for (let b = buckets[0]; ; ) {
      filled.push(index.has(b.k) ? buckets[index.get(b.k)] : b);
      const next = iso(day(b.last) + 864e5);
      if (next > buckets[buckets.length - 1].first) break;
      const [k, first, last] = key(next);
      b = index.has(k) ? buckets[index.get(k)] : { k, first, last, quad: [0, 0, 0, 0], cas: {} };
    }
    buckets = filled;
  }
  const total = t.days.reduce((n, d) => n + d.events, 0);
  const killed = t.casualties.filter((c) => c.type === 'killed').reduce((n, c) => n + c.number, 0);
  summary.textContent = `${fmt(total)} dated events${t.undated ? ` (and ${fmt(t.undated)} undated)` : ''} per ${unit}; ` +
    `${fmt(killed)} killed reported for them.`;
  const labels = buckets.map((b) => b.k);
  const casualtyTypes = [...types].sort();
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    toolbox: { show: false },
    brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', transformable: false, throttleType: 'debounce', brushStyle: { color: 'rgba(40,40,40,0.15)' } },
    grid: [{ left: 56, right: 16, top: 36, height: '52%' }, { left: 56, right: 16, top: '72%', bottom: 28 }],
    xAxis: [
      { type: 'category', data: labels, gridIndex: 0, axisLabel: { show: false } },
      { type: 'category', data: labels, gridIndex: 1 },
    ],
    yAxis: [
      { type: 'value', gridIndex: 0, name: 'events', minInterval: 1 },
      { type: 'value', gridIndex: 1, name: 'casualties', minInterval: 1 },
    ],
    series: [
      ...[1, 2, 3, 4].map((q) => ({
        name: QUADS[q].name, type: 'bar', stack: 'q', xAxisIndex: 0, yAxisIndex: 0, color: QUADS[q].color,
        data: buckets.map((b) => b.quad[q - 1]), large: true,
      })),
      ...casualtyTypes.map((type) => ({
        name: type, type: 'bar', stack: 'c', xAxisIndex: 1, yAxisIndex: 1, color: CASUALTY_COLORS[type] || '#525252',
        data: buckets.map((b) => b.cas[type] || 0),
      })),
    ],
  }, { notMerge: true });
  chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
  clear(table);
  table.append(el('summary', {}, 'The numbers as a table'),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, unit), [1, 2, 3, 4].map((q) => el('th', {}, QUADS[q].name)),
      casualtyTypes.map((c) => el('th', {}, c)))),
    el('tbody', {}, buckets.slice(-200).map((b) => el('tr', {}, el('td', {}, b.k), b.quad.map((n) => el('td', {}, n)),
      casualtyTypes.map((c) => el('td', {}, b.cas[c] || 0)))))));
}

function onBrush(e) {
  const area = e.areas && e.areas[0];
  if (!area || !area.coordRange) return;
  const [i, j] = area.coordRange.map((v) => Math.max(0, Math.min(buckets.length - 1, Math.round(v))));
  if (!buckets.length) return;
  const lo = buckets[Math.min(i, j)], hi = buckets[Math.max(i, j)];
  setFilters({ from: lo.first, to: hi.last });
}
