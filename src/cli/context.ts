/**
 * What several commands share: the plan (a built-in one by name, or `--plan file.json`), what
 * happened (the figures the library has for the plan, or `--observations file`), the scenario
 * (a built-in one derived from the plan, or `--scenario file.json`), and the options that
 * select them. Files are read by `files.ts`, loaded only when one is given.
 *
 * @module
 */
import { baotou13, baotouReported, china13, china13Reported, hasOwn, messages, project, reportedBy } from '../internal/library.js';
import type { Observation, Plan } from '../plan/types.js';
import type { ProjectOptions, Projection, Scenario } from '../scenario/types.js';
import { stringOption, usageError, type CommandContext, type OptionSpec } from './args.js';
import { inFile } from './inputs.js';
import type { JudgedOn } from '../format/scorecardSummary.js';
import { text } from './text.js';

/** The readers of files: they need zod, so they are loaded only when a file is given. */
const files = () => import('./files.js');

/**
 * A plan a command works on, with the figures the library has for it.
 *
 * @example
 * ```ts
 * const chosen: ChosenPlan = { plan: baotou13, reported: baotouReported };
 * ```
 */
export interface ChosenPlan {
  readonly plan: Plan;
  /** The figures reported for the plan that the library holds (`baotouReported`); none for a plan file. */
  readonly reported: readonly Observation[] | undefined;
}

/** The built-in plans by the name `--plan` takes. */
const BUILT_IN_PLANS: Readonly<Record<string, () => Promise<ChosenPlan>>> = {
  baotou13: async () => ({ plan: baotou13, reported: baotouReported }),
  china13: async () => ({ plan: china13, reported: china13Reported }),
};

/**
 * The names of the built-in plans `--plan` takes; the first is the default.
 *
 * @example
 * ```ts
 * BUILT_IN_PLAN_NAMES[0]; // → 'baotou13'
 * ```
 */
export const BUILT_IN_PLAN_NAMES: readonly string[] = Object.keys(BUILT_IN_PLANS);

/**
 * `--plan <name|file>`: a built-in plan by name, or a plan file.
 *
 * @example
 * ```ts
 * PLAN_OPTION.plan?.value; // → '<name|file.json>'
 * ```
 */
export const PLAN_OPTION: Readonly<Record<string, OptionSpec>> = {
  plan: {
    type: 'string',
    value: '<name|file.json>',
    description: {
      en: `a built-in plan (${BUILT_IN_PLAN_NAMES.join(', ')}; default ${BUILT_IN_PLAN_NAMES[0]}) or a plan JSON file, as definePlan() takes it`,
      'zh-CN': `内置规划（${BUILT_IN_PLAN_NAMES.join('、')}；默认 ${BUILT_IN_PLAN_NAMES[0]}）或规划 JSON 文件（definePlan() 所接受的形式）`,
    },
  },
};

/**
 * The names of the built-in scenarios `--scenario` takes, each derived from the plan: the
 * trend of its reported figures, and its own path.
 *
 * @example
 * ```ts
 * BUILT_IN_SCENARIO_NAMES; // → ['reported-trend', 'plan-path']
 * ```
 */
export const BUILT_IN_SCENARIO_NAMES: readonly string[] = ['reported-trend', 'plan-path'];

/**
 * `--scenario <name|file>`: a built-in scenario by name, or a scenario file.
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
    description: {
      en: "a built-in scenario or a scenario JSON file: reported-trend (the default where the plan has reported figures or --observations is given: the trend of those figures), plan-path (the plan's own path: the default otherwise)",
      'zh-CN': '内置情景或情景 JSON 文件：reported-trend（规划有公布数据或给出 --observations 时的默认情景：延续这些数据的趋势）、plan-path（规划自身的路径：其他情况下的默认情景）',
    },
  },
};

/**
 * `--observations <file>`: figures of your own, in a CSV or JSON file.
 *
 * @param en - What the figures are for, in English.
 * @param zh - The same in Chinese.
 * @returns The option.
 *
 * @example
 * ```ts
 * observationsOption('judge these figures', '评价这些数据').observations?.value; // → '<file>'
 * ```
 */
export function observationsOption(en: string, zh: string): Readonly<Record<string, OptionSpec>> {
  return { observations: { type: 'string', value: '<file>', description: { en, 'zh-CN': zh } } };
}

/**
 * The plan of a command: `--plan` (a built-in name or a file), or `baotou13`.
 *
 * @param context - The command's context.
 * @returns The plan, and the figures the library has for it.
 * @throws A usage error for a name that is no built-in plan and no file; `PlanError` for a
 *   plan file that cannot be read or is not valid.
 *
 * @example
 * ```ts
 * (await planOf({ args: { values: {}, positionals: [] } } as never)).plan.id; // → 'baotou13'
 * await planOf({ args: { values: { plan: 'china14' }, positionals: [] } } as never); // throws PlanError INVALID_ARGUMENT
 * ```
 */
