// End to end: one pre-rendered page per language. A browser that prefers German opens the German
// page (from any address of the site) and the app takes it over in German before the whole
// translation is in; a remembered choice wins over the browser, with at most one step between
// pages; share links and answers given before the app runs survive, also when the start file
// fails; early.js and the app choose the language the same way; every page is clean for axe-core
// before the app runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, answer, axe, foreignOrigins } from './harness.mjs';

let h;
before(async () => { h = await launch({ prefix: '/tools/ai-act/' }); });
after(async () => { await h?.close(); });

const texts = (lang) => JSON.parse(readFileSync(new URL(`../../questions/i18n/${lang}.json`, import.meta.url), 'utf8')).texts;
const de = texts('de');
const fr = texts('fr');
const cases = JSON.parse(readFileSync(new URL('../language-cases.json', import.meta.url), 'utf8'));
const FIRST = 'ai_system.infers';

/** Holds the files matching `pattern` until the returned function is called. */
async function hold(page, pattern) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

/** The main frame's navigations (their addresses), as they happen. */
function navigations(page) {
  const list = [];
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) list.push(f.url()); });
  return list;
}

const path = (url) => new URL(url).pathname + new URL(url).search + new URL(url).hash;

test('a browser preferring German opens the German page and the app takes it over in German', async () => {
  const { page, context, requests, errors } = await h.page({ locale: 'de-DE' });
  const releaseApp = await hold(page, '**/app-*_bg.wasm');
  const releaseTranslation = await hold(page, '**/i18n-de-*.bin');
  // Whether anything of the English page was ever painted: its body is hidden while it moves on.
  await page.addInitScript(() => {
    const seen = (self.__painted = []);
    const look = () => {
      const q = document.querySelector('[data-testid=question-text]');
      if (q && getComputedStyle(document.body).visibility !== 'hidden') seen.push(document.documentElement.lang);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const visited = navigations(page);
  await page.goto(h.url);
  await page.waitForURL(/index\.de\.html$/);
  await page.getByTestId('question-text').waitFor();
  // The pre-rendered page itself is German: lang, question, the words around it.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await page.locator('#app.live').count(), 0, 'the app has not started');
  assert.equal(await page.getByTestId('question-text').textContent(), de[`question/${FIRST}/text`].text);
  assert.equal((await page.getByTestId('answer-yes').textContent()).trim(), 'Ja');
  assert.deepEqual(visited.map(path), ['/tools/ai-act/', '/tools/ai-act/index.de.html']);

  // The app takes over in German from the start file alone (the whole translation is held).
  releaseApp();
  await page.locator('#app.live').waitFor();
  assert.equal(await page.getByTestId('question-text').textContent(), de[`question/${FIRST}/text`].text);
  assert.equal((await page.getByTestId('answer-unsure').textContent()).trim(), 'Nicht sicher');
  assert.equal(await page.getByTestId('language').inputValue(), 'de');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  releaseTranslation();
  await answer(page, 'yes');
  const second = await page.getByTestId('question').getAttribute('data-question-id');
  assert.equal(await page.getByTestId('question-text').textContent(), de[`question/${second}/text`].text);
  assert.deepEqual([...new Set(await page.evaluate(() => self.__painted))], ['de'], 'only German was ever shown');
  assert.ok(requests.some((r) => /\/start-de-[0-9a-f]+\.bin$/.test(r)), 'the German start file');
  assert.ok(!requests.some((r) => /-fr-[0-9a-f]+\.bin$/.test(r)), 'nothing French');
  assert.deepEqual(foreignOrigins(requests, h.url), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a remembered English choice wins over a German browser, in one step and no loop', async () => {
  const { page, context, errors } = await h.page({ locale: 'de-DE' });
  await page.addInitScript(() => localStorage.setItem('aiact-check.v1.language', 'en'));
  const visited = navigations(page);
  await page.goto(h.url + 'index.de.html?from=mail');
  await page.waitForURL((u) => u.pathname === '/tools/ai-act/');
  await page.locator('#app.live').waitFor();
  await page.waitForTimeout(1500);
  assert.deepEqual(visited.map(path), ['/tools/ai-act/index.de.html?from=mail', '/tools/ai-act/?from=mail']);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.getByTestId('language').inputValue(), 'en');
  assert.equal((await page.getByTestId('answer-yes').textContent()).trim(), 'Yes');

  // The English address stays where it is.
  visited.length = 0;
  await page.reload();
  await page.locator('#app.live').waitFor();
  await page.waitForTimeout(1000);
  assert.deepEqual(visited.map(path), ['/tools/ai-act/?from=mail']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('choosing a language puts its page in the address bar, so that a reload stays in it', async () => {
  const { page, context, errors } = await h.page({ locale: 'en-GB' });
  await page.goto(h.url + '?q=1');
  await page.locator('#app.live').waitFor();
  await page.getByTestId('language').selectOption('fr');
  await page.waitForURL((u) => u.pathname.endsWith('/index.fr.html') && u.search === '?q=1');
  await page.getByTestId('question-text').filter({ hasText: fr[`question/${FIRST}/text`].text }).waitFor();
  await page.reload();
  await page.locator('#app.live').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.ok(page.url().endsWith('/index.fr.html?q=1'));
  await page.getByTestId('language').selectOption('en');
  await page.waitForURL((u) => u.pathname === '/tools/ai-act/' && u.search === '?q=1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link survives the step to the German page and opens there', async () => {
  const en = await h.page({ locale: 'en-GB' });
  await en.page.goto(h.url);
  await en.page.locator('#app.live').waitFor();
  await answer(en.page, 'no');
  await en.page.getByTestId('result').waitFor();
  await en.page.getByTestId('share-link').click();
  const link = await en.page.getByTestId('share-url').inputValue();
  const fragment = new URL(link).hash;
  assert.match(fragment, /^#share=/);
  await en.context.close();

  const { page, context, errors } = await h.page({ locale: 'de-DE' });
  const releaseApp = await hold(page, '**/app-*_bg.wasm');
  await page.goto(link);
  await page.waitForURL(/index\.de\.html#share=/);
  assert.equal(new URL(page.url()).hash, fragment, 'the fragment is kept whole');
  releaseApp();
  await page.getByTestId('share-import').waitFor();
  await page.getByTestId('share-accept').click();
  await page.getByTestId('result').waitFor();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer clicked on the pre-rendered German page is kept and applied', async () => {
  const { page, context, errors } = await h.page({ locale: 'de-DE' });
  const release = await hold(page, '**/app-*_bg.wasm');
  await page.goto(h.url);
  await page.waitForURL(/index\.de\.html$/);
  await page.getByTestId('question-text').waitFor();
  await page.getByTestId('system-name').fill('Frühaufsteher');
  await page.getByTestId('answer-no').click();
  await page.getByTestId('early-note').waitFor();
  assert.equal(await page.getByTestId('early-note').textContent(), de['message/shell.early.kept'].text, 'the note in German');
  assert.equal(await page.title(), de['message/shell.page.title'].text, 'the title in German');
  assert.equal(await page.getByTestId('answer-no').getAttribute('aria-pressed'), 'true');
  release();
  await page.getByTestId('result').waitFor();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  await page.getByTestId('conclusion').filter({ hasText: de['rule/tier.not_ai_system/title'].text }).waitFor();
  const saved = await page.evaluate(() => {
    const id = localStorage.getItem('aiact-check.v1.current');
    return JSON.parse(localStorage.getItem('aiact-check.v1.assessment.' + id));
  });
  assert.equal(saved.answers[FIRST], 'no');
  assert.equal(saved.name, 'Frühaufsteher');
  assert.deepEqual(errors, []);
  await context.close();
});

test('if the start file cannot be had, the German page opens in English, says so and keeps the answer', async () => {
  const { page, context } = await h.page({ locale: 'de-DE' });
  const release = await hold(page, '**/app-*_bg.wasm');
  await page.route('**/start-de-*.bin', (route) => route.abort());
  await page.goto(h.url);
  await page.waitForURL(/index\.de\.html$/);
  await page.getByTestId('answer-no').click();
  await page.getByTestId('early-note').waitFor();
  release();
  await page.getByTestId('notice').filter({ hasText: /Deutsch version of the page could not be loaded/ }).waitFor();
  await page.getByTestId('result').waitFor();
  assert.equal(await page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  // The whole translation still comes, and with it German.
  await page.getByTestId('conclusion').filter({ hasText: de['rule/tier.not_ai_system/title'].text }).waitFor();
  await context.close();
});

test('the German and French pre-rendered pages are clean for axe-core', async () => {
  for (const [lang, locale, tr] of [['de', 'de-DE', de], ['fr', 'fr-FR', fr]]) {
    const { page, context } = await h.page({ locale, bypassCSP: true });
    const release = await hold(page, '**/app-*_bg.wasm');
    await page.goto(h.url + `index.${lang}.html`);
    await page.getByTestId('question-text').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.getByTestId('question-text').textContent(), tr[`question/${FIRST}/text`].text);
    assert.equal(await page.locator('#app.live').count(), 0, 'the pre-rendered page');
    assert.deepEqual(await axe(page), [], `axe-core on the ${lang} page`);
    release();
    await context.close();
  }
});

test('early.js and the app choose the same language (tests/language-cases.json, as src/language.rs)', async () => {
  for (const c of cases) {
    const { page, context, errors } = await h.page();
    await page.addInitScript(({ remembered, preferred }) => {
      Object.defineProperty(navigator, 'languages', { get: () => preferred });
      if (remembered !== null && !sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('aiact-check.v1.language', remembered);
      }
    }, c);
    const label = JSON.stringify(c);
    for (const start of ['', 'index.de.html', 'index.fr.html']) {
      await page.goto(h.url + start);
      const page_ = c.expected === 'en' ? '/tools/ai-act/' : `/tools/ai-act/index.${c.expected}.html`;
      await page.waitForURL((u) => u.pathname === page_, { timeout: 5000 }).catch(() => {});
      assert.equal(new URL(page.url()).pathname, page_, `early.js, from /${start}: ${label}`);
      await page.locator('#app.live').waitFor();
      await page.waitForFunction((l) => document.querySelector('[data-testid=language]')?.value === l && document.documentElement.lang === l, c.expected, { timeout: 5000 })
        .catch(() => {});
      assert.equal(await page.getByTestId('language').inputValue(), c.expected, `the app: ${label}`);
    }
    assert.deepEqual(errors, [], label);
    await context.close();
  }
});
