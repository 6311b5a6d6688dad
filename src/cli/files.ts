/**
 * Reading the plan, scenario and observation files a command is given, checked by the
 * library's own parse functions (zod schemas, `definePlan`). Loaded with `import()` only when a
 * file option is given, so that a command on the embedded plan and scenario never loads zod.
 *
 * @module
 */
import { definePlan, fromSnapshot, parseObservations, parseObservationsCsv, parsePlan, parseScenario } from '../schema/index.js';
import type { Observation, Plan } from '../plan/types.js';
import type { Scenario } from '../scenario/types.js';
import { inFile, isCsvPath, readJson } from './inputs.js';
import type { CliIo } from './io.js';

/** Whether a parsed JSON value is a snapshot envelope `{ type, version, data }`. */
function isSnapshot(x: unknown): x is { type: string } {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'type' in x && 'version' in x && 'data' in x;
}

/**
 * Read a plan file: JSON (or a plan snapshot), checked by `parsePlan` and `definePlan`.
 *
 * @param io - Where the file is read from.
 * @param path - The file.
 * @returns The plan, frozen.
 * @throws `PlanError` (`NOT_FOUND`, `VALIDATION` …) with the path in front of its message.
 *
 * @example
 * ```ts
 * const io = { readFile: async () => '{"id": "p"}' } as never;
 * await readPlanFile(io, 'plan.json'); // throws PlanError VALIDATION
 * ```
 */
export async function readPlanFile(io: CliIo, path: string): Promise<Plan> {
  const data = await readJson(io, path);
  return inFile(path, () => definePlan(isSnapshot(data) ? fromSnapshot(data, { type: 'plan' }) : parsePlan(data)));
}

/**
 * Read a scenario file: JSON (or a scenario snapshot), checked by `parseScenario`.
 *
 * @param io - Where the file is read from.
 * @param path - The file.
 * @returns The scenario.
 * @throws `PlanError` (`NOT_FOUND`, `VALIDATION` …) with the path in front of its message.
 *
 * @example
 * ```ts
 * const scenario = { id: 'fast', baseYear: 2015, horizon: 2020, series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth: '0.16' } } };
 * const io = { readFile: async () => JSON.stringify(scenario) } as never;
 * (await readScenarioFile(io, 'fast.json')).horizon; // → 2020
 * ```
 */
export async function readScenarioFile(io: CliIo, path: string): Promise<Scenario> {
  const data = await readJson(io, path);
  return inFile(path, () => (isSnapshot(data) ? fromSnapshot(data, { type: 'scenario' }) : parseScenario(data)));
}

/**
 * Read observations: CSV in tidy long form (`.csv`), or JSON (a list, or a snapshot); with a
 * plan, every observation must be of one of its indicators.
 *
 * @param io - Where the file is read from.
 * @param path - The file.
 * @param plan - The plan the observations are of (none: any indicator).
 * @returns The observations.
 * @throws `PlanError` (`NOT_FOUND`, `VALIDATION` …) with the path in front of its message;
 *   `VALIDATION` naming each indicator the plan does not have, with the closest ids (or, when
 *   none is close, the ids it has).
 *
 * @example
 * ```ts
 * const io = { readFile: async () => 'indicator,year,value\ngdp,2020,n/a\n' } as never;
 * await readObservationsFile(io, 'obs.csv'); // throws PlanError VALIDATION
 * // → "obs.csv: line 2, column 'value': expected a decimal string or finite number, got 'n/a'"
 * const typo = { readFile: async () => 'indicator,year,value\nindustrial-value-add,2020,240\n' } as never;
 * await readObservationsFile(typo, 'obs.csv', baotou13); // throws PlanError VALIDATION
 * // → "obs.csv: line 2, column 'indicator': 'industrial-value-add' is not an indicator of plan 'baotou13'; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?"
 * ```
 */
export async function readObservationsFile(io: CliIo, path: string, plan?: Plan): Promise<Observation[]> {
  const options = plan === undefined ? undefined : { plan };
  if (isCsvPath(path)) {
    const text = await io.readFile(path);
    return inFile(path, () => parseObservationsCsv(text, options));
  }
  const data = await readJson(io, path);
  // A snapshot's observations, once read, go through `parseObservations` like a plain list (it takes them as they are).
  return inFile(path, () => parseObservations(isSnapshot(data) ? fromSnapshot(data, { type: 'observations' }) : data, options));
}
