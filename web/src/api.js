// The HTTP API, as any client sees it (docs/api.md): every view reads only
// these endpoints on the server that served the page.
//
//   const page = await api.events(filters, { limit: 50, offset: 0, sort: '-date' });
//   const url = api.url('/api/events', { ...filters, format: 'csv' });

export function url(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.detail ? `${body.error}: ${body.detail}` : `HTTP ${status}`);
    this.status = status;
  }
}

// The last request of each kind wins: a newer filter change aborts the older fetch.
const inflight = new Map();

export async function get(path, params = {}, kind = path) {
  if (inflight.has(kind)) inflight.get(kind).abort();
  const ctrl = new AbortController();
  inflight.set(kind, ctrl);
  try {
    const res = await fetch(url(path, params), { signal: ctrl.signal, headers: { Accept: 'application/json' } });
    const body = await res.json().catch(() => null);
    if (!res.ok) throw new ApiError(res.status, body);
    return body;
  } finally {
    if (inflight.get(kind) === ctrl) inflight.delete(kind);
  }
}

export const events = (filters, page = {}) => get('/api/events', { ...filters, ...page });
export const event = (id) => get(`/api/events/${encodeURIComponent(id)}`, {}, 'event');
export const article = (id) => get(`/api/articles/${encodeURIComponent(id)}`, {}, 'article');
export const annotations = (id) => get('/api/annotations', { article: id });
export const timeline = (filters) => get('/api/timeline', filters);
export const places = (filters) => get('/api/places', filters);
export const countries = (filters) => get('/api/countries', filters);
export const network = (filters, limit) => get('/api/network', { ...filters, limit });
export const actors = (q) => get('/api/actors', { q, limit: 12 });

export function isAbort(e) {
  return e && e.name === 'AbortError';
}
