// Regression tests for the hostile test's findings that only a browser reaches (the others are
// pinned natively): each opens with the finding it pins down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';
import { addParticipants } from './support/workshop.mjs';

const { visit } = releaseBuildSuite();

/** A board with participants named `names`, each a result link made through the invitation. */
async function boardWith(page, url, names) {
  await page.goto(`${url}#/board`);
  await page.click('button.create-workshop');
  const invite = await page.inputValue('.invite-link');
  await addParticipants(page, invite, names, (other, i) =>
    other.locator('fieldset.practice-rating').nth(i).locator('input[value="fully"]').check(),
  );
}

test('D4: Remove on the board has Undo, and holding Enter on it does not remove everyone', async () => {
  await visit('#/', async ({ page, url }) => {
    await boardWith(page, url, ['Ann', 'Bob', 'Cem', 'Dee']);
    await page.focus('li.participant >> nth=0 >> button.remove-participant');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    assert.ok((await page.locator('li.participant').count()) >= 3, 'a held Enter removed at most one');
    // Remove two on purpose; Undo brings each back, the latest first, into its place.
    const names = () => page.$$eval('li.participant input.participant-name', (xs) => xs.map((x) => x.value));
    const before = await names();
    await page.click('li.participant >> nth=1 >> button.remove-participant');
    await page.click('li.participant >> nth=1 >> button.remove-participant');
    assert.equal((await names()).length, before.length - 2);
    await page.click('button.undo-remove');
    await page.click('button.undo-remove');
    assert.deepEqual(await names(), before);
    // A blank or repeated name is not applied (W3's related problems).
    const first = page.locator('li.participant >> nth=0 >> input.participant-name');
    const kept = await first.inputValue();
    await first.fill('   ');
    await first.press('Tab');
    assert.equal(await first.inputValue(), kept);
    const second = await page.locator('li.participant >> nth=1 >> input.participant-name').inputValue();
    await first.fill(second);
    await first.press('Tab');
    assert.equal(await first.inputValue(), `${second} (2)`);
  });
});

test('D5 and C8: every deletion can be undone, and focus goes to Undo, not the top of the page', async () => {
  await visit('#/assessments', async ({ page }) => {
    await page.waitForSelector('li.saved-assessment');
    for (let i = 0; i < 3; i++) await page.click('button.new-assessment');
    const names = () => page.$$eval('li.saved-assessment input.assessment-name', (xs) => xs.map((x) => x.value));
    const all = await names();
    assert.equal(all.length, 4);
    for (let i = 0; i < 3; i++) {
      await page.locator('button.delete:not([disabled])').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.className === 'undo-delete');
    }
    assert.equal((await names()).length, 1);
    for (let i = 0; i < 3; i++) await page.click('button.undo-delete');
    assert.deepEqual((await names()).sort(), [...all].sort());
    await page.waitForFunction(() => document.activeElement?.classList.contains('assessment-name'));
  });
});

test('W4: the share box shows the share that applies, whatever was typed', async () => {
  await visit('#/assess/cmmi', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    await page.selectOption('#level-rule', 'percentage');
    for (const [typed, shown] of [['-5', '1'], ['1000', '100'], ['50.5', '51'], ['', '51'], ['0', '1'], ['75', '75']]) {
      await page.fill('#required-percent', typed);
      await page.press('#required-percent', 'Tab');
      assert.equal(await page.inputValue('#required-percent'), shown, `typed ${JSON.stringify(typed)}`);
      assert.match(await page.textContent('.rule-explanation'), new RegExp(`at least ${shown}%`));
    }
  });
});

test('C1: a model with every practice Not applicable says that no level can be judged', async () => {
  await visit('#/assess/cmmi', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    await page.$$eval('fieldset.practice-rating input[value="not-applicable"]', (xs) => xs.forEach((x) => x.click()));
    await page.waitForSelector('.overall-level strong');
    assert.match(await page.textContent('.overall-level'), /Not judged/);
    assert.match(await page.textContent('.results .level-reasons'), /No level can be judged/);
    assert.doesNotMatch(await page.textContent('.results .level-reasons'), /no higher level/);
    await page.getByRole('radio', { name: 'Share in place' }).check();
    const cells = await page.$$eval('.results .radar-table tbody td:first-of-type', (tds) => tds.map((t) => t.textContent));
    assert.ok(cells.every((c) => c === 'no applicable practice'), cells.join(', '));
  });
});

test('C11 and K3: presenter mode has controls on screen and fits a phone', async () => {
  await visit('#/', async ({ page, url }) => {
    await boardWith(page, url, ['Ann', 'Bob']);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${url}#/board/present`);
    await page.waitForSelector('.slide');
    const first = await page.getAttribute('.slide', 'data-practice');
    await page.click('button.presenter-next');
    assert.notEqual(await page.getAttribute('.slide', 'data-practice'), first);
    await page.click('button.presenter-previous');
    assert.equal(await page.getAttribute('.slide', 'data-practice'), first);
    await page.click('button.presenter-agree');
    assert.notEqual(await page.getAttribute('.slide', 'data-practice'), first);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 0, `presenter scrolls sideways by ${wide}px at 360px`);
    await page.click('button.presenter-previous');
    assert.match(await page.textContent('.slide-agreed'), /^Agreed: /);
    await page.click('button.presenter-next');
    assert.equal((await page.textContent('.slide-agreed')).trim(), 'Not agreed yet');
    await page.click('button.presenter-back');
    await page.waitForSelector('.board-page');
  });
});

test('C17: a right-to-left override in a name cannot reverse the sentence around it', async () => {
  await visit('#/assessments', async ({ page, url }) => {
    await page.waitForSelector('input.assessment-name');
    await page.fill('input.assessment-name', 'Team \u202Eevil');
    await page.press('input.assessment-name', 'Tab');
    await page.goto(`${url}#/assess/cmmi`);
    await page.waitForSelector('.current-assessment .assessment-name');
    assert.equal(await page.$eval('.current-assessment .assessment-name', (e) => getComputedStyle(e).unicodeBidi), 'isolate');
    await page.goto(`${url}#/assessments`);
    await page.waitForSelector('button.delete bdi');
    assert.equal(await page.textContent('button.delete bdi'), 'Team \u202Eevil');
  });
});
