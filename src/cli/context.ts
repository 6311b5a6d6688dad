/**
 * What several commands share: the plan (embedded, or `--plan file.json`), the scenario
 * (the default, or `--scenario file.json`), observations (`.csv` or `.json`), and the
 * options that select them.
 *
 * @module
 */
import { baotou13 } from '../data/baotou13/index.js';
import { definePlan } from '../plan/define.js';
import type { Observation, Plan } from '../plan/types.js';
import { parseObservationsCsv } from '../schema/csv.js';
import { parseObservations } from '../schema/observation.js';
import { parsePlan } from '../schema/plan.js';
import { parseScenario } from '../schema/scenario.js';
import { fromSnapshot } from '../schema/snapshot.js';
import { DEFAULT_SCENARIO } from '../scenario/scenarios.js';
import { project } from '../scenario/project.js';
import type { ProjectOptions, Projection, Scenario } from '../scenario/types.js';
import { stringOption, type CommandContext, type OptionSpec } from './args.js';
import { inFile, isCsvPath, readJson } from './inputs.js';
import type { CliIo } from './io.js';

/** `--plan <file>`: another plan than the embedded one. */
export const PLAN_OPTION: Readonly<Record<string, OptionSpec>> = {
  plan: {
    type: 'string',
    value: '<file.json>',
    description: 'a plan JSON file, as definePlan() takes it (default: the embedded Baotou 13th FYP plan)',
  },
};

/** `--scenario <file>`. */
export const SCENARIO_OPTION: Readonly<Record<string, OptionSpec>> = {
  scenario: {
    type: 'string',
    value: '<file.json>',
    description: `a scenario JSON file (default: the embedded scenario '${DEFAULT_SCENARIO.id}')`,
  },
};

/** Whether a parsed JSON value is a snapshot envelope `{ type, version, data }`. */
function isSnapshot(x: unknown): x is { type: string } {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'type' in x && 'version' in x && 'data' in x;
}

/** Read a plan file: JSON (or a plan snapshot), checked by `parsePlan` and `definePlan`. */
export async function readPlanFile(io: CliIo, path: string): Promise<Plan> {
  const data = await readJson(io, path);
  return inFile(path, () => definePlan(isSnapshot(data) ? fromSnapshot(data, { type: 'plan' }) : parsePlan(data)));
}

/** Read a scenario file: JSON (or a scenario snapshot), checked by `parseScenario`. */
export async function readScenarioFile(io: CliIo, path: string): Promise<Scenario> {
  const data = await readJson(io, path);
  return inFile(path, () => (isSnapshot(data) ? fromSnapshot(data, { type: 'scenario' }) : parseScenario(data)));
}

/** Read observations: CSV in tidy long form (`.csv`), or JSON (a list, or a snapshot). */
export async function readObservationsFile(io: CliIo, path: string): Promise<Observation[]> {
  if (isCsvPath(path)) {
    const text = await io.readFile(path);
    return inFile(path, () => parseObservationsCsv(text));
  }
  const data = await readJson(io, path);
  return inFile(path, () => (isSnapshot(data) ? [...fromSnapshot(data, { type: 'observations' })] : parseObservations(data)));
}

/** The plan of a command: `--plan`, or the embedded one. */
export async function planOf(context: CommandContext): Promise<Plan> {
  const path = stringOption(context.args, 'plan');
  return path === undefined ? baotou13 : readPlanFile(context.io, path);
}

/** The scenario of a command: `--scenario`, or the default. */
export async function scenarioOf(context: CommandContext): Promise<Scenario> {
  const path = stringOption(context.args, 'scenario');
  return path === undefined ? DEFAULT_SCENARIO : readScenarioFile(context.io, path);
}

/**
 * Project the plan under the command's scenario; a problem of a scenario file (a series the
 * plan does not have) is reported with the file's path.
 */
export async function projectionOf(context: CommandContext, plan: Plan, options: ProjectOptions = {}): Promise<Projection> {
  const scenario = await scenarioOf(context);
  const path = stringOption(context.args, 'scenario');
  return path === undefined ? project(plan, scenario, options) : inFile(path, () => project(plan, scenario, options));
}
