// Self-assessment in the release build: rating with the keyboard alone, the level rules on the
// real UI, Not applicable, the radar and its downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';
import { readModel } from './support/model-files.mjs';

const suite = releaseBuildSuite();
const { visit } = suite;
const CD = readModel('cd-maturity');
const BASE = CD.practices.filter((p) => p.level === 'base');

const overall = async (page) => (await page.textContent('.overall-level strong')).trim();
const rate = (page, title, rating) =>
  page.getByRole('radiogroup', { name: title, exact: true }).getByLabel(rating, { exact: true }).check();

test('the whole CD model can be rated with the keyboard alone', async () => {
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    // Tab from the top of the page until the first practice's first option has focus.
    const first = CD.practices[0];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const inFirst = await page.evaluate(
        (id) => document.activeElement?.closest('fieldset')?.dataset.practice === id,
        first.id,
      );
      if (inFirst) break;
    }
    // Practices in screen order: by category, then as listed.
    const order = await page.$$eval('fieldset.practice-rating', (fs) => fs.map((f) => f.dataset.practice));
    assert.equal(order.length, 78);
    for (let i = 0; i < order.length; i++) {
      const focused = await page.evaluate(() => document.activeElement?.closest('fieldset')?.dataset.practice);
      assert.equal(focused, order[i], `focus is on practice ${i + 1}`);
      for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight'); // Not yet -> Fully
      await page.keyboard.press('Tab'); // to "Note and description"
      await page.keyboard.press('Tab'); // to the next practice
    }
    assert.equal(await overall(page), 'Expert');
    assert.match(await page.textContent('.model-progress'), /78 of 78 practices rated/);
    const checked = await page.$$eval('input[type=radio][value=fully]:checked', (xs) => xs.length);
    assert.equal(checked, 78);
  });
});

test('staged: every Base practice Fully reaches Base; one at Partly drops it; other rules differ', async () => {
  await visit('#/assess/cd-maturity', async ({ page }) => {
    assert.equal(await overall(page), 'Below Base');
    for (const p of BASE) await rate(page, p.title, 'Fully');
    assert.equal(await overall(page), 'Base');
    const whySummary = page.locator('.results > .level-reasons details.why summary');
    assert.equal((await whySummary.textContent()).trim(), 'Why: 14 practices in place');
    await whySummary.click();
    // The list is built when the details element reports it opened (a toggle event, then a render).
    await page.waitForSelector('.results > .level-reasons .why-list li');
    const why = await page.$$eval('.results > .level-reasons .why-list li', (lis) => lis.map((l) => l.textContent.trim()));
    assert.deepEqual(why.sort(), BASE.map((p) => p.title).sort());
    assert.equal((await page.textContent('.results > .level-reasons .next-heading')).trim(), 'To reach Beginner');
    assert.equal(await page.locator('.results > .level-reasons > ol.next-list li').count(), 10, 'ten shown');
    assert.equal((await page.textContent('.results > .level-reasons details.next-more summary')).trim(), '7 more');

    await rate(page, 'Automatic unit tests', 'Partly');
    assert.equal(await overall(page), 'Below Base');
    const next = await page.$$eval('.results > .level-reasons .next-list li', (lis) => lis.map((l) => l.textContent.trim()));
    assert.deepEqual(next, ['Automatic unit tests (Base; Partly, 1 step short)']);
    assert.match(await page.textContent('.results > .level-reasons .why-none'), /no level is reached yet/);

    await page.selectOption('#level-rule', 'high-water-mark');
    assert.equal(await overall(page), 'Base');
    assert.match(await page.textContent('.rule-explanation'), /^High-water mark: /);
    await page.selectOption('#level-rule', 'percentage');
    assert.equal(await overall(page), 'Base', '13 of 14 is 93%, above 80%');
    await page.fill('#required-percent', '95');
    await page.press('#required-percent', 'Enter');
    await page.locator('#required-percent').blur();
    assert.equal(await overall(page), 'Below Base', '93% is below 95%');
    await page.selectOption('#level-rule', 'staged');
    await page.selectOption('#threshold', 'partly');
    assert.equal(await overall(page), 'Base', 'with Partly as the bar, the unit tests count');

    // Per category: Test & Verification follows the same rule.
    const tv = page.locator('.result-row[data-key="test-verification"] .result-level');
    assert.equal((await tv.textContent()).trim(), 'Base');
  });
});

