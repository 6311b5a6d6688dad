import { intensity } from '../calc/intensity.js';
import { UNITS } from '../units/index.js';
import { plain, text, type Step } from './explain.js';
import { judge, readTargetIn, readValue } from './judge.js';
import type { EvaluateTargetOptions, IntensityTargetEvaluation, TargetSpec, ValueInput } from './types.js';

/**
 * Does an energy intensity meet its target ("energy consumption per 10,000 yuan of
 * industrial added value down to 1.3 tons of standard coal equivalent")?
 *
 * `intensity = numerator (tce) ÷ denominator (10⁴ yuan)` (`calc/intensity`), judged by
 * {@link evaluateTarget} against a target in `tce-per-10k-yuan`. Quantities are converted
 * exactly (a denominator of 240 `bn-yuan` is 24,000,000 × 10⁴ yuan); plain decimals are read
 * as tce and as 10⁴ yuan. By the convention of Chinese statistics the denominator is at
 * comparable prices, in the 13th FYP those of 2015: the caller supplies it so.
 *
 * @param target - An intensity target in `tce-per-10k-yuan`.
 * @param numerator - Energy use: tce, or a quantity in `tce` / `10k-tce`.
 * @param denominator - Value added: 10⁴ yuan, or a quantity in a yuan unit.
 * @param options - `tolerance` and `approximately` for an `approximately` target.
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
 * evaluateIntensityTarget(target, 1, 0); // throws PlanError DOMAIN
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
  const t = readTargetIn(target, options, 'tce-per-10k-yuan', 'energy-intensity');
  const steps: Step[] = [];
  const n = readValue(numerator, UNITS.tce, 'numerator', steps);
  const m = readValue(denominator, UNITS['10k-yuan'], 'denominator', steps);
  const value = intensity(n, m);
  steps.push((d) => {
    d.inputs.numerator = plain(n);
    d.inputs.denominator = plain(m);
    d.working.push(text.intensityLine(plain(n), plain(m), plain(value)));
  });
  return judge(t, value, steps, { numerator: n, denominator: m });
}
