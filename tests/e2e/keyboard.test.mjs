// Keyboard-only paths in the release build, beside the full assessment in assess.test.mjs:
// sharing an assessment's link, and running a workshop board from creating it to presenting.
// Nothing here clicks: focus moves with Tab, and Enter, Space and the arrows act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';

const { visit } = releaseBuildSuite();

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element matches `selector`, at most
 * `limit` times.
 */
async function tabTo(page, selector, limit = 80, backwards = false) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`${selector} was not reached with Tab`);
}

test('sharing an assessment with the keyboard alone', async () => {
  await visit('#/assess/cmmi', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    await tabTo(page, 'fieldset.practice-rating input');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The jump to the results sits just before the practices.
    await tabTo(page, 'button.skip-to-results', 10, true);
    await page.keyboard.press('Enter');
    assert.ok(await page.evaluate(() => document.activeElement?.closest('.results') !== null), 'focus is in the results');
    await tabTo(page, '.share-panel button.copy-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /copied/i.test(document.querySelector('.share-panel .copy-status')?.textContent ?? ''));
    await tabTo(page, '.share-panel button.show-qr');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.qr-code svg');
    assert.match(await page.inputValue('.share-panel .assessment-link'), /#\/s\//);
  }, { permissions: ['clipboard-read', 'clipboard-write'] });
});

test('running a workshop board with the keyboard alone', async () => {
  let links = [];
  await visit('#/board', async ({ page, context }) => {
    await page.waitForSelector('.workshop-name-input');
    await tabTo(page, '.workshop-name-input');
    await page.keyboard.type('Keyboard room');
    await tabTo(page, 'button.create-workshop');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.invite-link');
    const invite = await page.inputValue('.invite-link');
    // Two participants, each by keyboard on their own page.
    for (const name of ['Ana', 'Ben']) {
      const other = await context.newPage();
      await other.goto(invite);
      await other.waitForSelector('.participant-name');
      if (await other.isVisible('button.join-as-other')) {
        await tabTo(other, 'button.join-as-other');
        await other.keyboard.press('Enter');
      }
      await tabTo(other, '.participant-name');
      await other.keyboard.type(name);
      await tabTo(other, 'button.start-scoring');
      await other.keyboard.press('Enter');
      await other.waitForSelector('fieldset.practice-rating');
      await tabTo(other, 'fieldset.practice-rating input');
      await other.keyboard.press(name === 'Ana' ? 'ArrowRight' : 'ArrowLeft');
      links.push(await other.inputValue('.send-result .share-link input'));
      await other.close();
    }
    await page.bringToFront();
    await page.focus('body');
    await tabTo(page, '.paste-links');
    await page.keyboard.type(links.join('\n'));
    await tabTo(page, 'button.add-links');
    await page.keyboard.press('Enter');
    await page.waitForSelector('li.participant >> nth=1');
    assert.match(await page.textContent('#participants-heading'), /2 counted of 2/);
    // Consensus: agree the first practice by keyboard.
    await tabTo(page, 'button.agree-next', 200);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /1 agreed/.test(document.querySelector('.consensus-progress')?.textContent ?? ''));
    // Presenter mode: reached by keyboard, driven by the arrow keys.
    await page.focus('body');
    await tabTo(page, 'a[href$="#/board/present"]', 200);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.slide');
    const first = await page.textContent('.slide .slide-title');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((t) => document.querySelector('.slide .slide-title')?.textContent !== t, first);
  });
});
