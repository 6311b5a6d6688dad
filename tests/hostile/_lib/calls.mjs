/**
 * The hostile matrix, run inside a child process (see tests/_lib/isolated.ts): valid
 * arguments for every function the package exports, the hostile values, and the runner that
 * calls each function with a hostile value in each parameter position (valid arguments
 * elsewhere) and records every outcome that is not a value or a `PlanError`, and every
 * argument the call changed.
 *
 * Plain JavaScript, because the child runs plain Node; the test files import it too, to list
 * the functions it covers.
 */

/** A scenario as literals, small and valid for baotou13. */
const SCENARIO = () => ({
  id: 'eight-percent',
  baseYear: 2015,
  horizon: 2020,
  series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth: '0.08' } },
});

const SERIES = () => [
  { year: 2015, value: 120 },
  { year: 2016, value: 132 },
  { year: 2017, value: '145.2' },
];

/** A relative-change target over 2016–2020 (energy use per unit of GDP −15 %). */
const PERIOD_TARGET = () => ({ form: 'relative-change', comparator: 'atMost', value: -15, unit: 'percent', period: { start: 2016, end: 2020 } });

const ASSESS = (method) => ({ method, baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' });

const RATE_TARGET = () => ({ comparator: 'atLeast', wording: 'above', value: 8, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } });

const TRAJECTORY = () => ({
  indicator: { id: 'industrial-value-added', name: { en: 'industrial value added', zh: '工业增加值' }, unit: 'bn-yuan' },
  observations: [{ year: 2015, value: '120' }],
  target: { year: 2020, value: '240', comparator: 'atLeast' },
  requiredPath: 'geometric',
});

const SCORECARD_ROWS = () => [
  { targetId: 'iva-2020', indicatorId: 'iva', label: 'Industrial value added 2020', year: 2020, value: '176.32', attainment: '0.7347', met: false, gap: '-63.68', unit: 'bn-yuan' },
  { targetId: 'sei-share-2020', indicatorId: 'sei-share', year: 2020, value: '26', attainment: '1.04', met: true },
];

const ZONES = () => [
  { direction: 'east', label: { en: 'east' }, industries: [{ en: 'aluminum' }] },
  { direction: 'west', label: { en: 'west' }, industries: [{ en: 'steel' }] },
];

/**
 * Valid arguments of every exported function, made fresh for each call: `(lib) => [...]`.
 * A function exported but missing here fails the suite, so a new export is covered as soon
 * as it is added.
 */
export const VALID = {
  // numbers and units
  dec: () => ['240', 'x'],
  isDecimal: () => ['1'],
  round: () => ['2.345', 2, 'half-even'],
  toPlain: () => ['2.4e11'],
  quantity: () => ['240', 'bn-yuan'],
  convert: (lib) => [lib.quantity('240', 'bn-yuan'), '100m-yuan'],
  add: (lib) => [lib.quantity('240', 'bn-yuan'), lib.quantity('1', 'bn-yuan')],
  subtract: (lib) => [lib.quantity('240', 'bn-yuan'), lib.quantity('1', 'bn-yuan')],
  compare: (lib) => [lib.quantity('240', 'bn-yuan'), lib.quantity('1', 'bn-yuan')],
  toRatio: (lib) => [lib.quantity('25', 'percent')],
  fromRatio: () => ['0.25', 'percent'],
  toUnit: () => ['bn-yuan'],
  unitIdOf: (lib) => [lib.toUnit('bn-yuan')],
  isQuantity: (lib) => [lib.quantity('1', 'yuan')],
  isPlanError: () => [new Error('x')],
  // periods
  isMonthPeriod: () => [{ start: '2019-01', end: '2019-09' }],
  isPartialPeriod: () => [{ start: '2019-01', end: '2019-09' }],
  wholeYears: () => [{ start: 2016, end: 2020 }],
  describePeriod: () => [{ start: 2016, end: 2020 }],
  endYear: () => [{ start: 2016, end: 2020 }],
  // formatting
  formatDecimal: () => ['1234.5', { locale: 'zh-CN', places: 1 }],
  formatQuantity: (lib) => [lib.quantity('240', 'bn-yuan'), { locale: 'zh-CN' }],
  unitLabel: () => ['bn-yuan', { locale: 'zh-CN' }],
  // formulas
  averageGrowth: () => [['0.1', '0.2', '-0.05']],
  cagr: () => ['120', '240', 5],
  chainGrowth: () => [['0.1', '0.2', '-0.05']],
  compound: () => ['120', '0.08', 5],
  deflate: () => ['110', '105', 100],
  growthRate: () => ['120', '132'],
  impliedBase: () => ['240', '0.08', 5],
  intensity: () => ['30', '24'],
  intensityChange: () => ['0.05', '0.08'],
  percentagePointChange: () => ['0.25', '0.28'],
  realGrowth: () => ['0.08', '0.02'],
  requiredGrowth: () => ['120', '240', 5],
  share: () => ['1', '3'],
  taskProgress: () => ['100', '150', '200'],
  timeProgress: () => [2018, 2015, 2020],
  yearsToReach: () => ['120', '240', '0.08'],
  // progress
  evaluateTarget: () => [{ comparator: 'atLeast', value: '240', unit: 'bn-yuan' }, 176, {}],
  evaluateShareTarget: () => [
    { comparator: 'approximately', value: 25, unit: 'percent', tolerance: { absolute: 1 }, direction: 'increase' },
    '22.3',
    '100',
    {},
  ],
  evaluateIntensityTarget: (lib) => [
    { comparator: 'atMost', value: '1.3', unit: 'tce-per-10k-yuan' },
    lib.quantity(3000, '10k-tce'),
    lib.quantity(240, 'bn-yuan'),
    {},
  ],
  evaluateRateTarget: () => [RATE_TARGET(), [{ year: 2015, value: 120 }, { year: 2020, value: '176.3' }], {}],
  evaluatePeriodTarget: () => [PERIOD_TARGET(), [{ year: 2015, value: '0.869' }, { year: 2020, value: '0.7' }], { through: 2020 }],
  assessProgress: () => [SERIES(), ASSESS('unsd')],
  assessOpenSdg: () => [SERIES(), ASSESS('opensdg')],
  assessUnsd: () => [SERIES(), ASSESS('unsd')],
  assessTimeProgress: () => [SERIES(), ASSESS('time-progress')],
  // plan
  checkIntegrity: (lib) => [lib.baotou13],
  materializePlan: (lib) => [JSON.parse(JSON.stringify(lib.baotou13))],
  materializeObservations: () => [[{ indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan' }]],
  indicator: (lib) => [lib.baotou13, 'gdp'],
  target: (lib) => [lib.baotou13, 'industrial-value-added-2020'],
  fact: (lib) => [lib.baotou13, 'review-industrial-fixed-asset-investment'],
  task: (lib) => [lib.baotou13, 'task-2016-a'],
  targetsOf: (lib) => [lib.baotou13, 'strategic-emerging-industries-share'],
  factsOf: (lib) => [lib.baotou13, { period: 2015 }],
  commitment: (lib) => [lib.baotou13, 'park'],
  zone: (lib) => [lib.baotou13, 'east'],
  alignTargets: (lib) => [lib.baotou13, lib.china13],
  // scenarios
  project: (lib) => [lib.baotou13, SCENARIO(), { prices: 'current' }],
  scorecard: (lib) => [lib.baotou13, lib.baotouReported, { asOf: 2018 }],
  sweep: (lib) => [
    lib.baotou13,
    SCENARIO(),
    { driver: { series: 'industrial-value-added', field: 'growth' }, values: ['0.07', '0.12', '0.16'] },
  ],
  breakEven: (lib) => [
    lib.baotou13,
    SCENARIO(),
    { driver: { series: 'industrial-value-added', field: 'growth' }, targetId: 'industrial-value-added-2020' },
  ],
  consistency: (lib) => [lib.baotou13, { 'industrial-value-added': { value: 120, unit: 'bn-yuan' } }, { year: 2015 }],
  planPathScenario: (lib) => [lib.baotou13, { id: 'path' }],
  reportedTrendScenario: (lib) => [lib.baotou13, lib.baotouReported, { id: 'trend' }],
  // export
  toTidyRows: (lib) => [lib.baotou13],
  toCsv: () => [[{ a: 1, b: 'x' }], { columns: ['a', 'b'] }],
  toDataPackage: (lib) => [lib.baotou13],
  toMarkdown: (lib) => [lib.baotou13, { observations: lib.baotouReported, observationIndicators: lib.baotouReportedIndicators }],
  // schema
  definePlan: (lib) => [JSON.parse(JSON.stringify(lib.baotou13))],
  parsePlan: (lib) => [JSON.parse(JSON.stringify(lib.baotou13))],
  parseObservations: (lib) => [[{ indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan' }], { plan: lib.baotou13 }],
  parseObservationsCsv: (lib) => ['indicator,year,value,unit\ngdp,2020,278.74,bn-yuan\n', { plan: lib.baotou13 }],
  parseScenario: () => [SCENARIO()],
  toJsonSchema: () => ['observation'],
  toJsonSchemas: () => [],
  toSnapshot: (lib) => [lib.quantity('240', 'bn-yuan'), { type: 'quantity' }],
  fromSnapshot: () => ['{"type":"quantity","version":1,"data":{"value":"240","unit":"bn-yuan"}}', { type: 'quantity' }],
  // charts
  trajectoryChart: () => [TRAJECTORY(), { locale: 'en' }],
  scorecardChart: () => [SCORECARD_ROWS(), { locale: 'en' }],
  layoutChart: () => [ZONES(), { locale: 'en' }],
  requiredPath: () => [{ year: 2015, value: '120' }, { year: 2020, value: '240' }],
  planTrajectoryChart: (lib) => [lib.baotou13, lib.project(lib.baotou13, SCENARIO()), { indicator: 'industrial-value-added' }],
  planScorecardChart: (lib) => [
    lib.baotou13,
    [{ targetId: 'industrial-value-added-2020', indicatorId: 'industrial-value-added', year: 2020, value: '176.32', attainment: '0.7347', met: false }],
    { locale: 'zh-CN' },
  ],
  planLayoutChart: (lib) => [lib.baotou13, { locale: 'zh-CN' }],
  renderSvg: (lib) => [lib.layoutChart(ZONES())],
};

/**
 * Exported functions the matrix does not call, and why. A function exported and in neither
 * `VALID` nor here fails the suite.
 */
export const EXCLUDED = {
  PlanError: 'the error class itself: constructed by the library with its own arguments, not a reader of input',
};

/** A Proxy whose every trap throws. */
function throwingProxy(target) {
  const boom = () => {
    throw new Error('hostile trap');
  };
  return new Proxy(target, {
    get: boom,
    set: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    setPrototypeOf: boom,
    defineProperty: boom,
    deleteProperty: boom,
    isExtensible: boom,
    preventExtensions: boom,
    apply: boom,
    construct: boom,
  });
}

/** Keys a function is likely to read: each is a getter that throws (something that is not an Error). */
const GETTER_KEYS = ['id', 'value', 'year', 'unit', 'period', 'start', 'end', 'method', 'locale', 'type', 'base', 'series', 'targets', 'indicators', 'length', 's', 'e', 'd', 'measure', 'multiplier', 'comparator'];

function throwingGetters() {
  const o = {};
  for (const key of GETTER_KEYS) {
    Object.defineProperty(o, key, {
      enumerable: true,
      get() {
        throw Object.create(null);
      },
    });
  }
  return o;
}

/** The hostile values, each made fresh: name → maker. */
export const HOSTILE = {
  null: () => null,
  undefined: () => undefined,
  'empty object': () => ({}),
  'empty array': () => [],
  string: () => 'bogus',
  NaN: () => Number.NaN,
  Infinity: () => Number.POSITIVE_INFINITY,
  '-0': () => -0,
  bigint: () => 10n ** 40n,
  'huge string': () => '9'.repeat(1_000_000),
  'huge id': () => 'x'.repeat(1_000_000),
  'fake Decimal': () => ({ [Symbol.toStringTag]: 'Decimal' }),
  'fake Decimal, huge': () => ({ [Symbol.toStringTag]: 'Decimal', s: 1, e: 8_999_999_999_999_999, d: [1] }),
  'throwing Proxy': () => throwingProxy({}),
  'throwing Proxy of an array': () => throwingProxy([]),
  'throwing getters': () => throwingGetters(),
  'frozen object': () => Object.freeze({ id: 'x', value: '1', year: 2020 }),
  'null prototype': () => Object.create(null),
  cyclic: () => {
    const o = { id: 'x', value: '1' };
    o.self = o;
    o.list = [o];
    return o;
  },
  '10⁶-long array': () => new Array(1_000_000).fill(0),
};

/** Values the runner must not look into (a Proxy that throws, getters that throw). */
const OPAQUE = new Set(['throwing Proxy', 'throwing Proxy of an array', 'throwing getters']);

/**
 * A fingerprint of a value, to see whether a call changed it: plain data, Decimals by their
 * fields, accessors by name only, cycles marked. Long arrays are summarised.
 */
export function fingerprint(value, seen = new Map(), path = '$') {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? `[function ${value.name}]` : JSON.stringify(value) ?? String(value);
  if (seen.has(value)) return `[cycle ${seen.get(value)}]`;
  seen.set(value, path);
  const frozen = Object.isFrozen(value) ? '!' : '';
  if (Array.isArray(value) && value.length > 10_000) {
    let zeros = 0;
    for (let i = 0; i < value.length; i++) if (value[i] === 0) zeros++;
    return `${frozen}[array ${value.length}, ${zeros} zeros]`;
  }
  const parts = [];
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    const name = typeof key === 'symbol' ? key.toString() : key;
    if (descriptor === undefined) continue;
    if (!('value' in descriptor)) {
      parts.push(`${name}:[accessor]`);
      continue;
    }
    parts.push(`${name}:${fingerprint(descriptor.value, seen, `${path}.${name}`)}`);
  }
  return `${frozen}${Array.isArray(value) ? '[' : '{'}${parts.join(',')}${Array.isArray(value) ? ']' : '}'}`;
}

function isPlanError(error) {
  return error instanceof Error && error.name === 'PlanError' && typeof error.code === 'string';
}

function describeThrown(error) {
  try {
    if (error instanceof Error) return `${error.name}: ${String(error.message).slice(0, 300)}`;
    return `a thrown ${typeof error}`;
  } catch {
    return 'an unreadable thrown value';
  }
}

/**
 * Call `fn` with `args`, and say what was wrong, if anything: an error that is not a
 * `PlanError`, a `PlanError` without a message, a call slower than `slowMs`, or an argument
 * it changed (those at `opaque` positions are not looked at).
 */
async function check(fn, args, opaque, slowMs, mustReturn = false) {
  const before = args.map((a, i) => (opaque.has(i) ? '' : fingerprint(a)));
  const started = performance.now();
  let problem = null;
  try {
    let result = fn(...args);
    if (result !== null && typeof result === 'object' && typeof result.then === 'function') result = await result;
  } catch (error) {
    if (mustReturn) problem = `valid arguments, yet it threw ${describeThrown(error)}`;
    else if (!isPlanError(error)) problem = `threw ${describeThrown(error)}`;
    else if (typeof error.message !== 'string' || error.message === '' || error.message.length > 2000) problem = `PlanError with a message of ${String(error.message).length} characters`;
  }
  const ms = performance.now() - started;
  if (problem === null && ms > slowMs) problem = `took ${Math.round(ms)} ms`;
  if (problem === null) {
    for (const [i, a] of args.entries()) {
      if (!opaque.has(i) && fingerprint(a) !== before[i]) {
        problem = `changed argument ${i}`;
        break;
      }
    }
  }
  return { problem, ms };
}

/** Deep-freeze plain data the runner made (not the library's values, which are frozen already). */
function deepFreeze(value, seen = new Set()) {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d) deepFreeze(d.value, seen);
  }
  return Object.freeze(value);
}

/**
 * Run the matrix for the functions `names` of `lib`: for each, the valid call, the valid call
 * on deeply frozen arguments, and every hostile value at every parameter position (one more
 * than the function declares: the options). `progress` (a file path) gets the case about to
 * run, so that a crash or a hang can be traced to it.
 */
export async function runMatrix(lib, names, { progress, slowMs = 5_000, hostile = Object.keys(HOSTILE) } = {}) {
  const started = performance.now();
  const { writeFileSync } = await import('node:fs');
  const failures = [];
  let calls = 0;
  const record = (label) => {
    if (progress !== undefined) writeFileSync(progress, label);
  };
  for (const name of names) {
    const fn = lib[name];
    const valid = VALID[name];
    if (typeof fn !== 'function' || valid === undefined) {
      failures.push({ name, case: 'setup', problem: 'not an exported function with valid arguments' });
      continue;
    }
    const arity = Math.max(valid(lib).length, fn.length);
    record(`${name} valid`);
    calls++;
    const base = await check(fn, valid(lib), new Set(), slowMs, true);
    if (base.problem !== null) failures.push({ name, case: 'valid arguments', problem: base.problem });
    record(`${name} frozen`);
    calls++;
    const frozen = await check(fn, valid(lib).map((a) => deepFreeze(a)), new Set(), slowMs, true);
    if (frozen.problem !== null) failures.push({ name, case: 'frozen arguments', problem: frozen.problem });
    for (let position = 0; position <= arity; position++) {
      for (const h of hostile) {
        const args = valid(lib);
        while (args.length <= position) args.push(undefined);
        args[position] = HOSTILE[h]();
        const opaque = new Set(OPAQUE.has(h) ? [position] : []);
        record(`${name} argument ${position} = ${h}`);
        calls++;
        const r = await check(fn, args, opaque, slowMs);
        if (r.problem !== null) failures.push({ name, case: `argument ${position} = ${h}`, problem: r.problem });
      }
    }
  }
  return { calls, failures, ms: Math.round(performance.now() - started) };
}
