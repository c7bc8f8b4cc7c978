// The pure half of keyboard-wedge reading: a scanner types its barcode a few
// milliseconds per character, a person 100 ms and more apart. WedgeDetector
// tells the two apart from characters and their times alone (no DOM; wedge.ts
// feeds it from the document's key and input events).
//
// Per key the work is a push onto an array: nothing is parsed until the burst
// ends. Beside each character it keeps what that key types on a US keyboard,
// for scanners set up for another layout than the device's (keyboard-layout.ts).
import { readableText } from './keyboard-layout';

export interface WedgeOptions {
  /** Stripped from the start of a scan when present. */
  prefix: string;
  /** Stripped from the end of a scan; when set, it also ends a scan without Enter/Tab. */
  suffix: string;
  /** Largest gap between two characters (and before the terminator) of one burst. */
  maxGapMs: number;
  /** Fewest characters (after prefix and suffix are stripped) that make a scan; default 4. */
  minLength: number;
  /** Clock for callers that do not pass event times; default performance.now. */
  now?: () => number;
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = { prefix: '', suffix: '', maxGapMs: 30, minLength: 4 };

/** Pure state machine: feed it characters with their times; it says when a burst was a scan. */
export class WedgeDetector {
  private chars: string[] = [];
  /** What each key types on a US keyboard; null where that is not known (an input method's text). */
  private usChars: (string | null)[] = [];
  private lastAt = Number.NEGATIVE_INFINITY;
  /** When the last suffix-ended scan finished: an Enter/Tab right after it belongs to it. */
  private suffixScanAt = Number.NEGATIVE_INFINITY;

  constructor(private options: WedgeOptions) {}

  setOptions(options: WedgeOptions): void {
    this.options = options;
  }

  /** Characters of the burst under way (possibly a person typing). */
  get pending(): number {
    return this.chars.length;
  }

  /** True when a character at `at` would start a new burst (the caller snapshots the field then). */
  startsBurst(at: number): boolean {
    return this.chars.length === 0 || at - this.lastAt > this.options.maxGapMs;
  }

  /**
   * One typed character ('' for a key that typed nothing readable, such as a
   * dead key) and what its key types on a US keyboard, when known. A gap over
   * maxGapMs drops what came before (a person typing). Returns the scan when a
   * configured suffix completes a burst, else null.
   */
  key(char: string, at: number, us: string | null = null): string | null {
    if (this.startsBurst(at)) {
      this.chars.length = 0;
      this.usChars.length = 0;
    }
    this.chars.push(char);
    this.usChars.push(us);
    this.lastAt = at;
    const { suffix } = this.options;
    if (suffix !== '' && this.chars.length >= suffix.length && (this.endsWith(this.chars, suffix) || this.endsWith(this.usChars, suffix))) {
      const scan = this.finish(at);
      if (scan !== null) this.suffixScanAt = at;
      return scan;
    }
    return null;
  }

  /** Enter or Tab at `at`: the scan (prefix and suffix stripped) when the burst was one, else null. */
  end(at: number): string | null {
    return this.finish(at);
  }

  /** An Enter/Tab that follows a suffix-ended scan at scanner speed: it belongs to that scan. */
  isTrailingTerminator(at: number): boolean {
    return this.chars.length === 0 && at - this.suffixScanAt <= this.options.maxGapMs;
  }

  /** A key that is not text (Backspace, arrows, a shortcut): whatever was under way was typed by a person. */
  reset(): void {
    this.chars.length = 0;
    this.usChars.length = 0;
    this.lastAt = Number.NEGATIVE_INFINITY;
  }

  private endsWith(chars: readonly (string | null)[], suffix: string): boolean {
    const n = suffix.length;
    for (let i = 0; i < n; i += 1) if (chars[chars.length - n + i] !== suffix[i]) return false;
    return true;
  }

  private finish(at: number): string | null {
    const { prefix, suffix, maxGapMs, minLength } = this.options;
    const quick = this.chars.length > 0 && at - this.lastAt <= maxGapMs;
    let text = quick ? readableText(this.chars, this.usChars) : '';
    this.reset();
    if (!quick) return null;
    if (prefix !== '' && text.startsWith(prefix)) text = text.slice(prefix.length);
    if (suffix !== '' && text.endsWith(suffix)) text = text.slice(0, text.length - suffix.length);
    return text.length >= Math.max(1, minLength) ? text : null;
  }
}
