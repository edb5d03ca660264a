import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';

/** The longest and the 99th-percentile delay of the event loop in one run, in ms. */
export interface LoopDelaySample {
  maxMs: number;
  p99Ms: number;
}

/**
 * The event-loop delay of this process (the server's: the app runs in it) while `work` runs: how
 * long a timer, an inject's delivery or a socket's message could have had to wait. Sampled every
 * 10 ms, only while the work runs; a histogram of its own per run, since one enabled again would
 * count the time it was off as one long delay.
 */
export async function loopDelayDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; delay: LoopDelaySample }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  // The histogram records the gap between two turns of its timer: let it take a first one
  // before the work, and one after it, which records how long the last turn was held up.
  const turned = async (after: number) => {
    while (histogram.count <= after) await setTimeout(1);
  };
  histogram.enable();
  await turned(0);
  try {
    const result = await work();
    await turned(histogram.count);
    return { result, delay: { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 } };
  } finally {
    histogram.disable();
  }
}
