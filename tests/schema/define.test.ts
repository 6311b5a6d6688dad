import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { baotou13, baotou13Input } from '../../src/data/baotou13/index.js';
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
    const plan = definePlan(baotou13Input);
    expect(plan).toEqual(baotou13);
    expect(plan.targets[0]?.value.toFixed()).toBe('240');
  });

  it('accepts JSON (decimals as strings, as JSON.stringify writes them)', () => {
    const input = withoutNotes(baotou13Input);
    const plan = definePlan(JSON.parse(JSON.stringify(input)));
    expect(plan).toEqual(materializePlan(input));
  });

  it('returns a deeply frozen plan and changes nothing of the input', () => {
    const input = withoutNotes(baotou13Input);
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
