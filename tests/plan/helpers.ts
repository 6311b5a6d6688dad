/** Broken variants of the dataset's input, for the integrity and definePlan tests. */
import { baotou13Literals } from '../../src/data/baotou13/index.js';
import { isDecimal } from '../../src/decimal.js';
import { materializePlan } from '../../src/plan/materialize.js';
import type { Plan, PlanInput } from '../../src/plan/types.js';

/** The dataset's input, which has every section. */
type FullInput = Required<PlanInput>;

/** A deep copy of the dataset's input, changed by `change`. */
export function inputWith(change: (input: FullInput) => void): PlanInput {
  const copy = baotou13Literals() as FullInput;
  change(copy);
  return copy;
}

/** The dataset changed by `change`, as a Plan (no validation, as checkIntegrity receives it). */
export function planWith(change: (input: FullInput) => void): Plan {
  return materializePlan(inputWith(change));
}

/**
 * Remove every `note` key but targets' (the optional notes added to facts, commitments and
 * members), for tests of definePlan that must not depend on the schema knowing them.
 */
export function withoutNotes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNotes) as T;
  if (isDecimal(value)) return value;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, child]) => !(key === 'note' && typeof child === 'string' && !('value' in value && 'comparator' in value)))
        .map(([key, child]) => [key, withoutNotes(child)]),
    ) as T;
  }
  return value;
}
