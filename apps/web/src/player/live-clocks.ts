import { useEffect, useMemo, useRef } from 'react';
import type { ClientEvent, ExerciseSnapshot } from '../realtime/contract';
import type { PlayerChannel } from './player-channel';
import { reportForm } from './report-forms';

export type PlayerClock = ExerciseSnapshot['clocks'][number];
export type PlayerStage = PlayerClock['stages'][number];
type StatusEvent = Extract<ClientEvent, { type: 'regulatory-clock.status' }>;

/** The stages' new statuses, as `regulatory-clock.status` events logged after the clocks were read. */
function withStatuses(clocks: readonly PlayerClock[], events: readonly StatusEvent[]): PlayerClock[] {
  if (!events.length) return [...clocks];
  return clocks.map((clock) => {
    const mine = events.filter((event) => event.payload.clockId === clock.id);
    if (!mine.length) return clock;
    return {
      ...clock,
      stages: clock.stages.map((stage) => {
        const last = mine.findLast(
          (event) => event.payload.stage === stage.stage && event.payload.requestId === stage.requestId,
        );
        if (!last) return stage;
        const { status, operationalDue, legalLatest, submittedAt } = last.payload;
        return {
          ...stage,
          status,
          operationalDue,
          legalLatest,
          submittedAt: submittedAt ?? stage.submittedAt,
        };
      }),
    };
  });
}

/**
 * The role's regulatory clocks as they stand: the last snapshot's (or resync's) reading, with every
 * stage status logged since. A change the events cannot carry (a clock that starts, a report asked
 * for) comes with the fresh reading `useRefreshOnChange` asks for.
 */
export function useLiveClocks(channel: PlayerChannel): PlayerClock[] {
  const read = useRef<{ clocks: PlayerChannel['clocks']; afterSeq: number } | null>(null);
  if (read.current?.clocks !== channel.clocks)
    read.current = { clocks: channel.clocks, afterSeq: channel.events.at(-1)?.seq ?? 0 };
  const afterSeq = read.current.afterSeq;
  return useMemo(
    () =>
      withStatuses(
        channel.clocks,
        channel.events.filter(
          (event): event is StatusEvent => event.type === 'regulatory-clock.status' && event.seq > afterSeq,
        ),
      ),
    [channel.clocks, channel.events, afterSeq],
  );
}

/** Events after which the server's reading of clocks or playbooks differs in more than a status. */
const CHANGES: ReadonlySet<ClientEvent['type']> = new Set([
  'regulatory-clock.started',
  'regulatory-clock.facts',
  'report.requested',
  'report.submitted',
  'playbook.attached',
  'playbook.step',
]);

const SETTLE_MS = 250;

/**
 * Asks the server for its current reading (a `resync`) shortly after such an event arrives live, so
 * a burst of them (a decision that starts two clocks) costs one request; a refused one (rate
 * limited) is asked again when the server says.
 */
export function useRefreshOnChange(channel: PlayerChannel): void {
  const handled = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { events, exercise, refresh } = channel;
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (!exercise) return;
    const last = events.at(-1)?.seq ?? 0;
    const after = handled.current;
    handled.current = last;
    // The first snapshot's events are history: its reading includes them.
    if (after === null || !events.some((event) => event.seq > after && CHANGES.has(event.type))) return;
    const ask = (delay: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        refresh()
          .then((answer) => {
            if (!answer.ok && answer.error.retryAfterMs) ask(answer.error.retryAfterMs);
          })
          .catch(() => undefined); // offline: the reconnect's snapshot brings the reading
      }, delay);
    };
    ask(SETTLE_MS);
  }, [events, exercise, refresh]);
}

/** Whether this role reports the stage now: its clock runs, it started and nothing was sent yet. */
export function reportable(clock: PlayerClock, stage: PlayerStage, role: string): boolean {
  return (
    clock.running &&
    (clock.role === null || clock.role === role) &&
    stage.startedAt !== null &&
    !stage.submittedAt &&
    !stage.notRequired &&
    (stage.status === 'pending' || stage.status === 'due-soon' || stage.status === 'missed') &&
    reportForm(clock.regime, stage.stage) !== undefined
  );
}

/** The stages this role still has to report, and how many of them are due soon or missed. */
export function reportsOwed(clocks: readonly PlayerClock[], role: string) {
  const owed = clocks.flatMap((clock) => clock.stages.filter((stage) => reportable(clock, stage, role)));
  return {
    owed: owed.length,
    urgent: owed.filter((stage) => stage.status === 'due-soon' || stage.status === 'missed').length,
  };
}
