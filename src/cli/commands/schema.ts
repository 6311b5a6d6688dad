/**
 * `baotou-plan schema <name>`: print a JSON Schema (draft 2020-12), made from the library's
 * zod schemas at run time, so it is the same as `schemas/<name>.json` in the package.
 *
 * @module
 */
import { JSON_SCHEMA_NAMES, toJsonSchema } from '../../schema/index.js';
import type { JsonSchemaName } from '../../schema/jsonSchema.js';
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
    {
      en: 'Prints the JSON Schema (draft 2020-12) that a JSON file of that kind must satisfy: the same schema the library validates with, so apps in other languages can check files before handing them over.',
      'zh-CN': '输出该类 JSON 文件必须满足的 JSON Schema（draft 2020-12）：与本库校验所用的相同，其他语言的应用可据此在提交文件前先行检查。',
    },
    {
      en: 'A few rules need code and are checked only by the library (and by `baotou-plan validate`): a period ends after it starts, a scenario covers every year, growth rates are greater than -1.',
      'zh-CN': '少数规则需要代码检查，只由本库（及 baotou-plan validate）检查：期间在开始之后结束，情景覆盖每一年，增长率大于 -1。',
    },
  ],
  options: {
    format: { type: 'string', short: 'f', value: '<format>', description: { en: 'json (the only format)', 'zh-CN': 'json（唯一格式）' }, choices: ['json'] },
  },
  positionals: [{ name: 'name', description: { en: 'the kind of file', 'zh-CN': '文件类型' }, required: true, choices: JSON_SCHEMA_NAMES }],
  examples: [
    ['baotou-plan schema scenario > scenario.schema.json', { en: 'save the schema of scenario files', 'zh-CN': '保存情景文件的 Schema' }],
    ['baotou-plan schema observations', { en: 'print the schema of an observations list', 'zh-CN': '输出观测数据列表的 Schema' }],
  ],
};
