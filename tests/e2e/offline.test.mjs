// End to end: the service worker keeps the site for offline visits, and a new version is
// announced and taken on reload without losing saved assessments. Each test serves its own copy
// of the build, so that it can stop the server or publish a "new version".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, answer } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
let browser;
before(async () => { browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS }); });
after(async () => { await browser?.close(); });

function copyOfSite() {
  const dir = mkdtempSync(join(tmpdir(), 'aiact-site-'));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** Waits until the service worker holds every file of this version and controls the page. */
async function keptOffline(page) {
  const active = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');
  const controlled = () => page.evaluate(() => !!navigator.serviceWorker.controller);
  for (let i = 0; i < 80 && !(await active()); i++) await page.waitForTimeout(250);
  // Chromium may take a moment after activation before navigations are controlled.
  for (let i = 0; i < 40; i++) {
    await page.reload();
    if (await controlled()) return;
    await page.waitForTimeout(250);
  }
  throw new Error('the service worker never took control of the page');
}

test('a second visit opens and works offline', async () => {
  const dir = copyOfSite();
  const server = await startServer(dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(server.url);
    await page.getByTestId('question-text').waitFor();
    await answer(page, 'unsure');
    await keptOffline(page);
    await server.close();

    const offline = await context.newPage();
    offline.on('pageerror', (e) => errors.push(String(e)));
    await offline.goto(server.url);
    await offline.getByTestId('continue-assessment').click();
    await offline.getByTestId('question').waitFor();
    assert.equal(await offline.getByTestId('question').getAttribute('data-question-id'), 'ai_system.technique');
    await answer(offline, 'human_rules');
    await offline.getByTestId('result').waitFor();
    assert.equal(await offline.getByTestId('tier').getAttribute('data-tier'), 'not_ai_system');
    const [download] = await Promise.all([offline.waitForEvent('download'), offline.getByTestId('download-md').click()]);
    assert.match(download.suggestedFilename(), /_report_.*\.md$/, 'downloads work offline too');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a visit in German opens in German offline too, from any address of the site', async () => {
  const dir = copyOfSite();
  const server = await startServer(dir);
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const de = JSON.parse(readFileSync(new URL('../../questions/i18n/de.json', import.meta.url), 'utf8')).texts;
  try {
    await page.goto(server.url);
    await page.waitForURL(/index\.de\.html$/);
    // The whole translation arrives (and is kept) once the first answer shows in German.
    await answer(page, 'unsure');
    await page.getByTestId('question-text').filter({ hasText: de['question/ai_system.technique/text'].text }).waitFor();
    await keptOffline(page);
    // The translation is kept once the page controlled by the service worker has fetched it.
    await page.waitForFunction(async () => {
      const keys = await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys()));
      return keys.flat().some((r) => /\/i18n-de-[0-9a-f]+\.bin$/.test(r.url));
    }, null, { polling: 250 });
    await server.close();

    const offline = await context.newPage();
    offline.on('pageerror', (e) => errors.push(String(e)));
    await offline.goto(server.url);
    await offline.waitForURL(/index\.de\.html$/);
    assert.equal(await offline.evaluate(() => document.documentElement.lang), 'de');
    await offline.getByTestId('continue-assessment').click();
    await offline.getByTestId('question-text').filter({ hasText: de['question/ai_system.technique/text'].text }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a new version is announced, and reloading into it keeps the saved assessments', async () => {
  const dir = copyOfSite();
  const server = await startServer(dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.getByTestId('system-name').fill('Kept across versions');
    await answer(page, 'no');
    await keptOffline(page);

    // Publish a "new version": a different service worker and page.
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([^']*)'/, "const VERSION = '$1-next'"));
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="build" content="next"><title>'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const notice = page.getByTestId('notice').filter({ hasText: /new version/ });
    await notice.waitFor({ timeout: 20000 });
    await Promise.all([page.waitForEvent('load'), notice.getByTestId('reload').click()]);
    await page.waitForFunction(() => document.querySelector('meta[name=build]')?.content === 'next');
    await page.getByTestId('library').filter({ hasText: /Kept across versions.*Not an AI system/ }).waitFor();
    assert.match(await page.getByTestId('continue-assessment').textContent(), /Kept across versions/);
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
