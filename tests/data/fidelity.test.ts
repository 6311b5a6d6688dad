/**
 * Proof of fidelity: every figure of the report is in the dataset, cited from the section it
 * is in; every quote of the dataset is in the report, in the section it cites; every figure
 * of the dataset is in its own quote, with the report's own word for its comparator.
 */
import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import type { Plan, SourceRef } from '../../src/plan/types.js';
import { figures, normalize, seedText, sections, type Token } from './report.js';

const text = sections();

/** A record of the dataset that cites the report, and the figures it holds. */
interface Cited {
  readonly what: string;
  readonly sections: readonly string[];
  readonly numbers: readonly string[];
  readonly record: unknown;
}

function reportSections(sources: readonly SourceRef[]): string[] {
  return sources.flatMap((s) => (s.kind === 'report' ? [s.section] : []));
}

function cited(plan: Plan): Cited[] {
  const abs = (v: { abs(): { toFixed(): string } }) => v.abs().toFixed();
  return [
    ...plan.principles.map((p) => ({ what: `principle ${p.id}`, sections: reportSections([p.source]), numbers: [], record: p })),
    ...plan.strategies.map((s) => ({ what: `strategy ${s.id}`, sections: reportSections(s.sources), numbers: [s.name], record: s })),
    ...plan.goals.map((g) => ({ what: `goal ${g.id}`, sections: reportSections([g.source]), numbers: [], record: g })),
    ...plan.layout.map((z) => ({ what: `zone ${z.id}`, sections: reportSections([z.source]), numbers: [], record: z })),
    ...plan.commitments.map((c) => ({ what: `commitment ${c.id}`, sections: reportSections(c.sources), numbers: [String(c.count)], record: c })),
    ...plan.commitments.flatMap((c) =>
      c.members.map((m) => ({ what: `member ${m.id}`, sections: reportSections(m.sources), numbers: [], record: m })),
    ),
    ...plan.targets.map((t) => ({
      what: `target ${t.id}`,
      sections: reportSections([t.source]),
      numbers: [abs(t.value), String(t.year), ...(t.period === undefined ? [] : [String(t.period.start), String(t.period.end)])],
      record: t,
    })),
    ...plan.facts.map((f) => ({
      what: `fact ${f.id}`,
      sections: reportSections([f.source]),
      numbers: [...(f.value === undefined ? [] : [abs(f.value)]), String(f.period.start), String(f.period.end)],
      record: f,
    })),
    ...plan.tasks.map((t) => ({
      what: `task ${t.id}`,
      sections: reportSections([t.source]),
      numbers: [String(t.period.start), String(t.period.end)],
      record: t,
    })),
    ...plan.milestones.map((m) => ({ what: `milestone ${m.id}`, sections: reportSections([m.source]), numbers: [m.due.slice(0, 4)], record: m })),
    ...plan.errata.map((e) => ({ what: `erratum ${e.id}`, sections: [e.section, ...reportSections([e.source])], numbers: [], record: e })),
  ];
}

const records = cited(baotou13);

/** Records citing `section` or one of its items (a heading's figures may be detailed in its items). */
function citing(section: string): Cited[] {
  return records.filter((r) => r.sections.some((s) => s === section || s.startsWith(`${section}.`)));
}

/**
 * How a token of the report is found in the dataset; `undefined` when it is, else why not.
 * Tokens that are not figures are recognised here with the reason.
 */
