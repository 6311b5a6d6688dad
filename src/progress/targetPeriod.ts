/**
 * What the targets over a period share: their form and period read and checked, and the one
 * rule for a figure published for exactly the period (docs/progress.md, "A figure for the
 * whole period").
 *
 * @internal
 * @module
 */
import { argumentError } from '../errors.js';
import { messages } from '../messages.js';
import { describePeriod } from '../period.js';
import type { Year } from '../plan/types.js';
import { isObject, readChoice, readInteger } from '../read.js';
import { describeUnit, valueIn, type Unit } from '../units/index.js';
import { MAX_YEAR, MIN_YEAR, OBS_STATUS_WORDS, TARGET_FORMS, type TargetForm } from '../vocabulary.js';
import type { Decimal } from '../decimal.js';
import { plain, text, type Step } from './explain.js';
import type { PeriodFigure } from './series.js';
import type { Caveat } from './types.js';

/** A target's period: `{ start, end }`, its base year `start − 1` a year too. */
export interface TargetPeriod {
  readonly start: Year;
  readonly end: Year;
}

/**
 * The period of a target over a period.
 *
 * @param period - `target.period`.
 * @param form - The target's form, for the message when the period is missing.
 * @returns The period.
 * @throws {@link PlanError} `INVALID_ARGUMENT` when it is missing, or its years are not
 *   integers with `1901 ≤ start ≤ end ≤ 2100`.
 */
export function readTargetPeriod(period: unknown, form: TargetForm): TargetPeriod {
  if (!isObject(period)) {
    const message =
      form === 'annual-average'
        ? messages.progressPeriodRequired('target.period', period)
        : messages.progressPeriodNeeded('target.period', form, period);
    throw argumentError('INVALID_ARGUMENT', 'target.period', message, period);
  }
  const start = readInteger(period.start, 'target.period.start', MIN_YEAR + 1, MAX_YEAR);
  const end = readInteger(period.end, 'target.period.end', start, MAX_YEAR);
  return { start, end };
}

/**
 * A target's form, which must be one of `allowed` (absent: `absent`).
 *
 * @param form - `target.form`.
 * @param allowed - The forms the caller judges.
 * @param absent - The form of a target without one, or `undefined` when one is required.
 * @param wrong - The message for a form that is known but not allowed, or missing.
 * @returns The form.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for an unknown form (one of `TARGET_FORMS`),
 *   one the caller does not judge, or a missing one where one is required.
 */
export function readTargetForm<F extends TargetForm>(
  form: unknown,
  allowed: readonly F[],
  absent: F | undefined,
  wrong: (name: string, value: unknown) => string,
): F {
  if (form === undefined && absent !== undefined) return absent;
  const read = form === undefined ? undefined : readChoice(form, 'target.form', TARGET_FORMS);
  if (read === undefined || !(allowed as readonly TargetForm[]).includes(read)) {
    throw argumentError('INVALID_ARGUMENT', 'target.form', wrong('target.form', form), form);
  }
  return read as F;
}

/** What a figure for the whole period is, by the target's form. */
const READ_AS: Readonly<Record<TargetForm, string>> = {
  level: 'level',
  'annual-average': 'annual average',
  change: 'change',
  'relative-change': 'relative change',
  cumulative: 'sum of the yearly values',
};

/**
 * The value of a figure published for exactly a target's period, by the one rule: it is the
 * target's own value over the period (the annual average, the change, the relative change or
 * the cumulative sum), in the target's unit. The note says so; an estimate adds its caveat.
 *
 * @param figure - The figure, in its own unit (a bare one is in the target's).
 * @param unit - The target's unit.
 * @param form - The target's form.
 * @param period - The target's period.
 * @param steps - Where the note and the input are written.
 * @param caveats - Where an `estimate` caveat is added.
 * @returns The value in the target's unit.
 * @throws {@link PlanError} `UNIT_MISMATCH` for a figure in a unit of another measure.
 */
export function periodFigureValue(
  figure: PeriodFigure,
  unit: Unit,
  form: TargetForm,
  period: TargetPeriod,
  steps: Step[],
  caveats: Caveat[],
): Decimal {
  const value = valueIn(figure.value, figure.unit ?? unit, unit, `${figure.at}.unit`, `the target in ${describeUnit(unit)}`);
  const span = describePeriod(period);
  steps.push((d) => {
    d.inputs.periodFigure = plain(value);
    d.notes.push(text.periodFigure(figure.at, span, READ_AS[form]));
  });
  const s = figure.status;
  if (s === 'E' || s === 'P' || s === 'F') caveats.push({ code: 'estimate', message: text.estimateCaveat(figure.at, span, s, OBS_STATUS_WORDS[s].en) });
  return value;
}
