import { describe, expect, it } from 'vitest';
import { baotou13, baotou13Literals } from '../../src/data/baotou13/index.js';
import { embedObservations, embedPlan, materializeObservations, materializePlan } from '../../src/plan/materialize.js';
import { inputWith } from './helpers.js';

describe('materializePlan', () => {
  it('reads every decimal exactly and freezes everything', () => {
    const plan = materializePlan(baotou13Literals());
    expect(plan.targets.map((t) => t.value.toFixed())).toEqual(['240', '8', '100', '120', '25', '35', '25', '1.3', '92', '85', '20']);
    expect(plan.targets[4]?.tolerance?.absolute?.toFixed()).toBe('1');
    expect(plan.facts.find((f) => f.id === 'review-energy-consumption-change')?.value?.toFixed()).toBe('-37.5');
    expect(Object.isFrozen(plan.facts[0]?.period)).toBe(true);
    expect(Object.isFrozen(plan.commitments[4]?.members[0]?.sources)).toBe(true);
  });

  it("carries the targets' wordings and the indicators' wholes", () => {
    const plan = materializePlan(baotou13Literals());
    // The report (II.a): "an annual average increase above 8 percent".
    expect([plan.targets[1]?.wording, plan.targets[1]?.comparator]).toEqual(['above', 'atLeast']);
    expect(plan.indicators.find((i) => i.id === 'industrial-value-added')?.partOf).toBe('secondary-sector-value-added');
  });

  it('does not change or share its input', () => {
    const input = baotou13Literals();
    const plan = materializePlan(input);
    expect(input).toEqual(baotou13Literals());
    expect(Object.isFrozen(input.facts)).toBe(false);
    expect(plan.layout).not.toBe(input.layout);
  });

  it("copies a caller's Decimal, even one of the library's own (frozen, perhaps not to its digits)", () => {
    const own = materializeObservations([{ indicator: 'gdp', year: 2020, value: '240' }])[0]!.value;
    // A Decimal of the library's constructor that its maker froze, but not its digit array.
    const half = Object.freeze(new (own.constructor as new (x: string) => typeof own)('240'));
    const [a, b] = materializeObservations([
      { indicator: 'gdp', year: 2020, value: own },
      { indicator: 'gdp', year: 2021, value: half },
    ]);
    expect([a?.value === own, b?.value === half]).toEqual([false, false]);
    expect([a?.value.toFixed(), b?.value.toFixed(), Object.isFrozen(b?.value.d), Object.isFrozen(half.d)]).toEqual(['240', '240', true, false]);
  });

  it('names a value that is not a decimal', () => {
    const input = inputWith((p) => {
      p.facts[2]!.value = '1,000';
    });
    expect(() => materializePlan(input)).toThrowPlanError('INVALID_DECIMAL', /^facts\[2\]\.value: expected a decimal string/);
  });

  it('rejects input of the wrong shape with a PlanError, never a TypeError', () => {
    expect(() => materializePlan(null as never)).toThrowPlanError('INVALID_ARGUMENT', 'input: expected an object, got null');
    expect(() => materializePlan({ ...baotou13Literals(), targets: undefined } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      'input.targets: expected an array, got undefined',
    );
    expect(() => materializePlan({ ...baotou13Literals(), facts: [null] } as never)).toThrowPlanError('INVALID_ARGUMENT', 'facts[0]: expected an object, got null');
    expect(() => materializePlan({ ...baotou13Literals(), targets: [{ ...baotou13Literals().targets[4]!, tolerance: 1 }] } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      'targets[0].tolerance: expected an object, got 1',
    );
  });

  it('fills the sections a plan leaves out, as definePlan does: base year before the period, lists empty, no region or document', () => {
    const input = { id: 'p', title: { en: 'A plan' }, period: { start: 2021, end: 2025 }, indicators: [], targets: [] };
    const plan = materializePlan(input);
    expect(plan).toEqual({
      ...input,
      baseYear: 2020,
      principles: [],
      strategies: [],
      goals: [],
      layout: [],
      commitments: [],
      facts: [],
      tasks: [],
      milestones: [],
      errata: [],
    });
    expect(Object.keys(plan).slice(0, 6)).toEqual(['id', 'title', 'period', 'baseYear', 'principles', 'strategies']);
    expect('region' in plan || 'document' in plan).toBe(false);
    expect(Object.isFrozen(plan.errata)).toBe(true);
    expect(materializePlan({ ...input, baseYear: 2018 }).baseYear).toBe(2018);
    expect(Object.keys(input)).toEqual(['id', 'title', 'period', 'indicators', 'targets']);
  });

  it('needs a period to take the base year from, when none is given', () => {
    expect(() => materializePlan({ id: 'p', title: { en: 'A plan' }, period: 2021, indicators: [], targets: [] } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      'input.period: expected a period { start, end } of years (the base year is the year before it), got 2021',
    );
  });

  it('materializes observations', () => {
    const [o] = materializeObservations([{ indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan' }]);
    expect(o?.value.toFixed()).toBe('278.74');
    expect(Object.isFrozen(o)).toBe(true);
    expect(() => materializeObservations([{ indicator: 'gdp', year: 2020, value: 'x' }])).toThrowPlanError('INVALID_DECIMAL', /^observations\[0\]\.value: /);
    expect(() => materializeObservations([{ indicator: 'gdp', year: 2020 }] as never)).toThrowPlanError('INVALID_DECIMAL', /^observations\[0\]\.value: .*got undefined$/);
    expect(() => materializeObservations('gdp' as never)).toThrowPlanError('INVALID_ARGUMENT', "observations: expected an array, got 'gdp'");
  });
});

describe('materializePlan and materializeObservations: hostile input', () => {
  it('data that contains itself is refused, naming where, not a stack overflow', () => {
    const cyclic: Record<string, unknown> = { kind: 'report', section: 'I', quote: 'q' };
    cyclic.self = cyclic;
    const input = inputWith((p) => {
      (p.targets[0] as unknown as Record<string, unknown>).source = cyclic;
    });
    expect(() => materializePlan(input)).toThrowPlanError('INVALID_ARGUMENT', 'targets[0].source.self: contains itself (a cycle); expected plain data, a tree of objects and arrays');
  });

  it('a getter that throws (anything, even Object.create(null)) is a PlanError naming the input', () => {
    const input = inputWith(() => undefined) as unknown as Record<string, unknown>;
    Object.defineProperty(input, 'region', {
      enumerable: true,
      get() {
        throw Object.create(null);
      },
    });
    expect(() => materializePlan(input as never)).toThrowPlanError('INVALID_ARGUMENT', /^input: could not be read \(a thrown object\)/);
  });

  it("an own '__proto__' key (JSON.parse makes one) is data, never the copy's prototype", () => {
    const [o] = materializeObservations(JSON.parse('[{"indicator":"gdp","year":2020,"value":"1","__proto__":{"polluted":true}}]'));
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect((o as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('embedPlan and embedObservations: the dataset made in place', () => {
  it('makes the plan materializePlan makes, from the literals themselves: read in place, frozen, not copied', () => {
    const literals = baotou13Literals();
    const plan = embedPlan(literals);
    expect(plan).toEqual(materializePlan(baotou13Literals()));
    expect(plan).toEqual(baotou13);
    expect(plan.targets).toBe(literals.targets);
    expect(literals.targets[0]?.value).toBe(plan.targets[0]?.value);
    expect(Object.isFrozen(plan) && Object.isFrozen(plan.commitments[4]?.members[0]?.sources) && Object.isFrozen(plan.targets[0]?.value)).toBe(true);
  });

  it('reads a record shared by several others once (a tolerance written once for two targets)', () => {
    const about = { absolute: '1' };
    const base = { indicator: 'gdp', year: 2020, unit: 'percent', comparator: 'atLeast' };
    const plan = embedPlan({
      id: 'p',
      title: { en: 'A plan' },
      period: { start: 2016, end: 2020 },
      indicators: [],
      targets: [
        { ...base, id: 'a', value: '1', tolerance: about },
        { ...base, id: 'b', value: '2', tolerance: about },
      ],
    } as never);
    expect(plan.targets.map((t) => t.tolerance?.absolute?.toFixed())).toEqual(['1', '1']);
    expect(plan.targets[0]?.tolerance).toBe(plan.targets[1]?.tolerance);
    expect([plan.baseYear, plan.facts, Object.isFrozen(about)]).toEqual([2015, [], true]);
  });

  it('names a value that is not a decimal', () => {
    const literals = baotou13Literals();
    (literals.facts![2] as { value: unknown }).value = '1,000';
    expect(() => embedPlan(literals)).toThrowPlanError('INVALID_DECIMAL', /^facts\[2\]\.value: expected a decimal string/);
    expect(() => embedObservations([{ indicator: 'gdp', year: 2020, value: '1' }, { indicator: 'gdp', year: 2021 }] as never)).toThrowPlanError(
      'INVALID_DECIMAL',
      /^observations\[1\]\.value: .*got undefined$/,
    );
  });

  it('makes the observations materializeObservations makes, frozen, in place', () => {
    const literals = [{ indicator: 'gdp', year: 2020, value: '278.740', unit: 'bn-yuan' as const, definition: { priceBasis: 'current' as const } }];
    const observations = embedObservations(literals);
    expect(observations).toBe(literals);
    expect(observations).toEqual(materializeObservations([{ indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan', definition: { priceBasis: 'current' } }]));
    expect(Object.isFrozen(observations[0]?.definition) && Object.isFrozen(observations[0]?.value)).toBe(true);
  });
});
