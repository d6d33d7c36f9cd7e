// Screenshots of every screen of the release build (dist/), at 1280 px (a laptop or a projector)
// and 375 px (a phone), in English and the light theme, plus the first screen in French and dark.
// Writes docs/screenshots/<screen>-<width>.png; the same data every time (a fixed assessment and
// workshop), so a picture changes only when the screen does.
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../tests/e2e/support/static-server.mjs';
import { launch, openWatched, waitForApp } from '../tests/e2e/support/browser.mjs';
import { addParticipants } from '../tests/e2e/support/workshop.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'docs', 'screenshots');
const WIDTHS = [1280, 375];
const HEIGHT = { 1280: 900, 375: 812 };

/** The same answers every time: Base in place, Beginner under way. */
const RATINGS = {
  'co-prioritized-work': 'fully', 'co-defined-documented-process': 'largely', 'co-frequent-commits': 'fully',
  'co-one-backlog-per-team': 'partly', 'co-share-the-pain': 'started', 'co-stable-teams': 'largely',
  'da-consolidated-platform-technology': 'fully', 'da-organize-system-into-modules': 'partly',
};

async function go(page, fragment, ready) {
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await page.waitForSelector(ready);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
}

async function shoot(page, name, width) {
  const file = path.join(OUT, `${name}-${width}.png`);
  await page.screenshot({ path: file });
  console.log(path.relative(ROOT, file));
}

async function tour(browser, url, width) {
  const { context, page } = await openWatched(browser, { viewport: { width, height: HEIGHT[width] }, locale: 'en-US', colorScheme: 'light' });
  try {
    await page.goto(url);
    await waitForApp(page);
    await shoot(page, 'home', width);
    await go(page, '#/model/cd-maturity/practice/co-frequent-commits', '.practice-detail .long-text');
    await shoot(page, 'matrix-practice', width);
    await go(page, '#/assess/cd-maturity', 'fieldset.practice-rating');
    for (const [id, value] of Object.entries(RATINGS)) {
      await page.locator(`fieldset[data-practice="${id}"] input[value="${value}"]`).check();
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'assess', width);
    const link = await page.inputValue('.share-panel .assessment-link');
    await go(page, '#/plan/cd-maturity', '.roadmap');
    await shoot(page, 'plan', width);
    await go(page, '#/report', '.report-page');
    await shoot(page, 'report', width);
    await go(page, '#/assessments', '.saved-assessment');
    await shoot(page, 'assessments', width);
    await page.goto(link);
    await waitForApp(page);
    await page.waitForSelector('.shared-page');
    await shoot(page, 'shared', width);
    await page.click('.shared-page button.compare');
    await page.waitForSelector('.compare-view');
    await page.locator('.compare-view').scrollIntoViewIfNeeded();
    await shoot(page, 'compare', width);
    await go(page, '#/models', '.add-model');
    await shoot(page, 'models', width);
    await page.setInputFiles('.add-model input.model-file', {
      name: 'house-cmmi.toml', mimeType: 'text/plain',
      buffer: Buffer.from(fs.readFileSync(path.join(ROOT, 'model-data/cmmi.toml'), 'utf8').replace('id = "cmmi"', 'id = "house-cmmi"')),
    });
    await page.waitForSelector('.model-review');
    await page.locator('.model-review').scrollIntoViewIfNeeded();
    await shoot(page, 'model-import-review', width);
    await go(page, '#/help', '.help-page h2');
    await shoot(page, 'help', width);
    await go(page, '#/board', 'button.create-workshop');
    await page.fill('.workshop-name-input', 'Platform offsite');
    await page.click('button.create-workshop');
    const invite = await page.inputValue('.invite-link');
    const levels = ['fully', 'largely', 'partly', 'started'];
    await addParticipants(page, invite, ['Ana', 'Ben', 'Chloé', 'Dev'], async (other, i) => {
      for (const [n, id] of Object.keys(RATINGS).entries()) {
        await other.locator(`fieldset[data-practice="${id}"] input[value="${levels[(i + n) % 4]}"]`).check();
      }
      if (i === 0) await shoot(other, 'participant', width);
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'board', width);
    await page.waitForSelector('.consensus-practice');
    await page.locator('.consensus-practice').scrollIntoViewIfNeeded();
    await shoot(page, 'consensus', width);
    await go(page, '#/board/present', '.slide');
    await shoot(page, 'presenter', width);
  } finally {
    await context.close();
  }
}

async function firstScreen(browser, url, locale, colorScheme, name) {
  const { context, page } = await openWatched(browser, { viewport: { width: 1280, height: 900 }, locale, colorScheme });
  try {
    await page.goto(url);
    await waitForApp(page);
    await shoot(page, name, 1280);
  } finally {
    await context.close();
  }
}

fs.mkdirSync(OUT, { recursive: true });
const server = await serveStatic(path.join(ROOT, 'dist'), '/');
const browser = await launch();
try {
  for (const width of WIDTHS) await tour(browser, server.url, width);
  await firstScreen(browser, server.url, 'fr-FR', 'light', 'home-fr');
  await firstScreen(browser, server.url, 'en-US', 'dark', 'home-dark');
} finally {
  await browser.close();
  await server.close();
}