function explain(section: string, token: Token, sectionText: string): string | undefined {
  const here = citing(section);
  // The plan ordinals: "13th Five-Year Plan" is the plan itself, "12th Five-Year Plan" the reviewed one.
  if (token.kind === 'ordinal' && token.fivePlan) {
    if (token.value === '13') {
      return baotou13.document?.title.includes('13th') === true && baotou13.period.start === 2016 && baotou13.period.end === 2020
        ? undefined
        : 'the 13th FYP is not the plan';
    }
    if (token.value === '12') {
      const review = records.filter((r) => r.what.startsWith('fact ') && r.sections.some((s) => s.startsWith('I.')));
      const all = review.every((r) => {
        const f = r.record as Plan['facts'][number];
        return f.id === 'review-low-carbon-pilot-city' || (f.period.start === 2011 && f.period.end === 2015);
      });
      return all && review.length > 0 ? undefined : 'the 12th FYP review is not dated 2011–2015';
    }
    return `unknown plan ordinal ${token.raw}`;
  }
  // "(2016-20)": the plan period, or a mistake recorded as an erratum of this section.
  if (token.kind === 'period') {
    const erratum = baotou13.errata.some((e) => e.section === section && e.says.includes(token.raw));
    const isPlan = token.start === baotou13.period.start && token.end === baotou13.period.end;
    if (section === 'preamble') return erratum ? undefined : `no erratum for '${token.raw}' in ${section}`;
    return isPlan ? undefined : `period ${token.raw} is not the plan period`;
  }
  // "100s of billions", "hundreds of billions": an order of magnitude, kept in the parks' theme.
  if ((token.kind === 'number' && token.suffix === 's') || (token.kind === 'word' && token.value === '100s')) {
    const parks = here.find((r) => (r.record as { kind?: string }).kind === 'park');
    return parks !== undefined && /hundreds of billions/.test((parks.record as Plan['commitments'][number]).theme.en)
      ? undefined
      : 'the parks commitment does not cite this section with its theme';
  }
  // "3D printing": part of an industry's name.
  if (token.kind === 'number' && token.suffix === 'D') {
    return here.some((r) => (r.record as Partial<Plan['tasks'][number]>).industries?.some((i) => i.en === `${token.raw} printing`))
      ? undefined
      : 'no task names 3D printing';
  }
  // "per 10,000-yuan": the 10⁴ of the intensity unit.
  if (token.value === '10000') {
    return here.some((r) => (r.record as Partial<Plan['targets'][number]>).unit === 'tce-per-10k-yuan')
      ? undefined
      : 'no target in tce per 10,000 yuan';
  }
  // "two sides": the name of a layout zone ("two sides for coal chemicals").
  if (token.kind === 'word' && token.value === '2' && /two sides/.test(sectionText)) {
    return baotou13.layout.some((z) => z.label.en === 'two sides') ? undefined : "no zone 'two sides'";
  }
  // "one of the first pilot cities": an idiom, not a count or a rank; kept in the fact's statement.
  if (token.kind === 'word' && (token.value === '1' || token.value === '1st') && /one of the first/.test(sectionText)) {
    return baotou13.facts.some((f) => f.statement?.includes('one of the first')) ? undefined : 'no statement';
  }
  // Every other figure: a record citing this section holds it.
  const value = token.value.replace(/^(\d+)(st|nd|rd|th)$/i, '$1');
  const normalized = value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  return here.some((r) => r.numbers.includes(normalized)) ? undefined : `${token.raw} (${normalized}) is in no record citing ${section}`;
}

describe('the seed', () => {
  it('splits into the sections the dataset cites', () => {
    expect([...text.keys()]).toEqual(
      ['title', 'preamble', 'I', 'I.a', 'I.b', 'I.c', 'I.d', 'I.e', 'I.f', 'II', 'II.a', 'II.b', 'III', 'III.a', 'III.b', 'III.c', 'III.d'],
    );
    expect(seedText.length).toBeGreaterThan(5000);
  });
});

describe('every figure of the report is in the dataset', () => {
  for (const [section, body] of text) {
    const tokens = figures(body);
    it(`${section}: ${tokens.map((t) => t.raw).join(', ') || '(no figures)'}`, () => {
      const problems = tokens.map((t) => explain(section, t, body)).filter((p) => p !== undefined);
      expect(problems).toEqual([]);
    });
  }

  it('leaves no digit unread', () => {
    for (const body of text.values()) {
      const covered = figures(body)
        .filter((t) => t.kind !== 'word')
        .map((t) => t.raw.replace(/\D/g, ''))
        .join('');
      expect(covered).toBe(body.replace(/\D/g, ''));
    }
  });

  it('reads the tricky spellings as intended', () => {
    const raw = (s: string) => figures(s).map((t) => [t.kind, 'value' in t ? t.value : `${t.start}-${t.end}`]);
    expect(raw('ranking 4thamong 52')).toEqual([['ordinal', '4'], ['number', '52']]);
    expect(raw('by 13-percent and 115.7-billion-yuan')).toEqual([['number', '13'], ['number', '115.7']]);
    expect(raw('with 100s of billions, per 10,000-yuan')).toEqual([['number', '100'], ['number', '10000']]);
    expect(raw('12th Five-year period (2016-20); Plan (2016 - 20)')).toEqual([['ordinal', '12'], ['period', '2016-2020'], ['period', '2016-2020']]);
    expect(raw('the 13TH Five-year Plan, nine parks')).toEqual([['ordinal', '13'], ['word', '9']]);
  });
});

