// axe-core on every screen of the release build, in both themes and both languages: the first
// screen, the explorer, an assessment with answers, the saved assessments, a shared link and the
// comparison, the plan and the report, the Models page with an import under review, the help, and
// a workshop board with participants, consensus and presenter mode. No serious or critical
// violation may remain. axe runs through Playwright's evaluate, so the page's strict
// Content-Security-Policy stays on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { releaseBuildSuite } from './support/suite.mjs';
import { waitForApp } from './support/browser.mjs';
import { addParticipants } from './support/workshop.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const { visit } = releaseBuildSuite();

/** The serious and critical violations axe finds on the page as it is now, in words. */
async function violations(page, where) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return found.map((v) => `${where}: ${v}`);
}

async function go(page, fragment, ready) {
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await page.waitForSelector(ready);
}

for (const scheme of ['light', 'dark']) {
  for (const locale of ['en-US', 'fr-FR']) {
    test(`no serious or critical axe violation on any screen (${scheme}, ${locale})`, async () => {
      await visit('#/', async ({ page }) => {
        await page.setViewportSize({ width: 1280, height: 900 });
        const found = [];
        const check = async (where) => found.push(...(await violations(page, where)));
        await check('first screen');
        await go(page, '#/model/cd-maturity/practice/co-prioritized-work', '.practice-detail .long-text');
        await check('matrix with a practice');
        await go(page, '#/model/cmmi/about', '.about-page .long-text');
        await check('about');
        await go(page, '#/search?q=test', '.search-results li');
        await check('search');
        await go(page, '#/assess/cd-maturity', 'fieldset.practice-rating');
        for (const [id, value] of [['co-prioritized-work', 'fully'], ['co-frequent-commits', 'partly'], ['co-defined-documented-process', 'not-applicable']]) {
          await page.locator(`fieldset[data-practice="${id}"] input[value="${value}"]`).check();
        }
        await check('assess');
        const link = await page.inputValue('.share-panel .assessment-link');
        await go(page, '#/assessments', '.saved-assessment');
        await check('assessments');
        await go(page, '#/plan/cd-maturity', '.roadmap');
        await check('plan');
        await go(page, '#/report', '.report-page');
        await check('report');
        await page.goto(link);
        await waitForApp(page);
        await page.waitForSelector('.shared-page');
        await check('shared link');
        await page.click('.shared-page button.compare');
        await page.waitForSelector('.compare-view');
        await check('comparison');
        await go(page, '#/models', '.add-model input.model-file');
        await page.setInputFiles('.add-model input.model-file', {
          name: 'cd.toml', mimeType: 'text/plain',
          buffer: Buffer.from(fs.readFileSync(new URL('../../model-data/cmmi.toml', import.meta.url), 'utf8').replace('id = "cmmi"', 'id = "house-cmmi"')),
        });
        await page.waitForSelector('.model-review');
        await check('import review');
        await go(page, '#/help', '.help-page h2');
        await check('help');

        await go(page, '#/board', 'button.create-workshop');
        await check('board, new');
        await page.click('button.create-workshop');
        const invite = await page.inputValue('.invite-link');
        await addParticipants(page, invite, ['Ana', 'Ben', 'Chloé'], async (other, i) => {
          await other.locator('fieldset[data-practice="co-prioritized-work"] input').nth(i + 1).check();
          if (i === 0) found.push(...(await violations(other, 'participant scoring')));
        });
        await check('board with participants');
        await page.waitForSelector('.consensus-practice');
        await page.click('button.agree-next');
        await check('board after a consensus is agreed');
        await go(page, '#/board/present', '.slide');
        await check('presenter');
        assert.deepEqual(found, []);
      }, { locale, colorScheme: scheme });
    });
  }
}
