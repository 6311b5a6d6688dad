/**
 * Every command of the command line by name, with its one-line summary and how to load it.
 * The overview (`baotou-plan --help`) reads this list alone; a command's module, with all it
 * needs (the plan, the formulas, zod for files), is loaded by `import()` only when that
 * command runs, so `baotou-plan scorecard` never loads what `schema` or `chart` need.
 *
 * @module
 */
import type { Command } from './args.js';

/**
 * A command as the overview lists it, and where its module is.
 *
 * @example
 * ```ts
 * const entry: CommandEntry = { name: 'plan', summary: 'the structure of the plan', load: () => import('./commands/plan.js') };
 * ```
 */
export interface CommandEntry {
  readonly name: string;
  /** One line: what the command does. */
  readonly summary: string;
  /** Load the command's module, which exports it as `command`. */
  readonly load: () => Promise<{ readonly command: Command }>;
}

/**
 * Every command, in the order the overview lists them; the first is the default.
 *
 * @example
 * ```ts
 * COMMANDS[0]?.name; // → 'scorecard'
 * ```
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'scorecard', summary: 'every target, judged under a scenario (the default command)', load: () => import('./commands/scorecard.js') },
  { name: 'plan', summary: 'the structure of the plan: layout zones, commitments, indicators, targets', load: () => import('./commands/plan.js') },
  { name: 'targets', summary: 'every target, with its source quote', load: () => import('./commands/targets.js') },
  { name: 'project', summary: 'every indicator, year by year, under a scenario', load: () => import('./commands/project.js') },
  { name: 'assess', summary: 'progress towards each target from observations, by three methods', load: () => import('./commands/assess.js') },
  { name: 'validate', summary: 'check a plan, scenario or observations file and list every problem', load: () => import('./commands/validate.js') },
  { name: 'export', summary: 'the plan as a JSON snapshot, tidy CSV, a Data Package or Markdown', load: () => import('./commands/export.js') },
  { name: 'schema', summary: 'print the JSON Schema of a file kind (plan, scenario, observations …)', load: () => import('./commands/schema.js') },
  { name: 'chart', summary: 'a Vega-Lite chart: trajectory, scorecard or layout, as JSON or SVG', load: () => import('./commands/chart.js') },
];