test('Not applicable leaves the counts, asks for a reason, and is reported', async () => {
  await visit('#/assess/cd-maturity', async ({ page }) => {
    for (const p of BASE) await rate(page, p.title, p.id === 'bd-dedicated-build-server' ? 'Not applicable' : 'Fully');
    assert.equal(await overall(page), 'Base');
    assert.match(await page.textContent('.results > .level-reasons .excluded'), /^1 practice marked Not applicable/);
    const group = page.getByRole('radiogroup', { name: 'Dedicated build server' });
    await group.getByLabel('Why it does not apply (optional)').fill('We build in the cloud');
    await group.getByText('Note and description').click();
    await group.getByLabel('Note').fill('Revisit next quarter');
    await group.getByLabel('Note').blur();
    assert.match(await group.locator('summary').textContent(), /has a note/);
  });
});

test('the radars follow the ratings, switch measure, and download as SVG and PNG', async () => {
  await visit('#/assess/cd-maturity', async ({ page }) => {
    for (const p of BASE) await rate(page, p.title, 'Fully');
    const svg = page.locator('.results .radar-svg svg');
    assert.equal(await svg.getAttribute('role'), 'img');
    assert.match(await svg.locator('desc').textContent(), /Culture & Organization: Base/);
    const cells = () => page.$$eval('.results .radar-table tbody td:first-of-type', (tds) => tds.map((t) => t.textContent));
    // Level and progress, the default: Base reached, nothing of Beginner yet.
    assert.ok(await page.getByRole('radio', { name: 'Level and progress' }).isChecked());
    assert.deepEqual(await cells(), Array(5).fill('Base, 0% of Beginner'));
    await page.getByRole('radio', { name: 'Level reached' }).check();
    assert.deepEqual(await cells(), ['Base', 'Base', 'Base', 'Base', 'Base']);

    await page.getByRole('radio', { name: 'Share in place' }).check();
    assert.match(await page.textContent('.results figcaption'), /share of applicable practices rated Largely or better/);
    const shares = await page.$$eval('.results .radar-table tbody td:first-of-type', (tds) => tds.map((t) => t.textContent));
    assert.equal(shares[0], `${Math.round((3 / 20) * 100)}%`, 'Culture & Organization: 3 of 20');

    const date = new Date();
    const today = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('.results .download-svg')]);
    assert.equal(svgDownload.suggestedFilename(), `my-assessment-${today}-continuous-delivery-maturity-model-by-category.svg`);
    const svgText = await (await svgDownload.createReadStream()).toArray();
    assert.match(Buffer.concat(svgText).toString(), /^<svg role="img"/);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('.results .download-png')]);
    assert.match(pngDownload.suggestedFilename(), /\.png$/);
    const png = Buffer.concat(await (await pngDownload.createReadStream()).toArray());
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');

    // The first screen draws the assessed model over the four dimensions.
    await page.getByRole('link', { name: 'Models' }).click();
    // The results there are a part of the app of their own, loaded on the way.
    await page.waitForSelector('.home .radar-table thead th');
    const heads = await page.$$eval('.home .radar-table thead th', (ths) => ths.map((t) => t.textContent));
    assert.deepEqual(heads, ['Axis', 'Continuous Delivery Maturity Model']);
    assert.match(await page.textContent('.model-card[data-model="cd-maturity"] .status'), /Level reached: Base · 14 of 78 rated/);
  });
});
