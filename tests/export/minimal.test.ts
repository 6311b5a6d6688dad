/**
 * A plan with only what a plan needs (id, title, period, indicators, targets) through every
 * function that takes a plan: definePlan and materializePlan, the exports (tidy rows, CSV, data
 * package, Markdown), snapshots, and the charts built from a plan. The expected texts are written
 * out by hand from the plan below.
 */
import { describe, expect, it } from 'vitest';
import { planLayoutChart, planScorecardChart, planTrajectoryChart } from '../../src/charts/fromPlan.js';
import { toCsv } from '../../src/export/csv.js';
import { toDataPackage } from '../../src/export/datapackage.js';
import { toMarkdown } from '../../src/export/markdown.js';
import { TIDY_COLUMNS, toTidyRows } from '../../src/export/tidy.js';
import { checkIntegrity } from '../../src/plan/integrity.js';
import { materializePlan } from '../../src/plan/materialize.js';
import { definePlan } from '../../src/schema/define.js';
import { fromSnapshot, toSnapshot } from '../../src/schema/snapshot.js';
import { planError } from '../_lib/errors.js';

const input = {
  id: 'city-15',
  title: { en: 'A city plan' },
  period: { start: 2026, end: 2030 },
  indicators: [
    { id: 'gdp', name: { en: 'GDP', zh: '地区生产总值' }, unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'anticipatory', concept: 'gdp', definition: {} },
    {
      id: 'gdp-growth',
      name: { en: 'GDP growth' },
      unit: 'percent-per-annum',
      direction: 'increase',
      kind: 'growth',
      nature: 'anticipatory',
      growthOf: 'gdp',
      definition: { priceBasis: 'comparable' },
    },
  ],
  targets: [
    { id: 'gdp-2030', indicator: 'gdp', year: 2030, comparator: 'atLeast', value: '500', unit: 'bn-yuan', source: { kind: 'report', section: 'II', quote: 'GDP of 500 billion yuan' } },
    {
      id: 'gdp-growth-2030',
      indicator: 'gdp-growth',
      year: 2030,
      period: { start: 2026, end: 2030 },
      comparator: 'atLeast',
      wording: '以上',
      value: '6',
      unit: 'percent-per-annum',
      source: { kind: 'report', section: 'II', quote: '年均增长6%以上' },
    },
  ],
} as const;

const plan = definePlan(input);

