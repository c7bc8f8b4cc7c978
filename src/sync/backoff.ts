// When to run the next sync: every 30 s while work is unconfirmed, 60 s when
// idle, and after failures 1 s, 2 s, 4 s ... at most 60 s; always ±30% jitter
// so a warehouse of devices coming back online does not knock in step.
export const SCHEDULE = {
  busyMs: 30_000,
  idleMs: 60_000,
  retryBaseMs: 1_000,
  retryMaxMs: 60_000,
  jitter: 0.3,
} as const;

/** random() in [0, 1): 0.5 gives the plain delay, 0 the shortest, near 1 the longest. */
export function withJitter(ms: number, random: () => number): number {
  return Math.round(ms * (1 + (random() * 2 - 1) * SCHEDULE.jitter));
}

/** Delay after the n-th failure in a row (n >= 1). */
export function retryDelay(failures: number, random: () => number): number {
  const base = Math.min(SCHEDULE.retryMaxMs, SCHEDULE.retryBaseMs * 2 ** Math.max(0, failures - 1));
  return withJitter(base, random);
}

export function nextDelay(state: { failures: number; unconfirmed: number }, random: () => number): number {
  if (state.failures > 0) return retryDelay(state.failures, random);
  return withJitter(state.unconfirmed > 0 ? SCHEDULE.busyMs : SCHEDULE.idleMs, random);
}
