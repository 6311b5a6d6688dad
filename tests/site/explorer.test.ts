/**
 * The plan explorer (site/), built by `npm run site`, opened in Debian's headless Chromium
 * from a static server on a free localhost port. Every test checks that the page made no
 * request outside that server, logged no console error and had no failed request, and
 * leaves a screenshot of its state in .tmp/site-shots/.
 *
 * Oracles: the figures reported for Baotou (the secondary sector's 115.3 billion yuan in 2020,
 * Baotou statistical communiqué 2020, which bounds industrial value added below the 240 billion
 * yuan target), compound growth worked out with Python's `decimal` (120 × 1.15^5 =
 * 241.3628625; 120 × 0.9^5 = 70.8588; the break-even 2^(1/5) − 1 = 14.8698…%), and for the
 * national plan the 2020 outcomes published by the National Bureau of Statistics, the National
 * Forestry and Grassland Administration and the Ministry of Ecology and Environment (cited
 * where they are used).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic, type StaticServer } from '../../scripts/site/browser.mjs';
import { baotou13, china13 } from '../../src/index.js';
import { WAIT, openPage, shot, type Watched } from './_lib/page.js';

/** One test: a fresh page, several page loads at most; sized for a busy 2-core machine. */
const TEST_TIMEOUT = 90_000;

let server: StaticServer;
let browser: Browser;
const open: Watched[] = [];

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, 60_000);

afterEach(async () => {
  const watched = open.splice(0);
  const problems = watched.flatMap((w) => w.problems);
  await Promise.all(watched.map((w) => w.context.close()));
  expect(problems).toEqual([]);
}, 60_000);

async function visit(path = '/'): Promise<Page> {
  const w = await openPage(browser, server.origin, path);
  open.push(w);
  return w.page;
}

/** The scorecard row of a target in a table (`#scorecard`, `#verdicts`). */
const row = (page: Page, table: string, targetId: string) => page.locator(`${table} tr.row[data-target="${targetId}"]`);

/** The query of the page's address. */
const query = (page: Page): string => new URL(page.url()).search;

