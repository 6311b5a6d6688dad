/**
 * Looking things up in a plan: indicators, targets, facts, commitments, zones, tasks. An
 * unknown id throws `NOT_FOUND` with the closest ids as suggestions.
 *
 * A plan typed with its ids (`baotou13`, or what `definePlan` returns for a plan written `as
 * const`) lets `indicator`, `target`, `targetsOf` and `factsOf` take only its own indicator and
 * target ids: a misspelt id does not compile. A plan read from JSON is a `Plan<string,
 * string>`, whose ids are checked when the look-up runs.
 *
 * @module
 */
import { PlanError, argumentError, invalidArgument, notFoundError } from '../errors.js';
import { messages } from '../messages.js';
import { isObject, isYear, optional, readObject, readOptions } from '../read.js';
import { closest } from '../suggest.js';
import { MAX_YEAR, MIN_YEAR } from '../vocabulary.js';
import { readPlanArgument } from './readPlanArgument.js';
import type { Commitment, CommitmentKind, Fact, Indicator, LayoutZone, Period, Plan, Target, Task, Year, ZoneDirection } from './types.js';

type ListKey = 'indicators' | 'targets' | 'facts' | 'commitments' | 'layout' | 'tasks';

/** An id argument: a string (an unknown one is `NOT_FOUND`, not a bad argument). */
function readId(x: unknown, name: string, what: string): string {
  if (typeof x !== 'string') throw invalidArgument(name, what, x);
  return x;
}

/** The one `NOT_FOUND` error: the id, what it is not, and the closest ids (also in `details.suggestions`). */
function notFound(plan: Plan, name: string, value: string, what: string, known: readonly string[]): PlanError {
  const suggestions = closest(value, known);
  return notFoundError(
    name,
    messages.planNotFound(name, messages.planUnknownId(value, what, `plan '${plan.id}'`, suggestions, known)),
    value,
    known,
    suggestions,
  );
}

function byId<K extends ListKey>(planArgument: unknown, key: K, id: unknown, what: string, name = 'id'): Plan[K][number] {
  const plan = readPlanArgument(planArgument);
  const list = plan[key] as readonly Plan[K][number][];
  const wanted = readId(id, name, 'an id (a string)');
  const found = list.find((item) => item.id === wanted);
  if (found === undefined) throw notFound(plan, name, wanted, what, list.map((item) => item.id));
  return found;
}

/**
 * The indicator with id `id`.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param id - The indicator's id: for a plan typed with its ids, one of them (a misspelt id
 *   does not compile).
 * @returns The indicator.
 * @throws `PlanError` `NOT_FOUND` with up to three close ids as suggestions; `INVALID_ARGUMENT`
 *   when `plan` is not a plan or `id` not a string.
 *
 * @example
 * ```ts
 * indicator(baotou13, 'industrial-energy-intensity').unit; // → 'tce-per-10k-yuan'
 * const plan: Plan = baotou13; // ids as plain strings, as for a plan read from JSON
 * indicator(plan, 'iva'); // throws PlanError NOT_FOUND
 * // → "id: 'iva' is not an indicator of plan 'baotou13'; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?"
 * ```
 *
 * @category Plan
 */
export function indicator<I extends string>(plan: Plan<I, string>, id: NoInfer<I>): Indicator<I> {
  return byId(plan, 'indicators', id, 'an indicator') as Indicator<I>;
}

/**
 * The target with id `id`.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param id - The target's id: for a plan typed with its ids, one of them.
 * @returns The target.
 * @throws `PlanError` `NOT_FOUND` with close ids as suggestions; `INVALID_ARGUMENT` when
 *   `plan` is not a plan or `id` not a string.
 *
 * @example
 * ```ts
 * target(baotou13, 'industrial-value-added-2020').value.toFixed(); // → '240'
 * ```
 *
 * @category Plan
 */
export function target<T extends string, I extends string = string>(plan: Plan<I, T>, id: NoInfer<T>): Target<T, I> {
  return byId(plan, 'targets', id, 'a target') as Target<T, I>;
}

