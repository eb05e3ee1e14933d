// End to end: what changing an answer from the review did to the result, "Back" after "Change",
// unfinished assessments listed as in progress, the name asked at the start and carried into the
// reports, and "All assessments" from every screen. Paths come from the golden scenario files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, start, answerAll, answer } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

const scenario = (name) => JSON.parse(readFileSync(new URL(`../../core/tests/scenarios/${name}.json`, import.meta.url), 'utf8'));
const edit = (page, id) => page.locator(`[data-testid=review-item][data-question-id="${id}"] [data-testid=edit]`).click();

test('after a change from the review the page and the live region say how the result changed', async () => {
  const s = scenario('chatbot-provider');
  const { page, context, errors } = await h.page();
  await start(page, h.url);
  await answerAll(page, s.answers);
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'transparency');
  await page.getByTestId('review').click();
  await page.getByTestId('review').waitFor();

  // "Back" after "Change" returns to the review, not to the question before.
  await edit(page, 'scope.role');
  await page.locator('[data-testid=question][data-question-id="scope.role"]').waitFor();
  await page.getByTestId('back').click();
  await page.getByTestId('review').waitFor();
  assert.equal(await page.getByTestId('result-change').count(), 0, 'nothing changed, nothing to say');

  await edit(page, 'ai_system.infers');
  await answer(page, 'no');
  await page.getByTestId('review').waitFor();
  const note = await page.getByTestId('result-change').textContent();
  assert.match(note, /Result changed: Transparency duties \u2192 Not an AI system\./);
  assert.match(await page.getByTestId('announcer').textContent(), /Result changed: Transparency duties \u2192 Not an AI system\./);
  await page.getByTestId('change-to-result').click();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  assert.deepEqual(errors, []);
  await context.close();
});

test('unfinished assessments are listed as in progress, and Continue names the one it opens', async () => {
  const s = scenario('employment-recruitment-deployer');
  const { page, context } = await h.page();
  await start(page, h.url);
  await page.getByTestId('system-name').fill('CV ranking');
  // Four answers, then leave.
  for (let i = 0; i < 4; i++) {
    const id = await page.getByTestId('question').getAttribute('data-question-id');
    const v = s.answers[id];
    if (Array.isArray(v) && !(v.length === 1 && await page.getByTestId(`answer-${v[0]}`).count())) {
      for (const o of v) await page.getByTestId(`option-${o}`).check();
      await page.getByTestId('continue').click();
      await page.waitForFunction((prev) => document.querySelector('[data-testid=question]')?.dataset.questionId !== prev, id);
    } else {
      await answer(page, Array.isArray(v) ? v[0] : v);
    }
  }
  await page.getByTestId('nav-assessments').click();
  const entry = page.getByTestId('library-entry').filter({ hasText: 'CV ranking' });
  await entry.filter({ hasText: /in progress \(4 of \d+\)/ }).waitFor();
  const text = await entry.textContent();
  assert.doesNotMatch(text, /High-risk|Minimal risk|Not an AI system|Transparency/, 'no tier as if final');
  assert.equal(await page.getByTestId('continue-assessment').textContent(), 'Continue \u201cCV ranking\u201d');
  await context.close();
});

test('the name asked with the first question names the result and the reports', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await page.getByTestId('system-name').fill('Invoice router');
  await answer(page, 'no');
  await page.getByTestId('result').waitFor();
  assert.equal(await page.locator('.system-name').textContent(), 'Invoice router');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()]);
  assert.match(download.suggestedFilename(), /^ai-act-check_invoice-router_report_/);
  await context.close();
});

test('"All assessments" is reachable from every screen', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  assert.equal(await page.getByTestId('nav-assessments').count(), 0, 'the intro is that list');
  await answer(page, 'unsure');
  const review = async () => { await page.getByTestId('to-review').click(); await page.getByTestId('review').waitFor(); };
  for (const reach of [
    async () => page.getByTestId('question').waitFor(),
    review,
    async () => { await review(); await page.getByTestId('to-result').click(); await page.getByTestId('result').waitFor(); },
  ]) {
    await reach();
    await page.getByTestId('nav-assessments').click();
    await page.getByTestId('library-entry').first().waitFor();
    await page.getByTestId('continue-assessment').click();
  }
  await context.close();
});
