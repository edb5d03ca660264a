import { useEffect, useState } from 'react';
import type { ClockReading } from '../realtime/use-exercise-channel';

/** This device's clock, once a second while `ticking`: what countdowns and the wall time run on. */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

/** Scenario time (epoch ms) at `now`: the server's last reading, run on at its speed while running. */
export function scenarioNowMs(clock: ClockReading, now: number): number {
  return clock.status === 'running'
    ? clock.scenarioMs + clock.speed * Math.max(0, now - clock.atMs)
    : clock.scenarioMs;
}
