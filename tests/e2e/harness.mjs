// Shared set-up for the end-to-end tests: the release build in dist/ served on 127.0.0.1, and
// Debian's Chromium driven headless by playwright-core. Records every request and console error.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';

export const DIST = process.env.E2E_DIST ?? 'dist';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Starts the server and the browser; returns helpers and a `close`. */
export async function launch({ prefix = '/' } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run scripts/build.sh first`);
  }
  const server = await startServer(DIST, { prefix });
  const profile = mkdtempSync(join(tmpdir(), 'aiact-e2e-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return {
    url: server.url,
    browser,
    /** A fresh page that records requests and console errors. */
    async page(contextOptions = {}) {
      const context = await browser.newContext(contextOptions);
      const page = await context.newPage();
      const requests = [];
      const errors = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      return { page, context, requests, errors };
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Origins of the recorded requests other than `url`'s (data: and blob: URLs are not requests to an origin). */
export function foreignOrigins(requests, url) {
  const own = new URL(url).origin;
  return [...new Set(requests
    .filter((r) => !r.startsWith('data:') && !r.startsWith('blob:'))
    .map((r) => new URL(r).origin)
    .filter((o) => o !== own))];
}

/** Presses Tab until the element with this data-testid has focus (at most `max` presses). */
export async function tabTo(page, testid, max = 40) {
  for (let i = 0; i < max; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testid) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach [data-testid=${testid}] with the Tab key`);
}

/** Runs axe-core on the page and returns its violations (needs a context with bypassCSP). */
export async function axe(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/** Opens the app with `entries` ([key, value] pairs) already in its storage, written before
 *  any script of the page runs (once per tab, so a reload sees what the app made of them). */
export async function openWithSaved(page, url, entries) {
  await page.addInitScript((list) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    for (const [k, v] of list) localStorage.setItem(k, v);
  }, entries);
  await page.goto(url);
}

/** Opens the app on a first visit; resolves when the first question shows (on the intro). */
export async function start(page, url) {
  await page.goto(url);
  await page.getByTestId('intro').waitFor();
  await page.getByTestId('question-text').waitFor();
}

/** Clicks an element and counts the click. */
export async function click(page, counter, locator) {
  counter.clicks += 1;
  await locator.click();
}

/** Answers the question on screen by clicking the answer with this value (or option id). */
export async function answer(page, value) {
  const id = await page.getByTestId('question').getAttribute('data-question-id');
  await page.getByTestId(`answer-${value}`).click();
  await nextScreen(page, id);
}

/** Waits until the question `prev` is replaced by another screen. */
async function nextScreen(page, prev) {
  await page.waitForFunction(
    (prev) => document.querySelector('[data-testid=question]')?.dataset.questionId !== prev,
    prev,
  );
}

/** Ticks options of a multi-choice question and continues. */
export async function tick(page, ...options) {
  for (const o of options) await page.getByTestId(`option-${o}`).check();
  const id = await page.getByTestId('question').getAttribute('data-question-id');
  await page.getByTestId('continue').click();
  await nextScreen(page, id);
}

/**
 * Answers questions by id until the result shows: `plan` maps question id to a value or an array
 * of options (as in the golden scenario files). Returns the number of clicks it took.
 */
export async function answerAll(page, plan) {
  let clicks = 0;
  for (let i = 0; i < 80; i++) {
    if (await page.getByTestId('result').isVisible()) return clicks;
    const q = await page.getByTestId('question').getAttribute('data-question-id');
    if (!(q in plan)) throw new Error(`no answer planned for question ${q}`);
    const v = plan[q];
    if (Array.isArray(v) && v.length === 1 && await page.getByTestId(`answer-${v[0]}`).count()) {
      await answer(page, v[0]); // an exclusive option ("None of these") is a single button
      clicks += 1;
    } else if (Array.isArray(v)) {
      await tick(page, ...v);
      clicks += v.length + 1;
    } else {
      await answer(page, v);
      clicks += 1;
    }
  }
  throw new Error('the result did not appear');
}
