// End to end: progress is never lost. Corrupt storage is kept aside, answers files and share
// links round-trip, and with storage disabled a person can still finish and export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, start, answer, openWithSaved } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

const PREFIX = 'aiact-check.v1.assessment.';

test('corrupt saved data is kept under a backup key, the person is told, and the app works', async () => {
  const { page, context, errors } = await h.page();
  // Written before the app runs: a running app would read them first.
  await openWithSaved(page, h.url, [[PREFIX + 'broken', '{"schema":1,"answers":'], [PREFIX + 'foreign', '[1,2,3]']]);
  await page.getByTestId('intro').waitFor();
  // Saved data is read back by the code loaded after the first screen: wait for its notices.
  await page.getByTestId('notice').filter({ hasText: /could not be read/ }).nth(1).waitFor();
  const notices = await page.getByTestId('notice').allTextContents();
  assert.equal(notices.filter((n) => /could not be read/.test(n)).length, 2, notices.join('\n'));
  const backups = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('aiact-check.backup.'))
    .map((k) => localStorage.getItem(k)).sort());
  assert.deepEqual(backups, ['[1,2,3]', '{"schema":1,"answers":'], 'the unreadable text is kept as it was');
  await answer(page, 'no');
  await page.getByTestId('result').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('export an answers file and import it into another browser profile', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'unsure');
  await answer(page, 'human_rules');
  await page.getByTestId('result').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-answers').click()]);
  assert.match(download.suggestedFilename(), /^ai-act-check_system_answers_\d{4}-\d\d-\d\d\.json$/);
  const path = join(await mkdtemp(join(tmpdir(), 'aiact-')), download.suggestedFilename());
  await download.saveAs(path);
  const saved = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(saved.answers['ai_system.infers'], 'unsure');
  await context.close();

  const other = await h.page();
  await other.page.goto(h.url);
  await other.page.getByTestId('open-file').setInputFiles(path);
  await other.page.getByTestId('share-import').waitFor();
  assert.match(await other.page.getByTestId('share-import').textContent(), /2 answers/);
  await other.page.getByTestId('share-accept').click();
  await other.page.getByTestId('result').waitFor();
  assert.equal(await other.page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  await other.context.close();
});

test('a malformed or oversized file gets a clear error and changes nothing', async () => {
  const { page, context } = await h.page();
  await page.goto(h.url);
  await page.getByTestId('open-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"nope": true}') });
  await page.getByTestId('notice').filter({ hasText: /bad\.json.*could not be opened/ }).waitFor();
  await page.getByTestId('open-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 32) });
  await page.getByTestId('notice').filter({ hasText: /huge\.json.*larger than an answers file/ }).waitFor();
  assert.equal(await page.getByTestId('share-import').count(), 0);
  await context.close();
});

test('a share link opens in a fresh browser context as a new assessment, never overwriting', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'no');
  await page.getByTestId('result').waitFor();
  await page.getByTestId('share-link').click();
  const link = await page.getByTestId('share-url').inputValue();
  assert.match(link, /#share=[A-Za-z0-9_-]+$/);
  await context.close();

  const fresh = await h.page();
  // The fresh profile already has an assessment of its own, which must survive.
  await start(fresh.page, h.url);
  await answer(fresh.page, 'yes');
  await fresh.page.goto(link);
  await fresh.page.getByTestId('share-import').waitFor();
  assert.doesNotMatch(fresh.page.url(), /share=/, 'the link is cleared from the address bar');
  await fresh.page.getByTestId('share-accept').click();
  await fresh.page.getByTestId('result').waitFor();
  assert.equal(await fresh.page.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
  const count = await fresh.page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).length, PREFIX);
  assert.equal(count, 2, 'the imported assessment was added next to the existing one');
  await fresh.context.close();
});

test('a damaged share link is refused with a clear message', async () => {
  const { page, context } = await h.page();
  await page.goto(h.url + '#share=!!!not-base64!!!');
  await page.getByTestId('notice').filter({ hasText: /share link could not be opened/ }).waitFor();
  await context.close();
});

test('with storage disabled a person can still finish and export', async () => {
  const { page, context, errors } = await h.page();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(h.url);
  await page.getByTestId('notice').filter({ hasText: /does not let the page save data/ }).waitFor();
  await answer(page, 'no');
  await page.getByTestId('result').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-answers').click()]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(saved.answers['ai_system.infers'], 'no');
  assert.deepEqual(errors, []);
  await context.close();
});

