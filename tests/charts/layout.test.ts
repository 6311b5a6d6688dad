import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../src/charts/layout.js';
import type { LayoutChartZone } from '../../src/charts/types.js';
import { baotou13 } from '../../src/data/index.js';
import { deepFreeze } from '../_lib/freeze.js';
import { planError } from '../_lib/errors.js';
import { renderClean, svgTexts } from './helpers.js';

type Cell = { direction: string; zone: string; industries: string[]; cx: number; cy: number };
const cellsOf = (spec: Record<string, unknown>): Cell[] => (spec.data as { values: Cell[] }).values;

/** The report's layout (preamble): "east for aluminum, west for steel, south for technology, north for
 * equipment; two sides for coal chemicals; a mountain to the north for new energy". */
const REPORT_ZONES: [string, string][] = [
  ['east', 'aluminum'],
  ['west', 'steel'],
  ['south', 'technology'],
  ['north', 'equipment'],
  ['two sides', 'coal chemicals'],
  ['a mountain to the north', 'new energy'],
];

describe('layoutChart', () => {
  it("draws the plan's six zones with their industries, and renders them with no warning", async () => {
    const spec = layoutChart(baotou13.layout);
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    const texts = svgTexts(await renderClean(spec));
    for (const [zone, industry] of REPORT_ZONES) {
      expect(texts).toContain(zone);
      expect(texts).toContain(industry);
    }
    // Both wings are two boxes.
    expect(texts.filter((t) => t === 'coal chemicals')).toHaveLength(2);
    expect(texts).toEqual(expect.arrayContaining(['Industrial layout', 'Schematic by compass direction, not a map', 'N ↑']));
  }, 60_000);

  it('says in its description that it is not a map, and lists every zone', () => {
    expect(layoutChart(baotou13.layout).description).toBe(
      'Schematic of the industrial layout, zones placed by compass direction (not a map: positions, sizes and distances are not geographic). ' +
        'east: aluminum; west: steel; south: technology; north: equipment; two sides: coal chemicals; a mountain to the north: new energy.',
    );
  });

  it('places zones by compass direction: east right, west left, north up, the mountain above north, wings at the edges', () => {
    const cells = cellsOf(layoutChart(baotou13.layout));
    const at = (direction: string) => cells.filter((c) => c.direction === direction).map((c) => [c.cx, c.cy]);
    // Grid columns 0–4 left to right, rows 0–3 top to bottom.
    expect(at('west')).toEqual([[1, 2]]);
    expect(at('east')).toEqual([[3, 2]]);
    expect(at('north')).toEqual([[2, 1]]);
    expect(at('south')).toEqual([[2, 3]]);
    expect(at('northern-mountain')).toEqual([[2, 0]]);
    expect(at('both-wings')).toEqual([
      [0, 2],
      [4, 2],
    ]);
  });

  it('uses Chinese names where given, English where not, and Chinese chart words', async () => {
    const zones: LayoutChartZone[] = [
      { direction: 'east', label: { en: 'east', zh: '东' }, industries: [{ en: 'aluminum', zh: '铝' }] },
      { direction: 'west', label: { en: 'west' }, industries: [{ en: 'steel' }, { en: 'rare earth', zh: '稀土' }] },
    ];
    const spec = layoutChart(zones, { locale: 'zh-CN', width: 500, height: 300, title: '布局' });
    expect(cellsOf(spec).map((c) => [c.zone, c.industries])).toEqual([
      ['东', ['铝']],
      ['west', ['steel', '稀土']],
    ]);
    expect(spec.description).toBe('产业布局示意图（按方位排列，不表示地理位置、面积或距离）。东：铝；west：steel、稀土。');
    const texts = svgTexts(await renderClean(spec));
    expect(texts).toEqual(expect.arrayContaining(['布局', '东', '铝', 'steel', '稀土', '北 ↑', '按方位示意，非地图']));
  }, 60_000);

  it('is deterministic and does not change its input', () => {
    const make = (): LayoutChartZone[] => [
      { direction: 'north', label: { en: 'north' }, industries: [{ en: 'equipment' }] },
      { direction: 'both-wings', label: { en: 'two sides' }, industries: [] },
    ];
    const zones = deepFreeze(make());
    expect(JSON.stringify(layoutChart(zones))).toBe(JSON.stringify(layoutChart(zones)));
    expect(zones).toEqual(make());
  });

  it('rejects bad zones with a PlanError that names them', () => {
    const east = { direction: 'east', label: { en: 'east' }, industries: [{ en: 'aluminum' }] } as const;
    const cases: [unknown, string][] = [
      [[], 'zones: expected at least one zone, got an array of length 0'],
      [
        [{ ...east, direction: 'centre' }],
        "zones[0].direction: expected one of 'east', 'west', 'south', 'north', 'both-wings', 'northern-mountain', got 'centre'",
      ],
      [[east, east], "zones[1].direction: direction 'east' is already given at zones[0]; a layout has one zone per direction"],
      [[{ ...east, industries: 'aluminum' }], "zones[0].industries: expected an array, got 'aluminum'"],
      [[{ ...east, industries: [{ zh: '铝' }] }], 'zones[0].industries[0].en: expected a non-empty string, got undefined'],
      [[{ ...east, label: 'east' }], "zones[0].label: expected an object, got 'east'"],
      [{ east: 'aluminum' }, 'zones: expected an array, got an object'],
    ];
    for (const [zones, message] of cases) {
      expect(planError(() => layoutChart(zones as LayoutChartZone[])).message).toBe(message);
    }
  });
});
