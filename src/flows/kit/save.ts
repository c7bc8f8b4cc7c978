// Saving what an operator confirmed, the same way in every wizard: record it in
// the outbox (or, when the operator is redoing an operation the server
// rejected, record it in place of that one: C3 fix and resend), keep what the
// engine foresees for the Done step, and start a sync.
import { useState } from 'react';
import { create } from 'zustand';
import { db, sync } from '../../device/device';
import { useSessionStore } from '../../device/session-store';
import { PAYLOAD_SCHEMAS, toFieldIssues, type OperationType } from '../../domain';
import type { ReplicaDb } from '../../replica/db';
import { recordOperation, type RecordResult } from '../../replica/record';
import type { StoredSession } from '../../replica/session';
import { resendRejected } from '../../replica/queries';
import { say } from '../../words';

/** What the device's engine foresees for the saved operation(s): the Done step shows it. */
export interface SavedOutcome {
  ids: string[];
  outcome: 'applied' | 'exception' | 'rejected';
  code: string | null;
}

/** A rejected operation the operator chose to redo from the inbox. */
export interface Redo {
  opId: string;
  type: OperationType;
  /** Why the server rejected it, to show while redoing. */
  code: string | null;
  /** What it said (summarizePayload), to show while redoing. */
  summary: string;
}

interface RedoState {
  redo: Redo | null;
  begin: (redo: Redo) => void;
  clear: () => void;
}

export const useRedoStore = create<RedoState>((set) => ({
  redo: null,
  begin: (redo) => set({ redo }),
  clear: () => set({ redo: null }),
}));

function issuesText(result: Extract<RecordResult, { ok: false }>): string {
  return result.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}

/** What the operator is told when the device refused to write a confirmed task (every wizard's save says it the same way). */
export function storageFailure(error: unknown, savedBefore: number): string {
  const name = error instanceof Error ? error.name : 'Error';
  const full = name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message));
  return say('kit.save.refused', { full, name, savedBefore });
}

/**
 * Records `payloads` (one operation each) in order, after checking them all.
 * The first replaces the operation being redone, when it is of the same type.
 */
export async function saveOperations(
  db: ReplicaDb, session: StoredSession | null, type: OperationType, payloads: readonly unknown[],
): Promise<{ ok: true; saved: SavedOutcome } | { ok: false; error: string }> {
  if (!session) return { ok: false, error: say('kit.save.logged-out') };
  if (payloads.length === 0) return { ok: false, error: say('kit.save.nothing') };
  // Validate all first: either every operation of the task is recorded, or none.
  for (const payload of payloads) {
    const checked = PAYLOAD_SCHEMAS[type].safeParse(payload);
    if (!checked.success) return { ok: false, error: issuesText({ ok: false, issues: toFieldIssues(checked.error, ['payload']) }) };
  }
  const ids: string[] = [];
  let flagged: Omit<SavedOutcome, 'ids'> | null = null;
  for (const payload of payloads) {
    const redo = useRedoStore.getState().redo;
    let result: RecordResult;
    try {
      result = redo?.type === type
        ? await resendRejected(db, session, redo.opId, payload)
        : await recordOperation(db, session, type, payload);
    } catch (error) {
      // The device refused the write (storage full, database closed by an upgrade in another tab...):
      // say so plainly; the operator still has the task on screen and can try again.
      return { ok: false, error: storageFailure(error, ids.length) };
    }
    if (!result.ok) return { ok: false, error: issuesText(result) };
    if (redo?.type === type) useRedoStore.getState().clear();
    ids.push(result.id);
    const p = result.preview;
    if (!flagged && p.outcome !== 'applied') {
      flagged = { outcome: p.outcome, code: p.outcome === 'rejected' ? p.code : p.effects.exceptions[0]?.code ?? null };
    }
  }
  return { ok: true, saved: { ids, ...(flagged ?? { outcome: 'applied', code: null }) } };
}

/** A confirm step's save: `save(payloads)` records them, then `onSaved` moves the wizard on. */
export function useSaveOperation(type: OperationType, onSaved: (saved: SavedOutcome) => void) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (...payloads: unknown[]) => {
    setSaving(true);
    setError(null);
    const result = await saveOperations(db, useSessionStore.getState().session, type, payloads);
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onSaved(result.saved);
    void sync.syncNow();
  };
  return { save, saving, error };
}
