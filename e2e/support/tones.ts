// What the operator heard: every scan's answer is marked 'scan:settled' with
// its feedback-table row (good, warning, error), so a spec asserts the tone a
// scan played, not only what the screen shows.
import { expect, type Page } from '@playwright/test';
import { wedgeScan } from './wedge';

export type Tone = 'good' | 'warning' | 'error';

/** The tones played on this page so far, oldest first. */
export function tonesPlayed(page: Page): Promise<Tone[]> {
  return page.evaluate(() => performance.getEntriesByName('scan:settled').map((e) => ((e as PerformanceMark).detail as { tone: Tone }).tone));
}

/** A wedge scan of `code` that must be answered with exactly one `tone`. */
export async function scanExpecting(page: Page, code: string, tone: Tone): Promise<void> {
  const before = (await tonesPlayed(page)).length;
  await wedgeScan(page, code);
  await expect.poll(async () => (await tonesPlayed(page)).slice(before), { message: `tone of scan ${code}` }).toEqual([tone]);
}
