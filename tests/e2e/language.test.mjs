// English and French, in the release build: a browser whose language is French gets the French
// interface and model texts (the first screen in French before any wasm runs), switches to
// English and back from the header, and the choice survives a reload; links carry no language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';
import { waitForApp } from './support/browser.mjs';

const { visit } = releaseBuildSuite();

const FRENCH = { locale: 'fr-FR' };
const ENGLISH = { locale: 'en-US' };

/** The visible text of the first screen's heading of the model list and the first model's name. */
async function firstScreen(page) {
  return {
    lang: await page.getAttribute('html', 'lang'),
    heading: await page.locator('section.home:visible h2').first().innerText(),
    model: await page.locator('section.home:visible .model-card h3').first().innerText(),
    nav: await page.locator('.app-header nav a:visible').allInnerTexts(),
  };
}

test('a French browser gets French: first screen, model texts, pages, and plurals', async () => {
  await visit('#/', async ({ page }) => {
    const home = await firstScreen(page);
    assert.equal(home.lang, 'fr');
    assert.equal(home.heading, 'Modèles');
    assert.equal(home.model, 'Modèle de maturité de la livraison continue');
    assert.deepEqual(home.nav, ['Modèles', 'Évaluations', 'Atelier', 'Recherche', 'Aide']);
    assert.equal(await page.locator('.model-card[data-model="cmmi"] .status:visible').innerText(), 'Pas encore évalué');

    await page.evaluate(() => { location.hash = '#/model/cd-maturity/practice/co-prioritized-work'; });
    await page.waitForSelector('.practice-detail .long-text');
    assert.equal(await page.innerText('#practice-title'), 'Travail priorisé');
    assert.match(await page.innerText('.practice-detail .description'), /On sait que c'est en place quand/);
    assert.equal(await page.innerText('.practice-detail .fact-category'), 'Culture et organisation');
    assert.match(await page.innerText('.model-page .page-header .meta'), /^78 pratiques réparties en 5 catégories et 5 niveaux/);

    await page.evaluate(() => { location.hash = '#/model/cmmi/about'; });
    await page.waitForSelector('.about-page .long-text');
    assert.match(await page.innerText('.about-page h1'), /^À propos : Niveaux de maturité CMMI$/);

    await page.evaluate(() => { location.hash = '#/search'; });
    await page.fill('#search-input', 'priorisé');
    await page.waitForFunction(() => /trouvée/.test(document.querySelector('.search-count')?.textContent ?? ''));
    assert.match(await page.innerText('.search-count'), /^(1 pratique trouvée\.|\d+ pratiques trouvées\.)$/);

    // Numbers as French writes them: "15 %" (a no-break space before the sign).
    await page.evaluate(() => { location.hash = '#/assess/cd-maturity'; });
    await page.waitForSelector('fieldset[data-practice="co-prioritized-work"]');
    for (const id of ['co-prioritized-work', 'co-defined-documented-process', 'co-frequent-commits']) {
      await page.locator(`fieldset[data-practice="${id}"] input[value="fully"]`).check();
    }
    await page.getByRole('radio', { name: 'Part en place' }).check();
    const shares = await page.$$eval('.results .radar-table tbody td:first-of-type', (tds) => tds.map((t) => t.textContent));
    assert.equal(shares[0], '15\u00a0%', 'Culture et organisation: 3 of 20');
  }, FRENCH);
});

test('the French first screen paints before any wasm has arrived', async () => {
  await visit('#/', async ({ context, url }) => {
    const fresh = await context.newPage();
    const held = [];
    await fresh.route('**/rungs_bg.wasm', (route) => held.push(route));
    await fresh.goto(url);
    await fresh.waitForSelector('section.home[data-lang="fr"] .model-card');
    assert.equal(await fresh.locator('html.started').count(), 0, 'the app has not started');
    assert.equal(await fresh.locator('section.home:visible h2').first().innerText(), 'Modèles');
    assert.equal(await fresh.locator('section.home[data-lang="en"]').isVisible(), false);
    for (const route of held) await route.continue();
    await waitForApp(fresh);
    await fresh.close();
  }, FRENCH);
});

test('the header switches to English and back, and the choice survives a reload', async () => {
  await visit('#/', async ({ page }) => {
    assert.equal((await firstScreen(page)).lang, 'fr');
    assert.equal(await page.innerText('.language-switch button:visible'), 'English');
    await page.click('.language-switch button:visible');
    await waitForApp(page);
    let home = await firstScreen(page);
    assert.equal(home.lang, 'en');
    assert.equal(home.model, 'Continuous Delivery Maturity Model');
    assert.equal(await page.innerText('.language-switch button:visible'), 'Français');
    await page.reload();
    await waitForApp(page);
    assert.equal((await firstScreen(page)).lang, 'en', 'English is remembered');
    await page.evaluate(() => { location.hash = '#/model/cd-maturity/practice/co-prioritized-work'; });
    await page.waitForSelector('.practice-detail .long-text');
    assert.match(await page.innerText('.practice-detail .description'), /You can tell it is in place when/);

    await page.click('.language-switch button:visible');
    await waitForApp(page);
    await page.waitForSelector('.practice-detail .long-text');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.match(await page.innerText('.practice-detail .description'), /On sait que c'est en place quand/);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr', 'French is remembered');
  }, FRENCH);
});

test('links carry no language: a French share link opens in English for an English reader', async () => {
  let link;
  await visit('#/assess/cd-maturity', async ({ page }) => {
    await page.waitForSelector('fieldset.practice-rating');
    await page.locator('fieldset[data-practice="co-prioritized-work"] input[value="fully"]').check();
    link = await page.inputValue('.share-panel .assessment-link');
  }, FRENCH);
  assert.doesNotMatch(link, /lang=|\/fr\//, 'the link names no language');
  await visit('#/', async ({ page }) => {
    await page.goto(link);
    await waitForApp(page);
    await page.waitForSelector('fieldset.practice-rating');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('fieldset[data-practice="co-prioritized-work"] input[value="fully"]').isChecked(), true);
    assert.match(await page.innerText('main'), /Continuous Delivery Maturity Model/);
  }, ENGLISH);
});
