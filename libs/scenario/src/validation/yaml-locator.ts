import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/**
 * Finds where a field path points in the YAML source. A path that does not exist (a missing
 * field) points at the closest existing parent, which is where the field has to be added.
 * With `key`, it points at the key of the last segment (for "unknown field" errors).
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  options: { key?: boolean } = {},
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let position = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
      );
      keyNode = pair?.key;
      next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined) break;
    const last = i === path.length - 1;
    node = next;
    position = rangeStart(last && options.key && keyNode ? keyNode : node) ?? position;
  }
  const { line, col } = lineCounter.linePos(position);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}
