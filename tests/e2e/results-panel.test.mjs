// The assessment page's results, in the release build: on a 1280 px screen the radar is in view
// at a readable size and stays there while the practices are rated further down; on a phone the
// results are one tap away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';

const { visit } = releaseBuildSuite();

async function radarBox(page) {
  return page.locator('.results .radar-svg svg').boundingBox();
}

test('at 1280 px the radar is readable and stays in view while rating', async () => {
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForSelector('.results .radar-svg svg');
    let box = await radarBox(page);
    assert.ok(box.width >= 400, `the radar is ${box.width} px wide`);
    assert.ok(box.y >= 0 && box.y + box.height <= 900, `the radar is in view: ${JSON.stringify(box)}`);
    // Rate a practice far down the page: the radar is still in view, and shows it.
    const last = page.locator('fieldset.practice-rating').last();
    await last.scrollIntoViewIfNeeded();
    await last.locator('input[value="fully"]').check();
    box = await radarBox(page);
    assert.ok(box.y >= 0 && box.y + box.height <= 900, `the radar stays in view: ${JSON.stringify(box)}`);
  });
});

test('on a phone the results are one tap away', async () => {
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForSelector('fieldset.practice-rating');
    await page.locator('fieldset[data-practice="co-prioritized-work"] input[value="fully"]').check();
    await page.click('button.skip-to-results');
    await page.waitForFunction(() => {
      const heading = document.querySelector('.results h2');
      const box = heading?.getBoundingClientRect();
      return box && box.top >= 0 && box.top < innerHeight;
    });
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.results') !== null), true);
  });
});
