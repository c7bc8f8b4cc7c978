import { describe, expect, test } from 'vitest';
import { ago, describeCode, operationName } from './describe';

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

describe('operation names and sync ages', () => {
  test('an operation type is named; an unknown type is shown as itself', () => {
    expect(operationName('count')).toBe('Cycle count');
    expect(operationName('fromTheFuture')).toBe('fromTheFuture');
    expect(operationName('constructor')).toBe('constructor');
  });

  test('how long ago, in steps', () => {
    const now = Date.parse('2026-05-01T12:00:00Z');
    const at = (seconds: number) => new Date(now - seconds * 1000).toISOString();
    expect([null, at(3), at(42), at(150), at(7300)].map((iso) => ago(iso, now))).toEqual(['never', 'just now', '42 s ago', '2 min ago', '2 h ago']);
  });
});
