/**
 * Bounded work and memory (issue 12, "What was found" 1–5 and 7): every input that crashed,
 * hung or exhausted the process on main, and the largest inputs the number gate accepts
 * (exponents ±10,000, 1,000 significant digits), each run in a child process with a heap cap
 * and a time limit (tests/_lib/isolated.ts). Each must end with a value or a `PlanError`
 * within a few seconds; the assertions say which, and what the error names.
 *
 * Oracles: Python's `decimal` where a value is asserted (written beside it), or a hand
 * calculation.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { runIsolated, type Outcome } from '../_lib/isolated.js';

/** Heap and time of every child: a hostile input must not need more. */
const LIMITS = { memoryMb: 256, timeoutMs: 20_000 } as const;
/** What "a few seconds" is on a busy two-core machine: the child's whole life, start-up included. */
const FEW_SECONDS = 8_000;

/** A copy of decimal.js that is not the library's (the bundle inlines its own). */
const FOREIGN_DECIMAL = JSON.stringify(fileURLToPath(new URL('../../node_modules/decimal.js/decimal.mjs', import.meta.url)));

/** The exponent bounds' message, as every out-of-range result says it. */
const OUT_OF_RANGE = "the result is outside the range of the library's decimals (exponents from -10000 to 10000)";
const IN_BOUNDS = 'expected a decimal of at most 1000 significant digits with an exponent from -10000 to 10000';

/**
 * An explanation writes every value in full, and a value within the bounds takes at most about
 * 20,000 characters: a few hundred thousand characters for the largest.
 */
const EXPLANATION_LIMIT = 400_000;

const BIG = '9.99e10000';
const TINY = '1e-10000';

/** Run `body` isolated: it must end, in a few seconds, with a value or a PlanError. */
function bounded(body: string): Outcome {
  const { outcome, ms } = runIsolated(body, LIMITS);
  if (outcome.kind === 'crash' || outcome.kind === 'timeout') throw new Error(`${outcome.kind}: ${JSON.stringify(outcome).slice(0, 600)}`);
  if (outcome.kind === 'error') expect(outcome.name, outcome.message).toBe('PlanError');
  expect(ms).toBeLessThan(FEW_SECONDS);
  return outcome;
}

