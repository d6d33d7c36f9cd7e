// Sharing in the release build: a link opened in a fresh profile shows the same assessment
// read-only; Save as a copy and Compare with mine; Copy link and the QR code; every kind of
// broken link gives a message while the stored data stays byte-for-byte the same; export and
// import; and a whole session talks to no origin but the app's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { releaseBuildSuite } from './support/suite.mjs';
import { readModel } from './support/model-files.mjs';

const suite = releaseBuildSuite();
const { visit } = suite;
const KEY = 'rungs.assessments';
const CD = readModel('cd-maturity');
const RATINGS = ['not-yet', 'started', 'partly', 'largely', 'fully', 'not-applicable'];
const LABELS = ['Not yet', 'Started', 'Partly', 'Largely', 'Fully', 'Not applicable'];

const rate = (page, title, rating) =>
  page.getByRole('radiogroup', { name: title, exact: true }).getByLabel(rating, { exact: true }).check();
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const checkedValues = (page) =>
  page.$$eval('fieldset.practice-rating', (fs) =>
    Object.fromEntries(fs.map((f) => [f.dataset.practice, f.querySelector('input:checked')?.value ?? null])),
  );

/** Rates every CD practice with a fixed pattern over all six ratings; returns id → rating id. */
async function rateAllCd(page) {
  const expected = {};
  for (const [i, p] of CD.practices.entries()) {
    await rate(page, p.title, LABELS[i % 6]);
    expected[p.id] = RATINGS[i % 6];
  }
  return expected;
}

/** Renames the assessment being worked on. */
async function rename(page, name) {
  const back = page.url();
  await page.goto(back.replace(/#.*/, '#/assessments'));
  await page.locator('li.saved-assessment.active input.assessment-name').fill(name);
  await page.locator('li.saved-assessment.active input.assessment-name').press('Enter');
  await page.goto(back);
  await page.waitForSelector('fieldset.practice-rating');
}

test('a link opened in a fresh profile shows the same ratings read-only; Save as a copy keeps it', async () => {
  let link;
  let expected;
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    expected = await rateAllCd(page);
    await page.fill(`fieldset[data-practice="${CD.practices[5].id}"] .na-reason input`, 'Ops is outsourced');
    await page.press(`fieldset[data-practice="${CD.practices[5].id}"] .na-reason input`, 'Tab');
    await page.selectOption('#level-rule', 'percentage');
    await rename(page, 'Platform team');
    // Without the name, the ratings and settings alone: 49 characters after #/s/ (2 of check).
    await page.getByLabel('Include the name').uncheck();
    const bare = (await page.inputValue('.share-link input')).split('#/s/')[1];
    assert.equal(bare.length, 49, bare);
    assert.ok(!bare.includes('.'), 'no text section');
    await page.getByLabel('Include the name').check();
    link = await page.inputValue('.share-link input');
    assert.ok(link.split('#/s/')[1].includes('.'), 'the name travels in the text section');
  });
  assert.ok(link.includes('#/s/C'));
  await visit('#/', async ({ page, url }) => {
    await page.goto(url + link.slice(link.indexOf('#')));
    await page.waitForSelector('.shared-page fieldset.practice-rating');
    assert.equal((await page.textContent('.shared-name')).trim(), 'Platform team');
    assert.deepEqual(await checkedValues(page), expected);
    assert.equal(await page.inputValue('#level-rule'), 'percentage');
    assert.equal(await page.locator('.shared-page input[type=radio]:enabled').count(), 0, 'read-only');
    assert.equal(await stored(page), null, 'opening a link writes nothing');
    await page.click('button.save-copy');
    assert.match(await page.textContent('.saved-copy'), /Saved as “Platform team”/);
    await page.goto(url + '#/assess/cd-maturity');
    await page.waitForSelector('fieldset.practice-rating');
    assert.deepEqual(await checkedValues(page), expected);
    assert.equal((await page.textContent('.current-assessment .assessment-name')).trim(), 'Platform team');
  });
});

test('notes travel when chosen; markup in them is text, with a warning', async () => {
  const markup = '<img src=x onerror="window.__pwned=1">';
  let link;
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    await rate(page, CD.practices[0].title, 'Partly');
    const note = `fieldset[data-practice="${CD.practices[0].id}"] textarea`;
    await page.click(`fieldset[data-practice="${CD.practices[0].id}"] details summary`);
    await page.fill(note, `Deploys weekly ${markup}`);
    await page.press(note, 'Tab');
    await rename(page, `<script>window.__pwned=1</script>Team`);
    await page.check('input.include-notes');
    link = await page.inputValue('.share-link input');
  });
  await visit('#/', async ({ page, url }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      d.dismiss();
    });
    await page.goto(url + link.slice(link.indexOf('#')));
    const warning = page.locator('.link-warning');
    await warning.waitFor();
    assert.equal(await warning.getAttribute('role'), 'alert');
    assert.match(await warning.textContent(), /plain text/);
    assert.equal((await page.textContent('.shared-name')).trim(), '<script>window.__pwned=1</script>Team');
    assert.equal(await page.locator('.shared-page script, .shared-page img[src=x]').count(), 0);
    assert.equal(
      await page.inputValue(`fieldset[data-practice="${CD.practices[0].id}"] textarea`),
      `Deploys weekly ${markup}`,
    );
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(dialogs, 0);
  });
});

