/**
 * The library's own texts (a verdict's reason, a caveat, an error and its issues) in the
 * page's language, as the command line writes them for `--lang zh-CN`: in Chinese, each text
 * is written again from what the library built it from, with the Chinese catalogue. The
 * package does not export that catalogue (src/messages.zh.ts, with `errorTemplates` of
 * src/errors.ts): the page imports it from the source, a chunk of its own loaded the first
 * time Chinese is chosen.
 */
import type { Locale, PlanError } from 'baotou-plan';
import { errorTemplates } from '../../src/errors.js';
import { rememberTexts, type MessageTemplate } from '../../src/messages.js';

type Catalogue = typeof import('../../src/messages.zh.js');

/** The Chinese catalogue, once loaded. */
let chinese: Catalogue | null = null;

/**
 * Load what a language needs before the page is written in it.
 *
 * @param locale - The language.
 */
export async function loadLanguage(locale: Locale): Promise<void> {
  // The page may switch to Chinese after its texts are made: remember what each is built from.
  rememberTexts();
  if (locale === 'zh-CN' && chinese === null) chinese = await import('../../src/messages.zh.js');
}

/**
 * A text of the library in a language: as it is in English; in Chinese, from the template it
 * was made from where there is one, else from the catalogue's memory of texts made lately.
 *
 * @param english - The text.
 * @param locale - The language.
 * @param template - What the text was built from, when the error kept it.
 * @returns The text in that language (English where no Chinese is known).
 */
export function libraryText(english: string, locale: Locale, template?: MessageTemplate): string {
  if (locale === 'en' || chinese === null) return english;
  return template === undefined ? chinese.chinese(english) : chinese.chineseOf(template);
}

/**
 * The message of an error and of each of its issues in a language.
 *
 * @param error - A `PlanError`.
 * @param locale - The language.
 * @returns Its message and its issues' messages, in order.
 */
export function errorTexts(error: PlanError, locale: Locale): { readonly message: string; readonly issues: readonly string[] } {
  const templates = locale === 'en' ? undefined : errorTemplates(error);
  return {
    message: libraryText(error.message, locale, templates?.message),
    issues: error.issues.map((issue, i) => libraryText(issue.message, locale, templates?.issues[i])),
  };
}
