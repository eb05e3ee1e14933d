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
