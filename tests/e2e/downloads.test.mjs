// End to end: each download button gives a file with the right name and content, and the HTML
// report prints to a PDF with a page per major section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { launch, start, answer } from './harness.mjs';

let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

async function grab(page, testid) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('every download button gives the right file, with hostile names escaped', async () => {
  const { page, context, errors } = await h.page();
  await start(page, h.url);
  await answer(page, 'unsure');
  await answer(page, 'human_rules');
  await page.getByTestId('review').click();
  const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) =HYPERLINK("http://evil.example")';
  await page.getByTestId('system-name').fill(hostile);
  // Straight to the button: typing must not swallow the next click.
  await page.getByTestId('to-result').click();
  await page.getByTestId('result').waitFor();
  // The page itself shows the name as text, never as markup.
  assert.equal(await page.locator('.system-name').textContent(), hostile);
  assert.equal(await page.locator('script:not([src])').count(), 0);

  const html = await grab(page, 'download-html');
  assert.match(html.name, /^ai-act-check_script-alert-1-script-x-javascript-alert_report_\d{4}-\d\d-\d\d\.html$/);
  assert.match(html.text, /^<!DOCTYPE html>/);
  assert.ok(!html.text.includes('<script'), 'no script in the HTML report');
  assert.ok(html.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.match(html.text, /Not an AI system/);

  const md = await grab(page, 'download-md');
  assert.match(md.name, /_report_.*\.md$/);
  assert.match(md.text, /^# EU AI Act self-assessment: \\<script\\>/);
  // An escaped bracket (`\]`) cannot close a link text, so only an unescaped `](` could be live.
  assert.ok(!md.text.replace(/\\\]/g, '').includes('](javascript'), 'no live Markdown link');

  const csv = await grab(page, 'download-csv');
  assert.match(csv.name, /_obligations_.*\.csv$/);
  assert.ok(csv.text.startsWith('\ufeff"System","Role","Obligation"'), csv.text.slice(0, 80));

  const soa = await grab(page, 'download-soa');
  assert.match(soa.text, /"A\.2\.2"/);
  assert.equal(soa.text.trim().split('\r\n').length, 39, 'header and the 38 Annex A controls');

  const json = await grab(page, 'download-json');
  const report = JSON.parse(json.text);
  assert.equal(report.format, 'aiact-check/report');
  assert.equal(report.assessment.name, hostile);
  assert.equal(report.report.tier.id, 'not_ai_system');

  const sheet = await grab(page, 'download-procurement');
  // Question and answer pairs in the company's voice, pasteable into a customer questionnaire.
  assert.match(sheet.text, /Q: Does the EU AI Act apply to the system\?\nA: No\. Not an AI system/);
  assert.match(sheet.text, /Q: Is the system high-risk under the EU AI Act\?\nA: No/);
  assert.ok(!sheet.text.includes('Does the system infer'), 'no internal question text');

  const answers = await grab(page, 'download-answers');
  assert.equal(JSON.parse(answers.text).answers['ai_system.technique'], 'human_rules');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the HTML report prints like a document: summary and content date first, no blank pages', async () => {
  const { page, context } = await h.page();
  await start(page, h.url);
  await answer(page, 'unsure');
  await answer(page, 'human_rules');
  await page.getByTestId('result').waitFor();
  const html = await grab(page, 'download-html');
  const report = await context.newPage();
  await report.setContent(html.text);
  const pdf = await report.pdf({ format: 'A4' });
  if (process.env.E2E_KEEP) await writeFile(`${process.env.E2E_KEEP}/report.pdf`, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // No section forces a page of its own: a short result prints on a page or two.
  assert.ok(pages >= 1 && pages <= 2, `expected 1 or 2 pages, got ${pages}`);
  assert.ok(!/break-before:\s*page|page-break-before/.test(html.text), 'no forced page break');
  // The summary comes first and says which content version the result follows.
  const body = html.text.slice(html.text.indexOf('<body'));
  assert.ok(body.indexOf('data-testid="summary"') >= 0, 'a summary');
  assert.ok(body.indexOf('data-testid="summary"') < body.indexOf('class="answers"'), 'summary before the answers');
  assert.match(body.slice(0, body.indexOf('data-testid="summary"') + 4000), /content of \d{4}-\d\d-\d\d/);
  // Addresses are listed once, at the end, instead of after every link.
  assert.equal((html.text.match(/data-testid="references"/g) ?? []).length, 1);
  assert.ok(body.lastIndexOf('data-testid="references"') > body.indexOf('class="answers"'), 'references at the end');
  await context.close();
});