describe('every quote of the dataset is in the report', () => {
  const quotes = records.flatMap((r) => {
    const sources: SourceRef[] = [];
    const rec = r.record as { source?: SourceRef; sources?: readonly SourceRef[] };
    if (rec.source !== undefined) sources.push(rec.source);
    if (rec.sources !== undefined) sources.push(...rec.sources);
    return sources.flatMap((s) => (s.kind === 'report' ? [{ what: r.what, section: s.section, quote: s.quote }] : []));
  });

  it('there are quotes for every part of the plan', () => {
    expect(quotes.length).toBeGreaterThan(50);
  });

  it('each quote occurs in the section it cites, ignoring stray ? characters', () => {
    const missing = quotes.filter((q) => !(text.get(q.section) ?? '').includes(normalize(q.quote)));
    expect(missing).toEqual([]);
  });

  it('quotes carry no stray ? characters', () => {
    expect(quotes.filter((q) => q.quote.includes('?'))).toEqual([]);
  });
});

describe('every figure of the dataset is in its own quote', () => {
  const quoteNumbers = (quote: string) =>
    figures(quote).flatMap((t) => ('value' in t ? [t.value.replace(/^(\d+)(st|nd|rd|th)$/i, '$1')] : []));

  it('targets: value and the wording of the comparator, read by the convention', () => {
    for (const t of baotou13.targets) {
      expect(t.source.kind).toBe('report');
      const quote = t.source.kind === 'report' ? t.source.quote : '';
      expect(quoteNumbers(quote), t.id).toContain(t.value.toFixed());
      if (t.wording === undefined) {
        expect(quote, t.id).not.toMatch(/\b(above|more than|about|down to|reaching)\b/);
        expect(t.note, `${t.id}: a floor read from a bare figure needs a note`).toBeDefined();
      } else {
        // The report's word, right before its figure ("above 8 percent", "down to 1.3").
        expect(quote, t.id).toContain(`${t.wording} ${t.value.toFixed()}`);
        // English "above", "more than" and "reaching" render 以上 / 达到 and read as floors (Civil
        // Code of the PRC, art. 1259); "down to" renders 以下, a ceiling; "about" is 左右.
        const meaning = { above: 'atLeast', 'more than': 'atLeast', reaching: 'atLeast', 'down to': 'atMost', about: 'approximately' } as Record<string, string>;
        expect(t.comparator, t.id).toBe(meaning[t.wording]);
      }
    }
  });

  /** The figures directly after a qualifying word ("about 60", "above 10-billion", "down to 1.3"), by word. */
  const qualified = (quote: string) =>
    [...quote.matchAll(/\b(about|above|more than|breaking|down to)\s+(\S+)/g)].map((m) => ({
      word: m[1],
      values: quoteNumbers(m[2] ?? ''),
    }));
  const wordsBefore = (quote: string, value: string) => qualified(quote).filter((q) => q.values.includes(value)).map((q) => q.word);

  it('facts: value and qualifier words', () => {
    for (const f of baotou13.facts) {
      const quote = f.source.kind === 'report' ? f.source.quote : '';
      if (f.value === undefined) continue;
      const value = f.value.abs().toFixed();
      expect(quoteNumbers(quote), f.id).toContain(value);
      const words = wordsBefore(quote, value);
      const expected = { exact: [], about: ['about'], moreThan: ['above', 'more than', 'breaking'], lessThan: [] }[f.qualifier];
      if (expected.length === 0) expect(words, f.id).toEqual([]);
      else expect(expected, f.id).toContain(words[0]);
      if (f.value.isNegative()) expect(quote, f.id).toMatch(/\bfell\b/);
    }
  });

  it('targets: no other qualifying word stands before the figure', () => {
    for (const t of baotou13.targets) {
      const quote = t.source.kind === 'report' ? t.source.quote : '';
      const words = wordsBefore(quote, t.value.toFixed());
      expect(words, t.id).toEqual(t.wording === undefined || t.wording === 'reaching' ? [] : [t.wording]);
    }
  });

  it('commitments: the count in every quote', () => {
    for (const c of baotou13.commitments) {
      for (const s of c.sources) {
        if (s.kind === 'report') expect(quoteNumbers(s.quote), `${c.id} ${s.section}`).toContain(String(c.count));
      }
    }
  });
});
