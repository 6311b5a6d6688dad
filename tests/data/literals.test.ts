/**
 * The embedded dataset is made from its literals in place (`embedPlan`, `embedObservations`:
 * no copy, decimal strings replaced by Decimals, everything frozen), so that importing the root
 * stays fast. This file reads the literals BEFORE that happens: it imports only the modules
 * that write them (none of which loads the dataset), copies them, and only then loads the
 * dataset. It proves that the embedded values equal what `materializePlan`,
 * `materializeObservations` and `definePlan` make of the untouched literals, and that
 * `baotou13Literals()` / `china13Literals()` (the input of the other tests) are those literals.
 *
 * Keep the imports of src/ below the data modules dynamic: a static import of anything that
 * loads the dataset would make the copies after the embedding (the first test would fail).
 */
import { describe, expect, it } from 'vitest';
import * as baotouIndicators from '../../src/data/baotou13/indicators.js';
import * as baotouReportedLiterals from '../../src/data/baotou13/reported.js';
import * as baotouFacts from '../../src/data/baotou13/review12.js';
import * as baotouSources from '../../src/data/baotou13/sources.js';
import * as baotouStructure from '../../src/data/baotou13/structure.js';
import * as baotouTargets from '../../src/data/baotou13/targets.js';
import * as baotouTasks from '../../src/data/baotou13/tasks2016.js';
import * as chinaIndicators from '../../src/data/china13/indicators.js';
import * as chinaReportedLiterals from '../../src/data/china13/reported.js';
import * as chinaSources from '../../src/data/china13/sources.js';
import * as chinaFacts from '../../src/data/china13/structure.js';
import * as chinaTargets from '../../src/data/china13/targets.js';

/** The sections of each plan as its modules write them, copied before the dataset is loaded. */
const baotouSections = structuredClone({
  document: baotouSources.document,
  principles: baotouStructure.principles,
  strategies: baotouStructure.strategies,
  goals: baotouStructure.goals,
  layout: baotouStructure.layout,
  commitments: baotouStructure.commitments,
  indicators: baotouIndicators.indicators,
  targets: baotouTargets.targets,
  facts: baotouFacts.facts,
  tasks: baotouTasks.tasks,
  milestones: baotouTasks.milestones,
  errata: baotouSources.errata,
});
const chinaSections = structuredClone({
  document: chinaSources.document,
  indicators: chinaIndicators.indicators,
  targets: chinaTargets.targets,
  facts: chinaFacts.facts,
});
const baotouObservations = structuredClone(baotouReportedLiterals.reportedObservations);
const baotouIndicatorsReported = structuredClone(baotouReportedLiterals.reportedIndicators);
const chinaObservations = structuredClone(chinaReportedLiterals.reportedObservations);
/** Whether the literals were untouched when copied: nothing frozen, every decimal a string. */
const untouched = [baotouTargets.targets, chinaTargets.targets, baotouReportedLiterals.reportedObservations, chinaReportedLiterals.reportedObservations].every(
  (list) => !Object.isFrozen(list) && list.every((record) => !Object.isFrozen(record) && typeof record.value === 'string'),
);

const { baotou13, baotou13Literals, baotouReported, baotouReportedIndicators } = await import('../../src/data/baotou13/index.js');
const { china13, china13Literals, china13Reported } = await import('../../src/data/china13/index.js');
const { materializeObservations, materializePlan } = await import('../../src/plan/materialize.js');
const { definePlan } = await import('../../src/schema/define.js');

describe('the embedded dataset, against its literals read before it was made', () => {
  it('copied the literals untouched, and the dataset was then made from them in place', () => {
    expect(untouched).toBe(true);
    expect(Object.isFrozen(baotouTargets.targets) && Object.isFrozen(chinaReportedLiterals.reportedObservations[0])).toBe(true);
    expect(baotouReported).toBe(baotouReportedLiterals.reportedObservations);
  });

  it('baotou13Literals() and china13Literals() are the literals, decimals written as they were', () => {
    expect(baotou13Literals()).toMatchObject(baotouSections);
    expect(Object.keys(baotou13Literals()).filter((key) => !(key in baotouSections))).toEqual(['id', 'title', 'region', 'period', 'baseYear']);
    expect(china13Literals()).toMatchObject(chinaSections);
    expect(Object.keys(china13Literals()).filter((key) => !(key in chinaSections))).toEqual(['id', 'title', 'region', 'period', 'baseYear']);
    // toMatchObject ignores extra keys of records: compare the sections whole as well.
    const literals = baotou13Literals();
    for (const key of Object.keys(baotouSections) as (keyof typeof baotouSections)[]) expect(literals[key]).toEqual(baotouSections[key]);
    const national = china13Literals();
    for (const key of Object.keys(chinaSections) as (keyof typeof chinaSections)[]) expect(national[key]).toEqual(chinaSections[key]);
  });

  it('baotou13 and china13 equal what materializePlan and definePlan make of the untouched literals', () => {
    const baotou = { ...baotou13Literals(), ...baotouSections };
    expect(baotou13).toEqual(materializePlan(baotou));
    expect(baotou13).toEqual(definePlan(baotou));
    const china = { ...china13Literals(), ...chinaSections };
    expect(china13).toEqual(materializePlan(china));
    expect(china13).toEqual(definePlan(china));
    // Their keys in the same order too (`value`, then `tolerance`, last in targets and facts).
    expect(JSON.stringify(baotou13)).toBe(JSON.stringify(materializePlan(baotou)));
    expect(JSON.stringify(china13)).toBe(JSON.stringify(materializePlan(china)));
  });

  it('the reported figures equal what materializeObservations makes of the untouched literals, keys in the same order', () => {
    expect(baotouReported).toEqual(materializeObservations(baotouObservations));
    expect(china13Reported).toEqual(materializeObservations(chinaObservations));
    expect(baotouReportedIndicators).toEqual(baotouIndicatorsReported);
    expect(JSON.stringify(baotouReported)).toBe(JSON.stringify(materializeObservations(baotouObservations)));
    expect(JSON.stringify(china13Reported)).toBe(JSON.stringify(materializeObservations(chinaObservations)));
    expect(JSON.stringify(baotouReportedIndicators)).toBe(JSON.stringify(baotouIndicatorsReported));
  });
});