test('several assessments: rename, duplicate, delete with undo', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'no');
  await page.getByTestId('review').click();
  await page.getByTestId('system-name').fill('Invoice router');
  await page.getByTestId('system-name').press('Tab');
  await page.goto(h.url);
  // Finished, so listed with its result (once the whole content is in to tell).
  await page.getByTestId('library').filter({ hasText: /Invoice router.*Not an AI system/ }).waitFor();
  const current = () => page.evaluate(() => localStorage.getItem('aiact-check.v1.current'));
  const before = await current();
  await page.getByRole('button', { name: 'Duplicate' }).first().click();
  await page.locator('.entry-name', { hasText: 'Invoice router (copy)' }).waitFor();
  assert.equal(await current(), before, 'duplicating does not change which assessment is open');
  assert.equal(await page.getByTestId('library-entry').count(), 2);
  await page.getByTestId('delete').first().click();
  assert.equal(await page.getByTestId('library-entry').count(), 1);
  await page.getByTestId('undo').click();
  assert.equal(await page.getByTestId('library-entry').count(), 2);
  await page.reload();
  // The list is part of the code loaded after the first screen: wait for it.
  await page.getByTestId('library-entry').first().waitFor();
  assert.equal(await page.getByTestId('library-entry').count(), 2, 'undo restored it in storage too');
  // Rename the copy (not the open one) by its own form.
  await page.getByTestId('library-entry').filter({ hasText: '(copy)' }).getByTestId('rename').click();
  await page.getByTestId('rename-input').fill('Invoice router, test system');
  await page.getByTestId('rename-input').press('Enter');
  await page.locator('.entry-name', { hasText: 'Invoice router, test system' }).waitFor();
  await page.reload();
  await page.locator('.entry-name', { hasText: 'Invoice router, test system' }).waitFor();
  assert.equal(await current(), before, 'renaming another assessment does not open it');
  await context.close();
});

test('two tabs on the same assessment follow each other instead of overwriting', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'unsure');
  const second = await context.newPage();
  await second.goto(h.url);
  await second.getByTestId('continue-assessment').click();
  await second.getByTestId('question-text').waitFor();
  await answer(page, 'machine_learning');
  await second.getByTestId('notice').filter({ hasText: /changed in another tab/ }).waitFor();
  // The second tab now shows the first tab's answers: its next open question follows them.
  await second.getByTestId('to-review').click();
  assert.match(await second.getByTestId('review').textContent(), /It uses a model trained on data/);
  await context.close();
});

test('an assessment saved with older content is carried over and the changes are shown', async () => {
  const { page, context, errors } = await h.page();
  const old = {
    schema: 1, content_date: '2025-06-01', created: '2025-06-01T10:00:00Z', updated: '2025-06-01T10:00:00Z',
    name: 'Legacy bot', answers: { 'ai_system.infers': 'no', 'old.question_gone': 'yes' },
    seen: { 'ai_system.infers': '0000000000000000' }, result: { tier: 'minimal', roles: [], obligations: [] },
  };
  await openWithSaved(page, h.url, [[PREFIX + 'legacy', JSON.stringify(old)], ['aiact-check.v1.current', 'legacy']]);
  const notice = page.getByTestId('upgrade-notice');
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /Every answer was kept/);
  assert.match(text, /changed from Minimal risk to Not an AI system/);
  assert.match(text, /old\.question_gone/);
  assert.match(text, /asked differently now/);
  const saved = await page.evaluate((p) => JSON.parse(localStorage.getItem(p + 'legacy')), PREFIX);
  const aside = await page.evaluate(() => JSON.parse(localStorage.getItem('aiact-check.v1.retired.legacy')));
  assert.equal(aside['old.question_gone'], 'yes', 'the removed answer is kept aside');
  assert.deepEqual(saved.retired ?? {}, {}, 'under its own key, out of the save made at every answer');
  assert.equal(saved.answers['ai_system.infers'], 'no');
  assert.notEqual(saved.content_date, '2025-06-01');
  assert.deepEqual(errors, []);
  await context.close();
});
