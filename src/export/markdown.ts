/**
 * The plan as a Markdown document: every part of it in tables, generated from the data
 * (docs/plan.md is written by `scripts/gen-plan-docs.mjs` with this function, and a test
 * checks that it is up to date).
 *
 * @module
 */
import type { Decimal } from '../decimal.js';
import { targetForm } from '../plan/form.js';
import { readObservationRecords } from '../plan/materialize.js';
import { readPlanArgument } from '../plan/readPlanArgument.js';
import type { Fact, Indicator, LocalizedText, Observation, Plan, SourceRef, Target } from '../plan/types.js';
import { describePeriod } from '../period.js';
import { invalidArgument } from '../errors.js';
import { isObject, optional, readArray, readObject, readOptions } from '../read.js';
import { COMPARATOR_SYMBOLS, QUALIFIER_SYMBOLS } from '../vocabulary.js';
import { markdownCell, markdownTable, type MarkdownCell } from './markdownTable.js';

/** Options of {@link toMarkdown}. @category Plan */
export interface MarkdownOptions {
  /** Reported figures to list after the plan (such as `baotouReported`). */
  readonly observations?: readonly Observation[];
  /** Indicators of those figures that the plan does not define (such as `baotouReportedIndicators`). */
  readonly observationIndicators?: readonly Indicator[];
}

const OPTION_KEYS = ['observations', 'observationIndicators'] as const;

type Row = readonly MarkdownCell[];

/** A table of `rows`, or `_None._` when there are none. */
function tableOf(header: readonly string[], rows: readonly Row[]): string {
  return rows.length === 0 ? '_None._\n' : markdownTable(header, rows);
}

function figure(sign: string, value: Decimal | undefined): string {
  if (value === undefined) return '';
  return sign === '' ? value.toFixed() : `${sign} ${value.toFixed()}`;
}

function years(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}

/** `English (中文)`, or the English alone. */
function bilingual(text: LocalizedText): string {
  return text.zh === undefined ? text.en : `${text.en} (${text.zh})`;
}

function quoted(text: string | undefined): string {
  return text === undefined ? '' : `“${text}”`;
}

/** Where a source is: the report's section, or the publication with its date, address and confidence. */
function where(source: SourceRef): string {
  if (source.kind === 'report') return source.section;
  return [source.publication, source.date, source.url, source.confidence].filter((part) => part !== undefined).join(', ');
}

/** The two last columns of most tables: where the source is, and its words. */
function sourced(source: SourceRef): [string, string] {
  return [where(source), quoted(source.quote)];
}

const INDICATOR = 'an indicator { id, name, unit, kind, …, definition }';

/** An indicator given with the observations: the fields a table reads, checked (the rest is written as given). */
function readIndicatorRecord(x: unknown, i: number): Indicator {
  const at = `options.observationIndicators[${i}]`;
  const o = readObject(x, at, INDICATOR);
  if (typeof o.id !== 'string' || !isObject(o.name) || typeof o.name.en !== 'string' || !isObject(o.definition)) throw invalidArgument(at, INDICATOR, x);
  return o as unknown as Indicator;
}

/** A list of notes after a table (`- \`id\`: note`), escaped as cells are; empty without notes. */
function notes(entries: readonly (readonly [string, string | undefined])[]): string {
  const lines = entries
    .filter(([, note]) => note !== undefined && note !== '')
    .map(([id, note]) => `- \`${id}\`: ${markdownCell(note)}`);
  return lines.length === 0 ? '' : `\nNotes:\n\n${lines.join('\n')}\n`;
}

/**
 * A target's cells after its id and indicator: year, period, form (as it is read: an annual
 * average for a growth rate over a period), comparator and value (with the source's wording
 * beside the symbol: `≥ 8 (above)`), unit, tolerance, source.
 */
function targetCells(t: Target, indicator: Indicator | undefined): Row {
  const tolerance = t.tolerance;
  const comparison = figure(COMPARATOR_SYMBOLS[t.comparator], t.value);
  return [
    t.year,
    t.period === undefined ? undefined : years(t.period.start, t.period.end),
    targetForm(t, indicator),
    t.wording === undefined ? comparison : `${comparison} (${t.wording})`,
    t.unit,
    tolerance === undefined ? undefined : tolerance.absolute !== undefined ? `± ${tolerance.absolute.toFixed()} (absolute)` : `± ${tolerance.relative.toFixed()} (relative)`,
    ...sourced(t.source),
  ];
}

