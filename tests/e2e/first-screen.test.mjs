// The first screen of the release build as a person gets it: text painted from the HTML before
// any wasm, an app that takes over in place, deep links that never flash the home page, parts of
// the app fetched on first use, and a clear message with Retry when a part cannot be fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './support/static-server.mjs';
import { launch, openWatched, waitForApp } from './support/browser.mjs';
import { readParts, fetchedFiles, fetchedParts } from './support/parts.mjs';
import { catalogueIds, readModel } from './support/model-files.mjs';

const DIST = process.env.RUNGS_DIST;
const DIST_SUBPATH = process.env.RUNGS_DIST_SUBPATH;
let browser;
let server;
let build;

/**
 * Records layout shifts from the start of every page, as Lighthouse's CLS counts them, with when
 * they happened and what moved from where to where, so a failure names the element.
 */
const WATCH_SHIFTS = () => {
  window.rungsShifts = [];
  const describe = (node) => {
    const e = node?.nodeType === 1 ? node : node?.parentElement;
    if (!e) return '(removed)';
    const cls = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
    return `${e.tagName.toLowerCase()}${cls}`;
  };
  const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = (entry.sources ?? []).map((s) => `${describe(s.node)} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`);
      window.rungsShifts.push({ value: entry.value, at: entry.startTime, moved: moved.join(', ') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * Largest layout shift a screen may show, summed as Lighthouse's CLS: a hundredth of the 0.1
 * that Google calls good. The app redrawing or moving the first screen shows up hundreds of
 * times larger (the model list alone is a third of the viewport); once in many runs under load,
 * Chromium has reported a shift of about 0.0001 here that no run since has shown, so a shift
 * below this is printed, with what moved, rather than failed on.
 */
const MAX_SHIFT = 0.001;

/** Asserts that the page has not shifted beyond [`MAX_SHIFT`], naming what moved, and when. */
async function assertNoShift(page, what) {
  const { total, moved } = await page.evaluate(() => {
    const parsed = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0;
    const list = window.rungsShifts.map((s) => `${s.value.toFixed(5)} at ${Math.round(s.at)} ms: ${s.moved}`);
    return {
      total: window.rungsShifts.reduce((a, s) => a + s.value, 0),
      moved: `${list.join('; ')} (page parsed at ${Math.round(parsed)} ms)`,
    };
  });
  if (total > 0) console.log(`# ${what}: layout shift ${total.toFixed(5)}: ${moved}`);
  assert.ok(total < MAX_SHIFT, `${what}: no layout shift, found ${total}: ${moved}`);
}

before(async () => {
  assert.ok(DIST && DIST_SUBPATH, 'RUNGS_DIST and RUNGS_DIST_SUBPATH must name release builds');
  browser = await launch();
  server = await serveStatic(DIST, '/');
  build = readParts(DIST);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `fragment` in a fresh profile with the main wasm held back: resolves once the page as
 * served has been parsed and painted, with `release()` to let the app start.
 */
async function openHeld(fragment, options = {}) {
  const watched = await openWatched(browser, { initScript: WATCH_SHIFTS, ...options });
  const held = [];
  let releasing = false;
  await watched.page.route('**/rungs_bg.wasm', (route) => (releasing ? route.continue() : held.push(route)));
  await watched.page.goto(server.url + fragment, { waitUntil: 'domcontentloaded' });
  await watched.page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
  const release = async () => {
    releasing = true;
    for (const route of held) await route.continue();
    await waitForApp(watched.page);
  };
  return { ...watched, release };
}

/** Each model card's place on the page, and the text of the page without the status lines. */
async function layout(page) {
  return page.evaluate(() => ({
    // Only what shows: the page holds the first screen in both languages, one of them hidden.
    cards: [...document.querySelectorAll('.model-card')].filter((c) => c.getClientRects().length > 0).map((c) => {
      const r = c.getBoundingClientRect();
      return [c.dataset.model, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    }),
    text: [...document.querySelectorAll('main .home > *')].filter((e) => e.getClientRects().length > 0)
      .map((e) => e.innerText.split('\n').filter((l) => !/^(Not assessed yet|Level reached: .*)$/.test(l)).join('\n'))
      .join('\n')
      .replace(/\n+/g, '\n'),
  }));
}

test('the model list is in the HTML and paints before any wasm; the app takes over in place', async () => {
  const { context, page, problems, requests, release } = await openHeld('');
  try {
    // Painted with the wasm still held back: header, every model with its levels, the footer.
    assert.equal(await page.locator('.brand').textContent(), 'Rungs');
    const names = (await page.locator('.model-card:visible h3').allTextContents()).map((n) => n.trim());
    assert.deepEqual(names, catalogueIds().map((id) => readModel(id).name));
    for (const id of catalogueIds()) {
      const levels = readModel(id).levels.map((l) => l.name).join(' · ');
      assert.equal((await page.locator(`.model-card[data-model="${id}"]:visible .levels`).textContent()).trim(), `Levels: ${levels}`);
    }
    assert.ok(await page.locator('.app-footer').isVisible());
    assert.equal(await page.locator('.boot-loading').isVisible(), false, 'no loading state on the home page');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('started')), false);
    const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => p.name));
    assert.ok(paints.includes('first-contentful-paint'), `painted before the wasm: ${paints}`);
    const before = await layout(page);

    await release();
    await page.waitForSelector('.model-card .status:has-text("Not assessed yet")');
    const after = await layout(page);
    assert.deepEqual(after, before, 'the app draws the same first screen in the same place');
    const statuses = await page.locator('.model-card:visible .status').allTextContents();
    assert.deepEqual(statuses, catalogueIds().map(() => 'Not assessed yet'));
    const duplicates = await page.evaluate(() => {
      const seen = {};
      for (const e of document.querySelectorAll('[id]')) seen[e.id] = (seen[e.id] ?? 0) + 1;
      return Object.entries(seen).filter(([, n]) => n > 1);
    });
    assert.deepEqual(duplicates, []);
    await assertNoShift(page, 'first visit');
    // A first visit fetches the main part only: no part of the app, no saved data read.
    assert.deepEqual(fetchedFiles(requests, build.build), [...build.parts.main].sort());
    // The app works: a link to a model opens its matrix.
    await page.locator('.model-card:visible h3 a').first().click();
    await page.waitForSelector('table.matrix');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/** Makes a share link and an invitation with the app itself, in a profile of their own. */
async function makeLinks() {
  const { context, page } = await openWatched(browser);
  try {
    await page.goto(`${server.url}#/assess/cmmi`);
    await page.locator('fieldset.practice-rating').first().locator('input[value="fully"]').check();
    const share = await page.inputValue('.share-link input');
    await page.goto(`${server.url}#/board`);
    await page.click('button.create-workshop');
    const invite = await page.inputValue('input.invite-link');
    return {
      share: share.slice(share.indexOf('#')),
      invite: invite.slice(invite.indexOf('#')),
    };
  } finally {
    await context.close();
  }
}

test('a deep link as first visit shows the header and a quiet loading state, then its part', async () => {
  const links = await makeLinks();
  const cases = [
    { fragment: '#/model/cmmi', ready: 'table.matrix', parts: [] },
    { fragment: '#/assess/cd-maturity', ready: '.assess-page fieldset.practice-rating', parts: ['assess'] },
    { fragment: links.invite, ready: 'input.participant-name', parts: ['join'] },
    { fragment: links.share, ready: '.shared-page .assess-page', parts: ['share'] },
    { fragment: '#/help', ready: '.help-page h1', parts: ['help'] },
    { fragment: '#/board', ready: 'button.create-workshop', parts: ['board'] },
    { fragment: '#/assessments', ready: 'li.saved-assessment', parts: ['keep'] },
  ];
  for (const { fragment, ready, parts } of cases) {
    const { context, page, problems, requests, release } = await openHeld(fragment);
    try {
      assert.ok(await page.locator('.app-header').isVisible(), fragment);
      assert.equal(await page.locator('main .home:visible').count(), 0, `${fragment}: no home page content`);
      assert.ok(await page.locator('.boot-loading').isVisible(), `${fragment}: a quiet loading state`);
      await release();
      await page.waitForSelector(ready);
      assert.equal(await page.locator('main .home').isVisible(), false, `${fragment}: the first screen stays hidden`);
      const files = fetchedFiles(requests, build.build);
      for (const f of build.parts.main) assert.ok(files.includes(f), `${fragment}: ${f} fetched`);
      assert.deepEqual(fetchedParts(files, build.parts).filter((p) => p !== 'main'), parts, `${fragment}: parts fetched (${files})`);
      console.log(`# ${fragment.slice(0, 30)}: fetched ${files.length} files, parts [${parts}]`);
      // The part's files were asked for before the app ran, beside the main part.
      const preloaded = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'link').map((e) => e.name.split('/').pop()));
      for (const part of parts) {
        for (const f of build.parts[part]) assert.ok(preloaded.includes(f), `${fragment}: ${f} preloaded`);
      }
      await assertNoShift(page, fragment);
      assert.deepEqual(problems, [], fragment);
    } finally {
      await context.close();
    }
  }
});

test('a part that cannot be fetched says so with Retry, and storage stays byte for byte', async () => {
  const { context, page, problems, requests } = await openWatched(browser);
  try {
    const saved = JSON.stringify({
      rungs: 'store', schema: 2, active: 0,
      assessments: [{ id: 'a1', name: 'Kept', rule: 'staged', threshold: 'largely', required_percent: 80, radar: 'level',
        answers: { cmmi: { rdm: { rating: 'fully' } } } }],
    });
    await page.goto(server.url);
    await waitForApp(page);
    await page.evaluate((text) => localStorage.setItem('rungs.assessments', text), saved);
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    // The network goes away after the first screen: every part's file fails.
    let offline = true;
    await page.route(/\/pkg\/[^/]+\/(chunk|split)_[^/]+\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.evaluate(() => { location.hash = '#/assess/cmmi'; });
    const alert = page.locator('.part-failed[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not load assessing/);
    assert.match(await alert.textContent(), /saved assessments are untouched/);
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before, 'storage unchanged');
    // Opening another screen of the same part, and back, keeps saying so.
    await page.evaluate(() => { location.hash = '#/assess/cd-maturity'; });
    await alert.waitFor();
    // Back online: Retry loads the part, which finds the saved assessment.
    offline = false;
    await page.click('button.retry');
    await page.waitForSelector('.assess-page fieldset.practice-rating');
    assert.equal((await page.locator('.assessment-name').textContent()).trim(), 'Kept');
    await page.evaluate(() => { location.hash = '#/assess/cmmi'; });
    await page.waitForSelector('.assess-page[data-model="cmmi"] fieldset[data-practice="rdm"] input[value="fully"]:checked');
    // Only the failed fetches themselves were reported: no page error, nothing else.
    const unexpected = problems.filter((p) => !/(chunk|split)_\w+\.wasm|console error/.test(p));
    assert.deepEqual(unexpected, []);
    assert.ok(requests.length > 0);
  } finally {
    await context.close();
  }
});

test('quick route changes while parts load end on the last screen, with no error', async () => {
  const { context, page, problems } = await openWatched(browser);
  try {
    await page.goto(server.url);
    await waitForApp(page);
    for (const fragment of ['#/assess/cmmi', '#/board', '#/assessments', '#/help', '#/model/cmmi', '#/assess/mlops-google']) {
      await page.evaluate((f) => { location.hash = f; }, fragment);
    }
    await page.waitForSelector('.assess-page[data-model="mlops-google"] fieldset.practice-rating');
    assert.equal(await page.locator('main > section').count(), 1, 'one screen shown');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a returning visitor gets their levels and radar on the first screen without a layout shift', async () => {
  const { context, page, problems } = await openWatched(browser, { initScript: WATCH_SHIFTS });
  try {
    await page.goto(`${server.url}#/assess/cmmi`);
    await page.waitForSelector('fieldset.practice-rating');
    await page.locator('fieldset[data-practice="rdm"] input[value="fully"]').check();
    await page.goto(server.url);
    await page.reload();
    await page.waitForSelector('.home-progress .radar-svg svg');
    const status = (await page.locator('.model-card[data-model="cmmi"]:visible .status').textContent()).trim();
    assert.match(status, /^Level reached: Initial · 1 of 25 rated$/);
    await assertNoShift(page, 'returning visitor');
    assert.equal(await page.evaluate(() => performance.getEntriesByName('rungs:first-radar').length), 1);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the build made for /rungs/ loads under that sub-path', async () => {
  const sub = await serveStatic(DIST_SUBPATH, '/rungs/');
  const { context, page, problems, requests } = await openWatched(browser);
  try {
    await page.goto(`${sub.url}#/assess/cmmi`);
    await page.waitForSelector('fieldset.practice-rating');
    await page.goto(sub.url);
    await waitForApp(page);
    assert.equal(await page.locator('.model-card:visible').count(), catalogueIds().length);
    for (const url of requests) {
      assert.ok(new URL(url).pathname.startsWith('/rungs/'), `request outside /rungs/: ${url}`);
    }
    await page.locator('a', { hasText: 'Continuous Delivery Maturity Model' }).first().click();
    await page.waitForSelector('table.matrix');
    assert.match(page.url(), /\/rungs\/#\/model\/cd-maturity$/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await sub.close();
  }
});
