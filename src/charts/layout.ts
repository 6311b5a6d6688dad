/**
 * The layout chart: a schematic of a plan's industrial layout zones by compass direction.
 *
 * @module
 */
import { argumentError } from '../errors.js';
import { localized } from '../format/labels.js';
import { messages } from '../messages.js';
import { readArray, readChoice, readObject } from '../read.js';
import { ZONE_DIRECTIONS, type ZoneDirection } from '../vocabulary.js';
import { readLocalized, readStyle } from './_lib/checks.js';
import { COLOURS } from './_lib/palette.js';
import { WORDS } from './_lib/words.js';
import { VEGA_LITE_SCHEMA, type ChartOptions, type LayoutChartZone, type VegaLiteSpec } from './types.js';

/**
 * Cells of the schematic grid (five columns, four rows; row 0 at the top): the northern
 * mountain above north, north above the centre, west and east either side of it, south
 * below, and both wings at the outer edges.
 */
const CELLS: Readonly<Record<ZoneDirection, readonly (readonly [column: number, row: number])[]>> = {
  'northern-mountain': [[2, 0]],
  north: [[2, 1]],
  west: [[1, 2]],
  east: [[3, 2]],
  south: [[2, 3]],
  'both-wings': [
    [0, 2],
    [4, 2],
  ],
};

const FILLS: Readonly<Record<ZoneDirection, string>> = {
  east: COLOURS.blue,
  west: COLOURS.vermillion,
  south: COLOURS.green,
  north: COLOURS.orange,
  'both-wings': COLOURS.purple,
  'northern-mountain': COLOURS.grey,
};

const HALF = 0.46;

/**
 * A Vega-Lite schematic of an industrial layout: each zone a box placed by its compass
 * direction — east on the right, west on the left, north above, south below, the northern
 * mountain above the north, both wings as two boxes at the left and right edges — with the
 * zone's name and its industries written in it, and "N ↑" in a corner.
 *
 * It is a diagram of the plan's words, not a map: positions, sizes and distances claim no
 * geographic accuracy, and the description says so. The zones of a plan (`plan.layout`) can
 * be passed as they are; names are shown in the chosen language where the data give it,
 * else in English.
 *
 * @param zones - `{ direction, label, industries }[]`, at least one, one zone a direction;
 *   `direction` is `'east'`, `'west'`, `'south'`, `'north'`, `'both-wings'` or
 *   `'northern-mountain'`.
 * @param options - `locale` (`'en'` default, or `'zh-CN'`), `width` (720), `height` (400),
 *   `title`.
 * @returns A Vega-Lite spec (`$schema`, `description`, `data`, `layer`).
 * @throws {@link baotou-plan!PlanError} `INVALID_ARGUMENT` for an empty list, an unknown or repeated
 *   direction, a label or industry without a non-empty `en`, a bad locale or size.
 *
 * @example
 * ```ts
 * const spec = layoutChart([
 *   { direction: 'east', label: { en: 'east' }, industries: [{ en: 'aluminum' }] },
 *   { direction: 'west', label: { en: 'west' }, industries: [{ en: 'steel' }] },
 * ]);
 * // The embedded plan's six zones: layoutChart(baotou13.layout, { locale: 'zh-CN' })
 * ```
 *
 * @category Charts
 */
export function layoutChart(zones: readonly LayoutChartZone[], options?: ChartOptions): VegaLiteSpec {
  const style = readStyle(options, { width: 720, height: 400 });
  const words = WORDS[style.locale];
  const list = readArray(zones, 'zones', 'zone');
  const seen = new Map<ZoneDirection, number>();

  const read = list.map((item, index) => {
    const at = `zones[${index}]`;
    const z = readObject(item, at);
    const direction = readChoice(z.direction, `${at}.direction`, ZONE_DIRECTIONS);
    const first = seen.get(direction);
    if (first !== undefined) {
      const name = `${at}.direction`;
      throw argumentError('INVALID_ARGUMENT', name, messages.chartDuplicateDirection(name, direction, `zones[${first}]`), direction);
    }
    seen.set(direction, index);
    const label = localized(readLocalized(z.label, `${at}.label`), style.locale);
    const industries = readArray(z.industries, `${at}.industries`).map((x, i) => localized(readLocalized(x, `${at}.industries[${i}]`), style.locale));
    return { direction, label, industries };
  });

  const values = read.flatMap((zone) =>
    CELLS[zone.direction].map(([column, row]) => ({
      direction: zone.direction,
      zone: zone.label,
      industries: zone.industries,
      industriesText: words.list(zone.industries),
      x: column - HALF,
      x2: column + HALF,
      y: row - HALF,
      y2: row + HALF,
      cx: column,
      cy: row,
    })),
  );

  const x = { type: 'quantitative', scale: { domain: [-0.5, 4.5], nice: false, zero: false }, axis: null };
  const y = { type: 'quantitative', scale: { domain: [-0.5, 3.5], nice: false, zero: false, reverse: true }, axis: null };
  const present = ZONE_DIRECTIONS.filter((d) => seen.has(d));
  const tooltip = [
    { field: 'zone', type: 'nominal', title: words.zone },
    { field: 'industriesText', type: 'nominal', title: words.industries },
  ];

  const zh = style.locale === 'zh-CN';
  const summary = read
    .map((zone) => `${zone.label}${zh ? '：' : ': '}${words.list(zone.industries)}`)
    .join(zh ? '；' : '; ');
  const description =
    zh
      ? `产业布局示意图（按方位排列，不表示地理位置、面积或距离）。${summary}。`
      : `Schematic of the industrial layout, zones placed by compass direction (not a map: positions, sizes and distances are not geographic). ${summary}.`;

  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    title: { text: style.title ?? words.layoutTitle, subtitle: words.layoutSubtitle },
    width: style.width,
    height: style.height,
    config: { view: { stroke: null } },
    data: { values },
    layer: [
      {
        mark: { type: 'rect', cornerRadius: 6, fillOpacity: 0.25, strokeWidth: 1.5 },
        encoding: {
          x: { ...x, field: 'x' },
          x2: { field: 'x2' },
          y: { ...y, field: 'y' },
          y2: { field: 'y2' },
          fill: {
            field: 'direction',
            type: 'nominal',
            scale: { domain: present, range: present.map((d) => FILLS[d]) },
            legend: null,
          },
          stroke: {
            field: 'direction',
            type: 'nominal',
            scale: { domain: present, range: present.map((d) => FILLS[d]) },
            legend: null,
          },
          tooltip,
        },
      },
      {
        mark: { type: 'text', fontWeight: 'bold', fontSize: 13, baseline: 'bottom', dy: -4 },
        encoding: {
          x: { ...x, field: 'cx' },
          y: { ...y, field: 'cy' },
          text: { field: 'zone', type: 'nominal' },
        },
      },
      {
        mark: { type: 'text', fontSize: 12, baseline: 'top', dy: 4, lineHeight: 14 },
        encoding: {
          x: { ...x, field: 'cx' },
          y: { ...y, field: 'cy' },
          text: { field: 'industries' },
        },
      },
      {
        data: { values: [{ cx: -0.3, cy: -0.3, text: style.locale === 'zh-CN' ? '北 ↑' : 'N ↑' }] },
        mark: { type: 'text', fontSize: 14, fontWeight: 'bold', align: 'left', baseline: 'top' },
        encoding: {
          x: { ...x, field: 'cx' },
          y: { ...y, field: 'cy' },
          text: { field: 'text', type: 'nominal' },
        },
      },
    ],
  };
}
