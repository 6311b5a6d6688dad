import { HUNDRED, type Decimal } from '../decimal.js';
import { isPlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Observation, ObservationInput, Plan, Year } from '../plan/types.js';
import { evaluateTarget } from '../progress/evaluateTarget.js';
import { evaluateIntensityTarget } from '../progress/intensityTarget.js';
import { evaluateRateTarget, rateEvaluation } from '../progress/rateTarget.js';
import { evaluateShareTarget } from '../progress/shareTarget.js';
import type { EvaluateTargetOptions, TargetEvaluation, ToleranceInput } from '../progress/types.js';
import { optional, readObject, readOptions, readYear } from '../read.js';
import type { UnitId } from '../units/index.js';
import { readObservations, type Reading } from './observations.js';
import { readPlan, type PlanModel, type TargetNode } from './planGraph.js';
import { averageAt, projectionTable, valueAt, type ProjectionTable } from './projectionTable.js';
import { reasons } from './text.js';
import type { Projection, ScorecardOptions, ScorecardRow, ScorecardStatus } from './types.js';

/**
 * Where a scorecard reads its values: a projection's table, or observations.
 *
 * @internal
 */
export interface ValueSource {
  readonly kind: 'projection' | 'observations';
  /** The value of `id` in `year`, in the indicator's unit. */
  value(id: string, year: Year): Decimal | undefined;
  /** An observed annual average of growth indicator `id` over `start–end`, in its unit. */
  average(id: string, start: Year, end: Year): Decimal | undefined;
  /** Annual growth rates of `id`, in percent, for every year `start … end`; undefined if one is missing. */
  annual(id: string, start: Year, end: Year): Decimal[] | undefined;
  /**
   * The annual average growth (a ratio) of the levels of series `id` from `from` to `to`
   * (those of {@link ValueSource.value}), where it is already computed; else undefined.
   */
  averageOfLevels(id: string, from: Year, to: Year): Decimal | undefined;
  /** Why `ids` have no value in `year`. */
  missing(ids: readonly string[], year: Year): string;
}

/** The values of a projection table. @internal */
export function tableSource(table: ProjectionTable): ValueSource {
  return {
    kind: 'projection',
    value: (id, year) => valueAt(table, id, year),
    average: () => undefined,
    annual: () => undefined,
    averageOfLevels: (id, from, to) => averageAt(table, id, from, to),
    missing: (ids, year) => {
      const absent = ids.filter((id) => !table.values.has(id));
      return absent.length > 0 ? reasons.notDriven(absent) : reasons.beyondHorizon(year, table.baseYear, table.horizon);
    },
  };
}

/** Options read and checked. @internal */
export interface RowOptions {
  readonly asOf: Year | undefined;
  readonly tolerance: ToleranceInput | undefined;
}

/** Read `asOf` and `defaultTolerance` of a scorecard-like options object. @internal */
export function readRowOptions(o: Record<string, unknown>): RowOptions {
  return { asOf: optional(o.asOf, (x) => readYear(x, 'options.asOf')), tolerance: readDefaultTolerance(o) };
}

/** Read `defaultTolerance` of an options object (checked in full where it is used). @internal */
export function readDefaultTolerance(o: Record<string, unknown>): ToleranceInput | undefined {
  return optional(o.defaultTolerance, (x) => readObject(x, 'options.defaultTolerance', messages.expected.tolerance) as ToleranceInput);
}

/**
 * The options of a progress evaluation of `target`: the default tolerance for an
 * `approximately` target that has none of its own. @internal
 */
export function toleranceFor(target: TargetNode['target'], tolerance: ToleranceInput | undefined): EvaluateTargetOptions | undefined {
  return target.comparator === 'approximately' && target.tolerance === undefined && tolerance !== undefined ? { tolerance } : undefined;
}

