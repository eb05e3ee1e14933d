// Measures start-up of the release build in headless Chromium with the CPU throttled 4x and a
// cold cache: time from navigation to the first question being interactive, and from the first
// answer to the second question (which needs the rest of the content, fetched meanwhile).
// Prints a Markdown table of the median over runs. Usage: node scripts/bench-startup.mjs [runs]
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const runs = Number(process.argv[2] ?? 7);
const server = await startServer('dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const rows = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const t0 = Date.now();
  await page.goto(server.url);
  await page.getByTestId('answer-yes').waitFor();
  const intro = Date.now() - t0;
  const t1 = Date.now();
  await page.getByTestId('answer-yes').click();
  await page.locator('[data-question-id="scope.role"]').waitFor();
  const question = Date.now() - t1;
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
  });
  rows.push({ intro, question, total: intro + question, ...nav });
  await context.close();
}
await browser.close();
await server.close();
const median = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(`| measure (CPU throttled 4x, cold cache, median of ${runs}) | ms |`);
console.log('|---|---:|');
console.log(`| navigation to the first question interactive | ${median('intro')} |`);
console.log(`| first answer to the second question shown | ${median('question')} |`);
console.log(`| DOMContentLoaded | ${Math.round(median('dcl'))} |`);
