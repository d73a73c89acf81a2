// Event and article: the article an event was coded from, with actor, verb,
// place, count and date spans marked (GET /api/articles/{id}); the event's
// explanation: the verb pattern and the dictionary entries of its actors
// (GET /api/annotations); its mentions in other articles (GET
// /api/events/{id}); and the article's counts with who reported them.
import * as api from '../api.js';
import { quadName, ROOTS } from '../cameo.js';
import { countryName } from '../countries.js';
import { el, clear, fmt } from '../dom.js';
import { byteIndex, dateSpans, highlight } from '../highlight.js';
import { eventHref, navigate } from '../state.js';

let root;

export async function mount(container, s) {
  root = el('article', { class: 'event-view' });
  container.append(root);
  await update(s);
}

export function unmount() {}

const host = (url) => { try { return new URL(url).host.replace(/^www\./, ''); } catch { return ''; } };
const same = (a, b) => a && b && a[0] === b[0] && a[1] === b[1];

export async function update(s) {
  const id = s.options.id || '';
  if (!/^[0-9a-f]{16}$/.test(id)) {
    clear(root).append(el('p', {}, 'No event chosen: pick one in the map or the table.'));
    return;
  }
  const ev = await api.event(id);
  const mentions = ev.mentions || [];
  const mention = mentions.find((m) => m.doc_id === s.options.doc) || mentions[0];
  let art = null, notes = { actors: [], counts: [] };
  if (mention) [art, notes] = await Promise.all([api.article(mention.doc_id), api.annotations(mention.doc_id)]);
  const side = el('div', { class: 'event-side' }, explanation(ev, mention, notes), reports(ev, mentions, mention));
  const body = el('div', { class: 'event-main' }, header(ev));
  clear(root).append(body, side);
  if (art) {
    body.append(articleText(art, mention, notes));
    side.append(counts(notes.counts, ev.id));
    const focus = document.getElementById('this-verb') || document.getElementById('this-source');
    const text = document.getElementById('article-text');
    if (focus && text) text.scrollTop = Math.max(0, focus.offsetTop - text.clientHeight / 3);
  }
}

function header(ev) {
  const side = (a) => a.code ? `${a.code}${a.name ? ` (${a.name})` : ''}` : '—';
  return el('header', { class: 'event-head' },
    el('p', {}, el('button', { type: 'button', class: 'link', onclick: () => history.back() }, '← Back'), ' ',
      el('button', { type: 'button', class: 'link', onclick: () => navigate('table') }, 'Events table')),
    el('h2', { id: 'event-title' }, `${side(ev.source)} → ${ev.code} ${ROOTS[ev.root] || ''} → ${side(ev.target)}`),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Date'), el('dd', {}, ev.date || 'undated'),
      el('dt', {}, 'Place'), el('dd', {}, ev.geo.name ? `${ev.geo.name}, ${countryName(ev.geo.country)} (${ev.geo.precision || ''})` : '—'),
      el('dt', {}, 'QuadClass'), el('dd', {}, el('span', { class: `tag q${ev.quad_class}` }, quadName(ev.quad_class))),
      el('dt', {}, 'Goldstein'), el('dd', {}, fmt(ev.goldstein, 1)),
      el('dt', {}, 'Event id'), el('dd', {}, el('code', {}, ev.id))));
}

function entryFor(notes, span) {
  const a = span && notes.actors.find((x) => same(x.span, span));
  return a ? `${a.kind}: ${a.entry}` : 'no dictionary entry recorded';
}

function explanation(ev, m, notes) {
  if (!m) return el('section', { class: 'explain' }, el('p', {}, 'This event has no stored mention.'));
  const r = m.record || {};
  return el('section', { class: 'explain', 'aria-labelledby': 'why' },
    el('h3', { id: 'why' }, 'Why it was coded'),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Verb pattern'), el('dd', {}, el('code', { id: 'pattern' }, r.pattern || '—'), ` matched “${m.verb}” (data/verbs/)`),
      el('dt', {}, 'Source'), el('dd', {}, `${m.source.code || '—'} ${m.source.name || ''} — `, el('code', {}, entryFor(notes, m.spans.source))),
      el('dt', {}, 'Target'), el('dd', {}, m.target.code ? [`${m.target.code} ${m.target.name || ''} — `, el('code', {}, entryFor(notes, m.spans.target))] : 'none'),
      el('dt', {}, 'Date'), el('dd', {}, `${m.date || 'undated'} — ${m.date_basis === 'text' ? 'from a date in the text' : m.date_basis === 'article' ? "the article's own date" : 'no basis'}`),
      el('dt', {}, 'Place'), el('dd', {}, r.geo && r.geo.name ? `${r.geo.name} (${r.geo.precision})` : '—'),
      r.attribution ? [el('dt', {}, 'According to'), el('dd', {}, r.attribution)] : null,
      el('dt', {}, 'Confidence'), el('dd', {}, fmt(m.confidence, 2)),
      el('dt', {}, 'Sentence'), el('dd', {}, el('q', {}, m.evidence))));
}

