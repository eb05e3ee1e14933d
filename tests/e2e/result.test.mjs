// End to end, the result screen: the summary first and "Copy summary" (read back from the
// clipboard, and a clear message when the browser refuses), one folded "why" per conclusion,
// the procurement answer sheet on screen and copied, the tables stacked and axe-clean at 320 px,
// the dark scheme axe-clean (contrast included), a refused "Continue" shown at its controls, and
// how many pages the high-risk HTML report prints to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { launch, start, answer, answerAll, axe } from './harness.mjs';

const scenario = (name) => JSON.parse(readFileSync(`core/tests/scenarios/${name}.json`, 'utf8'));
const HIGH_RISK = scenario('derogation-profiling-override');
const CHATBOT = scenario('chatbot-provider');
/** The high-risk report prints to at most this many A4 pages (it printed to 19-21 before). */
const MAX_HIGH_RISK_PAGES = 10;

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

/** Answers a golden scenario under a name; resolves once every part of the result is shown. */
async function resultOf(page, plan, name) {
  await start(page, h.url);
  await page.getByTestId('system-name').fill(name);
  await answerAll(page, plan.answers);
  // The long parts follow the first frame of the result; the sheet comes last.
  await page.getByTestId('procurement').waitFor();
}

async function grab(page, testid) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return readFile(await download.path(), 'utf8');
}

test('the summary comes first and "Copy summary" puts it on the clipboard', async () => {
  const { page, context, errors } = await h.page();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.url });
  await resultOf(page, HIGH_RISK, 'CV pre-sorter');
  const first = await page.locator('.report > section').first().getAttribute('data-testid');
  assert.equal(first, 'summary', 'the summary is the first part of the result');
  const summary = page.getByTestId('summary');
  assert.equal(await summary.getByTestId('high-risk').textContent(), 'High-risk: yes');
  assert.match(await summary.textContent(), /Your roles: Provider/);
  const cards = await page.getByTestId('obligation').count();
  assert.equal(await summary.getByTestId('checklist').locator('li').count(), cards, 'every obligation in the checklist');
  // Each checklist item links to its obligation's card.
  const href = await summary.getByTestId('checklist').locator('a').first().getAttribute('href');
  assert.equal(await page.locator(href).getAttribute('data-testid'), 'obligation');
  const jumps = await summary.getByTestId('jump-links').locator('a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  assert.deepEqual(jumps, ['#obligations', '#iso', '#procurement', '#downloads']);
  for (const target of jumps) assert.equal(await page.locator(target).count(), 1, target);

  await page.getByTestId('copy-summary').click();
  await page.getByTestId('copy-summary-status').filter({ hasText: 'Copied.' }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^EU AI Act self-assessment: CV pre-sorter \(\d{4}-\d\d-\d\d\)\n/);
  assert.match(text, /\nHigh-risk: yes\n/);
  assert.match(text, /\nRoles: Provider\n/);
  assert.equal((text.match(/^- /gm) ?? []).length, cards, 'one checklist line per obligation');
  assert.ok(!/[<>*#]/.test(text), 'plain text, no markup');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a refused clipboard is said plainly next to the button', async () => {
  const { page, context } = await h.page();
  await context.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
  });
  await resultOf(page, CHATBOT, 'Shop assistant');
  await page.getByTestId('copy-summary').click();
  const status = page.getByTestId('copy-summary-status');
  await status.filter({ hasText: 'did not allow' }).waitFor();
  assert.equal(await status.getAttribute('data-outcome'), 'failed');
  await context.close();
});

test('each conclusion has one folded "why" with the answers that decided it, and nothing repeats', async () => {
  const { page, context } = await h.page();
  await resultOf(page, HIGH_RISK, 'CV pre-sorter');
  const result = page.getByTestId('result');
  assert.ok(!(await result.textContent()).includes('Also based on'));
  const whys = result.getByTestId('why');
  const n = await whys.count();
  assert.ok(n >= 2, `the tier and the role are explained (${n} found)`);
  for (let i = 0; i < n; i++) {
    assert.equal(await whys.nth(i).evaluate((d) => d.open), false, 'folded until asked');
  }
  const tierWhy = page.locator('[data-testid=result] section:has([data-testid=conclusion]) > [data-testid=why]');
  await tierWhy.locator('summary').click();
  assert.match(await tierWhy.textContent(), /profil/i, 'the profiling answer decided the tier');
  // The role is explained by the role answer, not by the tier's.
  const roleWhy = page.locator('[data-role-id=provider] [data-testid=why]');
  if (await roleWhy.count()) {
    await roleWhy.locator('summary').click();
    assert.ok(!/profil/i.test(await roleWhy.textContent()), await roleWhy.textContent());
  }
  const texts = await whys.evaluateAll((ds) => ds.map((d) => d.querySelector('ul').textContent));
  const lines = texts.flatMap((t, i) => texts.slice(i + 1).filter((u) => u === t));
  assert.deepEqual(lines, [], 'no two conclusions list the same answers');
  await context.close();
});

