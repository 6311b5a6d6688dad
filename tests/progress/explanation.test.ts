/**
 * Explanations of target evaluations are written when first read (a scorecard judges every
 * target, and the text costs more than the arithmetic). These tests pin the whole
 * explanation, in order, and that to a caller it behaves as an ordinary frozen property.
 * Expected texts are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../src/progress/evaluateTarget.js';
import { evaluateIntensityTarget } from '../../src/progress/intensityTarget.js';
import { evaluateRateTarget } from '../../src/progress/rateTarget.js';
import { evaluateShareTarget } from '../../src/progress/shareTarget.js';
import type { TargetSpec, ValueInput } from '../../src/progress/types.js';
import { quantity } from '../../src/units/index.js';

const about25: TargetSpec = { comparator: 'approximately', value: 25, unit: 'percent', tolerance: { absolute: 1 } };

describe('a share target, whole converted: the explanation in full', () => {
  const r = evaluateShareTarget(about25, quantity(60, 'bn-yuan'), quantity(2400, '100m-yuan'));

  it('lists the inputs in the order they were used, then the verdict', () => {
    expect(r.explanation).toEqual({
      summary: '25 % ≈ 25 % ± 1 %: met (attainment 100 %)',
      inputs: {
        part: '60',
        whole: '240',
        comparator: 'approximately',
        threshold: '25',
        unit: 'percent',
        value: '25',
        toleranceAbsolute: '1',
        reading: 'two-sided',
      },
      values: { share: '0.25', met: 'true', difference: '0', gap: '1', attainment: '1', allowed: '1' },
      working: ['share = 60 ÷ 240 = 0.25', 'in percent: 0.25 × 100 = 25'],
      notes: [
        "whole converted exactly from 2400 '100m-yuan' to 240 'bn-yuan'",
        "'approximately' read two-sided: met from 24 % to 26 % (the target gives no direction of its indicator to read it in)",
      ],
    });
  });

  it('is one frozen object, the same on every read', () => {
    expect(r.explanation).toBe(r.explanation);
    expect(Object.isFrozen(r.explanation)).toBe(true);
    expect(Object.isFrozen(r.explanation.working)).toBe(true);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('is an ordinary enumerable field: keys, spread, JSON', () => {
    expect(Object.keys(r)).toEqual([
      'met',
      'comparator',
      'unit',
      'value',
      'threshold',
      'difference',
      'gap',
      'attainment',
      'allowed',
      'reading',
      'caveats',
      'explanation',
      'share',
      'part',
      'whole',
    ]);
    expect({ ...r }.explanation).toBe(r.explanation);
    const json = JSON.parse(JSON.stringify(r)) as { explanation: { summary: string }; share: string };
    expect(json.explanation.summary).toBe('25 % ≈ 25 % ± 1 %: met (attainment 100 %)');
    expect(json.share).toBe('0.25');
  });

  it('cannot be replaced', () => {
    expect(() => {
      (r as { explanation: unknown }).explanation = null;
    }).toThrow(TypeError);
    expect(r.explanation.summary).toBe('25 % ≈ 25 % ± 1 %: met (attainment 100 %)');
  });
});

describe('written later, from what was read then', () => {
  it('changing the inputs after the evaluation changes nothing in its explanation', () => {
    const whole = { value: '2400', unit: '100m-yuan' };
    const series = [
      { year: 2015, value: '120' },
      { year: 2020, value: '176.319369216' },
    ];
    const target = { comparator: 'atLeast', value: '8', unit: 'percent-per-annum', period: { start: 2016, end: 2020 } };
    // JSON-shaped quantities (decimal strings), as an app passes them
    const share = evaluateShareTarget(about25, { value: '60', unit: 'bn-yuan' } as unknown as ValueInput, whole as unknown as ValueInput);
    const rate = evaluateRateTarget(target as TargetSpec, series);
    whole.value = '1';
    (series[1] as { value: string }).value = '1';
    target.value = '99';
    expect(share.explanation.notes).toEqual([
      "whole converted exactly from 2400 '100m-yuan' to 240 'bn-yuan'",
      "'approximately' read two-sided: met from 24 % to 26 % (the target gives no direction of its indicator to read it in)",
    ]);
    expect(share.explanation.working[0]).toBe('share = 60 ÷ 240 = 0.25');
    expect(rate.explanation.inputs.toValue).toBe('176.319369216');
    expect(rate.explanation.inputs.threshold).toBe('8');
    expect(rate.explanation.summary).toBe('8 % a year ≥ 8 % a year: met (attainment 100 %, gap 0 % a year)');
  });
});

describe('the other evaluations: working before the verdict, notes in order', () => {
  it('a rate target averaged so far over a growth-rate series', () => {
    const target: TargetSpec = {
      comparator: 'above',
      value: 8,
      unit: 'percent-per-annum',
      period: { start: 2016, end: 2020 },
    } as TargetSpec;
    // (1.1 × 1.1)^(1/2) − 1 = 0.1 exactly.
    const r = evaluateRateTarget(
      target,
      [
        { year: 2016, value: 10 },
        { year: 2017, value: 10 },
      ],
      { isGrowthRate: true, through: 2017 },
    );
    expect(r.value.toString()).toBe('10');
    expect(r.explanation.inputs).toEqual({
      period: '2016-2020',
      fromYear: '2015',
      toYear: '2017',
      isGrowthRate: 'true',
      rate2016: '10',
      rate2017: '10',
      comparator: 'above',
      threshold: '8',
      unit: 'percent-per-annum',
      value: '10',
    });
    expect(r.explanation.values).toEqual({
      growthFactor: '1.21',
      averageGrowth: '0.1',
      met: 'true',
      difference: '2',
      gap: '2',
      attainment: '1.25',
    });
    expect(r.explanation.working).toEqual([
      'annual average = ((1 + 10/100) × (1 + 10/100))^(1/2) − 1 = 0.1',
      'in percent: 0.1 × 100 = 10',
    ]);
    expect(r.explanation.notes).toEqual(['averaged to 2017, before the end of the period 2020: progress so far, not the final verdict']);
    expect(r.explanation.summary).toBe('10 % a year > 8 % a year: met (attainment 125 %, gap 2 % a year)');
  });

  it('an intensity target: 13 tce for 10 × 10⁴ yuan', () => {
    const r = evaluateIntensityTarget({ comparator: 'atMost', value: '1.3', unit: 'tce-per-10k-yuan' }, 13, 10);
    expect(r.explanation.inputs).toEqual({
      numerator: '13',
      denominator: '10',
      comparator: 'atMost',
      threshold: '1.3',
      unit: 'tce-per-10k-yuan',
      value: '1.3',
    });
    expect(r.explanation.working).toEqual(['intensity = 13 tce ÷ 10 × 10,000 yuan = 1.3 tce per 10,000 yuan']);
  });

  it('a value at or below 0 under atMost: attainment undefined, and the note says why', () => {
    const r = evaluateTarget({ comparator: 'atMost', value: 5, unit: 'percent' }, -1);
    expect(r.attainment).toBeNull();
    expect(r.explanation.notes).toEqual(['attainment is not defined: threshold ÷ value needs a value greater than 0, got -1']);
    expect(r.explanation.values.attainment).toBe('undefined');
  });
});
