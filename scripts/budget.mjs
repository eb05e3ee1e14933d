// Prints the performance budget of one or more release builds, side by side:
//
// - bytes (brotli, q11) before the first question is visible: the page and what blocks its
//   first paint (stylesheets, classic scripts in the head), or, if the page does not contain
//   the first question, everything the app needs to render it;
// - bytes before an answer to it is handled: also the module scripts and the main wasm module
//   (not the files the page fetches later, at low priority or on demand);
// - bytes of the whole app;
// - first question visible and first answer handled, with the CPU throttled 4x (cold cache,
//   median of RUNS runs): the first animation frame in which the question is shown, and the
//   first frame after the app has saved an answer clicked in that first frame;
// - click to next frame, CPU throttled 4x, over the whole high-risk path of a golden scenario
//   (median and worst over PATH_RUNS runs): from the click event to the first task after the
//   next rendered frame.
//
// Usage: node scripts/budget.mjs [RUNS] [DIST ...]   (defaults: 9 runs, dist)
// Env: PATH_RUNS (default 3), SCENARIO (default employment-recruitment-deployer), CHROMIUM.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needed, total } from './dist-files.mjs';
import { startServer } from './static-server.mjs';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 9;
const dists = args.length ? args : ['dist'];
const pathRuns = Number(process.env.PATH_RUNS ?? 3);
const scenarioName = process.env.SCENARIO ?? 'employment-recruitment-deployer';
const scenario = JSON.parse(readFileSync(new URL(`../core/tests/scenarios/${scenarioName}.json`, import.meta.url), 'utf8'));
const PEER = { bytes: 207.2, visible: 940 };

/** Brotli bytes of the files a build needs before its first question shows and is answered. */
function bytes(dist) {
  const files = needed(dist);
  return { visible: total(dist, files.firstPaint).br, answered: total(dist, files.firstAnswer).br, all: total(dist, files.all).br };
}

const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

// In the page: the first frame showing the question, the click, and when the answer is saved.
const PROBE = () => {
  const marks = (window.__marks = { visible: null, click: null, saved: null, frames: [] });
  const frame = () => {
    // The question and its answers, shown (the page may still be arriving).
    const q = document.querySelector('[data-testid=question-text]');
    const a = document.querySelector('[data-testid=question] button.choice');
    if (marks.visible === null && q && a && q.offsetParent !== null && a.offsetParent !== null) {
      marks.visible = performance.now();
      // A person answering the moment the question shows (a click from inside the page, so
      // that the driver's own waiting for frames does not delay it).
      if (window.__answerAtOnce) a.click();
    }
    if (marks.click !== null && marks.saved === null) {
      try {
        const saved = Object.keys(localStorage).some((k) => k.startsWith('aiact-check.v1.assessment.')
          && Object.keys(JSON.parse(localStorage.getItem(k)).answers).length > 0);
        if (saved) marks.saved = performance.now();
      } catch { /* not yet */ }
    }
    if (marks.saved === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener('click', (ev) => {
    if (marks.click === null) marks.click = ev.timeStamp;
    const t0 = ev.timeStamp;
    requestAnimationFrame(() => setTimeout(() => marks.frames.push(performance.now() - t0), 0));
  }, true);
};

async function throttled(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page };
}

async function startup(browser, url) {
  const { context, page } = await throttled(browser);
  await page.addInitScript(() => { window.__answerAtOnce = true; });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__marks.saved !== null, null, { timeout: 30000 });
  const m = await page.evaluate(() => window.__marks);
  await context.close();
  return { visible: m.visible, answered: m.saved };
}

