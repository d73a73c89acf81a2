// Colour scales for shading: a sequential one for counts (log), a diverging
// one for mean Goldstein (-10 conflict ... +10 cooperation).

function mix(a, b, t) {
  const p = (c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const [x, y] = [p(a), p(b)];
  return '#' + x.map((v, i) => Math.round(v + (y[i] - v) * t).toString(16).padStart(2, '0')).join('');
}

function ramp(stops, t) {
  const u = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(u));
  return mix(stops[i], stops[i + 1], u - i);
}

const COUNT = ['#fff5eb', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'];
const GOLDSTEIN = ['#b2182b', '#ef8a62', '#f7f7f7', '#67a9cf', '#2166ac'];

export function countColor(n, max) {
  return ramp(COUNT, Math.log1p(n) / Math.log1p(Math.max(max, 1)));
}

export function goldsteinColor(g) {
  return ramp(GOLDSTEIN, (g + 10) / 20);
}

export const countStops = COUNT;
export const goldsteinStops = GOLDSTEIN;
