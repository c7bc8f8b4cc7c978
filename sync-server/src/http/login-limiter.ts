// Per-address limit on login attempts (a token bucket), in front of the
// per-badge lockout kept in the database.
const BURST = 10;
const REFILL_PER_SECOND = 10 / 60;

export class LoginLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Takes one attempt; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: BURST, at: now };
    bucket.tokens = Math.min(BURST, bucket.tokens + ((now - bucket.at) / 1000) * REFILL_PER_SECOND);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.forgetFullBuckets();
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / REFILL_PER_SECOND);
    bucket.tokens -= 1;
    return 0;
  }

  private forgetFullBuckets(): void {
    for (const [key, bucket] of this.buckets) if (bucket.tokens >= BURST - 1) this.buckets.delete(key);
  }
}
