// From a score to a plan, in the release build, driven as a team would: set a target, read the
// roadmap (in the order this test works out on its own from the model file), plan two practices,
// take a snapshot, change ratings, take another, and read the timeline and what changed; print
// the report to PDF and read its text back; download the CSV and parse it back; share a link
// that carries the target; open a link made by the first link format, unchanged.
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { releaseBuildSuite } from './support/suite.mjs';
import { readModel } from './support/model-files.mjs';

const { visit, open } = releaseBuildSuite();
const CD = readModel('cd-maturity');
const at = (level) => CD.practices.filter((p) => p.level === level);
const [BASE, BEGINNER, INTERMEDIATE] = ['base', 'beginner', 'intermediate'].map(at);
const LEVEL_NAME = Object.fromEntries(CD.levels.map((l) => [l.id, l.name]));
const LABEL = { 'not-yet': 'Not yet', started: 'Started', partly: 'Partly', largely: 'Largely', fully: 'Fully', 'not-applicable': 'Not applicable' };
const POINTS = { 'not-yet': 0, started: 1, partly: 2, largely: 3, fully: 4 };

/** The team's first session: practice id → rating id. */
function firstRatings() {
  const ratings = {};
  BASE.forEach((p) => { ratings[p.id] = 'fully'; });
  ratings[BASE[0].id] = 'partly';
  ratings[BASE[1].id] = 'not-yet';
  delete ratings[BASE[2].id];
  ratings[BEGINNER[0].id] = 'largely';
  ratings[BEGINNER[1].id] = 'largely';
  ratings[BEGINNER[2].id] = 'started';
  ratings[INTERMEDIATE[0].id] = 'partly';
  return ratings;
}

/** The second session's changes. */
const CHANGES = {
  [BASE[0].id]: 'fully',
  [BASE[1].id]: 'largely',
  [BASE[2].id]: 'fully',
  [BEGINNER[0].id]: 'partly',
  [INTERMEDIATE[1].id]: 'fully',
};

/**
 * The roadmap to `target` worked out from the model file: every practice up to the target not
 * at Largely or above, by level, then fewest steps short first, unrated last, then file order.
 */
function expectedRoadmap(ratings, target) {
  const levels = CD.levels.map((l) => l.id);
  const upTo = levels.slice(0, levels.indexOf(target) + 1);
  return upTo
    .map((level) => {
      const items = at(level)
        .map((p, order) => ({ id: p.id, order, rating: ratings[p.id] }))
        .filter((p) => p.rating === undefined || POINTS[p.rating] < POINTS.largely)
        .map((p) => ({ ...p, steps: p.rating === undefined ? Infinity : POINTS.largely - POINTS[p.rating] }))
        .sort((a, b) => a.steps - b.steps || a.order - b.order);
      return { level, ids: items.map((p) => p.id) };
    })
    .filter((g) => g.ids.length > 0);
}

async function rate(page, ratings) {
  await page.waitForSelector('fieldset.practice-rating');
  for (const [id, rating] of Object.entries(ratings)) {
    await page.locator(`fieldset[data-practice="${id}"] input[value="${rating}"]`).check();
  }
}

async function roadmapOnScreen(page) {
  return page.$$eval('.roadmap-group', (groups) =>
    groups.map((g) => ({ level: g.dataset.level, ids: [...g.querySelectorAll('li.roadmap-item')].map((li) => li.dataset.practice) })),
  );
}

async function gotoPlan(page) {
  await page.evaluate(() => { location.hash = '#/plan/cd-maturity'; });
  await page.waitForSelector('.plan-page .roadmap-progress');
}

/** Clicks `selector` and returns the downloaded file's text. */
async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return fs.readFileSync(await download.path(), 'utf8');
}

