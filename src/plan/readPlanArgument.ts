/**
 * Reading a plan passed to a public function: the one check, and the one message, for
 * "this is not a plan".
 *
 * @internal
 * @module
 */
import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { argumentError } from '../errors.js';
import { messages } from '../messages.js';
import { isObject, reading } from '../read.js';
import { PLAN_LISTS } from './sections.js';
import type { Fact, Plan, Target } from './types.js';

/** The objects every plan has, and those it may leave out. */
const OBJECTS = ['title', 'period'] as const satisfies readonly (keyof Plan)[];
const OPTIONAL_OBJECTS = ['region', 'document'] as const satisfies readonly (keyof Plan)[];

/**
 * `x` as a plan: an object with an `id`, its lists (`indicators`, `targets` … as arrays, empty
 * where the plan has none), its `title` and `period`, a `region` and a `document` if any
 * (objects), and Decimals where a plan has numbers (the values
 * and tolerances of its targets, the values of its facts). The records are otherwise trusted
 * (a plan comes from `definePlan`, which validated it, or is the embedded dataset).
 *
 * A plan whose numbers are strings, as `JSON.parse` gives them, is not a plan: the error says
 * to read it with `definePlan` or `parsePlan` (which validate it) or `materializePlan`. A
 * plan holding Decimals of another copy of decimal.js is read into a copy whose Decimals are
 * the library's own; any other plan is returned as it is.
 *
 * @param x - The argument; `name` is its name in the message (default `'plan'`).
 * @returns The plan.
 * @throws `PlanError` `INVALID_ARGUMENT` "plan: expected a plan (what definePlan returns, or
 *   baotou13), got …", or naming a number that is no Decimal (`plan.targets[0].value`), or
 *   when reading it threw (a getter, a Proxy); `INVALID_DECIMAL` for a Decimal out of bounds.
 * @internal
 */
export function readPlanArgument(x: unknown, name = 'plan'): Plan {
  return reading(name, () => {
    if (
      !isObject(x) ||
      typeof x.id !== 'string' ||
      !PLAN_LISTS.every((key) => Array.isArray(x[key])) ||
      !OBJECTS.every((key) => isObject(x[key])) ||
      !OPTIONAL_OBJECTS.every((key) => x[key] === undefined || isObject(x[key]))
    ) {
      throw argumentError('INVALID_ARGUMENT', name, messages.planNotPlan(name, x), x);
    }
    const plan = x as unknown as Plan;
    const targets = ownDecimals(plan.targets, name, 'targets', readTargetDecimals);
    const facts = ownDecimals(plan.facts, name, 'facts', readFactDecimals);
    return targets === plan.targets && facts === plan.facts ? plan : Object.freeze({ ...plan, targets, facts });
  });
}

/** `list`, or a frozen copy where `read` gave a record another object (its Decimals made the library's own). */
function ownDecimals<T>(list: readonly T[], name: string, key: string, read: (item: T, at: string) => T): readonly T[] {
  let out: T[] | undefined;
  list.forEach((item, i) => {
    if (!isObject(item)) return; // not a record: what reads the plan says so, among its other problems
    const copy = read(item, `${name}.${key}[${i}]`);
    if (copy !== item) (out ??= [...list])[i] = copy;
  });
  return out === undefined ? list : Object.freeze(out);
}

function readTargetDecimals(t: Target, at: string): Target {
  const value = planDecimal(t.value, `${at}.value`);
  const tol = t.tolerance;
  let tolerance = tol;
  if (tol !== undefined) {
    if (!isObject(tol)) return t; // as a record that is no object
    tolerance =
      tol.relative !== undefined
        ? sameOr(tol, 'relative', planDecimal(tol.relative, `${at}.tolerance.relative`))
        : sameOr(tol, 'absolute', planDecimal(tol.absolute, `${at}.tolerance.absolute`));
  }
  return value === t.value && tolerance === tol ? t : Object.freeze({ ...t, value, ...(tolerance === undefined ? {} : { tolerance }) });
}

function readFactDecimals(f: Fact, at: string): Fact {
  if (f.value === undefined) return f;
  const value = planDecimal(f.value, `${at}.value`);
  return value === f.value ? f : Object.freeze({ ...f, value });
}

/** `o` when its `key` already holds `value`, else a frozen copy with it. */
function sameOr<T extends object>(o: T, key: keyof T, value: Decimal): T {
  return o[key] === value ? o : Object.freeze({ ...o, [key]: value });
}

/**
 * A number of a plan: a Decimal (the library's own is returned as it is, another read by
 * `dec`); a string or a number means the plan was not read.
 */
function planDecimal(x: unknown, at: string): Decimal {
  if (typeof x !== 'object' || x === null) throw argumentError('INVALID_ARGUMENT', at, messages.planNotDecimal(at, x), x);
  return dec(x as DecimalInput, at);
}
