import { useCallback, useState } from 'react';

/**
 * Which injects this player acknowledged, kept on the device per exercise and role: a player never
 * receives `inject.acknowledged` (staff only), and acknowledging again only repeats the first one.
 */
export function useAcknowledged(exerciseId: string, role: string) {
  const key = `driehoek.acknowledged.${exerciseId}.${role}`;
  const [seqs, setSeqs] = useState<ReadonlySet<number>>(() => {
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
      return new Set(Array.isArray(stored) ? stored.filter((n): n is number => typeof n === 'number') : []);
    } catch {
      return new Set<number>();
    }
  });
  const add = useCallback(
    (seq: number) =>
      setSeqs((current) => {
        const next = new Set(current).add(seq);
        try {
          localStorage.setItem(key, JSON.stringify([...next]));
        } catch {
          // Storage refused: the state holds for this page.
        }
        return next;
      }),
    [key],
  );
  return [seqs, add] as const;
}
