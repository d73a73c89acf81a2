// The dashboard in a real browser: headless Debian Chromium driven by
// playwright-core. Codes a few hundred corpus articles (read from ../shared
// at test time) into a temporary store, starts `herald serve` on it, and
// walks every view as an analyst would: filters, a map point to the article
// view with its marked spans, timeline brushing, a network click, table
// sorting and paging, the CSV download compared with /api/events, a phone-
// sized screen and the keyboard. Fails on any console error and on any
// request that is not to the loopback server (they are blocked). Writes a
// screenshot of each view and prints first-load and filter-change times
// (reported, never asserted).
//
//   node tests/browser/dashboard_test.mjs --herald build/herald --web build/web \
//        --shared ../shared --screenshots docs/screenshots
//   HERALD_DASHBOARD_DB=/tmp/corpus.db node tests/browser/dashboard_test.mjs ...   # an existing store
//
// Exit 0 passed, 1 failed, 77 skipped (no Chromium, no corpus, no build).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const args = Object.fromEntries(process.argv.slice(2).reduce((out, a, i, all) => (a.startsWith('--') ? [...out, [a.slice(2), all[i + 1]]] : out), []));
const herald = resolve(args.herald || 'build/herald');
const web = resolve(args.web || 'build/web');
const shared = resolve(args.shared || '../shared');
const shots = args.screenshots ? resolve(args.screenshots) : null;
const chromiumPath = process.env.HERALD_CHROMIUM || '/usr/bin/chromium';
const existingDb = process.env.HERALD_DASHBOARD_DB || '';

function skip(why) {
  console.log(`SKIPPED: ${why}`);
  process.exit(77);
}
if (!existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath} (Debian package chromium; scripts/install-deps.sh installs it)`);
if (!existsSync(herald)) skip(`no herald binary at ${herald}`);
if (!existsSync(join(web, 'index.html'))) skip(`no built dashboard at ${web} (cmake --build build --target herald_web)`);
if (!existingDb && !existsSync(join(shared, 'corpus/news'))) skip(`no corpus at ${shared}/corpus/news`);
let chromium;
try {
  chromium = createRequire(import.meta.url)('playwright-core').chromium;
} catch {
  skip('npm playwright-core is not installed (npm ci)');
}

const results = [];
const timings = { first_load: [], filter_change: [] };
async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push([name, true]);
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push([name, false]);
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e}`);
  }
}
function assert(cond, what) {
  if (!cond) throw new Error(what);
}

// A store coded from a few hundred corpus articles: the first of wikinews and
// the Wikipedia current events, and all of bbc-2026.
function codeStore(dir) {
  const pick = [['wikinews-2019-2021.jsonl.gz', 150], ['wikipedia-current-events-2025-2026.jsonl.gz', 200], ['bbc-2026.jsonl.gz', 100]];
  const lines = [];
  for (const [file, n] of pick) {
    const path = join(shared, 'corpus/news', file);
    if (!existsSync(path)) continue;
    lines.push(...gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean).slice(0, n));
  }
  if (lines.length < 100) skip('fewer than 100 corpus articles found');
  writeFileSync(join(dir, 'articles.jsonl'), lines.join('\n') + '\n');
  const db = join(dir, 'dashboard.db');
  const r = spawnSync(herald, ['code', join(dir, 'articles.jsonl'), '--db', db, '-q'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`herald code failed: ${r.stderr}`);
  console.log(`store: ${lines.length} corpus articles coded into ${db}`);
  return db;
}

function startServer(db) {
  return new Promise((ok, fail) => {
    const proc = spawn(herald, ['serve', '--db', db, '--port', '0', '--no-code', '--web', web], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => fail(new Error(`herald serve did not start: ${err}`)), 20000);
    proc.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); ok({ proc, base: `http://127.0.0.1:${m[1]}` }); }
    });
    proc.on('exit', (code) => fail(new Error(`herald serve exited ${code}: ${err}`)));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'herald-dashboard-'));
let server = null;
let browser = null;
const external = [];
const consoleErrors = [];

async function ready(page, timeout = 20000) {
  await page.waitForFunction(() => document.body.dataset.state === 'ready' || document.body.dataset.state === 'error', null, { timeout });
  const state = await page.evaluate(() => [document.body.dataset.state, document.getElementById('status').textContent]);
  assert(state[0] === 'ready', `the view failed: ${state[1]}`);
}

