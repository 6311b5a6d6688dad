import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baotou13, baotouReported, baotouReportedIndicators } from '../../src/data/index.js';
import { BAOTOU13_INDICATOR_IDS, BAOTOU13_TARGET_IDS } from '../../src/data/baotou13/ids.js';
import { commitment, zone } from '../../src/plan/query.js';

describe('baotou13: typed with its ids', () => {
  it('lists the ids of its indicators and targets in src/data/baotou13/ids.ts, in plan order', () => {
    // The type of baotou13 is made from these lists: they must be the plan's ids.
    expect(baotou13.indicators.map((i) => i.id)).toEqual([...BAOTOU13_INDICATOR_IDS]);
    expect(baotou13.targets.map((t) => t.id)).toEqual([...BAOTOU13_TARGET_IDS]);
    expect(BAOTOU13_INDICATOR_IDS).toHaveLength(20);
    expect(BAOTOU13_TARGET_IDS).toHaveLength(11);
  });
});

describe('baotou13: the source document and period', () => {
  it('records the report, its date, speaker and office', () => {
    expect(baotou13.document?.title).toBe('Abridged Baotou industrial work report for 13th Five-Year Plan');
    expect(baotou13.document?.date).toBe('2016-03-22');
    expect(baotou13.document?.speaker?.name).toBe('Kang Shicun');
    expect(baotou13.document?.office?.en).toBe('Baotou municipal economic and information technology commission');
    expect([baotou13.period.start, baotou13.period.end, baotou13.baseYear]).toEqual([2016, 2020, 2015]);
  });

  it('corrects the 12th FYP period in an erratum', () => {
    expect(baotou13.errata).toHaveLength(1);
    expect(baotou13.errata[0]?.says).toContain('(2016-20)');
    expect(baotou13.errata[0]?.correction).toContain('2011–2015');
  });
});

describe('baotou13: principles, strategies, goals, layout', () => {
  it('has the five principles and the two undescribed strategies', () => {
    expect(baotou13.principles.map((p) => p.name.en)).toEqual(['innovation', 'coordination', 'greenness', 'opening up', 'sharing']);
    expect(baotou13.strategies.map((s) => [s.name, s.scope, s.description])).toEqual([
      ['8337', 'region', undefined],
      ['6521', 'city', undefined],
    ]);
    expect(baotou13.goals.map((g) => g.text.en)).toEqual([
      'a leader in Inner Mongolia in innovative, open development',
      'a moderately prosperous society',
    ]);
  });

  it('has the six layout zones with their industries', () => {
    expect(baotou13.layout.map((z) => [z.direction, z.industries.map((i) => i.en).join(', ')])).toEqual([
      ['east', 'aluminum'],
      ['west', 'steel'],
      ['south', 'technology'],
      ['north', 'equipment'],
      ['both-wings', 'coal chemicals'],
      ['northern-mountain', 'new energy'],
    ]);
    expect(zone(baotou13, 'northern-mountain').label.en).toBe('a mountain to the north');
  });
});

describe('baotou13: commitments', () => {
  it('counts 6 bases, 8 chains, 9 rare-earth industries, 10 clusters, 9 parks', () => {
    expect(baotou13.commitments.map((c) => [c.kind, c.count])).toEqual([
      ['base', 6],
      ['chain', 8],
      ['industry', 9],
      ['cluster', 10],
      ['park', 9],
    ]);
    expect(commitment(baotou13, 'chain').theme.en).toBe('new-energy vehicles and intelligent manufacturing');
    expect(commitment(baotou13, 'cluster').theme.en).toBe('steel, equipment and rare earth new material applications');
  });

  it('names members only where a source names them, and never claims to enumerate', () => {
    expect(baotou13.commitments.every((c) => !c.enumerated)).toBe(true);
    expect(baotou13.commitments.filter((c) => c.members.length > 0).map((c) => c.kind)).toEqual(['park']);
    const parks = commitment(baotou13, 'park');
    expect(parks.members.map((m) => m.name.en)).toEqual(['rare earth zone', 'equipment manufacturing zone']);
    expect(parks.members.every((m) => m.sources.some((s) => s.kind === 'report' && s.section === 'I.e'))).toBe(true);
    expect(parks.note).toContain('one national-level zone, 包头稀土高新技术产业开发区, and eight autonomous-region-level parks');
    // Read in a copy of the bureau's page "包头概况": 1 national-level zone and 8 autonomous-region-level parks.
    expect(parks.sources.find((s) => s.kind === 'external')).toMatchObject({
      publication: 'Baotou water bureau (包头市水务局): the page "包头概况" (Baotou overview)',
      url: 'https://btsswj.oliil.com/sys-nd/317.html',
      confidence: 'secondary',
    });
  });
});

