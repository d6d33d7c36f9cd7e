// The model explorer in the release build: matrix, practice details, deep links, search, About
// pages and the phone layout, checked against the model files themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openWatched } from './support/browser.mjs';
import { releaseBuildSuite } from './support/suite.mjs';
import { readModel, catalogueIds } from './support/model-files.mjs';

const suite = releaseBuildSuite();
const { visit } = suite;

test('every practice of cd-maturity appears in its matrix cell', async () => {
  const model = readModel('cd-maturity');
  assert.equal(model.practices.length, 78);
  await visit('#/model/cd-maturity', async ({ page }) => {
    await page.waitForSelector('table.matrix');
    const cells = await page.$$eval('li[data-practice]', (items) =>
      items.map((li) => ({
        id: li.dataset.practice,
        title: li.textContent.trim(),
        category: li.closest('tr').dataset.category,
        level: li.closest('td').dataset.level,
      })),
    );
    assert.equal(cells.length, 78);
    for (const p of model.practices) {
      const cell = cells.find((c) => c.id === p.id);
      assert.ok(cell, `practice ${p.id} is on the screen`);
      assert.deepEqual(cell, { id: p.id, title: p.title, category: p.category, level: p.level });
    }
    const headers = await page.$$eval('table.matrix thead th a', (as) => as.map((a) => a.textContent));
    assert.deepEqual(headers, model.levels.map((l) => l.name));
  });
});

test('every model shows all its practices in its matrix', async () => {
  for (const id of catalogueIds()) {
    const model = readModel(id);
    await visit(`#/model/${id}`, async ({ page }) => {
      await page.waitForSelector('table.matrix');
      assert.equal(await page.locator('li[data-practice]').count(), model.practices.length, id);
      assert.equal(await page.locator('table.matrix tbody tr').count(), model.categories.length, id);
    });
  }
});

test('a practice opens from the matrix, has its own link, and survives a reload', async () => {
  const model = readModel('cd-maturity');
  const practice = model.practices.find((p) => p.id === 'tv-risk-based-manual-testing');
  await visit('#/model/cd-maturity', async ({ page }) => {
    await page.getByRole('link', { name: practice.title, exact: true }).click();
    await page.waitForSelector('.practice-detail');
    assert.match(page.url(), /#\/model\/cd-maturity\/practice\/tv-risk-based-manual-testing$/);
    const check = async () => {
      await page.waitForSelector('.practice-detail .description .long-text');
      assert.equal((await page.textContent('.practice-detail h2')).trim(), practice.title);
      assert.equal((await page.textContent('.fact-level')).trim(), 'Advanced');
      assert.equal((await page.textContent('.fact-category')).trim(), 'Test & Verification');
      assert.equal((await page.textContent('.fact-dimension')).trim().toLowerCase(), practice.dimension);
      assert.equal((await page.textContent('.practice-detail .description')).trim(), practice.description);
    };
    await check();
    await page.reload();
    await page.waitForSelector('.practice-detail');
    await check();
    await page.getByRole('link', { name: 'Close practice' }).click();
    await page.waitForSelector('.practice-detail', { state: 'detached' });
  });
});

test('a level link highlights that level and says what it means', async () => {
  await visit('#/model/cmmi/level/defined', async ({ page }) => {
    await page.waitForSelector('.level-note .long-text');
    assert.equal((await page.textContent('.level-note h2')).trim(), 'Level: Defined');
    const cmmi = readModel('cmmi');
    assert.equal((await page.textContent('.level-note .long-text')).trim(), cmmi.levels.find((l) => l.id === 'defined').summary);
    const highlighted = await page.$$eval('td.highlight', (tds) => [...new Set(tds.map((t) => t.dataset.level))]);
    assert.deepEqual(highlighted, ['defined']);
  });
});

test('search finds practices across models and says where each belongs', async () => {
  await visit('#/', async ({ page }) => {
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Search every model by word').fill('pipeline');
    await page.waitForSelector('.search-hit');
    const models = new Set(await page.$$eval('.search-hit', (hits) => hits.map((h) => h.dataset.model)));
    assert.ok(models.has('cd-maturity') && models.has('mlops-google'), [...models].join());
    const where = await page.textContent('.search-hit[data-practice="bd-basic-pipeline-deploy-to-prod"] .where');
    assert.equal(where.trim(), 'Continuous Delivery Maturity Model · Build & Deploy · Intermediate');
    assert.match(page.url(), /#\/search\?q=pipeline$/);
    await page.reload();
    await page.waitForSelector('.search-hit');
    assert.equal(await page.inputValue('#search-input'), 'pipeline');
    await page.click('.search-hit[data-practice="bd-basic-pipeline-deploy-to-prod"] a');
    await page.waitForSelector('.practice-detail');
  });
});

test('every model has an About page with its source, crosswalk and licence', async () => {
  for (const id of catalogueIds()) {
    await visit(`#/model/${id}/about`, async ({ page }) => {
      await page.waitForSelector('.about-page');
      const text = await page.textContent('.about-page');
      for (const heading of ['What it is for', 'Source', 'How Rungs maps it to the four dimensions', 'Licence']) {
        assert.ok(text.includes(heading), `${id}: ${heading}`);
      }
      const href = await page.getAttribute('.about-page .source a', 'href');
      assert.match(href, /^https:\/\//, id);
    });
  }
});

test('on a phone the matrix is stacked with every cell labelled by its level', async () => {
  await visit('#/model/cd-maturity', async ({ page }) => {
    await page.waitForSelector('table.matrix');
    assert.equal(await page.isVisible('table.matrix thead'), false);
    const label = await page.$eval('td[data-level="base"]', (td) => getComputedStyle(td, '::before').content);
    assert.equal(label, '"Base"');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  }, { viewport: { width: 360, height: 740 } });
});

test('a link to an unknown model or practice says so instead of showing a blank page', async () => {
  for (const fragment of ['#/model/nope', '#/model/cmmi/practice/nope', '#/what/is/this']) {
    await visit(fragment, async ({ page }) => {
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /Not found/);
    });
  }
});

test('if the model texts cannot be loaded, the app says so and everything else works', async () => {
  const watched = await openWatched(suite.browser());
  const { context, page } = watched;
  try {
    await page.route('**/model-text.txt*', (route) => route.fulfill({ status: 200, body: '<!doctype html><p>a host error page</p>' }));
    await page.goto(`${suite.server().url}#/model/cd-maturity/practice/co-stable-teams`);
    const alert = page.locator('.practice-detail [role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /descriptions could not be loaded: the file is damaged/);
    assert.equal((await page.textContent('.practice-detail h2')).trim(), 'Stable teams');
    assert.equal(await page.locator('li[data-practice]').count(), 78);
  } finally {
    await context.close();
  }
});
