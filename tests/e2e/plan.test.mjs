// End to end: the plan of an assessment (filled, kept over a reload, carried in the answers file
// to another browser profile), the calendar and tracker files (the same bytes as the command
// line's), the ISO/IEC 42001 head start, and the register of every system in this browser (sort,
// filter, export, import as new assessments). No request leaves the page's origin; axe-core finds
// nothing on the new screens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, start, answerAll, axe, foreignOrigins, openWithSaved, tabTo } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

const PREFIX = 'aiact-check.v1.assessment.';
const CURRENT = 'aiact-check.v1.current';
const root = new URL('../../', import.meta.url);
const scenario = (name) => JSON.parse(readFileSync(new URL(`core/tests/scenarios/${name}.json`, root), 'utf8'));
const CONTENT_DATE = readFileSync(new URL('questions/00-catalog.json', root), 'utf8').match(/"content_date":\s*"([^"]+)"/)[1];

const item = (page, id) => page.locator(`[data-testid=plan-item][data-obligation-id="${id}"]`);

async function grab(page, testid) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = join(await mkdtemp(join(tmpdir(), 'aiact-plan-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: await readFile(path), text: await readFile(path, 'utf8') };
}

/** A saved assessment as the app stores it. */
function envelope(name, answers, { plan, updated = '2026-11-20T10:00:00Z' } = {}) {
  return JSON.stringify({
    schema: 2, content_date: CONTENT_DATE, created: `2026-11-01T09:00:0${name.length % 10}Z`, updated, name,
    answers, ...(plan ? { plan } : {}),
  });
}

/** Three systems: a chatbot with its plan done, a high-risk CV screening, one in progress. */
function threeSystems(current = 'draft') {
  return [
    [PREFIX + 'chat', envelope('Chat assistant', scenario('chatbot-provider').answers, {
      plan: { 'provider.ai_literacy': { status: 'done' }, 'provider.transparency_interaction': { status: 'done' } },
      updated: '2026-11-25T10:00:00Z',
    })],
    [PREFIX + 'cv', envelope('CV screening', scenario('employment-recruitment-deployer').answers, { updated: '2026-11-24T10:00:00Z' })],
    [PREFIX + 'draft', envelope('Demand forecast (draft)', { 'ai_system.infers': 'yes' }, { updated: '2026-11-26T10:00:00Z' })],
    [CURRENT, current],
  ];
}

async function openRegister(page) {
  await page.getByTestId('open-register').click();
  await page.getByTestId('register-table').waitFor();
}

const names = (page) => page.getByTestId('register-name').allTextContents();

/** The events of an iCalendar file: unfolded, each as a map of property name to value. */
function parseIcs(text) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events = [];
  let ev = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') ev = {};
    else if (line === 'END:VEVENT') { events.push(ev); ev = null; } else if (ev && !ev.alarm) {
      if (line === 'BEGIN:VALARM') { ev.alarm = true; continue; }
      const at = line.indexOf(':');
      ev[line.slice(0, at).split(';')[0]] = line.slice(at + 1);
    } else if (ev && line === 'END:VALARM') delete ev.alarm;
  }
  return events;
}

/** What the command line writes for an answers file, in a format, on a date. */
function cli(path, format, today) {
  return execFileSync('cargo', ['run', '-q', '-p', 'aiact-cli', '--', 'assess', path, '--format', format, '--today', today], {
    cwd: root, maxBuffer: 16 << 20, env: { ...process.env, NO_COLOR: '1' },
  });
}

