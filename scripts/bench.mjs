// Rungs' benchmark report: sizes of every file in dist/, the time to the first radar, and
// Lighthouse's mobile score. Writes bench-report.json and bench-report.md in the repo root.
// Later capabilities add their figures to `report.figures`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { serveStatic } from '../tests/e2e/support/static-server.mjs';
import { launch, CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support/browser.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

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
  const total = rows.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total };
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

function lighthouse(url) {
  const bin = process.env.LIGHTHOUSE;
  if (!bin) return { error: 'lighthouse not installed' };
  const out = path.join(fs.mkdtempSync('/tmp/rungs-lh-'), 'report.json');
  try {
    execFileSync(bin, [
      url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
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

const sizes = fileSizes();
const server = await serveStatic(DIST, '/', { compress: true });
let times;
let lh;
try {
  times = await firstRadarTimes(server.url);
  lh = lighthouse(server.url);
} finally {
  await server.close();
}

const report = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  sizes,
  budgets: { first_load_brotli_max_bytes: 150 * 1024, first_radar_median_max_ms: 300, lighthouse_min: 95 },
  first_radar_ms: { runs: times.map((t) => Math.round(t * 10) / 10), median: Math.round(median(times) * 10) / 10 },
  lighthouse_mobile: lh,
};
fs.writeFileSync(path.join(ROOT, 'bench-report.json'), JSON.stringify(report, null, 2) + '\n');

const lines = [
  '# Rungs benchmark report', '', `${report.date} · ${report.machine}`, '',
  '## Files in dist/ (bytes)', '', '| file | raw | gzip | brotli |', '|---|---:|---:|---:|',
  ...sizes.rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`),
  `| **total** | **${sizes.total.raw}** | **${sizes.total.gzip}** | **${sizes.total.brotli}** |`, '',
  `First load, brotli: ${kb(sizes.total.brotli)} KB (budget 150 KB)`, '',
  '## Navigation start to first rendered radar (headless Chromium)', '',
  `Median of ${times.length} runs: **${report.first_radar_ms.median} ms** (budget 300 ms); runs: ${report.first_radar_ms.runs.join(', ')} ms`, '',
  '## Lighthouse, mobile, performance', '',
  lh.error ? `Not measured: ${lh.error}` :
    `Score **${lh.score}** (budget ≥ 95) · LCP ${lh.lcp_ms} ms · TBT ${lh.tbt_ms} ms · CLS ${lh.cls} · FCP ${lh.fcp_ms} ms`,
  '',
];
fs.writeFileSync(path.join(ROOT, 'bench-report.md'), lines.join('\n'));
console.log(lines.join('\n'));