async function clickPath(browser, url) {
  const { context, page } = await throttled(browser);
  await page.goto(url);
  await page.getByTestId('question-text').waitFor();
  // The rest of the content and code is fetched while the first question is read.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /content-.*\.bin$/.test(r.name)));
  await page.waitForTimeout(1500);
  await page.evaluate(() => { window.__marks.frames = []; });
  for (let i = 0; i < 80 && !(await page.getByTestId('result').isVisible()); i++) {
    const id = await page.getByTestId('question').getAttribute('data-question-id');
    const v = scenario.answers[id];
    if (v === undefined) throw new Error(`${scenarioName}: no answer for ${id}`);
    const values = Array.isArray(v) ? v : [v];
    if (values.length === 1 && await page.getByTestId(`answer-${values[0]}`).count()) {
      await page.getByTestId(`answer-${values[0]}`).click();
    } else {
      for (const o of values) await page.getByTestId(`option-${o}`).click();
      await page.getByTestId('continue').click();
    }
    await page.waitForFunction((prev) => document.querySelector('[data-testid=question]')?.dataset.questionId !== prev, id);
  }
  await page.getByTestId('result').waitFor();
  // Review, change nothing, back to the result: screens of their own.
  await page.getByTestId('review').click();
  await page.getByTestId('to-result').click();
  await page.getByTestId('result').waitFor();
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => window.__marks.frames);
  await context.close();
  return frames;
}

/** A page holding nothing but a heading and a button: what this machine needs at least. */
function floorSite() {
  const dir = mkdtempSync(join(tmpdir(), 'aiact-floor-'));
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>'
    + '<body><section data-testid="question"><h1 data-testid="question-text">A question</h1>'
    + '<button type="button" class="choice">Yes</button></section></body></html>');
  return dir;
}

async function visibleOnly(browser, url) {
  const { context, page } = await throttled(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__marks.visible !== null);
  const t = await page.evaluate(() => window.__marks.visible);
  await context.close();
  return t;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

// The builds (and the floor page) take turns run by run, so that changes in the machine's load
// during the measurement fall on all of them alike.
const browser = await launch();
const floorDir = floorSite();
const floorServer = await startServer(floorDir);
const sites = [];
for (const dist of dists) sites.push({ dist, server: await startServer(dist), starts: [], frames: [] });
const floorTimes = [];
for (let i = 0; i < runs; i++) {
  floorTimes.push(await visibleOnly(browser, floorServer.url));
  for (const site of sites) site.starts.push(await startup(browser, site.server.url));
}
for (let i = 0; i < pathRuns; i++) {
  for (const site of sites) site.frames.push(...await clickPath(browser, site.server.url));
}
const results = sites.map(({ dist, starts, frames }) => ({
  dist, ...bytes(dist),
  visibleMs: median(starts.map((s) => s.visible)),
  answeredMs: median(starts.map((s) => s.answered)),
  clickMedian: median(frames),
  clickP95: [...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)],
  clickWorst: Math.max(...frames),
  clicks: frames.length,
}));
const floorMs = median(floorTimes);
for (const site of sites) await site.server.close();
await floorServer.close();
rmSync(floorDir, { recursive: true, force: true });
await browser.close();

const col = (f) => results.map(f).join(' | ');
console.log(`| measure (brotli q11; CPU throttled 4x, cold cache; ${runs} start-up runs, ${pathRuns} runs of the ${scenarioName} path) | ${col((r) => r.dist)} |`);
console.log(`|---|${results.map(() => '---:').join('|')}|`);
console.log(`| bytes before the first question is visible | ${col((r) => kib(r.visible))} |`);
console.log(`| bytes before an answer to it is handled | ${col((r) => kib(r.answered))} |`);
console.log(`| whole app | ${col((r) => kib(r.all))} |`);
console.log(`| first question visible (median) | ${col((r) => `${Math.round(r.visibleMs)} ms`)} |`);
console.log(`| the same for a page holding only a heading and a button (this machine's floor) | ${col(() => `${Math.round(floorMs)} ms`)} |`);
console.log(`| first answer handled (median) | ${col((r) => `${Math.round(r.answeredMs)} ms`)} |`);
console.log(`| click to next frame, median | ${col((r) => `${r.clickMedian.toFixed(1)} ms`)} |`);
console.log(`| click to next frame, 95th percentile | ${col((r) => `${r.clickP95.toFixed(1)} ms`)} |`);
console.log(`| click to next frame, worst (of ${results[0].clicks} clicks) | ${col((r) => `${r.clickWorst.toFixed(1)} ms`)} |`);
console.log(`| bytes to first answer / lightest peer (${PEER.bytes} KiB) | ${col((r) => (r.answered / 1024 / PEER.bytes).toFixed(2))} |`);
console.log(`| first question visible / lightest peer (${PEER.visible} ms) | ${col((r) => (r.visibleMs / PEER.visible).toFixed(2))} |`);
