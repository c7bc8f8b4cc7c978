import { describe, expect, test } from 'vitest';
import { FEEDBACK } from './feedback';
import { toneOf } from './scan-bus';

describe('the feedback table', () => {
  test('accepted is good, accepted with a caution is warning, refused is error', () => {
    expect(toneOf({ ok: true })).toBe('good');
    expect(toneOf({ ok: true, warning: 'Lot L2 expires in 3 days.' })).toBe('warning');
    expect(toneOf({ ok: false, message: 'Wrong item.' })).toBe('error');
  });

  test('the three answers sound and feel different, so they are told apart eyes-free', () => {
    const sound = (tone: keyof typeof FEEDBACK) => JSON.stringify(FEEDBACK[tone].beeps.map((b) => [b.hz, b.type, b.delay]));
    const feel = (tone: keyof typeof FEEDBACK) => JSON.stringify(FEEDBACK[tone].vibrate);
    expect(new Set([sound('good'), sound('warning'), sound('error')]).size).toBe(3);
    expect(new Set([feel('good'), feel('warning'), feel('error')]).size).toBe(3);
  });

  test('good is one short high beep; error is low and repeated (what scanners play)', () => {
    expect(FEEDBACK.good.beeps).toHaveLength(1);
    expect(FEEDBACK.good.beeps[0]!.hz).toBeGreaterThan(1500);
    expect(FEEDBACK.error.beeps.length).toBeGreaterThan(1);
    expect(Math.max(...FEEDBACK.error.beeps.map((b) => b.hz))).toBeLessThan(400);
  });
});
