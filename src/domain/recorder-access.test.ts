import { describe, expect, test } from 'vitest';
import { judgeRecorder, onServerClock, type Recorder } from './recorder-access';
import { applyOperation } from './apply';
import type { OpContext } from './engine';
import { makeWorld, op } from './test-fixtures';

const ENDED = '2026-11-23T10:00:00.000Z';
const BEFORE = '2026-11-23T09:59:00.000Z';
const AFTER = '2026-11-23T10:01:00.000Z';

const operator: Recorder = { userId: 'u-op', signedInRole: 'operator', active: true, currentRole: 'operator', accessChangedAt: null };
const deactivated: Recorder = { ...operator, active: false, accessChangedAt: ENDED };
const supervisor: Recorder = { userId: 'u-sv', signedInRole: 'supervisor', active: true, currentRole: 'supervisor', accessChangedAt: null };

describe('C3: the recorder, not the pusher, is judged', () => {
  test('an active recorder whose role allows the work: allowed', () => {
    expect(judgeRecorder('restock', operator, AFTER)).toEqual({ kind: 'allowed' });
  });

  test('a sign-in whose role never allowed the operation is forbidden, whoever pushes it', () => {
    const picker: Recorder = { ...operator, signedInRole: 'picker', currentRole: 'picker' };
    expect(judgeRecorder('count', picker, AFTER)).toMatchObject({ kind: 'rejected', code: 'forbidden' });
  });

  test('a recorder promoted since signing in is still held to the sign-in role', () => {
    const promoted: Recorder = { ...operator, currentRole: 'supervisor', accessChangedAt: ENDED };
    expect(judgeRecorder('adjust', promoted, AFTER)).toMatchObject({ kind: 'rejected', code: 'forbidden' });
  });
});

describe('a user deactivated while the device was offline', () => {
  test('floor work recorded before the deactivation stands without a flag', () => {
    expect(judgeRecorder('pick', deactivated, BEFORE)).toEqual({ kind: 'allowed' });
  });

  test('floor work recorded after it is applied and flagged for a supervisor (C2: the goods moved)', () => {
    expect(judgeRecorder('pick', deactivated, AFTER)).toEqual({ kind: 'flagged', accessEndedAt: ENDED, because: 'deactivated' });
  });

  test('floor work with no usable time is flagged, never silently applied', () => {
    expect(judgeRecorder('move', deactivated, null)).toMatchObject({ kind: 'flagged' });
    expect(judgeRecorder('move', { ...deactivated, accessChangedAt: null }, BEFORE)).toMatchObject({ kind: 'flagged' });
  });

  test('a supervisor decision recorded after the deactivation is rejected as access-ended', () => {
    const gone: Recorder = { ...supervisor, active: false, accessChangedAt: ENDED };
    expect(judgeRecorder('adjust', gone, AFTER)).toEqual({ kind: 'rejected', code: 'access-ended', because: 'deactivated' });
    expect(judgeRecorder('holdLot', gone, BEFORE)).toEqual({ kind: 'allowed' });
  });
});

describe('a user whose role changed while the device was offline', () => {
  const demoted: Recorder = { ...supervisor, currentRole: 'picker', accessChangedAt: ENDED };

  test('work the new role still allows is not flagged', () => {
    expect(judgeRecorder('pick', demoted, AFTER)).toEqual({ kind: 'allowed' });
  });

  test('work the new role forbids, recorded after the change: floor work flagged, decisions rejected', () => {
    expect(judgeRecorder('restock', demoted, AFTER)).toMatchObject({ kind: 'flagged', because: 'role-changed' });
    expect(judgeRecorder('setLotTracking', demoted, AFTER)).toMatchObject({ kind: 'rejected', code: 'access-ended', because: 'role-changed' });
  });
});

describe('device times read on the server clock', () => {
  test('a clock 9 h ahead stamped its operations 9 h late', () => {
    expect(onServerClock('2026-11-23T19:00:00.000Z', 9 * 3_600_000)).toBe('2026-11-23T10:00:00.000Z');
  });

  test('an unknown skew leaves the time as stamped; no time is no time', () => {
    expect(onServerClock(BEFORE, null)).toBe(BEFORE);
    expect(onServerClock(null, 1000)).toBeNull();
    expect(onServerClock('garbage', 0)).toBeNull();
  });

  test('the skew decides: recorded "before" the deactivation by a fast clock is really after it', () => {
    const stamped = onServerClock('2026-11-23T09:30:00.000Z', -3_600_000); // a clock 1 h behind
    expect(judgeRecorder('pick', deactivated, stamped)).toMatchObject({ kind: 'flagged' });
  });
});

describe('flagRecorder (the recorder post-rule)', () => {
  const verdict = { kind: 'flagged' as const, accessEndedAt: ENDED, because: 'deactivated' as const };
  const flaggedPick = (payload: unknown) => {
    const pick = op('pick', payload);
    const ctx: OpContext = { opId: pick.id, userId: 'u-op', role: 'operator', deviceId: 'd-1', deviceTime: AFTER };
    return { id: pick.id, result: applyOperation(pick, makeWorld(), ctx, { recorder: { verdict, pushedBy: 'u-other' } }) };
  };

  test('the applied operation becomes an exception naming who recorded it and who pushed it', () => {
    const { id, result: flagged } = flaggedPick({ item: 'BOLT-M8', location: 'A-01-01', quantity: 1 });
    expect(flagged.outcome).toBe('exception');
    if (flagged.outcome === 'rejected') throw new Error('unreachable');
    expect(flagged.effects.exceptions).toEqual([expect.objectContaining({
      id: `${id}/x1`, code: 'recorded-after-access-ended', rule: 'C3', status: 'open', slotId: null,
      details: expect.objectContaining({ recordedBy: 'u-op', pushedBy: 'u-other', because: 'deactivated' }),
    })]);
  });

  test('it is numbered after the exceptions the operation raised itself: one counter', () => {
    const { id, result } = flaggedPick({ item: 'BOLT-M8', location: 'A-01-01', quantity: 1, requested: 2 });
    if (result.outcome === 'rejected') throw new Error('unreachable');
    expect(result.effects.exceptions.map((e) => [e.id, e.code])).toEqual([
      [`${id}/x1`, 'short-pick'], [`${id}/x2`, 'recorded-after-access-ended'],
    ]);
  });
});
