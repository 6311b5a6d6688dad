/**
 * What a list of observations says, indexed for judging: the figure of an indicator for a
 * year (of several, the one the rules choose, with the others kept for the caveats), its
 * figure over a span, and the breaks in its series. The rules:
 * [docs/scenarios.md, "Which figure counts"](../../docs/scenarios.md#which-figure-counts).
 *
 * @internal
 * @module
 */
import type { Year } from '../plan/types.js';
import type { Measure } from '../units/index.js';
import type { Reading } from './observations.js';
import type { PlanModel } from './planGraph.js';

/**
 * The figure of an indicator for a year or span, chosen among the observations of it:
 *
 * - `'only'`: one observation;
 * - `'agree'`: several, all of one value (the first given is used);
 * - `'latest-vintage'`: several, each with a vintage, that disagree: the latest publication is
 *   used, the others are earlier releases it revises;
 * - `'preferred'`: several that disagree, not all with a vintage (sources, not releases of
 *   one): a normal figure (status `A` or none) before the first value after a break (`B`: for a
 *   growth rate, a change that straddles the break), and either before an estimate or
 *   anything else (`E`, `P`, `F` …); then an exact figure before a rounded one (`about`,
 *   `moreThan`, `lessThan`); then the one with more significant digits; then the first
 *   given.
 */
export interface Figure {
  readonly reading: Reading;
  /** The other observations of the same indicator and period, in the order given. */
  readonly others: readonly Reading[];
  readonly choice: 'only' | 'agree' | 'latest-vintage' | 'preferred';
}

/** Observations indexed by indicator, year and span. */
export interface Observed {
  readonly model: PlanModel;
  readonly readings: readonly Reading[];
  /**
   * The figure of `id` for the whole year `year` (a year, or months from January to December):
   * in its own measure, or with `change` a change of it in that measure (`observations.ts`, `changeUnit`).
   */
  annual(id: string, year: Year, change?: Measure): Figure | undefined;
  /** The figure of `id` over exactly the years `start–end` (its own measure, or with `change` a change in it). */
  span(id: string, start: Year, end: Year, change?: Measure): Figure | undefined;
  /** Every observation of `id` in its own measure, in the order given. */
  of(id: string): readonly Reading[];
  /** Every observation of a change of `id`, in the order given. */
  changes(id: string): readonly Reading[];
  /**
   * The breaks that bear on `id` after `after` and up to `upTo`: observations with status `B`
   * of it and of the wholes that contain it (a revision of the whole revises its parts), by
   * year.
   */
  breaks(id: string, after: Year, upTo: Year): readonly Reading[];
}

/** The rank of a status among figures that disagree: normal, then after a break, then the rest. */
const rank = (r: Reading): number => (r.status === undefined || r.status === 'A' ? 0 : r.status === 'B' ? 1 : 2);

/** Index readings (what `readObservations` returns) for judging. */
export function indexObservations(readings: readonly Reading[], model: PlanModel): Observed {
  const byId = new Map<string, Reading[]>();
  const changesById = new Map<string, Reading[]>();
  const groups = new Map<string, Reading[]>();
  for (const r of readings) {
    const lists = r.change ? changesById : byId;
    let list = lists.get(r.node.id);
    if (list === undefined) lists.set(r.node.id, (list = []));
    list.push(r);
    if (r.partial) continue;
    const key = `${r.node.id}\u0000${r.start}\u0000${r.end}\u0000${r.change ? r.unit.measure : ''}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = []));
    group.push(r);
  }
  const chosen = new Map<string, Figure>();
  const figure = (id: string, start: Year, end: Year, change: Measure | undefined): Figure | undefined => {
    const key = `${id}\u0000${start}\u0000${end}\u0000${change ?? ''}`;
    let f = chosen.get(key);
    if (f === undefined) {
      const group = groups.get(key);
      if (group === undefined) return undefined;
      chosen.set(key, (f = choose(group)));
    }
    return f;
  };
  const breaksOf = new Map<string, Reading[]>();
  const none: readonly Reading[] = Object.freeze([]);
  return {
    model,
    readings,
    annual: (id, year, change) => figure(id, year, year, change),
    span: (id, start, end, change) => figure(id, start, end, change),
    of: (id) => byId.get(id) ?? none,
    changes: (id) => changesById.get(id) ?? none,
    breaks: (id, after, upTo) => {
      let list = breaksOf.get(id);
      if (list === undefined) {
        const node = model.nodes.get(id);
        const ids = node === undefined ? [id] : [id, ...node.wholes];
        list = ids.flatMap((i) => (byId.get(i) ?? []).filter((r) => r.status === 'B')).sort((a, b) => a.start - b.start || a.index - b.index);
        breaksOf.set(id, list);
      }
      return list.filter((r) => r.start > after && r.start <= upTo);
    },
  };
}

/** The figure of a group of observations of one indicator and period (see {@link Figure}). */
function choose(group: readonly Reading[]): Figure {
  const [first] = group as [Reading, ...Reading[]];
  if (group.length === 1) return { reading: first, others: [], choice: 'only' };
  let best: Reading;
  let choice: Figure['choice'];
  if (group.every((r) => r.value.eq(first.value))) {
    best = first;
    choice = 'agree';
  } else if (group.every((r) => r.vintage !== undefined)) {
    best = group.reduce((a, b) => (vintageOf(b) > vintageOf(a) || (vintageOf(b) === vintageOf(a) && preferred(b, a)) ? b : a));
    choice = 'latest-vintage';
  } else {
    best = group.reduce((a, b) => (preferred(b, a) ? b : a));
    choice = 'preferred';
  }
  return { reading: best, others: group.filter((r) => r !== best), choice };
}

const vintageOf = (r: Reading): string => r.vintage ?? '';

/** Whether `b` is to be preferred to `a` (given before it is `a`): by status, exact, more precise. */
function preferred(b: Reading, a: Reading): boolean {
  const status = rank(a) - rank(b);
  if (status !== 0) return status > 0;
  const exact = Number(isExact(b)) - Number(isExact(a));
  if (exact !== 0) return exact > 0;
  return b.value.sd() > a.value.sd();
}

const isExact = (r: Reading): boolean => r.entry.qualifier === undefined || r.entry.qualifier === 'exact';
