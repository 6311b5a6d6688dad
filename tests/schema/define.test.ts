import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { baotou13, baotou13Literals } from '../../src/data/baotou13/index.js';
import { dec } from '../../src/decimal.js';
import { materializePlan } from '../../src/plan/materialize.js';
import * as schema from '../../src/schema/index.js';
import { definePlan } from '../../src/schema/define.js';
import { planError } from '../_lib/errors.js';
import { inputWith, withoutNotes } from '../plan/helpers.js';

describe('definePlan', () => {
  it('is exported by the schema entry (the root entry does not load zod, so it cannot have it)', () => {
    expect(schema.definePlan).toBe(definePlan);
  });

  it('accepts the dataset and returns a plan equal to baotou13', () => {
    const plan = definePlan(baotou13Literals());
    expect(plan).toEqual(baotou13);
    expect(definePlan(baotou13)).toEqual(baotou13); // its own Decimals, not strings
    expect(plan.targets[0]?.value.toFixed()).toBe('240');
  });

  it('accepts JSON (decimals as strings, as JSON.stringify writes them)', () => {
    const input = withoutNotes(baotou13Literals());
    const plan = definePlan(JSON.parse(JSON.stringify(input)));
    expect(plan).toEqual(materializePlan(input));
  });

  it('returns a deeply frozen plan and changes nothing of the input', () => {
    const input = withoutNotes(baotou13Literals());
    const before = structuredClone(input);
    const plan = definePlan(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.targets[0])).toBe(false);
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.targets[0]?.tolerance)).toBe(true);
    expect(Object.isFrozen(plan.indicators[0]?.definition.notes)).toBe(true);
    expect(Object.isFrozen(plan.targets[0]?.value)).toBe(true);
  });

  it("does not freeze a Decimal the caller passed in (one of another copy of decimal.js: the library's own are frozen already)", () => {
    const value = new Decimal('240');
    const input = inputWith((p) => {
      p.targets[0]!.value = value;
    });
    const plan = definePlan(withoutNotes({ ...input, targets: input.targets }));
    expect(plan.targets[0]?.value.toFixed()).toBe('240');
    expect(Object.isFrozen(value)).toBe(false);
    expect(plan.targets[0]?.value).not.toBe(value);
  });

  it('throws VALIDATION listing every integrity problem with its path from plan', () => {
    const input = withoutNotes(
      inputWith((p) => {
        p.targets[2]!.indicator = 'iva';
        p.targets[0]!.year = 2021;
      }),
    );
    const error = planError(() => definePlan(input));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: ['plan', 'targets', 0, 'year'], message: '2021 is outside the plan period 2016–2020' },
      {
        path: ['plan', 'targets', 2, 'indicator'],
        message: "'iva' is not an indicator of this plan; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?",
      },
    ]);
    expect(error.message).toBe(
      "2 problems: plan.targets[0].year: 2021 is outside the plan period 2016–2020; plan.targets[2].indicator: 'iva' is not an indicator of this plan; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?",
    );
  });

  it('throws VALIDATION for a structurally broken plan before checking integrity', () => {
    const error = planError(() => definePlan(null));
    expect(error.code).toBe('VALIDATION');
    const bad = planError(() =>
      definePlan(
        withoutNotes(
          inputWith((p) => {
            (p.targets[0] as { value: unknown }).value = 'n/a';
            p.targets[1]!.indicator = 'nope';
          }),
        ),
      ),
    );
    expect(bad.issues.map((i) => i.path)).toEqual([['plan', 'targets', 0, 'value']]);
  });
});

describe('definePlan: a plan needs only id, title, period, indicators and targets', () => {
  const source = { kind: 'report', section: 'II', quote: 'GDP of 500 billion yuan' } as const;
  const gdp = { id: 'gdp', name: { en: 'GDP' }, unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'anticipatory', definition: {} } as const;
  const minimal = {
    id: 'city-15',
    title: { en: 'A city plan' },
    period: { start: 2026, end: 2030 },
    indicators: [gdp],
    targets: [{ id: 'gdp-2030', indicator: 'gdp', year: 2030, comparator: 'atLeast', value: '500', unit: 'bn-yuan', source }],
  } as const;

  it('fills what is left out: the base year before the period, empty lists, no region or document', () => {
    const plan = definePlan(minimal);
    expect(plan.baseYear).toBe(2025);
    expect([plan.principles, plan.strategies, plan.goals, plan.layout, plan.commitments, plan.facts, plan.tasks, plan.milestones, plan.errata]).toEqual(
      Array.from({ length: 9 }, () => []),
    );
    expect([plan.region, plan.document]).toEqual([undefined, undefined]);
    expect(Object.keys(plan)).toEqual(['id', 'title', 'period', 'baseYear', 'principles', 'strategies', 'goals', 'layout', 'commitments', 'indicators', 'targets', 'facts', 'tasks', 'milestones', 'errata']);
    expect(Object.isFrozen(plan.layout)).toBe(true);
    expect(plan).toEqual(materializePlan(minimal));
  });

  it('reads the same plan from JSON, with its period as a string', () => {
    const json = JSON.parse(JSON.stringify({ ...minimal, period: '2026-2030' }));
    expect(definePlan(json)).toEqual(definePlan(minimal));
  });

  it('keeps a base year given, and a region and document given', () => {
    const plan = definePlan({ ...minimal, baseYear: 2024, region: { en: 'A city' }, document: { title: 'Work report', date: '2026-01-20' } });
    expect([plan.baseYear, plan.region?.en, plan.document?.date]).toEqual([2024, 'A city', '2026-01-20']);
  });

  it('names each required section that is missing', () => {
    const error = planError(() => definePlan({ id: 'p' }));
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['plan.title', 'plan.period', 'plan.indicators', 'plan.targets']);
    expect(error.issues[0]?.message).toBe('missing; expected an object');
  });

  it('checks the base year it fills: a period that starts in 1900 has none in the years of the library', () => {
    const error = planError(() => definePlan({ ...minimal, period: { start: 1900, end: 1904 }, targets: [] }));
    expect(error.issues).toEqual([{ path: ['plan', 'baseYear'], message: 'expected an integer year from 1900 to 2100, got 1899' }]);
  });

  it("takes zone directions and commitment kinds that are not Baotou's, written as ids", () => {
    const zone = { id: 'coast', direction: 'coast', label: { en: 'the coast' }, industries: [{ en: 'shipbuilding' }], source };
    const zones = { id: 'zones', kind: 'special-economic-zone', count: 3, theme: { en: 'special economic zones' }, members: [], enumerated: false, sources: [] };
    const plan = definePlan({ ...minimal, layout: [zone], commitments: [zones] });
    expect([plan.layout[0]?.direction, plan.commitments[0]?.kind]).toEqual(['coast', 'special-economic-zone']);
    expect(() => definePlan({ ...minimal, layout: [{ ...zone, direction: 'the coast' }] })).toThrowPlanError(
      'VALIDATION',
      "plan.layout[0].direction: expected an id of 1 to 100 letters, digits, '-', '_', '.', ':' or '/', starting with a letter or digit, got 'the coast'",
    );
  });

  it('takes a concept of CONCEPTS on an indicator, and refuses another', () => {
    expect(definePlan({ ...minimal, indicators: [{ ...gdp, concept: 'gdp' }] }).indicators[0]?.concept).toBe('gdp');
    const error = planError(() => definePlan({ ...minimal, indicators: [{ ...gdp, concept: 'GDP' as never }] }));
    expect(error.message).toMatch(/^plan\.indicators\[0\]\.concept: expected one of 'gdp', 'gdp-growth', .*, got 'GDP'$/);
  });
});
