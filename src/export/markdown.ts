/**
 * The plan as a Markdown document: every part of it in tables, generated from the data
 * (docs/plan.md is written by `scripts/gen-plan-docs.mjs` with this function, and a test
 * checks that it is up to date).
 *
 * @module
 */
import type { Decimal } from '../decimal.js';
import type { Comparator, Indicator, Observation, Plan, Qualifier, SourceRef } from '../plan/types.js';

/** Options of {@link toMarkdown}. @category Plan */
export interface MarkdownOptions {
  /** Reported figures to list after the plan (such as `baotouReported`). */
  readonly observations?: readonly Observation[];
  /** Indicators of those figures that the plan does not define (such as `baotouReportedIndicators`). */
  readonly observationIndicators?: readonly Indicator[];
}

const COMPARATOR_SIGNS: Readonly<Record<Comparator, string>> = {
  atLeast: '≥',
  above: '>',
  atMost: '≤',
  below: '<',
  approximately: '≈',
};
const QUALIFIER_SIGNS: Readonly<Record<Qualifier, string>> = { exact: '', about: '≈', moreThan: '>', lessThan: '<' };

/** A table cell: pipes escaped, line breaks folded, absent as an empty cell. */
function cell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

function tableOf(header: readonly string[], rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  if (rows.length === 0) return '_None._\n';
  const line = (cells: readonly (string | number | undefined | null)[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

function figure(sign: string, value: Decimal | undefined): string {
  if (value === undefined) return '';
  return sign === '' ? value.toFixed() : `${sign} ${value.toFixed()}`;
}

function years(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}

function quoted(text: string | undefined): string {
  return text === undefined ? '' : `“${text}”`;
}

function where(source: SourceRef): string {
  if (source.kind === 'report') return source.section;
  return [source.publication, source.date, source.confidence].filter((part) => part !== undefined).join(', ');
}

function notes(entries: readonly (readonly [string, string | undefined])[]): string {
  const lines = entries.filter(([, note]) => note !== undefined && note !== '').map(([id, note]) => `- \`${id}\`: ${note ?? ''}`);
  return lines.length === 0 ? '' : `\nNotes:\n\n${lines.join('\n')}\n`;
}

function indicatorTable(indicators: readonly Indicator[]): string {
  return tableOf(
    ['id', 'name', '中文', 'unit', 'kind', 'direction', 'nature', 'derived from', 'prices', 'scope'],
    indicators.map((i) => [
      `\`${i.id}\``,
      i.name.en,
      i.name.zh,
      i.unit,
      i.kind,
      i.direction,
      i.nature,
      [
        i.numerator === undefined ? undefined : `${i.numerator} ÷`,
        i.denominator,
        i.growthOf === undefined ? undefined : `growth of ${i.growthOf}`,
      ]
        .filter((part) => part !== undefined)
        .join(' '),
      i.definition.priceBasis,
      i.definition.scope,
    ]),
  );
}

function indicatorNotes(indicators: readonly Indicator[]): string {
  return notes(indicators.map((i) => [i.id, i.definition.notes?.join(' ')] as const));
}

/**
 * Write a plan as Markdown: source document and period, errata, principles, strategies,
 * goals, layout, commitments, indicators (with their definitions), targets, facts, tasks
 * and milestones — each a table, with the report's section and exact words — and, if
 * given, reported figures. Values are written exactly in plain notation. The output depends
 * only on its arguments, so a generated file can be checked for staleness.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param options - `observations` and `observationIndicators`: reported figures to append.
 * @returns The Markdown text, ending in a newline.
 *
 * @example
 * ```ts
 * const md = toMarkdown(baotou13, { observations: baotouReported, observationIndicators: baotouReportedIndicators });
 * md.includes('| `industrial-value-added-2020` |'); // → true
 * ```
 *
 * @category Plan
 */
export function toMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const d = plan.document;
  const names = new Map([...plan.indicators, ...(options.observationIndicators ?? [])].map((i) => [i.id, i.name.en]));
  const parts: string[] = [];
  const section = (title: string, body: string): void => {
    parts.push(`## ${title}\n\n${body}`);
  };

  parts.push(
    `# ${plan.title.en}\n\n<!-- Generated from the data by toMarkdown() (scripts/gen-plan-docs.mjs); do not edit by hand. -->\n\n` +
      `Plan \`${plan.id}\`: ${plan.region.en}${plan.region.zh === undefined ? '' : ` (${plan.region.zh})`}, ` +
      `${years(plan.period.start, plan.period.end)}, base year ${plan.baseYear}.\n`,
  );

  section(
    'Source document',
    tableOf(
      ['field', 'value'],
      [
        ['title', d.title],
        ['date', d.date],
        ['publisher', d.publisher],
        ['speaker', d.speaker === undefined ? undefined : `${d.speaker.name}, ${d.speaker.role.en}`],
        ['office', d.office === undefined ? undefined : `${d.office.en}${d.office.zh === undefined ? '' : ` (${d.office.zh})`}`],
        ['language', d.language],
      ].filter(([, value]) => value !== undefined),
    ) + (d.notes === undefined || d.notes.length === 0 ? '' : `\n${d.notes.map((n) => `- ${n}`).join('\n')}\n`),
  );

  section(
    'Errata',
    tableOf(
      ['id', 'section', 'the source says', 'correction', 'quote'],
      plan.errata.map((e) => [`\`${e.id}\``, e.section, e.says, e.correction, quoted(e.source.quote)]),
    ),
  );

  section(
    'Principles',
    tableOf(
      ['id', 'name', '中文', 'source', 'quote'],
      plan.principles.map((p) => [`\`${p.id}\``, p.name.en, p.name.zh, where(p.source), quoted(p.source.quote)]),
    ),
  );

  section(
    'Strategies',
    tableOf(
      ['id', 'name', 'scope', 'description', 'sources'],
      plan.strategies.map((s) => [
        `\`${s.id}\``,
        s.name,
        s.scope,
        s.description ?? '(not described by any source)',
        s.sources.map((src) => [where(src), quoted(src.quote)].filter((part) => part !== '').join(' ')).join('; '),
      ]),
    ),
  );

  section(
    'Goals',
    tableOf(['id', 'goal', '中文', 'source', 'quote'], plan.goals.map((g) => [`\`${g.id}\``, g.text.en, g.text.zh, where(g.source), quoted(g.source.quote)])),
  );

  section(
    'Industrial layout',
    tableOf(
      ['id', 'direction', 'label', 'industries', 'source', 'quote'],
      plan.layout.map((z) => [`\`${z.id}\``, z.direction, z.label.en, z.industries.map((i) => i.en).join(', '), where(z.source), quoted(z.source.quote)]),
    ),
  );

  section(
    'Commitments',
    tableOf(
      ['id', 'kind', 'count', 'theme', 'named members', 'enumerated', 'sources'],
      plan.commitments.map((c) => [
        `\`${c.id}\``,
        c.kind,
        c.count,
        c.theme.en,
        c.members.length === 0 ? '(none named)' : c.members.map((m) => `${m.name.en} (${m.sources.map(where).join(', ')})`).join('; '),
        c.enumerated ? 'yes' : 'no',
        c.sources.map(where).join('; '),
      ]),
    ) +
      notes([
        ...plan.commitments.map((c) => [c.id, c.note] as const),
        ...plan.commitments.flatMap((c) => c.members.map((m) => [`${c.id}/${m.id}`, m.note] as const)),
      ]),
  );

  section('Indicators', indicatorTable(plan.indicators) + indicatorNotes(plan.indicators));

  section(
    'Targets',
    tableOf(
      ['id', 'indicator', 'year', 'period', 'target', 'unit', 'tolerance', 'section', 'quote'],
      plan.targets.map((t) => [
        `\`${t.id}\``,
        names.get(t.indicator) ?? t.indicator,
        t.year,
        t.period === undefined ? undefined : years(t.period.start, t.period.end),
        figure(COMPARATOR_SIGNS[t.comparator], t.value),
        t.unit,
        t.tolerance === undefined
          ? undefined
          : t.tolerance.absolute !== undefined
            ? `± ${t.tolerance.absolute.toFixed()} (absolute)`
            : `± ${t.tolerance.relative.toFixed()} (relative)`,
        where(t.source),
        quoted(t.source.quote),
      ]),
    ) + notes(plan.targets.map((t) => [t.id, t.note] as const)),
  );

  section(
    'Facts',
    tableOf(
      ['id', 'subject', 'period', 'value', 'unit', 'indicator', 'status', 'section', 'quote'],
      plan.facts.map((f) => [
        `\`${f.id}\``,
        f.subject.en,
        years(f.period.start, f.period.end),
        f.value === undefined ? f.statement : figure(QUALIFIER_SIGNS[f.qualifier], f.value),
        f.unit,
        f.indicator,
        f.status,
        where(f.source),
        quoted(f.source.quote),
      ]),
    ) +
      notes(
        plan.facts.map((f) => {
          const scope = f.definition?.scope === undefined ? '' : `Scope: ${f.definition.scope}. `;
          const text = `${scope}${f.note ?? ''}`.trim();
          return [f.id, text === '' ? undefined : text] as const;
        }),
      ),
  );

  section(
    'Tasks',
    tableOf(
      ['id', 'period', 'task', 'industries', 'section', 'quote'],
      plan.tasks.map((t) => [`\`${t.id}\``, years(t.period.start, t.period.end), t.title.en, t.industries.map((i) => i.en).join(', '), where(t.source), quoted(t.source.quote)]),
    ),
  );

  section(
    'Milestones',
    tableOf(
      ['id', 'due', 'milestone', 'task', 'section', 'quote'],
      plan.milestones.map((m) => [`\`${m.id}\``, m.due, m.description.en, m.task, where(m.source), quoted(m.source.quote)]),
    ),
  );

  const observations = options.observations;
  if (observations !== undefined) {
    const extra = options.observationIndicators ?? [];
    section(
      'Reported figures',
      tableOf(
        ['indicator', 'year', 'value', 'unit', 'scope', 'prices', 'source', 'note'],
        observations.map((o) => [
          names.get(o.indicator) ?? o.indicator,
          o.year ?? (o.period === undefined ? undefined : years(o.period.start, o.period.end)),
          figure(QUALIFIER_SIGNS[o.qualifier ?? 'exact'], o.value),
          o.unit,
          o.definition?.scope,
          o.definition?.priceBasis,
          o.source === undefined ? undefined : where(o.source),
          o.note,
        ]),
      ) +
        (extra.length === 0
          ? ''
          : `\n### Indicators of the reported figures not defined by the plan\n\n${indicatorTable(extra)}${indicatorNotes(extra)}`),
    );
  }

  return parts.join('\n');
}
