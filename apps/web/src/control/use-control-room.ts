import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { Scenario } from '@driehoek/scenario';
import type { components } from '../api/schema';
import { staffApi, useAccessToken } from '../auth/session';
import { useStaffExerciseChannel } from '../realtime/use-exercise-channel';
import { answerOf } from './problem';

export type Timeline = components['schemas']['TimelineResponse'];
export type TimelineEntry = Timeline['entries'][number];
export type RegulatoryClock = components['schemas']['RegulatoryClockResponse'];

/** What changes the hot-wash answers and points: read again only for these. */
const DEBRIEF_EVENTS: ReadonlySet<string> = new Set(['debrief.answered', 'hotwash.point-captured']);

const key = (exerciseId: string, part: string): QueryKey => ['control', exerciseId, part];

/**
 * A read that follows the exercise log: fetched again whenever a new event has arrived (`seq`
 * grew), one request at a time. Events that arrive while one is under way are read by one more
 * request after it, so the last answer is never older than the last event.
 */
function useFollowLog(refetch: () => Promise<unknown>, seq: number) {
  const wanted = useRef(seq);
  const read = useRef(seq);
  const running = useRef(false);
  useEffect(() => {
    wanted.current = seq;
    if (running.current || read.current >= seq) return;
    running.current = true;
    void (async () => {
      try {
        while (read.current < wanted.current) {
          read.current = wanted.current;
          await refetch();
        }
      } finally {
        running.current = false;
      }
    })();
  }, [seq, refetch]);
}

/**
 * What the control room reads, for a facilitator: the realtime channel as staff (every event,
 * every field), the exercise, its scenario (roles, channels, phases, held injects), the timeline
 * of what happened and what is coming, and the regulatory clocks — the last two read again after
 * every event, so they are live.
 */
export function useControlRoom(exerciseId: string) {
  const accessToken = useAccessToken();
  const channel = useStaffExerciseChannel(exerciseId, accessToken);
  const seq = channel.events.at(-1)?.seq ?? 0;
  const debriefSeq = channel.events.findLast((e) => DEBRIEF_EVENTS.has(e.type))?.seq ?? 0;
  const client = useQueryClient();
  const path = { params: { path: { exerciseId } } };

  const exercise = useQuery({
    queryKey: key(exerciseId, 'exercise'),
    queryFn: () => answerOf(staffApi.GET('/api/exercises/{exerciseId}', path)),
  });
  // The exercise answers only its scenario version's id; the export is the one route that gives
  // the scenario itself (docs/api.md). An exercise's scenario version never changes: read once.
  const scenario = useQuery({
    queryKey: key(exerciseId, 'scenario'),
    queryFn: async () => {
      const exported = await answerOf(staffApi.GET('/api/exercises/{exerciseId}/export', path));
      // The document's `content` is the scenario as the server validated it (its own type).
      return exported?.scenario.content as unknown as Scenario;
    },
    staleTime: Infinity,
  });
  const timeline = useQuery({
    queryKey: key(exerciseId, 'timeline'),
    queryFn: () => answerOf(staffApi.GET('/api/exercises/{exerciseId}/timeline', path)),
  });
  const clocks = useQuery({
    queryKey: key(exerciseId, 'clocks'),
    queryFn: () => answerOf(staffApi.GET('/api/exercises/{exerciseId}/clocks', path)),
  });
  const debrief = useQuery({
    queryKey: key(exerciseId, 'debrief'),
    queryFn: () => answerOf(staffApi.GET('/api/exercises/{exerciseId}/debrief', path)),
  });

  const refetchTimeline = useCallback(() => timeline.refetch(), [timeline.refetch]);
  const refetchClocks = useCallback(() => clocks.refetch(), [clocks.refetch]);
  const refetchDebrief = useCallback(() => debrief.refetch(), [debrief.refetch]);
  useFollowLog(refetchTimeline, seq);
  useFollowLog(refetchClocks, seq);
  useFollowLog(refetchDebrief, debriefSeq);

  /** After a control request: read again now, in case the live line is down. */
  const refresh = useCallback(
    () =>
      client.invalidateQueries({
        queryKey: ['control', exerciseId],
        predicate: (query) => query.queryKey[2] !== 'scenario',
      }),
    [client, exerciseId],
  );

  return { channel, exercise, scenario, timeline, clocks, debrief, refresh };
}

export type ControlRoom = ReturnType<typeof useControlRoom>;