test('a plan is kept over a reload and travels with the answers file to another profile', async () => {
  const { page, context, requests, errors } = await h.page();
  await start(page, h.url);
  await page.getByTestId('system-name').fill('ShopBot');
  await answerAll(page, scenario('chatbot-provider').answers);
  await page.getByTestId('open-plan').click();
  await page.getByTestId('plan').waitFor();
  assert.equal(await page.getByTestId('plan-item').count(), 2);

  const banner = item(page, 'provider.transparency_interaction');
  await banner.getByTestId('plan-status').selectOption('in_progress');
  await banner.getByTestId('plan-owner').fill('Product team');
  await banner.getByTestId('plan-due').fill('2027-03-01');
  await banner.getByTestId('plan-evidence').fill('Banner in the chat window');
  await banner.getByTestId('plan-references').fill('DOC-12 banner spec\nhttps://intranet.example/banner');
  assert.equal(await banner.getByTestId('plan-due-note').textContent(), 'Set by you.');

  // "Not applicable" needs a reason: refused, said next to the field, then accepted.
  const literacy = item(page, 'provider.ai_literacy');
  await literacy.getByTestId('plan-status').selectOption('not_applicable');
  await literacy.getByTestId('plan-error').waitFor();
  assert.match(await literacy.getByTestId('plan-error').textContent(), /reason|why/i);
  assert.equal(await literacy.getByTestId('plan-reason').getAttribute('aria-invalid'), 'true');
  await literacy.getByTestId('plan-reason').fill('Covered by the group-wide training programme');
  assert.equal(await literacy.getByTestId('plan-error').count(), 0);
  assert.match(await page.getByTestId('plan-summary').textContent(), /2 obligations: 1 open, 1 not applicable/);

  const saved = await page.evaluate((k) => {
    const id = localStorage.getItem(k);
    return JSON.parse(localStorage.getItem('aiact-check.v1.assessment.' + id));
  }, CURRENT);
  assert.equal(saved.schema, 2);
  assert.deepEqual(saved.plan['provider.transparency_interaction'].references, ['DOC-12 banner spec', 'https://intranet.example/banner']);
  assert.equal(saved.plan['provider.transparency_interaction'].due, '2027-03-01');
  assert.equal(saved.plan['provider.ai_literacy'].status, 'not_applicable');

  // Kept over a reload, and shown on the result.
  await page.reload();
  await page.getByTestId('continue-assessment').click();
  await page.getByTestId('result').waitFor();
  const line = page.locator('[data-testid=obligation][data-obligation-id="provider.transparency_interaction"] [data-testid=obligation-plan]');
  await line.waitFor();
  assert.match(await line.textContent(), /In progress.*Product team.*Banner in the chat window.*DOC-12 banner spec/);
  assert.match(await page.getByTestId('result-plan-counts').textContent(), /1 open.*1 not applicable/);
  await page.getByTestId('open-plan').click();
  assert.equal(await item(page, 'provider.transparency_interaction').getByTestId('plan-owner').inputValue(), 'Product team');
  assert.equal(await item(page, 'provider.transparency_interaction').getByTestId('plan-due').inputValue(), '2027-03-01');
  assert.equal(await item(page, 'provider.ai_literacy').getByTestId('plan-reason').inputValue(), 'Covered by the group-wide training programme');

  await page.getByTestId('plan-to-result').click();
  const answers = await grab(page, 'download-answers');
  assert.deepEqual(foreignOrigins(requests, h.url), [], 'references are never fetched');
  assert.deepEqual(errors, []);
  await context.close();

  const other = await h.page();
  await other.page.goto(h.url);
  await other.page.getByTestId('open-file').setInputFiles(answers.path);
  await other.page.getByTestId('share-accept').click();
  await other.page.getByTestId('result').waitFor();
  await other.page.getByTestId('open-plan').click();
  const there = item(other.page, 'provider.transparency_interaction');
  assert.equal(await there.getByTestId('plan-status').inputValue(), 'in_progress');
  assert.equal(await there.getByTestId('plan-owner').inputValue(), 'Product team');
  assert.equal(await there.getByTestId('plan-due').inputValue(), '2027-03-01');
  assert.equal(await there.getByTestId('plan-references').inputValue(), 'DOC-12 banner spec\nhttps://intranet.example/banner');
  assert.equal(await item(other.page, 'provider.ai_literacy').getByTestId('plan-status').inputValue(), 'not_applicable');
  assert.deepEqual(foreignOrigins(other.requests, h.url), []);
  assert.deepEqual(other.errors, []);
  await other.context.close();
});

