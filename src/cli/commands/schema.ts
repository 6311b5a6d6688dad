/**
 * `baotou-plan schema <name>`: print a JSON Schema (draft 2020-12), made from the library's
 * zod schemas at run time, so it is the same as `schemas/<name>.json` in the package.
 *
 * @module
 */
import { JSON_SCHEMA_NAMES, toJsonSchema, type JsonSchemaName } from '../../schema/jsonSchema.js';
import type { Command } from '../args.js';
import { json } from '../output.js';

/**
 * `baotou-plan schema`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // the JSON Schema of an observations list
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; } };
 * await command.run({ io, args: { values: {}, positionals: ['observations'] }, locale: 'en', width: 80 } as never); // → 0
 * JSON.parse(out).type; // → 'array'
 * ```
 */
export const command: Command = {
  run: async ({ io, args }) => {
    io.stdout(json(toJsonSchema(args.positionals[0] as JsonSchemaName)));
    return 0;
  },
  usage: '<name>',
  description: [
    'Prints the JSON Schema (draft 2020-12) that a JSON file of that kind must satisfy: the same schema the library validates with, so apps in other languages can check files before handing them over.',
    'A few rules need code and are checked only by the library (and by `baotou-plan validate`): a period ends after it starts, a scenario covers every year, growth rates are greater than -1.',
  ],
  options: { format: { type: 'string', short: 'f', value: '<format>', description: 'json (the only format)', choices: ['json'] } },
  positionals: [{ name: 'name', description: 'the kind of file', required: true, choices: JSON_SCHEMA_NAMES }],
  examples: [
    ['baotou-plan schema scenario > scenario.schema.json', 'save the schema of scenario files'],
    ['baotou-plan schema observations', 'print the schema of an observations list'],
  ],
};
