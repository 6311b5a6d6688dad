import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baotou13, baotouReported, baotouReportedIndicators } from '../../src/data/index.js';
import { dec } from '../../src/decimal.js';
import { UNITS } from '../../src/units/index.js';

const DOMAIN_PATH = fileURLToPath(new URL('../../../shared/reference/DOMAIN.md', import.meta.url));
const ABOVE_SCALE = '规模以上';

describe('baotouReported', () => {
  const indicators = new Map([...baotou13.indicators, ...baotouReportedIndicators].map((i) => [i.id, i]));

  it('refers only to indicators of the plan or of baotouReportedIndicators, in units that fit', () => {
    expect(baotouReported).toHaveLength(25);
    for (const o of baotouReported) {
      const indicator = indicators.get(o.indicator);
      expect(indicator, o.indicator).toBeDefined();
      expect(UNITS[o.unit ?? indicator!.unit].measure, o.indicator).toBe(UNITS[indicator!.unit].measure);
      expect((o.year === undefined) !== (o.period === undefined), o.indicator).toBe(true);
    }
  });

  it('defines no indicator twice', () => {
    const planIds = new Set(baotou13.indicators.map((i) => i.id));
    expect(baotouReportedIndicators.filter((i) => planIds.has(i.id))).toEqual([]);
    expect(new Set(baotouReportedIndicators.map((i) => i.id)).size).toBe(baotouReportedIndicators.length);
  });

  it('gives every figure a source, secondary unless read in the original', () => {
    const primary = baotouReported.filter((o) => o.source?.kind === 'external' && o.source.confidence === 'primary');
    expect(primary.map((o) => [o.indicator, o.year])).toEqual([
      ['gdp', 2014],
      ['gdp-growth', 2014],
    ]);
    expect(baotouReported.every((o) => o.source?.kind === 'external')).toBe(true);
  });

  it('marks above-scale figures with their scope, and levels and growth rates with their price basis', () => {
    const scoped = baotouReported.filter((o) => o.definition?.scope?.includes(ABOVE_SCALE)).map((o) => [o.indicator, o.year ?? `${o.period?.start}-${o.period?.end}`]);
    expect(scoped).toEqual([
      ['industrial-value-added', 2012],
      ['industrial-value-added', 2015],
      ['industrial-value-added-growth', 2015],
      ['industrial-value-added-growth', 2018],
      ['strategic-emerging-industries-share', 2019],
      ['pillar-industries-share', 2019],
      ['industrial-value-added-growth', 2020],
      ['strategic-emerging-industries-share', '2017-2021'],
      ['industrial-value-added-growth', '2017-2021'],
    ]);
    const iva2015 = baotouReported.find((o) => o.indicator === 'industrial-value-added' && o.year === 2015);
    expect([iva2015?.value.toFixed(), iva2015?.qualifier, iva2015?.definition?.priceBasis]).toEqual(['120', 'about', 'current']);
    for (const o of baotouReported.filter((o) => indicators.get(o.indicator)?.kind === 'growth' && o.indicator !== 'industrial-energy-consumption-change')) {
      expect(o.definition?.priceBasis, o.indicator).toBe('comparable');
    }
  });

  it.skipIf(!existsSync(DOMAIN_PATH))('matches the table of DOMAIN.md figure for figure, with its sources', () => {
    const domain = readFileSync(DOMAIN_PATH, 'utf8');
    const table = domain.slice(domain.indexOf('## Reported figures for Baotou'));
    const rows = [...table.matchAll(/^\| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].slice(1).map((m) => ({
      when: (m[1] ?? '').trim(),
      figure: (m[2] ?? '').trim(),
      source: (m[3] ?? '').trim(),
    }));
    expect(rows).toHaveLength(11);
    const used = new Set<number>();
    for (const row of rows) {
      const span = /^(?:Jan–Sep )?(\d{4})(?:–(\d{4}))?$/.exec(row.when);
      expect(span, row.when).not.toBeNull();
      const start = Number(span![1]);
      const end = span![2] === undefined ? undefined : Number(span![2]);
      const source = row.source.replace(/ \(primary\)$/, '');
      const ofRow = baotouReported
        .map((o, i) => ({ o, i }))
        .filter(({ o }) =>
          end === undefined ? o.year === start : o.period?.start === start && o.period.end === end,
        )
        .filter(({ o }) => o.source?.kind === 'external' && `${o.source.publication}${o.source.date === undefined ? '' : `, ${o.source.date}`}` === source);
      expect(ofRow.length, row.when + ' ' + row.source).toBeGreaterThan(0);
      for (const { o } of ofRow) {
        expect(o.source?.kind === 'external' && o.source.confidence, row.source).toBe(row.source.endsWith('(primary)') ? 'primary' : 'secondary');
        if (row.when.startsWith('Jan–Sep')) expect(o.note, o.indicator).toContain('January–September');
      }
      // Every number of the row is an observation of it: as written, or in 亿 (10^8 yuan, so ÷ 10 in bn yuan).
      for (const m of row.figure.matchAll(/([−-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(⁴|th)?(\s*亿)?/g)) {
        if (m[4] !== undefined) continue; // 10⁴ (a unit), 13th (a plan)
        const written = dec(`${m[1] === '' ? '' : '-'}${(m[2] ?? '').replace(/,/g, '')}${m[3] ?? ''}`);
        const wanted = m[5] === undefined ? written : written.div(10);
        const match = ofRow.find(({ o }) => o.value.eq(wanted));
        expect(match, `${row.when}: ${m[0]}`).toBeDefined();
        used.add(match!.i);
      }
    }
    expect(used.size).toBe(baotouReported.length);
  });
});
