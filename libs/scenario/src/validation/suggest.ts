/**
 * Work a document's suggestions may take together, in cells of the edit-distance table: enough for
 * hundreds of mistyped references among thousands of ids, and a bound on a document built to have
 * tens of thousands of them, each compared with every declared id.
 */
export const SUGGESTION_CELLS = 5_000_000;

/** What is left of one document's suggestion work; shared by every suggestion for it. */
export interface SuggestionBudget {
  cells: number;
}

export const suggestionBudget = (): SuggestionBudget => ({ cells: SUGGESTION_CELLS });

/**
 * "Did you mean …?" for a mistyped id or field name; empty when nothing is close, and when the
 * budget (if given) runs out before every candidate is compared.
 */
export function suggest(
  input: string,
  candidates: Iterable<string>,
  budget: SuggestionBudget = suggestionBudget(),
): string {
  const limit = Math.max(1, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: no need to compute it.
    if (Math.abs(candidate.length - input.length) > limit) continue;
    budget.cells -= input.length * candidate.length;
    if (budget.cells < 0) return '';
    const distance = levenshtein(input, candidate, Math.min(limit, bestDistance));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= limit && bestDistance < input.length
    ? ` Did you mean "${best}"?`
    : '';
}

/** A value quoted in a message, cut to a readable length. */
export function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Up to `max` items of a list for a message, with "…" when there are more. */
export function listSome(items: Iterable<string>, count: number, max = 12): string {
  const some: string[] = [];
  for (const item of items) {
    if (some.length === max) break;
    some.push(item);
  }
  return `${some.join(', ')}${count > max ? ', …' : ''}`;
}

/**
 * Edit distance, or `limit + 1` as soon as it is sure to exceed `limit` (no row of the table has a
 * smaller value left): a suggestion needs only the close candidates.
 */
function levenshtein(a: string, b: string, limit: number): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
