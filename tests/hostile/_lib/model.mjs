/**
 * The hostile model, run inside a child process: fast-check generates hostile decimals —
 * strings at and beyond the bounds (exponents to ±20,000, mantissas to 30,000 digits),
 * non-finite and extreme numbers, huge bigints, Decimals of another copy of decimal.js with
 * exponents to ±9e15, fake Decimals with sound and unsound fields or getters that throw, and
 * the library's own extremes — and puts them in every numeric parameter of every export
 * (`SLOTS`: a parameter, or a number inside one, such as an observation's value or a
 * scenario's base). Each call must return or throw a `PlanError`, quickly.
 *
 * Plain JavaScript, because the child runs plain Node; the test imports it too, to check
 * that every export is covered.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';

/** A scenario of one driven series, `driver` its driver. */
const scenario = (driver, baseYear = 2015, horizon = 2020) => ({
  id: 'hostile',
  baseYear,
  horizon,
  series: { 'industrial-value-added': { unit: 'bn-yuan', ...driver } },
});

const RATE_TARGET = (value = 8) => ({ comparator: 'atLeast', value, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } });
const LEVEL_TARGET = (value = '240') => ({ comparator: 'atLeast', value, unit: 'bn-yuan' });
const ABOUT = (value = '25', tolerance = { absolute: 1 }) => ({ comparator: 'approximately', value, unit: 'percent', tolerance, direction: 'increase' });
const PERIOD_TARGET = (form, value, unit) => ({ form, comparator: 'atLeast', value, unit, period: { start: 2016, end: 2020 } });
const ASSESS = (method, extra = {}) => ({ method, baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase', ...extra });
const years = (from, to, value) => Array.from({ length: to - from + 1 }, (_, k) => ({ year: from + k, value }));
const level = (x) => ({ value: x, unit: 'bn-yuan' });
const iva = (value, year = 2020) => ({ indicator: 'industrial-value-added', year, value, unit: 'bn-yuan' });

/** The embedded plan with the value of its first target replaced (a copy; decimals as the plan has them). */
const withTarget = (lib, value) => ({ ...lib.baotou13, targets: [{ ...lib.baotou13.targets[0], value }, ...lib.baotou13.targets.slice(1)] });
/** The embedded plan as JSON, the value of its first target replaced. */
const jsonPlan = (lib, value) => {
  const plan = JSON.parse(JSON.stringify(lib.baotou13));
  plan.targets[0].value = value;
  return plan;
};
/** A value written into CSV as text (a fake Decimal as whatever `String` makes of it). */
const cell = (x) => {
  try {
    return String(x);
  } catch {
    return 'x';
  }
};

/**
 * Every numeric parameter of every export: `[where, (lib, x, y) => arguments]`, with `x` (and
 * `y`, for two at once) the hostile decimals.
 */
export const SLOTS = {
  dec: [['x', (l, x) => [x]]],
  round: [['x', (l, x) => [x, 2]], ['places', (l, x) => ['1.5', x]]],
  toPlain: [['x', (l, x) => [x]]],
  formatDecimal: [['x', (l, x) => [x, { places: 2 }]], ['options.places', (l, x) => ['1.5', { places: x }]]],
  quantity: [['value', (l, x) => [x, 'bn-yuan']]],
  fromRatio: [['x', (l, x) => [x, 'percent']]],
  toRatio: [['q.value', (l, x) => [{ value: x, unit: 'percent' }]]],
  convert: [['q.value', (l, x) => [level(x), '10k-yuan']]],
  add: [['a.value, b.value', (l, x, y) => [level(x), { value: y, unit: 'yuan' }]]],
  subtract: [['a.value, b.value', (l, x, y) => [level(x), { value: y, unit: '10k-yuan' }]]],
  compare: [['a.value, b.value', (l, x, y) => [level(x), { value: y, unit: '100m-yuan' }]]],
  isQuantity: [['x.value', (l, x) => [level(x)]]],
  isDecimal: [['x', (l, x) => [x]]],
  formatQuantity: [['q.value', (l, x) => [level(x), { locale: 'zh-CN' }]], ['options.places', (l, x) => [l.quantity('240', 'bn-yuan'), { places: x }]]],
  toUnit: [['unit.multiplier', (l, x) => [{ measure: 'yuan', multiplier: x }]]],
  unitIdOf: [['unit.multiplier', (l, x) => [{ measure: 'yuan', multiplier: x }]]],
  unitLabel: [['unit.multiplier', (l, x) => [{ measure: 'yuan', multiplier: x }]]],
  isMonthPeriod: [['period.start', (l, x) => [{ start: x, end: 2020 }]]],
  isPartialPeriod: [['period.start', (l, x) => [{ start: x, end: 2020 }]]],
  wholeYears: [['period.start, period.end', (l, x, y) => [{ start: x, end: y }]]],
  describePeriod: [['period.start, period.end', (l, x, y) => [{ start: x, end: y }]]],
  endYear: [['period.end', (l, x) => [{ start: 2016, end: x }]]],
  // the formulas
  cagr: [['from, to', (l, x, y) => [x, y, 5]], ['years', (l, x) => ['120', '240', x]]],
  compound: [['base, rate', (l, x, y) => [x, y, 5]], ['years', (l, x) => ['120', '0.08', x]], ['rate, over 2³¹ years', (l, x) => ['1', x, 2 ** 31]]],
  requiredGrowth: [['current, target', (l, x, y) => [x, y, 5]], ['years', (l, x) => ['120', '240', x]]],
  impliedBase: [['target, rate', (l, x, y) => [x, y, 5]], ['years', (l, x) => ['240', '0.08', x]]],
  yearsToReach: [['current, target', (l, x, y) => [x, y, '0.08']], ['rate', (l, x) => ['120', '240', x]]],
  growthRate: [['from, to', (l, x, y) => [x, y]]],
  share: [['part, whole', (l, x, y) => [x, y]]],
  intensity: [['numerator, denominator', (l, x, y) => [x, y]]],
  intensityChange: [['numeratorGrowth, denominatorGrowth', (l, x, y) => [x, y]]],
  percentagePointChange: [['from, to', (l, x, y) => [x, y]]],
  realGrowth: [['nominalGrowth, inflation', (l, x, y) => [x, y]]],
  deflate: [['nominal, priceIndex', (l, x, y) => [x, y, 100]], ['base', (l, x) => ['110', '105', x]]],
  taskProgress: [['base, current', (l, x, y) => [x, y, '200']], ['target', (l, x) => ['100', '150', x]]],
  timeProgress: [['asOfYear, baseYear', (l, x, y) => [x, y, 2020]], ['targetYear', (l, x) => [2018, 2015, x]]],
  averageGrowth: [['rates[1]', (l, x) => [['0.1', x, '0.2']]], ['a thousand rates', (l, x) => [new Array(1000).fill(x)]]],
  chainGrowth: [['rates[1]', (l, x) => [['0.1', x, '0.2']]], ['a thousand rates', (l, x) => [new Array(1000).fill(x)]]],
  // progress
  evaluateTarget: [
    ['target.value, value', (l, x, y) => [LEVEL_TARGET(x), y]],
    ['value as a quantity', (l, x) => [LEVEL_TARGET(), { value: x, unit: '100m-yuan' }]],
    ['options.tolerance', (l, x, y) => [ABOUT(), y, { tolerance: { relative: x } }]],
    ['target.tolerance', (l, x, y) => [ABOUT('25', { absolute: x }), y]],
  ],
  evaluateShareTarget: [['target.value, part', (l, x, y) => [ABOUT(x), y, '100']], ['part, whole', (l, x, y) => [ABOUT(), x, y]]],
  evaluateIntensityTarget: [
    ['target.value, numerator', (l, x, y) => [{ comparator: 'atMost', value: x, unit: 'tce-per-10k-yuan' }, y, l.quantity(240, 'bn-yuan')]],
    ['numerator, denominator', (l, x, y) => [{ comparator: 'atMost', value: '1.3', unit: 'tce-per-10k-yuan' }, { value: x, unit: '10k-tce' }, level(y)]],
  ],
  evaluateRateTarget: [
    ['target.value, series[1].value', (l, x, y) => [RATE_TARGET(x), [{ year: 2015, value: 120 }, { year: 2020, value: y }]]],
    ['series[0].value, series[1].value', (l, x, y) => [RATE_TARGET(), [{ year: 2015, value: x }, { year: 2020, value: y }]]],
    ['five growth rates', (l, x) => [RATE_TARGET(), years(2016, 2020, x), { isGrowthRate: true }]],
  ],
  evaluatePeriodTarget: [
    ['target.value, levels (relative change)', (l, x, y) => [PERIOD_TARGET('relative-change', x, 'percent'), [{ year: 2015, value: y }, { year: 2020, value: '0.7' }]]],
    ['levels (change)', (l, x, y) => [PERIOD_TARGET('change', '3.9', 'percentage-points'), [{ year: 2015, value: x }, { year: 2020, value: y }]]],
    ['five yearly changes', (l, x) => [PERIOD_TARGET('relative-change', '-15', 'percent'), years(2016, 2020, x), { yearlyChanges: true }]],
    ['five yearly values (cumulative), tolerance', (l, x, y) => [PERIOD_TARGET('cumulative', '5000', 'count'), years(2016, 2020, x), { tolerance: { relative: y } }]],
    ['one figure for the period', (l, x) => [PERIOD_TARGET('change', '3.9', 'percentage-points'), [{ period: { start: 2016, end: 2020 }, value: x, unit: 'percentage-points' }]]],
  ],
  assessProgress: [
    ['observations, 1900 and 1901, to 2100', (l, x, y) => [[{ year: 1900, value: x }, { year: 1901, value: y }], { ...ASSESS('unsd'), baseYear: 1900, targetYear: 2100, target: '1' }]],
    ['five growth rates (unsd)', (l, x) => [years(2016, 2020, x), ASSESS('unsd', { baseYear: 2015, target: 6, isGrowthRate: true })]],
    ['options.target', (l, x) => [years(2015, 2017, '120'), ASSESS('time-progress', { target: x })]],
  ],
  assessOpenSdg: [
    ['observations', (l, x, y) => [[{ year: 2015, value: x }, { year: 2017, value: y }], ASSESS('opensdg')]],
    ['options.thresholds.high', (l, x) => [years(2015, 2017, '120'), ASSESS('opensdg', { thresholds: { high: x } })]],
  ],
  assessUnsd: [
    ['observations', (l, x, y) => [[{ year: 2015, value: x }, { year: 2017, value: y }], ASSESS('unsd')]],
    ['options.target', (l, x) => [years(2015, 2017, '120'), ASSESS('unsd', { target: x })]],
    ['options.thresholds.fair', (l, x) => [years(2015, 2017, '120'), ASSESS('unsd', { thresholds: { fair: x } })]],
  ],
  assessTimeProgress: [
    ['observations', (l, x, y) => [[{ year: 2015, value: x }, { year: 2018, value: y }], ASSESS('time-progress')]],
    ['options.target, thresholds.ahead', (l, x, y) => [years(2015, 2017, '120'), ASSESS('time-progress', { target: x, thresholds: { ahead: y } })]],
  ],
  // the plan
  checkIntegrity: [['targets[0].value', (l, x) => [withTarget(l, x)]]],
  materializePlan: [['targets[0].value', (l, x) => [jsonPlan(l, x)]]],
  materializeObservations: [['[0].value', (l, x) => [[iva(x)]]]],
  factsOf: [['query.period', (l, x) => [l.baotou13, { period: x }]]],
  targetsOf: [['plan.targets[0].value', (l, x) => [withTarget(l, x), 'industrial-value-added']]],
  target: [['plan.targets[0].value', (l, x) => [withTarget(l, x), 'industrial-value-added-2020']]],
  alignTargets: [['a.targets[0].value', (l, x) => [withTarget(l, x), l.china13]]],
  // scenarios
  project: [
    ['series.base, growth', (l, x, y) => [l.baotou13, scenario({ base: x, growth: y })]],
    ['base and growth, 1900–2100', (l, x, y) => [l.baotou13, scenario({ base: x, growth: y }, 1900, 2100)]],
    ['growth per year', (l, x) => [l.baotou13, scenario({ base: '120', growth: { 2016: x, 2017: x, 2018: x, 2019: x, 2020: x } })]],
    ['additions, values', (l, x, y) => [l.baotou13, { ...scenario({ base: '120', additions: x }), deflator: { 2016: y, 2017: y, 2018: y, 2019: y, 2020: y } }]],
    ['a decimal of the plan', (l, x) => [withTarget(l, x), scenario({ base: '120', growth: '0.08' })]],
  ],
  sweep: [
    ['options.values', (l, x, y) => [l.baotou13, scenario({ base: '120', growth: '0.08' }), { driver: { series: 'industrial-value-added', field: 'growth' }, values: [x, y] }]],
    ['series.base', (l, x) => [l.baotou13, scenario({ base: x, growth: '0.08' }), { driver: { series: 'industrial-value-added', field: 'growth' }, values: ['0.1'] }]],
  ],
  breakEven: [
    ['series.base', (l, x) => [l.baotou13, scenario({ base: x, growth: '0.08' }), { driver: { series: 'industrial-value-added', field: 'growth' }, targetId: 'industrial-value-added-2020' }]],
    ['series.growth', (l, x) => [l.baotou13, scenario({ base: '120', growth: x }), { driver: { series: 'industrial-value-added', field: 'base' }, targetId: 'industrial-value-added-2020' }]],
  ],
  consistency: [
    ['baseline value', (l, x) => [l.baotou13, { 'industrial-value-added': x }]],
    ['baseline observations', (l, x, y) => [l.baotou13, [iva(x, 2015), { indicator: 'gdp', year: 2015, value: y, unit: 'bn-yuan' }]]],
  ],
  scorecard: [
    ['observations', (l, x, y) => [l.baotou13, [iva(x, 2015), iva(y)]]],
    ['options.defaultTolerance', (l, x) => [l.baotou13, l.baotouReported, { defaultTolerance: { relative: x } }]],
  ],
  reportedTrendScenario: [['observations', (l, x, y) => [l.baotou13, [iva(x, 2015), { indicator: 'industrial-value-added-growth', year: 2016, value: y }]]]],
  // export
  toCsv: [['rows[0].a', (l, x) => [[{ a: x }]]]],
  toTidyRows: [['plan.targets[0].value', (l, x) => [withTarget(l, x)]]],
  toDataPackage: [['plan.targets[0].value', (l, x) => [withTarget(l, x)]]],
  toMarkdown: [
    ['plan.targets[0].value', (l, x) => [withTarget(l, x)]],
    ['options.observations', (l, x) => [l.baotou13, { observations: [iva(x)] }]],
  ],
  // schema
  definePlan: [['targets[0].value', (l, x) => [jsonPlan(l, x)]]],
  parsePlan: [['targets[0].value', (l, x) => [jsonPlan(l, x)]]],
  parseObservations: [['[0].value, [1].value', (l, x, y) => [[iva(x), iva(y, 2019)]]]],
  parseObservationsCsv: [['a value cell', (l, x) => [`indicator,year,value\ngdp,2020,${cell(x)}\n`]]],
  parseScenario: [['series.base, growth', (l, x, y) => [scenario({ base: x, growth: y })]]],
  toSnapshot: [['value', (l, x) => [x, { type: 'decimal' }]]],
  fromSnapshot: [['data', (l, x) => [{ type: 'decimal', version: 1, data: x }]]],
  // charts
  trajectoryChart: [
    [
      'observations[0].value, target.value',
      (l, x, y) => [
        {
          indicator: { id: 'iva', name: { en: 'industrial value added' }, unit: 'bn-yuan' },
          observations: [{ year: 2015, value: x }],
          target: { year: 2020, value: y, comparator: 'atLeast' },
          requiredPath: 'geometric',
        },
      ],
    ],
  ],
  scorecardChart: [['rows[0].value, attainment', (l, x, y) => [[{ targetId: 't', year: 2020, value: x, attainment: y, met: true }]]]],
  requiredPath: [['from.value, to.value', (l, x, y) => [{ year: 2015, value: x }, { year: 2020, value: y }]], ['to.year', (l, x) => [{ year: 2015, value: '120' }, { year: x, value: '240' }]]],
  planTrajectoryChart: [
    ['options.observations', (l, x, y) => [l.baotou13, l.project(l.baotou13, scenario({ base: '120', growth: '0.08' })), { indicator: 'industrial-value-added', observations: [iva(x, 2015), iva(y, 2018)] }]],
  ],
  planScorecardChart: [['rows[0].value', (l, x) => [l.baotou13, [{ targetId: 'industrial-value-added-2020', indicatorId: 'industrial-value-added', year: 2020, value: x, met: false }]]]],
  layoutChart: [['options.width', (l, x) => [[{ direction: 'east', label: { en: 'east' }, industries: [{ en: 'aluminum' }] }], { width: x }]]],
  planLayoutChart: [['options.height', (l, x) => [l.baotou13, { height: x }]]],
};

/** Exports without a number among their parameters, and what they take instead. */
export const NO_NUMBERS = {
  isPlanError: 'anything, as a question',
  indicator: 'a plan and an id',
  fact: 'a plan and an id',
  task: 'a plan and an id',
  commitment: 'a plan and an id or kind',
  zone: 'a plan and an id or direction',
  planPathScenario: 'a plan and an id',
  toJsonSchema: 'a schema name',
  toJsonSchemas: 'nothing',
  renderSvg: 'a Vega-Lite spec, whose numbers are vega’s',
};

/** The hostile decimals: what a careless or malicious caller might pass where a number goes. */
export function hostileDecimal(lib) {
  const mantissa = fc.stringMatching(/^[1-9][0-9]{0,40}(\.[0-9]{1,20})?$/);
  const exponent = fc.integer({ min: -20_000, max: 20_000 });
  const sign = fc.constantFrom('', '-', '+');
  return fc.oneof(
    fc.tuple(sign, mantissa, exponent).map(([s, m, e]) => `${s}${m}e${e}`),
    fc.constantFrom('1e10000', '-9.99e10000', '1e10001', '1e-10000', '-1e-10001', '1e99999', '-1e-99999', '0', '-0', '.5', '7.', '1e', 'NaN', 'Infinity', ' 1', '１２', '1_000', '0x10', ''),
    fc.integer({ min: 1, max: 30_000 }).map((n) => '9'.repeat(n)),
    fc.integer({ min: 1, max: 12_000 }).map((n) => `0.${'0'.repeat(n)}1`),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 53 + 2, 2 ** 31, 1e21, 0.1),
    fc.double(),
    fc.integer({ min: 0, max: 12_000 }).map((k) => (k % 2 === 0 ? 1n : -1n) * 10n ** BigInt(k)),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
    fc.tuple(mantissa, fc.integer({ min: -9e15, max: 9e15 })).map(([m, e]) => new Decimal(`${m}e${e}`)),
    fc.constantFrom(new Decimal(Number.NaN), new Decimal(Infinity), new Decimal('1e8999999999999999'), new Decimal('-1e-8999999999999999')),
    fc
      .record({
        s: fc.constantFrom(1, -1, 0, 2, Number.NaN, '1'),
        e: fc.oneof(fc.integer({ min: -30_000, max: 30_000 }), fc.constantFrom(9e15, Number.NaN, 1.5)),
        d: fc.oneof(fc.array(fc.integer({ min: 0, max: 9_999_999 }), { maxLength: 400 }), fc.constantFrom([1e7], [-1], [0.5], [], null, 'x')),
      })
      .map((fields) => ({ [Symbol.toStringTag]: 'Decimal', ...fields })),
    fc.constant(null).map(() =>
      Object.defineProperty({ [Symbol.toStringTag]: 'Decimal' }, 'e', {
        get() {
          throw Object.create(null);
        },
      }),
    ),
    fc.constantFrom('1e10000', '-1e-10000', '9'.repeat(1000), '-1', '0').map((text) => lib.dec(text)),
  );
}

function isPlanError(error) {
  return error instanceof Error && error.name === 'PlanError' && typeof error.code === 'string';
}

/** A hostile value in words, for a failure report (never by calling its methods). */
function show(x) {
  if (typeof x === 'string') return x.length > 80 ? `'${x.slice(0, 40)}…' (${x.length} characters)` : `'${x}'`;
  if (typeof x === 'bigint') return x.toString().length > 60 ? `a bigint of ${x.toString().length} digits` : `${x}n`;
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
  try {
    if (x instanceof Decimal) return `Decimal(${x.toString().slice(0, 60)})`;
    return `an object ${JSON.stringify(x)?.slice(0, 120)}`;
  } catch {
    return 'an object with getters that throw';
  }
}

/**
 * Run the model for `names`: each slot gets `numRuns` pairs of hostile decimals; a call that
 * throws anything but a `PlanError`, or takes more than `slowMs`, is a failure (with the
 * values that made it, shrunk by fast-check). `progress` gets the slot about to run.
 */
export async function runModel(lib, names, { numRuns = 12, seed = 12, slowMs = 3_000, progress } = {}) {
  const { writeFileSync } = await import('node:fs');
  const failures = [];
  let calls = 0;
  let slots = 0;
  const started = performance.now();
  for (const name of names) {
    const fn = lib[name];
    for (const [where, make] of SLOTS[name] ?? []) {
      slots++;
      if (progress !== undefined) writeFileSync(progress, `${name} ${where}`);
      let problem = '';
      const result = fc.check(
        fc.property(hostileDecimal(lib), hostileDecimal(lib), (x, y) => {
          calls++;
          const t = performance.now();
          try {
            fn(...make(lib, x, y));
          } catch (error) {
            if (!isPlanError(error)) {
              problem = `threw ${error instanceof Error ? `${error.name}: ${String(error.message).slice(0, 200)}` : typeof error}`;
              return false;
            }
          }
          const ms = performance.now() - t;
          if (ms > slowMs) {
            problem = `took ${Math.round(ms)} ms`;
            return false;
          }
          return true;
        }),
        { numRuns, seed, endOnFailure: true },
      );
      if (result.failed) failures.push({ name, where, problem, values: (result.counterexample ?? []).map(show) });
    }
  }
  return { slots, calls, failures, ms: Math.round(performance.now() - started) };
}
