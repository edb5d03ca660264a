import { useEffect, useState } from 'react';
import type { ClockReading } from '../realtime/use-exercise-channel';

/** Scenario time (ms since epoch) as the exercise clock stands at `nowMs` on this device. */
export function scenarioNowMs(clock: ClockReading, nowMs: number): number {
  return clock.status === 'running'
    ? clock.scenarioMs + clock.speed * Math.max(0, nowMs - clock.atMs)
    : clock.scenarioMs;
}

/**
 * The wall-clock moment the scenario clock reaches `scenarioMs`, at the speed it runs now; null
 * while it stands still (paused, not started, ended), when no one can say.
 */
export function wallTimeAt(clock: ClockReading, scenarioMs: number, nowMs: number): number | null {
  if (clock.status !== 'running' || clock.speed <= 0) return null;
  return nowMs + (scenarioMs - scenarioNowMs(clock, nowMs)) / clock.speed;
}

/** This device's clock, read again every second while `running`: what countdowns count with. */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** A length of time in whole days, hours, minutes and seconds (rounded down to the second). */
export function durationParts(ms: number): DurationParts {
  const total = Math.floor(Math.abs(ms) / 1000);
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/** The scenario's fictional offset 0, read from any event (its scenario time less its offset). */
export function scenarioStartOf(event: { scenarioTime: string; offsetMs: number }): number {
  return Date.parse(event.scenarioTime) - event.offsetMs;
}
