import { createElement, useCallback, useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, createApiClient } from '../api/client';
import type { components } from '../api/schema';
import type { AccessEndedReason } from '../realtime/contract';

type TokenResponse = components['schemas']['TokenResponse'];
type MeResponse = components['schemas']['MeResponse'];
export type StaffRole = MeResponse['memberships'][number]['role'];

/** A signed-in facilitator, evaluator or organisation admin, as the views see them. */
export interface StaffSession {
  user: { id: string; email: string; name?: string; platformAdmin: boolean };
  organisations: Array<{ id: string; name: string; role: StaffRole }>;
  accessToken: string;
  signOut(): Promise<void>;
}

/**
 * Why the sign-in page is shown again: said there in plain words (staffAuth.ended.*). `expired`:
 * the session could not be renewed; the others are the realtime channel's `access.ended` reasons
 * that end the whole session.
 */
export type SessionEnd =
  | 'expired'
  | 'signed-out'
  | Extract<
      AccessEndedReason,
      'password-changed' | 'sessions-revoked' | 'session-expired' | 'membership-ended'
    >;

interface Stored {
  accessToken: string;
  /** Null while a refresh is under way: a refresh token is sent once, never twice (docs/security.md). */
  refreshToken: string | null;
  /** Epoch ms at which the access token expires. */
  expiresAt: number;
  user: StaffSession['user'];
  organisations: StaffSession['organisations'];
}

const KEY = 'driehoek.staff';
/** Renew this long before the access token runs out, so a request does not race its expiry. */
const EARLY_MS = 30_000;

/**
 * Tokens live in memory and in this tab's sessionStorage: a reload keeps the person signed in, a
 * closed tab forgets them, and another tab (or site script reading localStorage) never has them.
 */
let stored: Stored | null = load();
let ended: SessionEnd | null = null;
let snapshot: StaffSession | null = null;
const listeners = new Set<() => void>();

function load(): Stored | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Stored>;
    if (typeof value.accessToken !== 'string' || typeof value.expiresAt !== 'number' || !value.user)
      return null;
    // A refresh cut short by a reload spent its token: without a new one the session is over.
    if (typeof value.refreshToken !== 'string') return null;
    return value as Stored;
  } catch {
    return null;
  }
}

