// Rungs' benchmark report: sizes of every file in dist/ and of each part of the app, what real
// visits fetch, the time to the first paint and to the first radar, interaction times, and
// Lighthouse's mobile score. Writes bench-report.json and bench-report.md in the repo root.
// Figures are reported, never asserted: budgets are judged by reading the report.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serveStatic } from '../tests/e2e/support/static-server.mjs';
import { launch, openWatched, waitForApp, CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support/browser.mjs';
import { readParts, fetchedFiles } from '../tests/e2e/support/parts.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const RATING_RUNS = Number(process.env.BENCH_RATING_RUNS ?? 41);
const MERGE_RUNS = Number(process.env.BENCH_MERGE_RUNS ?? 9);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (bytes) => (bytes / 1024).toFixed(1);

const brotli = (body) => zlib.brotliCompressSync(body, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;

function fileSizes() {
  const files = fs.readdirSync(DIST, { recursive: true })
    .filter((f) => fs.statSync(path.join(DIST, f)).isFile())
    .sort();
  const rows = files.map((file) => {
    const body = fs.readFileSync(path.join(DIST, file));
    return { file, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length, brotli: brotli(body) };
  });
  const sum = (list) => list.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  const { build, parts } = readParts(DIST);
  const inBuild = (name) => `pkg/${build}/${name}`;
  // The page itself and its icon: the texts, the offline worker, the manifest and the install
  // icons are fetched later, or only for a language other than English.
  const page = rows.filter((r) => r.file === 'index.html' || r.file.startsWith('favicon'));
  const main = rows.filter((r) => parts.main.map(inBuild).includes(r.file));
  // Everything fetched before the first screen is interactive: the page, its stylesheet and
  // icon, and the main part. The models' long texts load when a screen first shows one.
  const firstScreen = sum([...page, ...main]);
  const partRows = Object.entries(parts).filter(([name]) => name !== 'main').map(([name, files]) => {
    const own = rows.filter((r) => files.map(inBuild).includes(r.file));
    return { part: name, files: files.length, ...sum(own) };
  });
  // A French visitor's first screen is the same page (both languages are in it) plus the
  // interface's French catalogue, fetched before the app draws.
  const one = (file) => rows.find((r) => r.file === file) ?? { raw: 0, gzip: 0, brotli: 0 };
  const firstScreenFr = sum([...page, ...main, one('ui-text.fr.txt')]);
  const languages = ['model-text.txt', 'model-text.fr.txt', 'ui-text.fr.txt'].map((file) => ({ file, ...one(file) }));
  return { rows, total: sum(rows), first_screen: firstScreen, first_screen_fr: firstScreenFr, languages, parts: partRows, build };
}

/**
 * What a first visit to `fragment` really fetches, in a fresh profile: every file requested
 * until `ready` shows and the network is idle, with its brotli size as served.
 */
async function visitBytes(url, fragment, ready) {
  const browser = await launch();
  try {
    const { context, page, requests } = await openWatched(browser);
    await page.goto(url + fragment);
    await page.waitForSelector(ready, { timeout: 30000 });
    await page.waitForLoadState('networkidle');
    const files = [...new Set(requests.map((u) => decodeURIComponent(new URL(u).pathname.slice(1))))]
      .map((f) => (f === '' ? 'index.html' : f))
      .filter((f) => fs.existsSync(path.join(DIST, f)));
    await context.close();
    const size = (f) => brotli(fs.readFileSync(path.join(DIST, f)));
    const all = files.reduce((t, f) => t + size(f), 0);
    const texts = files.includes('model-text.txt') ? size('model-text.txt') : 0;
    return { fragment: fragment.slice(0, 40), files: files.length, brotli: all, brotli_without_texts: all - texts, texts_fetched: texts > 0 };
  } finally {
    await browser.close();
  }
}

/** An invitation and a share link, made with the app itself. */
async function makeLinks(url) {
  const browser = await launch();
  try {
    const { context, page } = await openWatched(browser);
    await page.goto(`${url}#/assess/cd-maturity`);
    await page.waitForSelector('fieldset.practice-rating');
    await page.$$eval('input[type=radio][value=largely]', (inputs) => inputs.forEach((i) => i.click()));
    const share = await page.inputValue('.share-link input');
    await page.goto(`${url}#/board`);
    await page.click('button.create-workshop');
    const invite = await page.inputValue('input.invite-link');
    await context.close();
    return { share: share.slice(share.indexOf('#')), invite: invite.slice(invite.indexOf('#')) };
  } finally {
    await browser.close();
  }
}

/** Navigation start to the first contentful paint (the model list's text, served as HTML). */
async function firstPaintTimes(url) {
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      times.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

/**
 * Navigation start to the first radar drawn (the `rungs:first-radar` mark), in two ways: a
 * returning visitor's first screen (saved assessments, so the results part loads and draws the
 * radar), and a first visit straight to an Assess page (the assess part loads).
 */
async function firstRadarTimes(url) {
  const browser = await launch();
  const times = { returning_home: [], assess_deep_link: [] };
  const mark = async (page) => {
    await page.waitForFunction(() => performance.getEntriesByName('rungs:first-radar').length > 0);
    return page.evaluate(() => performance.getEntriesByName('rungs:first-radar')[0].startTime);
  };
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}#/assess/cd-maturity`);
      times.assess_deep_link.push(await mark(page));
      await page.locator('fieldset.practice-rating input[value="fully"]').first().check();
      await page.goto('about:blank');
      await page.goto(url);
      times.returning_home.push(await mark(page));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

/**
 * Timing helpers installed in every measured page as `window.rungsTiming`:
 * - `drained()`: Leptos applies a change to the DOM in microtasks queued by the click. A chain of
 *   microtasks that re-queues itself ends only after every microtask queued before it, so its
 *   end is when the DOM is up to date, before the browser renders a frame.
 * - `painted()`: for comparison, until the frame showing the change has been produced.
 */
const TIMING_HELPERS = () => {
  window.rungsTiming = {
    drained: () => new Promise((resolve) => {
      let turns = 0;
      const step = () => (++turns < 200 ? queueMicrotask(step) : resolve());
      queueMicrotask(step);
    }),
    painted: () => new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    })),
  };
};

