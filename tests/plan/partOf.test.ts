/**
 * `Indicator.partOf`: a whole that contains the indicator. Industrial value added is part of
 * the secondary sector's value added (industry and construction), which is part of GDP; a part
 * and its whole are the same kind of quantity (a level in a level, a count in a count) in one
 * measure, and no whole is part of its own part.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { checkIntegrity } from '../../src/plan/integrity.js';
import { definePlan, indicatorSchema } from '../../src/schema/index.js';
import { inputWith, planWith } from './helpers.js';

const index = (id: string) => baotou13.indicators.findIndex((i) => i.id === id);
const IVA = index('industrial-value-added');
const SECONDARY = index('secondary-sector-value-added');
const GDP = index('gdp');

describe('partOf', () => {
  it("holds in the dataset: industry ⊂ the secondary sector ⊂ GDP", () => {
    expect([baotou13.indicators[IVA]?.partOf, baotou13.indicators[SECONDARY]?.partOf, baotou13.indicators[GDP]?.partOf]).toEqual([
      'secondary-sector-value-added',
      'gdp',
      undefined,
    ]);
    expect(checkIntegrity(baotou13)).toEqual([]);
  });

  it('names an indicator of the plan, with the closest ids when it does not', () => {
    const plan = planWith((p) => {
      p.indicators[IVA]!.partOf = 'secondary-sector';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['indicators', IVA, 'partOf'],
        message: "'secondary-sector' is not an indicator of this plan; did you mean 'secondary-sector-value-added' or 'secondary-sector-value-added-growth'?",
      },
    ]);
  });

  it('is not the indicator itself', () => {
    const plan = planWith((p) => {
      p.indicators[GDP]!.partOf = 'gdp';
    });
    expect(checkIntegrity(plan)).toEqual([{ path: ['indicators', GDP, 'partOf'], message: "'gdp' is this indicator itself; name another indicator" }]);
  });

  it('is in the same measure', () => {
    const plan = planWith((p) => {
      p.indicators[IVA]!.partOf = 'industrial-energy-consumption';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['indicators', IVA, 'partOf'],
        message:
          "'industrial-energy-consumption' is in '10k-tce' (measure 'tce') and this indicator in 'bn-yuan' (measure 'yuan'); a part and its whole have the same measure",
      },
    ]);
  });

  it('joins a level to a level and a count to a count, never a growth rate, share or intensity to a level', () => {
    const cases: [string, string, string][] = [
      ['industrial-value-added-growth', 'industrial-value-added', "a 'growth' indicator cannot be part of 'industrial-value-added', a 'level' indicator"],
      ['strategic-emerging-industries-share', 'industrial-value-added', "a 'share' indicator cannot be part of 'industrial-value-added', a 'level' indicator"],
      ['industrial-energy-intensity', 'gdp', "a 'intensity' indicator cannot be part of 'gdp', a 'level' indicator"],
      ['high-tech-industries-share', 'strategic-emerging-industries-share', "a 'share' indicator cannot be part of 'strategic-emerging-industries-share', a 'share' indicator"],
      ['innovation-research-institutes', 'gdp', "a 'count' indicator cannot be part of 'gdp', a 'level' indicator"],
    ];
    for (const [part, whole, start] of cases) {
      const plan = planWith((p) => {
        p.indicators[index(part)]!.partOf = whole;
      });
      expect(checkIntegrity(plan), part).toEqual([
        { path: ['indicators', index(part), 'partOf'], message: `${start}: a part and its whole are the same kind of quantity, a level in a level or a count in a count` },
      ]);
    }
    const counts = planWith((p) => {
      p.indicators[index('innovation-research-institutes')]!.partOf = 'state-high-tech-enterprises';
    });
    expect(checkIntegrity(counts)).toEqual([]);
  });

  it('runs in no circle, and names the circle once, at its first indicator', () => {
    const plan = planWith((p) => {
      p.indicators[GDP]!.partOf = 'industrial-value-added';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['indicators', IVA, 'partOf'],
        message:
          'partOf runs in a circle: industrial-value-added → secondary-sector-value-added → gdp → industrial-value-added; a whole cannot be part of its own part',
      },
    ]);
    const two = planWith((p) => {
      p.indicators[index('high-tech-industries-value-added')]!.partOf = 'strategic-emerging-industries-value-added';
      p.indicators[index('strategic-emerging-industries-value-added')]!.partOf = 'high-tech-industries-value-added';
    });
    expect(checkIntegrity(two).map((i) => i.message)).toEqual([
      'partOf runs in a circle: strategic-emerging-industries-value-added → high-tech-industries-value-added → strategic-emerging-industries-value-added; a whole cannot be part of its own part',
    ]);
  });

  it('is an id in the schema, and definePlan checks it', () => {
    const indicator = { id: 'a', name: { en: 'A' }, unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'unspecified', definition: {} };
    expect(z.parse(indicatorSchema, { ...indicator, partOf: 'b' }).partOf).toBe('b');
    expect(z.safeParse(indicatorSchema, { ...indicator, partOf: '' }).success).toBe(false);
    const input = JSON.parse(JSON.stringify(inputWith((p) => {
      p.indicators[IVA]!.partOf = 'gpd';
    })));
    expect(() => definePlan(input)).toThrowPlanError('VALIDATION', `plan.indicators[${IVA}].partOf: 'gpd' is not an indicator of this plan; did you mean 'gdp'?`);
  });
});