test('targets, the roadmap in order, a plan, two snapshots, the timeline and what changed, the report, CSV and a link with the target', async () => {
  const first = firstRatings();
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await rate(page, first);
    // The Assess page's radar draws the default target (the next level) beside the answers.
    await page.waitForSelector('.results .radar-table thead th:nth-child(3)');
    assert.equal(await page.textContent('.results .radar-table thead th:nth-child(3)'), 'Target');

    await page.click('a.plan-link');
    await page.waitForSelector('.plan-page .roadmap-progress');
    // Default target: the level above the one reached (none yet: Base).
    assert.deepEqual(await roadmapOnScreen(page), expectedRoadmap(first, 'base'));

    await page.selectOption('.model-target-select', 'intermediate');
    const expected = expectedRoadmap(first, 'intermediate');
    assert.deepEqual(await roadmapOnScreen(page), expected);
    assert.deepEqual(expected.map((g) => g.level), ['base', 'beginner', 'intermediate']);
    const headings = await page.$$eval('.roadmap-group h3', (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(headings, expected.map((g) => `To reach ${LEVEL_NAME[g.level]}`));
    // The radar's table says today's level and the target for every category.
    const targetColumn = await page.$$eval('.plan-layout .radar-table tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent));
    assert.deepEqual(targetColumn, CD.categories.map(() => 'Intermediate'));
    // The filled-in matrix: each rating as a word, the target's missing practices marked.
    const cell = (id) => page.locator(`.filled-matrix li[data-practice="${id}"]`);
    assert.equal(await cell(BASE[0].id).getAttribute('data-rating'), 'partly');
    assert.match(await cell(BASE[0].id).textContent(), /Partly.*needed for the target/);
    assert.equal(await cell(BASE[2].id).getAttribute('data-rating'), 'unrated');
    assert.doesNotMatch(await cell(BASE[3].id).textContent(), /needed for the target/);
    const advanced = at('advanced')[0].id;
    assert.doesNotMatch(await cell(advanced).textContent(), /needed for the target/, 'above the target');

    // Two practices planned, with owners and a date.
    const item = (id) => page.locator(`li.roadmap-item[data-practice="${id}"]`);
    await item(BASE[0].id).locator('input.planned-box').check();
    await item(BASE[0].id).locator('input.owner-input').fill('Ann');
    await item(BASE[0].id).locator('input.due-input').fill('2027-03-31');
    await item(BEGINNER[2].id).locator('input.planned-box').check();
    await item(BEGINNER[2].id).locator('input.owner-input').fill('Platform team');
    const toDo = expected.flatMap((g) => g.ids).length;
    assert.equal(await page.textContent('.roadmap-progress'), `0 of 2 practices planned in place; ${toDo} practices still to put in place.`);

    await page.fill('input.snapshot-label', 'Q1');
    await page.click('button.take-snapshot-button');
    await page.waitForSelector('li.snapshot');

    // The second session: ratings change, up and down.
    await page.click('a:text("Rate the practices")');
    await rate(page, CHANGES);
    await gotoPlan(page);
    await page.fill('input.snapshot-label', 'Q2');
    await page.click('button.take-snapshot-button');
    await page.waitForFunction(() => document.querySelectorAll('li.snapshot').length === 2);
    const second = { ...first, ...CHANGES };

    // A planned practice now in place counts as done and stays on the roadmap.
    assert.match(await item(BASE[0].id).textContent(), /Done/);
    assert.match(await page.textContent('.roadmap-progress'), /^1 of 2 practices planned in place;/);

    // The timeline: two points, in a table beside the chart.
    await page.waitForSelector('.timeline-table tbody tr');
    const rows = await page.$$eval('.timeline-table tbody tr th', (ths) => ths.map((th) => th.textContent));
    assert.equal(rows.length, 2);
    assert.match(rows[0], /Q1/);
    assert.match(rows[1], /Q2/);
    assert.equal(await page.locator('.timeline-svg svg').count(), 1);

    // What changed since Q1, against this test's own diff.
    const diff = Object.keys({ ...first, ...second })
      .filter((id) => first[id] !== second[id])
      .map((id) => {
        const before = first[id];
        const after = second[id];
        const movement = before === undefined || POINTS[after] > POINTS[before] ? 'up' : 'down';
        return { id, movement, text: `${before ? LABEL[before] : 'Not rated'} → ${LABEL[after]}` };
      })
      .sort((a, b) => CD.practices.findIndex((p) => p.id === a.id) - CD.practices.findIndex((p) => p.id === b.id));
    const shown = await page.$$eval('li.rating-change', (lis) =>
      lis.map((li) => ({ id: li.dataset.practice, movement: li.dataset.movement, text: li.textContent.split(': ').pop() })),
    );
    assert.deepEqual(shown, diff);
    const levelChanges = await page.$$eval('li.level-change', (lis) => lis.map((li) => li.textContent));
    assert.ok(levelChanges.includes('Whole model: Below Base → Base'), JSON.stringify(levelChanges));

    // Reloaded, everything is still there.
    await page.reload();
    await page.waitForSelector('li.snapshot');
    assert.equal(await page.locator('li.snapshot').count(), 2);
    assert.equal(await item(BEGINNER[2].id).locator('input.owner-input').inputValue(), 'Platform team');

    // The report, printed to PDF by Chromium, read back.
    await page.click('a.report-link');
    await page.waitForSelector('.report-model .report-roadmap');
    const pdf = await page.pdf({ format: 'A4' });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    assert.match(flat, /Continuous Delivery/);
    assert.match(flat, /Level reached/);
    assert.match(flat, /Whole model Base Intermediate/);
    assert.match(flat, /To reach Beginner/);
    assert.match(flat, /owner Platform team/);
    assert.match(flat, /owner Ann, due 2027-03-31/);
    assert.doesNotMatch(flat, /Download CSV|Print or save as PDF/, 'the page\'s buttons are not printed');

    // The CSV, parsed back, holds the ratings.
    const csv = await downloaded(page, 'button.download-csv');
    const records = parseCsv(csv, { bom: true, columns: true });
    assert.equal(records.length, CD.practices.length);
    for (const practice of CD.practices) {
      const row = records.find((r) => r['practice id'] === practice.id);
      assert.equal(row.rating, second[practice.id] ? LABEL[second[practice.id]] : '', practice.id);
      assert.equal(row.model, CD.name);
      assert.equal(row.level, LEVEL_NAME[practice.level]);
    }
    const planned = records.filter((r) => r.planned === 'yes').map((r) => [r['practice id'], r.owner, r.due]);
    assert.deepEqual(planned.sort(), [[BASE[0].id, 'Ann', '2027-03-31'], [BEGINNER[2].id, 'Platform team', '']].sort());
    const markdown = await downloaded(page, 'button.download-markdown');
    assert.match(markdown, /^# /);
    assert.match(markdown, /\| Level \| Practice \| Rating \| Note \| Planned \|/);

    // A share link carries the target: opened in a fresh profile, the radar's table says it.
    await page.evaluate(() => { location.hash = '#/assess/cd-maturity'; });
    await page.waitForSelector('input.assessment-link');
    const link = await page.inputValue('input.assessment-link');
    const fresh = await open(link.slice(link.indexOf('#')));
    try {
      await fresh.page.waitForSelector('.shared-page .results .radar-table tbody td');
      const column = await fresh.page.$$eval('.results .radar-table tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent));
      assert.deepEqual(column, CD.categories.map(() => 'Intermediate'));
      assert.equal(await fresh.page.locator('.shared-matrix li[data-rating="fully"]').count(), Object.values(second).filter((r) => r === 'fully').length);
      assert.deepEqual(fresh.problems, []);
    } finally {
      await fresh.context.close();
    }
  });
});

/** The first link format's payload, written here from its published description. */
function versionOneLink(ratings) {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const slotsFile = fs.readFileSync(path.join(root, 'model-data', 'link-slots.toml'), 'utf8');
  const firstModel = slotsFile.split('[[model]]')[1];
  const slots = [...firstModel.split('practices = [')[1].split(']')[0].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const code = (rating) => (rating ? ['not-yet', 'started', 'partly', 'largely', 'fully', 'not-applicable'].indexOf(rating) + 1 : 0);
  // Staged, threshold Largely, level radar, 80%: 12 bits.
  const settings = (0 << 10) | (2 << 8) | (0 << 7) | 80;
  let out = 'B' + ALPHABET[settings >> 6] + ALPHABET[settings & 63] + ALPHABET[1];
  out += ALPHABET[0] + ALPHABET[slots.length >> 6] + ALPHABET[slots.length & 63];
  for (let i = 0; i < slots.length; i += 2) {
    out += ALPHABET[code(ratings[slots[i]]) + 7 * code(ratings[slots[i + 1]])];
  }
  return { payload: out, slots };
}

test('a share link of the first format opens unchanged, with the default target beside it', async () => {
  const ratings = {};
  const { slots } = versionOneLink({});
  slots.slice(0, 4).forEach((id, i) => { ratings[id] = ['fully', 'partly', 'not-yet', 'largely'][i]; });
  const { payload } = versionOneLink(ratings);
  await visit(`#/s/${payload}`, async ({ page }) => {
    await page.waitForSelector('.shared-page fieldset.practice-rating');
    assert.equal(await page.textContent('h1.shared-name'), 'Shared assessment');
    assert.equal(await page.locator('.link-warning').count(), 0);
    for (const [id, rating] of Object.entries(ratings)) {
      assert.equal(await page.textContent(`fieldset[data-practice="${id}"] .status`), LABEL[rating], id);
    }
    const unrated = await page.$$eval('fieldset.practice-rating .status', (xs) => xs.filter((x) => x.textContent === 'Unrated').length);
    assert.equal(unrated, CD.practices.length - 4);
    assert.equal((await page.textContent('.overall-level strong')).trim(), 'Below Base');
    assert.equal(await page.locator('.shared-matrix li[data-rating="fully"]').count(), 1);
  });
});