/** A fact's row: id, subject, period, value (or what it states), unit, indicator, status, source. */
function factRow(f: Fact): Row {
  const value = f.value === undefined ? f.statement : figure(QUALIFIER_SYMBOLS[f.qualifier], f.value);
  return [`\`${f.id}\``, f.subject.en, years(f.period.start, f.period.end), value, f.unit, f.indicator, f.status, ...sourced(f.source)];
}

function indicatorTable(indicators: readonly Indicator[]): string {
  const table = tableOf(
    ['id', 'name', '中文', 'unit', 'kind', 'direction', 'nature', 'derived from', 'part of', 'concept', 'prices', 'scope'],
    indicators.map((i) => [
      `\`${i.id}\``,
      i.name.en,
      i.name.zh,
      i.unit,
      i.kind,
      i.direction,
      i.nature,
      [i.numerator === undefined ? undefined : `${i.numerator} ÷`, i.denominator, i.growthOf === undefined ? undefined : `growth of ${i.growthOf}`]
        .filter((part) => part !== undefined)
        .join(' '),
      i.partOf,
      i.concept,
      i.definition.priceBasis,
      i.definition.scope,
    ]),
  );
  return table + notes(indicators.map((i) => [i.id, i.definition.notes?.join(' ')] as const));
}

/**
 * Write a plan as Markdown: source document and period, errata, principles, strategies,
 * goals, layout, commitments, indicators (with their definitions, the whole each is part of
 * and the concept it shares with other plans), targets (their form, and the comparator's
 * symbol with the source's wording beside it: `≥ 8 (above)`), facts, tasks and milestones —
 * each a table, with the report's section and exact words, or `_None._` for a section the plan
 * leaves out —
 * and, if given, reported figures with their period (a year, years or months), status and
 * vintage. Values are written exactly in plain notation. Cells are escaped
 * (pipes, backslashes, `&`, `<`, `>`; line breaks become `<br>`), so no text of the data
 * becomes markup. The output depends only on its arguments, so a generated file can be
 * checked for staleness.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param options - `observations` and `observationIndicators`: reported figures to append.
 * @returns The Markdown text, ending in a newline.
 * @throws `PlanError` `INVALID_ARGUMENT` when `plan` is not a plan, or `options` not
 *   `{ observations?, observationIndicators? }` with arrays.
 *
 * @example
 * ```ts
 * const md = toMarkdown(baotou13, { observations: baotouReported, observationIndicators: baotouReportedIndicators });
 * md.includes('| `industrial-value-added-2020` | industrial value added | 2020 |  | level | ≥ 240 | bn-yuan |'); // → true
 * toMarkdown(baotou13, { observation: baotouReported }); // throws PlanError INVALID_ARGUMENT
 * ```
 *
 * @category Plan
 */