describe('baotou13: the 12th FYP review (I.a–f)', () => {
  it('has every figure with its qualifier and unit, for 2011–2015', () => {
    expect(baotou13.facts.filter((f) => f.value !== undefined).map((f) => [f.source.kind === 'report' && f.source.section, f.value?.toFixed(), f.qualifier, f.unit])).toEqual([
      ['I.a', '13', 'exact', 'percent-per-annum'],
      ['I.a', '115.7', 'exact', 'bn-yuan'],
      ['I.b', '4', 'exact', 'rank'],
      ['I.b', '52', 'exact', 'count'],
      ['I.c', '665', 'exact', 'bn-yuan'],
      ['I.c', '60', 'about', 'percent'],
      ['I.d', '670', 'exact', 'bn-yuan'],
      ['I.d', '600', 'exact', 'count'],
      ['I.e', '9', 'exact', 'count'],
      ['I.e', '10', 'moreThan', 'bn-yuan'],
      ['I.e', '100', 'moreThan', 'bn-yuan'],
      ['I.e', '100', 'moreThan', 'bn-yuan'],
      ['I.f', '-37.5', 'exact', 'percent'],
      ['I.f', '72', 'exact', 'percent'],
    ]);
    expect(baotou13.facts.filter((f) => f.value !== undefined).every((f) => f.period.start === 2011 && f.period.end === 2015)).toBe(true);
    expect(baotou13.facts.every((f) => f.status === 'A')).toBe(true);
  });

  it('keeps the low-carbon pilot city as a statement without a value', () => {
    const pilot = baotou13.facts.find((f) => f.id === 'review-low-carbon-pilot-city');
    expect(pilot?.value).toBeUndefined();
    expect(pilot?.statement).toContain('one of the first pilot cities nationwide for low-carbon development');
  });

  it("gives the scope 规模以上 only where the report says 'certain (value-added) enterprises'", () => {
    for (const f of baotou13.facts) {
      const quote = f.source.kind === 'report' ? f.source.quote : '';
      const certain = /certain/i.test(quote) || f.subject.en.includes("'certain");
      expect(f.definition?.scope?.includes('规模以上') ?? false, f.id).toBe(certain);
    }
    expect(baotou13.indicators.filter((i) => i.definition.scope !== undefined)).toEqual([]);
  });
});