function planErrorOf(body: string): { code: string | undefined; message: string } {
  const outcome = bounded(body);
  if (outcome.kind !== 'error') throw new Error(`expected a PlanError, got ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome;
}

function valueOf(body: string): unknown {
  const outcome = bounded(body);
  if (outcome.kind !== 'value') throw new Error(`expected a value, got ${JSON.stringify(outcome).slice(0, 600)}`);
  return outcome.value;
}

const UNSD = "{ method: 'unsd', baseYear: 1900, targetYear: 2100, target: '1', direction: 'increase' }";
const RATE_TARGET = "{ comparator: 'atLeast', value: 8, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } }";
const ratesOf = (value: string, from: number, to: number): string =>
  `Array.from({ length: ${to - from + 1} }, (_, i) => ({ year: ${from} + i, value: '${value}' }))`;

describe('found 1: the UNSD assessment from 1e-99999 to 1e99999', () => {
  it('is refused at the door, naming each point and the bounds', () => {
    const e = planErrorOf(`return lib.assessProgress([{ year: 1900, value: '1e-99999' }, { year: 1901, value: '1e99999' }], ${UNSD});`);
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain(`observations[0].value: ${IN_BOUNDS}, got '1e-99999'`);
    expect(e.message).toContain(`observations[1].value: ${IN_BOUNDS}, got '1e99999'`);
  }, 30_000);

  it('at the largest values the gate accepts, over one year: DOMAIN naming the CAGR and its points', () => {
    const e = planErrorOf(`return lib.assessProgress([{ year: 1900, value: '${TINY}' }, { year: 1901, value: '${BIG}' }], ${UNSD});`);
    expect(e.code).toBe('DOMAIN');
    expect(e.message).toBe(`the observed CAGR from 1900 (observations[0]) to 1901 (observations[1]): ${OUT_OF_RANGE}`);
  }, 30_000);

  it('from 1e-10000 to 1e10000 over 200 years: a verdict (the CAGR is 10^100 − 1)', () => {
    const r = valueOf(`
      const r = lib.assessProgress([{ year: 1900, value: '${TINY}' }, { year: 2100, value: '1e10000' }], ${UNSD});
      return { status: r.status, cagr: r.observedCagr.toString(), score: r.score.toString(), explanation: JSON.stringify(r.explanation).length };`);
    // (10^20000)^(1/200) − 1 = 10^100 − 1, which rounds to 10^100 at 34 digits.
    expect(r).toMatchObject({ status: 'on_track', cagr: '1e+100' });
    expect((r as { explanation: number }).explanation).toBeLessThan(EXPLANATION_LIMIT);
  }, 30_000);
});

describe('found 2: five growth rates at the extremes', () => {
  it('of 1e99999: refused at the door in evaluateRateTarget, naming the point', () => {
    const e = planErrorOf(`return lib.evaluateRateTarget(${RATE_TARGET}, ${ratesOf('1e99999', 2016, 2020)}, { isGrowthRate: true });`);
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain(`series[0].value: ${IN_BOUNDS}, got '1e99999'`);
  }, 30_000);

  it('of 9.99e10000 %: evaluateRateTarget gives the average, 9.99e10000 % a year', () => {
    // (Π(1 + 9.99e9998))^(1/5) − 1 = 9.99e9998 exactly: five equal factors.
    const r = valueOf(`
      const r = lib.evaluateRateTarget(${RATE_TARGET}, ${ratesOf(BIG, 2016, 2020)}, { isGrowthRate: true });
      return { met: r.met, value: r.value.toString(), average: r.averageGrowth.toString(), explanation: JSON.stringify(r.explanation).length };`);
    expect(r).toMatchObject({ met: true, value: '9.99e+10000', average: '9.99e+9998' });
    expect((r as { explanation: number }).explanation).toBeLessThan(EXPLANATION_LIMIT);
  }, 30_000);

  it('of 9.99e10000 %: UNSD with isGrowthRate gives a status', () => {
    const r = valueOf(`
      const r = lib.assessProgress(${ratesOf(BIG, 2015, 2020)}, { method: 'unsd', baseYear: 2015, targetYear: 2020, target: '8', direction: 'increase', isGrowthRate: true });
      return { status: r.status, average: r.averageRate.toString() };`);
    expect(r).toEqual({ status: 'on_track', average: '9.99e+10000' });
  }, 30_000);

  it('of 1e-9990 %: the average keeps its digits (1e-9992 a year); of 1e-10000 %, the ratio 1e-10002 is beyond the bounds', () => {
    const r = valueOf(`return lib.evaluateRateTarget(${RATE_TARGET}, ${ratesOf('1e-9990', 2016, 2020)}, { isGrowthRate: true }).averageGrowth.toString();`);
    expect(r).toBe('1e-9992');
    const e = planErrorOf(`return lib.evaluateRateTarget(${RATE_TARGET}, ${ratesOf(TINY, 2016, 2020)}, { isGrowthRate: true });`);
    expect(e.message).toBe(`the annual average of the rates of series from 2016 to 2020: ${OUT_OF_RANGE}`);
  }, 30_000);
});

describe('the command line on hostile files (found 2 and 3)', () => {
  const tmp = fileURLToPath(new URL('../../.tmp/', import.meta.url));
  mkdirSync(tmp, { recursive: true });
  const dir = mkdtempSync(join(tmp, 'bounds-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let bin: string | undefined;
  /** `baotou-plan …args` in a child with the limits; files written into a temporary directory first. */
  function cli(args: readonly string[], files: Record<string, string>): { status: number | null; stdout: string; stderr: string; ms: number } {
    if (bin === undefined) {
      bin = join(dir, 'bin.mjs');
      buildSync({
        entryPoints: [fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url))],
        bundle: true,
        format: 'esm',
        platform: 'node',
        outfile: bin,
        logLevel: 'silent',
        external: ['vega', 'vega-lite'],
      });
    }
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const started = Date.now();
    const r = spawnSync(process.execPath, [`--max-old-space-size=${LIMITS.memoryMb}`, bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: LIMITS.timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
  }
  const rows = (value: string): string =>
    ['indicator,year,value,unit', ...[2015, 2016, 2017, 2018, 2019].map((y) => `industrial-value-added-growth,${y},${value},percent-per-annum`)].join('\n');

  it('assess on a CSV of rates of 1e99999: one error naming the file and each row, at once', () => {
    const r = cli(['assess', '--observations', 'rates.csv'], { 'rates.csv': rows('1e99999') });
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(FEW_SECONDS);
    expect(r.stderr).toContain(`rates.csv: 5 problems: line 2, column 'value': ${IN_BOUNDS}, got '1e99999'`);
    expect(r.stderr).toContain(`line 6, column 'value': ${IN_BOUNDS}, got '1e99999'`);
  }, 30_000);

  it('assess on a CSV of rates of 9.99e10000 %: a verdict, and output of bounded size', () => {
    const r = cli(['assess', '--observations', 'edge.csv'], { 'edge.csv': rows(BIG) });
    expect(r.status).toBe(0);
    expect(r.ms).toBeLessThan(FEW_SECONDS);
    expect(r.stdout).toContain('on track');
    expect(r.stdout.length).toBeLessThan(200_000);
  }, 30_000);

  it('project --format json on a small scenario at the extremes over 1900–2100: refused, or DOMAIN naming the series and the year', () => {
    const scenario = (value: string) => JSON.stringify({ id: 'x', baseYear: 1900, horizon: 2100, series: { 'industrial-value-added': { base: value, growth: value } } });
    const huge = cli(['project', '--scenario', 'huge.json', '--format', 'json'], { 'huge.json': scenario('1e99999') });
    expect(huge.status).toBe(1);
    expect(huge.stderr).toContain(`huge.json: 2 problems: scenario.series["industrial-value-added"].base: ${IN_BOUNDS}, got '1e99999'`);
    const edge = cli(['project', '--scenario', 'edge.json', '--format', 'json'], { 'edge.json': scenario(BIG) });
    expect(edge.status).toBe(1);
    expect(edge.stderr.trim()).toBe(`error: edge.json: the level of 'industrial-value-added' in 1901: ${OUT_OF_RANGE}`);
    for (const r of [huge, edge]) expect(r.ms).toBeLessThan(FEW_SECONDS);
  }, 60_000);
});

describe('found 3: project at the extremes (the library)', () => {
  it('a level beyond the bounds is DOMAIN naming the series and the year; an underflow too, never a silent 0', () => {
    const scenario = (base: string, growth: string) =>
      `{ id: 'x', baseYear: 1900, horizon: 2100, series: { 'industrial-value-added': { base: '${base}', unit: 'bn-yuan', growth: '${growth}' } } }`;
    expect(planErrorOf(`return lib.project(lib.baotou13, ${scenario(BIG, BIG)});`).message).toBe(`the level of 'industrial-value-added' in 1901: ${OUT_OF_RANGE}`);
    // 1e-10000 × 0.001^1 = 1e-10003: below the bounds.
    expect(planErrorOf(`return lib.project(lib.baotou13, ${scenario(TINY, '-0.999')});`).message).toBe(`the level of 'industrial-value-added' in 1901: ${OUT_OF_RANGE}`);
    // 1e-9000 × 1.1^k reaches 1e10000 nowhere before 2100: all 201 levels, in bounded time.
    const r = valueOf(`const p = lib.project(lib.baotou13, ${scenario('1e9000', '0.1')}); return p.series['industrial-value-added'][2100].toString();`);
    // Python: Decimal('1e9000') * Decimal('1.1') ** 200, rounded to the 50 digits of a level
    expect(r).toBe('1.8990527646046182421218204639541163405858322400099e+9008');
  }, 60_000);

  it('a derived value beyond the bounds is DOMAIN naming the indicator and the year; at the edge it is computed', () => {
    const scenario = (whole: string, part: string) =>
      `{ id: 'x', baseYear: 2015, horizon: 2020, series: { 'industrial-value-added': { base: '${whole}', unit: 'bn-yuan' }, 'strategic-emerging-industries-value-added': { base: '${part}', unit: 'bn-yuan' } } }`;
    // 9e10000 ÷ 1e-10000 × 100: beyond
    expect(planErrorOf(`return lib.project(lib.baotou13, ${scenario(TINY, '9e10000')});`).message).toBe(
      `the value of 'strategic-emerging-industries-share' in 2015: ${OUT_OF_RANGE}`,
    );
    // 1e4998 ÷ 1e-5000 × 100 = 1e10000
    expect(valueOf(`return lib.project(lib.baotou13, ${scenario('1e-5000', '1e4998')}).indicators['strategic-emerging-industries-share'][2020].toString();`)).toBe('1e+10000');
  }, 60_000);
});

describe('found 4: the aborts ("invalid size", exit 133) are PlanErrors', () => {
  it('add(quantity(compound(1, 1e15, 2^31)), …): the years are refused', () => {
    const e = planErrorOf("return lib.add(lib.quantity(lib.compound('1', '1e15', 2 ** 31), 'bn-yuan'), lib.quantity('1', 'yuan'));");
    expect(e).toEqual(expect.objectContaining({ code: 'DOMAIN', message: 'years: must be at most 10000 for compounding, got 2147483648' }));
  }, 30_000);

  it('add across units of values at the bounds: DOMAIN, never ∞', () => {
    const e = planErrorOf(`return lib.add(lib.quantity('${BIG}', 'bn-yuan'), lib.quantity('1', 'yuan'));`);
    expect(e).toEqual(expect.objectContaining({ code: 'DOMAIN', message: `a.value: × 10^9 is outside the range of the library's decimals (exponents from -10000 to 10000)` }));
    const sum = planErrorOf(`return lib.add(lib.quantity('${BIG}', 'yuan'), lib.quantity('${BIG}', 'yuan'));`);
    expect(sum.message).toBe(`a + b: × 10^0 is outside the range of the library's decimals (exponents from -10000 to 10000)`);
    // Exact across the widest gap: 10^10000 + 10^-10000 has 20,001 digits.
    expect(valueOf(`return lib.add(lib.quantity('1e10000', 'yuan'), lib.quantity('${TINY}', 'yuan')).value.toFixed().length;`)).toBe(20_002);
  }, 30_000);

  it("evaluateTarget with an 'approximately' target at the bounds", () => {
    const target = (tolerance: string) => `{ comparator: 'approximately', value: '${BIG}', unit: 'bn-yuan', tolerance: { relative: '${tolerance}' }, direction: 'increase' }`;
    expect(planErrorOf(`return lib.evaluateTarget(${target(BIG)}, '${BIG}');`).message).toBe(
      `the tolerance allowed (tolerance × |threshold|): ${OUT_OF_RANGE}`,
    );
    const r = valueOf(`const r = lib.evaluateTarget(${target('0.5')}, '${BIG}'); return { met: r.met, summary: r.explanation.summary.length };`);
    expect(r).toMatchObject({ met: true });
    expect((r as { summary: number }).summary).toBeLessThan(100_000);
  }, 30_000);

  it('a foreign Decimal of 1e8999999999999999 is refused by evaluateShareTarget, project and sweep', () => {
    const foreign = `const { default: Foreign } = await import(${FOREIGN_DECIMAL}); const big = new (Foreign.clone({ maxE: 9e15 }))('1e8999999999999999');`;
    const share = planErrorOf(`${foreign} return lib.evaluateShareTarget({ comparator: 'atLeast', value: 20, unit: 'percent' }, big, '1');`);
    expect(share.code).toBe('INVALID_DECIMAL');
    expect(share.message).toMatch(/^part: expected a decimal of at most 1000 significant digits/);
    const project = planErrorOf(
      `${foreign} return lib.project(lib.baotou13, { id: 'x', baseYear: 2015, horizon: 2020, series: { 'industrial-value-added': { base: big, growth: '0.08' } } });`,
    );
    expect(project.code).toBe('INVALID_DECIMAL');
    expect(project.message).toMatch(/^scenario\.series\.industrial-value-added\.base: expected a decimal of at most 1000 significant digits/);
    const sweep = planErrorOf(
      `${foreign} return lib.sweep(lib.baotou13, lib.scenarios.reportedTrend, { driver: { series: 'industrial-value-added', field: 'growth' }, values: ['0.1', big] });`,
    );
    expect(sweep.code).toBe('INVALID_DECIMAL');
    expect(sweep.message).toMatch(/^options\.values\[1\]: expected a decimal of at most 1000 significant digits/);
  }, 60_000);

  it('sweep and breakEven with a driver at the bounds: a value or a PlanError', () => {
    const sweep = planErrorOf(
      `return lib.sweep(lib.baotou13, lib.scenarios.reportedTrend, { driver: { series: 'industrial-value-added', field: 'growth' }, values: ['${BIG}'] });`,
    );
    expect(sweep.message).toMatch(/^the level of 'industrial-value-added' in 2016: /);
    bounded(
      `return lib.breakEven(lib.baotou13, { id: 'x', baseYear: 2015, horizon: 2020, series: { 'industrial-value-added': { base: '${BIG}', unit: 'bn-yuan', growth: '0.08' } } }, { targetId: 'industrial-value-added-2020', driver: { series: 'industrial-value-added', field: 'base' } }).value.toString();`,
    );
  }, 60_000);
});

