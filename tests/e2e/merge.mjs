import fs from 'node:fs';
import { launch } from './support/browser.mjs';
import { serveStatic } from './support/static-server.mjs';
const server = await serveStatic('/work/main/dist', '/', { compress: true });
const browser = await launch();
const fragments = fs.readFileSync('/tmp/links50.txt', 'utf8').split('\n').filter(Boolean);
for (let run = 0; run < 5; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + '#/board');
  await page.fill('.workshop-name-input', 'B');
  await page.$$eval('input[name="workshop-model"]', (xs) => xs.forEach((x) => { if (!x.checked) x.click(); }));
  await page.click('button.create-workshop');
  await page.fill('.paste-links', fragments.map((f) => server.url + f).join('\n'));
  const t = await page.evaluate(async () => {
    const drained = () => new Promise((resolve) => { let n = 0; const step = () => (++n < 200 ? queueMicrotask(step) : resolve()); queueMicrotask(step); });
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(0); }));
    const t0 = performance.now();
    document.querySelector('button.add-links').click();
    await drained();
    const t1 = performance.now();
    await painted();
    return [t1 - t0, performance.now() - t0, document.querySelectorAll('li.participant').length];
  });
  console.log(t.map((x) => Math.round(x)));
  await context.close();
}
await browser.close(); await server.close();
