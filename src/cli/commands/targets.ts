/**
 * `baotou-plan targets`: every target of the plan, with the words of the report it comes
 * from.
 *
 * @module
 */
import { messages } from '../../messages.js';
import { TABLE_OPTIONS, stringOption, usageError, type CommandSpec, type TableFormat } from '../args.js';
import { PLAN_OPTION, planOf } from '../context.js';
import { emit, type Section } from '../output.js';
import type { Target } from '../../plan/types.js';
import { targetFields } from './plan.js';

/** `baotou-plan targets`. */
export const targetsCommand: CommandSpec = {
  name: 'targets',
  summary: 'every target, with its source quote',
  usage: '[--indicator id] [options]',
  description: [
    'Lists the targets of the plan: indicator, year, comparator and value, and the section and exact words of the report each comes from. Rate targets ("an annual average increase above 8 percent") carry the period the average runs over.',
  ],
  options: {
    indicator: { type: 'string', value: '<id>', description: 'only the targets of this indicator' },
    ...PLAN_OPTION,
    ...TABLE_OPTIONS,
  },
  positionals: [],
  examples: [
    ['baotou-plan targets', 'every target with its quote'],
    ['baotou-plan targets --format json', 'the targets as JSON, values as exact decimal strings'],
  ],
  run: async (context) => {
    const plan = await planOf(context);
    const indicator = stringOption(context.args, 'indicator');
    let rows: readonly Target[] = plan.targets;
    if (indicator !== undefined) {
      if (!plan.indicators.some((i) => i.id === indicator)) {
        throw usageError(messages.unknownOption('--indicator', indicator, plan.indicators.map((i) => i.id)), 'targets');
      }
      rows = rows.filter((t) => t.indicator === indicator);
    }
    const section: Section<Target> = { key: 'targets', fields: targetFields(plan, true), rows };
    emit(context, (stringOption(context.args, 'format') ?? 'table') as TableFormat, [section], { command: 'targets' });
    return 0;
  },
};