/**
 * Judge every target of a plan, one row per target in plan order, on a projection (what
 * {@link project} returns) or on observations (such as `baotouReported`), by the progress
 * evaluations. How each kind of target is judged, `asOf`, and why a row has no value:
 * [docs/scenarios.md, "Judging every target"](../../docs/scenarios.md#judging-every-target).
 *
 * @param plan - The plan whose targets are judged.
 * @param projectionOrObservations - A {@link Projection}, or observations.
 * @param options - `asOf` (a year: later targets are `pending` with their value so far),
 *   `defaultTolerance` (for `approximately` targets without one).
 * @returns One frozen {@link ScorecardRow} per target.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options or input shapes,
 *   `INVALID_DECIMAL` for a bad value, `UNIT_MISMATCH` for a value in a unit of another
 *   measure than its indicator, and what the progress evaluations throw for a malformed
 *   target (an `approximately` target without any tolerance).
 *
 * @example
 * ```ts
 * const rows = scorecard(baotou13, project(baotou13, scenarios.planPath));
 * rows.filter((r) => r.year === 2020).every((r) => r.met); // → true
 * scorecard(baotou13, baotouReported).map((r) => r.status).includes('no_data'); // → true
 * scorecard(baotou13, baotouReported, { asOf: 1899 }); // throws PlanError INVALID_ARGUMENT
 * ```
 *
 * @category Scenarios
 */
export function scorecard(
  plan: Plan,
  projectionOrObservations: Projection | readonly (Observation | ObservationInput)[],
  options?: ScorecardOptions,
): readonly ScorecardRow[] {
  const model = readPlan(plan);
  const o = readRowOptions(readOptions(options));
  const source = Array.isArray(projectionOrObservations)
    ? observationSource(readObservations(projectionOrObservations, model, 'observations'), model)
    : tableSource(projectionTable(projectionOrObservations, model));
  return Object.freeze(model.targets.map((t) => judgeRow(t, source, o)));
}

/** The first value of `id` under `key`: later observations of the same do not replace it. */
function keepFirst<K>(byId: Map<string, Map<K, Decimal>>, id: string, key: K, value: Decimal): void {
  let m = byId.get(id);
  if (m === undefined) byId.set(id, (m = new Map()));
  if (!m.has(key)) m.set(key, value);
}

/** Observations by indicator: values of single years, and of periods. */
function observationSource(readings: readonly Reading[], model: PlanModel): ValueSource {
  const single = new Map<string, Map<Year, Decimal>>();
  const periods = new Map<string, Map<string, Decimal>>();
  for (const r of readings) {
    if (r.start === r.end) keepFirst(single, r.node.id, r.start, r.value);
    else keepFirst(periods, r.node.id, `${r.start}-${r.end}`, r.value);
  }
  return {
    kind: 'observations',
    value: (id, year) => single.get(id)?.get(year),
    average: (id, start, end) => periods.get(id)?.get(`${start}-${end}`),
    averageOfLevels: () => undefined,
    annual: (id, start, end) => {
      const m = single.get(id);
      if (m === undefined) return undefined;
      const ratio = model.nodes.get(id)?.unit.measure === 'ratio';
      const rates: Decimal[] = [];
      for (let y = start; y <= end; y++) {
        const r = m.get(y);
        if (r === undefined) return undefined;
        rates.push(ratio ? r.times(HUNDRED) : r);
      }
      return rates;
    },
    missing: (ids, year) => reasons.noObservation(ids.map((id) => `'${id}' for ${year}`).join(' or ')),
  };
}

/** A value for the progress evaluations: plain when already in `expected`, else a quantity they convert exactly. */
const asValue = (value: Decimal, unit: UnitId, expected: UnitId): Decimal | { value: Decimal; unit: UnitId } =>
  unit === expected ? value : { value, unit };

/**
 * One row: the target judged on `source` at its year (or as of `asOf`).
 *
 * @internal
 */
