import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { commitment, fact, factsOf, indicator, target, targetsOf, task, zone } from '../../src/plan/query.js';
import type { Plan } from '../../src/plan/types.js';
import { definePlan } from '../../src/schema/define.js';
import { planError } from '../_lib/errors.js';
import { planWith } from './helpers.js';

/** baotou13 with its ids as plain strings, as a plan read from JSON has them: misspelt ids compile, and are found out at run time. */
const plain: Plan = baotou13;

describe('lookups by id', () => {
  it('finds indicators, targets, facts and tasks', () => {
    expect(indicator(baotou13, 'industrial-energy-intensity').unit).toBe('tce-per-10k-yuan');
    expect(target(baotou13, 'industrial-value-added-2020').value.toFixed()).toBe('240');
    expect(fact(baotou13, 'review-industrial-fixed-asset-investment').value?.toFixed()).toBe('670');
    expect(task(baotou13, 'task-2016-c').industries.map((i) => i.en)).toContain('3D printing');
  });

  it('throws NOT_FOUND with the closest ids', () => {
    const error = planError(() => indicator(plain, 'iva'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(
      "id: 'iva' is not an indicator of plan 'baotou13'; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?",
    );
    expect(error.details.suggestions).toEqual(['industrial-value-added', 'industrial-value-added-growth']);
    expect(() => target(plain, 'industrial-value-added-2021')).toThrowPlanError(
      'NOT_FOUND',
      "id: 'industrial-value-added-2021' is not a target of plan 'baotou13'; did you mean 'industrial-value-added-2020' or 'industrial-value-added-growth-2020'?",
    );
    expect(() => fact(baotou13, 'nothing-like-it-at-all-qqq')).toThrowPlanError('NOT_FOUND', /^id: 'nothing-like-it-at-all-qqq' is not a fact of plan 'baotou13'; it has 15: /);
  });

  it('rejects a non-plan and a non-string id', () => {
    expect(() => indicator(null as never, 'gdp')).toThrowPlanError('INVALID_ARGUMENT', 'plan: expected a plan (what definePlan returns, or baotou13), got null');
    expect(() => indicator({} as never, 'gdp')).toThrowPlanError('INVALID_ARGUMENT', 'plan: expected a plan (what definePlan returns, or baotou13), got an object');
    const error = planError(() => indicator(baotou13, 42 as never));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe('id: expected an id (a string), got 42');
  });
});

describe('targetsOf and factsOf', () => {
  it("returns an indicator's targets in plan order", () => {
    // The report (II.a, III.c): "about 25-percent" by 2020, "more than 20 percent" in 2016; the
    // English "more than" renders 以上, which includes the figure (Civil Code of the PRC, art. 1259).
    expect(targetsOf(baotou13, 'strategic-emerging-industries-share').map((t) => [t.year, t.comparator, t.wording, t.value.toFixed()])).toEqual([
      [2020, 'approximately', 'about', '25'],
      [2016, 'atLeast', 'more than', '20'],
    ]);
    const none = targetsOf(baotou13, 'gdp');
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
    expect(() => targetsOf(plain, 'gpd')).toThrowPlanError('NOT_FOUND', "indicatorId: 'gpd' is not an indicator of plan 'baotou13'; did you mean 'gdp'?");
  });

  it("returns an indicator's facts, or the facts of a period", () => {
    expect(factsOf(baotou13, 'industrial-value-added-growth').map((f) => f.value?.toFixed())).toEqual(['13']);
    expect(factsOf(baotou13, { period: 2015 })).toHaveLength(baotou13.facts.length);
    expect(factsOf(baotou13, { period: { start: 2016, end: 2020 } })).toEqual([]);
    expect(factsOf(baotou13, { period: 2012 }).map((f) => f.id)).not.toContain('review-low-carbon-pilot-city');
    expect(factsOf(baotou13, { indicator: 'industrial-waste-utilisation-rate', period: 2011 }).map((f) => f.value?.toFixed())).toEqual(['72']);
    expect(factsOf(baotou13, {})).toHaveLength(15);
  });

  it('rejects a malformed query', () => {
    const period = 'query.period: expected a year from 1900 to 2100 or a period { start, end } with start ≤ end';
    expect(() => factsOf(baotou13, { period: 'x' as never })).toThrowPlanError('INVALID_ARGUMENT', `${period}, got 'x'`);
    expect(() => factsOf(baotou13, { period: { start: 2016, end: 2015 } })).toThrowPlanError('INVALID_ARGUMENT', `${period}, got an object`);
    expect(() => factsOf(baotou13, { period: 1850 })).toThrowPlanError('INVALID_ARGUMENT', `${period}, got 1850`);
    expect(() => factsOf(baotou13, 42 as never)).toThrowPlanError('INVALID_ARGUMENT', 'query: expected an indicator id or { indicator?, period? }, got 42');
    expect(() => factsOf(baotou13, { year: 2015 } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      "query: unknown key 'year'; allowed keys: indicator, period",
    );
    expect(() => factsOf(plain, { indicator: 'nope' })).toThrowPlanError('NOT_FOUND', "query.indicator: 'nope' is not an indicator of plan 'baotou13'");
    expect(() => factsOf(plain, 'nope')).toThrowPlanError('NOT_FOUND', "query: 'nope' is not an indicator of plan 'baotou13'");
  });
});

describe('commitment and zone', () => {
  it('finds a commitment by id or kind', () => {
    const parks = commitment(baotou13, 'park');
    expect(parks).toBe(commitment(baotou13, 'industrial-parks'));
    expect([parks.count, parks.members.length, parks.enumerated]).toEqual([9, 2, false]);
    expect(commitment(baotou13, 'cluster').count).toBe(10);
  });

  it('suggests ids and kinds for an unknown commitment', () => {
    expect(() => commitment(baotou13, 'parks')).toThrowPlanError(
      'NOT_FOUND',
      "idOrKind: 'parks' is not a commitment id or kind of plan 'baotou13'; did you mean 'park' or 'industrial-parks'?",
    );
  });

  it('refuses to guess between two commitments of one kind', () => {
    const plan = planWith((p) => {
      p.commitments.push({ ...structuredClone(p.commitments[4]!), id: 'more-parks' });
    });
    const error = planError(() => commitment(plan, 'park'));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe("idOrKind: 'park' matches 2 commitments ('industrial-parks', 'more-parks'); pass an id");
    expect(commitment(plan, 'more-parks').id).toBe('more-parks');
  });

  it('finds a zone by id or direction', () => {
    expect(zone(baotou13, 'east').industries.map((i) => i.en)).toEqual(['aluminum']);
    expect(zone(baotou13, 'both-wings').id).toBe('two-sides');
    expect(zone(baotou13, 'two-sides').label.en).toBe('two sides');
    expect(() => zone(baotou13, 'norht')).toThrowPlanError(
      'NOT_FOUND',
      "idOrDirection: 'norht' is not a zone id or direction of plan 'baotou13'; did you mean 'north'?",
    );
    expect(() => zone(baotou13, 7 as never)).toThrowPlanError('INVALID_ARGUMENT', 'idOrDirection: expected an id or a direction (a string), got 7');
  });
});

describe('a plan with only what it needs', () => {
  const minimal = definePlan({
    id: 'minimal',
    title: { en: 'A minimal plan' },
    period: { start: 2021, end: 2025 },
    indicators: [{ id: 'gdp', name: { en: 'GDP' }, unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'anticipatory', definition: {} }],
    targets: [
      { id: 'gdp-2025', indicator: 'gdp', year: 2025, comparator: 'atLeast', value: '500', unit: 'bn-yuan', source: { kind: 'report', section: 'II', quote: 'GDP of 500 billion yuan' } },
    ],
  });

  it('answers every look-up, with empty lists and NOT_FOUND for what it does not have', () => {
    expect(indicator(minimal, 'gdp').unit).toBe('bn-yuan');
    expect(target(minimal, 'gdp-2025').value.toFixed()).toBe('500');
    expect(targetsOf(minimal, 'gdp').map((t) => t.id)).toEqual(['gdp-2025']);
    expect(factsOf(minimal, 'gdp')).toEqual([]);
    expect(factsOf(minimal, { period: 2023 })).toEqual([]);
    expect(() => fact(minimal, 'f')).toThrowPlanError('NOT_FOUND', "id: 'f' is not a fact of plan 'minimal'; it has none");
    expect(() => task(minimal, 't')).toThrowPlanError('NOT_FOUND', "id: 't' is not a task of plan 'minimal'; it has none");
    expect(() => zone(minimal, 'east')).toThrowPlanError('NOT_FOUND', "idOrDirection: 'east' is not a zone id or direction of plan 'minimal'; it has none");
    expect(() => commitment(minimal, 'park')).toThrowPlanError('NOT_FOUND', "idOrKind: 'park' is not a commitment id or kind of plan 'minimal'; it has none");
  });
});

describe('open words', () => {
  it("finds a zone by a direction and a commitment by a kind that are not Baotou's", () => {
    const plan = planWith((p) => {
      p.layout[0] = { ...p.layout[0]!, id: 'coast', direction: 'coast' };
      p.commitments[0] = { ...p.commitments[0]!, id: 'zones', kind: 'special-economic-zone' };
    });
    expect(zone(plan, 'coast').id).toBe('coast');
    expect(commitment(plan, 'special-economic-zone').id).toBe('zones');
  });
});