export function toMarkdown(plan: Plan, options?: MarkdownOptions): string {
  plan = readPlanArgument(plan);
  const given = readOptions(options, 'options', OPTION_KEYS);
  const observations = optional(given.observations, (x) => readObservationRecords(x, 'options.observations'));
  const extra = optional(given.observationIndicators, (x) => readArray(x, 'options.observationIndicators').map(readIndicatorRecord), []);
  const d = plan.document;
  const names = new Map([...plan.indicators, ...extra].map((i) => [i.id, i.name.en]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const region = plan.region === undefined ? '' : `${markdownCell(bilingual(plan.region))}, `;
  const parts: string[] = [
    `# ${markdownCell(plan.title.en)}\n\n<!-- Generated from the data by toMarkdown() (scripts/gen-plan-docs.mjs); do not edit by hand. -->\n\n` +
      `Plan \`${plan.id}\`: ${region}${years(plan.period.start, plan.period.end)}, base year ${plan.baseYear}.\n`,
  ];
  /** A section: its heading, a table of one row per item, and what follows the table. */
  const part = <T,>(title: string, header: readonly string[], items: readonly T[], row: (item: T) => Row, after = ''): void => {
    parts.push(`## ${title}\n\n${tableOf(header, items.map(row))}${after}`);
  };

  const fields: [string, string | undefined][] =
    d === undefined
      ? []
      : [
          ['title', d.title],
          ['date', d.date],
          ['publisher', d.publisher],
          ['speaker', d.speaker === undefined ? undefined : `${d.speaker.name}, ${d.speaker.role.en}`],
          ['office', d.office === undefined ? undefined : bilingual(d.office)],
          ['language', d.language],
        ];
  const documentNotes = d?.notes === undefined || d.notes.length === 0 ? '' : `\n${d.notes.map((n) => `- ${markdownCell(n)}`).join('\n')}\n`;
  part('Source document', ['field', 'value'], fields.filter(([, value]) => value !== undefined), (field) => field, documentNotes);

  part('Errata', ['id', 'section', 'the source says', 'correction', 'quote'], plan.errata, (e) => [
    `\`${e.id}\``,
    e.section,
    e.says,
    e.correction,
    quoted(e.source.quote),
  ]);
  part('Principles', ['id', 'name', '中文', 'source', 'quote'], plan.principles, (p) => [`\`${p.id}\``, p.name.en, p.name.zh, ...sourced(p.source)]);
  part('Strategies', ['id', 'name', 'scope', 'description', 'sources'], plan.strategies, (s) => [
    `\`${s.id}\``,
    s.name,
    s.scope,
    s.description ?? '(not described by any source)',
    s.sources.map((src) => sourced(src).filter((text) => text !== '').join(' ')).join('; '),
  ]);
  part('Goals', ['id', 'goal', '中文', 'source', 'quote'], plan.goals, (g) => [`\`${g.id}\``, g.text.en, g.text.zh, ...sourced(g.source)]);
  part('Industrial layout', ['id', 'direction', 'label', 'industries', 'source', 'quote'], plan.layout, (z) => [
    `\`${z.id}\``,
    z.direction,
    z.label.en,
    z.industries.map((i) => i.en).join(', '),
    ...sourced(z.source),
  ]);
  part(
    'Commitments',
    ['id', 'kind', 'count', 'theme', 'named members', 'enumerated', 'sources'],
    plan.commitments,
    (c) => [
      `\`${c.id}\``,
      c.kind,
      c.count,
      c.theme.en,
      c.members.length === 0 ? '(none named)' : c.members.map((m) => `${m.name.en} (${m.sources.map(where).join(', ')})`).join('; '),
      c.enumerated ? 'yes' : 'no',
      c.sources.map(where).join('; '),
    ],
    notes([
      ...plan.commitments.map((c) => [c.id, c.note] as const),
      ...plan.commitments.flatMap((c) => c.members.map((m) => [`${c.id}/${m.id}`, m.note] as const)),
    ]),
  );
  parts.push(`## Indicators\n\n${indicatorTable(plan.indicators)}`);
  const targetRow = (t: Target): Row => [`\`${t.id}\``, names.get(t.indicator) ?? t.indicator, ...targetCells(t, indicators.get(t.indicator))];
  const targetNotes = notes(plan.targets.map((t) => [t.id, t.note] as const));
  part('Targets', ['id', 'indicator', 'year', 'period', 'form', 'target', 'unit', 'tolerance', 'section', 'quote'], plan.targets, targetRow, targetNotes);
  const factNotes = notes(plan.facts.map((f) => [f.id, `${f.definition?.scope === undefined ? '' : `Scope: ${f.definition.scope}. `}${f.note ?? ''}`.trim()] as const));
  part('Facts', ['id', 'subject', 'period', 'value', 'unit', 'indicator', 'status', 'section', 'quote'], plan.facts, factRow, factNotes);
  part('Tasks', ['id', 'period', 'task', 'industries', 'section', 'quote'], plan.tasks, (t) => [
    `\`${t.id}\``,
    years(t.period.start, t.period.end),
    t.title.en,
    t.industries.map((i) => i.en).join(', '),
    ...sourced(t.source),
  ]);
  part('Milestones', ['id', 'due', 'milestone', 'task', 'section', 'quote'], plan.milestones, (m) => [
    `\`${m.id}\``,
    m.due,
    m.description.en,
    m.task,
    ...sourced(m.source),
  ]);

  if (observations !== undefined) {
    part(
      'Reported figures',
      ['indicator', 'period', 'value', 'unit', 'status', 'vintage', 'scope', 'prices', 'source', 'note'],
      observations,
      (o) => [
        names.get(o.indicator) ?? o.indicator,
        o.year ?? (o.period === undefined ? undefined : describePeriod(o.period)),
        figure(QUALIFIER_SYMBOLS[o.qualifier ?? 'exact'] ?? '', o.value),
        o.unit,
        o.status,
        o.vintage,
        o.definition?.scope,
        o.definition?.priceBasis,
        o.source === undefined ? undefined : where(o.source),
        o.note,
      ],
      extra.length === 0 ? '' : `\n### Indicators of the reported figures not defined by the plan\n\n${indicatorTable(extra)}`,
    );
  }

  return parts.join('\n');
}