function save(next: Stored | null): void {
  stored = next;
  snapshot = null;
  try {
    if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private browsing): the session then lasts as long as the page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentSession(): StaffSession | null {
  if (!stored) return null;
  if (!snapshot || snapshot.accessToken !== stored.accessToken) {
    snapshot = {
      user: stored.user,
      organisations: stored.organisations,
      accessToken: stored.accessToken,
      signOut,
    };
  }
  return snapshot;
}

/** Ends the session here (the server's side is ended already, or by `signOut`). */
function end(reason: SessionEnd | null): void {
  ended = reason;
  refreshing = null;
  save(null);
}

let refreshing: Promise<string | null> | null = null;

/**
 * One refresh at a time for the whole page: every request that needs a new token waits for the
 * same one. The spent refresh token is forgotten before it is sent, so it can never go twice.
 */
function refresh(): Promise<string | null> {
  if (refreshing) return refreshing;
  const session = stored;
  if (!session?.refreshToken) return Promise.resolve(null);
  const refreshToken = session.refreshToken;
  save({ ...session, refreshToken: null });
  const attempt = (async () => {
    let renewed: TokenResponse | undefined;
    try {
      renewed = (await api.POST('/api/auth/refresh', { body: { refreshToken } })).data;
    } catch {
      // The network failed: whether the server spent the token is unknown, so it is not retried.
      end('expired');
      return null;
    }
    if (!renewed) {
      end('expired');
      return null;
    }
    if (stored) save({ ...stored, ...tokens(renewed) });
    return renewed.accessToken;
  })();
  refreshing = attempt;
  void attempt.finally(() => {
    if (refreshing === attempt) refreshing = null;
  });
  return attempt;
}

function tokens(answer: TokenResponse): Pick<Stored, 'accessToken' | 'refreshToken' | 'expiresAt'> {
  return {
    accessToken: answer.accessToken,
    refreshToken: answer.refreshToken,
    expiresAt: Date.now() + answer.expiresIn * 1000,
  };
}

/** A token good for a while yet: the current one, or a renewed one when it is (nearly) expired. */
async function freshToken(): Promise<string | null> {
  if (refreshing) return refreshing;
  if (!stored) return null;
  if (stored.expiresAt - EARLY_MS > Date.now()) return stored.accessToken;
  return refresh();
}

const NO_BEARER = new Set(['/api/auth/login', '/api/auth/refresh']);

/**
 * Every staff request: the bearer token added, and on a 401 renewed once and sent again. A request
 * that failed with a token another request has already renewed is sent again with the new one.
 * A 401 after that ends the session: back to sign-in.
 */
async function staffFetch(request: Request): Promise<Response> {
  if (NO_BEARER.has(new URL(request.url).pathname)) return fetch(request);
  const retry = request.clone();
  const token = await freshToken();
  if (!token) return unauthorised();
  const first = await fetch(withBearer(request, token));
  if (first.status !== 401) return first;
  const renewed = stored && stored.accessToken !== token ? stored.accessToken : await refresh();
  if (!renewed) return first;
  const second = await fetch(withBearer(retry, renewed));
  if (second.status === 401) end('expired');
  return second;
}

function withBearer(request: Request, token: string): Request {
  const headers = new Headers(request.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

function unauthorised(): Response {
  return new Response(JSON.stringify({ statusCode: 401, code: 'UNAUTHORIZED', message: 'Not signed in' }), {
    status: 401,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** The REST client for staff views: typed like `api`, with the bearer token and its renewal. */
export const staffApi = createApiClient({ fetch: staffFetch });

/**
 * A download or preview a link cannot carry the token for (PDF, CSV, server HTML): fetched with
 * the token, answered as a Blob. Throws on anything but 2xx.
 */
export async function fetchStaffBlob(path: string): Promise<Blob> {
  const response = await staffFetch(new Request(new URL(path, window.location.origin)));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}

export class SignInFailed extends Error {
  constructor(readonly reason: 'invalid' | 'tooMany' | 'network' | 'unknown') {
    super(reason);
  }
}

/** POST /api/auth/login, then who this is (GET /api/auth/me) and their organisations' names. */
export async function signIn(email: string, password: string): Promise<StaffSession> {
  let login;
  try {
    login = await api.POST('/api/auth/login', { body: { email, password } });
  } catch {
    throw new SignInFailed('network');
  }
  if (!login.data) {
    const status = login.response.status;
    throw new SignInFailed(
      status === 401 || status === 422 ? 'invalid' : status === 429 ? 'tooMany' : 'unknown',
    );
  }
  const bearer = { headers: { Authorization: `Bearer ${login.data.accessToken}` } };
  try {
    const [me, organisations] = await Promise.all([
      api.GET('/api/auth/me', bearer),
      api.GET('/api/organisations', bearer),
    ]);
    if (!me.data) throw new SignInFailed('unknown');
    const names = new Map(
      (organisations.data ?? []).map((organisation) => [organisation.id, organisation.name]),
    );
    ended = null;
    save({
      ...tokens(login.data),
      user: {
        id: me.data.userId,
        email: me.data.email,
        name: me.data.name || undefined,
        platformAdmin: me.data.platformAdmin,
      },
      organisations: me.data.memberships.map((membership) => ({
        id: membership.organisationId,
        name: names.get(membership.organisationId) ?? membership.organisationId,
        role: membership.role,
      })),
    });
  } catch (error) {
    throw error instanceof SignInFailed ? error : new SignInFailed('network');
  }
  return currentSession()!;
}

/** POST /api/auth/logout (ends the session on the server: its sockets get `access.ended`), then forget it. */
async function signOut(): Promise<void> {
  const token = stored?.accessToken;
  if (token) {
    try {
      await api.POST('/api/auth/logout', { headers: { Authorization: `Bearer ${token}` } });
    } catch {
      // Offline: the tokens are forgotten here all the same and expire on the server.
    }
  }
  end('signed-out');
}

const SESSION_WIDE: ReadonlySet<AccessEndedReason> = new Set([
  'signed-out',
  'password-changed',
  'sessions-revoked',
  'session-expired',
  'membership-ended',
]);

/**
 * What a staff view's realtime channel calls on `access.ended`: a reason that ends the whole
 * session (signed out elsewhere, password changed, sessions revoked …) sends the person back to
 * sign-in with that reason said plainly; one about this exercise only (grant withdrawn, archived,
 * role changed) is the view's to show, and this answers false.
 */
export function staffAccessEnded(reason: AccessEndedReason): boolean {
  if (!SESSION_WIDE.has(reason)) return false;
  end(reason as SessionEnd);
  return true;
}

/** Why the last session ended, for the sign-in page; null after a fresh sign-in. */
export function sessionEndReason(): SessionEnd | null {
  return ended;
}

/** The signed-in person, or null; re-renders on sign-in, renewal and sign-out. */
export function useStaffSession(): StaffSession | null {
  return useSyncExternalStore(subscribe, currentSession, currentSession);
}

/**
 * For the realtime handshake `{token, exerciseId}`: a function that answers a valid access token,
 * renewed first when it is about to expire. Rejects when there is no session (any more).
 */
export function useAccessToken(): () => Promise<string> {
  return useCallback(async () => {
    const token = await freshToken();
    if (!token) throw new Error('not signed in');
    return token;
  }, []);
}

/** Where the sign-in page sends the person back to: a path of this console, nothing else. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : '/staff';
}

/**
 * The guard of every staff route: signed in, the children; otherwise the sign-in page
 * (`/signin?next=<this path>`), which comes back here afterwards.
 */
export function RequireStaff({ children }: { children: ReactNode }) {
  const session = useStaffSession();
  const location = useLocation();
  if (session) return children;
  const next = `${location.pathname}${location.search}${location.hash}`;
  return createElement(Navigate, { to: `/signin?next=${encodeURIComponent(next)}`, replace: true });
}