/**
 * The fact with id `id`.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param id - The fact's id.
 * @returns The fact.
 * @throws `PlanError` `NOT_FOUND` with close ids as suggestions; `INVALID_ARGUMENT` when
 *   `plan` is not a plan or `id` not a string.
 *
 * @example
 * ```ts
 * fact(baotou13, 'review-industrial-fixed-asset-investment').value?.toFixed(); // → '670'
 * ```
 *
 * @category Plan
 */
export function fact(plan: Plan, id: string): Fact {
  return byId(plan, 'facts', id, 'a fact');
}

/**
 * The task with id `id`.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param id - The task's id.
 * @returns The task.
 * @throws `PlanError` `NOT_FOUND` with close ids as suggestions; `INVALID_ARGUMENT` when
 *   `plan` is not a plan or `id` not a string.
 *
 * @example
 * ```ts
 * task(baotou13, 'task-2016-a').industries.map((i) => i.en); // → ['steel', 'aluminum']
 * ```
 *
 * @category Plan
 */
export function task(plan: Plan, id: string): Task {
  return byId(plan, 'tasks', id, 'a task');
}

/**
 * Every target of the indicator `indicatorId`, in plan order (an empty array when it has
 * none).
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param indicatorId - The indicator's id: for a plan typed with its ids, one of them.
 * @returns The targets, a frozen array.
 * @throws `PlanError` `NOT_FOUND` when the plan has no such indicator; `INVALID_ARGUMENT`
 *   when `plan` is not a plan or `indicatorId` not a string.
 *
 * @example
 * ```ts
 * targetsOf(baotou13, 'strategic-emerging-industries-share').map((t) => t.year); // → [2020, 2016]
 * ```
 *
 * @category Plan
 */
export function targetsOf<I extends string, T extends string>(plan: Plan<I, T>, indicatorId: NoInfer<I>): readonly Target<T, I>[] {
  const id = byId(plan, 'indicators', indicatorId, 'an indicator', 'indicatorId').id;
  return Object.freeze(readPlanArgument(plan).targets.filter((t) => t.indicator === id)) as readonly Target<T, I>[];
}

/**
 * What {@link factsOf} selects on: an indicator (of the plan's ids `I`), a period (or one
 * year), or both.
 *
 * @category Plan
 */
export interface FactQuery<I extends string = string> {
  readonly indicator?: I;
  /** Facts whose period overlaps this one (a year is a one-year period). */
  readonly period?: Period | Year;
}

const FACT_QUERY_KEYS = ['indicator', 'period'] as const;

/** A year or a period `{ start, end }` with start ≤ end, years from MIN_YEAR to MAX_YEAR. */
function readPeriod(x: unknown, name: string): Period {
  if (isYear(x)) return { start: x, end: x };
  if (isObject(x) && isYear(x.start) && isYear(x.end) && x.start <= x.end) return { start: x.start, end: x.end };
  throw invalidArgument(name, `a year from ${MIN_YEAR} to ${MAX_YEAR} or a period { start, end } with start ≤ end`, x);
}

/**
 * The facts of an indicator (`factsOf(plan, 'industrial-value-added-growth')`), or those
 * matching a query `{ indicator?, period? }`, where `period` (a year or `{ start, end }`)
 * selects the facts whose period overlaps it. Plan order; an empty array when none match.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param query - An indicator id, or `{ indicator?, period? }`: for a plan typed with its ids,
 *   one of them.
 * @returns The facts, a frozen array.
 * @throws `PlanError` `NOT_FOUND` for an unknown indicator; `INVALID_ARGUMENT` for a
 *   malformed query (an unknown key, a period that is not a year or `{ start, end }`).
 *
 * @example
 * ```ts
 * factsOf(baotou13, 'industrial-value-added-growth')[0]?.value?.toFixed(); // → '13'
 * factsOf(baotou13, { period: 2015 }).length; // → 15 (every fact of the 12th FYP review, 2011–2015)
 * factsOf(baotou13, { year: 2015 }); // throws PlanError INVALID_ARGUMENT
 * // → "query: unknown key 'year'; allowed keys: indicator, period"
 * ```
 *
 * @category Plan
 */
