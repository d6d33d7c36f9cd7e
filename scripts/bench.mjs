// Rungs' benchmark report: sizes of every file in dist/, the time to the first radar, and
// Lighthouse's mobile score. Writes bench-report.json and bench-report.md in the repo root.
// Later capabilities add their figures to `report.figures`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serveStatic } from '../tests/e2e/support/static-server.mjs';
import { launch, CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support/browser.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const RATING_RUNS = Number(process.env.BENCH_RATING_RUNS ?? 41);
const MERGE_RUNS = Number(process.env.BENCH_MERGE_RUNS ?? 9);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (bytes) => (bytes / 1024).toFixed(1);

function fileSizes() {
  const files = fs.readdirSync(DIST, { recursive: true })
    .filter((f) => fs.statSync(path.join(DIST, f)).isFile())
    .sort();
  const rows = files.map((file) => {
    const body = fs.readFileSync(path.join(DIST, file));
    return {
      file,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
  });
  const sum = (list) => list.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  // model-text.txt (descriptions, About pages) is fetched after the first screen is drawn and is
  // not needed for it; everything else is.
  const firstScreen = sum(rows.filter((r) => r.file !== 'model-text.txt'));
  return { rows, total: sum(rows), first_screen: firstScreen };
}

async function firstRadarTimes(url) {
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('rungs:first-radar').length > 0);
      times.push(await page.evaluate(() => performance.getEntriesByName('rungs:first-radar')[0].startTime));
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

const links = await linkLengths();
const mergeLinks = await workshopLinks();
const sizes = fileSizes();
const server = await serveStatic(DIST, '/', { compress: true });
let times;
let ratingTimes;
let lh;
let merge;
try {
  merge = await workshopMergeTimes(server.url, mergeLinks);
  times = await firstRadarTimes(server.url);
  ratingTimes = await ratingUpdateTimes(server.url);
  lh = await lighthouse(server.url);
} finally {
  await server.close();
}

const report = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  sizes,
  budgets: {
    first_load_brotli_max_bytes: 150 * 1024,
    first_radar_median_max_ms: 300,
    lighthouse_min: 95,
    rating_update_median_max_ms: 16,
  },
  first_radar_ms: { runs: times.map((t) => Math.round(t * 10) / 10), median: Math.round(median(times) * 10) / 10 },
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
    budget_median_max_ms: 200,
    runs: merge.dom.map((t) => Math.round(t * 10) / 10),
    median: Math.round(median(merge.dom) * 10) / 10,
    to_next_frame_median: Math.round(median(merge.frame) * 10) / 10,
  },
  share_links: {
    note: 'fragment after #/s/, without name and notes; minimum = practices x log2(7) bits in base64url characters',
    budget_ratio_to_minimum: 1.35,
    rows: links,
  },
};
fs.writeFileSync(path.join(ROOT, 'bench-report.json'), JSON.stringify(report, null, 2) + '\n');

const lines = [
  '# Rungs benchmark report', '', `${report.date} · ${report.machine}`, '',
  '## Files in dist/ (bytes)', '', '| file | raw | gzip | brotli |', '|---|---:|---:|---:|',
  ...sizes.rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`),
  `| **total** | **${sizes.total.raw}** | **${sizes.total.gzip}** | **${sizes.total.brotli}** |`, '',
  `First screen (everything but model-text.txt, which loads after it), brotli: **${kb(sizes.first_screen.brotli)} KiB** (${sizes.first_screen.brotli} bytes; budget 150 KiB = 153600 bytes)`, '',
  '## Navigation start to first rendered radar (headless Chromium)', '',
  `Median of ${times.length} runs: **${report.first_radar_ms.median} ms** (budget 300 ms); runs: ${report.first_radar_ms.runs.join(', ')} ms`, '',
  '## Rating click to updated levels and radar (all four models fully rated)', '',
  `Click to levels and radar updated in the DOM, median of ${ratingTimes.dom.length} clicks: **${report.rating_update_ms.median} ms** (budget 16 ms); max ${report.rating_update_ms.max} ms`,
  `Click to the next frame drawn (includes waiting for the frame): median ${report.rating_update_ms.to_next_frame_median} ms`, '',
  '## Share links (random fully rated assessments, no name or notes)', '',
  '| models | practices | fragment chars (median / max) | of which header | rating chars | minimum | ratio | QR version, with name, on https://my-team.github.io/rungs/ |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...links.map((l) => `| ${l.models} | ${l.practices} | ${l.fragment_chars_median} / ${l.fragment_chars_max} | ${l.header_chars} | ${l.rating_chars} | ${l.minimum_chars} | ${l.ratio_to_minimum} | ${l.qr_version_max_with_name_on_github_io} |`),
  '',
  `## Workshop merge (${mergeLinks.length} participants, all four models fully rated)`, '',
  `Paste to the board updated in the DOM, median of ${merge.dom.length} runs: **${report.workshop_merge_ms.median} ms** (budget 200 ms); runs: ${report.workshop_merge_ms.runs.join(', ')} ms`,
  `Including the next frame: median ${report.workshop_merge_ms.to_next_frame_median} ms`, '',
  '## Lighthouse, mobile, performance', '',
  lh.error ? `Not measured: ${lh.error}` :
    `Score **${lh.score}** (budget ≥ 95) · LCP ${lh.lcp_ms} ms · TBT ${lh.tbt_ms} ms · CLS ${lh.cls} · FCP ${lh.fcp_ms} ms`,
  '',
];
fs.writeFileSync(path.join(ROOT, 'bench-report.md'), lines.join('\n'));
console.log(lines.join('\n'));
