// The first screen of the release build, at the root and under a sub-path, as a person sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './support/static-server.mjs';
import { launch, openWatched, waitForApp } from './support/browser.mjs';

const DIST = process.env.RUNGS_DIST;
const DIST_SUBPATH = process.env.RUNGS_DIST_SUBPATH;
let browser;

before(async () => {
  assert.ok(DIST && DIST_SUBPATH, 'RUNGS_DIST and RUNGS_DIST_SUBPATH must name release builds');
  browser = await launch();
});
after(async () => browser?.close());

test('the release build shows the name, the models and a radar, with no error', async () => {
  const server = await serveStatic(DIST, '/');
  const { context, page, problems } = await openWatched(browser);
  try {
    await page.goto(server.url);
    await waitForApp(page);
    assert.equal(await page.locator('.brand').textContent(), 'Rungs');
    const models = await page.locator('.model-card h3').allTextContents();
    assert.deepEqual(models.map((m) => m.trim()), [
      'Continuous Delivery Maturity Model',
      'CMMI maturity levels',
      'MLOps maturity (Google Cloud)',
      'MLOps maturity (Microsoft)',
    ]);
    const svg = page.locator('.radar-svg svg');
    assert.equal(await svg.getAttribute('role'), 'img');
    const labels = await page.locator('.radar-svg svg text').allTextContents();
    for (const axis of ['Organization', 'Process', 'Technology', 'Culture']) {
      assert.ok(labels.some((l) => l.trim() === axis), `radar axis ${axis} in ${labels}`);
    }
    const mark = await page.evaluate(
      () => performance.getEntriesByName('rungs:first-radar').length,
    );
    assert.equal(mark, 1, 'the first-radar performance mark is set once');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the build made for /rungs/ loads under that sub-path', async () => {
  const server = await serveStatic(DIST_SUBPATH, '/rungs/');
  const { context, page, problems, requests } = await openWatched(browser);
  try {
    await page.goto(server.url);
    await waitForApp(page);
    assert.equal(await page.locator('.model-card').count(), 4);
    for (const url of requests) {
      assert.ok(new URL(url).pathname.startsWith('/rungs/'), `request outside /rungs/: ${url}`);
    }
    await page.locator('a', { hasText: 'Continuous Delivery Maturity Model' }).first().click();
    await page.waitForSelector('table.matrix');
    assert.match(page.url(), /\/rungs\/#\/model\/cd-maturity$/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});
