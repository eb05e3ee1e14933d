// End to end: the release build shows the first question from the content embedded in the
// module and loads the rest of the questionnaire alongside; a slow or failed load never loses
// the answer given meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

test('the first question shows before the rest of the content arrives', async () => {
  const { page, context, errors } = await h.page();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/content-*.bin', async (route) => { await held; await route.continue(); });
  await page.goto(h.url);
  await page.getByTestId('question-text').waitFor();
  await page.getByTestId('answer-yes').click();
  await page.getByTestId('loading').waitFor();
  release();
  await page.locator('[data-question-id="scope.role"]').waitFor();
  assert.equal(await page.getByTestId('question').getAttribute('data-question-id'), 'scope.role');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a failed load keeps the answer and can be retried', async () => {
  const { page, context } = await h.page();
  let fail = true;
  await page.route('**/content-*.bin', (route) => (fail ? route.abort() : route.continue()));
  await page.goto(h.url);
  await page.getByTestId('question-text').waitFor();
  await page.getByTestId('notice').filter({ hasText: /could not be loaded/ }).waitFor();
  await page.getByTestId('answer-yes').click();
  await page.getByTestId('loading').waitFor();
  const saved = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('aiact-check.v1.assessment.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).answers['ai_system.infers']));
  assert.deepEqual(saved, ['yes'], 'the answer is saved although the rest is missing');
  // Even with the notice dismissed, the waiting screen itself offers the retry.
  await page.getByTestId('notice').filter({ hasText: /could not be loaded/ }).getByTestId('dismiss').click();
  await page.getByTestId('loading').getByTestId('retry-content').waitFor();
  fail = false;
  await page.getByTestId('loading').getByTestId('retry-content').click();
  await page.locator('[data-question-id="scope.role"]').waitFor();
  await context.close();
});
