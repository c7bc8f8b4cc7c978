// The same code is not published twice in a row: a label held in view is read
// once; after it has been out of view for `quietMs`, it may be read again.

export class RepeatFilter {
  private last: string | null = null;
  private lastSeen = -Infinity;

  constructor(private readonly quietMs = 1500) {}

  /** True when `code`, seen at `now` (ms), should be published. */
  accept(code: string, now: number): boolean {
    const repeat = code === this.last && now - this.lastSeen < this.quietMs;
    this.last = code;
    this.lastSeen = now;
    return !repeat;
  }

  reset(): void {
    this.last = null;
    this.lastSeen = -Infinity;
  }
}
