import type { Finding } from './scenario-problem';
import { listSome, shorten, suggest, suggestionBudget } from './suggest';

export type FindingPath = (string | number)[];

/** `['injects', 3, 'audience']` → `injects[3].audience`, the way people write paths. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** Each item of a listed section as `{id, path}`, for duplicate-id checks. */
export function listIds<T extends { id: string }>(
  key: string,
  items: T[],
): { id: string; path: FindingPath }[] {
  return items.map((item, i) => ({ id: item.id, path: [key, i] }));
}

/**
 * The shared vocabulary of semantic checks on YAML-as-code documents (scenarios, playbooks): so a
 * duplicate id or a mistyped reference reads the same in every format.
 */
export function findingCollector() {
  const findings: Finding[] = [];
  // One budget for every suggestion in the document, so that many bad references cost no more
  // than a few: each is compared with every declared id.
  const budget = suggestionBudget();
  const error = (code: string, path: FindingPath, message: string): void =>
    void findings.push({ severity: 'error', code, path, message });
  const warning = (code: string, path: FindingPath, message: string): void =>
    void findings.push({ severity: 'warning', code, path, message });

  /** Declared ids of one kind; a repeat is reported at the second occurrence, naming the first. */
  const ids = (kind: string, items: { id: string; path: FindingPath }[]): Map<string, unknown> => {
    const seen = new Map<string, FindingPath>();
    for (const { id, path } of items) {
      const first = seen.get(id);
      if (first)
        error(
          'duplicate-id',
          [...path, 'id'],
          `Duplicate ${kind} id "${id}"; it is already used at ${formatPath(first)}. Give each ${kind} its own id.`,
        );
      else seen.set(id, path);
    }
    return seen;
  };

  /** Reports a reference to an undeclared id with the closest declared one; true when it resolves. */
  const reference = (
    kind: string,
    known: Map<string, unknown>,
    value: string | undefined,
    path: FindingPath,
  ): boolean => {
    if (value === undefined || known.has(value)) return true;
    const hint =
      suggest(value, known.keys(), budget) ||
      (known.size ? ` Known ${kind}s: ${listSome(known.keys(), known.size)}.` : ` Declare it first.`);
    error('unknown-reference', path, `Unknown ${kind} "${shorten(value, 80)}".${hint}`);
    return false;
  };

  /** "Did you mean …?" within the document's budget; empty when nothing is close. */
  const didYouMean = (value: string, candidates: Iterable<string>): string =>
    suggest(value, candidates, budget);

  return { findings, error, warning, ids, reference, didYouMean };
}
