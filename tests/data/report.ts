/**
 * The report, read for the fidelity tests: its text by section, and the figures in it.
 * Independent of the library: plain string handling only.
 */
import { readFileSync } from 'node:fs';

/**
 * The report as published (China Daily regional edition, 2016-03-22), committed with the tests
 * so that they read nothing outside the repository.
 */
export const seedText = readFileSync(new URL('../fixtures/seed/000_20e3c7c67477c13b.txt', import.meta.url), 'utf8');

/** Stray `?` characters stand for lost characters: read them as spaces; fold whitespace. */
export function normalize(text: string): string {
  return text.replace(/\?/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The report by section: `title` (the two title lines), `preamble`, and for each part
 * I–III its heading and opening paragraph (`'I'`) and its lettered items (`'I.a'` …).
 */
export function sections(text: string = seedText): Map<string, string> {
  const out = new Map<string, string>();
  const add = (key: string, line: string): void => {
    out.set(key, normalize(`${out.get(key) ?? ''} ${line}`));
  };
  let part: string | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = normalize(raw);
    if (line === '') return;
    if (index < 2) return add('title', line);
    const heading = /^(I{1,3})\.\s/.exec(line);
    if (heading?.[1] !== undefined) {
      part = heading[1];
      return add(part, line);
    }
    if (part === undefined) return add('preamble', line);
    const item = /^([a-z])\.\s*/.exec(line);
    if (item?.[1] !== undefined) return add(`${part}.${item[1]}`, line);
    return add(part, line);
  });
  return out;
}

/** One figure-like token of the report. */
export type Token =
  | { kind: 'number'; raw: string; value: string; suffix: string }
  | { kind: 'ordinal'; raw: string; value: string; fivePlan: boolean }
  | { kind: 'period'; raw: string; start: number; end: number }
  | { kind: 'word'; raw: string; value: string };

const WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  hundred: '100',
  hundreds: '100s',
  first: '1st',
  second: '2nd',
  third: '3rd',
};

const TOKEN =
  /(\d{4})\s*-\s*(\d{2})(?!\d)|(\d+)([tT][hH]|st|nd|rd)(?=[^a-zA-Z]|among|$)|(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([sD](?![a-zA-Z]))?|\b([A-Za-z]+)\b/g;

/** Every figure in `text`: digits (with thousands commas and decimals), ordinals, periods like `2016-20`, number words. */
export function figures(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [raw, y1, y2, ordinal, , integer, fraction, suffix, word] = m;
    if (y1 !== undefined && y2 !== undefined) {
      const start = Number(y1);
      out.push({ kind: 'period', raw, start, end: start - (start % 100) + Number(y2) });
    } else if (ordinal !== undefined) {
      const after = text.slice((m.index ?? 0) + raw.length);
      out.push({ kind: 'ordinal', raw, value: ordinal, fivePlan: /^\s*Five-/i.test(after) });
    } else if (integer !== undefined) {
      out.push({ kind: 'number', raw, value: integer.replace(/,/g, '') + (fraction ?? ''), suffix: suffix ?? '' });
    } else if (word !== undefined) {
      const lower = word.toLowerCase();
      const value = WORDS[lower];
      const after = text.slice((m.index ?? 0) + raw.length);
      // "Five-Year Plan" is a name, not a figure.
      if (value !== undefined && !(lower === 'five' && /^-year/i.test(after))) out.push({ kind: 'word', raw, value });
    }
  }
  return out;
}
