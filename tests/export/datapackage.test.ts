import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { toDataPackage } from '../../src/export/datapackage.js';

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any']);
const NAME = /^[a-z0-9._-]+$/;

describe('toDataPackage', () => {
  const { descriptor, files } = toDataPackage(baotou13);

  it('describes a tabular data package with valid names', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.name).toBe('baotou13');
    expect(descriptor.name).toMatch(NAME);
    expect(descriptor.sources[0]?.title).toBe(
      'Abridged Baotou industrial work report for 13th Five-Year Plan, China Daily regional edition (Inner Mongolia / Baotou), 2016-03-22',
    );
    expect(descriptor.resources.map((r) => r.name)).toEqual(['indicators', 'values', 'commitments']);
    expect(Object.keys(files).sort()).toEqual(['commitments.csv', 'datapackage.json', 'indicators.csv', 'values.csv']);
    expect(JSON.parse(files['datapackage.json']!)).toEqual(descriptor);
  });

  it('gives every resource a valid Table Schema', () => {
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(NAME);
      expect(resource.path).toBe(`${resource.name}.csv`);
      const names = resource.schema.fields.map((f) => f.name);
      expect(new Set(names).size, resource.name).toBe(names.length);
      for (const field of resource.schema.fields) {
        expect(TYPES.has(field.type), `${resource.name}.${field.name}`).toBe(true);
        expect(field.description.length).toBeGreaterThan(0);
      }
      expect(names).toContain(resource.schema.primaryKey);
      for (const fk of resource.schema.foreignKeys ?? []) {
        expect(names).toContain(fk.fields);
        const target = descriptor.resources.find((r) => r.name === fk.reference.resource);
        expect(target?.schema.fields.map((f) => f.name)).toContain(fk.reference.fields);
      }
    }
  });

  it('writes CSV files that parse back and obey their schema', () => {
    const tables = new Map<string, Record<string, string>[]>();
    for (const resource of descriptor.resources) {
      const parsed = Papa.parse<Record<string, string>>(files[resource.path]!, { header: true, skipEmptyLines: true });
      expect(parsed.errors, resource.name).toEqual([]);
      expect(parsed.meta.fields).toEqual(resource.schema.fields.map((f) => f.name));
      tables.set(resource.name, parsed.data);
      for (const [i, record] of parsed.data.entries()) {
        for (const field of resource.schema.fields) {
          const cell = record[field.name] ?? '';
          const where = `${resource.name}[${i}].${field.name}`;
          if (cell === '') {
            expect(field.constraints?.required ?? false, where).toBe(false);
            continue;
          }
          if (field.type === 'integer') expect(cell, where).toMatch(/^-?\d+$/);
          if (field.type === 'number') expect(cell, where).toMatch(/^-?\d+(\.\d+)?$/);
          if (field.type === 'boolean') expect([...(field.trueValues ?? []), ...(field.falseValues ?? [])], where).toContain(cell);
          if (field.constraints?.enum !== undefined) expect(field.constraints.enum, where).toContain(cell);
        }
      }
      const keys = parsed.data.map((r) => r[resource.schema.primaryKey]);
      expect(new Set(keys).size, resource.name).toBe(keys.length);
    }
    expect(tables.get('indicators')).toHaveLength(baotou13.indicators.length);
    expect(tables.get('values')).toHaveLength(baotou13.targets.length + baotou13.facts.length);
    const ids = new Set(tables.get('indicators')!.map((r) => r.id));
    for (const record of tables.get('values')!) if (record.indicator !== '') expect(ids.has(record.indicator!), record.indicator).toBe(true);
    // The report's "above 8 percent" (II.a) is worded 'above' and read as atLeast (以上 includes the figure).
    const growth = tables.get('values')!.find((r) => r.id === 'industrial-value-added-growth-2020');
    expect([growth?.relation, growth?.wording]).toEqual(['atLeast', 'above']);
    expect(tables.get('indicators')!.find((r) => r.id === 'industrial-value-added')?.part_of).toBe('secondary-sector-value-added');
    const parks = tables.get('commitments')!.find((r) => r.kind === 'park');
    expect(parks).toMatchObject({ count: '9', named_count: '2', enumerated: 'false', named_members: 'rare earth zone; equipment manufacturing zone' });
  });

  it('lists the allowed values of every coded column', () => {
    const enumOf = (resource: string, field: string) =>
      descriptor.resources.find((r) => r.name === resource)?.schema.fields.find((f) => f.name === field)?.constraints?.enum;
    expect(enumOf('values', 'relation')).toEqual(['atLeast', 'above', 'atMost', 'below', 'approximately', 'exact', 'about', 'moreThan', 'lessThan']);
    expect(enumOf('values', 'status')).toEqual(['A', 'B', 'E', 'F', 'I', 'M', 'P', 'S']);
    expect(enumOf('values', 'wording')).toEqual(expect.arrayContaining(['以上', '超过', '左右', 'above', 'more than', 'about', 'down to', 'reaching']));
    expect(enumOf('values', 'confidence')).toEqual(['primary', 'secondary']);
    expect(enumOf('indicators', 'direction')).toEqual(['increase', 'decrease', 'target']);
    expect(enumOf('indicators', 'kind')).toEqual(['level', 'share', 'intensity', 'growth', 'count', 'rate']);
    expect(enumOf('indicators', 'nature')).toEqual(['binding', 'anticipatory', 'unspecified']);
    expect(enumOf('indicators', 'price_basis')).toEqual(['current', 'comparable', 'unspecified']);
    expect(enumOf('values', 'form')).toEqual(['level', 'annual-average', 'change', 'relative-change', 'cumulative']);
    expect(enumOf('indicators', 'concept')).toEqual(expect.arrayContaining(['gdp', 'gdp-growth', 'energy-intensity-gdp', 'services-share']));
    // A commitment's kind is the plan's own word (Baotou's are base, chain, industry, cluster, park): no list.
    expect(enumOf('commitments', 'kind')).toBeUndefined();
  });

  it('carries the address of every external source read', () => {
    const values = Papa.parse<Record<string, string>>(files['values.csv']!, { header: true, skipEmptyLines: true }).data;
    expect(values.filter((r) => r.source_publication !== '').every((r) => /^https?:\/\//.test(r.source_url ?? ''))).toBe(true);
  });

  it('rejects what is not a plan', () => {
    expect(() => toDataPackage(undefined as never)).toThrowPlanError('INVALID_ARGUMENT', 'plan: expected a plan');
  });

  it('names a package after a plan id that Frictionless would not accept', () => {
    expect(toDataPackage({ ...baotou13, id: 'Baotou:13/FYP' }).descriptor.name).toBe('baotou-13-fyp');
  });
});
