// Shared set-up of an end-to-end test file: one browser and one static server of the release
// build for the whole file, and `open` to load a URL fragment in a fresh profile.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './static-server.mjs';
import { launch, openWatched, waitForApp } from './browser.mjs';

/** Registers the file's before/after hooks; returns { open, visit, browser(), server() }. */
export function releaseBuildSuite() {
  let browser;
  let server;
  before(async () => {
    browser = await launch();
    server = await serveStatic(process.env.RUNGS_DIST, '/');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  /** Opens `fragment` in a fresh profile; returns the watched page. */
  async function open(fragment, options) {
    const watched = await openWatched(browser, options);
    await watched.page.goto(server.url + fragment);
    await waitForApp(watched.page);
    return watched;
  }
  return {
    browser: () => browser,
    server: () => server,
    open,
    /**
     * Opens `fragment` in a fresh profile (with `options` as for `openWatched`), runs
     * `body({ page, context, requests, problems, url })`, then requires that the session had no
     * page error, console error or failed request, and closes the profile in any case.
     */
    async visit(fragment, body, options) {
      const { context, page, problems, requests } = await open(fragment, options);
      try {
        await body({ page, context, requests, problems, url: server.url });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    },
  };
}
