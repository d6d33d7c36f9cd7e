// Shared set-up of an end-to-end test file: one browser and one static server of the release
// build for the whole file, and `open` to load a URL fragment in a fresh profile.
import { before, after } from 'node:test';
import { serveStatic } from './static-server.mjs';
import { launch, openWatched } from './browser.mjs';

/** Registers the file's before/after hooks; returns { open, browser(), server() }. */
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
  return {
    browser: () => browser,
    server: () => server,
    /** Opens `fragment` in a fresh profile; returns the watched page. */
    async open(fragment, options) {
      const watched = await openWatched(browser, options);
      await watched.page.goto(server.url + fragment);
      await watched.page.waitForSelector('main > *');
      return watched;
    },
  };
}
