/**
 * Size without surprise (issue 12, "What was found" 6; "What to build" 2): long inputs in
 * time linear in their length, each in a child process with a heap cap and a time limit
 * (tests/_lib/isolated.ts). Times are measured inside the child (start-up and building the
 * input excluded) as CPU time, which waiting for a core on a busy machine does not inflate;
 * `npm run bench` records the same figures as ratios against the yardstick.
 *
 * Oracles: Python's `decimal` (the exact product of the rates by a product tree, at unlimited
 * precision, then rounded once to 34 digits; the average at 200 digits), written beside each
 * value; and, for the CSV reader's fast path, the observation schema itself.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { runIsolated } from '../_lib/isolated.js';
import { parseObservations, parseObservationsCsv } from '../../src/schema/index.js';

const Oracle = Decimal.clone({ precision: 100 });

/** `body` run isolated; its value (what the child returned), or a failure that says what happened. */
function measured<T>(body: string, memoryMb: number, timeoutMs = 120_000): T {
  const { outcome } = runIsolated(body, { memoryMb, timeoutMs });
  if (outcome.kind !== 'value') throw new Error(`expected a value, got ${JSON.stringify(outcome).slice(0, 800)}`);
  return outcome.value as T;
}

/** A function in the child that times `f` in CPU milliseconds: `[result, ms]`. */
const CPU = `const cpu = (f) => { const c = process.cpuUsage(); const r = f(); const d = process.cpuUsage(c); return [r, Math.round((d.user + d.system) / 1000)]; };`;

describe('parseObservationsCsv: a million rows', () => {
  it('in a few seconds, within a heap of 512 MB (the observations themselves take about 165 MB)', () => {
    const r = measured<{ rows: number; first: string; last: string; ms: number }>(
      `${CPU}
      const lines = ['indicator,year,value,unit,status'];
      for (let i = 0; i < 1e6; i++) lines.push(\`ind-\${i % 5000},\${1900 + Math.floor(i / 5000)},\${(i * 7) % 100000}.\${i % 97},100m-yuan,\${i % 5 === 0 ? 'E' : ''}\`);
      const text = lines.join('\\n') + '\\n';
      lines.length = 0;
      const [obs, ms] = cpu(() => lib.parseObservationsCsv(text));
      const last = obs[obs.length - 1];
      return { rows: obs.length, first: JSON.stringify(obs[0]), last: JSON.stringify(last), ms };`,
      512,
    );
    expect(r.rows).toBe(1_000_000);
    expect(JSON.parse(r.first)).toEqual({ indicator: 'ind-0', year: 1900, value: '0', unit: '100m-yuan', status: 'E' });
    // Row 999,999: ind-4999, 1900 + 199, (999999 × 7) mod 100000 = 99993, 999999 mod 97 = 26.
    expect(JSON.parse(r.last)).toEqual({ indicator: 'ind-4999', year: 2099, value: '99993.26', unit: '100m-yuan' });
    console.log(`parseObservationsCsv, 10^6 rows: ${r.ms} ms of CPU`);
    expect(r.ms).toBeLessThan(12_000);
  }, 180_000);

  it('a bad row among a million is named by its line, without holding every row', () => {
    const r = measured<{ code: string; message: string; ms: number }>(
      `const lines = ['indicator,year,value'];
      for (let i = 0; i < 1e6; i++) lines.push(\`ind-\${i % 5000},\${1900 + Math.floor(i / 5000)},\${i === 777777 ? 'n/a' : i}\`);
      const text = lines.join('\\n');
      lines.length = 0;
      try { lib.parseObservationsCsv(text); return { code: 'none' }; } catch (e) { return { code: e.code, message: e.message }; }`,
      512,
    );
    expect(r).toEqual({ code: 'VALIDATION', message: "line 777779, column 'value': expected a decimal string or finite number, got 'n/a'" });
  }, 180_000);

  it("reads each cell as the observation schema does (the fast path gives the schema's own observations)", () => {
    const header = 'indicator,year,period,value,unit,qualifier,status,vintage,source';
    const rows = [
      'gdp,2020,,2787.4,100m-yuan,exact,B,2021-04-06,Baotou statistical communiqué 2020',
      'gdp,,2016-2020,1.5e3,bn-yuan,about,E,2016,',
      'share,,2019-01/2019-09,22.3,percent,moreThan,,2019-11,Baotou Daily',
      'iva,2015,,-0.08,,lessThan,P,,',
      'iva,2014,,.5,,,,,',
      'iva,2013,,+7,,,,,',
      'iva,2012,,7.,,,,,',
      'iva,2011,,1e-10000,ratio,,,,',
      'iva,2010,,9.99e10000,ratio,,,,',
    ];
    const fromCsv = parseObservationsCsv([header, ...rows].join('\n'));
    const records = rows.map((row) => {
      const cells = row.split(',');
      const record: Record<string, unknown> = {};
      header.split(',').forEach((column, j) => {
        const cell = cells[j] as string;
        if (cell === '') return;
        record[column] = column === 'year' ? Number(cell) : column === 'source' ? { kind: 'external', publication: cell, confidence: 'secondary' } : cell;
      });
      return record;
    });
    const fromSchema = parseObservations(records);
    expect(fromCsv).toEqual(fromSchema);
    // The same keys in the same order, and values of the same kind.
    expect(fromCsv.map((o) => Object.keys(o))).toEqual(fromSchema.map((o) => Object.keys(o)));
    expect(fromCsv.map((o) => o.value.toString())).toEqual(fromSchema.map((o) => o.value.toString()));
  });
});

