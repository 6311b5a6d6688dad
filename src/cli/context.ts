/**
 * What several commands share: the plan (embedded, or `--plan file.json`), the scenario
 * (the default, or `--scenario file.json`), observations (`.csv` or `.json`), and the
 * options that select them. Files are read by `files.ts`, loaded only when one is given.
 *
 * @module
 */
import { baotou13 } from '../data/baotou13/index.js';
import type { Observation, Plan } from '../plan/types.js';
import type { ProjectOptions, Projection, Scenario } from '../scenario/types.js';
import { messages } from '../messages.js';
import { stringOption, usageError, type CommandContext, type OptionSpec } from './args.js';
import { inFile } from './inputs.js';

/** The readers of files: they need zod, so they are loaded only when a file is given. */
const files = () => import('./files.js');

/**
 * `--plan <file>`: another plan than the embedded one.
 *
 * @example
 * ```ts
 * PLAN_OPTION.plan?.value; // → '<file.json>'
 * ```
 */
export const PLAN_OPTION: Readonly<Record<string, OptionSpec>> = {
  plan: {
    type: 'string',
    value: '<file.json>',
    description: 'a plan JSON file, as definePlan() takes it (default: the embedded Baotou 13th FYP plan)',
  },
};

/**
 * The names of the built-in scenarios `--scenario` takes; the first is the default of the
 * commands that project.
 *
 * @example
 * ```ts
 * BUILT_IN_SCENARIO_NAMES; // → ['reported-trend', 'plan-path']
 * ```
 */
export const BUILT_IN_SCENARIO_NAMES: readonly string[] = ['reported-trend', 'plan-path'];

/**
 * `--scenario <name|file>`: a built-in scenario by name, or a scenario file, instead of the
 * embedded default.
 *
 * @example
 * ```ts
 * SCENARIO_OPTION.scenario?.value; // → '<name|file.json>'
 * ```
 */
export const SCENARIO_OPTION: Readonly<Record<string, OptionSpec>> = {
  scenario: {
    type: 'string',
    value: '<name|file.json>',
    description: `a built-in scenario (${BUILT_IN_SCENARIO_NAMES.join(', ')}) or a scenario JSON file (default: '${BUILT_IN_SCENARIO_NAMES[0]}')`,
  },
};

/**
 * The plan of a command: `--plan`, or the embedded one.
 *
 * @param context - The command's context.
 * @returns The plan.
 * @throws `PlanError` for a plan file that cannot be read or is not valid.
 *
 * @example
 * ```ts
 * (await planOf({ args: { values: {}, positionals: [] } } as never)).id; // → 'baotou13'
 * ```
 */
export async function planOf(context: CommandContext): Promise<Plan> {
  const path = stringOption(context.args, 'plan');
  return path === undefined ? baotou13 : (await files()).readPlanFile(context.io, path);
}

/**
 * `--indicator`: an indicator of the plan, or `undefined` when the option is not given.
 *
 * @param context - The command's context.
 * @param plan - The plan the indicator must be of.
 * @param command - The command, for the hint of a usage error.
 * @returns The indicator's id.
 * @throws A usage error for an id the plan does not have, listing those it has.
 *
 * @example
 * ```ts
 * indicatorOption({ args: { values: { indicator: 'gdp' }, positionals: [] } } as never, baotou13, 'targets'); // → 'gdp'
 * indicatorOption({ args: { values: { indicator: 'gpd' }, positionals: [] } } as never, baotou13, 'targets'); // throws PlanError INVALID_ARGUMENT
 * ```
 */
export function indicatorOption(context: CommandContext, plan: Plan, command: string): string | undefined {
  const id = stringOption(context.args, 'indicator');
  const ids = plan.indicators.map((i) => i.id);
  if (id !== undefined && !ids.includes(id)) throw usageError(messages.unknownOption('--indicator', id, ids), command);
  return id;
}

/**
 * The observations in a file (`--observations`).
 *
 * @param context - The command's context.
 * @param path - The file, `.csv` or `.json`.
 * @returns The observations.
 * @throws `PlanError` for a file that cannot be read or is not valid.
 *
 * @example
 * ```ts
 * const io = { readFile: async () => 'indicator,year,value\ngdp,2020,278.74\n' };
 * (await observationsOf({ io } as never, 'obs.csv'))[0]?.value.toString(); // → '278.74'
 * ```
 */
export async function observationsOf(context: CommandContext, path: string): Promise<Observation[]> {
  return (await files()).readObservationsFile(context.io, path);
}

/**
 * Project the plan under the command's scenario (`--scenario`: a built-in by name or a file;
 * or the default); a problem of a scenario file (a series the plan does not have) is
 * reported with the file's path.
 *
 * @param context - The command's context.
 * @param plan - The plan to project.
 * @param options - The options of `project`.
 * @returns The projection.
 * @throws `PlanError` for a scenario file that cannot be read, is not valid or does not fit the plan.
 *
 * @example
 * ```ts
 * (await projectionOf({ args: { values: {}, positionals: [] } } as never, baotou13)).scenarioId; // → 'reported-trend'
 * ```
 */
export async function projectionOf(context: CommandContext, plan: Plan, options: ProjectOptions = {}): Promise<Projection> {
  const path = stringOption(context.args, 'scenario') ?? (BUILT_IN_SCENARIO_NAMES[0] as string);
  const { projectUnder } = await import('./projection.js');
  if (BUILT_IN_SCENARIO_NAMES.includes(path)) return projectUnder(plan, path, options);
  const scenario: Scenario = await (await files()).readScenarioFile(context.io, path);
  return inFile(path, () => projectUnder(plan, scenario, options));
}
