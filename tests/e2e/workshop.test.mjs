// Workshop mode in the release build: twelve participants score through the invitation on a
// phone-sized screen, the facilitator merges their links, the board's medians and discuss-first
// order match values computed here independently, a consensus is agreed and saved, presenter
// mode is driven by the keyboard, and the whole workshop reopens from its link in a fresh profile.
import { test } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';
import { readModel } from './support/model-files.mjs';

const { visit, open } = releaseBuildSuite();
const CD = readModel('cd-maturity');
const IDS = ['not-yet', 'started', 'partly', 'largely', 'fully', 'not-applicable'];
const LABELS = ['Not yet', 'Started', 'Partly', 'Largely', 'Fully', 'Not applicable'];
const PARTICIPANTS = 12;

/**
 * Participant p's rating of practice i: an index into IDS, or null for unrated. P12 answers
 * exactly as P11 does: two people who agree are two participants, not one link pasted twice.
 */
function ratingOf(person, i) {
  const p = person === 11 ? 10 : person;
  const x = (p * 7 + i * 13 + ((p * i) % 5)) % 17;
  if (x === 16) return null; // some practices stay unrated
  if (x === 15) return 5; // some say Not applicable
  return Math.min(4, Math.floor(x / 3));
}

/** What the board should show for practice i, computed here from the ratings. */
function expectedStats(i, who) {
  const points = [];
  let answers = 0;
  let na = 0;
  for (const p of who) {
    const r = ratingOf(p, i);
    if (r === null) continue;
    answers++;
    if (r === 5) na++;
    else points.push(r);
  }
  points.sort((a, b) => a - b);
  const n = points.length;
  const median = n === 0 ? null : n % 2 ? points[(n - 1) / 2] : (points[n / 2 - 1] + points[n / 2]) / 2;
  const spread = n < 2 ? 0 : points[n - 1] - points[0];
  const deviation = n === 0 ? 0 : points.reduce((s, x) => s + Math.abs(x - median), 0) / n;
  return { answers, median, spread, deviation, split: na > 0 && n > 0 };
}

function medianText(median) {
  if (median === null) return '–';
  const low = LABELS[Math.floor(median)];
  const high = LABELS[Math.ceil(median)];
  const words = low === high ? low : `${low}–${high}`;
  return `${words} (${Number.isInteger(median) ? median : median.toFixed(1)})`;
}

function discussOrder(who) {
  const stats = CD.practices.map((_, i) => ({ i, ...expectedStats(i, who) }));
  const ranked = stats.filter((s) => s.answers >= 2);
  ranked.sort((a, b) => b.spread - a.spread || Number(b.split) - Number(a.split) || b.deviation - a.deviation || a.i - b.i);
  return [...ranked, ...stats.filter((s) => s.answers < 2)].map((s) => CD.practices[s.i].id);
}

