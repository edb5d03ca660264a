import { useSyncExternalStore } from 'react';
import type { components } from '../api/schema';

export type JoinCode = components['schemas']['JoinCodeResponse'];

/**
 * The join codes this tab has seen. The server shows a code once — when the exercise is created
 * (`joinCodes`) or a role's code is re-issued (POST …/join-codes/:role) — and never lists it again
 * (GET …/join-codes says only which roles have a live one). They are kept in memory only, not in
 * storage: a code is a player's whole credential. After a reload the sheet offers new codes.
 */
const codes = new Map<string, Map<string, JoinCode>>();
const listeners = new Set<() => void>();
let version = 0;

export function rememberJoinCodes(exerciseId: string, received: JoinCode[]): void {
  const known = new Map(codes.get(exerciseId));
  for (const code of received) known.set(code.role, code);
  codes.set(exerciseId, known);
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The codes known in this tab for the exercise, by role; re-renders when new ones arrive. */
export function useJoinCodes(exerciseId: string): ReadonlyMap<string, JoinCode> {
  useSyncExternalStore(subscribe, () => version);
  return codes.get(exerciseId) ?? EMPTY;
}

const EMPTY: ReadonlyMap<string, JoinCode> = new Map();
