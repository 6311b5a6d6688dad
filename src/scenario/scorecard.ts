import { D, dec, type Decimal, type DecimalInput } from '../decimal.js';
import { PlanError, isPlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Observation, ObservationInput, Plan, Year } from '../plan/types.js';
import { evaluateTarget } from '../progress/evaluateTarget.js';
import { evaluateIntensityTarget } from '../progress/intensityTarget.js';
import { evaluateRateTarget, rateEvaluation } from '../progress/rateTarget.js';
import { evaluateShareTarget } from '../progress/shareTarget.js';
import type { EvaluateTargetOptions, TargetEvaluation, ToleranceInput } from '../progress/types.js';
import { readUnit, type Unit, type UnitId } from '../units/index.js';
import { MAX_YEAR, MIN_YEAR, isObject, isYear, readOptions } from './checks.js';
import { scale, type ValueTable } from './model.js';
import { describe, readPlan, type PlanModel, type TargetNode } from './planGraph.js';
import { sourceOf } from './project.js';
import { reasons } from './text.js';
import type { Projection, ScorecardOptions, ScorecardRow, ScorecardStatus } from './types.js';

const HUNDRED = /* @__PURE__ */ new D(100);

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

/**
 * A source over a projection table whose offset 0 is `baseYear`; `annual`: the annual
 * averages its growth indicators computed from offset 0 (see `KnownGrowth`). @internal
 */
