// Launches Debian's headless Chromium through playwright-core and watches a page for trouble:
// every page error, console error and failed or non-OK request is recorded, so a test can assert
// that a session had none.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens a page in a fresh context (a fresh profile: no storage) and records its problems and
 * every request. `initScript` runs before the app in every page of the context; the other
 * options are Playwright's context options (viewport, permissions, ...).
 */
export async function openWatched(browser, { initScript, ...contextOptions } = {}) {
  const context = await browser.newContext(contextOptions);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // The browser cancels requests still in flight when the page reloads or navigates (the icon,
    // typically): that is not a failure. A missing file shows up as an HTTP error below.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems, requests };
}

/** Waits until the app has taken over the page served as HTML (`<html class="started">`). */
export async function waitForApp(page) {
  await page.waitForSelector('html.started', { state: 'attached', timeout: 30000 });
}