describe('baotou13: targets (II.a–b, III.c) and 2016 work (III)', () => {
  it('has the 2020 and 2016 targets with the report\'s words and the comparators they mean', () => {
    // The report's words (II.a–b, III.c), read by the convention of Chinese plans: "above" and
    // "more than" render 以上, and 以上、以下 include the figure (Civil Code of the PRC, 2020,
    // art. 1259), so they are floors (atLeast); "down to" renders 以下 (atMost); "reaching"
    // renders 达到 (atLeast); "about" is 左右 (approximately). Bare figures have no wording.
    expect(baotou13.targets.map((t) => [t.indicator, t.year, t.wording, t.comparator, t.value.toFixed(), t.unit])).toEqual([
      ['industrial-value-added', 2020, undefined, 'atLeast', '240', 'bn-yuan'],
      ['industrial-value-added-growth', 2020, 'above', 'atLeast', '8', 'percent-per-annum'],
      ['innovation-research-institutes', 2020, 'more than', 'atLeast', '100', 'count'],
      ['state-high-tech-enterprises', 2020, undefined, 'atLeast', '120', 'count'],
      ['strategic-emerging-industries-share', 2020, 'about', 'approximately', '25', 'percent'],
      ['high-tech-industries-share', 2020, 'about', 'approximately', '35', 'percent'],
      ['producer-services-share', 2020, 'more than', 'atLeast', '25', 'percent'],
      ['industrial-energy-intensity', 2020, 'down to', 'atMost', '1.3', 'tce-per-10k-yuan'],
      ['industrial-wastewater-utilisation-rate', 2020, undefined, 'atLeast', '92', 'percent'],
      ['industrial-solid-waste-utilisation-rate', 2020, 'reaching', 'atLeast', '85', 'percent'],
      ['strategic-emerging-industries-share', 2016, 'more than', 'atLeast', '20', 'percent'],
    ]);
    expect(baotou13.targets[1]?.period).toEqual({ start: 2016, end: 2020 });
    for (const t of baotou13.targets.filter((t) => t.comparator === 'approximately')) {
      expect(t.tolerance?.absolute?.toFixed()).toBe('1');
      expect(t.note).toContain("the library assumes ± 1 percentage point, one unit of the figure's last digit");
      expect(t.note).toContain("docs/progress.md, section 'approximately'");
    }
    for (const t of baotou13.targets.filter((t) => t.wording === 'above' || t.wording === 'more than')) {
      expect(t.note, t.id).toContain('renders 以上, which includes the figure (Civil Code of the PRC, 2020, art. 1259');
    }
    for (const t of baotou13.targets.filter((t) => t.wording === undefined)) expect(t.note, t.id).toContain('without a comparator');
  });

  it('has the tasks of 2016 with the industries they name, and the Internet Plus milestone', () => {
    expect(baotou13.tasks.map((t) => [t.id, t.industries.map((i) => i.en)])).toEqual([
      ['task-2016-a', ['steel', 'aluminum']],
      ['task-2016-b', ['equipment manufacturing']],
      [
        'task-2016-c',
        ['rare earth processing', 'rare earth new materials and other functional materials', 'new-energy vehicle', '3D printing', 'drone', 'robot'],
      ],
      ['task-2016-d', ['steel', 'aluminum', 'equipment manufacturing', 'rare earth', 'new energy', 'energy material']],
    ]);
    expect(baotou13.tasks.every((t) => t.period.start === 2016 && t.period.end === 2016)).toBe(true);
    expect(baotou13.milestones).toEqual([
      expect.objectContaining({ id: 'internet-plus-platform-2016', due: '2016-12-31', task: 'task-2016-b' }),
    ]);
  });
});

describe('baotou13: indicators', () => {
  it('are all of unspecified nature, with notes saying where each definition comes from', () => {
    for (const i of [...baotou13.indicators, ...baotouReportedIndicators]) {
      expect(i.nature, i.id).toBe('unspecified');
      expect(i.definition.notes?.length ?? 0, i.id).toBeGreaterThan(0);
    }
  });

  it('model the level series behind shares and intensities', () => {
    const byId = new Map(baotou13.indicators.map((i) => [i.id, i]));
    expect(byId.get('strategic-emerging-industries-share')).toMatchObject({ numerator: 'strategic-emerging-industries-value-added', denominator: 'industrial-value-added' });
    expect(byId.get('high-tech-industries-share')).toMatchObject({ numerator: 'high-tech-industries-value-added', denominator: 'industrial-value-added' });
    expect(byId.get('producer-services-share')).toMatchObject({ numerator: 'producer-services-value-added', denominator: 'gdp' });
    expect(byId.get('industrial-energy-intensity')).toMatchObject({
      numerator: 'industrial-energy-consumption',
      denominator: 'industrial-value-added',
      definition: { priceBasis: 'comparable' },
    });
    expect(byId.get('industrial-value-added-growth')).toMatchObject({ growthOf: 'industrial-value-added', definition: { priceBasis: 'comparable' } });
    expect(byId.get('industrial-value-added')?.definition.priceBasis).toBe('current');
  });

  it('say which whole each level is part of: industry ⊂ the secondary sector ⊂ GDP, the other sectors ⊂ GDP, tax ⊂ revenue', () => {
    const partOf = [...baotou13.indicators, ...baotouReportedIndicators].filter((i) => i.partOf !== undefined).map((i) => [i.id, i.partOf]);
    expect(partOf).toEqual([
      ['industrial-value-added', 'secondary-sector-value-added'],
      ['secondary-sector-value-added', 'gdp'],
      ['primary-sector-value-added', 'gdp'],
      ['tertiary-sector-value-added', 'gdp'],
      ['general-budget-tax-revenue', 'general-budget-revenue'],
    ]);
  });

  it('give every indicator its Chinese name: the standard statistical terms, and readings of the report’s words where its notes say the term is uncertain', () => {
    const all = [...baotou13.indicators, ...baotouReportedIndicators];
    expect(all.filter((i) => i.name.zh === undefined).map((i) => i.id)).toEqual([]);
    expect(baotou13.indicators.map((i) => i.name.zh)).toEqual([
      '工业增加值',
      '工业增加值年均增长',
      '创新研发机构',
      '国家高新技术企业',
      '战略性新兴产业增加值',
      '战略性新兴产业增加值占工业增加值比重',
      '高新技术产业增加值',
      '高新技术产业增加值占工业增加值比重',
      '地区生产总值',
      '第二产业增加值',
      '地区生产总值增长',
      '第二产业增加值增长',
      '生产性服务业增加值',
      '生产性服务业增加值占地区生产总值比重',
      '工业能源消费量',
      '万元工业增加值能耗',
      '工业废水利用率',
      '工业固体废物综合利用率',
      '工业能源消费量变化率',
      '工业废物利用率',
    ]);
    const uncertain = baotou13.indicators.filter((i) => (i.definition.notes ?? []).some((n) => /Chinese name is (uncertain|a description)/.test(n)));
    expect(uncertain.map((i) => i.id)).toEqual([
      'innovation-research-institutes',
      'industrial-wastewater-utilisation-rate',
      'industrial-energy-consumption-change',
      'industrial-waste-utilisation-rate',
    ]);
    expect(baotouReportedIndicators.filter((i) => i.id.startsWith('inner-mongolia-')).every((i) => i.name.zh?.startsWith('内蒙古'))).toBe(true);
    const other = [
      ...baotou13.principles.map((p) => p.name.zh),
      ...baotou13.goals.map((g) => g.text.zh),
      ...baotou13.layout.flatMap((z) => [z.label.zh, ...z.industries.map((i) => i.zh)]),
      ...baotou13.commitments.flatMap((c) => [c.theme.zh, ...c.members.map((m) => m.name.zh)]),
      ...baotou13.tasks.flatMap((t) => [t.title.zh, ...t.industries.map((i) => i.zh)]),
    ].filter((z) => z !== undefined);
    expect(other).toEqual(['创新', '协调', '绿色', '开放', '共享', '小康社会']);
  });
});