test('twelve participants, one board: medians, discuss-first, consensus, presenter, and the link', async () => {
  const fac = await open('#/board', { viewport: { width: 1280, height: 900 } });
  const board = fac.page;
  try {
    await board.fill('.workshop-name-input', 'Platform offsite');
    await board.selectOption('#workshop-rule', 'staged');
    await board.click('button.create-workshop');
    const invite = await board.inputValue('.invite-link');
    assert.match(invite, /#\/join\//);

    // Every participant scores alone, in a fresh profile, on a phone-sized screen.
    const links = [];
    for (let p = 0; p < PARTICIPANTS; p++) {
      await visit(
        '#/',
        async ({ page }) => {
          await page.goto(invite);
          await page.fill('.participant-name', `P${p + 1}`);
          await page.click('button.start-scoring');
          await page.waitForSelector('fieldset.practice-rating');
          const choices = CD.practices.map((x, i) => [x.id, ratingOf(p, i) === null ? null : IDS[ratingOf(p, i)]]);
          await page.evaluate((cs) => {
            for (const [id, r] of cs) {
              if (r) document.querySelector(`fieldset[data-practice="${id}"] input[value="${r}"]`).click();
            }
          }, choices);
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(wide <= 0, `participant page scrolls sideways by ${wide}px at 360px`);
          links.push(await page.inputValue('.send-result .share-link input'));
        },
        { viewport: { width: 360, height: 740 } },
      );
    }

    // One paste: all twelve, a broken link, the same link twice (counted once), the same answers
    // from another address (refused by their answers), and a link for another model.
    const otherModel = links[0].replace(/#.*/, '#/s/BJQBBABF');
    const elsewhere = links[3].replace(/^https?:\/\/[^/]+/, 'https://another.example');
    await board.fill('.paste-links', [...links, 'https://example.org/#/s/BJQ', links[3], elsewhere, otherModel].join('\n'));
    await board.click('button.add-links');
    const report = await board.$$eval('.paste-report li', (lis) => lis.map((li) => ({ cls: li.className, text: li.textContent })));
    assert.equal(report.length, PARTICIPANTS + 3);
    assert.ok(report.slice(0, PARTICIPANTS).every((r) => r.cls === 'added'), JSON.stringify(report));
    assert.match(report[3].text, /1 more copy in the paste, skipped/);
    assert.match(report[PARTICIPANTS].text, /cut short|missing/);
    assert.match(report[PARTICIPANTS + 1].text, /These answers are already on the board, as P4/);
    assert.match(report[PARTICIPANTS + 2].text, /not this workshop/);
    // What was added leaves the box; what was not stays, to be fixed.
    assert.equal((await board.inputValue('.paste-links')).split('\n').length, 3);
    assert.match(await board.textContent('#participants-heading'), /12 counted of 12/);

    // The numbers, against values computed here (the full table opens on demand).
    await board.click('.model-stats[data-model="cd-maturity"] details.all-practices summary');
    await board.waitForSelector('.model-stats[data-model="cd-maturity"] .practice-stats');
    const everyone = [...Array(PARTICIPANTS).keys()];
    const rows = await board.$$eval('.model-stats[data-model="cd-maturity"] .practice-stats tbody tr', (trs) =>
      trs.map((tr) => ({
        id: tr.dataset.practice,
        answers: Number(tr.querySelector('.answers').textContent),
        median: tr.querySelector('.median').textContent,
        spread: Number(tr.querySelector('.spread').textContent),
      })),
    );
    assert.equal(rows.length, 78);
    for (const [i, practice] of CD.practices.entries()) {
      const e = expectedStats(i, everyone);
      const row = rows.find((r) => r.id === practice.id);
      assert.deepEqual(
        { answers: row.answers, median: row.median, spread: row.spread },
        { answers: e.answers, median: medianText(e.median), spread: e.spread },
        practice.id,
      );
    }
    const expectedOrder = discussOrder(everyone);
    const shown = await board.$$eval('.model-stats[data-model="cd-maturity"] .discuss-first li', (lis) => lis.map((li) => li.dataset.practice));
    assert.deepEqual(shown, expectedOrder.slice(0, shown.length));
    assert.ok(shown.length >= 5);
    // One polygon per participant and the median: the chart's table has a column for each.
    const columns = await board.$$eval('.model-stats .radar-table thead th', (ths) => ths.map((t) => t.textContent.trim()));
    assert.deepEqual(columns, ['Axis', ...everyone.map((p) => `P${p + 1}`), 'Median']);
    const outlines = await board.$$eval('.model-stats .radar-svg svg polyline, .model-stats .radar-svg svg path', (xs) => xs.length);
    assert.ok(outlines >= PARTICIPANTS + 1, `${outlines} outlines drawn`);

    // Hiding a participant takes them out of the numbers.
    await board.locator('li.participant').nth(0).locator('input.hide-participant').check();
    assert.match(await board.textContent('#participants-heading'), /11 counted of 12/);
    const without = expectedStats(0, everyone.slice(1));
    assert.equal(
      await board.textContent(`.practice-stats tr[data-practice="${CD.practices[0].id}"] .median`),
      medianText(without.median),
    );
    await board.locator('li.participant').nth(0).locator('input.hide-participant').uncheck();

    // Consensus: discuss-first order, pre-filled with the median rounded down.
    assert.equal(await board.getAttribute('.consensus-practice', 'data-practice'), expectedOrder[0]);
    const first = expectedStats(CD.practices.findIndex((x) => x.id === expectedOrder[0]), everyone);
    assert.equal(await board.inputValue('.consensus input[name="agreed-rating"]:checked'), IDS[Math.floor(first.median)]);
    await board.click('button.agree-next');
    // The group decides otherwise on the second one.
    await board.locator('.consensus input[value="fully"]').check();
    await board.click('button.agree-next');
    assert.match(await board.textContent('.consensus-progress'), /Practice 3 of 78 · 2 agreed/);
    await board.click('button.accept-rest');
    await board.click('button.save-team');
    assert.match(await board.textContent('.team-saved'), /Platform offsite \(team\)/);

    // Presenter mode on a 1280×720 projector, driven by the arrow keys.
    await board.setViewportSize({ width: 1280, height: 720 });
    await board.goto(board.url().replace(/#.*/, '#/board/present'));
    await board.waitForSelector('.slide');
    assert.equal(await board.getAttribute('.slide', 'data-practice'), expectedOrder[0]);
    await board.keyboard.press('ArrowRight');
    assert.equal(await board.getAttribute('.slide', 'data-practice'), expectedOrder[1]);
    assert.match(await board.textContent('.slide-agreed'), /Agreed: Fully/);
    const titleSize = await board.$eval('.slide-title', (h) => parseFloat(getComputedStyle(h).fontSize));
    assert.ok(titleSize >= 40, `title ${titleSize}px`);
    const fits = await board.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(fits, 'no sideways scrolling on the projector');
    await board.keyboard.press('Escape');
    await board.waitForSelector('.board-name');

    // The team's assessment keeps the spread beside each agreed rating.
    await board.goto(board.url().replace(/#.*/, '#/assess/cd-maturity'));
    await board.waitForSelector('fieldset.practice-rating');
    assert.equal((await board.textContent('.current-assessment .assessment-name')).trim(), 'Platform offsite (team)');
    const note = await board.inputValue(`fieldset[data-practice="${expectedOrder[1]}"] textarea`);
    assert.match(note, /^Workshop: \d+ answers/);
    assert.equal(
      await board.$eval(`fieldset[data-practice="${expectedOrder[1]}"] input:checked`, (i) => i.value),
      'fully',
    );

    // The whole workshop reopens from its link on another machine.
    await board.goto(board.url().replace(/#.*/, '#/board'));
    const workshopLink = await board.inputValue('.workshop-link');
    await visit('#/', async ({ page }) => {
      await page.goto(workshopLink);
      await page.waitForSelector('.board-name');
      assert.equal((await page.textContent('.board-name')).trim(), 'Platform offsite');
      const names = await page.$$eval('li.participant input[type=text]', (xs) => xs.map((x) => x.value));
      assert.deepEqual(names, everyone.map((p) => `P${p + 1}`));
      await page.click('.model-stats[data-model="cd-maturity"] details.all-practices summary');
      await page.waitForSelector('.practice-stats');
      const reopened = await page.$$eval('.model-stats .practice-stats tbody tr .median', (tds) => tds.map((t) => t.textContent));
      assert.deepEqual(reopened, rows.map((r) => r.median));
      assert.match(await page.textContent('.consensus-progress'), /78 agreed|\d+ agreed/);
      assert.equal(
        await page.textContent('.consensus-progress'),
        (await board.textContent('.consensus-progress')).replace(/Practice \d+/, 'Practice 1'),
      );
    });
    assert.deepEqual(fac.problems, []);
  } finally {
    await fac.context.close();
  }
});

test('a broken invitation or workshop link says so and changes nothing', async () => {
  await visit('#/board', async ({ page, url }) => {
    await page.fill('.workshop-name-input', 'Kept board');
    await page.click('button.create-workshop');
    await page.waitForSelector('.board-name');
    // The board is saved just after it is drawn.
    await page.waitForFunction(() => localStorage.getItem('rungs.workshop') !== null);
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    for (const fragment of ['#/join/B', '#/join/%3Cscript%3E', '#/board/open/W9~BJQ', '#/board/open/not-a-board']) {
      await page.goto(url + fragment);
      const alert = page.locator('.broken-link[role="alert"]');
      await alert.waitFor();
      assert.ok((await alert.locator('.link-error').textContent()).trim().length > 10, fragment);
      assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before, `${fragment}: storage untouched`);
    }
    await page.goto(url + '#/board');
    assert.equal((await page.textContent('.board-name')).trim(), 'Kept board');
  });
});

test('opening a workshop file over a board with participants asks first', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rungs-board-'));
  const file = path.join(dir, 'other.json');
  await visit('#/board', async ({ page, url }) => {
    await page.fill('.workshop-name-input', 'Current board');
    await page.click('button.create-workshop');
    // One participant rating the first CD practice Fully.
    await page.fill('.paste-links', `${url}#/s/BJQBAABF`);
    await page.click('button.add-links');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.export-workshop')]);
    const other = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    other.name = 'Other board';
    other.participants = [];
    fs.writeFileSync(file, JSON.stringify(other));
    await page.setInputFiles('input.import-workshop', file);
    await page.waitForSelector('.replace-board[role="alert"]');
    assert.equal((await page.textContent('.board-name')).trim(), 'Current board', 'nothing replaced yet');
    await page.click('.replace-board button:not(.replace-board-confirm)');
    assert.equal(await page.locator('.replace-board').count(), 0);
    assert.equal((await page.textContent('.board-name')).trim(), 'Current board');
    await page.setInputFiles('input.import-workshop', file);
    await page.click('button.replace-board-confirm');
    assert.equal((await page.textContent('.board-name')).trim(), 'Other board');
  });
  fs.rmSync(dir, { recursive: true, force: true });
});
