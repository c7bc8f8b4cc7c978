// Per-address limit on login attempts (a token bucket), in front of the
// per-badge lockout kept in the database.
/** Attempts per minute and address by default; LOTLINE_LOGIN_PER_MINUTE changes it (the e2e suite logs in often from one address). */
export const DEFAULT_LOGINS_PER_MINUTE = 10;

export class LoginLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  private readonly burst: number;
  private readonly refillPerSecond: number;

  constructor(perMinute = DEFAULT_LOGINS_PER_MINUTE, private readonly now: () => number = () => Date.now()) {
    this.burst = perMinute;
    this.refillPerSecond = perMinute / 60;
  }

  /** Takes one attempt; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.refillPerSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.forgetFullBuckets();
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / this.refillPerSecond);
    bucket.tokens -= 1;
    return 0;
  }

  private forgetFullBuckets(): void {
    for (const [key, bucket] of this.buckets) if (bucket.tokens >= this.burst - 1) this.buckets.delete(key);
  }
}