export async function planOf(context: CommandContext): Promise<ChosenPlan> {
  const given = stringOption(context.args, 'plan') ?? (BUILT_IN_PLAN_NAMES[0] as string);
  if (hasOwn(BUILT_IN_PLANS, given)) return (BUILT_IN_PLANS[given] as () => Promise<ChosenPlan>)();
  // A bare word is a name misspelt, not a file (a file has an extension or a folder).
  if (!/[./\\]/.test(given)) throw usageError(messages.cliUnknownPlan(given, BUILT_IN_PLAN_NAMES));
  return { plan: await (await files()).readPlanFile(context.io, given), reported: undefined };
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
 * The observations in a file (`--observations`), every one of an indicator of the plan.
 *
 * @param context - The command's context.
 * @param plan - The plan the observations are of.
 * @param path - The file, `.csv` or `.json`.
 * @returns The observations.
 * @throws `PlanError` for a file that cannot be read or is not valid, or with an observation
 *   of an indicator the plan does not have (naming it, with the closest ids or those it has).
 *
 * @example
 * ```ts
 * const io = { readFile: async () => 'indicator,year,value\ngdp,2020,278.74\n' };
 * (await observationsOf({ io, args: { values: {}, positionals: [] } } as never, baotou13, 'obs.csv'))[0]?.value.toString(); // → '278.74'
 * ```
 */
export async function observationsOf(context: CommandContext, plan: Plan, path: string): Promise<Observation[]> {
  return (await files()).readObservationsFile(context.io, path, plan);
}

/**
 * What happened, for a command that judges it: the observations of `--observations`, else the
 * figures the library has for the plan; `undefined` when there are none.
 *
 * @param context - The command's context.
 * @param chosen - The plan and its reported figures.
 * @returns The observations and what they are, or `undefined`.
 * @throws `PlanError` for an observations file that cannot be read or is not valid.
 *
 * @example
 * ```ts
 * (await happenedOf({ args: { values: {}, positionals: [] } } as never, { plan: baotou13, reported: baotouReported }))?.on; // → { reported: { en: 'Baotou, Inner Mongolia', 'zh-CN': '包头' } }
 * ```
 */
export async function happenedOf(
  context: CommandContext,
  chosen: ChosenPlan,
): Promise<{ readonly observations: readonly Observation[]; readonly on: JudgedOn } | undefined> {
  const path = stringOption(context.args, 'observations');
  if (path !== undefined) return { observations: await observationsOf(context, chosen.plan, path), on: { observations: path } };
  return chosen.reported === undefined ? undefined : { observations: chosen.reported, on: { reported: reportedBy(chosen.plan) } };
}

/**
 * Project the plan under the command's scenario: `--scenario` (a built-in by name, derived
 * from the plan, or a file), or by default the trend of what happened (the figures reported
 * for the plan, or `--observations`), or the plan's own path where there is none (said on
 * stderr). A problem of a scenario file (a series the plan does not have) is reported with
 * the file's path.
 *
 * @param context - The command's context.
 * @param chosen - The plan and its reported figures.
 * @param options - The options of `project`.
 * @returns The projection.
 * @throws A usage error for `reported-trend` without figures; `PlanError` for a scenario file
 *   that cannot be read, is not valid or does not fit the plan.
 *
 * @example
 * ```ts
 * (await projectionOf({ args: { values: {}, positionals: [] } } as never, { plan: baotou13, reported: baotouReported })).scenarioId; // → 'reported-trend'
 * ```
 */
export async function projectionOf(context: CommandContext, chosen: ChosenPlan, options: ProjectOptions = {}): Promise<Projection> {
  const { plan } = chosen;
  const path = stringOption(context.args, 'observations');
  const given = stringOption(context.args, 'scenario');
  const name = given ?? (path !== undefined || chosen.reported !== undefined ? 'reported-trend' : 'plan-path');
  if (given === undefined && name === 'plan-path') context.io.stderr(`${text.planPathDefault(plan.id, context.locale)}\n`);
  const { builtInScenario } = await import('./projection.js');
  if (BUILT_IN_SCENARIO_NAMES.includes(name)) {
    let figures: { readonly observations: readonly Observation[]; readonly reported: boolean } | undefined;
    if (name === 'reported-trend') {
      const happened = await happenedOf(context, chosen);
      if (happened === undefined) throw usageError(messages.cliTrendNeedsObservations(plan.id, name, 'plan-path'));
      figures = { observations: happened.observations, reported: path === undefined };
    }
    return project(plan, builtInScenario(name, plan, figures), options);
  }
  const scenario: Scenario = await (await files()).readScenarioFile(context.io, name);
  return inFile(name, () => project(plan, scenario, options));
}
