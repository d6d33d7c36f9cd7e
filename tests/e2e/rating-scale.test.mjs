// One rating scale everywhere, in the release build: each rating has the same colour and the same
// symbol on the rating buttons, in the filled matrix and its legend, in the board's table and its
// answers per rating, on the consensus buttons and on the presenter's bars, and always its word
// beside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';
import { addParticipants } from './support/workshop.mjs';

const { visit } = releaseBuildSuite();

const SYMBOLS = { 'not-yet': '○', started: '◔', partly: '◑', largely: '◕', fully: '●', 'not-applicable': '⊘' };
const PRACTICE = 'co-prioritized-work';

/** The background and the symbol (its text, or its `::before` content) of each element found. */
async function look(page, selector) {
  const found = await page.$$eval(selector, (elements) => elements.map((e) => {
    const before = getComputedStyle(e, '::before').content;
    const symbol = before && before !== 'none' && before !== 'normal'
      ? before.replace(/^"(.*)" \/ ""$/, '$1').replace(/^"(.*)"$/, '$1')
      : e.textContent.trim().charAt(0);
    const style = getComputedStyle(e);
    return { background: style.backgroundImage !== 'none' ? style.backgroundImage : style.backgroundColor, symbol };
  }));
  assert.ok(found.length > 0, `nothing matches ${selector}`);
  return found;
}

test('each rating has one colour and one symbol on every screen that shows it', async () => {
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    // The rating buttons: a chip per rating, in the scale's colour, beside the word.
    const buttons = {};
    for (const id of Object.keys(SYMBOLS)) {
      const [chip] = await look(page, `fieldset[data-practice="${PRACTICE}"] label.rating-${id} .scale-chip`);
      assert.equal(chip.symbol, SYMBOLS[id], `${id} button symbol`);
      buttons[id] = chip.background;
    }
    assert.equal(new Set(Object.values(buttons)).size, 6, `six different looks: ${JSON.stringify(buttons)}`);
    await page.locator(`fieldset[data-practice="${PRACTICE}"] input[value="fully"]`).check();

    // The filled matrix and its legend.
    await page.goto(page.url().replace(/#.*$/, '#/plan/cd-maturity'));
    await page.waitForSelector(`.filled-matrix li[data-practice="${PRACTICE}"]`);
    const [cell] = await look(page, `.filled-matrix li[data-practice="${PRACTICE}"] a`);
    assert.equal(cell.background, buttons.fully, 'the matrix cell');
    assert.equal(await page.textContent(`.filled-matrix li[data-practice="${PRACTICE}"] .rating-symbol`), SYMBOLS.fully);
    assert.equal((await page.textContent(`.filled-matrix li[data-practice="${PRACTICE}"] .rating-word`)).trim(), 'Fully');
    for (const id of Object.keys(SYMBOLS)) {
      const [legend] = await look(page, `.rating-legend .rating-${id}`);
      assert.equal(legend.background, buttons[id], `${id} in the legend`);
    }

    // A board of three: the table's cells, the consensus buttons and the presenter's bars.
    await page.goto(page.url().replace(/#.*$/, '#/board'));
    await page.fill('.workshop-name-input', 'Scale check');
    await page.click('button.create-workshop');
    const invite = await page.inputValue('.invite-link');
    const answers = ['fully', 'largely', 'started'];
    await addParticipants(page, invite, ['Ana', 'Ben', 'Cy'], async (other, i) => {
      await other.locator(`fieldset[data-practice="${PRACTICE}"] input[value="${answers[i]}"]`).check();
    });
    await page.click('.model-stats[data-model="cd-maturity"] details.all-practices > summary');
    const row = `.practice-stats tr[data-practice="${PRACTICE}"]`;
    await page.waitForSelector(row);
    for (const [column, id] of [['median', 'largely'], ['min', 'started'], ['max', 'fully']]) {
      const [td] = await look(page, `${row} td.${column}`);
      assert.equal(td.background, buttons[id], `the board's ${column}`);
      assert.equal(td.symbol, SYMBOLS[id], `the board's ${column} symbol`);
    }
    assert.equal((await page.textContent(`${row} td.min`)).trim(), 'Started', 'the word stays the cell text');
    // The answers per rating: each count with its symbol (hidden from screen readers) and word.
    const counts = await page.$$eval(`${row} td.distribution .rating-count`, (spans) => spans.map((s) => ({
      symbol: s.querySelector('.rating-symbol')?.textContent,
      hidden: s.querySelector('.rating-symbol')?.getAttribute('aria-hidden'),
      text: s.textContent.trim(),
    })));
    assert.deepEqual(counts, [
      { symbol: SYMBOLS.started, hidden: 'true', text: `${SYMBOLS.started} Started 1 ·` },
      { symbol: SYMBOLS.largely, hidden: 'true', text: `${SYMBOLS.largely} Largely 1 ·` },
      { symbol: SYMBOLS.fully, hidden: 'true', text: `${SYMBOLS.fully} Fully 1` },
    ]);
    for (const id of Object.keys(SYMBOLS)) {
      const [chip] = await look(page, `.consensus label.rating-${id} .scale-chip`);
      assert.equal(chip.background, buttons[id], `${id} consensus button`);
    }
    await page.goto(page.url().replace(/#.*$/, '#/board/present'));
    await page.waitForSelector('.slide .bars');
    for (const id of Object.keys(SYMBOLS)) {
      const [bar] = await look(page, `.slide .bar-row.rating-${id} .bar`);
      const [chip] = await look(page, `.slide .bar-row.rating-${id} .scale-chip`);
      assert.equal(bar.background, buttons[id], `${id} presenter bar`);
      assert.equal(chip.symbol, SYMBOLS[id], `${id} presenter symbol`);
    }
  });
});
