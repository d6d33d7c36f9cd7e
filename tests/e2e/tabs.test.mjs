// One save path, in the release build, with several tabs and windows of one browser profile
// (shared storage): edits in two tabs all survive and show in the other tab live, a newer Rungs's
// document is never written over, the board and presenter mode agree side by side, a workshop's
// answers belong to the workshop joined, and an unreadable board that cannot be copied aside is
// never written over. Also the data-loss findings D1 and D2 of the hostile test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseBuildSuite } from './support/suite.mjs';
import { waitForApp } from './support/browser.mjs';
import { readModel } from './support/model-files.mjs';

const KEY = 'rungs.assessments';
const BOARD_KEY = 'rungs.workshop';
const CMMI = readModel('cmmi');
const CD = readModel('cd-maturity');
const RATINGS = ['not-yet', 'started', 'partly', 'largely', 'fully', 'not-applicable'];
// One browser and one server of the release build for the file; each test makes its own
// profile, with as many pages as it needs.
const { browser, server } = releaseBuildSuite();

/**
 * A fresh profile with `count` pages, each recording page errors and failed requests; `body`
 * gets the pages, then the profile closes. Console errors are not collected here: a page told
 * that storage is full may log it.
 */
async function profile(count, body) {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const pages = [];
  for (let i = 0; i < count; i++) {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page ${i}: ${error.message}`));
    pages.push(page);
  }
  try {
    await body(pages, context);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

async function goto(page, fragment) {
  await page.goto(server().url + fragment);
  await waitForApp(page);
}

const checked = (page, practice) =>
  page.$eval(`fieldset[data-practice="${practice}"]`, (f) => f.querySelector('input:checked')?.value ?? null);

test('100 edits alternating between two tabs all survive, each shown in the other tab live', async () => {
  await profile(2, async ([a, b]) => {
    for (const page of [a, b]) {
      await goto(page, '#/assess/cmmi');
      await page.waitForSelector('fieldset.practice-rating');
    }
    const expected = new Map();
    for (let i = 0; i < 100; i++) {
      const [page, other] = i % 2 === 0 ? [a, b] : [b, a];
      const practice = CMMI.practices[(i * 7) % CMMI.practices.length].id;
      // Never the rating the practice already has: every step is a real edit.
      const shown = await checked(page, practice);
      const choices = RATINGS.filter((r) => r !== shown);
      const rating = choices[i % choices.length];
      await page.check(`fieldset[data-practice="${practice}"] input[value="${rating}"]`);
      expected.set(practice, rating);
      await other.waitForSelector(`fieldset[data-practice="${practice}"] input[value="${rating}"]:checked`, {
        timeout: 5000,
      });
    }
    // Notes typed in both tabs at once, each on its own practice, and no blur before the reload.
    const [first, second] = [CMMI.practices[0].id, CMMI.practices[1].id];
    await a.click(`fieldset[data-practice="${first}"] details.practice-extra summary`);
    await b.click(`fieldset[data-practice="${second}"] details.practice-extra summary`);
    await a.type(`fieldset[data-practice="${first}"] textarea`, 'Typed in A');
    await b.type(`fieldset[data-practice="${second}"] textarea`, 'Typed in B');
    for (const page of [a, b]) {
      await page.reload();
      await page.waitForSelector('fieldset.practice-rating');
      for (const [practice, rating] of expected) {
        assert.equal(await checked(page, practice), rating, practice);
      }
    }
    const saved = JSON.parse(await a.evaluate((key) => localStorage.getItem(key), KEY));
    const answers = saved.assessments[saved.active].answers.cmmi;
    assert.equal(answers[first].note, 'Typed in A');
    assert.equal(answers[second].note, 'Typed in B');
  });
});

test("a newer Rungs's document written in one tab is never overwritten by the other", async () => {
  const newer = JSON.stringify({ rungs: 'store', schema: 3, active: 0, assessments: [{ id: 'x', forecasts: [1] }] });
  await profile(2, async ([a, b]) => {
    await goto(a, '#/assess/cmmi');
    await a.waitForSelector('fieldset.practice-rating');
    await a.check(`fieldset[data-practice="${CMMI.practices[0].id}"] input[value="fully"]`);
    await goto(b, '#/');
    // What a newer version of Rungs would write after an update, in the other tab.
    await b.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, newer]);
    await a.waitForSelector('.storage-banner[data-status="newer"]');
    for (let i = 1; i < 6; i++) {
      await a.check(`fieldset[data-practice="${CMMI.practices[i].id}"] input[value="largely"]`);
    }
    assert.equal(await b.evaluate((key) => localStorage.getItem(key), KEY), newer, 'byte for byte');
    const aside = JSON.parse(await b.evaluate((key) => localStorage.getItem(`${key}.from-an-older-rungs`), KEY));
    assert.equal(aside.assessments[aside.active].answers.cmmi[CMMI.practices[5].id].rating, 'largely');
    assert.equal(aside.assessments[aside.active].answers.cmmi[CMMI.practices[0].id].rating, 'fully');
  });
});

/** Three participants' result links for a CD board, made through the invitation. */
async function results(invite) {
  const links = [];
  for (const [p, name] of ['Ann', 'Bob', 'Cem'].entries()) {
    await profile(1, async ([page]) => {
      await page.goto(invite);
      await page.fill('.participant-name', name);
      await page.click('button.start-scoring');
      await page.waitForSelector('fieldset.practice-rating');
      await page.evaluate((p) => {
        const sets = [...document.querySelectorAll('fieldset.practice-rating')];
        sets.forEach((f, i) => f.querySelectorAll('input')[(i + p) % 5].click());
      }, p);
      links.push(await page.inputValue('.send-result .share-link input'));
    });
  }
  return links;
}

test('the board and presenter mode open side by side, agreeing in both, lose nothing', async () => {
  await profile(2, async ([board, presenter]) => {
    await goto(board, '#/board');
    await board.click('button.create-workshop');
    const links = await results(await board.inputValue('.invite-link'));
    await board.fill('.paste-links', links.join('\n'));
    await board.click('button.add-links');
    await board.waitForSelector('li.participant >> nth=2');
    await goto(presenter, '#/board/present');
    await presenter.waitForSelector('.slide');
    const agreedInPresenter = [];
    for (let i = 0; i < 3; i++) {
      agreedInPresenter.push(await presenter.getAttribute('.slide', 'data-practice'));
      await presenter.keyboard.press('Enter');
    }
    // Meanwhile on the board: a practice agreed in the consensus panel, and a rename.
    await board.click('.consensus .previous');
    await board.click('.consensus .previous');
    await board.click('.consensus .previous');
    for (let i = 0; i < 5; i++) await board.click('.consensus .agree-next');
    const agreedOnBoard = await board.getAttribute('.consensus-practice', 'data-practice');
    await board.check('.consensus-practice input[value="not-applicable"]');
    await board.fill('li.participant >> nth=1 >> input.participant-name', 'Robert');
    await board.press('li.participant >> nth=1 >> input.participant-name', 'Tab');
    await presenter.keyboard.press('Enter');
    for (const page of [board, presenter]) {
      await page.waitForTimeout(300);
      await page.reload();
      await waitForApp(page);
    }
    const saved = JSON.parse(await board.evaluate((key) => localStorage.getItem(key), BOARD_KEY));
    const agreed = saved.agreed.answers['cd-maturity'];
    for (const practice of agreedInPresenter) assert.ok(agreed[practice]?.rating, `${practice} agreed in presenter mode`);
    assert.equal(agreed[agreedOnBoard].rating, 'not-applicable');
    assert.equal(saved.participants[1].name, 'Robert');
    assert.equal(saved.participants.length, 3);
  });
});

test('two workshops of the same name, joined under the same name, keep separate answers', async () => {
  await profile(2, async ([facilitator, participant]) => {
    await goto(facilitator, '#/board');
    await facilitator.click('button.create-workshop');
    const first = await facilitator.inputValue('.invite-link');
    await facilitator.click('button.new-workshop');
    await facilitator.click('button.confirm-new-workshop');
    await facilitator.click('button.create-workshop');
    const second = await facilitator.inputValue('.invite-link');
    assert.notEqual(first, second, 'each workshop has an identity of its own');

    const join = async (invite) => {
      await participant.goto(invite);
      await waitForApp(participant);
      await participant.waitForSelector('.participant-name');
      if (await participant.isVisible('button.start-scoring')) {
        await participant.fill('.participant-name', 'Ann');
        await participant.click('button.start-scoring');
      }
      await participant.waitForSelector('fieldset.practice-rating');
    };
    const practice = CD.practices[0].id;
    await join(first);
    await participant.check(`fieldset[data-practice="${practice}"] input[value="fully"]`);
    await join(second);
    assert.equal(await checked(participant, practice), null, 'the second workshop starts afresh');
    await participant.check(`fieldset[data-practice="${practice}"] input[value="started"]`);
    await join(first);
    assert.equal(await checked(participant, practice), 'fully');
    await join(second);
    assert.equal(await checked(participant, practice), 'started');
  });
});

test('an unreadable board that cannot be copied aside is never written over', async () => {
  await profile(1, async ([page]) => {
    await goto(page, '#/');
    const damaged = `{"rungs":"workshop",${'x'.repeat(300_000)}`;
    // Fill storage until a 300 KB copy cannot be made but a small board still could be saved.
    const free = await page.evaluate(([key, text]) => {
      localStorage.setItem(key, text);
      let i = 0;
      const fill = (size) => {
        try {
          for (;;) localStorage.setItem(`junk.${size}.${i++}`, 'j'.repeat(size));
        } catch {
          return;
        }
      };
      fill(1_000_000);
      fill(100_000);
      try {
        localStorage.setItem('junk.probe', 'p'.repeat(5_000));
        localStorage.removeItem('junk.probe');
      } catch {
        const last = Object.keys(localStorage).find((k) => k.startsWith('junk.100000.'));
        localStorage.removeItem(last);
      }
      return true;
    }, [BOARD_KEY, damaged]);
    assert.ok(free);
    await page.reload();
    await goto(page, '#/board');
    const problem = page.locator('.board-page .storage-banner');
    await problem.waitFor();
    assert.match(await problem.textContent(), /could not copy it aside/);
    await page.click('button.create-workshop');
    await page.waitForSelector('.invite-link');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), BOARD_KEY), damaged);
  });
});

test('D2: with storage full at start-up the saved assessments still show, and saving resumes', async () => {
  await profile(1, async ([page]) => {
    await goto(page, '#/assess/cmmi');
    await page.waitForSelector('fieldset.practice-rating');
    await page.check(`fieldset[data-practice="${CMMI.practices[0].id}"] input[value="fully"]`);
    await page.evaluate(() => {
      let i = 0;
      for (const size of [1_000_000, 100_000, 1_000, 1]) {
        try {
          for (;;) localStorage.setItem(`junk.${size}.${i++}`, 'j'.repeat(size));
        } catch {
          // full at this size: go on with smaller ones
        }
      }
    });
    await page.reload();
    await page.waitForSelector('fieldset.practice-rating');
    assert.equal(await checked(page, CMMI.practices[0].id), 'fully', 'the saved assessment shows');
    await page.check(`fieldset[data-practice="${CMMI.practices[1].id}"] input[value="largely"]`);
    const banner = page.locator('.storage-banner[data-status="quota"]');
    await banner.waitFor();
    assert.match(await banner.textContent(), /kept in this tab/);
    // Room again: Try again saves what was kept.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('junk.')).forEach((k) => localStorage.removeItem(k)));
    await page.click('button.retry-save');
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await page.waitForSelector('fieldset.practice-rating');
    assert.equal(await checked(page, CMMI.practices[1].id), 'largely');
  });
});
