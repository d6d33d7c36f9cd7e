// Bring your own model, in the release build, driven as a team would: a 12-practice model of
// the team's own imported from a file, explored, assessed and drawn; its share link opened in a
// fresh profile that lacks the model, which asks for it and opens once its model link is added;
// a workshop on it with three participants in profiles of their own; ten kinds of broken model
// file, each refused with its line or item while local storage stays byte for byte the same;
// and a newer version that keeps old answers and lists the practices it retired.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';

const { visit, open } = releaseBuildSuite();

const LEVELS = [
  ['crawl', 'Crawl'],
  ['walk', 'Walk'],
  ['run', 'Run'],
];
const CATEGORIES = [
  ['flow', 'Flow of work'],
  ['craft', 'Craft'],
];
// Two practices per category and level: twelve. Culture is left out on purpose.
const DIMENSIONS = ['organization', 'process', 'technology'];
const PRACTICES = LEVELS.flatMap(([level], l) =>
  CATEGORIES.flatMap(([category], c) =>
    [0, 1].map((n) => ({
      id: `${category}-${level}-${n + 1}`,
      title: `${CATEGORIES[c][1]} at ${LEVELS[l][1]} ${n + 1}`,
      description: `Zebrafish practice ${category} ${level} ${n + 1}: in place when the team can show it.`,
      category,
      level,
      dimension: DIMENSIONS[(l + c + n) % 3],
    })),
  ),
);

const q = (text) => JSON.stringify(text);

/** A model file in the model-data format, with `practices` and `version`. */
function modelToml({ version = '1.0', practices = PRACTICES, retired = [] } = {}) {
  const lines = [
    'id = "team-ladder"',
    'name = "Team ladder"',
    `version = ${q(version)}`,
    'summary = "Our platform team\'s own maturity ladder."',
    `retired = [${retired.map(q).join(', ')}]`,
    '',
    '[source]',
    'authors = "Platform team"',
    'title = "Team ladder"',
    'year = 2026',
    'url = "https://example.org/ladder"',
    'licence = "Ours; share freely."',
    '',
    '[about]',
    'purpose = "To see where the platform team stands."',
    'crosswalk = "Practices map to the dimension of the thing they ask for."',
  ];
  for (const [id, name] of LEVELS) {
    lines.push('', '[[levels]]', `id = ${q(id)}`, `name = ${q(name)}`, `summary = ${q(`The ${name} level.`)}`);
  }
  for (const [id, name] of CATEGORIES) {
    lines.push('', '[[categories]]', `id = ${q(id)}`, `name = ${q(name)}`, `summary = ${q(`All about ${name}.`)}`);
  }
  for (const p of practices) {
    lines.push('', '[[practices]]');
    for (const key of ['id', 'title', 'description', 'category', 'level', 'dimension']) lines.push(`${key} = ${q(p[key])}`);
  }
  return lines.join('\n') + '\n';
}

