/**
 * From a plan written as plain literals (numbers as decimal strings) to the frozen domain
 * model, without validation and without zod: what the embedded dataset uses, so that
 * importing it stays light. Plans from users go through `definePlan`, which validates.
 *
 * @module
 */
import type { DecimalInput } from '../decimal.js';
import type {
  Observation,
  ObservationInput,
  Plan,
  PlanInput,
  Target,
  TargetInput,
  Tolerance,
} from './types.js';
import { cloneData as copy, deepFreeze, freshDecimal as fresh } from './freeze.js';

function tolerance(input: NonNullable<TargetInput['tolerance']>, name: string): Tolerance {
  return input.relative !== undefined
    ? { relative: fresh(input.relative, `${name}.relative`) }
    : { absolute: fresh(input.absolute as DecimalInput, `${name}.absolute`) };
}

function target(input: TargetInput, name: string): Target {
  const { value, tolerance: tol, ...rest } = input;
  return {
    ...copy(rest, name),
    value: fresh(value, `${name}.value`),
    ...(tol === undefined ? {} : { tolerance: tolerance(tol, `${name}.tolerance`) }),
  };
}

/**
 * Turn a {@link PlanInput} written as plain literals into a deeply frozen {@link Plan}:
 * every decimal (target values and tolerances, fact values) is read with `dec`, everything
 * is copied (the input is not changed) and frozen.
 *
 * It does **not** validate: the input must already be a correct plan (the embedded dataset
 * is, and a test proves that `definePlan` accepts the same input and returns an equal plan).
 * Use `definePlan` for anything that comes from outside.
 *
 * @param input - A plan as literals.
 * @returns The frozen plan.
 * @throws {@link PlanError} `INVALID_DECIMAL` for a value that is not a decimal, naming it
 *   (`targets[0].value`).
 *
 * @example
 * ```ts
 * const plan = materializePlan(input); // input: PlanInput, values like '240'
 * plan.targets[0]?.value.toFixed();    // → '240'
 * Object.isFrozen(plan.targets);       // → true
 * ```
 *
 * @category Plan
 */
export function materializePlan(input: PlanInput): Plan {
  const { targets, facts, ...rest } = input;
  const plan: Plan = {
    ...copy(rest, 'plan'),
    targets: targets.map((t, i) => target(t, `targets[${i}]`)),
    facts: facts.map((fact, i) => {
      const { value, ...others } = fact;
      const out = copy(others, `facts[${i}]`);
      return value === undefined ? out : { ...out, value: fresh(value, `facts[${i}].value`) };
    }),
  };
  return deepFreeze(plan);
}

/**
 * Turn observations written as literals into frozen {@link Observation}s (values read with
 * `dec`), without validation: for embedded data. Use the schema layer's
 * `parseObservations` for input from outside.
 *
 * @param input - Observations as literals.
 * @returns A frozen array of frozen observations.
 * @throws {@link PlanError} `INVALID_DECIMAL` for a value that is not a decimal.
 *
 * @example
 * ```ts
 * const [o] = materializeObservations([{ indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan' }]);
 * o?.value.toFixed(); // → '278.74'
 * ```
 *
 * @category Plan
 */
export function materializeObservations(input: readonly ObservationInput[]): readonly Observation[] {
  return deepFreeze(
    input.map((observation, i) => {
      const { value, ...rest } = observation;
      return { ...copy(rest, `observations[${i}]`), value: fresh(value, `observations[${i}].value`) };
    }),
  );
}