test('every kind of broken link gives a message and leaves the stored data byte-for-byte the same', async () => {
  await visit('#/assess/cd-maturity', async ({ page, url }) => {
    await page.waitForSelector('fieldset.practice-rating');
    await rate(page, CD.practices[0].title, 'Fully');
    const good = (await page.inputValue('.share-link input')).split('#/s/')[1];
    const before = await stored(page);
    const broken = {
      truncated: good.slice(0, 10),
      'unknown version': 'Z' + good.slice(1),
      'not base64': good.slice(0, 6) + '%%' + good.slice(8),
      'too long': 'B' + 'A'.repeat(20000),
      empty: '',
    };
    for (const [kind, payload] of Object.entries(broken)) {
      await page.goto(`${url}#/s/${payload}`);
      const alert = page.locator('.broken-link[role="alert"]');
      await alert.waitFor();
      const message = (await alert.locator('.link-error').textContent()).trim();
      assert.ok(message.length > 20, `${kind}: ${message}`);
      assert.equal(await stored(page), before, `${kind}: storage untouched`);
    }
    await page.goto(`${url}#/assess/cd-maturity`);
    await page.waitForSelector('fieldset.practice-rating');
    assert.equal(await stored(page), before);
  });
});

test('Compare with mine shows both levels, both polygons and each difference', async () => {
  let link;
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    for (const p of CD.practices.slice(0, 3)) await rate(page, p.title, 'Fully');
    link = await page.inputValue('.share-link input');
  });
  await visit('#/assess/cd-maturity', async ({ page, url }) => {
    await page.waitForSelector('fieldset.practice-rating');
    await rate(page, CD.practices[0].title, 'Fully');
    await rate(page, CD.practices[1].title, 'Started');
    await page.goto(url + link.slice(link.indexOf('#')));
    await page.click('button.compare');
    await page.waitForSelector('.model-comparison');
    assert.match(await page.textContent('.difference-count'), /^2 of 78 practices are rated differently/);
    const rows = await page.$$eval('table.differences tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    );
    assert.deepEqual(rows, [
      [CD.practices[1].title, 'Fully', 'Started'],
      [CD.practices[2].title, 'Fully', 'Unrated'],
    ]);
    // Both shapes, translucent; the radar's ring bands behind them are opaque.
    assert.equal(await page.locator('.model-comparison .radar-svg svg polygon:not([opacity="1"])').count() >= 2, true);
  });
});

test('Copy link puts the link on the clipboard; the QR code of a full CD link is version 6 or lower', async () => {
  await visit(
    '#/assess/cd-maturity',
    async ({ page }) => {
      await page.waitForSelector('fieldset.practice-rating');
      await rateAllCd(page);
      const link = await page.inputValue('.share-link input');
      await page.click('button.copy-link');
      await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent.includes('copied'));
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
      await page.click('button.show-qr');
      await page.waitForSelector('.qr-code svg');
      const caption = await page.textContent('.qr-code figcaption');
      const version = Number(caption.match(/QR version (\d+)/)[1]);
      assert.ok(version <= 6, `QR version ${version}`);
    },
    { permissions: ['clipboard-read', 'clipboard-write'] },
  );
});

test('export all, then import into a fresh profile after a per-item review', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rungs-export-'));
  const file = path.join(dir, 'export.json');
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    await rate(page, CD.practices[0].title, 'Largely');
    await rename(page, 'Exported team');
    await page.goto(page.url().replace(/#.*/, '#/assessments'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.export-all')]);
    await download.saveAs(file);
  });
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(exported.rungs, 'export');
  exported.assessments.push({ name: 'Broken one', answers: { 'cd-maturity': { [CD.practices[0].id]: { rating: 'great' } } } });
  fs.writeFileSync(file, JSON.stringify(exported));
  await visit('#/assessments', async ({ page }) => {
    await page.waitForSelector('li.saved-assessment');
    const before = await stored(page);
    await page.setInputFiles('input.import-file', file);
    await page.waitForSelector('.import-review');
    const items = await page.$$eval('.import-item', (lis) => lis.map((li) => li.textContent));
    assert.equal(items.length, 2);
    assert.match(items[0], /Exported team — will be imported/);
    assert.match(items[1], /Broken one — cannot be imported/);
    assert.match(items[1], /great/);
    assert.equal(await stored(page), before, 'nothing changes before the user confirms');
    await page.click('button.confirm-import');
    const names = await page.$$eval('li.saved-assessment input.assessment-name', (xs) => xs.map((x) => x.value));
    assert.deepEqual(names, ['My assessment', 'Exported team']);
    await page.goto(page.url().replace(/#.*/, '#/assess/cd-maturity'));
    await page.waitForSelector('fieldset.practice-rating');
    assert.equal(
      await page.$eval(`fieldset[data-practice="${CD.practices[0].id}"] input:checked`, (i) => i.value),
      'largely',
    );
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a whole session requests nothing but the app’s own files, under a strict CSP', async () => {
  await visit('#/', async ({ page, requests, url }) => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.doesNotMatch(csp, /https?:|\*/);
    // Inline script and style only by their hashes, never by 'unsafe-inline'.
    assert.match(csp, /style-src 'self' 'sha256-/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    await page.goto(url + '#/assess/cd-maturity');
    await page.waitForSelector('fieldset.practice-rating');
    await rate(page, CD.practices[0].title, 'Fully');
    await page.click('button.show-qr');
    await page.waitForSelector('.qr-code svg');
    const link = await page.inputValue('.share-link input');
    await page.goto(url + '#/model/cd-maturity');
    await page.goto(url + '#/search?q=test');
    await page.goto(url + '#/model/cmmi/about');
    await page.goto(url + link.slice(link.indexOf('#')));
    await page.click('button.compare');
    await page.goto(url + '#/assessments');
    await page.waitForSelector('li.saved-assessment');
    const origin = new URL(url).origin;
    const foreign = requests.filter((r) => new URL(r).origin !== origin && !r.startsWith('data:') && !r.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    assert.ok(requests.some((r) => r.endsWith('.wasm')));
  });
});
