/**
 * The Chinese message catalogue is complete: every key of the English catalogue has a Chinese
 * counterpart of the same arity, and a message built in English is written in Chinese from
 * what it was built from (its key and arguments), messages inside it included.
 */
import { describe, expect, it } from 'vitest';
import { errorTemplates, invalidArgument, validationError } from '../../src/errors.js';
import { messages, templateOf } from '../../src/messages.js';
import { chinese, chineseOf, messagesZh } from '../../src/messages.zh.js';
import { planError } from '../_lib/errors.js';
import { cagr } from '../../src/calc/cagr.js';

const CJK = /[\u3400-\u9fff\uff01-\uff5e]/;

/** Every entry of a catalogue, nested keys joined with '.'. */
function entries(catalogue: object, prefix = ''): [string, unknown][] {
  return Object.entries(catalogue).flatMap(([name, entry]): [string, unknown][] =>
    typeof entry === 'object' && entry !== null ? entries(entry, `${prefix}${name}.`) : [[`${prefix}${name}`, entry]],
  );
}

const english = entries(messages);
const zh = new Map(entries(messagesZh));

/** Parameter names that take a list; a boolean; everything else gets a string. */
const LISTS = /^(allowed|known|ids|keys|lines|path|missing|kinds|given|choices|types|driven|inputs|suggestions|years|columns|names|indicators)$/;
const BOOLEANS = /^(enumerated|implicit|projection)$/;

/** Sample arguments for a builder, from the names of the Chinese builder's parameters. */
function samples(fn: (...args: never[]) => string): unknown[] {
  const params = /^\(?([^)=]*)\)?\s*=>/.exec(fn.toString())?.[1] ?? '';
  return params
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((name) => (LISTS.test(name) ? ['a', 'b'] : BOOLEANS.test(name) ? true : name === 'when' ? 'never' : '2'));
}

describe('the Chinese catalogue', () => {
  it('has every key of the English one, and no other', () => {
    expect([...zh.keys()].sort()).toEqual(english.map(([key]) => key).sort());
  });

  it.each(english)('%s: same kind and arity, and Chinese text from sample arguments', (key, en) => {
    const entry = zh.get(key);
    if (typeof en === 'string') {
      expect(typeof entry).toBe('string');
      expect(entry).toMatch(CJK);
      return;
    }
    expect(typeof entry).toBe('function');
    const build = entry as (...args: unknown[]) => string;
    expect(build.length, key).toBe((en as (...args: unknown[]) => string).length);
    const args = samples(build);
    expect(args).toHaveLength(build.length);
    expect(build(...args)).toMatch(CJK);
    // the English text, built by the library's builder, is remembered and written in Chinese
    const text = (en as (...args: unknown[]) => string)(...args);
    const template = templateOf(text);
    expect(template?.key).toBe(key);
    expect(chineseOf(template as NonNullable<typeof template>)).toMatch(CJK);
  });
});

describe('a PlanError in Chinese', () => {
  it('keeps what its message was built from: key and arguments, the expected words translated too', () => {
    const error = invalidArgument('options.asOf', messages.expected.year(1900, 2100), '20x8');
    const templates = errorTemplates(error);
    expect(templates?.message?.key).toBe('expectedGot');
    expect(chineseOf(templates?.message as NonNullable<typeof templates>['message'] & object)).toBe(
      "options.asOf：应为 1900 至 2100 的整数年份，实际为 '20x8'",
    );
  });

  it('a formula error: the words the formula passes in are translated', () => {
    const error = planError(() => cagr(0, 240, 5));
    expect(error.message).toBe('from: must be greater than 0 for a growth rate, got 0');
    expect(chineseOf(errorTemplates(error)?.message as never)).toBe('from：计算增长率时必须大于 0，实际为 0');
  });

  it('a validation error: the summary line by line, each location and message in Chinese', () => {
    const issues = [
      { path: [2, 'value'], message: messages.schemaExpected(messages.expected.decimal, 'n/a') },
      { path: [3, 'year'], message: messages.schemaExpected(messages.expected.year(1900, 2100), '20x0') },
    ];
    const error = validationError('csv', issues, (issue) => messages.csvLocation(issue.path[0] as number, String(issue.path[1])));
    expect(error.message).toBe(
      "2 problems: line 2, column 'value': expected a decimal string or finite number, got 'n/a'; line 3, column 'year': expected an integer year from 1900 to 2100, got '20x0'",
    );
    const templates = errorTemplates(error);
    expect(chineseOf(templates?.message as never)).toBe(
      "2 个问题：第 2 行 'value' 列：应为十进制数字符串或有限数字，实际为 'n/a'；第 3 行 'year' 列：应为 1900 至 2100 的整数年份，实际为 '20x0'",
    );
    expect(templates?.issues.map((t) => chineseOf(t as never))).toEqual([
      "应为十进制数字符串或有限数字，实际为 'n/a'",
      "应为 1900 至 2100 的整数年份，实际为 '20x0'",
    ]);
  });

  it('two messages written one after the other are both translated', () => {
    const text = `${messages.cannotConvert('toRatio', "'percent'", 'percent', "'tce'", 'tce')}${messages.percentRatioHint}`;
    const template = templateOf(text);
    expect(template?.key).toBe('@joined');
    expect(chineseOf(template as never)).toBe(
      "toRatio：无法把 'percent'（计量 'percent'）换算为 'tce'（计量 'tce'）；单位只能在同一计量内换算；百分数与比率之间请用 toRatio() 和 fromRatio() 换算",
    );
  });

  it('a text no builder made is kept as it is; known words are translated', () => {
    expect(templateOf('something else')).toBeUndefined();
    expect(chinese('something else')).toBe('something else');
    expect(chinese("indicator 'gdp'")).toBe("指标 'gdp'");
  });
});
