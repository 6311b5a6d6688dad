/**
 * State that cannot be changed from outside: no path from a result to the private decimal
 * contexts' settings, every Decimal the library hands out frozen down to its digit array, and
 * no cache that a getter or a mutable part can fool.
 *
 * The valid call of every exported function comes from the hostile matrix
 * (tests/hostile/_lib/calls.mjs: a function exported without valid arguments there fails);
 * every object each returns is walked, getters read (an evaluation's lazy explanation too).
 */
import { describe, expect, it } from 'vitest';
import { EXACT, working } from '../../src/decimal.js';
import * as charts from '../../src/charts/index.js';
import * as root from '../../src/index.js';
import { isFrozenData } from '../../src/own.js';
import * as schema from '../../src/schema/index.js';
import { deepFreeze } from '../_lib/freeze.js';

const lib: Record<string, unknown> = { ...root, ...schema, ...charts };
const { baotou13, baotouReported, baotouReportedIndicators, scenarios, cagr, share, dec, project, scorecard, consistency, materializePlan } = root;
const { toSnapshot, fromSnapshot } = schema;

/** The library's own constructor: what every Decimal it hands out is made by. */
const OWN = dec('1').constructor;

const matrix = (await import(new URL('./_lib/calls.mjs', import.meta.url).href)) as {
  VALID: Record<string, (l: Record<string, unknown>) => unknown[]>;
};
/** The matrix's valid calls; these two with results richer in Decimals (a whole plan, the scorecard of what happened). */
const VALID: Record<string, (l: typeof root) => unknown[]> = {
  ...matrix.VALID,
  toMarkdown: (l) => [l.baotou13, { observations: l.baotouReported }],
  // The error class holds no Decimals of its own; constructed as the library does.
  PlanError: () => ['DOMAIN', 'x', { argument: 'x' }],
  planScorecardChart: (l) => [l.baotou13, l.scorecard(l.baotou13, l.baotouReported)],
};

/** Where a Decimal in `value` is not frozen with its digits, or not of the library's constructor. */
function unsealedDecimals(value: unknown, at: string): { count: number; problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, at]];
  let count = 0;
  while (stack.length > 0) {
    const [x, path] = stack.pop() as [unknown, string];
    if (typeof x !== 'object' || x === null || seen.has(x)) continue;
    seen.add(x);
    if (root.isDecimal(x)) {
      count++;
      if (!Object.isFrozen(x)) problems.push(`${path}: not frozen`);
      else if (x.d !== null && !Object.isFrozen(x.d)) problems.push(`${path}: digits not frozen`);
      if (x.constructor !== OWN) problems.push(`${path}: made by another constructor`);
      continue;
    }
    for (const key of Reflect.ownKeys(x)) {
      const descriptor = Object.getOwnPropertyDescriptor(x, key);
      const child = descriptor === undefined ? undefined : 'value' in descriptor ? descriptor.value : (descriptor.get?.call(x) as unknown);
      stack.push([child, `${path}.${String(key)}`]);
    }
  }
  return { count, problems };
}