export function tableSource(
  table: ValueTable,
  baseYear: Year,
  horizon: Year,
  annual: ReadonlyMap<string, readonly (Decimal | undefined)[]> = new Map(),
): ValueSource {
  return {
    kind: 'projection',
    value: (id, year) => (year < baseYear || year > horizon ? undefined : table.get(id)?.[year - baseYear]),
    average: () => undefined,
    annual: () => undefined,
    // Over one year `calc/cagr` is not asked for: the growth indicator used one division.
    averageOfLevels: (id, from, to) => (from === baseYear && to - from >= 2 && to <= horizon ? annual.get(id)?.[to - baseYear] : undefined),
    missing: (ids, year) => {
      const absent = ids.filter((id) => !table.has(id));
      if (absent.length > 0) return reasons.notDriven(absent);
      return reasons.beyondHorizon(year, baseYear, horizon);
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
  const asOf = o.asOf;
  if (asOf !== undefined && !isYear(asOf)) {
    throw new PlanError('INVALID_ARGUMENT', messages.notInteger('options.asOf', asOf, MIN_YEAR, MAX_YEAR), {
      argument: 'options.asOf',
      received: asOf,
    });
  }
  const tolerance = o.defaultTolerance;
  if (tolerance !== undefined && !isObject(tolerance)) {
    throw new PlanError('INVALID_ARGUMENT', messages.progressToleranceShape('options.defaultTolerance', tolerance), {
      argument: 'options.defaultTolerance',
      received: tolerance,
    });
  }
  return { asOf, tolerance: tolerance as ToleranceInput | undefined };
}

/**
 * Judge every target of a plan, one row per target in plan order: on a projection (what
 * {@link project} returns) or on observations (`Observation[]`, such as `baotouReported`).
 *
 * Each target is judged at its own year by the progress evaluations, never by a formula of
 * its own:
 * - a rate target ("an annual average increase above 8 percent", a `period` in
 *   `percent-per-annum`): `evaluateRateTarget` over the period, on the levels of the growth
 *   indicator's `growthOf` series (`(level_end ÷ level_base)^(1/n) − 1`). From
 *   observations, in this order: an observed average over exactly the period; the annual
 *   rates of every year of the period (`isGrowthRate`, the geometric mean, as bulletins
 *   report growth at comparable prices); the levels of the base year and the last year;
 * - a share target in percent of a share indicator with numerator and denominator:
 *   `evaluateShareTarget` on the parts (observations: the share itself when the parts are
 *   not observed);
 * - an intensity target in `tce-per-10k-yuan`: `evaluateIntensityTarget` on energy use and
 *   value added (observations: the intensity itself when the parts are not observed);
 * - every other target: `evaluateTarget` on the indicator's value, converted exactly into
 *   the target's unit.
 *
 * With `asOf`, a target of a later year is `pending`: its row carries the value as of
 * `asOf` (a rate target: the annual average from the period's base year to `asOf`) with
 * the gap and attainment it would have now, and `met: null`. A target without a value is
 * `not_projected` (a projection that does not drive its inputs or ends before its year) or
 * `no_data` (observations), with `reason`; nothing throws for a missing value. A value
 * where a formula is undefined (a growth from a base of 0) is treated as missing, with the
 * formula's message as `reason`.
 *
 * Observations of indicators the plan does not have are ignored; of several observations of
 * one indicator and year, the first is used. Note the price basis (DOMAIN.md): levels are
 * usually reported at current prices and growth rates at comparable prices, so a rate
 * judged on levels can differ from the reported rate.
 *
 * @param plan - The plan whose targets are judged.
 * @param projectionOrObservations - A {@link Projection}, or observations.
 * @param options - `asOf` (a year), `defaultTolerance` (for `approximately` targets without one).
 * @returns One frozen {@link ScorecardRow} per target.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options or input shapes,
 *   `INVALID_DECIMAL` for a bad value, `UNIT_MISMATCH` for an observation in a unit of
 *   another measure than its indicator, and what the progress evaluations throw for a
 *   malformed target (an `approximately` target without any tolerance).
 *
 * @example
 * ```ts
 * const rows = scorecard(baotou13, project(baotou13, scenarios.planPath));
 * rows.filter((r) => r.year === 2020).every((r) => r.met); // → true
 * const reported = scorecard(baotou13, baotouReported);
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
    ? observationSource(projectionOrObservations, model)
    : projectionSource(projectionOrObservations, model);
  return Object.freeze(model.targets.map((t) => judgeRow(t, source, o)));
}

function projectionSource(projection: unknown, model: PlanModel): ValueSource {
  const known = sourceOf(projection);
  if (known !== undefined) return tableSource(known.table, known.scenario.baseYear, known.scenario.horizon, known.growth.annual);
  if (!isObject(projection) || !isObject(projection.indicators) || !isYear(projection.baseYear) || !isYear(projection.horizon)) {
    throw new PlanError(
      'INVALID_ARGUMENT',
      messages.expectedGot('projectionOrObservations', 'a projection { baseYear, horizon, indicators, … } or an array of observations', projection),
      { argument: 'projectionOrObservations', received: projection },
    );
  }
  const baseYear = projection.baseYear;
  const horizon = projection.horizon;
  const units = isObject(projection.units) ? projection.units : {};
  const table: ValueTable = new Map();
  for (const [id, byYear] of Object.entries(projection.indicators)) {
    const node = model.nodes.get(id);
    if (node === undefined || !isObject(byYear)) continue;
    const unit = units[id] === undefined ? node.unit : readUnit(units[id], `projection.units.${id}`);
    const values: (Decimal | undefined)[] = [];
    for (let y = baseYear; y <= horizon; y++) {
      const raw = byYear[y];
      values.push(raw === undefined ? undefined : inUnit(dec(raw as DecimalInput, `projection.indicators.${id}.${y}`), unit, node.unit, `projection.units.${id}`, id));
    }
    table.set(id, values);
  }
  return tableSource(table, baseYear, horizon);
}

/** `value` in `from` expressed in `to` (same measure), exactly. */
function inUnit(value: Decimal, from: Unit, to: Unit, name: string, id: string): Decimal {
  if (from.measure !== to.measure) {
    throw new PlanError(
      'UNIT_MISMATCH',
      messages.scenarioValueUnit(name, describe(from), from.measure, id, to.measure),
      { argument: name, received: from.measure, expected: to.measure },
    );
  }
  return scale(value, from.multiplier - to.multiplier);
}

/** Observations read into single years and periods, by indicator, in the indicators' units. */
function observationSource(observations: readonly unknown[], model: PlanModel): ValueSource {
  const single = new Map<string, Map<Year, Decimal>>();
  const periods = new Map<string, Map<string, Decimal>>();
  observations.forEach((entry, index) => {
    const at = `observations[${index}]`;
    if (!isObject(entry) || typeof entry.indicator !== 'string') {
      throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(at, 'an observation { indicator, year | period, value }', entry), {
        argument: at,
        received: entry,
      });
    }
    const node = model.nodes.get(entry.indicator);
    if (node === undefined) return;
    const value = dec(entry.value as DecimalInput, `${at}.value`);
    const unit = entry.unit === undefined ? node.unit : readUnit(entry.unit, `${at}.unit`);
    const v = inUnit(value, unit, node.unit, `${at}.unit`, node.id);
    let start: Year;
    let end: Year;
    if (entry.year !== undefined) {
      if (!isYear(entry.year)) {
        throw new PlanError('INVALID_ARGUMENT', messages.notInteger(`${at}.year`, entry.year, MIN_YEAR, MAX_YEAR), {
          argument: `${at}.year`,
          received: entry.year,
        });
      }
      start = entry.year;
      end = entry.year;
    } else {
      const p = entry.period;
      if (!isObject(p) || !isYear(p.start) || !isYear(p.end) || p.end < p.start) {
        throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(`${at}.period`, "a period { start, end } (or give 'year')", p), {
          argument: `${at}.period`,
          received: p,
        });
      }
      start = p.start;
      end = p.end;
    }
    if (start === end) {
      let m = single.get(node.id);
      if (m === undefined) single.set(node.id, (m = new Map()));
      if (!m.has(start)) m.set(start, v);
    } else {
      let m = periods.get(node.id);
      if (m === undefined) periods.set(node.id, (m = new Map()));
      const key = `${start}-${end}`;
      if (!m.has(key)) m.set(key, v);
    }
  });
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

/** A value for the progress evaluations: plain when already in `unit`, else a quantity they convert exactly. */
const valueIn = (value: Decimal, unit: UnitId, expected: UnitId): Decimal | { value: Decimal; unit: UnitId } =>
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
  const opts: EvaluateTargetOptions | undefined =
    target.comparator === 'approximately' && target.tolerance === undefined && o.tolerance !== undefined
      ? { tolerance: o.tolerance }
      : undefined;
  let evaluation: TargetEvaluation | null = null;
  let reason: string | null = null;
  try {
    switch (t.mode) {
      case 'value': {
        const v = source.value(t.node.id, year);
        if (v !== undefined) evaluation = evaluateTarget(target, valueIn(v, t.node.unitId, target.unit), opts);
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
              ? evaluateShareTarget(target, valueIn(n, nUnit, mUnit), valueIn(m, mUnit, nUnit), opts)
              : evaluateIntensityTarget(target, valueIn(n, nUnit, 'tce'), valueIn(m, mUnit, '10k-yuan'), opts);
        } else {
          const v = source.kind === 'observations' ? source.value(t.node.id, year) : undefined;
          if (v !== undefined) evaluation = evaluateTarget(target, valueIn(v, t.node.unitId, target.unit), opts);
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
    if (average !== undefined) return { evaluation: evaluateTarget(target, valueIn(average, t.node.unitId, target.unit), opts), reason: null };
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

