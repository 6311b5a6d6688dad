/**
 * Observations the user brings (CSV or JSON, pasted or dropped), read by the library's
 * schema entry (loaded when first needed: it brings zod and papaparse, which the first render
 * does not need) against the plan (`parseObservations(…, { plan })`: an indicator it lacks is
 * an error naming the closest ids, as the command line says it), and the progress of each
 * target on them by `assessProgress`.
 */
import {
  assessProgress,
  type Observation,
  type Plan,
  type ProgressMethod,
  type ProgressResult,
  type SeriesPoint,
  type Target,
} from 'baotou-plan';

/** What a text of observations gave: the observations, or the error and whether the text was CSV. */
export type Reading = { readonly ok: true; readonly observations: readonly Observation[] } | { readonly ok: false; readonly error: unknown; readonly csv: boolean };

/** The library's schema entry, loaded the first time it is asked for. */
let schemaEntry: Promise<typeof import('baotou-plan/schema')> | null = null;

/**
 * The library's schema entry (`definePlan`, `parseObservations` …), loaded when first needed.
 *
 * @returns The entry.
 */
export function schema(): Promise<typeof import('baotou-plan/schema')> {
  schemaEntry ??= import('baotou-plan/schema');
  return schemaEntry;
}

/**
 * Read observations of a plan from a text: a JSON list when it starts with `[` or `{`, else CSV.
 *
 * @param text - The text pasted or dropped.
 * @param plan - The plan they are of.
 * @returns The observations, or the error (line-numbered for CSV).
 */
export async function readObservationsText(text: string, plan: Plan): Promise<Reading> {
  const json = /^\s*[[{]/.test(text);
  const { parseObservations, parseObservationsCsv } = await schema();
  try {
    if (!json) return { ok: true, observations: parseObservationsCsv(text, { plan }) };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { ok: false, error, csv: false };
    }
    return { ok: true, observations: parseObservations(parsed, { plan }) };
  } catch (error) {
    return { ok: false, error, csv: !json };
  }
}

/** One assessment of a target by one method, or the error that stopped it. */
export interface Assessment {
  readonly target: Target;
  readonly method: ProgressMethod;
  readonly result: ProgressResult | null;
  readonly error: unknown;
}

/** The period an observation is of: a whole year, or `null` for a span or part of a year. */
function wholeYear(o: Observation): number | null {
  if (o.year !== undefined) return o.year;
  const p = o.period;
  return p !== undefined && typeof p.start === 'number' && p.start === p.end ? p.start : null;
}

/**
 * The series of a target's indicator: one figure a whole year (of several, the latest
 * vintage, then the last given), in the order of the years.
 */
function seriesOf(observations: readonly Observation[], target: Target): SeriesPoint[] {
  const byYear = new Map<number, Observation>();
  for (const o of observations) {
    if (o.indicator !== target.indicator) continue;
    const year = wholeYear(o);
    if (year === null) continue;
    const kept = byYear.get(year);
    if (kept === undefined || (o.vintage ?? '') >= (kept.vintage ?? '')) byYear.set(year, o);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, o]) => ({ year, value: o.value, ...(o.unit === undefined ? {} : { unit: o.unit }), ...(o.status === undefined ? {} : { status: o.status }) }));
}

/**
 * Every target whose indicator has observations, assessed by the three methods of
 * `assessProgress` (a target of growth rates by the UN method only, which reads a series of
 * rates), from the plan's base year (a rate's, the year before its period).
 *
 * @param plan - The plan.
 * @param observations - The observations.
 * @returns The assessments, in plan order.
 */
export function assessAll(plan: Plan, observations: readonly Observation[]): Assessment[] {
  const out: Assessment[] = [];
  for (const target of plan.targets) {
    const series = seriesOf(observations, target);
    if (series.length === 0) continue;
    const indicator = plan.indicators.find((i) => i.id === target.indicator);
    const isRate = target.unit === 'percent-per-annum' || indicator?.kind === 'growth';
    const baseYear = isRate && target.period !== undefined ? target.period.start - 1 : plan.baseYear;
    const base = series.find((p) => p.year === baseYear)?.value;
    const direction =
      indicator?.direction === 'decrease' || (indicator?.direction === 'target' && base !== undefined && base !== null && target.value.lt(base as never))
        ? 'decrease'
        : 'increase';
    const common = { baseYear, targetYear: target.year, direction, target: { value: target.value, unit: target.unit } } as const;
    const methods: readonly ProgressMethod[] = isRate ? ['unsd'] : ['opensdg', 'unsd', 'time-progress'];
    for (const method of methods) {
      try {
        const result =
          method === 'unsd' ? assessProgress(series, { method, ...common, isGrowthRate: isRate }) : assessProgress(series, { method, ...common });
        out.push({ target, method, result, error: null });
      } catch (error) {
        out.push({ target, method, result: null, error });
      }
    }
  }
  return out;
}