async function chooseFile(page, name, text) {
  await page.setInputFiles('.add-model input.model-file', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

async function addModel(page, text, name = 'team-ladder.toml') {
  if (!page.url().endsWith('#/models')) {
    await page.evaluate(() => { location.hash = '#/models'; });
  }
  await page.waitForSelector('.add-model input.model-file');
  await chooseFile(page, name, text);
  await page.waitForSelector('.model-review');
  const review = await page.textContent('.model-review');
  await page.click('button.confirm-model');
  await page.waitForSelector('.model-kept');
  return review;
}

async function rate(page, ratings) {
  await page.waitForSelector('fieldset.practice-rating');
  for (const [id, rating] of Object.entries(ratings)) {
    await page.locator(`fieldset[data-practice="${id}"] input[value="${rating}"]`).check();
  }
}

async function checkedRatings(page) {
  return page.$$eval('fieldset.practice-rating', (sets) =>
    Object.fromEntries(
      sets
        .map((f) => [f.dataset.practice, f.querySelector('input:checked')?.value])
        .filter(([, v]) => v),
    ),
  );
}

/** Crawl in place in both categories, Walk partly: the staged rule reaches Crawl. */
const RATINGS = {
  'flow-crawl-1': 'fully',
  'flow-crawl-2': 'largely',
  'craft-crawl-1': 'fully',
  'craft-crawl-2': 'fully',
  'flow-walk-1': 'partly',
  'craft-walk-2': 'started',
};

async function modelLink(page) {
  await page.evaluate(() => { location.hash = '#/models'; });
  await page.click('.imported-model[data-model="team-ladder"] button.show-model-link');
  return page.inputValue('.model-link-field');
}

async function storageSnapshot(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
}

test('a model of our own: imported, explored, assessed, drawn, kept, and shared to someone without it', async () => {
  const { context, page, problems } = await open('#/models', { viewport: { width: 1280, height: 900 } });
  try {
    const review = await addModel(page, modelToml());
    assert.match(review, /12 practices/);
    assert.match(review, /3 levels/);
    assert.match(review, /Culture/, 'the review says the model leaves Culture out');

    // The first screen lists it beside the shipped models.
    await page.evaluate(() => { location.hash = '#/'; });
    await page.waitForSelector('.own-model-list li[data-model="team-ladder"]');
    assert.match(await page.textContent('.own-model-list'), /Team ladder/);

    // Explored: the matrix holds its twelve practices, a practice page its description.
    await page.click('.own-model-list li[data-model="team-ladder"] h3 a');
    await page.waitForSelector('.model-page[data-model="team-ladder"]');
    for (const p of PRACTICES) {
      assert.ok(await page.isVisible(`.matrix a[href$="/practice/${p.id}"]`), p.id);
    }
    await page.click(`.matrix a[href$="/practice/${PRACTICES[4].id}"]`);
    await page.waitForSelector(`text=${PRACTICES[4].description}`);
    // Found by search.
    await page.evaluate(() => { location.hash = '#/search?q=zebrafish'; });
    await page.waitForSelector('.search-hit[data-model="team-ladder"]');
    assert.match(await page.textContent('main'), /Team ladder/);

    // Assessed and drawn.
    await page.evaluate(() => { location.hash = '#/assess/team-ladder'; });
    await rate(page, RATINGS);
    assert.equal(await page.textContent('.overall-level strong'), 'Crawl');
    assert.ok(await page.isVisible('.results .radar-svg svg'));
    assert.match(await page.textContent('.results .dimensions-left-out'), /Culture/);

    // Kept: a reload brings back the model and the answers.
    await page.reload();
    await page.waitForSelector('html.started');
    await page.waitForSelector('fieldset.practice-rating');
    assert.deepEqual(await checkedRatings(page), RATINGS);
    const shareLink = await page.inputValue('.share-panel .assessment-link');
    const link = await modelLink(page);
    assert.match(link, /#\/m\//);

    // Someone without the model: the share link asks for it, takes the model link, then opens.
    await visit('#/', async ({ page: theirs }) => {
      await theirs.goto(shareLink);
      await theirs.waitForSelector('.missing-model');
      assert.match(await theirs.textContent('.missing-model'), /team-ladder.*version 1\.0/);
      await theirs.fill('.model-link-input', link);
      await theirs.click('button.add-model-link');
      await theirs.waitForSelector('fieldset.practice-rating');
      assert.deepEqual(await checkedRatings(theirs), RATINGS);
      assert.equal(await theirs.textContent('.overall-level strong'), 'Crawl');
    });

    // A workshop on it: three participants, each in a profile of their own with nothing added.
    await page.evaluate(() => { location.hash = '#/board'; });
    await page.fill('.workshop-name-input', 'Ladder check');
    await page.uncheck('input[name="workshop-model"][value="cd-maturity"]');
    await page.check('input[name="workshop-model"][value="team-ladder"]');
    await page.click('button.create-workshop');
    await page.waitForFunction(() => document.querySelector('.invite-link')?.value.includes('~'));
    const invite = await page.inputValue('.invite-link');
    const links = [];
    for (const [i, name] of ['Ana', 'Ben', 'Chloé'].entries()) {
      await visit('#/', async ({ page: participant }) => {
        await participant.goto(invite);
        await participant.waitForSelector('.participant-name');
        assert.match(await participant.textContent('.carried-model-note'), /facilitator's own/);
        await participant.fill('.participant-name', name);
        await participant.click('button.start-scoring');
        await rate(participant, { 'flow-crawl-1': ['partly', 'largely', 'fully'][i] });
        links.push(await participant.inputValue('.send-result .share-link input'));
      });
    }
    await page.fill('.paste-links', links.join('\n'));
    await page.click('button.add-links');
    await page.waitForSelector('li.participant >> nth=2');
    assert.match(await page.textContent('#participants-heading'), /3 counted of 3/);
    await page.click('.model-stats[data-model="team-ladder"] details.all-practices summary');
    const median = await page.textContent('.model-stats[data-model="team-ladder"] .practice-stats tr[data-practice="flow-crawl-1"] .median');
    assert.match(median, /Largely/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

const BROKEN = [
  ['bad TOML', modelToml().replace('name = "Team ladder"', 'name = "Team ladder'), /Line 2\b/],
  ['duplicate practice ids', modelToml().replace('id = "flow-walk-1"', 'id = "flow-crawl-1"'), /practice "flow-crawl-1".*duplicate/i],
  ['a practice in an unknown category', modelToml().replace('category = "craft"', 'category = "crafts"'), /unknown category "crafts"/],
  ['a level gap', modelToml({ practices: PRACTICES.filter((p) => p.level !== 'walk') }), /level "walk".*no practices/],
  ['too large', modelToml() + `# ${'x'.repeat(600 * 1024)}\n`, /too large/],
  ['wrong types', modelToml().replace('year = 2026', 'year = "last year"'), /year/],
  ['an unknown field', modelToml().replace('summary = "Our', 'colour = "blue"\nsummary = "Our'), /colour/],
  ['a missing field', modelToml().replace('name = "Team ladder"\n', ''), /name/],
  ['an unknown dimension', modelToml().replace('dimension = "process"', 'dimension = "people"'), /unknown dimension "people"/],
  ['the id of a shipped model', modelToml().replace('id = "team-ladder"', 'id = "cmmi"'), /cmmi.*ships/],
  ['JSON with a syntax error', '{\n  "id": "team-ladder",\n  "name": "Team ladder",,\n  "version": "1.0"\n}\n', /Line 3\b/],
];

test('ten kinds of broken model file are each refused with their line or item, and nothing is stored', async () => {
  await visit('#/models', async ({ page }) => {
    await addModel(page, modelToml());
    await page.evaluate(() => { location.hash = '#/assess/team-ladder'; });
    await rate(page, RATINGS);
    await page.evaluate(() => { location.hash = '#/models'; });
    await page.waitForSelector('.add-model input.model-file');
    const before = await storageSnapshot(page);
    for (const [kind, text, expected] of BROKEN) {
      const name = text.startsWith('{') ? 'broken.json' : 'broken.toml';
      await chooseFile(page, name, text);
      await page.waitForSelector('.model-problems');
      const shown = await page.textContent('.model-problems');
      assert.match(shown, expected, `${kind}: ${shown}`);
      assert.match(shown, /Line \d+|practice "|level "|category "|too large/, `${kind} names a line or an item: ${shown}`);
      assert.equal(await page.isVisible('button.confirm-model'), false, kind);
      assert.deepEqual(await storageSnapshot(page), before, `${kind} changed local storage`);
    }
  });
});

test('a newer version keeps the answers and lists the practices it retired', async () => {
  await visit('#/models', async ({ page }) => {
    await addModel(page, modelToml());
    await page.evaluate(() => { location.hash = '#/assess/team-ladder'; });
    await rate(page, RATINGS);

    // Version 2 retires flow-walk-1, retitles craft-crawl-1 and adds a practice.
    const practices = PRACTICES.filter((p) => p.id !== 'flow-walk-1').map((p) =>
      p.id === 'craft-crawl-1' ? { ...p, title: 'Craft basics, renamed' } : p,
    );
    practices.push({ id: 'flow-walk-3', title: 'Limit work in progress', description: 'A new one.', category: 'flow', level: 'walk', dimension: 'process' });
    await page.evaluate(() => { location.hash = '#/models'; });
    const review = await addModel(page, modelToml({ version: '2.0', practices, retired: ['flow-walk-1'] }));
    assert.match(review, /replaces version 1\.0/);
    assert.match(review, /Added \(1\)[\s\S]*Limit work in progress/);
    assert.match(review, /Retired \(1\)[\s\S]*Flow of work at Walk 1/);
    assert.match(review, /Retitled \(1\)[\s\S]*Craft at Crawl 1 → Craft basics, renamed/);

    await page.evaluate(() => { location.hash = '#/assess/team-ladder'; });
    await page.waitForSelector('fieldset.practice-rating');
    const kept = { ...RATINGS };
    delete kept['flow-walk-1'];
    assert.deepEqual(await checkedRatings(page), kept);
    assert.equal(await page.isVisible('fieldset[data-practice="flow-walk-3"] input:checked'), false);
    const former = await page.textContent('.no-longer-in-model li[data-practice="flow-walk-1"]');
    assert.match(former, /Flow of work at Walk 1: Partly/);

    // Removed with Undo: the assessment keeps its answers and says the model is missing.
    await page.evaluate(() => { location.hash = '#/models'; });
    await page.click('.imported-model[data-model="team-ladder"] button.remove-model');
    await page.click('button.undo-remove-model');
    await page.waitForSelector('.imported-model[data-model="team-ladder"]');
    await page.click('.imported-model[data-model="team-ladder"] button.remove-model');
    await page.waitForSelector('.undo-remove-model');
    await page.evaluate(() => { location.hash = '#/assessments'; });
    await page.waitForSelector('.saved-assessment');
    assert.match(await page.textContent('.saved-assessment'), /team-ladder: model missing/);
    await page.evaluate(() => { location.hash = '#/models'; });
    await page.waitForSelector('.no-own-models');
    await page.reload();
    await page.waitForSelector('html.started');
    await page.evaluate(() => { location.hash = '#/assess/team-ladder'; });
    await page.waitForSelector('.not-found');
    assert.match(await page.textContent('.not-found'), /team-ladder/);
  });
});
