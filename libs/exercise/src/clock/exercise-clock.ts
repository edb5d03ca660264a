/**
 * The exercise clock: maps wall time to scenario time, piecewise linear.
 *   scenario = anchorScenario + speed × (wall − anchorWall)   while running
 *   scenario = anchorScenario                                 while paused
 * Every control is an event with its wall instant, so the scenario time at any moment, past or
 * present, is a pure function of the recorded events. Offsets are milliseconds after the start.
 */
export type ClockEvent =
  | { type: 'clock.started'; wallMs: number; speed: number }
  | { type: 'clock.paused'; wallMs: number }
  | { type: 'clock.resumed'; wallMs: number }
  | { type: 'clock.speed-changed'; wallMs: number; speed: number }
  | { type: 'clock.jumped'; wallMs: number; toOffsetMs: number }
  | { type: 'clock.stopped'; wallMs: number };

export interface ClockState {
  status: 'not-started' | 'running' | 'paused' | 'stopped';
  speed: number;
  anchorOffsetMs: number;
  anchorWallMs: number;
}

export const INITIAL_CLOCK: ClockState = {
  status: 'not-started',
  speed: 1,
  anchorOffsetMs: 0,
  anchorWallMs: 0,
};

export const MIN_SPEED = 1;
export const MAX_SPEED = 3600;

/** Scenario offset at a wall instant, for a given state. */
export function offsetAt(state: ClockState, wallMs: number): number {
  if (state.status !== 'running') return state.anchorOffsetMs;
  return state.anchorOffsetMs + state.speed * Math.max(0, wallMs - state.anchorWallMs);
}

/** The wall instant at which the clock reaches an offset; undefined when it is not running. */
export function wallAt(state: ClockState, offsetMs: number): number | undefined {
  if (state.status !== 'running') return undefined;
  return state.anchorWallMs + Math.max(0, offsetMs - state.anchorOffsetMs) / state.speed;
}

/** Applies one event; re-anchors so that the scenario time is continuous across the change. */
export function applyClockEvent(state: ClockState, event: ClockEvent): ClockState {
  const now = offsetAt(state, event.wallMs);
  switch (event.type) {
    case 'clock.started':
      return { status: 'running', speed: event.speed, anchorOffsetMs: 0, anchorWallMs: event.wallMs };
    case 'clock.paused':
      return { ...state, status: 'paused', anchorOffsetMs: now, anchorWallMs: event.wallMs };
    case 'clock.resumed':
      return { ...state, status: 'running', anchorOffsetMs: now, anchorWallMs: event.wallMs };
    case 'clock.speed-changed':
      return { ...state, speed: event.speed, anchorOffsetMs: now, anchorWallMs: event.wallMs };
    case 'clock.jumped':
      return { ...state, anchorOffsetMs: event.toOffsetMs, anchorWallMs: event.wallMs };
    case 'clock.stopped':
      return { ...state, status: 'stopped', anchorOffsetMs: now, anchorWallMs: event.wallMs };
  }
}

export function clockState(events: Iterable<ClockEvent>): ClockState {
  let state = INITIAL_CLOCK;
  for (const event of events) state = applyClockEvent(state, event);
  return state;
}
