// End to end: whole paths through the questionnaire, driven by golden scenario files, for a
// prohibited, a high-risk, a transparency and a minimal-risk system; going back and changing an
// early answer; and a whole path by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, start, answerAll, tabTo, answer } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

const scenario = (name) => JSON.parse(readFileSync(new URL(`../../core/tests/scenarios/${name}.json`, import.meta.url), 'utf8'));

async function runScenario(name) {
  const s = scenario(name);
  const { page, context, errors } = await h.page();
  await start(page, h.url);
  const clicks = await answerAll(page, s.answers);
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), s.expect.tier, `${name}: tier`);
  if (s.expect.obligations) {
    const shown = await page.getByTestId('obligation').evaluateAll((els) => els.map((e) => e.dataset.obligationId).sort());
    assert.deepEqual(shown, [...s.expect.obligations].sort(), `${name}: obligations shown`);
  }
  if (s.expect.roles) {
    const roles = await page.locator('[data-testid=roles] [data-role-id]').evaluateAll((els) => els.map((e) => e.dataset.roleId).sort());
    assert.deepEqual(roles, [...s.expect.roles].sort(), `${name}: roles shown`);
  }
  assert.deepEqual(errors, []);
  return { page, context, clicks, s };
}

for (const name of ['prohibited-social-scoring', 'employment-recruitment-deployer', 'chatbot-provider', 'minimal-provider-spam-filter']) {
  test(`complete path: ${name}`, async () => {
    const { context } = await runScenario(name);
    await context.close();
  });
}

test('an ordinary minimal-risk system reaches its verdict with one click per question asked', async () => {
  const { page, context, clicks, s } = await runScenario('minimal-provider-spam-filter');
  // Eleven questions, one of them a checklist ticked once and confirmed: no screen needs more.
  const asked = Object.keys(s.answers).length;
  assert.ok(clicks <= asked + 1, `took ${clicks} clicks for ${asked} questions`);
  assert.match(await page.getByTestId('result').textContent(), /AI literacy/i);
  await context.close();
});

test('going back and changing an early answer changes the result and hides what no longer applies', async () => {
  const { page, context } = await runScenario('chatbot-provider');
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'transparency');
  await page.getByTestId('review').click();
  const before = await page.getByTestId('review-item').count();
  // Change the very first answer: the system does not infer, so it is not an AI system.
  await page.locator('[data-testid=review-item][data-question-id="ai_system.infers"] [data-testid=edit]').click();
  await answer(page, 'no');
  await page.getByTestId('review').waitFor();
  const after = await page.getByTestId('review-item').count();
  assert.equal(after, 1, `only the first question still applies (was ${before})`);
  await page.getByTestId('to-result').click();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  assert.equal(await page.getByTestId('obligation').count(), 0, 'no duty is left over from the earlier answers');
  assert.equal(await page.getByTestId('announcer').textContent(), 'Result: Not an AI system', 'the change is announced');
  // Changing it back restores the earlier answers and result: nothing was thrown away.
  await page.getByTestId('review').click();
  await page.locator('[data-testid=review-item][data-question-id="ai_system.infers"] [data-testid=edit]').click();
  await answer(page, 'yes');
  await page.getByTestId('review').waitFor();
  assert.equal(await page.getByTestId('review-item').count(), before);
  await page.getByTestId('to-result').click();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'transparency');
  await context.close();
});

test('a whole path by keyboard alone', async () => {
  const s = scenario('minimal-provider-spam-filter');
  const { page, context } = await h.page();
  await start(page, h.url);
  for (let i = 0; i < 20; i++) {
    if (await page.getByTestId('result').isVisible()) break;
    const q = await page.getByTestId('question').getAttribute('data-question-id');
    const v = s.answers[q];
    const values = Array.isArray(v) ? v : [v];
    if (values.length === 1 && await page.getByTestId(`answer-${values[0]}`).count()) {
      await tabTo(page, `answer-${values[0]}`);
      await page.keyboard.press('Enter');
    } else {
      for (const o of values) {
        await tabTo(page, `option-${o}`);
        await page.keyboard.press('Space');
      }
      await tabTo(page, 'continue');
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction((prev) => document.querySelector('[data-testid=question]')?.dataset.questionId !== prev, q);
  }
  await page.getByTestId('result').waitFor();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'minimal');
  await context.close();
});