describe('a plan with only what it needs', () => {
  it('is the same from definePlan and materializePlan, and sound', () => {
    expect(plan).toEqual(materializePlan(input));
    expect(checkIntegrity(plan)).toEqual([]);
  });

  it('tidy rows: one a target, the growth target read as an annual average', () => {
    const rows = toTidyRows(plan);
    expect(rows.map((r) => [r.record, r.id, r.indicator, r.subject, r.year, r.period_start, r.period_end, r.form, r.relation, r.wording, r.value?.toFixed(), r.unit])).toEqual([
      ['target', 'gdp-2030', 'gdp', 'GDP', 2030, null, null, 'level', 'atLeast', null, '500', 'bn-yuan'],
      ['target', 'gdp-growth-2030', 'gdp-growth', 'GDP growth', 2030, 2026, 2030, 'annual-average', 'atLeast', '以上', '6', 'percent-per-annum'],
    ]);
  });

  it('CSV of the tidy rows', () => {
    expect(toCsv(toTidyRows(plan), { columns: TIDY_COLUMNS })).toBe(
      [
        'record,id,indicator,subject,year,period_start,period_end,form,relation,wording,value,unit,tolerance,tolerance_type,status,statement,source_section,source_publication,source_date,source_url,confidence,quote,note',
        'target,gdp-2030,gdp,GDP,2030,,,level,atLeast,,500,bn-yuan,,,,,II,,,,,GDP of 500 billion yuan,',
        'target,gdp-growth-2030,gdp-growth,GDP growth,2030,2026,2030,annual-average,atLeast,以上,6,percent-per-annum,,,,,II,,,,,年均增长6%以上,',
        '',
      ].join('\r\n'),
    );
  });

  it('data package: no source document to name, and an empty commitments file', () => {
    const { descriptor, files } = toDataPackage(plan);
    expect(descriptor.name).toBe('city-15');
    expect(descriptor.description).toBe('A city plan: indicators, targets, reported facts and commitments.');
    expect(descriptor.sources).toEqual([]);
    expect(files['commitments.csv']).toBe('id,kind,count,theme,named_members,named_count,enumerated,note\r\n');
    expect(files['indicators.csv']).toBe(
      [
        'id,name_en,name_zh,unit,direction,kind,nature,numerator,denominator,growth_of,part_of,concept,price_basis,scope,notes',
        'gdp,GDP,地区生产总值,bn-yuan,increase,level,anticipatory,,,,,gdp,,,',
        'gdp-growth,GDP growth,,percent-per-annum,increase,growth,anticipatory,,,gdp,,,comparable,,',
        '',
      ].join('\r\n'),
    );
    expect(files['values.csv']?.split('\r\n')).toHaveLength(4);
  });

  it('Markdown: no region, no source document, None for every section it leaves out', () => {
    expect(toMarkdown(plan)).toBe(`# A city plan

<!-- Generated from the data by toMarkdown() (scripts/gen-plan-docs.mjs); do not edit by hand. -->

Plan \`city-15\`: 2026–2030, base year 2025.

## Source document

_None._

## Errata

_None._

## Principles

_None._

## Strategies

_None._

## Goals

_None._

## Industrial layout

_None._

## Commitments

_None._

## Indicators

| id | name | 中文 | unit | kind | direction | nature | derived from | part of | concept | prices | scope |
|---|---|---|---|---|---|---|---|---|---|---|---|
| \`gdp\` | GDP | 地区生产总值 | bn-yuan | level | increase | anticipatory |  |  | gdp |  |  |
| \`gdp-growth\` | GDP growth |  | percent-per-annum | growth | increase | anticipatory | growth of gdp |  |  | comparable |  |

## Targets

| id | indicator | year | period | form | target | unit | tolerance | section | quote |
|---|---|---|---|---|---|---|---|---|---|
| \`gdp-2030\` | GDP | 2030 |  | level | ≥ 500 | bn-yuan |  | II | “GDP of 500 billion yuan” |
| \`gdp-growth-2030\` | GDP growth | 2030 | 2026–2030 | annual-average | ≥ 6 (以上) | percent-per-annum |  | II | “年均增长6%以上” |

## Facts

_None._

## Tasks

_None._

## Milestones

_None._
`);
  });

  it('snapshot: written and read back the same, recognised as a plan without a document', () => {
    const snapshot = toSnapshot(plan);
    expect(snapshot.type).toBe('plan');
    expect(fromSnapshot(JSON.stringify(snapshot))).toEqual(plan);
  });

  it('charts: a scorecard and a trajectory; a layout chart says there is no layout', () => {
    const scorecard = planScorecardChart(plan, [{ targetId: 'gdp-2030', indicatorId: 'gdp', year: 2030, value: '520', attainment: '1.04', met: true }]);
    expect(JSON.stringify(scorecard)).toContain('GDP (2030)');
    const projection = { scenarioId: 'trend', baseYear: 2025, indicators: { gdp: { 2025: '400', 2026: '424', 2030: '505' } } };
    const trajectory = planTrajectoryChart(plan, projection as never, { indicator: 'gdp' });
    expect(JSON.stringify(trajectory)).toContain('"label":"Target 2030: ≥ 500"');
    const error = planError(() => planLayoutChart(plan));
    expect([error.code, error.message]).toEqual([
      'INVALID_ARGUMENT',
      "plan: plan 'city-15' has no layout (its layout is empty), so there is nothing to draw; planLayoutChart draws the zones of plan.layout",
    ]);
  });
});
