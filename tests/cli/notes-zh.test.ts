/**
 * `scorecard --lang zh-CN` writes the notes under its table in Chinese: no English word is
 * left other than ids (quoted or not), unit ids, OBS_STATUS codes, the field name partOf and
 * proper names in Latin script.
 */
import { describe, expect, it } from 'vitest';
import { baotou13, china13 } from '../../src/data/index.js';
import { UNIT_IDS } from '../../src/units/index.js';
import { run } from './helpers.js';

/** Ids, unit ids and names that the notes may write in Latin script. */
const KEPT = new Set<string>([
  ...[baotou13, china13].flatMap((p) => [p.id, ...p.indicators.map((i) => i.id), ...p.targets.map((t) => t.id)]),
  ...UNIT_IDS,
  'partOf',
]);

/**
 * The runs of Latin words in a text (`'not met'`, `'billion yuan'`) other than those it may
 * keep: a quoted id, an OBS_STATUS code, an id, a unit id or a name of `KEPT`.
 */
function latinRuns(text: string): string[] {
  const rest = text.replace(/'[^']*'/g, '|').replace(/OBS_STATUS [A-Z]\b/g, '|');
  const runs = rest.match(/[A-Za-z][A-Za-z0-9-]*(?:[ ,.]+[A-Za-z][A-Za-z0-9-]*)*/g) ?? [];
  return runs.map((r) => r.split(/[ ,.]+/).filter((word) => !KEPT.has(word) && word.length > 1).join(' ')).filter((r) => r !== '');
}

/** The numbered notes under a table, each on one line (a note wraps at 80 columns). */
function notesOf(stdout: string): string[] {
  const notes: string[] = [];
  for (const line of stdout.split('\n')) {
    if (/^\d+\. /.test(line)) notes.push(line);
    else if (notes.length > 0 && line !== '') notes[notes.length - 1] += ` ${line}`;
  }
  return notes;
}

describe('latinRuns', () => {
  it('finds English words and keeps ids, codes and unit ids', () => {
    expect(latinRuns("没有 'gdp' 2020 年的观测值（OBS_STATUS P）")).toEqual([]);
    expect(latinRuns('gdp-2020（2020 年 2,400 亿元）bn-yuan')).toEqual([]);
    expect(latinRuns("说明：no observation of 'gdp' for 2020")).toEqual(['no observation of', 'for']);
    // 'yuan' is a unit id: kept
    expect(latinRuns('115.3 billion yuan, not met')).toEqual(['billion not met']);
  });
});

describe('scorecard --lang zh-CN: the notes in Chinese', () => {
  it.each(['baotou13', 'china13'])('%s', async (plan) => {
    const r = await run(['scorecard', '--plan', plan, '--lang', 'zh-CN']);
    const notes = notesOf(r.stdout);
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) {
      expect(note).toMatch(/^\d+\. [\u3400-\u9fff]+：.*[\u3400-\u9fff]/);
      expect(latinRuns(note), note).toEqual([]);
    }
  }, 60_000);

  it('the same notes in English without --lang', async () => {
    const r = await run(['scorecard', '--plan', 'china13']);
    expect(notesOf(r.stdout).some((note) => latinRuns(note).length > 0)).toBe(true);
  }, 60_000);
});