/**
 * With all four models fully rated, the time from a rating click to the updated levels and
 * radar in the DOM. The click toggles a Base practice of the CD model between Partly and Fully,
 * which moves the model between Expert and Below Base, so every result and the radar change.
 * The time is taken in the page: from just before the click until a message posted after it is
 * delivered, which is after Leptos' effects (microtasks) have patched the DOM.
 */
async function ratingUpdateTimes(url) {
  const browser = await launch();
  try {
    const context = await browser.newContext();
    await context.addInitScript(TIMING_HELPERS);
    const page = await context.newPage();
    await page.goto(url);
    for (const model of ['cmmi', 'mlops-google', 'mlops-microsoft', 'cd-maturity']) {
      await page.evaluate((m) => { location.hash = `#/assess/${m}`; }, model);
      await page.waitForSelector(`.assess-page[data-model="${model}"] fieldset.practice-rating`);
      await page.$$eval('input[type=radio][value=fully]', (inputs) => inputs.forEach((i) => i.click()));
    }
    const unrated = await page.$$eval('fieldset.practice-rating.unrated', (fs) => fs.length);
    if (unrated !== 0) throw new Error(`${unrated} practices left unrated`);
    const times = await page.evaluate(async (runs) => {
      const { drained, painted } = window.rungsTiming;
      const group = document.querySelector('fieldset[data-practice="tv-automatic-unit-tests"]');
      const level = () => document.querySelector('.overall-level strong').textContent;
      const dom = [];
      const frame = [];
      for (let i = 0; i < runs; i++) {
        const target = i % 2 === 0 ? 'partly' : 'fully';
        // The node itself, not its markup: reading innerHTML here would distort the timing.
        const svgBefore = document.querySelector('.results .radar-svg svg');
        const t0 = performance.now();
        group.querySelector(`input[value="${target}"]`).click();
        await drained();
        const t1 = performance.now();
        const expected = target === 'partly' ? 'Below Base' : 'Expert';
        if (level() !== expected) throw new Error(`level shows ${level()}, expected ${expected}`);
        if (document.querySelector('.results .radar-svg svg') === svgBefore) throw new Error('radar not redrawn');
        await painted();
        const t2 = performance.now();
        dom.push(t1 - t0);
        frame.push(t2 - t0);
        await new Promise((r) => setTimeout(r, 30));
      }
      return { dom, frame };
    }, RATING_RUNS);
    await context.close();
    return times;
  } finally {
    await browser.close();
  }
}

