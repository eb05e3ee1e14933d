// End to end: what a hostile or clumsy use must not break. Saved data a build cannot read is
// never overwritten; two tabs answering at once keep both answers; typing survives any update;
// a share link whose "=" was percent-encoded still opens; a content update's long lists are
// summarised and set-aside answers stay out of the save made at every keystroke.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, start, answer, openWithSaved } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

const PREFIX = 'aiact-check.v1.assessment.';
const CONTENT_DATE = JSON.parse(readFileSync(new URL('../../questions/00-catalog.json', import.meta.url), 'utf8')).version.content_date;

/** Another tab of the same site (a plain page of its origin) that writes to storage directly. */
async function otherTab(context) {
  const other = await context.newPage();
  await other.goto(h.url + 'style.css');
  return {
    read: (key) => other.evaluate((k) => JSON.parse(localStorage.getItem(k)), key),
    write: (entries) => other.evaluate((list) => { for (const [k, v] of list) localStorage.setItem(k, v); }, entries),
  };
}

const openId = (page) => page.evaluate(() => localStorage.getItem('aiact-check.v1.current'));
const stored = (page, id) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), PREFIX + id);

test('data saved by a newer version is never overwritten, whether seen on load or from another tab', async () => {
  const { page, context, errors } = await h.page();
  await start(page, h.url);
  await answer(page, 'unsure');
  const id = await openId(page);
  const newer = JSON.stringify({
    schema: 99, content_date: '2027-06-01', created: 'x', updated: 'y', answers: { 'ai_system.infers': 'yes' }, later_field: true,
  });
  const other = await otherTab(context);
  await other.write([[PREFIX + id, newer]]);
  await page.getByTestId('notice').filter({ hasText: /saved by a newer version/ }).waitFor();
  await answer(page, 'machine_learning');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), PREFIX + id), newer, 'not written over');

  // On load: listed as unreadable, left untouched, and a new assessment works beside it.
  const fresh = await context.newPage();
  await fresh.goto(h.url);
  await fresh.getByTestId('notice').filter({ hasText: /newer version of this tool/ }).waitFor();
  assert.equal(await fresh.evaluate((k) => localStorage.getItem(k), PREFIX + id), newer);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs answering at once keep both answers', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'unsure');
  await answer(page, 'machine_learning');
  const id = await openId(page);
  // The other tab saves an answer to another question without having seen "machine_learning".
  const other = await otherTab(context);
  const env = await other.read(PREFIX + id);
  delete env.answers['ai_system.technique'];
  env.answers['scope.eu_link'] = 'eu';
  await other.write([
    ['aiact-check.v1.answered.' + id, JSON.stringify({ 'scope.eu_link': Date.now() })],
    [PREFIX + id, JSON.stringify(env)],
  ]);
  await page.getByTestId('notice').filter({ hasText: /changed in another tab/ }).waitFor();
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).answers['scope.eu_link'] === 'eu', PREFIX + id);
  const merged = await stored(page, id);
  assert.equal(merged.answers['ai_system.technique'], 'machine_learning', 'this tab\u2019s answer is kept');
  assert.equal(merged.answers['scope.eu_link'], 'eu', 'the other tab\u2019s answer is kept');
  await context.close();
});

test('the same question answered differently in two tabs is reported, with both answers to choose from', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'unsure');
  const id = await openId(page);
  const other = await otherTab(context);
  const env = await other.read(PREFIX + id);
  env.answers['ai_system.infers'] = 'yes';
  await other.write([
    ['aiact-check.v1.answered.' + id, JSON.stringify({ 'ai_system.infers': Date.now() + 1000 })],
    [PREFIX + id, JSON.stringify(env)],
  ]);
  const notice = page.getByTestId('notice').filter({ hasText: /answered differently in another tab/ });
  await notice.waitFor();
  assert.match(await notice.textContent(), /Kept: \u201cYes\u201d; the other answer was \u201cNot sure\u201d/);
  await notice.getByTestId('use-other').click();
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).answers['ai_system.infers'] === 'unsure', PREFIX + id);
  await context.close();
});

