/** The exporters on a small plan that uses what the dataset does not (other sources, relative tolerances …). */
import { describe, expect, it } from 'vitest';
import { toDataPackage } from '../../src/export/datapackage.js';
import { toMarkdown } from '../../src/export/markdown.js';
import { toTidyRows } from '../../src/export/tidy.js';
import { checkIntegrity } from '../../src/plan/integrity.js';
import { materializeObservations, materializePlan } from '../../src/plan/materialize.js';

const small = materializePlan({
  id: 'Small:Plan',
  title: { en: 'Small plan' },
  region: { en: 'Somewhere' },
  period: { start: 2021, end: 2025 },
  baseYear: 2020,
  document: { title: 'Doc', date: '2021-01-01' },
  principles: [],
  strategies: [{ id: 's', name: 'S', scope: 'city', description: 'Described.', sources: [{ kind: 'external', publication: 'Pub', confidence: 'primary' }] }],
  goals: [],
  layout: [],
  commitments: [
    { id: 'c', kind: 'park', count: 1, theme: { en: 't' }, members: [{ id: 'm', name: { en: 'M' }, sources: [] }], enumerated: true, sources: [] },
  ],
  indicators: [
    { id: 'x', name: { en: 'X', zh: '甲' }, unit: 'ratio', direction: 'target', kind: 'share', nature: 'binding', definition: { scope: 'all', priceBasis: 'unspecified' } },
    { id: 'w', name: { en: 'W' }, unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'unspecified', definition: {} },
    { id: 'v', name: { en: 'V' }, unit: '100m-yuan', direction: 'increase', kind: 'level', nature: 'unspecified', partOf: 'w', definition: {} },
  ],
  targets: [
    {
      id: 't',
      indicator: 'x',
      year: 2025,
      comparator: 'approximately',
      value: '0.5',
      unit: 'ratio',
      tolerance: { relative: '0.1' },
      source: { kind: 'external', publication: 'Pub', date: '2021', url: 'https://example.org/pub?a=1&b=<2>', confidence: 'secondary', quote: 'half' },
    },
    { id: 't2', indicator: 'x', year: 2025, comparator: 'below', wording: '低于', value: '0.9', unit: 'ratio', source: { kind: 'external', publication: 'Pub2', confidence: 'primary' } },
  ],
  facts: [
    { id: 'f', subject: { en: 'F' }, period: { start: 2020, end: 2020 }, value: '0.4', unit: 'ratio', qualifier: 'lessThan', status: 'E', source: { kind: 'external', publication: 'Pub', confidence: 'secondary' } },
    {
      id: 'f2',
      indicator: 'x',
      subject: { en: 'F2' },
      period: { start: 2019, end: 2020 },
      value: '0.3',
      unit: 'ratio',
      qualifier: 'exact',
      status: 'P',
      definition: { priceBasis: 'current' },
      source: { kind: 'report', section: 'I', quote: 'q' },
    },
  ],
  tasks: [],
  milestones: [{ id: 'ms', description: { en: 'M' }, due: '2022-06-30', source: { kind: 'report', section: 'II', quote: 'q' } }],
  errata: [],
});

describe('exporters on another plan', () => {
  it('is a sound plan', () => {
    expect(checkIntegrity(small)).toEqual([]);
  });

  it('tidy rows carry relative tolerances and external sources', () => {
    const rows = toTidyRows(small);
    expect([rows[0]?.tolerance?.toFixed(), rows[0]?.tolerance_type, rows[0]?.source_publication, rows[0]?.source_date, rows[0]?.source_url, rows[0]?.confidence, rows[0]?.quote]).toEqual([
      '0.1',
      'relative',
      'Pub',
      '2021',
      'https://example.org/pub?a=1&b=<2>',
      'secondary',
      'half',
    ]);
    expect([rows[1]?.source_date, rows[1]?.source_url]).toEqual([null, null]);
    expect([rows[1]?.quote, rows[1]?.note, rows[1]?.relation, rows[1]?.wording]).toEqual([null, null, 'below', '低于']);
    expect(rows[0]?.wording).toBeNull();
    expect([rows[2]?.year, rows[2]?.relation, rows[2]?.status, rows[2]?.source_section]).toEqual([2020, 'lessThan', 'E', null]);
    expect([rows[3]?.year, rows[3]?.indicator, rows[3]?.source_section]).toEqual([null, 'x', 'I']);
  });

  it('markdown writes what is there and skips what is not', () => {
    const md = toMarkdown(small, {
      observations: materializeObservations([
        { indicator: 'x', period: { start: 2021, end: 2022 }, value: '0.45' },
        { indicator: 'unknown', year: 2021, value: '1', qualifier: 'about', source: { kind: 'report', section: 'I', quote: 'q' } },
        { indicator: 'v', period: { start: '2021-01', end: '2021-09' }, value: '40', unit: '100m-yuan', status: 'P', vintage: '2021-10-20' },
      ]),
    });
    expect(md).toContain('Plan `Small:Plan`: Somewhere, 2021–2025, base year 2020.');
    expect(md).not.toContain('| publisher |');
    expect(md).toContain('| `s` | S | city | Described. | Pub, primary |');
    expect(md).toContain('| `c` | park | 1 | t | M () | yes |  |');
    // The address is written in the cell with & < > as HTML entities, like every other text of the data.
    expect(md).toContain('| `t` | X | 2025 |  | level | ≈ 0.5 | ratio | ± 0.1 (relative) | Pub, 2021, https://example.org/pub?a=1&amp;b=&lt;2&gt;, secondary | “half” |');
    expect(md).toContain('| `t2` | X | 2025 |  | level | &lt; 0.9 (低于) | ratio |  | Pub2, primary |  |');
    expect(md).toContain('| `v` | V |  | 100m-yuan | level | increase | unspecified |  | w |  |  |');
    expect(md).toContain('| `f` | F | 2020 | &lt; 0.4 | ratio |  | E | Pub, secondary |  |');
    expect(md).toContain('| X | 2021–2022 | 0.45 |  |  |  |  |  |  |  |');
    expect(md).toContain('| unknown | 2021 | ≈ 1 |  |  |  |  |  | I |  |');
    // A span of months is written as such, with its status and vintage.
    expect(md).toContain('| V | 2021-01–2021-09 | 40 | 100m-yuan | P | 2021-10-20 |  |  |  |  |');
    expect(md).not.toContain('### Indicators of the reported figures');
    expect(md).not.toContain('Notes:');
  });

  it('the data package names a plan without a publisher', () => {
    const { descriptor } = toDataPackage(small);
    expect(descriptor.name).toBe('small-plan');
    expect(descriptor.sources).toEqual([{ title: 'Doc, 2021-01-01' }]);
  });
});
