/**
 * "Did you mean …?": the ids closest to a mistyped one.
 *
 * @internal
 * @module
 */

/**
 * Edit distance (insertions, deletions, substitutions), case-insensitive.
 *
 * @param a - One string.
 * @param b - The other.
 * @returns How many single-character edits turn one into the other.
 *
 * @example
 * ```ts
 * levenshtein('kitten', 'sitting'); // → 3
 * levenshtein('GDP', 'gdp');        // → 0
 * ```
 *
 * @internal
 */
export function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/** The initials of an id's words: `industrial-value-added` → `iva`. */
function initials(id: string): string {
  return id
    .toLowerCase()
    .split(/[-_.:/\s]+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0])
    .join('');
}

/**
 * How close `candidate` is to `query`, smaller is closer: first a tier (same but for case;
 * a small typo — at most one edit per eight characters — or the query is the candidate's
 * initials or their start; one is a prefix of the other; one contains the other; otherwise
 * nothing), then the edit distance.
 */
function closeness(query: string, candidate: string): [number, number] {
  const q = query.toLowerCase();
  const c = candidate.toLowerCase();
  const distance = levenshtein(q, c);
  if (q === c) return [0, distance];
  if (distance <= Math.max(1, Math.floor(Math.max(q.length, c.length) / 8))) return [1, distance];
  const acronym = initials(c);
  if (q.length >= 2 && (acronym === q || acronym.startsWith(q))) return [1, distance];
  if (q.length >= 2 && (c.startsWith(q) || q.startsWith(c))) return [2, distance];
  if (q.length >= 3 && (c.includes(q) || q.includes(c))) return [3, distance];
  return [4, distance];
}

/** The longest query that is compared with the candidates: 200 characters. */
const MAX_QUERY = 200;

/**
 * The `limit` candidates closest to `query` (default 3), closest first; ties keep the
 * candidates' order. Candidates that share nothing with the query and need more edits than
 * a third of the longer id's length (at least 2) are left out, so a suggestion is never
 * absurd. A query longer than 200 characters gets no suggestion (the distance is quadratic).
 *
 * @param query - What the caller wrote.
 * @param candidates - What exists (repeats are suggested once).
 * @param limit - How many suggestions at most.
 * @returns The suggestions, closest first; perhaps none.
 *
 * @example
 * ```ts
 * closest('gpd', ['gdp', 'industrial-value-added']); // → ['gdp']
 * closest('iva', ['gdp', 'industrial-value-added']); // → ['industrial-value-added']
 * closest('zzzzzzzz', ['gdp']);                      // → []
 * ```
 *
 * @internal
 */
export function closest(query: string, candidates: readonly string[], limit = 3): string[] {
  // The edit distance is quadratic: a query far longer than any id is no typo of one.
  if (query.length > MAX_QUERY) return [];
  return [...new Set(candidates)]
    .map((candidate, index) => ({ candidate, index, score: closeness(query, candidate) }))
    .filter(({ candidate, score }) => score[0] < 4 || score[1] <= Math.max(2, Math.floor(Math.max(query.length, candidate.length) / 3)))
    .sort((a, b) => a.score[0] - b.score[0] || a.score[1] - b.score[1] || a.index - b.index)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
