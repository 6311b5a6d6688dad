/**
 * Looking things up in a plan: indicators, targets, facts, commitments, zones, tasks. An
 * unknown id throws `NOT_FOUND` with the closest ids as suggestions.
 *
 * @module
 */
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { closest } from '../suggest.js';
import type {
  Commitment,
  CommitmentKind,
  Fact,
  Indicator,
  LayoutZone,
  Period,
  Plan,
  Target,
  Task,
  Year,
  ZoneDirection,
} from './types.js';

type ListKey = 'indicators' | 'targets' | 'facts' | 'commitments' | 'layout' | 'tasks';

function listOf<K extends ListKey>(plan: unknown, key: K): Plan[K] {
  const list = typeof plan === 'object' && plan !== null ? (plan as Partial<Plan>)[key] : undefined;
  if (!Array.isArray(list)) {
    throw new PlanError('INVALID_ARGUMENT', messages.planNotPlan('plan', plan), { argument: 'plan', received: plan });
  }
  return list as Plan[K];
}

function requireString(value: unknown, name: string, what: string): string {
  if (typeof value !== 'string') {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(name, what, value), { argument: name, received: value });
  }
  return value;
}

function notFound(plan: Plan, name: string, value: string, what: string, known: readonly string[]): PlanError {
  const suggestions = closest(value, known);
  return new PlanError(
    'NOT_FOUND',
    messages.planNotFound(name, messages.planUnknownId(value, what, `plan '${plan.id}'`, suggestions, known)),
    { argument: name, received: value, suggestions },
  );
}

function byId<T extends { readonly id: string }>(plan: Plan, key: ListKey, id: unknown, what: string): T {
  const list = listOf(plan, key) as unknown as readonly T[];
  const wanted = requireString(id, 'id', 'an id (a string)');
  const found = list.find((item) => item.id === wanted);
  if (found === undefined) throw notFound(plan, 'id', wanted, what, list.map((item) => item.id));
  return found;
}

/**
 * The indicator with id `id`.
 *
 * @throws {@link PlanError} `NOT_FOUND` with up to three close ids as suggestions
 *   (`"id: 'iva' is not an indicator of plan 'baotou13'; did you mean
 *   'industrial-value-added' or 'industrial-value-added-growth'?"`); `INVALID_ARGUMENT` when
 *   `plan` is not a plan or `id` not a string.
 *
 * @example
 * ```ts
 * indicator(baotou13, 'industrial-energy-intensity').unit; // → 'tce-per-10k-yuan'
 * ```
 *
 * @category Plan
 */
export function indicator(plan: Plan, id: string): Indicator {
  return byId<Indicator>(plan, 'indicators', id, 'an indicator');
}

/**
 * The target with id `id`.
 *
 * @throws {@link PlanError} `NOT_FOUND` with close ids as suggestions.
 *
 * @example
 * ```ts
 * target(baotou13, 'industrial-value-added-2020').value.toFixed(); // → '240'
 * ```
 *
 * @category Plan
 */
export function target(plan: Plan, id: string): Target {
  return byId<Target>(plan, 'targets', id, 'a target');
}

/**
 * The fact with id `id`.
 *
 * @throws {@link PlanError} `NOT_FOUND` with close ids as suggestions.
 *
 * @example
 * ```ts
 * fact(baotou13, 'review-industrial-fixed-asset-investment').value?.toFixed(); // → '670'
 * ```
 *
 * @category Plan
 */
export function fact(plan: Plan, id: string): Fact {
  return byId<Fact>(plan, 'facts', id, 'a fact');
}

/**
 * The task with id `id`.
 *
 * @throws {@link PlanError} `NOT_FOUND` with close ids as suggestions.
 *
 * @example
 * ```ts
 * task(baotou13, 'task-2016-c').industries.map((i) => i.en); // → ['rare earth processing', …]
 * ```
 *
 * @category Plan
 */
export function task(plan: Plan, id: string): Task {
  return byId<Task>(plan, 'tasks', id, 'a task');
}

/**
 * Every target of the indicator `indicatorId`, in plan order (an empty array when it has
 * none).
 *
 * @throws {@link PlanError} `NOT_FOUND` when the plan has no such indicator.
 *
 * @example
 * ```ts
 * targetsOf(baotou13, 'strategic-emerging-industries-share').map((t) => t.year); // → [2020, 2016]
 * ```
 *
 * @category Plan
 */
export function targetsOf(plan: Plan, indicatorId: string): readonly Target[] {
  const id = indicator(plan, indicatorId).id;
  return Object.freeze(listOf(plan, 'targets').filter((t) => t.indicator === id));
}