/**
 * Workshop merge: 50 participants' links, each rating all four models fully, pasted at once onto
 * a board for all four models. Timed in the page from just before the click on "Add to the
 * board" until the DOM is up to date (every participant listed, every radar with its table and
 * the discuss-first lists redrawn; the table of every practice is built when opened), and, for comparison, until the next frame. Each run starts from an empty board.
 */
async function workshopMergeTimes(url, fragments) {
  const browser = await launch();
  const dom = [];
  const frame = [];
  try {
    for (let run = 0; run < MERGE_RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(TIMING_HELPERS);
      const page = await context.newPage();
      await page.goto(url + '#/board');
      await page.fill('.workshop-name-input', 'Benchmark');
      await page.$$eval('input[name="workshop-model"]', (xs) => xs.forEach((x) => { if (!x.checked) x.click(); }));
      await page.click('button.create-workshop');
      await page.waitForSelector('.paste-links');
      const links = fragments.map((f) => url + f).join('\n');
      await page.fill('.paste-links', links);
      const t = await page.evaluate(async (expected) => {
        const { drained, painted } = window.rungsTiming;
        const t0 = performance.now();
        document.querySelector('button.add-links').click();
        await drained();
        const t1 = performance.now();
        const listed = document.querySelectorAll('li.participant').length;
        if (listed !== expected) throw new Error(`${listed} participants listed, expected ${expected}`);
        // Every model's radar has a column per participant and one for the median.
        const columns = [...document.querySelectorAll('.model-stats .radar-table')].map((t) => t.querySelectorAll('thead th').length);
        if (columns.length !== 4 || columns.some((c) => c !== expected + 2)) throw new Error(`radar tables: ${columns}`);
        await painted();
        return { dom: t1 - t0, frame: performance.now() - t0 };
      }, fragments.length);
      dom.push(t.dom);
      frame.push(t.frame);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { dom, frame };
}

/** The 50 participants' links, written by the codec natively. */
async function workshopLinks() {
  const run = promisify(execFile);
  const { stdout } = await run('cargo', ['run', '--quiet', '--locked', '--example', 'workshop_links', '--', '50'], {
    cwd: ROOT,
    maxBuffer: 1 << 22,
  });
  return stdout.split('\n').filter(Boolean);
}

/** Lighthouse's mobile performance, `LIGHTHOUSE_RUNS` runs, and the run with the median score. */
async function lighthouseRuns(url) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouse(url));
  const ok = runs.filter((r) => !r.error).sort((a, b) => a.score - b.score);
  if (ok.length === 0) return { ...runs[0], runs };
  return { ...ok[Math.floor(ok.length / 2)], runs };
}

