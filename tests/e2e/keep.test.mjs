// Keeping assessments in the release build: every change saved at once, several named
// assessments, and every kind of storage trouble (unavailable, unreadable, newer, full) reported
// while nothing already stored is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { releaseBuildSuite } from './support/suite.mjs';
import { readModel } from './support/model-files.mjs';

const { visit } = releaseBuildSuite();
const KEY = 'rungs.assessments';
const CD = readModel('cd-maturity');

const rate = (page, title, rating) =>
  page.getByRole('radiogroup', { name: title, exact: true }).getByLabel(rating, { exact: true }).check();
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storageKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());
const checkedValue = (page, id) =>
  page.$eval(`fieldset[data-practice="${id}"]`, (f) => f.querySelector('input:checked')?.value ?? null);

test('a rated assessment, its note and its settings survive a reload', async () => {
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    assert.equal(await stored(page), null, 'nothing is written before the first change');
    await rate(page, CD.practices[0].title, 'Fully');
    await rate(page, CD.practices[1].title, 'Not applicable');
    await page.fill(`fieldset[data-practice="${CD.practices[1].id}"] .na-reason input`, 'No such team here');
    await page.press(`fieldset[data-practice="${CD.practices[1].id}"] .na-reason input`, 'Tab');
    await page.selectOption('#level-rule', 'high-water-mark');
    const saved = await stored(page);
    assert.ok(saved.includes('"fully"') && saved.includes('No such team here'), saved);
    await page.reload();
    await page.waitForSelector('fieldset.practice-rating');
    assert.equal(await checkedValue(page, CD.practices[0].id), 'fully');
    assert.equal(await checkedValue(page, CD.practices[1].id), 'not-applicable');
    assert.equal(
      await page.inputValue(`fieldset[data-practice="${CD.practices[1].id}"] .na-reason input`),
      'No such team here',
    );
    assert.equal(await page.inputValue('#level-rule'), 'high-water-mark');
    assert.equal(await stored(page), saved, 'a reload writes nothing');
  });
});

test('several named assessments: create, rename, duplicate, switch, delete with undo', async () => {
  await visit('#/assessments', async ({ page }) => {
    await page.waitForSelector('li.saved-assessment');
    assert.equal(await page.locator('li.saved-assessment').count(), 1);
    await page.fill('li.saved-assessment input.assessment-name', 'Team Alpha');
    await page.press('li.saved-assessment input.assessment-name', 'Enter');
    await page.click('button.new-assessment');
    assert.equal(await page.locator('li.saved-assessment').count(), 2);
    await page.locator('li.saved-assessment.active input.assessment-name').fill('Team Beta');
    await page.locator('li.saved-assessment.active input.assessment-name').press('Enter');
    // Rate in Beta, then check Alpha is untouched.
    await page.goto(page.url().replace(/#.*/, '#/assess/cmmi'));
    await page.waitForSelector('fieldset.practice-rating');
    assert.equal((await page.textContent('.current-assessment .assessment-name')).trim(), 'Team Beta');
    const cmmi = readModel('cmmi');
    await rate(page, cmmi.practices[0].title, 'Largely');
    await page.goto(page.url().replace(/#.*/, '#/assessments'));
    await page.locator('li.saved-assessment', { hasText: 'Nothing rated yet' }).locator('button.switch').click();
    assert.equal(await page.inputValue('li.saved-assessment.active input.assessment-name'), 'Team Alpha');
    await page.locator('li.saved-assessment.active button.duplicate').click();
    const names = await page.$$eval('li.saved-assessment input.assessment-name', (xs) => xs.map((x) => x.value));
    assert.deepEqual(names, ['Team Alpha', 'Team Alpha (copy)', 'Team Beta']);
    await page.getByRole('button', { name: 'Delete “Team Beta”' }).click();
    assert.match(await page.textContent('.undo'), /Deleted “Team Beta”/);
    assert.equal(await page.locator('li.saved-assessment').count(), 2);
    await page.click('button.undo-delete');
    assert.equal(await page.locator('li.saved-assessment').count(), 3);
    await page.reload();
    await page.waitForSelector('li.saved-assessment');
    const after = await page.$$eval('li.saved-assessment input.assessment-name', (xs) => xs.map((x) => x.value));
    assert.deepEqual(after, ['Team Alpha', 'Team Alpha (copy)', 'Team Beta']);
    assert.match(await page.textContent('li.saved-assessment:nth-child(3) .coverage'), /CMMI/);
  });
});

test('unreadable saved data: a message, a byte-identical backup, a download, and no overwrite', async () => {
  const broken = '{"rungs":"store","schema":2,"assessments":[{"name":"Half written';
  await visit('#/', async ({ page }) => {
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, broken]);
    await page.reload();
    const alert = page.locator('.storage-banner[data-status="unreadable"]');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.textContent(), /could not be read/);
    assert.equal(await stored(page), broken, 'the entry is byte-for-byte the same');
    const keys = await storageKeys(page);
    const backups = keys.filter((k) => k.startsWith('rungs.unreadable.'));
    assert.equal(backups.length, 1);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), broken);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.download-unreadable')]);
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), broken);
    // A second load keeps one backup, and still writes nothing.
    await page.reload();
    await alert.waitFor();
    assert.equal(await stored(page), broken);
    assert.equal((await storageKeys(page)).filter((k) => k.startsWith('rungs.unreadable.')).length, 1);
    // Work goes on; long after the warning, the copy is still listed, downloadable and deletable.
    await page.goto(page.url().replace(/#.*/, '#/assess/cd-maturity'));
    await rate(page, CD.practices[0].title, 'Fully');
    assert.notEqual(await stored(page), broken, 'new work is saved');
    await page.reload();
    await page.goto(page.url().replace(/#.*/, '#/assessments'));
    await page.waitForSelector('li.backup');
    assert.equal(await page.locator('.storage-banner').count(), 0, 'no warning once the data reads');
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('button.download-backup')]);
    assert.equal(fs.readFileSync(await again.path(), 'utf8'), broken);
    await page.click('button.delete-backup');
    assert.match(await page.textContent('button.delete-backup'), /Click again/);
    await page.click('button.delete-backup');
    await page.waitForSelector('li.backup', { state: 'detached' });
    assert.deepEqual((await storageKeys(page)).filter((k) => k.startsWith('rungs.unreadable.')), []);
  });
});