describe('chainGrowth and averageGrowth of 10⁵ rates: linear, and still correctly rounded', () => {
  /** The three runs of 10⁵ rates, as the child builds them. */
  const RUNS = {
    // 0.010, 0.021, …: four-digit rates, whose exact product has 300,000 digits.
    growth: "Array.from({ length: 1e5 }, (_, i) => '0.0' + (i % 9 + 1) + (i % 7))",
    // ±1e-7 … ±9e-11, alternating: the product stays near 1 (the gap form throughout).
    tiny: "Array.from({ length: 1e5 }, (_, i) => (i % 2 ? '-' : '') + (i % 9 + 1) + 'e-' + (7 + (i % 5)))",
    // −50 % a year: the product 2^−100000 is far below the bounds, its average is not.
    halving: "Array(1e5).fill('-0.5')",
  } as const;
  // Python (see the file note): exact Π(1 + rᵢ) − 1, and (Π(1 + rᵢ))^(1/n) − 1 at 200 digits.
  const ORACLE = {
    growth: { chain: '4.754021878106097212528620072513170E+2229', average: '0.05268096667960798685850091543663146' },
    tiny: { chain: '-4.576584162944272520824758911548102E-7', average: '-4.576585210190249504178995497053174E-12' },
    halving: { chain: '-1.000000000000000000000000000000000', average: '-0.5000000000000000000000000000000000' },
  } as const;

  it.each(Object.keys(RUNS) as (keyof typeof RUNS)[])('%s', (run) => {
    const r = measured<{ chain: string; average: string; chainMs: number; averageMs: number }>(
      `${CPU}
      const rates = ${RUNS[run]};
      lib.chainGrowth(rates.slice(0, 1000)); lib.averageGrowth(rates.slice(0, 1000)); // warm up
      const [chain, chainMs] = cpu(() => lib.chainGrowth(rates).toString());
      const [average, averageMs] = cpu(() => lib.averageGrowth(rates).toString());
      return { chain, average, chainMs, averageMs };`,
      256,
    );
    expect(new Oracle(r.chain).eq(ORACLE[run].chain), `${r.chain} = ${ORACLE[run].chain}`).toBe(true);
    expect(new Oracle(r.average).eq(ORACLE[run].average), `${r.average} = ${ORACLE[run].average}`).toBe(true);
    // 34 significant digits at most, as every result.
    for (const x of [r.chain, r.average]) expect(new Oracle(x).sd()).toBeLessThanOrEqual(34);
    console.log(`${run}: chainGrowth ${r.chainMs} ms, averageGrowth ${r.averageMs} ms of CPU for 10^5 rates`);
    expect(r.chainMs).toBeLessThan(1_500);
    expect(r.averageMs).toBeLessThan(1_500);
  }, 120_000);

  it('grows linearly: 10⁵ rates take about ten times what 10⁴ take, not a hundred', () => {
    const r = measured<{ small: number; large: number }>(
      `${CPU}
      const rates = ${RUNS.growth};
      lib.chainGrowth(rates.slice(0, 2000));
      const best = (f) => Math.min(...[0, 1, 2].map(() => cpu(f)[1]));
      return { small: best(() => lib.chainGrowth(rates.slice(0, 1e4))), large: best(() => lib.chainGrowth(rates)) };`,
      256,
    );
    expect(r.large).toBeLessThan(30 * Math.max(r.small, 10));
  }, 120_000);
});

describe('parseScenario with 10⁵ series: linear', () => {
  it('10⁵ series take about ten times what 10⁴ take', () => {
    const r = measured<{ small: number; large: number; count: number }>(
      `${CPU}
      const scenario = (n) => { const series = {}; for (let i = 0; i < n; i++) series['s' + i] = { base: '120', unit: 'bn-yuan', growth: '0.08' }; return { id: 'big', baseYear: 2015, horizon: 2020, series }; };
      lib.parseScenario(scenario(2000));
      const small = scenario(1e4); const large = scenario(1e5);
      const [, smallMs] = cpu(() => lib.parseScenario(small));
      const [parsed, largeMs] = cpu(() => lib.parseScenario(large));
      return { small: smallMs, large: largeMs, count: Object.keys(parsed.series).length };`,
      512,
    );
    expect(r.count).toBe(100_000);
    console.log(`parseScenario: 10^4 series ${r.small} ms, 10^5 series ${r.large} ms of CPU`);
    expect(r.large).toBeLessThan(30 * Math.max(r.small, 10));
    expect(r.large).toBeLessThan(6_000);
  }, 120_000);
});
