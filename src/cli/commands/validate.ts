/**
 * `baotou-plan validate <file>`: check a plan, scenario or observations file and list every
 * problem, with the library's own messages.
 *
 * @module
 */
import { isPlanError, validationError, type PlanIssue } from '../../errors.js';
import { messages } from '../../messages.js';
import type { Observation, Plan } from '../../plan/types.js';
import { project } from '../../scenario/project.js';
import type { Scenario } from '../../scenario/types.js';
import { formatOption, stringOption, type Command } from '../args.js';
import { planOf } from '../context.js';
import { readObservationsFile, readPlanFile, readScenarioFile } from '../files.js';
import { inFile, isCsvPath, issueLocation, readJson } from '../inputs.js';
import type { CliIo } from '../io.js';
import { json } from '../output.js';
import { text } from '../text.js';

/** The kinds of file `validate` checks. */
const FILE_KINDS = ['plan', 'scenario', 'observations'] as const;
type Kind = (typeof FILE_KINDS)[number];

/** Tell the kind of a file from its extension and, for JSON, its shape. */
async function kindOf(io: CliIo, path: string): Promise<Kind> {
  if (isCsvPath(path)) return 'observations';
  const data = await readJson(io, path);
  if (Array.isArray(data)) return 'observations';
  if (typeof data === 'object' && data !== null) {
    const o = data as Record<string, unknown>;
    if (typeof o['type'] === 'string' && 'data' in o && (FILE_KINDS as readonly string[]).includes(o['type'])) return o['type'] as Kind;
    if ('series' in o || 'horizon' in o) return 'scenario';
    if ('indicators' in o || 'targets' in o || 'document' in o) return 'plan';
  }
  throw validationError('file', [{ path: [path], message: messages.cliUnknownFileKind(FILE_KINDS) }]);
}

/** What a valid file holds, in a few words. */
function describe(kind: Kind, value: Plan | Scenario | Observation[]): string {
  switch (kind) {
    case 'plan': {
      const p = value as Plan;
      return `${p.indicators.length} indicators, ${p.targets.length} targets`;
    }
    case 'scenario': {
      const s = value as Scenario;
      return `${s.baseYear}–${s.horizon}, ${Object.keys(s.series).length} series`;
    }
    case 'observations': {
      const o = value as Observation[];
      return `${o.length} observations of ${new Set(o.map((x) => x.indicator)).size} indicators`;
    }
  }
}

/**
 * `baotou-plan validate`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // check a file (here the JSON of a list with one observation)
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; }, readFile: async () => '[{"indicator": "gdp", "year": 2020, "value": "278.74"}]' };
 * await command.run({ io, args: { values: {}, positionals: ['obs.json'] }, locale: 'en', width: 80 } as never); // → 0
 * out; // → 'obs.json: valid observations (1 observations of 1 indicators)\n'
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const { io, args } = context;
    const path = args.positionals[0] as string;
    const asJson = formatOption<'table' | 'json'>(args, 'table') === 'json';
    const given = stringOption(args, 'kind') as Kind | undefined;
    let kind: Kind | undefined = given;
    try {
      kind ??= await kindOf(io, path);
      let value: Plan | Scenario | Observation[];
      switch (kind) {
        case 'plan':
          value = await readPlanFile(io, path);
          break;
        case 'scenario': {
          const scenario = await readScenarioFile(io, path);
          const plan = await planOf(context);
          inFile(path, () => project(plan, scenario));
          value = scenario;
          break;
        }
        case 'observations':
          value = await readObservationsFile(io, path);
          break;
      }
      if (asJson) io.stdout(json({ file: path, kind, valid: true, issues: [] }));
      else io.stdout(`${text.valid(path, kind, describe(kind, value))}\n`);
      return 0;
    } catch (error) {
      if (!asJson || !isPlanError(error) || error.details['usage'] === true) throw error;
      const issues: PlanIssue[] = error.issues.length > 0 ? [...error.issues] : [{ path: [], message: error.message }];
      io.stdout(
        json({
          file: path,
          kind: kind ?? null,
          valid: false,
          message: error.message,
          issues: issues.map((i) => ({ path: issueLocation(error, i.path), message: i.message })),
        }),
      );
      io.stderr(`error: ${error.message}\n`);
      return 1;
    }
  },
  usage: '<file> [--kind plan|scenario|observations] [options]',
  description: [
    "Reads a file and checks it as the library does: a plan (parsePlan, then definePlan's integrity checks: unique ids, every target naming an indicator …), a scenario (parseScenario, then against the plan: every series an indicator that can be driven), or observations (a tidy CSV, or a JSON list). The kind is told from the extension and the shape of the JSON; --kind says it outright.",
    'A valid file: a one-line summary on stdout, exit 0. A file with problems: every problem on stderr, one a line, exit 1. With --format json the verdict and the problems go to stdout as JSON.',
  ],
  options: {
    kind: { type: 'string', value: '<kind>', description: 'plan, scenario or observations (default: told from the file)', choices: FILE_KINDS },
    plan: { type: 'string', value: '<file.json>', description: 'check a scenario against this plan (default: the embedded plan)' },
    format: { type: 'string', short: 'f', value: '<format>', description: 'table (default: a line of text) or json', choices: ['table', 'json'] },
  },
  positionals: [{ name: 'file', description: 'the file to check (.json or .csv)', required: true }],
  examples: [
    ['baotou-plan validate observations.csv', 'check a CSV of observations'],
    ['baotou-plan validate my-scenario.json --format json', 'the verdict and every problem, as JSON'],
  ],
};