test('the procurement answer sheet is on the screen, in the company\'s voice, and copies as downloaded', async () => {
  const { page, context } = await h.page();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.url });
  await resultOf(page, CHATBOT, 'Shop assistant');
  const sheet = page.getByTestId('procurement');
  assert.ok(await sheet.isVisible());
  const pairs = sheet.getByTestId('qa-pair');
  assert.ok(await pairs.count() >= 8, 'the questions customers ask');
  assert.match(await sheet.textContent(), /Is the system high-risk under the EU AI Act\?No\./);
  assert.match(await sheet.textContent(), /We are the provider of Shop assistant/);
  await page.getByTestId('copy-procurement').click();
  await page.getByTestId('copy-procurement-status').filter({ hasText: 'Copied.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await grab(page, 'download-procurement'));
  await context.close();
});

test('at 320 px the tables stack without a scroll area of their own, and axe finds nothing', async () => {
  const { page, context } = await h.page({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  await resultOf(page, HIGH_RISK, 'CV pre-sorter');
  for (const d of await page.locator('details').all()) await d.locator('summary').click();
  const table = page.getByTestId('iso-gaps');
  const layout = await table.evaluate((t) => ({
    display: getComputedStyle(t.querySelector('td')).display,
    overflow: getComputedStyle(t).overflowX,
    wide: t.scrollWidth > t.clientWidth,
    label: getComputedStyle(t.querySelector('td'), '::before').content,
  }));
  assert.deepEqual(layout, { display: 'block', overflow: 'visible', wide: false, label: '"Obligation"' });
  const wide = await page.evaluate(() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth);
  assert.equal(wide, false, 'no sideways scrolling');
  assert.deepEqual(await axe(page), [], 'result at 320 px');
  await context.close();
});

test('the dark scheme follows the system and keeps AA contrast on a refused answer and the result', async () => {
  const { page, context } = await h.page({ bypassCSP: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await start(page, h.url);
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, 'rgb(20, 23, 27)', 'dark background');
  await page.getByTestId('system-name').fill('CV pre-sorter');
  await answer(page, 'yes');
  await page.getByTestId('continue').click();
  await page.getByTestId('answer-error').waitFor();
  assert.deepEqual(await axe(page), [], 'refused answer, dark');
  await answerAll(page, HIGH_RISK.answers);
  await page.getByTestId('procurement').waitFor();
  for (const d of await page.locator('details').all()) await d.locator('summary').click();
  assert.deepEqual(await axe(page), [], 'result, dark');
  await context.close();
});

test('"Continue" with nothing ticked is refused at the controls, which are marked invalid', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'yes');
  const checks = page.getByTestId('checks');
  await checks.waitFor();
  assert.equal(await checks.getAttribute('aria-invalid'), 'false');
  await page.getByTestId('continue').click();
  const error = page.getByTestId('answer-error');
  await error.waitFor();
  assert.equal(await checks.getAttribute('aria-invalid'), 'true');
  assert.equal(await checks.getAttribute('aria-describedby'), 'answer-error');
  // Named by this question's own option that stands alone.
  const exclusive = await page.locator('.choices [data-testid^=answer-]').first().locator('.label').textContent();
  assert.ok((await error.textContent()).includes(`\u201c${exclusive}\u201d`), await error.textContent());
  // Between the ticked items and the button.
  const order = await page.evaluate(() => {
    const [c, e, b] = ['checks', 'answer-error', 'continue'].map((t) => document.querySelector(`[data-testid=${t}]`));
    return Boolean(c.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)
      && Boolean(e.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the message sits under the items, above "Continue"');
  await checks.locator('input').first().check();
  assert.equal(await error.count(), 0, 'ticking an item clears the message');
  assert.equal(await checks.getAttribute('aria-invalid'), 'false');
  await context.close();
});

test(`the high-risk HTML report prints to at most ${MAX_HIGH_RISK_PAGES} A4 pages, date and content version on the first`, async () => {
  const { page, context } = await h.page();
  await resultOf(page, HIGH_RISK, 'CV pre-sorter');
  const html = await grab(page, 'download-html');
  const report = await context.newPage();
  await report.setContent(html);
  const pdf = await report.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 2 && pages <= MAX_HIGH_RISK_PAGES, `${pages} pages`);
  assert.ok(!/break-before:\s*page/.test(html), 'no forced page breaks');
  // What the first page shows: the header with the date and content version, then the summary.
  const top = await report.evaluate(() => {
    const meta = document.querySelector('header .meta');
    return { meta: meta.textContent, y: document.querySelector('#summary').getBoundingClientRect().top };
  });
  assert.match(top.meta, /\d{4}-\d\d-\d\d/);
  assert.match(top.meta, /content/i);
  assert.ok(top.y < 600, 'the summary starts near the top');
  await context.close();
});