/** Lighthouse's mobile performance run. Asynchronous: the static server shares this process. */
async function lighthouse(url) {
  const bin = process.env.LIGHTHOUSE;
  if (!bin) return { error: 'lighthouse not installed' };
  const out = path.join(fs.mkdtempSync('/tmp/rungs-lh-'), 'report.json');
  try {
    await promisify(execFile)(bin, [
      url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 240000, maxBuffer: 64 * 1024 * 1024 });
    const lhr = JSON.parse(fs.readFileSync(out, 'utf8'));
    const audit = (id) => lhr.audits[id]?.numericValue;
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      lcp_ms: Math.round(audit('largest-contentful-paint')),
      tbt_ms: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      fcp_ms: Math.round(audit('first-contentful-paint')),
    };
  } catch (error) {
    return { error: String(error.stderr ?? error.message).slice(0, 500) };
  }
}

/** Share-link lengths over random fully rated assessments, computed natively by the codec. */
async function linkLengths() {
  const run = promisify(execFile);
  const { stdout } = await run('cargo', ['run', '--quiet', '--locked', '--example', 'link_lengths'], {
    cwd: ROOT,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout);
}

/** How many snapshots of a fully rated four-model assessment fit in local storage. */
async function snapshotRoom() {
  const run = promisify(execFile);
  const { stdout } = await run('cargo', ['run', '--quiet', '--locked', '--example', 'snapshot_room'], { cwd: ROOT });
  return JSON.parse(stdout);
}

/** Model-link lengths of the shipped models sent as model links, computed natively. */
async function modelLinkLengths() {
  const run = promisify(execFile);
  const { stdout } = await run('cargo', ['run', '--quiet', '--locked', '--example', 'model_link_lengths'], { cwd: ROOT });
  return JSON.parse(stdout);
}

const links = await linkLengths();
const modelLinks = await modelLinkLengths();
const room = await snapshotRoom();
const mergeLinks = await workshopLinks();
const sizes = fileSizes();
const server = await serveStatic(DIST, '/', { compress: true });
let paints;
let times;
let ratingTimes;
let lh;
let merge;
let visits;
try {
  const made = await makeLinks(server.url);
  visits = [];
  for (const [name, fragment, ready] of [
    ['first screen', '', 'html.started'],
    ['a participant opens an invitation', made.invite, 'input.participant-name'],
    ['an assess page', '#/assess/cd-maturity', 'fieldset.practice-rating'],
    ['a share link', made.share, '.shared-page .assess-page'],
    ['the workshop board', '#/board', 'button.create-workshop'],
    ['the assessments page', '#/assessments', 'li.saved-assessment'],
  ]) {
    visits.push({ visit: name, ...(await visitBytes(server.url, fragment, ready)) });
  }
  merge = await workshopMergeTimes(server.url, mergeLinks);
  paints = await firstPaintTimes(server.url);
  times = await firstRadarTimes(server.url);
  ratingTimes = await ratingUpdateTimes(server.url);
  lh = await lighthouseRuns(server.url);
} finally {
  await server.close();
}

const round1 = (t) => Math.round(t * 10) / 10;
const join = visits.find((v) => v.visit.startsWith('a participant'));
const report = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  sizes,
  visits,
  budgets: {
    first_screen_brotli_max_bytes: 120 * 1024,
    join_visit_brotli_max_bytes: 160 * 1024,
    first_paint_median_max_ms: 100,
    first_radar_median_max_ms: 300,
    lighthouse_min: 98,
    lighthouse_lcp_max_ms: 1500,
    rating_update_median_max_ms: 16,
    workshop_merge_to_frame_median_max_ms: 200,
  },
  first_paint_ms: { runs: paints.map(round1), median: round1(median(paints)) },
  first_radar_ms: {
    returning_home: { runs: times.returning_home.map(round1), median: round1(median(times.returning_home)) },
    assess_deep_link: { runs: times.assess_deep_link.map(round1), median: round1(median(times.assess_deep_link)) },
  },
  rating_update_ms: {
    setup: 'all four models fully rated; toggling one CD Base practice between Partly and Fully',
    runs: ratingTimes.dom.map((t) => Math.round(t * 100) / 100),
    median: Math.round(median(ratingTimes.dom) * 100) / 100,
    max: Math.round(Math.max(...ratingTimes.dom) * 100) / 100,
    to_next_frame_median: Math.round(median(ratingTimes.frame) * 100) / 100,
  },
  lighthouse_mobile: lh,
  workshop_merge_ms: {
    setup: `${mergeLinks.length} participants' links, each rating all four models fully, pasted at once onto a board for all four models`,
    runs: merge.dom.map(round1),
    median: round1(median(merge.dom)),
    to_next_frame_runs: merge.frame.map(round1),
    to_next_frame_median: round1(median(merge.frame)),
  },
  share_links: {
    note: 'fragment after #/s/, without name and notes; minimum = practices x log2(7) bits in base64url characters',
    budget_ratio_to_minimum: 1.35,
    rows: links,
  },
  snapshot_room: room,
  model_links: modelLinks,
};
fs.writeFileSync(path.join(ROOT, 'bench-report.json'), JSON.stringify(report, null, 2) + '\n');