export function factsOf<I extends string>(plan: Plan<I, string>, query: NoInfer<I> | FactQuery<NoInfer<I>>): readonly Fact[] {
  const facts = readPlanArgument(plan).facts;
  if (typeof query === 'string') {
    const id = byId(plan, 'indicators', query, 'an indicator', 'query').id;
    return Object.freeze(facts.filter((f) => f.indicator === id));
  }
  readOptions(readObject(query, 'query', 'an indicator id or { indicator?, period? }'), 'query', FACT_QUERY_KEYS);
  const id = optional(query.indicator, (x) => byId(plan, 'indicators', x, 'an indicator', 'query.indicator').id);
  const period = optional(query.period, (x) => readPeriod(x, 'query.period'));
  return Object.freeze(
    facts.filter(
      (f) =>
        (id === undefined || f.indicator === id) &&
        (period === undefined || (f.period.start <= period.end && f.period.end >= period.start)),
    ),
  );
}

/** A commitment or a zone by id, or by the one value of `other` (kind, direction) that only it has. */
function byIdOr<K extends 'commitments' | 'layout'>(
  planArgument: unknown,
  key: K,
  value: unknown,
  other: (item: Plan[K][number]) => string,
  what: string,
  otherName: string,
): Plan[K][number] {
  const plan = readPlanArgument(planArgument);
  const list = plan[key] as readonly Plan[K][number][];
  const name = `idOr${otherName}`;
  const wanted = readId(value, name, `an id or a ${otherName.toLowerCase()} (a string)`);
  const found = list.find((item) => item.id === wanted);
  if (found !== undefined) return found;
  const matches = list.filter((item) => other(item) === wanted);
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1) {
    throw argumentError('INVALID_ARGUMENT', name, messages.planAmbiguous(name, wanted, what, matches.map((m) => m.id)), wanted);
  }
  const known = [...new Set([...list.map((item) => item.id), ...list.map(other)])];
  throw notFound(plan, name, wanted, `a ${what} id or ${otherName.toLowerCase()}`, known);
}

/**
 * A commitment by id, or by kind when the plan has one commitment of that kind (a plan's own
 * word; Baotou's are `'base'`, `'chain'`, `'industry'`, `'cluster'`, `'park'`: `COMMITMENT_KINDS`).
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param idOrKind - The commitment's id, or its kind.
 * @returns The commitment.
 * @throws `PlanError` `NOT_FOUND` with close ids and kinds as suggestions;
 *   `INVALID_ARGUMENT` when several commitments have the kind asked for.
 *
 * @example
 * ```ts
 * const parks = commitment(baotou13, 'park');
 * parks.count; // → 9
 * parks.members.length; // → 2 (named by the report)
 * parks.enumerated; // → false
 * ```
 *
 * @category Plan
 */
export function commitment(plan: Plan, idOrKind: CommitmentKind | (string & {})): Commitment {
  return byIdOr(plan, 'commitments', idOrKind, (c) => c.kind, 'commitment', 'Kind');
}

/**
 * A layout zone by id, or by direction (a plan's own word; Baotou's are `'east'`, `'west'`,
 * `'south'`, `'north'`, `'both-wings'`, `'northern-mountain'`: `ZONE_DIRECTIONS`).
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param idOrDirection - The zone's id, or its direction.
 * @returns The zone.
 * @throws `PlanError` `NOT_FOUND` with close ids and directions as suggestions;
 *   `INVALID_ARGUMENT` when several zones have the direction asked for.
 *
 * @example
 * ```ts
 * zone(baotou13, 'east').industries[0]?.en; // → 'aluminum'
 * zone(baotou13, 'both-wings').id; // → 'two-sides'
 * ```
 *
 * @category Plan
 */
export function zone(plan: Plan, idOrDirection: ZoneDirection | (string & {})): LayoutZone {
  return byIdOr(plan, 'layout', idOrDirection, (z) => z.direction, 'zone', 'Direction');
}
