/**
 * Option readers several commands share.
 *
 * @module
 */
import { messages } from '../../messages.js';
import { stringOption, usageError, type CommandContext } from '../args.js';

/** A year option (`--as-of 2018`): an integer from 1900 to 2100, or absent. @throws A usage error otherwise. */
export function readYearOption(context: CommandContext, name: string, command: string): number | undefined {
  const given = stringOption(context.args, name);
  if (given === undefined) return undefined;
  if (!/^\d{4}$/.test(given) || Number(given) < 1900 || Number(given) > 2100) {
    throw usageError(messages.notInteger(`--${name}`, given, 1900, 2100), command);
  }
  return Number(given);
}