/** Results the matrix's one call per function does not reach: every method, every built-in, every snapshot type. */
const MORE: Record<string, () => unknown> = {
  'project, both built-in scenarios': () => [project(baotou13, scenarios.reportedTrend), project(baotou13, scenarios.planPath)],
  'scorecard of a projection and of what happened': () => [scorecard(baotou13, project(baotou13, scenarios.planPath)), scorecard(baotou13, baotouReported)],
  'the national plan: scorecard of what happened, and its targets beside Baotou’s': () => [
    scorecard(root.china13, root.china13Reported),
    root.alignTargets(baotou13, root.china13),
    root.alignTargets(root.china13, baotou13),
  ],
  'evaluatePeriodTarget, every basis': () => {
    const period = { start: 2016, end: 2020 };
    const rates = [2016, 2017, 2018, 2019, 2020].map((year) => ({ year, value: '-3' }));
    return [
      root.evaluatePeriodTarget({ form: 'change', comparator: 'atLeast', value: '3.9', unit: 'percentage-points', period }, [{ year: 2015, value: '56.1' }, { year: 2020, value: '63.89' }]),
      root.evaluatePeriodTarget({ form: 'relative-change', comparator: 'atMost', value: -15, unit: 'percent', period }, rates, { yearlyChanges: true }),
      root.evaluatePeriodTarget({ form: 'cumulative', comparator: 'atLeast', value: 5000, unit: 'count', period }, rates.map((r) => ({ ...r, value: '1000' }))),
      root.evaluatePeriodTarget({ form: 'change', comparator: 'atLeast', value: '3.9', unit: 'percentage-points', period }, [{ period, value: '4', unit: 'percentage-points' }]),
    ];
  },
  'consistency with the reported figures': () => consistency(baotou13, baotouReported, { indicators: baotouReportedIndicators }),
  'assessProgress, every method': () =>
    (['opensdg', 'unsd', 'time-progress'] as const).map((method) =>
      root.assessProgress([{ year: 2015, value: 120 }, { year: 2016, value: 132 }, { year: 2017, value: '145.2' }], { method, baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' }),
    ),
  'evaluateTarget, approximately': () =>
    root.evaluateTarget({ comparator: 'approximately', value: 25, unit: 'percent', tolerance: { relative: '0.04' }, direction: 'increase' }, '24.5'),
  'fromSnapshot, every type': () =>
    [
      toSnapshot(baotou13, { type: 'plan' }),
      toSnapshot(scenarios.reportedTrend, { type: 'scenario' }),
      toSnapshot(baotouReported as never, { type: 'observations' }),
      toSnapshot(dec('2.4e11')),
      toSnapshot(baotou13.targets[0] as never, { type: 'target' }),
      toSnapshot(baotou13.indicators[0] as never, { type: 'indicator' }),
      toSnapshot(baotouReported[0] as never, { type: 'observation' }),
    ].map((s) => fromSnapshot(JSON.stringify(s))),
  'the exported values': () => Object.entries(lib).filter(([name, value]) => typeof value !== 'function' && !name.endsWith('Schema')),
};

describe('every Decimal the library hands out is frozen, with its digits, and made by its own constructor', () => {
  const functions = Object.entries(lib).filter(([, value]) => typeof value === 'function').map(([name]) => name);

  it('every exported function has a valid call in the matrix', () => {
    expect(functions.filter((name) => VALID[name] === undefined)).toEqual([]);
  });

  it.each(functions.filter((name) => VALID[name] !== undefined))('%s', async (name) => {
    const fn = lib[name] as (...args: unknown[]) => unknown;
    const args = (VALID[name] as (l: typeof root) => unknown[])(lib as typeof root);
    const result = name === 'PlanError' ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : await fn(...args);
    expect(unsealedDecimals(result, name).problems).toEqual([]);
  }, 60_000);

  it.each(Object.keys(MORE))('%s', (name) => {
    const { count, problems } = unsealedDecimals((MORE[name] as () => unknown)(), name);
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(0);
  }, 60_000);

  it('a plan read back from its snapshot: 27 Decimals, each frozen with its digit array', () => {
    const plan = fromSnapshot(JSON.stringify(toSnapshot(baotou13, { type: 'plan' })), { type: 'plan' });
    const { count, problems } = unsealedDecimals(plan, 'plan');
    expect({ count, problems }).toEqual({ count: 27, problems: [] });
    expect(() => {
      (plan.targets[0]?.value.d as number[])[0] = 9;
    }).toThrow(TypeError);
  });
});

describe('the private decimal contexts are sealed', () => {
  it('a result\'s constructor refuses set and config: PlanError, and share still has 34 digits', () => {
    const ctor = cagr('120', '240', 5).constructor as typeof OWN & { set: (o: object) => unknown; config: (o: object) => unknown };
    expect(() => ctor.set({ precision: 5 })).toThrowPlanError('INVALID_ARGUMENT', "the library's decimal context cannot be changed");
    expect(() => ctor.config({ rounding: 1 })).toThrowPlanError('INVALID_ARGUMENT');
    // Python: Decimal(1) / Decimal(3) at prec=34
    expect(share('1', '3').toString()).toBe('0.3333333333333333333333333333333333');
  });

  it('a setting assigned through a result is undone at the next call', () => {
    const ctor = cagr('120', '240', 5).constructor as unknown as Record<string, unknown>;
    ctor.precision = 5;
    ctor.rounding = 1; // ROUND_DOWN
    ctor.maxE = 1;
    // Python: Decimal(2) / Decimal(3) at prec=34, half-even
    expect(share('2', '3').toString()).toBe('0.6666666666666666666666666666666667');
    expect(root.compound('120', '0.08', 5).toString()).toBe('176.319369216');
    expect(ctor.precision).toBe(34);
    expect(ctor.maxE).toBe(10_000);
  });

  it('its settings cannot be redefined as getters, nor set and config replaced', () => {
    const ctor = cagr('120', '240', 5).constructor;
    expect(() => Object.defineProperty(ctor, 'precision', { get: () => 5 })).toThrow(TypeError);
    expect(() => Object.defineProperty(ctor, 'set', { value: () => undefined })).toThrow(TypeError);
    expect(share('1', '3').toString()).toBe('0.3333333333333333333333333333333333');
  });

  it('the exact and working contexts refuse set and config too (no Decimal handed out is theirs: see above)', () => {
    for (const ctor of [EXACT, working(42), working(60)] as unknown as { set: (o: object) => unknown; config: (o: object) => unknown }[]) {
      expect(() => ctor.set({ precision: 5 })).toThrowPlanError('INVALID_ARGUMENT');
      expect(() => ctor.config({ precision: 5 })).toThrowPlanError('INVALID_ARGUMENT');
    }
  });

  it('a result cannot be changed: its fields and digits are frozen', () => {
    const r = cagr('120', '240', 5);
    const before = r.toString();
    expect(() => {
      (r.d as number[])[0] = 1;
    }).toThrow(TypeError);
    expect(() => {
      (r as unknown as { e: number }).e = 40;
    }).toThrow(TypeError);
    expect(r.toString()).toBe(before);
  });
});

describe('the built-in scenarios cannot be changed', () => {
  it('changing a digit of a growth rate is impossible, and later projections are unchanged', () => {
    const iva = () => project(baotou13, scenarios.reportedTrend).indicators['industrial-value-added']?.[2020]?.toString();
    const before = iva();
    const growth = scenarios.reportedTrend.series['industrial-value-added']?.growth as Record<number, root.Decimal>;
    const rate = growth[2016] as root.Decimal;
    expect(() => {
      (rate.d as number[])[0] = 2;
    }).toThrow(TypeError);
    expect(() => {
      growth[2016] = dec('0.5');
    }).toThrow(TypeError);
    expect(rate.toString()).toBe('0.098');
    expect(iva()).toBe(before);
  });

  it('both are frozen data all through', () => {
    expect(isFrozenData(scenarios.reportedTrend)).toBe(true);
    expect(isFrozenData(scenarios.planPath)).toBe(true);
    expect(isFrozenData(baotou13)).toBe(true);
  });
});

describe('caches keyed on identity read what they cache once, as data', () => {
  const base = () => ({ id: 'getter', baseYear: 2015, horizon: 2020 });
  const level = (scenario: unknown) => project(baotou13, scenario as never).indicators['industrial-value-added']?.[2020]?.toString();

  it('a frozen scenario whose growth is a getter is read again at each call', () => {
    let rate = '0.08';
    const driver = Object.freeze({
      base: '120',
      unit: 'bn-yuan',
      get growth() {
        return rate;
      },
    });
    const scenario = Object.freeze({ ...base(), series: Object.freeze({ 'industrial-value-added': driver }) });
    // 120 × 1.08⁵ and 120 × 1.1⁵, by hand
    expect(level(scenario)).toBe('176.319369216');
    rate = '0.1';
    expect(level(scenario)).toBe('193.2612');
  });

  it('a frozen scenario with a mutable part is read again at each call', () => {
    const growth: Record<string, string> = { 2016: '0.1', 2017: '0.1', 2018: '0.1', 2019: '0.1', 2020: '0.1' };
    const scenario = Object.freeze({ ...base(), series: Object.freeze({ 'industrial-value-added': Object.freeze({ base: '120', unit: 'bn-yuan', growth }) }) });
    expect(level(scenario)).toBe('193.2612');
    growth[2020] = '0';
    expect(level(scenario)).toBe('175.692'); // 120 × 1.1⁴
  });

  it('a deeply frozen scenario of data is still cached: the same answer, the same work', () => {
    const scenario = deepFreeze({ ...base(), series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth: '0.08' } } });
    expect(isFrozenData(scenario)).toBe(true);
    expect(level(scenario)).toBe('176.319369216');
    expect(level(scenario)).toBe('176.319369216');
  });

  it('a frozen plan whose target list is a getter, or mutable, is read again at each call', () => {
    const plan = materializePlan(JSON.parse(JSON.stringify(toSnapshot(baotou13, { type: 'plan' }).data)));
    let targets = plan.targets;
    const byGetter = Object.freeze(Object.defineProperty({ ...plan }, 'targets', { enumerable: true, get: () => targets }));
    expect(scorecard(byGetter, baotouReported)).toHaveLength(plan.targets.length);
    targets = plan.targets.slice(0, 2);
    expect(scorecard(byGetter, baotouReported)).toHaveLength(2);

    const list = [...plan.targets];
    const mutable = Object.freeze({ ...plan, targets: list });
    expect(scorecard(mutable, baotouReported)).toHaveLength(plan.targets.length);
    list.pop();
    expect(scorecard(mutable, baotouReported)).toHaveLength(plan.targets.length - 1);
  });

  it("a frozen list of caveats with a getter is copied as data into the projection, not kept", () => {
    let message = 'first';
    const caveat = Object.freeze({
      code: 'estimate',
      get message() {
        return message;
      },
    });
    const scenario = Object.freeze({ ...base(), series: Object.freeze({ 'industrial-value-added': Object.freeze({ base: '120', unit: 'bn-yuan', growth: '0.08' }) }), caveats: Object.freeze([caveat]) });
    const p = project(baotou13, scenario as never);
    message = 'second';
    const [copied] = p.caveats ?? [];
    expect(copied?.message).toBe('first');
    expect(Object.getOwnPropertyDescriptor(copied, 'message')?.get).toBeUndefined();
  });
});