describe('baotou13 is deeply frozen', () => {
  it('throws on any mutation in strict mode (ES modules are strict)', () => {
    const t = baotou13.targets[4] as unknown as { value: unknown; tolerance: { absolute: { d: number[] } } };
    expect(() => {
      t.value = 1;
    }).toThrow(TypeError);
    expect(() => {
      t.tolerance.absolute.d[0] = 9;
    }).toThrow(TypeError);
    expect(() => {
      (baotou13.indicators[0]!.definition.notes as string[]).push('x');
    }).toThrow(TypeError);
    expect(() => {
      (baotou13.commitments[4]!.members[0]!.sources[0] as { quote: string }).quote = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (baotou13.document!.speaker!.role as { en: string }).en = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (baotou13 as { id: string }).id = 'x';
    }).toThrow(TypeError);
    expect(() => {
      delete (baotou13.facts[0] as { note?: string }).note;
    }).toThrow(TypeError);
    expect(() => {
      (baotouReported as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (baotouReported[0]!.source as { publication: string }).publication = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (baotouReportedIndicators[0] as { unit: string }).unit = 'x';
    }).toThrow(TypeError);
    expect(baotou13.targets[4]?.tolerance?.absolute?.toFixed()).toBe('1');
  });

  it('has every reachable object frozen', () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(baotou13, 'baotou13');
    walk(baotouReported, 'baotouReported');
    walk(baotouReportedIndicators, 'baotouReportedIndicators');
    expect(unfrozen).toEqual([]);
  });

  it('still computes with its frozen decimals', () => {
    const value = baotou13.targets[0]!.value;
    expect(value.times(2).toFixed()).toBe('480');
    expect(value.div(120).toFixed()).toBe('2');
  });
});

describe('the data entry loads no zod', () => {
  it('imports nothing from zod or the schema layer, transitively', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
    const seen = new Set<string>();
    const specifiers: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1] ?? '';
        if (/^import\s+type\s/.test(m[0].trim()) || /^export\s+type\s/.test(m[0].trim())) continue;
        specifiers.push(spec);
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    };
    visit(resolve(root, 'data/index.ts'));
    expect(seen.size).toBeGreaterThan(5);
    expect(specifiers.filter((s) => s.startsWith('zod') || s.includes('schema'))).toEqual([]);
    expect([...seen].map((f) => f.slice(root.length + 1)).filter((f) => f.startsWith('schema/'))).toEqual([]);
  });
});