/** Drop a file on an element, as a drag from the desktop does (a synthetic `drop` with a DataTransfer). */
async function dropFile(page: Page, selector: string, name: string, text: string, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    `(() => { const t = new DataTransfer(); t.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: ${JSON.stringify(type)} })); return t; })()`,
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

const IVA = 'industrial-value-added-2020';
const IVA_GROWTH = 'industrial-value-added-growth-2020';

describe('the plan explorer in Chromium', () => {
  it(
    "shows baotou13's scorecard: every target, the 240 bn target not met on a bound, its explanation by keyboard",
    async () => {
      const page = await visit();
      await expect.poll(() => page.locator('#scorecard tr.row').count(), WAIT).toBe(baotou13.targets.length);
      const iva = row(page, '#scorecard', IVA);
      expect(await iva.getAttribute('data-status')).toBe('not_met');
      expect(await iva.getAttribute('data-basis')).toBe('bound');
      expect(await iva.locator('td.status').textContent()).toBe('not met');
      expect(await iva.locator('td.basis').textContent()).toBe('bound');
      expect(await iva.locator('td.goal').textContent()).toBe('≥ 240 billion yuan');
      // the secondary sector's 115.3 bn yuan in 2020 (communiqué 2020), shown as the command line rounds it
      expect(await iva.locator('td.value').textContent()).toBe('115.30 billion yuan');
      expect(await iva.locator('td.caveat-kinds').textContent()).toContain('break in series');
      // the growth target lacks annual figures: incomplete, no basis
      expect(await row(page, '#scorecard', IVA_GROWTH).getAttribute('data-status')).toBe('incomplete');
      expect(await page.locator('#scorecard-summary').textContent()).toBe(
        `0 of 1 targets judged are met on the figures reported for Baotou, Inner Mongolia; ${baotou13.targets.length - 1} more have no value, are incomplete or are pending`,
      );

      // The explanation opens from the keyboard, and says what bounds the verdict.
      const button = iva.locator('button.disclosure');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      const explanation = page.locator(`#${await button.getAttribute('aria-controls')}`);
      await expect.poll(() => explanation.isHidden(), WAIT).toBe(true);
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => explanation.isVisible(), WAIT).toBe(true);
      const text = (await explanation.textContent()) ?? '';
      expect(text).toContain('secondary sector');
      expect(text).toContain('115.3 billion yuan');
      expect(text).toContain('have an industrial added value of 240-billion yuan');
      await shot(page, 'baotou13-scorecard');
      // the window as a reader first sees it, explanation open (docs/site.png is a copy of it)
      await page.evaluate('window.scrollTo(0, 0)');
      await shot(page, 'baotou13-window', false);
      await page.keyboard.press('Space');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      // the scorecard was drawn, and said so to the benchmark
      expect(await page.evaluate('performance.getEntriesByName("scorecard-rendered").length')).toBe(1);
      // every control has a name a screen reader reads
      const unnamed = await page.evaluate(`[...document.querySelectorAll('input, select, textarea, button, summary')]
        .filter((e) => !(e.labels?.length > 0 || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.textContent.trim() !== ''))
        .map((e) => e.id || e.outerHTML.slice(0, 80))`);
      expect(unnamed).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'reaches every kind of control with the Tab key, in the order of the page',
    async () => {
      const page = await visit();
      const stops: string[] = [];
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const at = (await page.evaluate(
          `(() => { const e = document.activeElement; return e === null || e === document.body ? '' : e.id || e.className || e.tagName; })()`,
        )) as string;
        if (at !== '' && !stops.includes(at)) stops.push(at);
      }
      // the skip link, the language, the plan, the files, a row's explanation, the slider and the
      // text field, the break-evens' scrolling box, the figures, the charts — in this order
      const wanted = ['skip', 'lang', 'plan', 'plan-file', 'disclosure', 'growth-range-0', 'growth-text-0', 'scenario-reset', 'table-wrap breakeven-wrap', 'data-text', 'data-apply', 'data-reset', 'data-file', 'SUMMARY'];
      const seen = wanted.map((w) => stops.indexOf(w));
      expect(seen.every((i) => i >= 0), `Tab stops: ${stops.join(', ')}`).toBe(true);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the national plan china13: every target, with the verdicts of the published figures',
    async () => {
      const page = await visit();
      const values = await page.locator('#plan option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
      expect(values).toEqual(['baotou13', 'china13']);
      await page.selectOption('#plan', 'china13');
      expect(query(page)).toBe('?plan=china13');
      await expect.poll(() => page.locator('#scorecard tr.row').count(), WAIT).toBe(china13.targets.length);
      const status = (id: string) => row(page, '#scorecard', id).getAttribute('data-status');
      const value = (id: string) => row(page, '#scorecard', id).locator('td.value').textContent();
      // NBS, Statistical Communiqué on the 2020 National Economic and Social Development
      // (2021-02-28): GDP 1,015,986 亿元 > the Outline's 92.7 trillion yuan, met; the services'
      // share 54.5 % < 56 %, not met; R&D spending 2.40 % of GDP < 2.5 %, not met.
      expect(await status('gdp-2020')).toBe('met');
      // 1,015,986 亿元 is 101,598.6 billion yuan (1 亿 = 0.1 billion)
      expect(await value('gdp-2020')).toBe('101,598.60 billion yuan');
      expect(await status('services-share-2020')).toBe('not_met');
      expect(await value('services-share-2020')).toBe('54.50%');
      expect(await status('rd-intensity-2020')).toBe('not_met');
      expect(await value('rd-intensity-2020')).toBe('2.40%');
      // National Forestry and Grassland Administration, 2021-01-26: forest coverage 23.04 %, the
      // target exactly (≥ 23.04 %), met.
      expect(await status('forest-coverage-2020')).toBe('met');
      // Ministry of Ecology and Environment, 2020 Bulletin on China's Ecological Environment:
      // good-air days 87.0 % > 80 %, surface water of Grade III or better 83.4 % > 70 %, worse
      // than Grade V 0.6 % < 5 %: all met.
      expect(await status('good-air-days-share-2020')).toBe('met');
      expect(await status('surface-water-grade-iii-share-2020')).toBe('met');
      expect(await status('surface-water-below-grade-v-share-2020')).toBe('met');
      // Each row shows its basis and caveats: the GDP figure is preliminary, its price basis stated.
      expect(await row(page, '#scorecard', 'gdp-2020').getAttribute('data-basis')).toBe('observed');
      expect(await row(page, '#scorecard', 'gdp-2020').locator('td.caveat-kinds').textContent()).not.toBe('');
      await shot(page, 'china13-scorecard');

      // a link to the plan opens it, with the same rows
      const linked = await visit('/?plan=china13');
      expect(await linked.locator('#plan').inputValue()).toBe('china13');
      expect(await linked.locator('#scorecard tr.row').count()).toBe(china13.targets.length);
      expect(await row(linked, '#scorecard', 'services-share-2020').getAttribute('data-status')).toBe('not_met');
    },
    TEST_TIMEOUT,
  );

  it(
    'moves a slider: the projection, a verdict and the address change; the break-even rate is shown',
    async () => {
      const page = await visit();
      const range = page.locator('input[type="range"][data-series="industrial-value-added"]');
      const text = page.locator('input[type="text"][data-series="industrial-value-added"]');
      const cell2020 = page.locator('#projection tr[data-indicator="industrial-value-added"] td[data-year="2020"]');
      // The editor starts on the reported trend itself: 120 bn in 2015 grown by the published
      // rates 9.8, 9.8, 11, 11.8 and 11 % = 199.2845761957440 bn in 2020 (Python decimal); its
      // field shows that path's average, (199.28…/120)^(1/5) − 1 = 10.677…%, rounded: 10.68.
      expect(await text.inputValue()).toBe('10.68');
      expect(await cell2020.textContent()).toBe('199.28');
      expect(await page.locator('#projection tr[data-indicator="industrial-value-added"] td[data-year="2017"]').textContent()).toBe('144.67');
      expect(await row(page, '#verdicts', IVA).getAttribute('data-status')).toBe('not_met');
      expect(await row(page, '#verdicts', IVA_GROWTH).getAttribute('data-status')).toBe('met');
      // break-even: 120 × (1 + g)^5 = 240, g = 2^(1/5) − 1 = 14.8698…%
      const breakEven = page.locator(`#breakeven tr[data-series="industrial-value-added"][data-target="${IVA}"] td.rate`);
      await expect.poll(() => breakEven.textContent(), WAIT).toBe('≥ 14.87% a year');

      // the keyboard moves the slider: End is its maximum, 30 % a year
      await range.focus();
      await page.keyboard.press('End');
      await expect.poll(() => text.inputValue(), WAIT).toBe('30');
      await expect.poll(() => row(page, '#verdicts', IVA).getAttribute('data-status'), WAIT).toBe('met');
      expect(query(page)).toBe('?growth.industrial-value-added=30');

      // 15 % a year: 120 × 1.15^5 = 241.3628625 ≥ 240, met
      await range.fill('15');
      await expect.poll(() => cell2020.textContent(), WAIT).toBe('241.36');
      expect(await row(page, '#verdicts', IVA).getAttribute('data-status')).toBe('met');
      await shot(page, 'scenario-15-percent');

      // −10 % a year (Home: the slider's minimum): 70.8588 bn, and the growth target is missed too
      await page.keyboard.press('Home');
      await expect.poll(() => cell2020.textContent(), WAIT).toBe('70.86');
      expect(await row(page, '#verdicts', IVA).getAttribute('data-status')).toBe('not_met');
      expect(await row(page, '#verdicts', IVA_GROWTH).getAttribute('data-status')).toBe('not_met');
      expect(await text.inputValue()).toBe('-10');
      // the break-even does not depend on the rate of the series it varies
      await expect.poll(() => page.locator('#breakeven').getAttribute('aria-busy'), WAIT).toBe(null);
      expect(await breakEven.textContent()).toBe('≥ 14.87% a year');

      // a text that is no decimal is refused, and the last projection stays
      await text.fill('12,5');
      expect(await text.getAttribute('aria-invalid')).toBe('true');
      expect(await cell2020.textContent()).toBe('70.86');
      expect(query(page)).toBe('?growth.industrial-value-added=-10');
    },
    TEST_TIMEOUT,
  );

  it(
    'keeps the scenario and the language in the address: a link reproduces them exactly',
    async () => {
      const page = await visit();
      const exact = '12.345678901234567890123456789';
      await page.locator('input[type="text"][data-series="industrial-value-added"]').fill(exact);
      await page.selectOption('#lang', 'zh-CN');
      // the Chinese catalogue is a chunk of its own: the page turns Chinese once it is loaded
      await expect.poll(() => page.locator('html').getAttribute('lang'), WAIT).toBe('zh-CN');
      const link = `/${query(page)}`;
      expect(link).toBe(`/?lang=zh-CN&growth.industrial-value-added=${exact}`);
      // 120 × 1.12345678901234567890123456789^5 = 214.7648… (Python decimal)
      const cell2020 = '#projection tr[data-indicator="industrial-value-added"] td[data-year="2020"]';
      await expect.poll(() => page.locator(cell2020).textContent(), WAIT).toBe('214.76');

      const again = await visit(link);
      expect(query(again)).toBe(link.slice(1));
      expect(await again.locator('input[type="text"][data-series="industrial-value-added"]').inputValue()).toBe(exact);
      expect(await again.locator('input[type="range"][data-series="industrial-value-added"]').inputValue()).toBe('12.3');
      expect(await again.locator(cell2020).textContent()).toBe('214.76');
      expect(await again.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await again.locator('#lang').inputValue()).toBe('zh-CN');
      await shot(again, 'link-reproduced');
    },
    TEST_TIMEOUT,
  );

  it(
    'reads your own observations: a broken CSV shows its line-numbered errors; good ones, dropped, are judged and assessed',
    async () => {
      const page = await visit();
      await page.locator('#data-text').fill('indicator,year,value,unit\nindustrial-value-added,2015,120,bn-yuan\nindustrial-value-added,2020,n/a,bn-yuan\nindustrial-value-added,20x0,245,bn-yuan\n');
      await page.locator('#data-apply').click();
      const errors = page.locator('#data-errors li');
      await expect.poll(() => errors.count(), WAIT).toBe(2);
      expect(await errors.nth(0).textContent()).toBe("line 3, column 'value': expected a decimal string or finite number, got 'n/a'");
      expect(await errors.nth(1).textContent()).toMatch(/^line 4, column 'year': /);
      // the scorecard still stands on the reported figures
      expect(await row(page, '#scorecard', IVA).getAttribute('data-basis')).toBe('bound');
      await shot(page, 'csv-errors');

      // an indicator the plan lacks is an error, with the closest ids
      await page.locator('#data-text').fill('indicator,year,value,unit\nindustrial-value-added,2015,120,bn-yuan\nindustrial-value-add,2020,245,bn-yuan\n');
      await page.locator('#data-apply').click();
      await expect.poll(() => errors.first().textContent(), WAIT).toBe(
        "line 3, column 'indicator': 'industrial-value-add' is not an indicator of plan 'baotou13'; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?",
      );
      expect(await errors.count()).toBe(1);
      expect(await row(page, '#scorecard', IVA).getAttribute('data-basis')).toBe('bound');

      // JSON is read by the schema: problems by their path
      await page.locator('#data-text').fill('[{ "indicator": "industrial-value-added", "year": 2020, "value": "n/a" }]');
      await page.locator('#data-apply').click();
      await expect.poll(() => errors.first().textContent(), WAIT).toMatch(/^observations\[0\]\.value: expected a decimal string/);

      // A good file, dropped on the page: 245 bn yuan in 2020 meets the 240 bn target, observed.
      const csv = 'indicator,year,value,unit\nindustrial-value-added,2015,120,bn-yuan\nindustrial-value-added,2018,170,bn-yuan\nindustrial-value-added,2020,245,bn-yuan\n';
      await dropFile(page, '#data-drop', 'mine.csv', csv, 'text/csv');
      await expect.poll(() => row(page, '#scorecard', IVA).getAttribute('data-status'), WAIT).toBe('met');
      expect(await page.locator('#data-errors li').count()).toBe(0);
      expect(await row(page, '#scorecard', IVA).getAttribute('data-basis')).toBe('observed');
      expect(await row(page, '#scorecard', IVA).locator('td.value').textContent()).toBe('245.00 billion yuan');
      expect(await page.locator('#data-status').textContent()).toBe('Using your 3 observations.');
      // the sentence under the scorecard says what it was judged on, as the command line does
      expect(await page.locator('#scorecard-summary').textContent()).toMatch(
        /^(\d+) of \1 targets judged are met on the observations given; \d+ more have no value, are incomplete or are pending$/,
      );
      // the progress assessment recomputed: 245 in 2020 meets 240 (Open SDG: achieved; time
      // progress: achieved early); the UN method's score is 245 ÷ 240 = 1.0417 (on track)
      const assessed = (method: string) => page.locator(`#assessment tr[data-target="${IVA}"][data-method="${method}"]`);
      expect(await assessed('opensdg').getAttribute('data-status')).toBe('target_achieved');
      expect(await assessed('time-progress').getAttribute('data-status')).toBe('achieved_early');
      expect(await assessed('unsd').getAttribute('data-status')).toBe('on_track');
      expect(await assessed('unsd').locator('td.num').textContent()).toBe('1.042');
      await shot(page, 'your-observations');

      await page.locator('#data-reset').click();
      await expect.poll(() => row(page, '#scorecard', IVA).getAttribute('data-basis'), WAIT).toBe('bound');
    },
    TEST_TIMEOUT,
  );

  it(
    'validates a plan file: a broken one lists its problems with their paths, a good one is explored',
    async () => {
      const page = await visit();
      const plan = JSON.parse(JSON.stringify(baotou13)) as { id: string; title: { en: string }; targets: { indicator: string }[] };
      const broken = structuredClone(plan);
      (broken.targets[2] as { indicator: string }).indicator = 'iva';
      await page.locator('#plan-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
      const problems = page.locator('#plan-errors li');
      await expect.poll(() => problems.count(), WAIT).toBe(1);
      expect(await problems.first().textContent()).toMatch(/^plan\.targets\[2\]\.indicator: 'iva' is not an indicator of this plan; did you mean /);
      expect(await page.locator('#plan').inputValue()).toBe('baotou13');
      await shot(page, 'plan-file-invalid');

      await dropFile(page, '#plan-drop', 'not-json.json', '{ "id": ', 'application/json');
      await expect.poll(() => page.locator('#plan-errors li').first().textContent(), WAIT).toMatch(/^not JSON: /);

      const good = { ...plan, id: 'my-plan', title: { en: 'My copy of the Baotou plan' } };
      await dropFile(page, '#plan-drop', 'mine.json', JSON.stringify(good), 'application/json');
      await expect.poll(() => page.locator('#plan').inputValue(), WAIT).toBe('file');
      expect(await page.locator('#plan-errors li').count()).toBe(0);
      expect(await page.locator('#plan-title').textContent()).toContain('My copy of the Baotou plan');
      await expect.poll(() => page.locator('#scorecard tr.row').count(), WAIT).toBe(baotou13.targets.length);
      // a plan file comes without reported figures: nothing to judge on
      expect(await row(page, '#scorecard', IVA).getAttribute('data-status')).toBe('no_data');
      // the file is not in the address (a link cannot carry it)
      expect(query(page)).toBe('');
      await shot(page, 'plan-file');
    },
    TEST_TIMEOUT,
  );

  it(
    'explores a plan file with only the required sections: scorecard, your figures, progress, charts',
    async () => {
      const page = await visit();
      // the minimal plan of docs/plans.md: id, title, period, indicators, targets — nothing else
      const minimal = {
        id: 'county14',
        title: { en: 'A county plan, 2021–2025', zh: '某县“十四五”规划' },
        period: { start: 2021, end: 2025 },
        indicators: [
          {
            id: 'gdp',
            name: { en: 'GDP', zh: '地区生产总值' },
            unit: '100m-yuan',
            direction: 'increase',
            kind: 'level',
            nature: 'anticipatory',
            definition: { priceBasis: 'current' },
          },
        ],
        targets: [
          {
            id: 'gdp-2025',
            indicator: 'gdp',
            year: 2025,
            comparator: 'atLeast',
            value: '500',
            unit: '100m-yuan',
            source: { kind: 'external', publication: 'The county plan', confidence: 'primary' },
          },
        ],
      };
      await dropFile(page, '#plan-drop', 'county14.json', JSON.stringify(minimal), 'application/json');
      await expect.poll(() => page.locator('#plan').inputValue(), WAIT).toBe('file');
      expect(await page.locator('#plan-errors li').count()).toBe(0);
      expect(await page.locator('#plan-title').textContent()).toBe('A county plan, 2021–2025 · 2021–2025, base year 2020');
      expect(await page.locator('#scorecard tr.row').count()).toBe(1);
      expect(await row(page, '#scorecard', 'gdp-2025').getAttribute('data-status')).toBe('no_data');
      // no figures: the editor starts from the plan's own path, every target met on its
      // boundary — GDP flat at the target's 500 亿元 (50 billion yuan), 0 % a year
      expect(await page.locator('#drivers .driver').count()).toBe(1);
      expect(await page.locator('input[type="text"][data-series="gdp"]').inputValue()).toBe('0');
      await expect.poll(() => row(page, '#verdicts', 'gdp-2025').getAttribute('data-status'), WAIT).toBe('met');
      // −1 % a year: 500 × 0.99^5 = 475.49502495 (Python decimal) < 500, not met
      await page.locator('input[type="text"][data-series="gdp"]').fill('-1');
      await expect.poll(() => row(page, '#verdicts', 'gdp-2025').getAttribute('data-status'), WAIT).toBe('not_met');
      expect(await page.locator('#projection tr[data-indicator="gdp"] td[data-year="2025"]').textContent()).toBe('475.50');

      // 520 in 2025 ≥ 500: met, observed; Open SDG: achieved (the 2025 value is past the target)
      await page.locator('#data-text').fill('indicator,year,value,unit\ngdp,2020,400,100m-yuan\ngdp,2023,470,100m-yuan\ngdp,2025,520,100m-yuan\n');
      await page.locator('#data-apply').click();
      await expect.poll(() => row(page, '#scorecard', 'gdp-2025').getAttribute('data-status'), WAIT).toBe('met');
      expect(await row(page, '#scorecard', 'gdp-2025').getAttribute('data-basis')).toBe('observed');
      expect(await page.locator('#assessment tr[data-target="gdp-2025"][data-method="opensdg"]').getAttribute('data-status')).toBe('target_achieved');

      await page.locator('#charts summary').click();
      await expect.poll(() => page.locator('#trajectory-chart svg').count(), WAIT).toBeGreaterThan(0);
      await expect.poll(() => page.locator('#scorecard-chart svg').count(), WAIT).toBeGreaterThan(0);
      expect(await page.locator('#chart-indicator').inputValue()).toBe('gdp');

      // and in Chinese, its Chinese names
      await page.selectOption('#lang', 'zh-CN');
      await expect.poll(() => page.locator('#plan-title').textContent(), WAIT).toBe('某县“十四五”规划 · 2021—2025年，基期 2020 年');
      expect(await row(page, '#scorecard', 'gdp-2025').locator('th button').textContent()).toBe('地区生产总值');
      await shot(page, 'minimal-plan');
    },
    TEST_TIMEOUT,
  );

  it(
    'switches the language: the table, the numbers and the messages turn Chinese',
    async () => {
      const page = await visit();
      await page.selectOption('#lang', 'zh-CN');
      await expect.poll(() => page.locator('html').getAttribute('lang'), WAIT).toBe('zh-CN');
      expect(query(page)).toBe('?lang=zh-CN');
      const headers = await page.locator('#scorecard thead th').allTextContents();
      expect(headers).toEqual(['指标', '年份', '目标值', '数值', '状态', '依据', '注意事项']);
      const iva = row(page, '#scorecard', IVA);
      expect(await iva.locator('th button').textContent()).toBe('工业增加值');
      expect(await iva.locator('td.status').textContent()).toBe('未实现');
      expect(await iva.locator('td.basis').textContent()).toBe('界限');
      // 240 billion yuan is 2,400 亿元; 115.3 billion yuan is 1,153 亿元
      expect(await iva.locator('td.goal').textContent()).toBe('≥ 2,400 亿元');
      expect(await iva.locator('td.value').textContent()).toBe('1,153.00 亿元');
      expect(await iva.locator('td.caveat-kinds').textContent()).toContain('序列断点');
      expect(await page.locator('#scorecard-summary').textContent()).toMatch(/^包头公布数据：已评价 1 个目标，0 个已实现/);
      expect(await page.locator('#scenario-heading').textContent()).toBe('情景模拟');
      expect(await page.locator('#scenario-base').textContent()).toBe('起始情景：公布数据趋势：基期水平及此后公布的增长率');
      // a CSV error is located in Chinese
      await page.locator('#data-text').fill('indicator,year,value\nindustrial-value-added,2020,n/a\n');
      await page.locator('#data-apply').click();
      await expect.poll(() => page.locator('#data-errors li').first().textContent(), WAIT).toBe("第 2 行，“value”列：应为十进制数字符串或有限数字，实际为 'n/a'");
      await shot(page, 'chinese');
      await page.selectOption('#lang', 'en');
      await expect.poll(() => iva.locator('td.status').textContent(), WAIT).toBe('not met');
      expect(query(page)).toBe('');
    },
    TEST_TIMEOUT,
  );

  it(
    'loads the charts only when they are shown, and draws the trajectory and the scorecard',
    async () => {
      const w = await openPage(browser, server.origin, '/');
      open.push(w);
      const { page } = w;
      const chartChunk = (): string[] => w.requested.filter((u) => /\/assets\/charts-[^/]*\.js$/.test(u));
      expect(chartChunk()).toEqual([]);
      // nor did the first render load the schema entry (zod, papaparse) or the Chinese catalogue
      expect(w.requested.filter((u) => /\/assets\/(schema|messages\.zh)-[^/]*\.js$/.test(u))).toEqual([]);
      await page.locator('#charts summary').click();
      await expect.poll(() => page.locator('#trajectory-chart svg').count(), WAIT).toBeGreaterThan(0);
      await expect.poll(() => page.locator('#scorecard-chart svg').count(), WAIT).toBeGreaterThan(0);
      expect(chartChunk()).toHaveLength(1);
      expect(await page.locator('#chart-indicator').inputValue()).toBe('industrial-value-added');
      const trajectory = (await page.locator('#trajectory-chart svg').first().textContent()) ?? '';
      expect(trajectory).toContain('industrial value added');
      expect(trajectory).toContain('14.87');
      await shot(page, 'charts');
      // a break in the series (status B) is drawn as a gap, the break marked
      expect(trajectory).not.toContain('Break in series');
      const drawn = await page.locator('#charts').getAttribute('data-drawn');
      await page.locator('#data-text').fill(
        'indicator,year,value,unit,status\nindustrial-value-added,2015,120,bn-yuan,\nindustrial-value-added,2016,130,bn-yuan,\nindustrial-value-added,2018,150,bn-yuan,B\nindustrial-value-added,2019,160,bn-yuan,\n',
      );
      await page.locator('#data-apply').click();
      await expect.poll(() => page.locator('#charts').getAttribute('data-drawn'), WAIT).not.toBe(drawn);
      expect(await page.locator('#trajectory-chart svg').first().textContent()).toContain('Break in series');
      await shot(page, 'charts-break');
      // the first page requested only its own files
      const paths = w.requested.map((u) => new URL(u).pathname);
      expect(paths.every((p) => p === '/' || p.startsWith('/assets/'))).toBe(true);
    },
    TEST_TIMEOUT,
  );
});

describe('the built page', () => {
  it('is static: relative addresses only, no server code', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../site/dist/index.html'), 'utf8');
    const addresses = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1] as string);
    expect(addresses.length).toBeGreaterThan(1);
    for (const a of addresses) expect(a, a).toMatch(/^(\.\/|data:|#)/);
  });
});