describe('isFrozenData', () => {
  it('is true for frozen data all through, and primitives', () => {
    expect(isFrozenData(deepFreeze({ a: [1, 'x', { b: null }], d: dec('1.5') }))).toBe(true);
    expect(isFrozenData('text')).toBe(true);
    expect(isFrozenData(undefined)).toBe(true);
  });

  it('is false for a getter, a setter, a function, a mutable part, a class instance, a Map, a proxy whose traps throw', () => {
    const cases: unknown[] = [
      Object.freeze({ get a() {
        return 1;
      } }),
      Object.freeze({ set a(_: number) {} }),
      Object.freeze({ f: () => 1 }),
      () => 1,
      Object.freeze({ a: [1] }),
      Object.freeze(new (class Box {
        readonly a = 1;
      })()),
      Object.freeze(new Map()),
      Object.freeze(Object.create({ inherited: 1 }) as object),
      new Proxy(Object.freeze({}), {
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      }),
    ];
    for (const x of cases) expect(isFrozenData(x)).toBe(false);
  });

  it('is false for a frozen Decimal whose digits are not frozen', () => {
    const d = new (OWN as new (x: number) => object)(5);
    Object.freeze(d);
    expect(isFrozenData(d)).toBe(false);
  });

  it('handles cycles and a depth of 100,000 without recursion', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(isFrozenData(deepFreeze(cyclic))).toBe(true);
    let deep: object = Object.freeze({});
    for (let i = 0; i < 100_000; i++) deep = Object.freeze({ deep });
    expect(isFrozenData(deep)).toBe(true);
  });
});
