// End to end, the basics: the release build loads cleanly, keeps every request on its own
// origin, works by keyboard and under a sub-path, resumes after a reload, and passes axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, foreignOrigins, tabTo, axe, start, answer } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

test('loads without console errors and makes no request to another origin', async () => {
  const { page, context, requests, errors } = await h.page();
  await page.goto(h.url);
  await page.getByTestId('intro').waitFor();
  assert.match(await page.getByTestId('baseline').textContent(), /2026\/1744/);
  assert.match(await page.getByTestId('question-text').textContent(), /work out by itself/);
  // Walk the "not sure" helper path, so that every kind of screen has been loaded.
  await answer(page, 'unsure');
  await answer(page, 'machine_learning');
  await answer(page, 'yes');
  await answer(page, 'yes');
  assert.deepEqual(errors, []);
  assert.ok(requests.length >= 3, 'the page, the glue and the module were requested');
  assert.deepEqual(foreignOrigins(requests, h.url), []);
  await context.close();
});

test('a question can be answered with the keyboard alone and the conclusion appears', async () => {
  const { page, context, errors } = await h.page();
  await page.goto(h.url);
  await page.getByTestId('intro').waitFor();
  await tabTo(page, 'answer-unsure');
  await page.keyboard.press('Enter');
  // Focus moves to the next question's heading.
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'question-text');
  assert.match(await page.getByTestId('question-text').textContent(), /Which description fits/);
  await tabTo(page, 'answer-human_rules');
  await page.keyboard.press('Enter');
  await page.getByTestId('result').waitFor();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  assert.match(await page.getByTestId('conclusion').textContent(), /Not an AI system/);
  assert.match(await page.getByTestId('result').textContent(), /Art 3\(1\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('answers are saved at once and a reload resumes', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'unsure');
  await page.reload();
  await page.getByTestId('continue-assessment').click();
  await page.getByTestId('question-text').filter({ hasText: 'Which description fits' }).waitFor();
  await context.close();
});

test('works when served under a sub-path', async () => {
  const sub = await launch({ prefix: '/tools/ai-act/' });
  try {
    const { page, requests, errors } = await sub.page();
    await start(page, sub.url);
    await page.getByTestId('answer-no').click();
    await page.getByTestId('result').waitFor();
    assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
    assert.deepEqual(errors, []);
    for (const r of requests) assert.ok(new URL(r).pathname.startsWith('/tools/ai-act/'), r);
  } finally {
    await sub.close();
  }
});

test('axe-core finds no violations on intro, question, review and result', async () => {
  const { page, context } = await h.page({ bypassCSP: true });
  await page.goto(h.url);
  await page.getByTestId('intro').waitFor();
  await page.getByTestId('help').locator('summary').click();
  assert.deepEqual(await axe(page), [], 'intro with the first question');
  await answer(page, 'unsure');
  await page.getByTestId('to-review').click();
  await page.getByTestId('review').waitFor();
  assert.deepEqual(await axe(page), [], 'review');
  await page.getByTestId('to-result').click();
  await page.getByTestId('result').waitFor();
  assert.deepEqual(await axe(page), [], 'result');
  await page.getByTestId('home').click();
  await page.getByTestId('continue-assessment').waitFor();
  await page.getByTestId('method').locator('summary').click();
  assert.match(await page.getByTestId('method').textContent(), /Prohibited practice.*Art 5/s, 'the decision logic is public');
  assert.deepEqual(await axe(page), [], 'intro for a returning visitor, with the saved assessments and the method');
  await page.getByTestId('continue-assessment').click();
  await page.getByTestId('question-text').waitFor();
  assert.deepEqual(await axe(page), [], 'a later question');
  await context.close();
});

test('every screen reflows at 320 px without sideways scrolling', async () => {
  const { page, context } = await h.page({ viewport: { width: 320, height: 640 } });
  const wide = () => page.evaluate(() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth);
  await start(page, h.url);
  assert.equal(await wide(), false, 'intro');
  await answer(page, 'unsure');
  await page.getByTestId('question').waitFor();
  assert.equal(await wide(), false, 'question');
  await page.getByTestId('to-review').click();
  await page.getByTestId('review').waitFor();
  assert.equal(await wide(), false, 'review');
  await page.getByTestId('to-result').click();
  await page.getByTestId('result').waitFor();
  assert.equal(await wide(), false, 'result');
  await context.close();
});
