// Marks spans in an article's text. Spans are [begin, end) byte offsets
// into the UTF-8 body (as the API gives them); overlapping spans nest by
// splitting the text at every boundary.
//
//   const frag = highlight(text, [{ span: [4, 11], cls: 'actor', title: 'USAGOV' }]);
import { el } from './dom.js';

// byte offset -> string index, for every byte offset that starts a character.
export function byteIndex(text) {
  const map = new Map();
  let b = 0;
  let i = 0;
  for (const ch of text) {
    map.set(b, i);
    const cp = ch.codePointAt(0);
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  map.set(b, i);
  return map;
}

// Date expressions a reader would mark (the store keeps no date span, so
// these are found in the page: weekdays, month-day, relative days, years).
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const DATE_RE = new RegExp(
  `\\b(?:(?:on |last |this |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?` +
  `|\\d{1,2} ${MONTH}(?:,? \\d{4})?|${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|(?:in |since )?${MONTH} \\d{4}` +
  `|yesterday|today|tonight|last (?:week|month|year)|(?:\\d+|two|three|four|five|six|seven|ten) (?:days|weeks|months|years) ago` +
  `|\\d{4}-\\d{2}-\\d{2})\\b`, 'g');

// Date spans in text as string indices.
export function dateSpans(text) {
  const out = [];
  for (const m of text.matchAll(DATE_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// marks: [{ begin, end (string indices), cls, title, id }]; returns a fragment.
export function highlight(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.begin); cuts.add(m.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = text.slice(a, b);
    const on = marks.filter((m) => m.begin <= a && m.end >= b);
    if (!on.length) { frag.append(piece); continue; }
    const cls = [...new Set(on.map((m) => m.cls))].join(' ');
    const title = [...new Set(on.map((m) => m.title).filter(Boolean))].join('\n');
    const id = on.map((m) => m.id).find(Boolean);
    frag.append(el('mark', { class: cls, title, id: id && a === on.find((m) => m.id).begin ? id : null }, piece));
  }
  return frag;
}
