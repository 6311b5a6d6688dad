import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { checkIntegrity } from '../../src/plan/integrity.js';
import { materializePlan } from '../../src/plan/materialize.js';
import { UNIT_IDS } from '../../src/units/index.js';
import { planWith } from './helpers.js';

const ALL_UNITS = UNIT_IDS.map((u) => `'${u}'`).join(', ');

describe('checkIntegrity', () => {
  it('finds nothing wrong with the dataset', () => {
    expect(checkIntegrity(baotou13)).toEqual([]);
  });

  it('rejects what does not have the shape of a plan', () => {
    const notAPlan = 'plan: expected a plan (what definePlan returns, or baotou13), got';
    expect(() => checkIntegrity(null as never)).toThrowPlanError('INVALID_ARGUMENT', `${notAPlan} null`);
    expect(() => checkIntegrity({ ...baotou13, milestones: undefined } as never)).toThrowPlanError('INVALID_ARGUMENT', `${notAPlan} an object`);
    expect(() => checkIntegrity({ ...baotou13, period: 2016 } as never)).toThrowPlanError('INVALID_ARGUMENT', `${notAPlan} an object`);
  });

  it('rejects a duplicate id, pointing at the first', () => {
    const plan = planWith((p) => {
      p.targets[1]!.id = 'industrial-value-added-2020';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['targets', 1, 'id'],
        message: "'industrial-value-added-2020' is already the id of targets[0]; ids must be unique in their list",
      },
    ]);
  });

  it('rejects duplicate member ids within a commitment', () => {
    const plan = planWith((p) => {
      p.commitments[4]!.members[1]!.id = 'rare-earth-zone';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['commitments', 4, 'members', 1, 'id'],
        message: "'rare-earth-zone' is already the id of commitments[4].members[0]; ids must be unique in their list",
      },
    ]);
  });

  it('rejects two zones in one direction', () => {
    const plan = planWith((p) => {
      p.layout[1]!.direction = 'east';
    });
    expect(checkIntegrity(plan)).toEqual([
      { path: ['layout', 1, 'direction'], message: "'east' is already the direction of layout[0]; a plan has one zone per direction" },
    ]);
  });

  it('rejects a target naming no indicator, suggesting the closest ids', () => {
    const plan = planWith((p) => {
      p.targets[0]!.indicator = 'iva';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['targets', 0, 'indicator'],
        message: "'iva' is not an indicator of this plan; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?",
      },
    ]);
  });

  it('rejects a fact naming no indicator (a typo gets the right suggestion first)', () => {
    const plan = planWith((p) => {
      p.facts[0]!.indicator = 'industrial-value-added-grwoth';
    });
    const issues = checkIntegrity(plan);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['facts', 0, 'indicator']);
    expect(issues[0]?.message).toBe(
      "'industrial-value-added-grwoth' is not an indicator of this plan; did you mean 'industrial-value-added-growth' or 'industrial-value-added'?",
    );
  });

  it('lists the ids when nothing is close', () => {
    const plan = planWith((p) => {
      p.milestones[0]!.task = 'zzzzzzzz';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['milestones', 0, 'task'],
        message: "'zzzzzzzz' is not a task of this plan; it has 4: 'task-2016-a', 'task-2016-b', 'task-2016-c', 'task-2016-d'",
      },
    ]);
  });

  it('rejects a milestone naming no task', () => {
    const plan = planWith((p) => {
      p.milestones[0]!.task = 'task-2016-x';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['milestones', 0, 'task'],
        message: "'task-2016-x' is not a task of this plan; did you mean 'task-2016-a', 'task-2016-b' or 'task-2016-c'?",
      },
    ]);
  });

  it("rejects a target's unit of another measure than its indicator's", () => {
    const plan = planWith((p) => {
      p.targets[0]!.unit = 'percent';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['targets', 0, 'unit'],
        message:
          "'percent' (measure 'percent') does not fit indicator 'industrial-value-added', which is in 'bn-yuan' (measure 'yuan'); give a unit of measure 'yuan'",
      },
    ]);
  });

  it('accepts a unit of the same measure with another multiplier (亿元 for bn yuan)', () => {
    const plan = planWith((p) => {
      p.targets[0]!.unit = '100m-yuan';
      p.targets[0]!.value = '2400';
    });
    expect(checkIntegrity(plan)).toEqual([]);
  });

  it("rejects a fact's unit that does not fit its indicator", () => {
    const plan = planWith((p) => {
      p.facts[0]!.unit = 'percent';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['facts', 0, 'unit'],
        message:
          "'percent' (measure 'percent') does not fit indicator 'industrial-value-added-growth', which is in 'percent-per-annum' (measure 'percent-per-annum'); give a unit of measure 'percent-per-annum'",
      },
    ]);
  });

  it('rejects an unknown unit id', () => {
    const plan = planWith((p) => {
      (p.indicators[0] as { unit: string }).unit = 'bn';
    });
    expect(checkIntegrity(plan)).toEqual([
      { path: ['indicators', 0, 'unit'], message: `'bn' is not a unit id; expected one of ${ALL_UNITS}` },
    ]);
  });

  it("rejects an indicator whose unit does not fit its kind (and the targets that follow it)", () => {
    const plan = planWith((p) => {
      p.indicators[5]!.unit = 'bn-yuan';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['indicators', 5, 'unit'],
        message: "a 'share' indicator must be in a unit of measure 'percent' or 'ratio', got 'bn-yuan' (measure 'yuan')",
      },
      {
        path: ['targets', 4, 'unit'],
        message:
          "'percent' (measure 'percent') does not fit indicator 'strategic-emerging-industries-share', which is in 'bn-yuan' (measure 'yuan'); give a unit of measure 'yuan'",
      },
      {
        path: ['targets', 10, 'unit'],
        message:
          "'percent' (measure 'percent') does not fit indicator 'strategic-emerging-industries-share', which is in 'bn-yuan' (measure 'yuan'); give a unit of measure 'yuan'",
      },
    ]);
  });

  it("rejects a share whose parts have different measures", () => {
    const plan = planWith((p) => {
      p.indicators[5]!.denominator = 'innovation-research-institutes';
    });
    expect(checkIntegrity(plan)).toEqual([
      {
        path: ['indicators', 5, 'denominator'],
        message:
          "the numerator 'strategic-emerging-industries-value-added' (measure 'yuan') and the denominator 'innovation-research-institutes' (measure 'count') of a share must have the same measure",
      },
    ]);
  });

  it('rejects dangling, self and misplaced indicator references', () => {
    const plan = planWith((p) => {
      p.indicators[5]!.numerator = 'sei';
      p.indicators[7]!.numerator = 'high-tech-industries-share';
      p.indicators[0]!.growthOf = 'gdp';
    });
    expect(checkIntegrity(plan)).toEqual([
      { path: ['indicators', 0, 'growthOf'], message: "only allowed on 'growth' indicators, and this one is a 'level'" },
      {
        path: ['indicators', 5, 'numerator'],
        message:
          "'sei' is not an indicator of this plan; did you mean 'strategic-emerging-industries-share' or 'strategic-emerging-industries-value-added'?",
      },
      { path: ['indicators', 7, 'numerator'], message: "'high-tech-industries-share' is this indicator itself; name another indicator" },
    ]);
  });

  it('rejects more named members than the count, and a wrong enumerated flag', () => {
    const tooMany = planWith((p) => {
      p.commitments[4]!.count = 1;
    });
    expect(checkIntegrity(tooMany)).toEqual([
      { path: ['commitments', 4, 'members'], message: 'names 2 members but the commitment counts 1; it cannot name more members than it counts' },
    ]);
    const claimsAll = planWith((p) => {
      p.commitments[4]!.enumerated = true;
    });
    expect(checkIntegrity(claimsAll)).toEqual([
      {
        path: ['commitments', 4, 'enumerated'],
        message: 'is true but only 2 of 9 members are named; it is true only when every member is named',
      },
    ]);
    const allNamed = planWith((p) => {
      p.commitments[4]!.count = 2;
    });
    expect(checkIntegrity(allNamed)).toEqual([
      { path: ['commitments', 4, 'enumerated'], message: 'is false but all 2 members are named; set it to true' },
    ]);
  });

  it('rejects a target year outside the plan period', () => {
    const plan = planWith((p) => {
      p.targets[0]!.year = 2021;
    });
    expect(checkIntegrity(plan)).toEqual([{ path: ['targets', 0, 'year'], message: '2021 is outside the plan period 2016–2020' }]);
  });

  it('rejects a rate target whose period leaves the plan period or does not end in its year', () => {
    const outside = planWith((p) => {
      p.targets[1]!.period = { start: 2015, end: 2020 };
    });
    expect(checkIntegrity(outside)).toEqual([
      { path: ['targets', 1, 'period'], message: '2015–2020 is not inside the plan period 2016–2020' },
    ]);
    const early = planWith((p) => {
      p.targets[1]!.year = 2019;
    });
    expect(checkIntegrity(early)).toEqual([
      {
        path: ['targets', 1, 'year'],
        message: "2019 is not the last year of the target's period 2016–2020; a target over a period is due at the end of its period",
      },
    ]);
    const noPeriod = planWith((p) => {
      delete p.targets[1]!.period;
    });
    expect(checkIntegrity(noPeriod)).toEqual([
      {
        path: ['targets', 1, 'period'],
        message: "a target of the growth indicator 'industrial-value-added-growth' needs the period its annual average runs over, { start, end }",
      },
    ]);
  });

  it('rejects an approximately target without tolerance, and a tolerance on another comparator', () => {
    const plan = planWith((p) => {
      delete p.targets[4]!.tolerance;
      p.targets[0]!.tolerance = { absolute: '1' };
    });
    expect(checkIntegrity(plan)).toEqual([
      { path: ['targets', 0, 'tolerance'], message: "only allowed with comparator 'approximately', got comparator 'atLeast'" },
      { path: ['targets', 4, 'tolerance'], message: "an 'approximately' target needs a tolerance { relative } or { absolute }" },
    ]);
  });

  it('rejects a share above 100 %, a negative rate and a fractional count', () => {
    const plan = planWith((p) => {
      p.targets[4]!.value = '125';
      p.targets[8]!.value = '-1';
      p.targets[2]!.value = '100.5';
    });
    expect(checkIntegrity(plan)).toEqual([
      { path: ['targets', 2, 'value'], message: 'a count must be a whole number that is not negative, got 100.5' },
      { path: ['targets', 4, 'value'], message: "a share or rate in 'percent' must be from 0 to 100, got 125" },
      { path: ['targets', 8, 'value'], message: "a share or rate in 'percent' must be from 0 to 100, got -1" },
    ]);
  });

  it('bounds a share in ratio by 1', () => {
    const plan = planWith((p) => {
      p.indicators[5]!.unit = 'ratio';
      p.targets[4]!.unit = 'ratio';
      p.targets[4]!.value = '1.5';
      p.targets[10]!.unit = 'ratio';
      p.targets[10]!.value = '0.2';
    });
    expect(checkIntegrity(plan)).toEqual([{ path: ['targets', 4, 'value'], message: "a share or rate in 'ratio' must be from 0 to 1, got 1.5" }]);
  });

  it('checks the unit of a qualitative fact too', () => {
    const plan = planWith((p) => {
      (p.facts[14] as { unit?: string }).unit = 'bn';
    });
    expect(checkIntegrity(plan)).toEqual([{ path: ['facts', 14, 'unit'], message: `'bn' is not a unit id; expected one of ${ALL_UNITS}` }]);
  });

  it('keeps the first of two indicators with one id', () => {
    const plan = planWith((p) => {
      p.indicators[1]!.id = 'industrial-value-added';
    });
    const issues = checkIntegrity(plan);
    expect(issues[0]).toEqual({
      path: ['indicators', 1, 'id'],
      message: "'industrial-value-added' is already the id of indicators[0]; ids must be unique in their list",
    });
    expect(issues.map((i) => i.path)).toContainEqual(['targets', 1, 'indicator']);
    expect(issues.map((i) => i.path)).toContainEqual(['facts', 0, 'indicator']);
  });

  it('accepts the bounds 0 and 100 of a share', () => {
    const plan = planWith((p) => {
      p.targets[4]!.value = '100';
      p.targets[5]!.value = '0';
    });
    expect(checkIntegrity(plan)).toEqual([]);
  });

  it('rejects a fact with a value and no unit, or with neither value nor statement', () => {
    const plan = planWith((p) => {
      delete p.facts[0]!.unit;
      delete p.facts[14]!.statement;
    });
    expect(checkIntegrity(plan)).toEqual([
      { path: ['facts', 0, 'unit'], message: 'a fact with a value (13) needs a unit' },
      { path: ['facts', 14, 'statement'], message: 'a fact needs a value or a statement' },
    ]);
  });

  it('rejects a reversed fact period', () => {
    const plan = planWith((p) => {
      p.facts[0]!.period = { start: 2015, end: 2011 };
    });
    expect(checkIntegrity(plan)).toEqual([{ path: ['facts', 0, 'period', 'end'], message: 'end 2011 is before start 2015' }]);
  });

  it('rejects a base year that is not before the plan period', () => {
    const plan = planWith((p) => {
      p.baseYear = 2016;
    });
    expect(checkIntegrity(plan)).toEqual([
      { path: ['baseYear'], message: 'must be before the plan period, which starts in 2016, got 2016' },
    ]);
  });

  it('rejects a base year outside the years of the library (the year before a period that starts in 1900)', () => {
    const plan = materializePlan({ id: 'old', title: { en: 'An old plan' }, period: { start: 1900, end: 1904 }, indicators: [], targets: [] });
    expect(plan.baseYear).toBe(1899);
    expect(checkIntegrity(plan)).toEqual([{ path: ['baseYear'], message: 'expected an integer year from 1900 to 2100, got 1899' }]);
  });

  it('accepts any direction of a zone and any kind of commitment written as an id, one zone a direction', () => {
    const plan = planWith((p) => {
      p.layout[0]!.direction = 'coast';
      p.layout[1]!.direction = 'centre';
      p.commitments[0]!.kind = 'special-economic-zone';
    });
    expect(checkIntegrity(plan)).toEqual([]);
    const twice = planWith((p) => {
      p.layout[0]!.direction = 'coast';
      p.layout[3]!.direction = 'coast';
    });
    expect(checkIntegrity(twice)).toEqual([
      { path: ['layout', 3, 'direction'], message: "'coast' is already the direction of layout[0]; a plan has one zone per direction" },
    ]);
  });

  it('finds nothing wrong with a plan that has only what it needs, and checks what it has', () => {
    const minimal = materializePlan({ id: 'minimal', title: { en: 'A plan' }, period: { start: 2021, end: 2025 }, indicators: [], targets: [] });
    expect(checkIntegrity(minimal)).toEqual([]);
    const broken = materializePlan({
      id: 'minimal',
      title: { en: 'A plan' },
      period: { start: 2021, end: 2025 },
      indicators: [],
      targets: [{ id: 't', indicator: 'gdp', year: 2025, comparator: 'atLeast', value: '1', unit: 'bn-yuan', source: { kind: 'report', section: 'I', quote: 'q' } }],
    });
    expect(checkIntegrity(broken)).toEqual([{ path: ['targets', 0, 'indicator'], message: "'gdp' is not an indicator of this plan; it has none" }]);
  });

  it('rejects tasks and milestones outside the plan period', () => {
    const plan = planWith((p) => {
      p.tasks[0]!.period = { start: 2021, end: 2021 };
      p.milestones[0]!.due = '2021-03-01';
    });
    expect(checkIntegrity(plan)).toEqual([
      { path: ['tasks', 0, 'period'], message: '2021 is not inside the plan period 2016–2020' },
      { path: ['milestones', 0, 'due'], message: "'2021-03-01' is outside the plan period 2016–2020" },
    ]);
  });

  it('lists every problem at once, in plan order', () => {
    const plan = planWith((p) => {
      p.targets[0]!.indicator = 'nope';
      p.targets[0]!.year = 2030;
      p.commitments[0]!.count = 0;
      p.commitments[0]!.members = [{ id: 'x', name: { en: 'x' }, sources: [] }];
    });
    expect(checkIntegrity(plan).map((issue) => issue.path)).toEqual([
      ['targets', 0, 'indicator'],
      ['targets', 0, 'year'],
      ['commitments', 0, 'members'],
    ]);
  });
});