export function judgeRow(t: TargetNode, source: ValueSource, o: RowOptions): ScorecardRow {
  const target = t.target;
  const pending = o.asOf !== undefined && o.asOf < target.year;
  const year = pending ? (o.asOf as Year) : target.year;
  const opts = toleranceFor(target, o.tolerance);
  let evaluation: TargetEvaluation | null = null;
  let reason: string | null = null;
  try {
    switch (t.mode) {
      case 'value': {
        const v = source.value(t.node.id, year);
        if (v !== undefined) evaluation = evaluateTarget(target, asValue(v, t.node.unitId, target.unit), opts);
        else reason = source.missing([t.node.id], year);
        break;
      }
      case 'share':
      case 'intensity': {
        const { numerator, denominator } = t.parts as NonNullable<TargetNode['parts']>;
        const n = source.value(numerator.id, year);
        const m = source.value(denominator.id, year);
        if (n !== undefined && m !== undefined) {
          const nUnit = numerator.unitId;
          const mUnit = denominator.unitId;
          evaluation =
            t.mode === 'share'
              ? evaluateShareTarget(target, asValue(n, nUnit, mUnit), asValue(m, mUnit, nUnit), opts)
              : evaluateIntensityTarget(target, asValue(n, nUnit, 'tce'), asValue(m, mUnit, '10k-yuan'), opts);
        } else {
          const v = source.kind === 'observations' ? source.value(t.node.id, year) : undefined;
          if (v !== undefined) evaluation = evaluateTarget(target, asValue(v, t.node.unitId, target.unit), opts);
          else reason = source.missing(source.kind === 'observations' ? [t.node.id] : [numerator.id, denominator.id], year);
        }
        break;
      }
      case 'rate':
        ({ evaluation, reason } = judgeRate(t, source, year, opts));
        break;
    }
  } catch (error) {
    if (!isPlanError(error) || error.code !== 'DOMAIN') throw error;
    reason = error.message;
  }
  let status: ScorecardStatus;
  if (pending) status = 'pending';
  else if (evaluation === null) status = source.kind === 'projection' ? 'not_projected' : 'no_data';
  else status = evaluation.met ? 'met' : 'not_met';
  return Object.freeze({
    targetId: target.id,
    indicatorId: t.node.id,
    year: target.year,
    valueYear: evaluation === null ? null : rateYear(t, year),
    value: evaluation === null ? null : evaluation.value,
    comparator: target.comparator,
    threshold: target.value,
    unit: target.unit,
    met: status === 'met' ? true : status === 'not_met' ? false : null,
    gap: evaluation === null ? null : evaluation.gap,
    attainment: evaluation === null ? null : evaluation.attainment,
    status,
    evaluation,
    reason,
  });
}

/** The year a rate target's value is of: the end of the averaging (at most the period's end). */
function rateYear(t: TargetNode, year: Year): Year {
  return t.mode === 'rate' && t.period !== null ? Math.min(year, t.period.end) : year;
}

function judgeRate(
  t: TargetNode,
  source: ValueSource,
  year: Year,
  opts: EvaluateTargetOptions | undefined,
): { evaluation: TargetEvaluation | null; reason: string | null } {
  const target = t.target;
  const period = t.period as { start: Year; end: Year };
  const from = period.start - 1;
  const to = Math.min(year, period.end);
  if (to < period.start) return { evaluation: null, reason: reasons.notYet(year, period.start) };
  // Set field by field, not spread: this runs for every rate target of every sweep point.
  const options: { through?: Year; tolerance?: ToleranceInput; isGrowthRate?: boolean } = {};
  if (to < period.end) options.through = to;
  if (opts?.tolerance !== undefined) options.tolerance = opts.tolerance;
  if (source.kind === 'observations') {
    const average = to === period.end ? source.average(t.node.id, period.start, period.end) : undefined;
    if (average !== undefined) return { evaluation: evaluateTarget(target, asValue(average, t.node.unitId, target.unit), opts), reason: null };
    const rates = source.annual(t.node.id, period.start, to);
    if (rates !== undefined) {
      const points = rates.map((value, i) => ({ year: period.start + i, value }));
      return { evaluation: evaluateRateTarget(target, points, Object.assign(options, { isGrowthRate: true })), reason: null };
    }
  }
  if (t.levels !== null) {
    const a = source.value(t.levels, from);
    const b = source.value(t.levels, to);
    if (a !== undefined && b !== undefined) {
      const points = [
        { year: from, value: a },
        { year: to, value: b },
      ];
      const known = source.averageOfLevels(t.levels, from, to);
      return { evaluation: rateEvaluation(target, points, options, known), reason: null };
    }
    return {
      evaluation: null,
      reason:
        source.kind === 'observations'
          ? reasons.noObservation(`'${t.node.id}' over ${period.start}–${to}, nor of '${t.levels}' for ${from} and ${to}`)
          : source.missing([t.levels], a === undefined ? from : to),
    };
  }
  return { evaluation: null, reason: source.missing([t.node.id], to) };
}

