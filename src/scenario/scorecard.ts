import type { Decimal } from '../decimal.js';
import type { Observation, ObservationInput, Period, Plan, Year } from '../plan/types.js';
import type { UnitId } from '../units/index.js';
import { rateEvaluation } from '../progress/rateTarget.js';
import type { Caveat, EvaluateTargetOptions, TargetEvaluation } from '../progress/types.js';
import { readOptions } from '../read.js';
import { Caveats, readCaveats } from './caveats.js';
import { evaluateOver, judgeObserved } from './observedRow.js';
import { readObservations } from './observations.js';
import { indexObservations } from './observed.js';
import { readPlan, readPlanWith, type TargetNode } from './planGraph.js';
import { projectionTable } from './projectionTable.js';
import { NONE, NO_YEARS, SCORECARD_OPTION_KEYS, evaluateParts, evaluateValue, judgeTarget, rateOptions, readRowOptions, tableSource } from './rows.js';
import type { Judged, RowOptions, ValueSource } from './rows.js';
import { reasons } from './text.js';
import type { Projection, ScorecardOptions, ScorecardRow } from './types.js';

/**
 * Judge every target of a plan, one row per target in plan order: on observations (such as
 * `baotouReported`: what happened) or on a projection (what {@link project} returns: what a
 * scenario would give), by the progress evaluations. Each row says what its verdict rests on
 * (`basis`: `'observed'`, `'bound'` from a whole that contains the indicator, or
 * `'projected'`) and every caveat a reader must know (scope, prices, estimates, breaks in
 * series, revisions, readings of the wording). Which figure counts, bounds, periods and
 * caveats: [docs/scenarios.md, "Judging every target"](../../docs/scenarios.md#judging-every-target).
 *
 * @param plan - The plan whose targets are judged.
 * @param projectionOrObservations - Observations, or a {@link Projection}.
 * @param options - `asOf` (a year: later targets are `pending` with their value so far),
 *   `defaultTolerance` (for `approximately` targets without one), `approximately`
 *   (`'directional'` by default, or `'two-sided'`), `indicators` (on observations: those they
 *   use that the plan does not define, such as `baotouReportedIndicators`).
 * @returns One frozen {@link ScorecardRow} per target.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options (an unknown key, with the
 *   closest known one) or input shapes (a period of years or of months `'YYYY-MM'`, a status
 *   of OBS_STATUS, a vintage `'YYYY[-MM[-DD]]'`), `VALIDATION` naming duplicate observations
 *   (one indicator and period, the same vintage, source and definition), `INVALID_DECIMAL`
 *   for a bad value, `UNIT_MISMATCH` for a value in a unit of another
 *   measure than its indicator, and what the progress evaluations throw for a malformed
 *   target (an `approximately` target without any tolerance).
 *
 * @example
 * ```ts
 * const row = scorecard(baotou13, baotouReported).find((r) => r.targetId === 'industrial-value-added-2020');
 * row?.status; // → 'not_met'
 * row?.basis; // → 'bound'
 * row?.bound?.indicatorId; // → 'secondary-sector-value-added'
 * scorecard(baotou13, project(baotou13, scenarios.planPath)).every((r) => r.met); // → true
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
  const given = readOptions(options, 'options', SCORECARD_OPTION_KEYS);
  const o = readRowOptions(given);
  if (Array.isArray(projectionOrObservations)) {
    const model = readPlanWith(plan, given.indicators, 'options.indicators');
    const observed = indexObservations(readObservations(projectionOrObservations, model, 'observations'), model);
    return Object.freeze(model.targets.map((t) => judgeObserved(t, observed, o)));
  }
  const model = readPlan(plan);
  const source = tableSource(projectionTable(projectionOrObservations, model), model);
  const caveats = readCaveats((projectionOrObservations as { caveats?: unknown }).caveats, 'projection.caveats');
  return Object.freeze(model.targets.map((t) => judgeRow(t, source, o, caveats)));
}

/**
 * One row on a projection: the target judged on `source` at its year (or as of `asOf`),
 * carrying the projection's caveats when it has a value.
 *
 * @internal
 */
export function judgeRow(t: TargetNode, source: ValueSource, o: RowOptions, projectionCaveats: readonly Caveat[] = NONE): ScorecardRow {
  return judgeTarget(
    t,
    o,
    'not_projected',
    (year, opts) => ({ ...PROJECTED, ...judgeProjected(t, source, year, opts) }),
    (evaluation) => (evaluation === null ? NONE : merged(projectionCaveats, evaluation.caveats)),
  );
}

/** What a row on a projection says besides its evaluation and reason. */
const PROJECTED: Judged = { evaluation: null, reason: null, basis: 'projected', bound: null, missing: NO_YEARS, absent: 'not_projected' };

function merged(a: readonly Caveat[], b: readonly Caveat[]): readonly Caveat[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Caveats();
  out.addAll(a);
  out.addAll(b);
  return out.done();
}

function judgeProjected(
  t: TargetNode,
  source: ValueSource,
  year: Year,
  opts: EvaluateTargetOptions | undefined,
): { evaluation: TargetEvaluation | null; reason: string | null } {
  switch (t.mode) {
    case 'value': {
      const v = source.value(t.node.id, year);
      return v === undefined ? { evaluation: null, reason: source.missing([t.node.id], year) } : { evaluation: evaluateValue(t, v, opts), reason: null };
    }
    case 'share':
    case 'intensity': {
      const { numerator, denominator } = t.parts as NonNullable<TargetNode['parts']>;
      const n = source.value(numerator.id, year);
      const m = source.value(denominator.id, year);
      if (n === undefined || m === undefined) return { evaluation: null, reason: source.missing([numerator.id, denominator.id], year) };
      return { evaluation: evaluateParts(t, n, m, opts), reason: null };
    }
    default:
      return judgeOverPeriod(t, source, year, opts);
  }
}

/**
 * A target over a period on a projection: a rate, a change or a relative change on the levels at
 * both ends of the period (up to `year`; a rate with the projection's own average of them), a
 * cumulative target on every year's value; for a growth indicator of nothing the plan has, its
 * own values are each year's rate or change.
 */
function judgeOverPeriod(
  t: TargetNode,
  source: ValueSource,
  year: Year,
  opts: EvaluateTargetOptions | undefined,
): { evaluation: TargetEvaluation | null; reason: string | null } {
  const period = t.period as Period;
  const to = Math.min(year, period.end);
  if (to < period.start) return { evaluation: null, reason: reasons.notYet(year, period.start) };
  const yearly = t.mode === 'cumulative' || t.levels === null;
  const id = t.levels ?? t.node.id;
  const unit = source.unit(id);
  const years: Year[] = [];
  if (yearly) for (let y = period.start; y <= to; y++) years.push(y);
  else years.push(period.start - 1, to);
  const points: { year: Year; value: Decimal; unit: UnitId }[] = [];
  for (const y of years) {
    const value = source.value(id, y);
    if (value === undefined) return { evaluation: null, reason: source.missing([id], y) };
    points.push({ year: y, value, unit });
  }
  const options = rateOptions(t, to, opts);
  if (t.mode === 'rate' && !yearly) return { evaluation: rateEvaluation(t.spec, points, options, source.averageOfLevels(id, period.start - 1, to)), reason: null };
  return { evaluation: evaluateOver(t, points, options, yearly && t.mode !== 'cumulative'), reason: null };
}
