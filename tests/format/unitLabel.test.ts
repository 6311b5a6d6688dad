import { describe, expect, it } from 'vitest';
import { unitLabel } from '../../src/format/unitLabel.js';
import { UNIT_IDS, type UnitId } from '../../src/units/index.js';
import { planError } from '../_lib/errors.js';

describe('unitLabel', () => {
  it('labels every named unit in both languages', () => {
    const expected: Record<UnitId, [string, string]> = {
      yuan: ['yuan', '元'],
      '10k-yuan': ['10,000 yuan', '万元'],
      '100m-yuan': ['100 million yuan', '亿元'],
      'bn-yuan': ['billion yuan', '十亿元'],
      tce: ['tce', '吨标准煤'],
      '10k-tce': ['10,000 tce', '万吨标准煤'],
      'tce-per-10k-yuan': ['tce per 10,000 yuan', '吨标准煤/万元'],
      percent: ['%', '%'],
      'percent-per-annum': ['% a year', '年均%'],
      'percentage-points': ['percentage points', '个百分点'],
      count: ['count', '个'],
      rank: ['rank', '位次'],
      ratio: ['ratio', '比值'],
      'yuan-per-person': ['yuan per person', '元/人'],
      '10k-yuan-per-person': ['10,000 yuan per person', '万元/人'],
      'count-per-10k-people': ['per 10,000 people', '每万人'],
      years: ['years', '年'],
      mu: ['mu', '亩'],
      '10k-mu': ['10,000 mu', '万亩'],
      '100m-mu': ['100 million mu', '亿亩'],
      'cubic-metre': ['cubic metres', '立方米'],
      '100m-cubic-metres': ['100 million cubic metres', '亿立方米'],
      'cubic-metre-per-10k-yuan': ['cubic metres per 10,000 yuan', '立方米/万元'],
      tonne: ['tonnes', '吨'],
      '10k-tonnes': ['10,000 tonnes', '万吨'],
      'tonne-per-10k-yuan': ['tonnes per 10,000 yuan', '吨/万元'],
      'microgram-per-cubic-metre': ['μg/m³', '微克/立方米'],
    };
    for (const id of UNIT_IDS) {
      expect(unitLabel(id)).toBe(expected[id][0]);
      expect(unitLabel(id, { locale: 'en' })).toBe(expected[id][0]);
      expect(unitLabel(id, { locale: 'zh-CN' })).toBe(expected[id][1]);
    }
  });
  it('labels unit objects', () => {
    expect(unitLabel({ measure: 'yuan', multiplier: 8 }, { locale: 'zh-CN' })).toBe('亿元');
    expect(unitLabel({ measure: 'yuan', multiplier: 6 })).toBe('million yuan');
    expect(unitLabel({ measure: 'tce', multiplier: 6 })).toBe('million tce');
    expect(unitLabel({ measure: 'yuan', multiplier: 6 }, { locale: 'zh-CN' })).toBe('元 (× 10^6)');
    expect(unitLabel({ measure: 'yuan', multiplier: 5 })).toBe('yuan (× 10^5)');
    expect(unitLabel({ measure: 'percent', multiplier: -1 })).toBe('% (× 10^-1)');
  });
  it('rejects bad units and locales', () => {
    expect(planError(() => unitLabel('billion' as never)).code).toBe('UNKNOWN_UNIT');
    const error = planError(() => unitLabel('yuan', { locale: 'zh-TW' as never }));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe("locale: expected one of 'en', 'zh-CN', got 'zh-TW'");
  });
});
