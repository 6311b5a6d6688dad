import { intensity } from '../calc/intensity.js';
import { dec, isDecimal, type Decimal, type DecimalInput } from '../decimal.js';
import { conversionError, convert, readQuantity, unitIdOf, UNITS, type Unit } from '../units/index.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { plain, text, type Step } from './explain.js';
import { evaluationOf, readTarget, verdict } from './judge.js';
import type { EvaluateTargetOptions, IntensityTargetEvaluation, TargetSpec, ValueInput } from './types.js';

/**
 * Does an energy intensity meet its target ("energy consumption per 10,000 yuan of
 * industrial added value down to 1.3 tons of standard coal equivalent")?
 *
 * `intensity = numerator (tce) ÷ denominator (10⁴ yuan)` (`calc/intensity`), judged by
 * {@link evaluateTarget} against a target in `tce-per-10k-yuan`. The numerator is energy
 * (`tce` or `10k-tce`), the denominator value added in any yuan unit; both are converted
 * exactly (a denominator of 240 `bn-yuan` is 24,000,000 × 10⁴ yuan). Plain decimals are read
 * as tce and as 10⁴ yuan. By convention (DOMAIN.md) the denominator is at comparable
 * prices, in the 13th FYP those of 2015: the caller supplies it so.
 *
 * @param target - An intensity target in `tce-per-10k-yuan`.
 * @param numerator - Energy use: tce, or a quantity in `tce` / `10k-tce`.
 * @param denominator - Value added: 10⁴ yuan, or a quantity in a yuan unit.
 * @param options - `tolerance` for an `approximately` target.
 * @returns The {@link evaluateTarget} verdict plus `numerator` (tce) and `denominator` (10⁴ yuan).
 * @throws {@link PlanError} `UNIT_MISMATCH` when the target is not in `tce-per-10k-yuan`,
 *   the numerator is not energy or the denominator not money; `DOMAIN` when the
 *   denominator is 0; `INVALID_DECIMAL`, `UNKNOWN_UNIT`, `INVALID_ARGUMENT` for bad inputs.
 *
 * @example
 * ```ts
 * const target = { comparator: 'atMost', value: '1.3', unit: 'tce-per-10k-yuan' } as const;
 * // 30 million tce for 240 bn yuan: 30,000,000 ÷ 24,000,000 = 1.25 tce per 10⁴ yuan
 * const r = evaluateIntensityTarget(target, quantity(3000, '10k-tce'), quantity(240, 'bn-yuan'));
 * r.value.toString();  // → '1.25'
 * r.met;               // → true
 * ```
 *
 * @category Progress
 */
export function evaluateIntensityTarget(
  target: TargetSpec,
  numerator: ValueInput,
  denominator: ValueInput,
  options?: EvaluateTargetOptions,
): IntensityTargetEvaluation {
  const t = readTarget(target, options);
  if (t.unitId !== 'tce-per-10k-yuan') {
    throw new PlanError(
      'UNIT_MISMATCH',
      messages.progressTargetUnit('target.unit', 'energy-intensity', 'tce-per-10k-yuan', `'${t.unitId}'`),
      { argument: 'target.unit', received: t.unitId },
    );
  }
  const steps: Step[] = [];
  const n = inUnit(numerator, UNITS.tce, 'numerator', steps, text.numeratorConverted);
  const m = inUnit(denominator, UNITS['10k-yuan'], 'denominator', steps, text.denominatorConverted);
  const value = intensity(n, m);
  steps.push((d) => {
    d.inputs.numerator = plain(n);
    d.inputs.denominator = plain(m);
    d.working.push(text.intensityLine(plain(n), plain(m), plain(value)));
  });
  return Object.freeze(Object.assign(evaluationOf(verdict(t, value, steps)), { numerator: n, denominator: m }));
}

function inUnit(x: ValueInput, unit: Unit, name: string, steps: Step[], note: (from: string) => string): Decimal {
  if (typeof x !== 'object' || x === null || isDecimal(x)) return dec(x as DecimalInput, name);
  const q = readQuantity(x, name);
  if (q.unit.measure !== unit.measure) throw conversionError(name, q.unit, unit);
  if (q.unit.multiplier === unit.multiplier) return q.value;
  steps.push((d) => d.notes.push(note(`${plain(q.value)} ${messages.unitName(unitIdOf(q.unit), q.unit.measure, q.unit.multiplier)}`)));
  return convert(q, unit as never).value;
}
