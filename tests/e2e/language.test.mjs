// End to end: the page's language. A first visit follows the browser's preferred languages, the
// switch changes the language mid-assessment without losing an answer, the choice is remembered,
// only the chosen language's translation is fetched, every screen holds none of the page's English
// words, and every language is clean for axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, start, answer, answerAll, axe, foreignOrigins, openWithSaved } from './harness.mjs';

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

// The page's own words in English (questions/51-shell.json), as the pieces between placeholders
// that are long enough to be unmistakable; a piece the translation keeps as it is (a format name)
// is left out.
const shell = JSON.parse(readFileSync(new URL('../../questions/51-shell.json', import.meta.url), 'utf8')).messages;
function englishPieces(translation) {
  const pieces = new Set();
  for (const [key, english] of Object.entries(shell)) {
    const own = translation[`message/${key}`]?.text ?? '';
    for (const piece of english.split(/\{[a-z_]+\}/)) {
      const p = piece.trim().replace(/^[,.:;\u2014 ]+|[,.:;\u2014 ]+$/g, '');
      if (p.length >= 12 && p.includes(' ') && !own.includes(p)) pieces.add(p);
    }
  }
  return [...pieces];
}

/** The English pieces on the page once it has settled in its language (waits up to 5 s). */
async function englishOnScreen(page, pieces) {
  const found = () => page.evaluate((list) => list.filter((p) => document.body.innerText.includes(p)), pieces);
  await page.waitForFunction((list) => !list.some((p) => document.body.innerText.includes(p)), pieces, { timeout: 5000 })
    .catch(() => {});
  return found();
}

const PREFIX = 'aiact-check.v1.assessment.';
const CONTENT_DATE = readFileSync(new URL('../../questions/00-catalog.json', import.meta.url), 'utf8').match(/"content_date":\s*"([^"]+)"/)[1];
const saved = (name, file, extra = {}) => JSON.stringify({
  schema: 2, content_date: CONTENT_DATE, created: '2026-11-01T09:00:00Z', updated: '2026-11-20T10:00:00Z', name,
  answers: JSON.parse(readFileSync(new URL(`../../core/tests/scenarios/${file}.json`, import.meta.url), 'utf8')).answers, ...extra,
});

for (const [lang, locale, translation] of [['de', 'de-DE', de], ['fr', 'fr-FR', fr]]) {
  test(`every screen in ${lang} holds none of the page's English words`, async () => {
    const pieces = englishPieces(translation);
    assert.ok(pieces.length > 100, `${pieces.length} pieces to look for`);
    const { page, context, errors } = await h.page({ locale });
    await openWithSaved(page, h.url, [
      [PREFIX + 'cv', saved('CV screening', 'employment-recruitment-deployer', { plan: { 'deployer.ai_literacy': { status: 'done' } } })],
      [PREFIX + 'chat', saved('Chat assistant', 'chatbot-provider')],
      ['aiact-check.v1.current', 'cv'],
    ]);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    const screens = {};
    await page.getByTestId('continue-assessment').waitFor();
    screens.intro = await englishOnScreen(page, pieces);
    await page.getByTestId('continue-assessment').click();
    await page.getByTestId('tier').waitFor();
    await page.getByTestId('obligations').waitFor();
    screens.result = await englishOnScreen(page, pieces);
    await page.getByTestId('review').click();
    await page.getByTestId('review-item').first().waitFor();
    screens.review = await englishOnScreen(page, pieces);
    await page.getByTestId('to-result').click();
    await page.getByTestId('open-plan').click();
    await page.getByTestId('plan-item').first().waitFor();
    screens.plan = await englishOnScreen(page, pieces);
    await page.getByTestId('plan-to-result').click();
    await page.getByTestId('open-head-start').click();
    await page.getByTestId('iso-status').waitFor();
    screens.headStart = await englishOnScreen(page, pieces);
    await page.goto(h.url);
    await page.getByTestId('open-register').click();
    await page.getByTestId('register-table').waitFor();
    screens.register = await englishOnScreen(page, pieces);
    for (const [screen, found] of Object.entries(screens)) {
      assert.deepEqual(found, [], `English on the ${screen} screen in ${lang}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
