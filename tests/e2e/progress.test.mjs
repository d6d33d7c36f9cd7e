// The radar's "Level and progress" measure in the release build: a team one Base practice short
// is Below Base, yet every axis of its radars shows how far it got; a workshop board of six
// participants, each with a weak spot, draws their outlines around a filled median, in the
// measure the board chose; the presenter shows each practice's description and fills the
// projector. With RUNGS_SCREENSHOTS set to a folder, the pages are saved there at 1280 px.
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';
import { readModel } from './support/model-files.mjs';
import { addParticipants } from './support/workshop.mjs';

const { visit } = releaseBuildSuite();
const CD = readModel('cd-maturity');
const BASE = CD.practices.filter((p) => p.level === 'base');
const categoryName = (id) => CD.categories.find((c) => c.id === id).name;

/** Saves a screenshot when RUNGS_SCREENSHOTS names a folder. */
async function screenshot(page, name, options = {}) {
  const folder = process.env.RUNGS_SCREENSHOTS;
  if (!folder) return;
  fs.mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${name}.png`), ...options });
}

/** Every practice on the page Fully, then `short` at Partly. */
async function allFullyBut(page, short) {
  await page.waitForSelector('fieldset.practice-rating');
  await page.$$eval('fieldset.practice-rating input[value="fully"]', (xs) => xs.forEach((x) => x.click()));
  await page.locator(`fieldset[data-practice="${short.id}"] input[value="partly"]`).check();
}

/** The radar table as { axis: [cell per series] }, leaving out the target's column. */
function radarTable(page, scope) {
  return page.$eval(`${scope} .radar-table`, (table) => {
    const series = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
    return Object.fromEntries([...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('th').textContent,
      [...tr.querySelectorAll('td')].filter((_, i) => series[i] !== 'Target').map((td) => td.textContent),
    ]));
  });
}

/** "Below Base, 93% of Base" in the words the app uses, rounded as it rounds. */
const belowBase = (inPlace, of) => `Below Base, ${Math.round((100 * inPlace) / of)}% of Base`;

/** Does a cell show something above the centre of the chart? */
const aboveCentre = (cell) => cell === 'Expert' || /, [1-9]\d*% of /.test(cell);

test('one Base practice short: Below Base, yet every axis shows the progress made', async () => {
  // The team: a Process practice at Base is only Partly in place.
  const short = BASE.find((p) => p.dimension === 'process');
  const inCategory = BASE.filter((p) => p.category === short.category).length;
  const inDimension = BASE.filter((p) => p.dimension === 'process').length;
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await allFullyBut(page, short);
    assert.equal((await page.textContent('.overall-level strong')).trim(), 'Below Base');

    assert.ok(await page.getByRole('radio', { name: 'Level and progress' }).isChecked(), 'the default measure');
    const table = await radarTable(page, '.results');
    for (const category of CD.categories) {
      const expected = category.id === short.category ? belowBase(inCategory - 1, inCategory) : 'Expert';
      assert.deepEqual(table[category.name], [expected], category.name);
    }
    assert.ok(Object.values(table).every(([cell]) => aboveCentre(cell)), JSON.stringify(table));
    assert.match(await page.textContent('.results figcaption'), /level reached under the staged rule plus the progress toward the next/);
    await page.locator('.results .radar-svg').scrollIntoViewIfNeeded();
    await screenshot(page, 'assess-level-and-progress-1280');

    // The level alone puts that category at the centre: what the radar showed before.
    await page.getByRole('radio', { name: 'Level reached' }).check();
    const levels = await radarTable(page, '.results');
    assert.deepEqual(levels[categoryName(short.category)], ['Below Base']);
    await page.getByRole('radio', { name: 'Level and progress' }).check();

    // The first screen's radar over the four dimensions says the same in its words.
    await page.click('a.brand');
    await page.waitForSelector('.home-progress .radar-table tbody td');
    const dimensions = await radarTable(page, '.home-progress');
    assert.deepEqual(dimensions.Process, [belowBase(inDimension - 1, inDimension)]);
    for (const axis of ['Organization', 'Technology', 'Culture']) {
      assert.ok(aboveCentre(dimensions[axis][0]), `${axis}: ${dimensions[axis][0]}`);
    }
  });
});

test('the measure travels in the share link and opens the same in a fresh profile', async () => {
  let link;
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await allFullyBut(page, BASE[0]);
    await page.getByRole('radio', { name: 'Share in place' }).check();
    link = await page.inputValue('.share-link input');
  });
  await visit('#/', async ({ page, url }) => {
    await page.goto(url + link.slice(link.indexOf('#')));
    await page.waitForSelector('.shared-page .radar-table tbody td');
    assert.ok(await page.getByRole('radio', { name: 'Share in place' }).isChecked());
    const table = await radarTable(page, '.shared-page .results');
    assert.ok(Object.values(table).every(([cell]) => /^\d+%$/.test(cell)), JSON.stringify(table));
  });
});

test('the board: six weak spots, outlines around a filled median, in the measure the board chose', async () => {
  // Six Base practices spread over the categories. A category whose Base has one practice is
  // left out: one short there is "Below Base, 0% of Base", at the centre, and rightly so.
  const shared = BASE.filter((p) => BASE.filter((q) => q.category === p.category).length > 1);
  const weak = [];
  for (const p of shared) if (!weak.some((w) => w.category === p.category)) weak.push(p);
  for (const p of shared) if (weak.length < 6 && !weak.includes(p)) weak.push(p);
  const names = weak.map((_, i) => `Person ${i + 1}`);
  await visit('#/board', async ({ page, url }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.click('button.create-workshop');
    const invite = await page.inputValue('.invite-link');
    // One device passed round: the invitation resumes the last person, the next joins anew.
    const joinAnew = async (other, i) => {
      await other.waitForSelector('.participant-name');
      if (i === 0) return;
      assert.equal(await other.inputValue('.participant-name'), names[i - 1]);
      await other.click('button.join-as-other');
      assert.equal(await other.evaluate(() => document.activeElement?.className), 'participant-name');
    };
    await addParticipants(page, invite, names, (other, i) => allFullyBut(other, weak[i]), joinAnew);

    const scope = '.model-stats[data-model="cd-maturity"]';
    assert.ok(await page.getByRole('radio', { name: 'Level and progress' }).isChecked(), 'the board default');
    const columns = await page.$$eval(`${scope} .radar-table thead th`, (ths) => ths.map((t) => t.textContent));
    assert.deepEqual(columns, ['Axis', ...names, 'Median']);
    const table = await radarTable(page, scope);
    for (const [axis, cells] of Object.entries(table)) {
      assert.ok(cells.every(aboveCentre), `${axis}: ${cells.join(' | ')}`);
    }
    // Every participant is Below Base in the category of their weak spot, yet above the centre.
    for (const [i, short] of weak.entries()) {
      assert.match(table[categoryName(short.category)][i], /^Below Base, [1-9]\d*% of Base$/);
    }
    // The median is the one filled shape; the participants are outlines, however few are shown.
    // (The radar's ring bands are opaque polygons behind them, so they are not counted.)
    const filled = () => page.$$eval(`${scope} .radar-svg svg polygon:not([opacity="1"])`, (xs) => xs.length);
    assert.equal(await filled(), 1);
    assert.match(await page.textContent(`${scope} figcaption`), /Each outline is one counted participant; the filled blue shape is their median/);
    await page.locator(`${scope} .radar-svg`).scrollIntoViewIfNeeded();
    await screenshot(page, 'board-six-participants-1280');
    for (let i = 0; i < 4; i++) await page.locator('li.participant').nth(i).locator('input.hide-participant').check();
    assert.equal(await filled(), 1, 'two participants and the median: still one filled shape');
    for (let i = 0; i < 4; i++) await page.locator('li.participant').nth(i).locator('input.hide-participant').uncheck();

    // The board's choice is the board's, and is kept with it.
    await page.getByRole('radio', { name: 'Level reached' }).check();
    const levels = await radarTable(page, scope);
    assert.equal(levels[categoryName(weak[0].category)][0], 'Below Base');
    await page.reload();
    await page.waitForSelector(`${scope} .radar-table tbody td`);
    assert.ok(await page.getByRole('radio', { name: 'Level reached' }).isChecked(), 'kept through a reload');

    // The presenter shows how to tell the practice is in place, and fills a 1280x720 projector.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${url}#/board/present`);
    await page.waitForSelector('.slide .slide-description .long-text');
    const description = await page.textContent('.slide .slide-description');
    assert.ok(description.trim().length > 40, description);
    // The first painted background under the bottom row of the window, at both edges and in
    // the middle (where the controls may sit, dark as well): dark everywhere, never white.
    const bottom = await page.evaluate(() =>
      [2, innerWidth / 2, innerWidth - 2].map((x) => {
        let element = document.elementFromPoint(x, innerHeight - 2);
        while (element) {
          const colour = getComputedStyle(element).backgroundColor;
          if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
          element = element.parentElement;
        }
        return getComputedStyle(document.documentElement).backgroundColor;
      }),
    );
    for (const colour of bottom) {
      const [r, g, b] = colour.match(/\d+/g).map(Number);
      assert.ok(Math.max(r, g, b) <= 32, `no white band under the presenter: ${bottom.join(' | ')}`);
    }
    assert.equal(bottom[0], 'rgb(0, 0, 0)', 'the page behind the presenter is black');
    await screenshot(page, 'presenter-1280x720');
  });
});
