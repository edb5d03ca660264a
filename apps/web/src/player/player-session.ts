/**
 * What a player's tab remembers: the join code is the player's only credential, kept for this tab
 * (a reload or a dropped connection must not throw them out) and gone when the tab closes.
 */
export interface PlayerSession {
  code: string;
  exerciseId: string;
  role: string;
  roleName: string;
}

const KEY = 'driehoek.player';

export function loadPlayerSession(): PlayerSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<PlayerSession>;
    return typeof value.code === 'string' &&
      typeof value.exerciseId === 'string' &&
      typeof value.role === 'string' &&
      typeof value.roleName === 'string'
      ? (value as PlayerSession)
      : null;
  } catch {
    return null;
  }
}

export function savePlayerSession(session: PlayerSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearPlayerSession(): void {
  sessionStorage.removeItem(KEY);
}

/** The code as people read it: capitals, groups of four. The server ignores case, spaces and dashes. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}
