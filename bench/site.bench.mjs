/**
 * `npm run bench:site`: how fast the plan explorer (site/dist/, `npm run site`) shows its
 * scorecard, in the same headless Chromium as the browser tests.
 *
 * Goal (issue 14): the first render of the scorecard within a second of load on a 2-core
 * machine. Each round opens the page in a fresh browser context (an empty cache) from a
 * static server on localhost and reads, with the Performance API, the time from the start of
 * the navigation to the paint of the scorecard (Element Timing of its summary line, which
 * the page shows together with the table), to the mark `scorecard-rendered` (set by the page
 * when the scorecard's rows are in the document) and to the first contentful paint. It also moves the scenario slider
 * and swaps in observations by script (not by user input, so that every shift counts) and
 * sums the layout-shift scores: results that update must not move the page (0).
 *
 * Yardstick: in the same run and browser, a page of one paragraph and no script, served the
 * same way, loaded the same way, timed the same way (Element Timing of its paragraph). The
 * ratio of the two medians says what the page costs beyond what loading any page costs on
 * this machine, and moves less with the machine's load than the milliseconds do.
 *
 * Usage: node bench/site.bench.mjs [rounds]   (default 10, after one warm-up round)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveStatic } from '../scripts/site/browser.mjs';

const rounds = Number(process.argv[2] ?? 10);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds: expected a positive integer, got ${process.argv[2]}`);

const server = await serveStatic();
const blankDir = mkdtempSync(join(tmpdir(), 'site-bench-'));
writeFileSync(
  join(blankDir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>yardstick</title></head><body><p elementtiming="yardstick">A page of one paragraph.</p></body></html>',
);
const blank = await serveStatic(blankDir);
const browser = await launchChromium();

/** Element Timing of the elements named `identifier`, kept in `window.__painted` from the start of the navigation. */
function watchPaint(identifier) {
  window.__painted = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === identifier) window.__painted.push(e.renderTime || e.loadTime);
  }).observe({ type: 'element', buffered: true });
}

/** The yardstick: the paint of a one-paragraph page, in a fresh context. */
async function yardstick() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchPaint, 'yardstick');
  await page.goto(`${blank.origin}/`, { timeout: 60_000 });
  await page.waitForFunction(() => window.__painted.length > 0, undefined, { timeout: 60_000 });
  const painted = await page.evaluate(() => window.__painted[0]);
  await context.close();
  return painted;
}

/** One load of the page: its timings, and the layout shifts of updates. */
async function round() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push({ value: e.value, recent: e.hadRecentInput, at: e.startTime });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Element timing: when the scorecard's summary line (elementtiming="scorecard") was painted.
  await page.addInitScript(watchPaint, 'scorecard');
  await page.goto(`${server.origin}/`, { timeout: 60_000 });
  await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__painted.length > 0, undefined, { timeout: 60_000 });
  const load = await page.evaluate(() => ({
    painted: window.__painted[0],
    scorecard: performance.getEntriesByName('scorecard-rendered')[0]?.startTime ?? Number.NaN,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? Number.NaN,
  }));
  // Wait for the break-evens of the first run, which fill in after the first render.
  await page.waitForFunction(() => document.querySelector('#breakeven')?.dataset.done !== undefined, undefined, { timeout: 60_000 });
  const before = await page.evaluate(() => window.__shifts.length);
  // Updates by script: the slider's value, then observations of one's own.
  await page.evaluate(async () => {
    const settle = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const range = document.querySelector('input[type="range"]');
    for (const v of ['15', '-10', '30', '5']) {
      range.value = v;
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      await settle();
    }
    const text = document.querySelector('#data-text');
    text.value = 'indicator,year,value,unit\nindustrial-value-added,2015,120,bn-yuan\nindustrial-value-added,2020,245,bn-yuan\n';
    const status = document.querySelector('#data-status');
    const before = status.textContent;
    document.querySelector('#data-apply').click();
    // the schema entry is loaded on first use: wait until the page says it uses the new figures
    for (let i = 0; i < 600 && status.textContent === before; i++) await settle();
    if (status.textContent === before) throw new Error('the observations were not applied');
    await settle();
  });
  const shifts = await page.evaluate(() => window.__shifts);
  await context.close();
  const sum = (list) => list.reduce((s, e) => s + e.value, 0);
  return { ...load, loadShift: sum(shifts.slice(0, before)), updateShift: sum(shifts.slice(before)), yardstick: await yardstick() };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};

try {
  await round(); // warm-up (the yardstick's too): the operating system's file cache, Chromium's first start of a renderer
  const results = [];
  for (let i = 0; i < rounds; i++) results.push(await round());
  const col = (key) => results.map((r) => r[key]);
  const row = (name, key, digits = 0) => ({
    measure: name,
    median: median(col(key)).toFixed(digits),
    min: Math.min(...col(key)).toFixed(digits),
    max: Math.max(...col(key)).toFixed(digits),
  });
  console.log(`plan explorer, ${rounds} loads in ${browser.version()} (a fresh context each), ${process.env.CI ? 'CI' : 'local'} machine`);
  console.table([
    row('scorecard painted (ms from navigation start)', 'painted'),
    row('scorecard rows in the document (ms)', 'scorecard'),
    row('first contentful paint (ms)', 'fcp'),
    row('DOMContentLoaded (ms)', 'domContentLoaded'),
    row('yardstick: one-paragraph page painted (ms)', 'yardstick'),
    row('layout shift while loading (CLS score)', 'loadShift', 4),
    row('layout shift of updates (CLS score)', 'updateShift', 4),
  ]);
  const worst = Math.max(...col('painted'));
  console.log(
    `goal: first render of the scorecard within 1000 ms of load: painted after ${median(col('painted')).toFixed(0)} ms (median), ${worst.toFixed(0)} ms at worst — ${median(col('painted')) <= 1000 ? 'holds' : 'does not hold'}`,
  );
  const ratio = median(col('painted')) / median(col('yardstick'));
  console.log(`the scorecard is painted ${ratio.toFixed(1)} × as late as the one-paragraph page (medians, same run and browser)`);
  console.log(`goal: no layout shift when results update: ${Math.max(...col('updateShift')) === 0 ? 'holds' : 'does not hold'} (largest ${Math.max(...col('updateShift')).toFixed(4)})`);
} finally {
  await browser.close();
  await server.close();
  await blank.close();
  rmSync(blankDir, { recursive: true, force: true });
}
