import { describe, expect, test } from 'vitest';
import { describeCode } from './messages';

describe('outcome codes in words', () => {
  test('a known exception or rejection code gets its sentence', () => {
    expect(describeCode('negative-stock')).toMatch(/More was taken than the system had/);
    expect(describeCode('forbidden')).toMatch(/role is not allowed/);
  });

  test('an unknown code is shown as itself, never as "something went wrong"; no code says so', () => {
    expect(describeCode('from-a-newer-server')).toBe('Reason: from-a-newer-server');
    expect(describeCode(null)).toBe('No reason was given.');
  });

  test('codes named like Object.prototype members are unknown codes, not functions (a strange server answer cannot crash a screen)', () => {
    for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(describeCode(code)).toBe(`Reason: ${code}`);
  });
});
