// Rungs in a workshop room with no network, in the release build: loaded once, then with the
// server gone it starts, rates, reloads and keeps the ratings, shows a share link's QR code, and a
// workshop board merges pasted links, at / and under /rungs/. And a new version is taken in the
// background and announced with a quiet note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from './support/static-server.mjs';
import { launch, openWatched, waitForApp } from './support/browser.mjs';
import { addParticipants } from './support/workshop.mjs';

const DIST = process.env.RUNGS_DIST;
const DIST_SUBPATH = process.env.RUNGS_DIST_SUBPATH;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Waits until the service worker has kept every file and controls the page. */
async function keptForOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('rungs-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
}

async function checkedRatings(page) {
  return page.$$eval('fieldset.practice-rating', (sets) =>
    Object.fromEntries(
      sets.map((f) => [f.dataset.practice, f.querySelector('input:checked')?.value]).filter(([, v]) => v),
    ),
  );
}

for (const [where, root, prefix] of [
  ['at the root', DIST, '/'],
  ['under /rungs/', DIST_SUBPATH, '/rungs/'],
]) {
  test(`with the network off after one visit, Rungs starts, rates, keeps, shares and merges (${where})`, async () => {
    assert.ok(root, 'RUNGS_DIST and RUNGS_DIST_SUBPATH must name release builds');
    const server = await serveStatic(root, prefix);
    const { context, page, problems } = await openWatched(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(server.url);
      await waitForApp(page);
      const kept = await keptForOffline(page);
      for (const file of ['index.html', 'model-text.txt', 'manifest.webmanifest', 'icons/icon-192.png']) {
        assert.ok(kept.includes(`${prefix}${file}`), `${file} is kept: ${kept.join(' ')}`);
      }
      assert.ok(kept.some((p) => p.endsWith('.wasm')), 'the wasm parts are kept');
      assert.ok(kept.every((p) => p.startsWith(prefix)), `every kept file is under ${prefix}`);
      const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
      assert.equal(manifest.short_name, 'Rungs');
      assert.equal(manifest.start_url, './');

      // The network goes away.
      await server.close();
      const online = await fetch(server.url).then(() => true, () => false);
      assert.equal(online, false, 'the server is gone');

      await page.goto(`${server.url}#/assess/cd-maturity`);
      await waitForApp(page);
      await page.waitForSelector('fieldset.practice-rating');
      const ratings = { 'co-prioritized-work': 'fully', 'co-frequent-commits': 'largely', 'co-one-backlog-per-team': 'partly' };
      for (const [id, value] of Object.entries(ratings)) {
        await page.locator(`fieldset[data-practice="${id}"] input[value="${value}"]`).check();
      }
      await page.reload();
      await waitForApp(page);
      await page.waitForSelector('fieldset.practice-rating');
      assert.deepEqual(await checkedRatings(page), ratings);
      await page.click('button.show-qr');
      await page.waitForSelector('.qr-code svg');

      // A practice's description comes from the kept texts.
      await page.goto(`${server.url}#/model/cd-maturity/practice/co-prioritized-work`);
      await page.waitForFunction(() => /in place/.test(document.querySelector('main')?.textContent ?? ''));

      // A workshop: two participants on this device, their links merged on the board.
      await page.goto(`${server.url}#/board`);
      await waitForApp(page);
      await page.fill('.workshop-name-input', 'Offline room');
      await page.click('button.create-workshop');
      const invite = await page.inputValue('.invite-link');
      await addParticipants(page, invite, ['Ana', 'Ben'], async (other, i) => {
        await other.locator('fieldset[data-practice="co-prioritized-work"] input').nth(i + 1).check();
      });
      assert.match(await page.textContent('#participants-heading'), /2 counted of 2/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('a new version is fetched in the background and announced with a quiet note', async () => {
  assert.ok(DIST, 'RUNGS_DIST must name a release build');
  // A copy of the site whose worker changes, as it does with each new build.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'rungs-update-'));
  fs.cpSync(DIST, copy, { recursive: true });
  const server = await serveStatic(copy, '/');
  const { context, page, problems } = await openWatched(browser);
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await keptForOffline(page);
    assert.equal(await page.locator('.update-note').count(), 0, 'no note on the first visit');
    fs.appendFileSync(path.join(copy, 'sw.js'), '\n// the next build\n');
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('.update-note', { timeout: 30000 });
    assert.match(await page.textContent('.update-note'), /new version of Rungs is ready/);
    assert.equal(await page.getAttribute('.update-note', 'role'), 'status');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