test('data from a newer Rungs is left as it is, reported, and work goes on beside it', async () => {
  const newer = JSON.stringify({ rungs: 'store', schema: 99, active: 0, assessments: [] });
  await visit('#/', async ({ page }) => {
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, newer]);
    await page.reload();
    const notice = page.locator('.storage-banner[data-status="newer"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /newer version of Rungs \(format 99\)/);
    assert.match(await notice.textContent(), /leaves them exactly as they are/);
    await page.goto(page.url().replace(/#.*/, '#/assess/cd-maturity'));
    await page.waitForSelector('fieldset.practice-rating');
    await rate(page, CD.practices[0].title, 'Fully');
    await page.waitForFunction((key) => localStorage.getItem(`${key}.from-an-older-rungs`) !== null, KEY);
    assert.equal(await stored(page), newer, 'byte for byte');
    await page.reload();
    await page.waitForSelector('fieldset.practice-rating');
    assert.equal(await checkedValue(page, CD.practices[0].id), 'fully', 'kept beside it');
    assert.equal(await stored(page), newer);
  });
});

test('without storage (private mode, sandboxed frame) the app runs, warns, and still shares', async () => {
  const blockStorage = () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  };
  await visit(
    '#/assess/cd-maturity',
    async ({ page }) => {
      const alert = page.locator('.storage-banner[data-status="unavailable"]');
      await alert.waitFor();
      assert.match(await alert.textContent(), /will not be kept/);
      await rate(page, CD.practices[0].title, 'Fully');
      assert.equal(await checkedValue(page, CD.practices[0].id), 'fully');
      assert.match(await page.inputValue('.share-link input'), /#\/s\/C/);
    },
    { initScript: blockStorage },
  );
});

test('a full quota is reported and the last saved state stays in place', async () => {
  const quota = () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__rungsFull && key === 'rungs.assessments') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  };
  await visit(
    '#/assess/cd-maturity',
    async ({ page }) => {
      await page.waitForSelector('fieldset.practice-rating');
      await rate(page, CD.practices[0].title, 'Fully');
      const good = await stored(page);
      await page.evaluate(() => (window.__rungsFull = true));
      await rate(page, CD.practices[1].title, 'Partly');
      const alert = page.locator('.storage-banner[data-status="quota"]');
      await alert.waitFor();
      assert.match(await alert.textContent(), /not saved/);
      assert.equal(await stored(page), good, 'the last good state stays');
      await page.evaluate(() => (window.__rungsFull = false));
      await rate(page, CD.practices[2].title, 'Started');
      await alert.waitFor({ state: 'detached' });
      assert.ok((await stored(page)).includes('"partly"'), 'saved again once there is room');
    },
    { initScript: quota },
  );
});
