/**
 * Every command of the command line by name, with its one-line summary and how to load it.
 * The overview (`baotou-plan --help`) reads this list alone; a command's module, with all it
 * needs (the plan, the formulas, zod for files), is loaded by `import()` only when that
 * command runs, so `baotou-plan scorecard` never loads what `schema` or `chart` need.
 *
 * @module
 */
import type { Words } from '../vocabulary.js';
import type { Command } from './args.js';

/**
 * A command as the overview lists it, and where its module is.
 *
 * @example
 * ```ts
 * const entry: CommandEntry = { name: 'plan', summary: { en: 'the structure of the plan', 'zh-CN': '规划的结构' }, load: () => import('./commands/plan.js') };
 * ```
 */
export interface CommandEntry {
  readonly name: string;
  /** One line: what the command does, in each language. */
  readonly summary: Words;
  /** Load the command's module, which exports it as `command`. */
  readonly load: () => Promise<{ readonly command: Command }>;
}

const summary = (en: string, zh: string): Words => ({ en, 'zh-CN': zh });

/**
 * Every command, in the order the overview lists them; the first is the default.
 *
 * @example
 * ```ts
 * COMMANDS[0]?.name; // → 'scorecard'
 * ```
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'scorecard',
    summary: summary('every target, judged on what happened or under a scenario (the default command)', '逐项评价每个目标：依据实际数据或某一情景（默认命令）'),
    load: () => import('./commands/scorecard.js'),
  },
  {
    name: 'plan',
    summary: summary('the structure of the plan: layout zones, commitments, indicators, targets', '规划的结构：产业布局、重点任务、指标、目标'),
    load: () => import('./commands/plan.js'),
  },
  { name: 'targets', summary: summary('every target, with its source quote', '每个目标及其出处原文'), load: () => import('./commands/targets.js') },
  {
    name: 'project',
    summary: summary('every indicator, year by year, under a scenario', '某一情景下逐年的各项指标'),
    load: () => import('./commands/project.js'),
  },
  {
    name: 'assess',
    summary: summary('progress towards each target from observations, by three methods', '依据观测数据、用三种方法评估各目标的进展'),
    load: () => import('./commands/assess.js'),
  },
  {
    name: 'validate',
    summary: summary('check a plan, scenario or observations file and list every problem', '检查规划、情景或观测数据文件，列出所有问题'),
    load: () => import('./commands/validate.js'),
  },
  {
    name: 'export',
    summary: summary('the plan as a JSON snapshot, tidy CSV, a Data Package or Markdown', '把规划导出为 JSON 快照、整洁 CSV、数据包或 Markdown'),
    load: () => import('./commands/export.js'),
  },
  {
    name: 'schema',
    summary: summary('print the JSON Schema of a file kind (plan, scenario, observations …)', '输出某类文件（规划、情景、观测数据……）的 JSON Schema'),
    load: () => import('./commands/schema.js'),
  },
  {
    name: 'chart',
    summary: summary('a Vega-Lite chart: trajectory, scorecard or layout, as JSON or SVG', 'Vega-Lite 图表：轨迹、评价表或布局，输出 JSON 或 SVG'),
    load: () => import('./commands/chart.js'),
  },
];
