// End to end: the page's language. A first visit follows the browser's preferred languages, the
// switch changes the language mid-assessment without losing an answer, the choice is remembered,
// only the chosen language's translation is fetched, and every language is clean for axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, start, answer, answerAll, axe, foreignOrigins } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

const texts = (lang) => JSON.parse(readFileSync(new URL(`../../questions/i18n/${lang}.json`, import.meta.url), 'utf8')).texts;
const de = texts('de');
const fr = texts('fr');
const scenario = JSON.parse(readFileSync(new URL('../../core/tests/scenarios/minimal-provider-spam-filter.json', import.meta.url), 'utf8'));
const translationsFetched = (requests) => requests.filter((r) => /\/i18n-[a-z]{2}-/.test(r)).map((r) => r.match(/i18n-([a-z]{2})-/)[1]);

test('a first visit follows the browser language and fetches only that translation', async () => {
  const { page, context, requests, errors } = await h.page({ locale: 'de-DE' });
  await start(page, h.url);
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  await page.getByTestId('question-text').filter({ hasText: de['question/ai_system.infers/text'].text }).waitFor();
  assert.equal(await page.getByTestId('language').inputValue(), 'de');
  assert.deepEqual(translationsFetched(requests), ['de'], 'the German translation only');
  assert.deepEqual(foreignOrigins(requests, h.url), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching language mid-assessment keeps every answer, is remembered, and reads in that language', async () => {
  const { page, context, requests, errors } = await h.page({ locale: 'en-GB', bypassCSP: true });
  await start(page, h.url);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(translationsFetched(requests), [], 'an English visit fetches no translation');
  await answer(page, 'yes');
  await page.getByTestId('question').waitFor();
  const second = await page.getByTestId('question').getAttribute('data-question-id');

  await page.getByTestId('language').selectOption('fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.getByTestId('question-text').filter({ hasText: fr[`question/${second}/text`].text }).waitFor();
  assert.equal(await page.getByTestId('question').getAttribute('data-question-id'), second, 'the same question, now in French');
  assert.deepEqual(await axe(page), [], 'axe-core in French');
  // The page's own words follow too: the switch, the buttons under the question, the header.
  assert.equal((await page.locator('label[for=language]').textContent()).trim(), 'Langue');
  assert.equal((await page.getByTestId('back').textContent()).trim(), 'Retour');

  // The rest of the path in French, then the result in French.
  const { 'ai_system.infers': _first, ...rest } = scenario.answers;
  await answerAll(page, rest);
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'minimal');
  assert.equal(await page.getByTestId('conclusion').textContent(), fr['rule/tier.minimal/title'].text);
  assert.deepEqual(await axe(page), [], 'axe-core on the French result');

  // Remembered: a reload opens in French with every answer kept.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.getByTestId('continue-assessment').click();
  await page.getByTestId('tier').waitFor();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'minimal');
  await page.getByTestId('conclusion').filter({ hasText: fr['rule/tier.minimal/title'].text }).waitFor();

  // Then German: the same result in German, and a report that says which language it is in.
  await page.getByTestId('language').selectOption('de');
  await page.getByTestId('conclusion').filter({ hasText: de['rule/tier.minimal/title'].text }).waitFor();
  assert.deepEqual(await axe(page), [], 'axe-core on the German result');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()]);
  const md = readFileSync(await download.path(), 'utf8');
  assert.match(md, /Deutsch|deutsche/i, 'the report names its language version');
  assert.ok(md.includes(de['rule/tier.minimal/title'].text), 'the report is in German');

  assert.deepEqual([...new Set(translationsFetched(requests))].sort(), ['de', 'fr']);
  assert.deepEqual(foreignOrigins(requests, h.url), []);
  assert.deepEqual(errors, []);
  await context.close();
});
