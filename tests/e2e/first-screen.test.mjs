// End to end: the first screen is in the page itself (rendered at build time from the app's
// components), so it shows before the app runs; what the person does there before the app is
// ready is kept and applied; the app then takes the screen over without changing what is shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, DIST, answer } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

/** Holds the app's wasm module until `release()` is called, so that the page runs without the app. */
async function holdApp(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/app-*_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

test('the built page holds the intro, the first question, the privacy line, baseline and content date', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const part of [
    'data-testid="intro"', 'data-testid="question-text"', 'data-testid="answer-yes"',
    'nothing is sent anywhere', 'Regulation (EU) 2026/1744', 'Content of ', 'data-testid="baseline"',
  ]) assert.ok(html.includes(part), `index.html holds ${part}`);
  assert.ok(!/<script>/.test(html), 'no inline script');

  // Without JavaScript the question is there to read.
  const { page, context } = await h.page({ javaScriptEnabled: false });
  await page.goto(h.url);
  assert.ok(await page.getByTestId('question-text').isVisible());
  assert.match(await page.getByTestId('baseline').textContent(), /2026\/1744/);
  await context.close();
});

test('an answer and a name given before the app is ready are applied when it is', async () => {
  const { page, context, errors } = await h.page();
  const release = await holdApp(page);
  await page.goto(h.url);
  await page.getByTestId('question-text').waitFor();
  await page.getByTestId('system-name').fill('Early bird');
  await page.getByTestId('answer-no').click();
  // Not a dead button: the click shows at once.
  await page.getByTestId('early-note').waitFor();
  assert.equal(await page.getByTestId('answer-no').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#app.live').count(), 0, 'the app has not started yet');
  release();
  await page.getByTestId('result').waitFor();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  assert.equal(await page.locator('.system-name').textContent(), 'Early bird');
  const saved = await page.evaluate(() => {
    const id = localStorage.getItem('aiact-check.v1.current');
    return JSON.parse(localStorage.getItem('aiact-check.v1.assessment.' + id));
  });
  assert.equal(saved.answers['ai_system.infers'], 'no');
  assert.equal(saved.name, 'Early bird');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the app takes over the first screen without changing what is shown', async () => {
  const { page, context, errors } = await h.page();
  const release = await holdApp(page);
  // The rest of the content and the module loaded after the first screen add to the intro when
  // they arrive (the list of assessments, the register): held here, to compare like with like.
  let releaseContent;
  const content = new Promise((r) => { releaseContent = r; });
  await page.route('**/content-*.bin', async (route) => { await content; await route.continue(); });
  await page.route('**/split_later-*.wasm', async (route) => { await content; await route.continue(); });
  await page.goto(h.url);
  await page.getByTestId('question-text').waitFor();
  await page.getByTestId('help').locator('summary').click();
  await page.getByTestId('answer-unsure').focus();
  const shown = () => page.evaluate(() => ({
    text: document.querySelector('#app').innerText.replace(/\s+/g, ' ').trim(),
    box: JSON.stringify(document.querySelector('[data-testid=question-text]').getBoundingClientRect()),
  }));
  const before = await shown();
  release();
  await page.locator('#app.live').waitFor();
  const after = await shown();
  assert.equal(after.text, before.text, 'the same text');
  assert.equal(after.box, before.box, 'at the same place');
  assert.equal(await page.getByTestId('help').getAttribute('open'), '', 'opened help stays open');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'answer-unsure', 'focus stays');
  releaseContent();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a returning visitor is not offered a new first question while their assessment opens', async () => {
  const { page, context } = await h.page();
  await page.goto(h.url);
  await page.getByTestId('system-name').fill('Seeded system');
  await answer(page, 'unsure');
  const release = await holdApp(page);
  await page.reload();
  assert.equal(await page.getByTestId('question').isVisible(), false, 'the first question is not offered');
  release();
  const resume = page.getByTestId('continue-assessment');
  await resume.waitFor();
  assert.equal(await resume.textContent(), 'Continue \u201cSeeded system\u201d', 'Continue names the assessment');
  await resume.click();
  await page.getByTestId('question-text').waitFor();
  assert.equal(await page.getByTestId('question').getAttribute('data-question-id'), 'ai_system.technique');
  await context.close();
});
