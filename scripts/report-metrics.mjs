// Prints how long the reports and the result screen are for three typical results (minimal,
// transparency, high-risk): words of the Markdown report, pages of the HTML report printed to A4
// in headless Chromium, the height of the HTML report on a phone (375 px) and a laptop (1280 px)
// screen, and, for each web build given, the height of the result page at those widths.
//
//   node scripts/report-metrics.mjs [DIST ...]   (uses target/release/aiact; builds it if missing)
//
// The reports come from the command-line tool, which calls the same renderers as the page. The
// result page is reached by answering the scenario's questions in the built app, as a person
// would; its height is the page's scroll height once every part of the result has rendered.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './static-server.mjs';
import { start, answerAll } from '../tests/e2e/harness.mjs';

const CASES = [
  ['minimal', 'minimal-deployer-demand-forecast.json'],
  ['transparency', 'chatbot-provider.json'],
  ['high-risk', 'derogation-profiling-override.json'],
];
const TODAY = '2026-12-02';
const CLI = 'target/release/aiact';
const DISTS = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(CLI)) {
  execFileSync('cargo', ['build', '--release', '-q', '-p', 'aiact-cli'], { stdio: 'inherit' });
}
const dir = mkdtempSync(join(tmpdir(), 'aiact-metrics-'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const rows = [];
for (const [label, file] of CASES) {
  const scenario = JSON.parse(readFileSync(join('core/tests/scenarios', file), 'utf8'));
  const envelope = {
    schema: 1, content_date: TODAY, created: `${TODAY}T09:00:00Z`, updated: `${TODAY}T09:00:00Z`,
    name: scenario.name.slice(0, 60), answers: scenario.answers,
  };
  const answers = join(dir, `${label}.json`);
  writeFileSync(answers, JSON.stringify(envelope));
  const report = (format) => execFileSync(CLI, ['assess', answers, '--format', format, '--today', TODAY],
    { encoding: 'utf8', maxBuffer: 1 << 26 });
  const md = report('md');
  const html = report('html');
  const words = md.split(/\s+/).filter(Boolean).length;
  const page = await browser.newPage();
  await page.setContent(html);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const height = {};
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    height[width] = await page.evaluate(() => document.documentElement.scrollHeight);
  }
  await page.close();
  rows.push({ label, words, pages, phone: height[375], laptop: height[1280], screen: [] });
}

/** The height of the result page of each case in the build in `dist`, at 375 and 1280 px. */
async function screenHeights(dist) {
  const server = await startServer(dist);
  try {
    for (const [i, [, file]] of CASES.entries()) {
      const scenario = JSON.parse(readFileSync(join('core/tests/scenarios', file), 'utf8'));
      const height = {};
      for (const width of [375, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await start(page, server.url);
        await page.getByTestId('system-name').fill(scenario.name.slice(0, 60));
        await answerAll(page, scenario.answers);
        // The long parts follow the first frame of the result; wait until nothing changes.
        let last = -1;
        for (let n = 0; n < 50; n++) {
          await page.waitForTimeout(100);
          const h = await page.evaluate(() => document.documentElement.scrollHeight);
          if (h === last) break;
          last = h;
        }
        height[width] = last;
        await context.close();
      }
      rows[i].screen.push(height);
    }
  } finally {
    await server.close();
  }
}
for (const dist of DISTS) await screenHeights(dist);
await browser.close();
rmSync(dir, { recursive: true, force: true });
console.log('| result | Markdown words | printed pages (A4) | HTML report height at 375 px | at 1280 px |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.label} | ${r.words} | ${r.pages} | ${r.phone} px | ${r.laptop} px |`);
}
if (DISTS.length) {
  console.log();
  console.log(`| result page height | ${DISTS.map((d) => `${d} at 375 px | ${d} at 1280 px`).join(' | ')} |`);
  console.log(`|---|${DISTS.map(() => '---:|---:').join('|')}|`);
  for (const r of rows) {
    console.log(`| ${r.label} | ${r.screen.map((h) => `${h[375]} px | ${h[1280]} px`).join(' | ')} |`);
  }
}
