// A supervisor's decision (tracking switch, serial lot, exception resolution,
// settings) is an operation like any scan: recorded in the outbox and the
// optimistic view in one transaction (so it survives a dead network), then
// pushed. The engine's preview tells at once if the server will refuse it.
import { useState } from 'react';
import { db, sync } from '../device/device';
import { useSessionStore } from '../device/session-store';
import type { OperationType } from '../domain';
import { recordOperation } from '../replica/record';
import { describeCode, say } from '../words';

export type RecordOutcome = { ok: true; id: string; flagged: string | null } | { ok: false; error: string };

export async function recordSupervisorOp(type: OperationType, payload: unknown): Promise<RecordOutcome> {
  const session = useSessionStore.getState().session;
  if (!session) return { ok: false, error: say('console.shell.save.logged-out') };
  const result = await recordOperation(db, session, type, payload);
  if (!result.ok) return { ok: false, error: result.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
  // Pushed either way: a refused one comes back as rejected in the inbox, where it can be discarded.
  void sync.syncNow();
  const preview = result.preview;
  if (preview.outcome === 'rejected') {
    return { ok: true, id: result.id, flagged: say('console.shell.save.refused', { why: describeCode(preview.code) }) };
  }
  return { ok: true, id: result.id, flagged: null };
}

/** `run(type, payload)` records; `saving` and `error` for the button and the alert. */
export function useRecordOp() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (type: OperationType, payload: unknown): Promise<RecordOutcome> => {
    setSaving(true);
    setError(null);
    try {
      const outcome = await recordSupervisorOp(type, payload);
      if (!outcome.ok) setError(outcome.error);
      else if (outcome.flagged) setError(outcome.flagged);
      return outcome;
    } catch (e) {
      const error = say('console.shell.save.failed', { error: e instanceof Error ? e.message : String(e) });
      setError(error);
      return { ok: false, error };
    } finally {
      setSaving(false);
    }
  };
  return { run, saving, error, clearError: () => setError(null) };
}
