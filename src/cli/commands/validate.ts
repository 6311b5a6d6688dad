/**
 * `baotou-plan validate <file>`: check a plan, scenario or observations file and list every
 * problem, with the library's own messages.
 *
 * @module
 */
import { isPlanError, messages, project, validationError } from '../../internal/library.js';
import type { Observation, Plan } from '../../plan/types.js';
import type { Scenario } from '../../scenario/types.js';
import type { Locale } from '../../vocabulary.js';
import { formatOption, stringOption, type Command } from '../args.js';
import { PLAN_OPTION, planOf } from '../context.js';
import { errorText } from '../language.js';
import { readObservationsFile, readPlanFile, readScenarioFile } from '../files.js';
import { inFile, isCsvPath, readJson } from '../inputs.js';
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
function describe(kind: Kind, value: Plan | Scenario | Observation[], locale: Locale): string {
  switch (kind) {
    case 'plan': {
      const p = value as Plan;
      return text.planHolds(p.indicators.length, p.targets.length, locale);
    }
    case 'scenario': {
      const s = value as Scenario;
      return text.scenarioHolds(s.baseYear, s.horizon, Object.keys(s.series).length, locale);
    }
    case 'observations': {
      const o = value as Observation[];
      return text.observationsHold(o.length, new Set(o.map((x) => x.indicator)).size, locale);
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
 * out; // → "obs.json: valid observations for plan 'baotou13' (1 observations of 1 indicators)\n"
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const { io, args, locale } = context;
    const path = args.positionals[0] as string;
    const asJson = formatOption<'table' | 'json'>(args, 'table') === 'json';
    const given = stringOption(args, 'kind') as Kind | undefined;
    let kind: Kind | undefined = given;
    try {
      kind ??= await kindOf(io, path);
      let value: Plan | Scenario | Observation[];
      // Scenarios and observations are checked against the plan (--plan, default baotou13).
      let against: string | undefined;
      switch (kind) {
        case 'plan':
          value = await readPlanFile(io, path);
          break;
        case 'scenario': {
          const scenario = await readScenarioFile(io, path);
          const { plan } = await planOf(context);
          inFile(path, () => project(plan, scenario));
          value = scenario;
          against = plan.id;
          break;
        }
        case 'observations': {
          const { plan } = await planOf(context);
          value = await readObservationsFile(io, path, plan);
          against = plan.id;
          break;
        }
      }
      if (asJson) io.stdout(json({ file: path, kind, ...(against === undefined ? {} : { plan: against }), valid: true, issues: [] }));
      else io.stdout(`${text.valid(path, kind, against, describe(kind, value, locale), locale)}\n`);
      return 0;
    } catch (error) {
      if (!asJson || !isPlanError(error) || error.details['usage'] === true) throw error;
      const said = await errorText(error, locale);
      const issues = said.issues.length > 0 ? said.issues : [{ where: '', message: said.message }];
      io.stdout(
        json({
          file: path,
          kind: kind ?? null,
          valid: false,
          message: said.message,
          issues: issues.map((i) => ({ path: i.where, message: i.message })),
        }),
      );
      io.stderr(`${text.error[locale]}${said.message}\n`);
      return 1;
    }
  },
  usage: '<file> [--kind plan|scenario|observations] [--plan name|file.json] [options]',
  description: [
    {
      en: "Reads a file and checks it as the library does: a plan (parsePlan, then definePlan's integrity checks: unique ids, every target naming an indicator …), a scenario (parseScenario, then against the plan: every series an indicator that can be driven), or observations (a tidy CSV, or a JSON list; against the plan: every observation of one of its indicators). The plan is --plan's (default baotou13). The kind is told from the extension and the shape of the JSON; --kind says it outright.",
      'zh-CN':
        '读取文件，按本库的方式检查：规划（parsePlan，再做 definePlan 的完整性检查：id 唯一、每个目标指向一个指标……）、情景（parseScenario，再对照规划：每个序列都是可驱动的指标）或观测数据（整洁 CSV 或 JSON 列表；对照规划：每个观测值都属于规划的某个指标）。所对照的规划由 --plan 给出（默认 baotou13）。文件类型由扩展名和 JSON 的结构判断；--kind 可直接指明。',
    },
    {
      en: 'A valid file: a one-line summary on stdout, exit 0. A file with problems: every problem on stderr, one a line, exit 1. With --format json the verdict and the problems go to stdout as JSON.',
      'zh-CN': '有效的文件：在标准输出上给出一行摘要，退出码 0。有问题的文件：在标准错误上逐行列出每个问题，退出码 1。给出 --format json 时，结论和问题以 JSON 写到标准输出。',
    },
  ],
  options: {
    kind: {
      type: 'string',
      value: '<kind>',
      description: { en: 'plan, scenario or observations (default: told from the file)', 'zh-CN': 'plan、scenario 或 observations（默认：由文件判断）' },
      choices: FILE_KINDS,
    },
    ...PLAN_OPTION,
    format: {
      type: 'string',
      short: 'f',
      value: '<format>',
      description: { en: 'table (default: a line of text) or json', 'zh-CN': 'table（默认：一行文字）或 json' },
      choices: ['table', 'json'],
    },
  },
  positionals: [{ name: 'file', description: { en: 'the file to check (.json or .csv)', 'zh-CN': '要检查的文件（.json 或 .csv）' }, required: true }],
  examples: [
    ['baotou-plan validate observations.csv', { en: "check a CSV of observations of baotou13's indicators", 'zh-CN': '检查 baotou13 指标的观测数据 CSV' }],
    ['baotou-plan validate national.csv --plan china13', { en: 'check observations of the national plan', 'zh-CN': '检查全国规划的观测数据' }],
    ['baotou-plan validate my-scenario.json --format json', { en: 'the verdict and every problem, as JSON', 'zh-CN': '以 JSON 给出结论和每个问题' }],
  ],
};
