/**
 * Opening the built page in headless Chromium for a test: a fresh browser context a test, every
 * request outside the page's own server refused (the page must need no network), and every
 * console error, page error, failed request and error status collected, for the test to
 * assert that there were none. Screenshots go to .tmp/site-shots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where the screenshots of each state go. */
export const SHOTS = resolve(import.meta.dirname, '../../../.tmp/site-shots');

/** Generous waits: a busy 2-core machine runs other tests beside the browser. */
export const WAIT = { timeout: 30_000 } as const;

/** A page under watch. */
export interface Watched {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors, failed requests, error statuses and outside requests, in order. */
  readonly problems: string[];
  /** Every address requested. */
  readonly requested: string[];
}

/**
 * Open the page at `path` (with its address query) and wait until it has rendered.
 *
 * @param browser - The browser.
 * @param origin - The static server's origin.
 * @param path - The path and query, default `/`.
 * @returns The page with its watch lists.
 */
export async function openPage(browser: Browser, origin: string, path = '/'): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, acceptDownloads: false });
  context.setDefaultTimeout(WAIT.timeout);
  const problems: string[] = [];
  const requested: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    problems.push(`request outside the page: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${origin}${path}`, WAIT);
  await page.waitForSelector('body[data-ready]', WAIT);
  return { context, page, problems, requested };
}

/**
 * A screenshot, as `.tmp/site-shots/<name>.png`: the whole page, or what the window shows.
 *
 * @param page - The page.
 * @param name - The state shown.
 * @param fullPage - The whole page (default) or the window only.
 * @returns The file written.
 */
export async function shot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled', ...WAIT });
  return path;
}
