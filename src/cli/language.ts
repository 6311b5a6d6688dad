/**
 * What the command line says in the language asked for: an error's message and each of its
 * issues with where it is, its own messages, and the library's texts it prints (caveats,
 * reasons). Chinese is written from what each message was built from (its key and arguments,
 * kept by the error: see `errorTemplates`), with the Chinese catalogue (src/messages.zh.ts),
 * loaded only for `--lang zh-CN`.
 *
 * @module
 */
import { errorTemplates, messages } from '../internal/library.js';
import type { PlanError } from '../errors.js';
import type { Locale } from '../vocabulary.js';
import { issueLocation } from './inputs.js';

/**
 * An error as the command line writes it.
 *
 * @example
 * ```ts
 * const said: ErrorText = { message: 'obs.csv: no such file', issues: [] };
 * ```
 */
export interface ErrorText {
  readonly message: string;
  /** Each problem of a validation error: where it is (`line 2, column 'value'`) and what it is. */
  readonly issues: readonly { readonly where: string; readonly message: string }[];
}

/** The Chinese catalogue, loaded when first asked for. */
const chineseCatalogue = () => import('../messages.zh.js');

/**
 * An error's message and issues in the language asked for; in Chinese, a message no builder
 * made stays as it is.
 *
 * @param error - The error.
 * @param locale - `'en'` or `'zh-CN'`.
 * @returns Its message and issues.
 *
 * @example
 * ```ts
 * (await errorText(new PlanError('NOT_FOUND', 'obs.csv: no such file'), 'en')).message; // → 'obs.csv: no such file'
 * ```
 */
export async function errorText(error: PlanError, locale: Locale): Promise<ErrorText> {
  const issues = error.issues.map((issue) => ({ where: issueLocation(error, issue.path), message: issue.message }));
  if (locale === 'en') return { message: error.message, issues };
  const { chinese, chineseOf } = await chineseCatalogue();
  const templates = errorTemplates(error);
  const inChinese = (text: string, template: Parameters<typeof chineseOf>[0] | undefined) =>
    template === undefined ? chinese(text) : chineseOf(template);
  return {
    message: inChinese(error.message, templates?.message),
    issues: issues.map((issue, i) => ({ where: chinese(issue.where), message: inChinese(issue.message, templates?.issues[i]) })),
  };
}

/**
 * A message of the command line's own in the language asked for (an internal error, a failed
 * write): the English catalogue's text, or the Chinese catalogue's.
 *
 * @param locale - `'en'` or `'zh-CN'`.
 * @param key - The key of the message.
 * @param args - Its arguments.
 * @returns The text.
 *
 * @example
 * ```ts
 * await said('zh-CN', 'cliHelpHint', 'baotou-plan'); // → "运行 'baotou-plan --help' 查看用法和示例"
 * ```
 */
export async function said<K extends 'cliHelpHint' | 'cliInternal' | 'cliWriteFailed'>(
  locale: Locale,
  key: K,
  ...args: Parameters<(typeof messages)[K]>
): Promise<string> {
  const catalogue = locale === 'en' ? messages : (await chineseCatalogue()).messagesZh;
  return (catalogue[key] as (...a: typeof args) => string)(...args);
}

/**
 * The writing of the library's texts (a caveat's message, a row's reason) in the language
 * asked for: as they are in English; in Chinese, each text a builder of the library made
 * lately is written from its key and arguments, other texts are kept.
 *
 * @param locale - `'en'` or `'zh-CN'`.
 * @returns A function from the English text to the text in that language.
 *
 * @example
 * ```ts
 * (await translator('zh-CN'))('for a growth rate'); // → '计算增长率时'
 * ```
 */
export async function translator(locale: Locale): Promise<(text: string) => string> {
  return locale === 'en' ? (text) => text : (await chineseCatalogue()).chinese;
}
