// Takes full-page screenshots of the release build at 375 px and 1280 px widths, for people to
// look at (they are not kept in the repository).
// Usage: node scripts/screenshots.mjs OUT_DIR [SCENARIO.json | answers...]
// It answers from a golden scenario file (answers keyed by question id), or with the given values
// in order (a value, or options joined by "+" for a checklist), shooting every screen.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { startServer } from './static-server.mjs';

const [out = '/tmp/aiact-shots', ...plan] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await startServer('dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(server.url);
  await page.getByTestId('intro').waitFor();
  await page.screenshot({ path: `${out}/${width}-00-intro.png`, fullPage: true });
  await page.getByTestId('question-text').waitFor();
  let n = 1;
  const steps = [...plan];
  if (steps.length === 1 && steps[0].endsWith('.json')) {
    const answers = JSON.parse(readFileSync(steps[0], 'utf8')).answers;
    for (let i = 0; i < 60 && !(await page.getByTestId('result').isVisible()); i++) {
      await page.screenshot({ path: `${out}/${width}-${String(n++).padStart(2, '0')}-question.png`, fullPage: true });
      const id = await page.getByTestId('question').getAttribute('data-question-id');
      const v = answers[id];
      const values = Array.isArray(v) ? v : [v];
      if (values.length === 1 && await page.getByTestId(`answer-${values[0]}`).count()) {
        await page.getByTestId(`answer-${values[0]}`).click();
      } else {
        for (const o of values) await page.getByTestId(`option-${o}`).check();
        await page.getByTestId('continue').click();
      }
      await page.waitForFunction((prev) => document.querySelector('[data-testid=question]')?.dataset.questionId !== prev, id);
    }
    steps.length = 0;
  }
  for (const step of steps) {
    await page.screenshot({ path: `${out}/${width}-${String(n++).padStart(2, '0')}-question.png`, fullPage: true });
    if (step.includes('+') || step.startsWith('[')) {
      for (const o of step.replace(/^\[|\]$/g, '').split('+').filter(Boolean)) await page.getByTestId(`option-${o}`).check();
      await page.getByTestId('continue').click();
    } else {
      await page.getByTestId(`answer-${step}`).click();
    }
  }
  await page.getByTestId('result').waitFor({ timeout: 5000 }).catch(() => {});
  await page.screenshot({ path: `${out}/${width}-99-last.png`, fullPage: true });
  await page.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