test('typing keeps its text and caret while another tab answers and while storage is full', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'unsure');
  await page.getByTestId('to-review').click();
  await page.getByTestId('review').waitFor();
  const name = page.getByTestId('system-name');
  await name.click();
  await page.keyboard.type('Hello');
  const id = await openId(page);
  const other = await otherTab(context);
  const env = await other.read(PREFIX + id);
  env.answers['ai_system.technique'] = 'human_rules';
  await other.write([[PREFIX + id, JSON.stringify(env)]]);
  await page.locator('[data-testid=review-item][data-question-id="ai_system.technique"]').waitFor();
  await page.keyboard.type(' wor');
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k.startsWith('aiact-check.v1.')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  await page.keyboard.type('ld');
  assert.equal(await name.inputValue(), 'Hello world');
  assert.equal(await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart].join()), 'system-name,11');
  const notices = await page.getByTestId('notices').textContent();
  assert.match(notices, /The name and description could not be saved/);
  assert.doesNotMatch(notices, /latest answer could not be saved/);
  assert.equal((await stored(page, id)).name, 'Hello wor', 'the last save that worked');
  await context.close();
});

test('a share link whose "=" was percent-encoded opens; a damaged one is reported', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'no');
  await page.getByTestId('share-link').click();
  const link = await page.getByTestId('share-url').inputValue();
  await context.close();

  const fresh = await h.page();
  await fresh.page.goto(link.replace('#share=', '#share%3D'));
  await fresh.page.getByTestId('share-import').waitFor();
  await fresh.page.getByTestId('share-accept').click();
  assert.equal(await fresh.page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  await fresh.page.goto(h.url + '#share%3D%25%25');
  await fresh.page.getByTestId('notice').filter({ hasText: /share link could not be opened/ }).waitFor();
  await fresh.context.close();
});

// A share link carries only the answers that count for the content, so no real assessment comes
// near its length limit; the refusal of an over-long link is tested in the engine
// (core/tests/limits.rs, core/tests/properties.rs).

test('a content update lists at most ten items per list and keeps set-aside answers out of every save', async () => {
  const { page, context } = await h.page();
  const answers = { 'ai_system.infers': 'unsure' };
  for (let i = 0; i < 30; i++) answers[`old.removed_${i}`] = 'yes';
  const legacy = { schema: 1, content_date: '2025-06-01', created: '2025-06-01T10:00:00Z', updated: '2025-06-01T10:00:00Z', answers };
  await openWithSaved(page, h.url, [[PREFIX + 'legacy', JSON.stringify(legacy)], ['aiact-check.v1.current', 'legacy']]);
  const notice = page.getByTestId('upgrade-notice');
  await notice.waitFor();
  assert.equal(await notice.locator('li', { hasText: /old\.removed_/ }).count(), 10);
  assert.equal(await notice.getByTestId('upgrade-more').textContent(), 'and 20 more');

  // Typing the name saves the assessment at every keystroke, but never the set-aside answers.
  await page.getByTestId('continue-assessment').click();
  await page.getByTestId('to-review').click();
  await page.evaluate(() => {
    window.__writes = [];
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) { window.__writes.push([k, v.length, v.includes('old.removed_')]); return set.call(this, k, v); };
  });
  await page.getByTestId('system-name').pressSequentially('Legacy');
  const writes = await page.evaluate(() => window.__writes);
  assert.ok(writes.length >= 6, 'a save per keystroke');
  assert.deepEqual(writes.filter(([, , aside]) => aside), [], 'no write carries the set-aside answers');
  const aside = await page.evaluate(() => JSON.parse(localStorage.getItem('aiact-check.v1.retired.legacy')));
  assert.equal(Object.keys(aside).length, 30, 'they are kept under their own key');
  await context.close();
});
