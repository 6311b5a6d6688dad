/**
 * The source document, its sections, and the erratum: where everything in `baotou13` comes
 * from.
 *
 * @internal
 * @module
 */
import type { Confidence } from '../../vocabulary.js';
import type { Building } from './defined.js';
import type { ErratumInput, ExternalSourceInput, ReportSourceInput, SourceDocumentInput } from './types.js';

/**
 * A quote from the report.
 *
 * @param section - `'preamble'` (the text before section I), `'I'`, `'II'`, `'III'` (a
 *   section's heading and opening paragraph) or an item such as `'II.a'`.
 * @param quote - The report's exact words (stray `?` characters left out).
 * @returns The source `{ kind: 'report', section, quote }`.
 */
export function report(section: string, quote: string): ReportSourceInput {
  return { kind: 'report', section, quote };
}

/**
 * A publication other than the report.
 *
 * @param name - What it is, who published it, and what kind of copy was read (a verbatim copy
 *   of a communiqué or work report, or a news report).
 * @param date - Its date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `undefined` where the copy read
 *   does not give it.
 * @param url - The address of the copy that was read, or `undefined` where none was recorded
 *   (the publication or a note then says where it was read).
 * @param quote - The passage relied on, in the publication's words (with a translation).
 * @param confidence - `'secondary'` (a copy, or a news report) unless read on the publisher's own page.
 * @returns The source `{ kind: 'external', publication, date?, url?, confidence, quote }`.
 */
export function publication(
  name: string,
  date: string | undefined,
  url: string | undefined,
  quote: string,
  confidence: Confidence = 'secondary',
): ExternalSourceInput {
  const source: Building<ExternalSourceInput> = { kind: 'external', publication: name };
  if (date !== undefined) source.date = date;
  if (url !== undefined) source.url = url;
  source.confidence = confidence;
  source.quote = quote;
  return source as ExternalSourceInput;
}

/** The abridged English work report, China Daily regional edition, 2016-03-22. */
export const document: SourceDocumentInput = {
  title: 'Abridged Baotou industrial work report for 13th Five-Year Plan',
  date: '2016-03-22',
  publisher: 'China Daily regional edition (Inner Mongolia / Baotou)',
  speaker: {
    name: 'Kang Shicun',
    role: { en: 'head of the municipal economic and information technology commission' },
  },
  office: { en: 'Baotou municipal economic and information technology commission', zh: '经信委' },
  language: 'en',
  notes: [
    'An abridged English report of a speech at a conference, published in the China Daily regional edition (Inner Mongolia / Baotou) on 2016-03-22; read in a copy of the China Daily page, http://yuzhongnet.com/m/innermongolia/baotou/2016-03/22/content_24048194.htm.',
    "Sections are cited as the report numbers them: 'preamble' is the text before section I; 'I', 'II', 'III' are a section's heading and opening paragraph; 'I.a' … 'III.d' its lettered items.",
    "Section II's goals are those of the 13th Five-Year Plan, so its targets are dated 2020, the last year of the plan period; the report does not write the year. The 2016 target (III.c) is dated by section III, 'Major work for 2016'.",
    "The report contains stray '?' characters where characters were lost in encoding; they carry no meaning, and quotes leave them out.",
    "Kang Shicun's Chinese name is not given by any source read, so none is recorded; 经信委 is the usual short Chinese name of a municipal economic and information technology commission (经济和信息化委员会).",
  ],
};

/** The one substantive mistake of the report: the 12th FYP's years. */
export const errata: ErratumInput[] = [
  {
    id: 'twelfth-fyp-period',
    section: 'preamble',
    says: '12th Five-year period (2016-20)',
    correction:
      'The 12th Five-Year Plan period is 2011–2015; 2016–2020 is the 13th, with base year 2015. The review of section I is dated 2011–2015 accordingly.',
    source: /* @__PURE__ */ report('preamble', 'the city’s achievements under the 12th Five-year period (2016-20)'),
  },
];
