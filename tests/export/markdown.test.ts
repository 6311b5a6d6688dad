import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baotou13, baotouReported, baotouReportedIndicators } from '../../src/data/index.js';
import { toMarkdown } from '../../src/export/markdown.js';

const DOCS = fileURLToPath(new URL('../../docs/plan.md', import.meta.url));

describe('toMarkdown', () => {
  const md = toMarkdown(baotou13, { observations: baotouReported, observationIndicators: baotouReportedIndicators });

  it('docs/plan.md is what scripts/gen-plan-docs.mjs generates (run npm run docs:plan to update it)', () => {
    expect(readFileSync(DOCS, 'utf8')).toBe(md);
  });

  it('has a table for every part of the plan', () => {
    for (const heading of ['Source document', 'Errata', 'Principles', 'Strategies', 'Goals', 'Industrial layout', 'Commitments', 'Indicators', 'Targets', 'Facts', 'Tasks', 'Milestones', 'Reported figures']) {
      expect(md).toContain(`\n## ${heading}\n`);
    }
  });

  it('writes targets and facts with the report\'s comparators and words', () => {
    expect(md).toContain(
      '| `industrial-value-added-2020` | industrial value added | 2020 |  | level | ≥ 240 | bn-yuan |  | II.a | “have an industrial added value of 240-billion yuan” |',
    );
    expect(md).toContain('| `strategic-emerging-industries-share-2020` | strategic emerging industries\' share of industry | 2020 |  | level | ≈ 25 (about) | percent | ± 1 (absolute) | II.a |');
    // The report's "above 8 percent" (II.a): the symbol of the comparator it means, its word beside
    // it; a growth rate over a period with no form is read as an annual average.
    expect(md).toContain('| `industrial-value-added-growth-2020` | industrial value added, annual average growth | 2020 | 2016–2020 | annual-average | ≥ 8 (above) | percent-per-annum |');
    expect(md).toContain('| `review-pillar-industries-share` |');
    expect(md).toContain('| 2011–2015 | ≈ 60 | percent |');
    expect(md).toContain('| 2011–2015 | -37.5 | percent | industrial-energy-consumption-change | A | I.f |');
  });

  it('writes the reported figures with their period, status and vintage, and the whole each indicator is part of', () => {
    // Baotou News, English edition, 2019-11-11, after Baotou Daily of 6 November: January–September 2019.
    expect(md).toContain("| strategic emerging industries' share of industry | 2019-01–2019-09 | 22.3 | percent | A | 2019-11-06 |");
    // Baotou statistical communiqué 2020 (2021-04-06): the first level after the revision (B).
    expect(md).toContain('| gross domestic product (GDP) | 2020 | 2787.4 | 100m-yuan | B | 2021-04-06 | ');
    expect(md).toContain('| industrial value added, annual average growth | 2018–2021 | 11.8 | percent-per-annum | A | 2022-02 |');
    expect(md).toContain(
      '| `industrial-value-added` | industrial value added | 工业增加值 | bn-yuan | level | increase | unspecified |  | secondary-sector-value-added | industrial-value-added | current |  |',
    );
  });

  it('escapes pipes, backslashes and HTML in cells, and writes line breaks as <br>', () => {
    const plan = { ...baotou13, goals: [{ id: 'g', text: { en: 'a | b\nc <i>&\\' }, source: { kind: 'report' as const, section: 'II', quote: 'q' } }] };
    expect(toMarkdown(plan)).toContain('| `g` | a \\| b<br>c &lt;i&gt;&amp;\\\\ |  | II | “q” |');
  });

  it('escapes notes as it escapes cells', () => {
    const plan = { ...baotou13, targets: [{ ...baotou13.targets[0]!, note: 'one <b>\ntwo' }] };
    expect(toMarkdown(plan)).toContain('- `industrial-value-added-2020`: one &lt;b&gt;<br>two\n');
  });

  it('rejects what is not a plan, and unknown options', () => {
    expect(() => toMarkdown(null as never)).toThrowPlanError('INVALID_ARGUMENT', 'plan: expected a plan (what definePlan returns, or baotou13), got null');
    expect(() => toMarkdown(baotou13, { observation: [] } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      "options: unknown key 'observation'; did you mean 'observations'? allowed keys: observations, observationIndicators",
    );
    expect(() => toMarkdown(baotou13, { observations: 'x' } as never)).toThrowPlanError('INVALID_ARGUMENT', "options.observations: expected an array, got 'x'");
  });

  it('writes None for an empty list and leaves out reported figures unless given', () => {
    const md2 = toMarkdown({ ...baotou13, milestones: [] });
    expect(md2).toContain('## Milestones\n\n_None._\n');
    expect(md2).not.toContain('## Reported figures');
  });
});