// Runs action (which changes the URL), waits until the view is drawn again; returns ms.
async function timed(page, action) {
  await page.evaluate(() => { document.body.dataset.state = 'changing'; });
  const t0 = Date.now();
  await action();
  await page.waitForFunction(() => document.body.dataset.state !== 'changing', null, { timeout: 20000 });
  await ready(page);
  return Date.now() - t0;
}

const hashParams = (page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] || '');

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function newPage(context, base) {
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  return page;
}

try {
  const db = existingDb || codeStore(dir);
  server = await startServer(db);
  const { base } = server;
  const api = async (path) => (await fetch(base + path)).json();
  browser = await chromium.launch({
    executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  // Every request must go to the loopback server; anything else is blocked and fails the run.
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || ((u.hostname === '127.0.0.1' || u.hostname === 'localhost') && u.origin === base)) return route.continue();
    external.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  if (shots) mkdirSync(shots, { recursive: true });
  const shot = async (page, name) => { if (shots) await page.screenshot({ path: join(shots, name) }); };
  const page = await newPage(context, base);
  const top = (await api('/api/countries?limit=1')).countries[0];
  assert(top, 'the store has no located events');

  await check('map: first load of / draws countries and points', async () => {
    const t0 = Date.now();
    await page.goto(base + '/');
    await ready(page);
    timings.first_load.push(Date.now() - t0);
    assert(await page.locator('.leaflet-overlay-pane path').count() > 100, 'no country shapes');
    assert(await page.locator('.leaflet-marker-icon').count() > 0, 'no points or clusters');
    const fill = await page.locator('.leaflet-overlay-pane path').evaluateAll((ps) => new Set(ps.map((p) => p.getAttribute('fill'))).size);
    assert(fill > 2, 'countries are not shaded');
    await shot(page, 'map.png');
    // and again in a new browser context (empty cache), as a second analyst would open it
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await fresh.route('**/*', (route) => (new URL(route.request().url()).origin === base ? route.continue() : (external.push(route.request().url()), route.abort('blockedbyclient'))));
    const p2 = await newPage(fresh, base);
    const t1 = Date.now();
    await p2.goto(base + '/');
    await ready(p2);
    timings.first_load.push(Date.now() - t1);
    await fresh.close();
  });

  await check('filters: a country typed in the bar goes into the URL and every request', async () => {
    const ms = await timed(page, async () => {
      await page.fill('#f-country', top.country);
      await page.press('#f-country', 'Enter');
    });
    timings.filter_change.push(ms);
    assert(hashParams(page).get('country') === top.country, `URL has no country=${top.country}: ${page.url()}`);
    const places = await api(`/api/places?country=${top.country}`);
    assert(places.located_events <= top.events, 'places are not filtered');
  });

  await check('map: shading by mean Goldstein', async () => {
    timings.filter_change.push(await timed(page, () => page.selectOption('#shade', 'goldstein')));
    assert(hashParams(page).get('shade') === 'goldstein', 'shade not in the URL');
    assert((await page.locator('.ramp-labels').textContent()).includes('conflict'), 'no Goldstein legend');
  });

  let eventUrl = '';
  await check('map: a point lists its events and leads to the article with marked spans', async () => {
    for (let i = 0; i < 8 && (await page.locator('.leaflet-marker-icon.point').count()) === 0; i++) {
      await page.locator('.leaflet-marker-icon.cluster').first().click();
      await page.waitForTimeout(400);
    }
    const point = page.locator('.leaflet-marker-icon.point').first();
    assert(await point.count() === 1, 'no single point to click');
    await timed(page, () => point.click());
    assert(hashParams(page).get('place'), 'the point did not select a place');
    const link = page.locator('.place-events a.event-link').first();
    assert(await link.count() === 1, 'the place lists no events');
    await shot(page, 'map-place.png');
    await timed(page, () => link.click());
    eventUrl = page.url();
    assert(hashParams(page).get('id'), 'not on an event');
    assert(await page.locator('#article-text mark.this.verb').count() >= 1, 'the verb of the event is not marked');
    assert(await page.locator('#article-text mark.this.source').count() >= 1, 'the source actor is not marked');
    assert(await page.locator('#article-text mark.actor').count() >= 1, 'no actor spans');
    assert(await page.locator('#article-text mark.place').count() >= 1, 'no place spans');
    assert(await page.locator('#article-text mark.date').count() >= 0, '');
    assert(/\.txt:\d+/.test(await page.locator('#pattern').textContent()), 'no verb pattern (file:line) in the explanation');
    assert((await page.locator('.explain').textContent()).match(/\.(txt|tsv):/), 'no dictionary entry in the explanation');
    assert(await page.locator('.mention-list li').count() >= 1, 'no mentions listed');
    assert(await page.locator('.counts h3').count() === 1, 'no counts section');
    // the event view agrees with the API
    const ev = await api(`/api/events/${hashParams(page).get('id')}`);
    assert((await page.locator('#event-title').textContent()).includes(ev.code), 'the title does not name the event code');
    assert(await page.locator('.mention-list li').count() === ev.mentions.length, 'mentions differ from the API');
    await shot(page, 'event.png');
  });

  await check('event: an event with counts shows them with who reported them', async () => {
    // an event of the store whose article has a count tied to it
    const tl = await api('/api/timeline');
    assert(tl.days.length > 0, 'no dated events');
    let found = null;
    const page1 = await api('/api/events?limit=200&sort=-mentions');
    for (const e of page1.events) {
      const notes = await api(`/api/annotations?article=${encodeURIComponent(e.first_doc_id)}`);
      if (notes.counts.length) { found = e; break; }
    }
    if (!found) { console.log('     (no article with counts among the first 200 events; nothing to check)'); return; }
    await timed(page, () => page.goto(`${base}/#/event?id=${found.id}&doc=${encodeURIComponent(found.first_doc_id)}`));
    assert(await page.locator('.counts tbody tr').count() >= 1, 'counts not listed');
  });

  await check('timeline: QuadClass bars, casualties, and brushing sets the dates', async () => {
    await timed(page, () => page.goto(`${base}/#/timeline`));
    assert((await page.locator('#timeline-summary').textContent()).includes('dated events'), 'no summary');
    await shot(page, 'timeline.png');
    const box = await page.locator('#timeline-chart').boundingBox();
    const ms = await timed(page, async () => {
      await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.3);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.3, { steps: 8 });
      await page.mouse.up();
    });
    timings.filter_change.push(ms);
    const p = hashParams(page);
    assert(p.get('from') && p.get('to') && p.get('from') <= p.get('to'), `brushing set no date range: ${page.url()}`);
    assert(await page.inputValue('#f-from') === p.get('from'), 'the From field does not show the brushed date');
  });

  await check('network: edges by QuadClass; clicking an actor filters by it', async () => {
    await timed(page, () => page.goto(`${base}/#/network`));
    const n = await page.evaluate(() => document.getElementById('network-graph').cy.edges().length);
    assert(n > 0, 'no edges');
    await shot(page, 'network.png');
    const target = await page.evaluate(() => {
      const cy = document.getElementById('network-graph').cy;
      const node = cy.nodes().sort((a, b) => b.degree() - a.degree())[0];
      return { id: node.id(), ...node.renderedPosition() };
    });
    const box = await page.locator('#network-graph').boundingBox();
    timings.filter_change.push(await timed(page, () => page.mouse.click(box.x + target.x, box.y + target.y)));
    assert(hashParams(page).get('actor') === target.id, `actor filter is ${hashParams(page).get('actor')}, not ${target.id}`);
    const edges = await page.evaluate(() => document.getElementById('network-graph').cy.edges().map((e) => [e.source().id(), e.target().id()]));
    assert(edges.every(([s, t]) => s.startsWith(target.id) || t.startsWith(target.id)), 'edges without the chosen actor');
  });

  await check('table: sorting, paging, and the CSV is exactly the rows shown and /api/events', async () => {
    await timed(page, () => page.goto(`${base}/#/table`));
    await timed(page, () => page.getByRole('button', { name: /^Goldstein/ }).click());
    assert(hashParams(page).get('sort') === '-goldstein', 'sort not in the URL');
    await timed(page, () => page.selectOption('#page-size', '25'));
    const total = (await api('/api/events?limit=1')).total;
    if (total > 25) await timed(page, () => page.getByRole('button', { name: 'Next ›' }).click());
    await shot(page, 'table.png');
    const shown = await page.locator('table.events tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
    const header = csv.shift();
    const rows = csv.filter((r) => r.length > 1);
    const offset = total > 25 ? 25 : 0;
    const json = await api(`/api/events?sort=-goldstein&limit=25&offset=${offset}`);
    assert(json.events.length === shown.length, `the table shows ${shown.length} rows, the API gives ${json.events.length}`);
    assert(rows.length === shown.length, `the CSV has ${rows.length} rows, the table ${shown.length}`);
    const col = (name) => header.indexOf(name);
    rows.forEach((r, i) => {
      const e = json.events[i];
      assert(r[col('id')] === shown[i] && r[col('id')] === e.id, `row ${i}: ${r[col('id')]} / ${shown[i]} / ${e.id}`);
      assert(r[col('date')] === (e.date || '') && r[col('code')] === e.code && r[col('source_code')] === e.source.code &&
        r[col('target_code')] === e.target.code && Number(r[col('goldstein')]) === e.goldstein &&
        Number(r[col('num_mentions')]) === e.num_mentions, `row ${i} differs from /api/events`);
    });
    for (let i = 1; i < json.events.length; i++) assert(json.events[i - 1].goldstein >= json.events[i].goldstein, 'not sorted by Goldstein');
  });

  await check('keyboard: actor search as you type, arrow keys and Enter set the filter', async () => {
    await timed(page, () => page.goto(`${base}/#/table`));
    const actor = (await api('/api/network?limit=1')).edges[0].source;
    await page.focus('#f-actor');
    await page.keyboard.type(actor.slice(0, 3).toLowerCase(), { delay: 30 });
    await page.waitForSelector('#f-actor-list li');
    await page.keyboard.press('ArrowDown');
    const ms = await timed(page, () => page.keyboard.press('Enter'));
    timings.filter_change.push(ms);
    assert((hashParams(page).get('actor') || '').startsWith(actor.slice(0, 3)), `actor filter not set: ${page.url()}`);
    // Tab order reaches the navigation and a view from the top of the page
    await page.focus('.skip');
    const seen = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement.textContent.trim() || document.activeElement.id));
    }
    assert(seen.includes('Map') && seen.includes('Events'), `Tab does not reach the views: ${seen.join(', ')}`);
  });

  await check('phone-sized screen: map and event fit, filters open from a button', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.protocol === 'data:' || u.protocol === 'blob:' || u.origin === base) return route.continue();
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const p = await newPage(phone, base);
    await p.goto(base + '/');
    await ready(p);
    assert(!(await p.locator('#filters').isVisible()), 'the filter bar should fold away on a phone');
    await p.click('.filters-toggle');
    assert(await p.locator('#filters').isVisible(), 'the Filters button does not open the bar');
    const wide = await p.evaluate(() => document.documentElement.scrollWidth);
    assert(wide <= 392, `the page is ${wide}px wide on a 390px screen`);
    await p.click('.filters-toggle');
    await shot(p, 'phone-map.png');
    if (eventUrl) {
      await p.goto(eventUrl);
      await ready(p);
      await p.evaluate(() => window.scrollTo(0, 0));
      await shot(p, 'phone-event.png');
    }
    await phone.close();
  });

  await check('no console errors', async () => assert(consoleErrors.length === 0, consoleErrors.join('\n')));
  await check('no request left the machine', async () => assert(external.length === 0, `blocked: ${external.join(', ')}`));
} catch (e) {
  results.push(['setup', false]);
  console.log(`FAIL setup: ${e && e.stack ? e.stack : e}`);
} finally {
  if (browser) await browser.close();
  if (server) server.proc.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
console.log(`timings: first load of / ${timings.first_load.join(', ')} ms (the browser's first page, then a new context); filter changes ${timings.filter_change.join(', ')} ms ` +
  `(median ${median(timings.filter_change)} ms, max ${Math.max(...timings.filter_change)} ms)${existingDb ? ` on ${existingDb}` : ''}`);
const failed = results.filter(([, ok]) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