test('the calendar has an event on each open due date, and both plan files are the command line\u2019s bytes', async () => {
  const { page, context, requests, errors } = await h.page();
  await openWithSaved(page, h.url, threeSystems());
  await openRegister(page);
  await page.getByTestId('register-row').filter({ hasText: 'CV screening' }).getByTestId('register-open-plan').click();
  await page.getByTestId('plan').waitFor();
  const ids = await page.getByTestId('plan-item').evaluateAll((els) => els.map((e) => e.dataset.obligationId));
  assert.ok(ids.length >= 3, ids.join(', '));
  await item(page, ids[0]).getByTestId('plan-due').fill('2027-05-03');
  await item(page, ids[0]).getByTestId('plan-owner').fill('HR systems lead');
  await item(page, ids[1]).getByTestId('plan-status').selectOption('done');
  const due = {};
  for (const id of ids) {
    const status = await item(page, id).getByTestId('plan-status').inputValue();
    if (status === 'todo' || status === 'in_progress') due[id] = await item(page, id).getByTestId('plan-due').inputValue();
  }
  assert.equal(due[ids[0]], '2027-05-03');
  assert.ok(!(ids[1] in due));

  const ics = await grab(page, 'download-ics');
  assert.match(ics.name, /_deadlines_\d{4}-\d\d-\d\d\.ics$/);
  const events = parseIcs(ics.text);
  const starts = Object.fromEntries(events.map((e) => [e.UID.split('.').slice(0, -1).join('.'), e.DTSTART]));
  const expected = Object.fromEntries(Object.entries(due).map(([id, d]) => [id, d.replaceAll('-', '')]));
  assert.deepEqual(starts, expected, 'one event per open obligation, on its due date');

  const tracker = await grab(page, 'download-tracker');
  assert.match(tracker.name, /_plan_.*\.csv$/);
  assert.match(tracker.text, /HR systems lead/);

  // The same bytes as `aiact assess --format ics|tracker` on the saved answers.
  const env = await page.evaluate((k) => localStorage.getItem(k), PREFIX + 'cv');
  const file = join(await mkdtemp(join(tmpdir(), 'aiact-plan-')), 'answers.json');
  await writeFile(file, env);
  const today = events[0].DTSTAMP.replace(/^(\d{4})(\d\d)(\d\d).*/, '$1-$2-$3');
  assert.ok(cli(file, 'ics', today).equals(ics.bytes), 'calendar as the command line writes it');
  assert.ok(cli(file, 'tracker', today).equals(tracker.bytes), 'tracker CSV as the command line writes it');
  assert.deepEqual(foreignOrigins(requests, h.url), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the register lists three systems, sorts, filters, exports and imports them as new assessments', async () => {
  const { page, context, requests, errors } = await h.page({ bypassCSP: true });
  await openWithSaved(page, h.url, threeSystems());
  await openRegister(page);
  assert.equal(await page.getByTestId('register-row').count(), 3);
  assert.deepEqual(await names(page), ['Demand forecast (draft)', 'Chat assistant', 'CV screening'], 'newest change first');
  const tiers = await page.getByTestId('register-row').evaluateAll((rows) => rows.map((r) => r.dataset.tier));
  assert.deepEqual(tiers.slice(0, 2), ['in_progress', 'transparency']);
  assert.match(tiers[2], /^high_risk/);
  const cv = page.getByTestId('register-row').filter({ hasText: 'CV screening' });
  assert.ok(Number(await cv.getByTestId('register-open-items').textContent()) > 0);
  assert.match(await cv.getByTestId('register-deadline').textContent(), /\d{4}/);
  assert.equal(await page.getByTestId('register-row').filter({ hasText: 'Chat assistant' }).getByTestId('register-open-items').textContent(), '0');
  assert.deepEqual(await axe(page), []);

  await page.getByTestId('sort-name').click();
  assert.deepEqual(await names(page), ['Chat assistant', 'CV screening', 'Demand forecast (draft)']);
  assert.equal(await page.locator('th[aria-sort=ascending]').count(), 1);
  await page.getByTestId('sort-name').click();
  assert.deepEqual(await names(page), ['Demand forecast (draft)', 'CV screening', 'Chat assistant']);
  await page.getByTestId('sort-tier').click();
  assert.deepEqual(await names(page), ['CV screening', 'Chat assistant', 'Demand forecast (draft)'], 'strictest tier first');

  await page.getByTestId('register-text').fill('screening');
  assert.deepEqual(await names(page), ['CV screening']);
  assert.match(await page.getByTestId('register-count').textContent(), /Showing 1 of 3 systems/);
  await page.getByTestId('register-text').fill('');
  await page.getByTestId('register-tier').selectOption('in_progress');
  assert.deepEqual(await names(page), ['Demand forecast (draft)']);
  await page.getByTestId('register-tier').selectOption('');
  await page.getByTestId('register-open').check();
  assert.deepEqual(await names(page), ['CV screening']);
  await page.getByTestId('register-open').uncheck();
  assert.equal(await page.getByTestId('register-row').count(), 3);

  const csv = await grab(page, 'register-csv');
  assert.match(csv.name, /^ai-act-check_register_\d{4}-\d\d-\d\d\.csv$/);
  const rows = csv.text.trim().split('\r\n');
  assert.equal(rows.length, 4, 'header and three systems');
  assert.deepEqual([...csv.bytes.subarray(0, 4)], [0xef, 0xbb, 0xbf, 0x22], 'UTF-8 byte-order mark, then quoted cells');
  assert.ok(rows.slice(1).some((r) => r.startsWith('"CV screening"')));
  const json = await grab(page, 'register-json');
  const register = JSON.parse(json.text);
  assert.equal(register.format, 'aiact-check/register');
  assert.equal(register.systems.length, 3);
  assert.equal(register.systems.find((s) => s.assessment.name === 'Chat assistant').assessment.plan['provider.ai_literacy'].status, 'done');

  // Imported into the same browser: each looks like one already here, so none is ticked.
  await page.getByTestId('register-file').setInputFiles(json.path);
  await page.getByTestId('register-preview').waitFor();
  assert.equal(await page.getByTestId('register-same').count(), 3);
  assert.ok(await page.getByTestId('register-import-confirm').isDisabled());
  await page.getByTestId('register-import-cancel').click();
  assert.deepEqual(foreignOrigins(requests, h.url), []);
  assert.deepEqual(errors, []);
  await context.close();

  // Imported into another profile: previewed, then added as new assessments.
  const other = await h.page({ bypassCSP: true });
  await other.page.goto(h.url);
  await openRegister(other.page);
  assert.equal(await other.page.getByTestId('register-row').count(), 0);
  await other.page.getByTestId('register-file').setInputFiles(json.path);
  await other.page.getByTestId('register-preview').waitFor();
  assert.equal(await other.page.getByTestId('register-incoming').count(), 3);
  assert.deepEqual(await axe(other.page), []);
  await other.page.getByTestId('register-import-confirm').click();
  await other.page.getByTestId('register-row').nth(2).waitFor();
  assert.equal(await other.page.getByTestId('register-row').count(), 3);
  const stored = await other.page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).map((k) => JSON.parse(localStorage.getItem(k))), PREFIX);
  assert.deepEqual(stored.map((e) => e.name).sort(), ['CV screening', 'Chat assistant', 'Demand forecast (draft)']);
  assert.equal(stored.find((e) => e.name === 'Chat assistant').plan['provider.transparency_interaction'].status, 'done');

  // Too large a file is refused before it is read; nothing changes.
  await other.page.getByTestId('register-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(9 * 1024 * 1024, 32) });
  await other.page.getByTestId('register-import-error').waitFor();
  assert.equal(await other.page.getByTestId('register-row').count(), 3);
  assert.deepEqual(foreignOrigins(other.requests, h.url), []);
  assert.deepEqual(other.errors, []);
  await other.context.close();
});

