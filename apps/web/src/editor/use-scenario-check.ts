import { useCallback, useEffect, useRef, useState } from 'react';
import { answer, RequestFailed } from '../auth/request';
import { staffApi } from '../auth/session';
import type { ScenarioCheck } from './findings';

/** How long typing must pause before the text is sent to be checked. */
export const CHECK_DELAY_MS = 600;

/** YAML goes as text: openapi-fetch would otherwise send it as a JSON string. */
export const YAML_BODY = {
  bodySerializer: (body: string) => body,
  headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
} as const;

export type CheckState =
  /** Not checked yet, or waiting for the pause in typing. */
  | { status: 'waiting' }
  | { status: 'checking' }
  | { status: 'done'; text: string; result: ScenarioCheck }
  /** The server's checking threads are full (503): said calmly, tried again at the next edit. */
  | { status: 'busy' }
  | { status: 'failed'; error: RequestFailed };

/**
 * POST /api/scenarios/check of the text, once typing has paused for CHECK_DELAY_MS. One request
 * at a time: a newer text cancels the one under way, so an answer is always about the latest
 * text sent. The last good answer stays (`last`) while a newer one is awaited or refused, so the
 * findings and the MSEL do not blink away as the author types.
 */
export function useScenarioCheck(text: string, organisationId: string | undefined, lang: 'nl' | 'en') {
  const [state, setState] = useState<CheckState>({ status: 'waiting' });
  const [last, setLast] = useState<{ text: string; result: ScenarioCheck } | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (source: string) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ status: 'checking' });
      try {
        const result = await answer(
          staffApi.POST('/api/scenarios/check', {
            params: { query: { lang, ...(organisationId ? { organisationId } : {}) } },
            body: source,
            signal: current.signal,
            ...YAML_BODY,
          }),
        );
        if (current.signal.aborted) return;
        setState({ status: 'done', text: source, result });
        setLast({ text: source, result });
      } catch (error) {
        if (current.signal.aborted) return;
        const failed =
          error instanceof RequestFailed ? error : new RequestFailed(0, 'UNKNOWN', String(error));
        setState(
          failed.code === 'SERVICE_UNAVAILABLE' ? { status: 'busy' } : { status: 'failed', error: failed },
        );
      }
    },
    [organisationId, lang],
  );

  useEffect(() => {
    setState((previous) => (previous.status === 'checking' ? previous : { status: 'waiting' }));
    const timer = setTimeout(() => void run(text), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, run]);

  useEffect(() => () => controller.current?.abort(), []);

  return { state, last, checkNow: () => void run(text) };
}