/** What {@link factsOf} selects on: an indicator, a period (or one year), or both. @category Plan */
export interface FactQuery {
  readonly indicator?: string;
  /** Facts whose period overlaps this one (a year is a one-year period). */
  readonly period?: Period | Year;
}

function toPeriod(value: unknown): Period {
  if (typeof value === 'number' && Number.isInteger(value)) return { start: value, end: value };
  if (typeof value === 'object' && value !== null) {
    const { start, end } = value as Partial<Period>;
    if (typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end) && start <= end) {
      return { start, end };
    }
  }
  throw new PlanError('INVALID_ARGUMENT', messages.expectedGot('query.period', 'a year or a period { start, end } with start ≤ end', value), {
    argument: 'query.period',
    received: value,
  });
}

/**
 * The facts of an indicator (`factsOf(plan, 'industrial-value-added-growth')`), or those
 * matching a query: `{ indicator?, period? }`, where `period` (a year or `{ start, end }`)
 * selects the facts whose period overlaps it. Plan order; an empty array when none match.
 *
 * @throws {@link PlanError} `NOT_FOUND` for an unknown indicator; `INVALID_ARGUMENT` for a
 *   malformed query.
 *
 * @example
 * ```ts
 * factsOf(baotou13, 'industrial-value-added-growth')[0]?.value?.toFixed(); // → '13'
 * factsOf(baotou13, { period: 2015 }).length; // every fact of the 12th FYP review (2011–2015)
 * ```
 *
 * @category Plan
 */
export function factsOf(plan: Plan, query: string | FactQuery): readonly Fact[] {
  const facts = listOf(plan, 'facts');
  if (typeof query === 'string') {
    const id = indicator(plan, query).id;
    return Object.freeze(facts.filter((f) => f.indicator === id));
  }
  if (typeof query !== 'object' || query === null) {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot('query', query, 'an indicator id or { indicator?, period? }'), {
      argument: 'query',
      received: query,
    });
  }
  const id = query.indicator === undefined ? undefined : indicator(plan, query.indicator).id;
  const period = query.period === undefined ? undefined : toPeriod(query.period);
  return Object.freeze(
    facts.filter(
      (f) =>
        (id === undefined || f.indicator === id) &&
        (period === undefined || (f.period.start <= period.end && f.period.end >= period.start)),
    ),
  );
}

function byIdOr<T extends { readonly id: string }>(
  plan: Plan,
  key: 'commitments' | 'layout',
  value: unknown,
  other: (item: T) => string,
  what: string,
  otherName: string,
): T {
  const list = listOf(plan, key) as unknown as readonly T[];
  const name = `idOr${otherName}`;
  const wanted = requireString(value, name, `an id or a ${otherName.toLowerCase()} (a string)`);
  const found = list.find((item) => item.id === wanted);
  if (found !== undefined) return found;
  const matches = list.filter((item) => other(item) === wanted);
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1) {
    throw new PlanError('INVALID_ARGUMENT', messages.planAmbiguous(name, wanted, what, matches.map((m) => m.id)), {
      argument: name,
      received: wanted,
    });
  }
  const known = [...new Set([...list.map((item) => item.id), ...list.map(other)])];
  throw notFound(plan, name, wanted, `a ${what} id or ${otherName.toLowerCase()}`, known);
}

/**
 * A commitment by id, or by kind when the plan has one commitment of that kind
 * (`'base'`, `'chain'`, `'industry'`, `'cluster'`, `'park'`).
 *
 * @throws {@link PlanError} `NOT_FOUND` with close ids and kinds as suggestions;
 *   `INVALID_ARGUMENT` when several commitments have the kind asked for.
 *
 * @example
 * ```ts
 * const parks = commitment(baotou13, 'park');
 * parks.count;          // → 9
 * parks.members.length; // → 2 (named by the report)
 * parks.enumerated;     // → false
 * ```
 *
 * @category Plan
 */
export function commitment(plan: Plan, idOrKind: string | CommitmentKind): Commitment {
  return byIdOr<Commitment>(plan, 'commitments', idOrKind, (c) => c.kind, 'commitment', 'Kind');
}

/**
 * A layout zone by id, or by direction (`'east'`, `'west'`, `'south'`, `'north'`,
 * `'both-wings'`, `'northern-mountain'`).
 *
 * @throws {@link PlanError} `NOT_FOUND` with close ids and directions as suggestions.
 *
 * @example
 * ```ts
 * zone(baotou13, 'east').industries[0]?.en; // → 'aluminum'
 * ```
 *
 * @category Plan
 */
export function zone(plan: Plan, idOrDirection: string | ZoneDirection): LayoutZone {
  return byIdOr<LayoutZone>(plan, 'layout', idOrDirection, (z) => z.direction, 'zone', 'Direction');
}