test('the ISO/IEC 42001 head start lists the AI Act\u2019s own duties first; plan and head start pass axe-core', async () => {
  const { page, context, requests, errors } = await h.page({ bypassCSP: true });
  // A provider of a high-risk medical device: some of its duties have no ISO/IEC 42001 counterpart.
  const device = envelope('Infusion pump dosing', scenario('annex-i-medical-device').answers);
  await openWithSaved(page, h.url, [...threeSystems('device'), [PREFIX + 'device', device]]);
  await page.getByTestId('continue-assessment').click();
  await page.getByTestId('result').waitFor();
  await page.getByTestId('open-plan').click();
  await page.getByTestId('plan-item').first().waitFor();
  assert.deepEqual(await axe(page), []);
  // Keyboard: the first field of the first obligation is reachable and labelled.
  const status = page.getByTestId('plan-status').first();
  await status.focus();
  assert.ok(await status.evaluate((el) => el.labels.length === 1 && el.labels[0].textContent.trim() === 'Status'));

  await page.getByTestId('to-head-start').click();
  await page.getByTestId('head-start').waitFor();
  await page.getByTestId('iso-status-in_place').check();
  await page.getByTestId('iso-checklist').waitFor();
  for (const id of ['7.2', '7.3', 'A.4.6', '6.1.2']) {
    await page.locator(`[data-testid=iso-item][data-iso-id="${id}"]`).check();
  }
  const standings = await page.locator('[data-testid=head-start-remaining] tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.standing));
  assert.ok(standings.length > 0);
  const rank = { beyond_iso: 0, partly: 1, not_covered: 2 };
  assert.equal(standings[0], 'beyond_iso', 'the AI Act\u2019s own duties come first');
  assert.ok(standings.every((s, i) => i === 0 || rank[standings[i - 1]] <= rank[s]), standings.join(', '));
  assert.match(await page.getByTestId('head-start-verdict').textContent(), /\S/);
  assert.deepEqual(await axe(page), []);
  const env = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), PREFIX + 'device');
  assert.deepEqual(env.iso_in_place.sort(), ['6.1.2', '7.2', '7.3', 'A.4.6']);
  assert.equal(env.answers['org.iso42001'], 'in_place');

  // Certified with a scope that includes the system: the checklist is no longer needed.
  await page.getByTestId('iso-status-certified').check();
  await page.getByTestId('iso-checklist').waitFor({ state: 'detached' });
  const certified = await page.locator('[data-testid=head-start-remaining] tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.standing));
  assert.ok(certified.every((s) => s === 'beyond_iso' || s === 'partly'), certified.join(', '));
  await page.getByTestId('head-start-to-result').click();
  await page.getByTestId('result-head-start').waitFor();
  assert.deepEqual(foreignOrigins(requests, h.url), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 px the plan, head start and register reflow; the register sorts from the keyboard', async () => {
  const { page, context, errors } = await h.page({ viewport: { width: 320, height: 640 } });
  const wide = () => page.evaluate(() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth);
  await openWithSaved(page, h.url, threeSystems('cv'));
  await openRegister(page);
  assert.equal(await wide(), false, 'register');
  // The heading has focus on arrival; Tab reaches the sort buttons and Enter sorts.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && /Register/.test(document.activeElement.textContent));
  await tabTo(page, 'sort-name');
  await page.keyboard.press('Enter');
  assert.deepEqual(await names(page), ['Chat assistant', 'CV screening', 'Demand forecast (draft)']);
  await page.getByTestId('register-row').filter({ hasText: 'CV screening' }).getByTestId('register-open-plan').click();
  await page.getByTestId('plan-item').first().waitFor();
  assert.equal(await wide(), false, 'plan');
  await page.getByTestId('to-head-start').click();
  await page.getByTestId('head-start').waitFor();
  assert.equal(await wide(), false, 'head start');
  assert.deepEqual(errors, []);
  await context.close();
});

test('plan entries of obligations that no longer apply are set aside and shown, never dropped', async () => {
  const { page, context, errors } = await h.page();
  const plan = {
    'provider.transparency_interaction': { status: 'in_progress', owner: 'Product team' },
    // The answers no longer lead to this one (the system is not high-risk) ...
    'provider.risk_management': { status: 'in_progress', owner: 'Risk office', evidence: 'Risk file v2' },
    // ... and a content update removed this one.
    'provider.old_duty': { status: 'done', title: 'A duty an earlier content version listed', evidence: 'Memo 7' },
  };
  await openWithSaved(page, h.url, [[PREFIX + 'chat', envelope('Chat assistant', scenario('chatbot-provider').answers, { plan })], [CURRENT, 'chat']]);
  await page.getByTestId('continue-assessment').click();
  await page.getByTestId('result').waitFor();
  await page.getByTestId('result-aside-item').nth(1).waitFor();
  const onResult = await page.getByTestId('result-aside-item').allTextContents();
  assert.ok(onResult.some((t) => /Risk office/.test(t) && /Risk file v2/.test(t)), onResult.join('\n'));
  assert.ok(onResult.some((t) => /A duty an earlier content version listed/.test(t) && /Memo 7/.test(t)), onResult.join('\n'));

  await page.getByTestId('open-plan').click();
  await page.getByTestId('plan-aside').waitFor();
  const risk = page.locator('[data-testid=plan-aside-item][data-obligation-id="provider.risk_management"]');
  assert.match(await risk.textContent(), /no longer lead to this obligation.*Risk office.*Risk file v2/s);
  const old = page.locator('[data-testid=plan-aside-item][data-obligation-id="provider.old_duty"]');
  assert.match(await old.textContent(), /A duty an earlier content version listed.*content update removed/s);
  // Editing the plan keeps them.
  await item(page, 'provider.ai_literacy').getByTestId('plan-owner').fill('People team');
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).plan, PREFIX + 'chat');
  assert.deepEqual(Object.keys(saved).sort(), ['provider.ai_literacy', 'provider.old_duty', 'provider.risk_management', 'provider.transparency_interaction']);
  assert.equal(saved['provider.risk_management'].evidence, 'Risk file v2');
  assert.deepEqual(errors, []);
  await context.close();
});