function reports(ev, mentions, shown) {
  const hosts = [...new Set(mentions.filter((m) => !m.syndicated).map((m) => host(m.url) || 'no URL'))];
  return el('section', { class: 'mentions', 'aria-labelledby': 'mentions-h' },
    el('h3', { id: 'mentions-h' }, `Reported ${ev.num_mentions === 1 ? 'once' : `${fmt(ev.num_mentions)} times`} by ${fmt(ev.num_sources)} source${ev.num_sources === 1 ? '' : 's'} in ${fmt(ev.num_articles)} article${ev.num_articles === 1 ? '' : 's'}`),
    el('p', { class: 'muted' }, `Sources: ${hosts.join(', ')}`),
    el('ol', { class: 'mention-list' }, mentions.map((m) => el('li', {},
      el('a', { href: eventHref(ev.id, m.doc_id), 'aria-current': m === shown ? 'true' : null, class: 'mention-link' },
        `${m.doc_id}`), m.syndicated ? el('span', { class: 'tag' }, 'syndicated copy') : null,
      el('span', { class: 'muted' }, ` ${m.date || ''} ${host(m.url)} · sentence ${m.sentence}`),
      el('div', {}, el('q', {}, m.evidence))))));
}

function articleText(art, m, notes) {
  const bytes = byteIndex(art.text);
  const marks = [];
  const add = (span, cls, title, id) => {
    if (!span) return;
    const [b, e] = [bytes.get(span[0]), bytes.get(span[1])];
    if (b === undefined || e === undefined || e <= b) return;
    marks.push({ begin: b, end: e, cls, title, id });
  };
  for (const a of notes.actors) add(a.span, 'actor', `actor ${a.code} ${a.name} — ${a.entry}`);
  for (const p of art.spans.places) add(p.span, 'place', `place ${p.name}, ${p.country}`);
  for (const v of art.spans.verbs) add(v.span, 'verb', `event ${v.code} “${v.verb}”`);
  for (const c of notes.counts) add(c.span, 'count', `${c.type} ${c.number}${c.according_to ? ' according to ' + c.according_to : ''}`);
  for (const [b, e] of dateSpans(art.text)) marks.push({ begin: b, end: e, cls: 'date', title: 'date expression' });
  if (m) {
    add(m.spans.source, 'this source', 'this event\'s source', 'this-source');
    add(m.spans.target, 'this target', 'this event\'s target', 'this-target');
    add(m.spans.verb, 'this verb', 'this event\'s verb', 'this-verb');
  }
  const paragraphs = el('div', { class: 'text', id: 'article-text' }, highlight(art.text, marks));
  return el('section', { class: 'article', 'aria-labelledby': 'article-h' },
    el('h3', { id: 'article-h' }, art.title || art.doc_id),
    el('p', { class: 'muted meta' }, `${art.date || 'no date'} · `, art.url ? el('span', {}, art.url) : 'no URL', ` · ${art.doc_id}`,
      art.duplicate_of ? ` · a syndicated copy of ${art.duplicate_of}` : ''),
    el('p', { class: 'key' }, 'Marked: ', el('mark', { class: 'actor' }, 'actor'), ' ', el('mark', { class: 'verb' }, 'event verb'), ' ',
      el('mark', { class: 'place' }, 'place'), ' ', el('mark', { class: 'date' }, 'date'), ' ', el('mark', { class: 'count' }, 'count'), ' ',
      el('mark', { class: 'this verb' }, 'this event')),
    paragraphs);
}

function counts(rows, eventId) {
  return el('section', { class: 'counts', 'aria-labelledby': 'counts-h' },
    el('h3', { id: 'counts-h' }, 'Counts in this article and who reported them'),
    rows.length ? el('table', {}, el('thead', {}, el('tr', {}, ['Type', 'Number', 'Who', 'According to', 'Event'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map((c) => el('tr', { class: c.event_id === eventId ? 'this-event' : '' },
        el('td', {}, c.type), el('td', {}, fmt(c.number)), el('td', {}, c.who || ''), el('td', {}, c.according_to || 'not named'),
        el('td', {}, c.event_id ? (c.event_id === eventId ? 'this event' : el('a', { href: eventHref(c.event_id) }, c.event_id)) : '—'))))) :
      el('p', { class: 'muted' }, 'No counts in this article.'));
}