const kib = (bytes) => `${kb(bytes)} KiB`;
const lhLine = lh.error ? `not measured: ${lh.error}` : `${lh.score} (LCP ${lh.lcp_ms} ms)`;
const lines = [
  '# Rungs benchmark report', '', `${report.date} · ${report.machine}`, '',
  '## Budgets', '',
  '| measure | value | budget |', '|---|---:|---:|',
  `| first screen, brotli (page, stylesheet, icon and the main part) | ${kib(sizes.first_screen.brotli)} | at most 120 KiB |`,
  `| first screen in French, brotli (the same, plus the French catalogue ui-text.fr.txt, fetched before the app takes over; the French text paints from the page before it) | ${kib(sizes.first_screen_fr.brotli)} | none of its own yet: over the 120 KiB by the catalogue |`,
  `| a participant's first visit to an invitation, everything fetched, brotli | ${kib(join.brotli)}${join.texts_fetched ? ' (texts included)' : ''} | at most 160 KiB |`,
  `| Lighthouse mobile performance, median of ${lh.runs?.length ?? 1} | ${lhLine} | at least 98, LCP at most 1500 ms |`,
  `| navigation start to the model list's text painted (first contentful paint), median of ${paints.length} | ${report.first_paint_ms.median} ms | at most 100 ms |`,
  `| navigation start to first radar, returning visitor's first screen, median of ${times.returning_home.length} | ${report.first_radar_ms.returning_home.median} ms | under 300 ms |`,
  `| navigation start to first radar, first visit to an Assess page, median of ${times.assess_deep_link.length} | ${report.first_radar_ms.assess_deep_link.median} ms | under 300 ms |`,
  `| rating click to levels and radar updated, median of ${ratingTimes.dom.length} | ${report.rating_update_ms.median} ms | under 16 ms |`,
  `| merging ${mergeLinks.length} participants, paste to the next painted frame, median of ${merge.frame.length} | ${report.workshop_merge_ms.to_next_frame_median} ms | under 200 ms |`,
  '',
  '## Texts by language (bytes; English is built into the app, French is fetched)', '',
  '| file | raw | gzip | brotli |', '|---|---:|---:|---:|',
  ...sizes.languages.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`),
  '',
  '## Parts of the app (brotli, each beyond the main part; shared chunks counted in every part that needs them)', '',
  '| part | files | raw | brotli |', '|---|---:|---:|---:|',
  ...sizes.parts.map((p) => `| ${p.part} | ${p.files} | ${p.raw} | ${kib(p.brotli)} |`),
  '',
  '## What first visits fetch (fresh profile, until the screen is ready and the network idle)', '',
  '| visit | files | brotli | without the models\' texts |', '|---|---:|---:|---:|',
  ...visits.map((v) => `| ${v.visit} | ${v.files} | ${kib(v.brotli)} | ${kib(v.brotli_without_texts)} |`),
  '',
  '## Files in dist/ (bytes)', '', '| file | raw | gzip | brotli |', '|---|---:|---:|---:|',
  ...sizes.rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`),
  `| **total** | **${sizes.total.raw}** | **${sizes.total.gzip}** | **${sizes.total.brotli}** |`, '',
  '## Navigation start to first paint and first radar (headless Chromium, localhost)', '',
  `First contentful paint: median ${report.first_paint_ms.median} ms; runs ${report.first_paint_ms.runs.join(', ')} ms`,
  `First radar, returning visitor's first screen: median ${report.first_radar_ms.returning_home.median} ms; runs ${report.first_radar_ms.returning_home.runs.join(', ')} ms`,
  `First radar, first visit to #/assess/cd-maturity: median ${report.first_radar_ms.assess_deep_link.median} ms; runs ${report.first_radar_ms.assess_deep_link.runs.join(', ')} ms`, '',
  '## Rating click to updated levels and radar (all four models fully rated)', '',
  `Click to levels and radar updated in the DOM, median of ${ratingTimes.dom.length} clicks: **${report.rating_update_ms.median} ms** (budget 16 ms); max ${report.rating_update_ms.max} ms`,
  `Click to the next frame drawn (includes waiting for the frame): median ${report.rating_update_ms.to_next_frame_median} ms`, '',
  '## Share links (random fully rated assessments, no name or notes)', '',
  '| models | practices | fragment chars (median / max) | of which header | rating chars | minimum | ratio | QR version, with name, on https://my-team.github.io/rungs/ |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...links.map((l) => `| ${l.models} | ${l.practices} | ${l.fragment_chars_median} / ${l.fragment_chars_max} | ${l.header_chars} | ${l.rating_chars} | ${l.minimum_chars} | ${l.ratio_to_minimum} | ${l.qr_version_max_with_name_on_github_io} |`),
  '',
  '## Snapshots in local storage (a fully rated assessment of all four models)', '',
  `${room.practices} practices rated. Saved alone, the assessment takes ${room.document_chars} characters; each snapshot of it adds ${room.snapshot_chars}. Of the about ${room.storage_chars} characters (5 MiB) a site may keep, that leaves room for **${room.snapshots_that_fit} snapshots**; the app warns from 60% of the quota, after ${room.snapshots_before_the_warning} snapshots. An assessment holds at most 1000 snapshots.`, '',
  '## Model links', '',
  `A model link (\`#/m/<payload>\`) carries a whole model, zlib-compressed, behind its fingerprint; the shipped models sent as model links. Links longer than **${modelLinks.limit} characters** are refused before decoding (and 1 MiB inflated).`, '',
  '| model | practices | with descriptions | without |', '|---|---:|---:|---:|',
  ...modelLinks.rows.map((r) => `| ${r.model} | ${r.practices} | ${r.with} characters | ${r.without} characters |`), '',
  `## Workshop merge (${mergeLinks.length} participants, all four models fully rated)`, '',
  `Paste to the board updated in the DOM, median of ${merge.dom.length} runs: ${report.workshop_merge_ms.median} ms; runs: ${report.workshop_merge_ms.runs.join(', ')} ms`,
  `Paste to the next painted frame: **median ${report.workshop_merge_ms.to_next_frame_median} ms** (budget 200 ms); runs: ${report.workshop_merge_ms.to_next_frame_runs.join(', ')} ms`, '',
  '## Lighthouse, mobile, performance', '',
  lh.error ? `Not measured: ${lh.error}` :
    `Median run: score **${lh.score}** · LCP ${lh.lcp_ms} ms · TBT ${lh.tbt_ms} ms · CLS ${lh.cls} · FCP ${lh.fcp_ms} ms; all runs: ${(lh.runs ?? []).map((r) => r.score ?? r.error).join(', ')}`,
  '',
];
fs.writeFileSync(path.join(ROOT, 'bench-report.md'), lines.join('\n'));
console.log(lines.join('\n'));