describe('found 5: plain notation and explanations are bounded in digits and time', () => {
  it('toPlain of a compounding over 2^31 or 10^9 years: the years are refused', () => {
    for (const years of ['2 ** 31', '1e9']) {
      const e = planErrorOf(`return lib.toPlain(lib.compound('1', '1e15', ${years}));`);
      expect(e.code).toBe('DOMAIN');
      expect(e.message).toMatch(/^years: must be at most 10000 for compounding, got /);
    }
  }, 30_000);

  it('the longest plain notation and explanation of a value at the bounds', () => {
    // 1e-10000 written out: '0.' and 10,000 digits.
    expect(valueOf(`return lib.toPlain('${TINY}').length;`)).toBe(10_002);
    // (1 + 9)^10000 = 10^10000 exactly: 10,001 digits.
    expect(valueOf("return lib.toPlain(lib.compound('1', '9', 10000)).length;")).toBe(10_001);
    const r = valueOf(`
      const r = lib.evaluateTarget({ comparator: 'atLeast', value: '240', unit: 'bn-yuan' }, lib.compound('1', '9', 10000));
      return JSON.stringify(r.explanation).length;`);
    expect(r).toBeLessThan(EXPLANATION_LIMIT);
  }, 30_000);
});

describe('found 7: a DOMAIN message quotes at most a short prefix of a value', () => {
  it("growthRate('-' + '9'.repeat(99999), '1') is refused at the door; of 999 nines, quoted in 60 characters", () => {
    const door = planErrorOf("return lib.growthRate('-' + '9'.repeat(99999), '1');");
    expect(door.code).toBe('INVALID_DECIMAL');
    expect(door.message.length).toBeLessThan(250);
    const e = planErrorOf("return lib.growthRate('-' + '9'.repeat(999), '1');");
    expect(e.code).toBe('DOMAIN');
    expect(e.message).toBe(`from: must be greater than 0 for a growth rate, got -9.${'9'.repeat(57)}…`);
  }, 30_000);

  it('every value-quoting message of the formulas and the progress methods cuts the value', () => {
    const long = `'-${'9'.repeat(999)}'`;
    const r = valueOf(`
      const calls = [
        () => lib.cagr(${long}, '1', 5),
        () => lib.cagr('1', ${long}, 5),
        () => lib.compound('1', ${long}, 5),
        () => lib.impliedBase('1', ${long}, 5),
        () => lib.chainGrowth(['0.1', ${long}]),
        () => lib.deflate('1', ${long}),
        () => lib.yearsToReach(${long}, '1', '0.1'),
        () => lib.realGrowth('0.1', ${long}),
        () => lib.taskProgress('${'9'.repeat(999)}', '1', '${'9'.repeat(999)}'),
        () => lib.evaluateRateTarget(${RATE_TARGET}, [{ year: 2015, value: ${long} }, { year: 2020, value: '1' }]),
        () => lib.evaluateRateTarget(${RATE_TARGET}, ${ratesOf('-' + '9'.repeat(999), 2016, 2020)}, { isGrowthRate: true }),
      ];
      return calls.map((call) => { try { call(); return 'no error'; } catch (e) { return e.code + ' ' + e.message.length + ' ' + e.message.slice(0, 40); } });`);
    for (const line of r as string[]) {
      const [code, length] = line.split(' ');
      expect(code, line).toBe('DOMAIN');
      expect(Number(length), line).toBeLessThan(220);
    }
  }, 30_000);
});
