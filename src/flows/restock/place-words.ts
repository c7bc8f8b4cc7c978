// What a refused shelf scan says: why, and which shelf to scan instead.
import type { ScanVerdict } from '../../scan/scan-bus';
import { say } from '../../words';
import type { PlaceScan } from './place';

/** `expected`: the next shelf still to be scanned, if any. */
export function placeRefusal(answer: Exclude<PlaceScan, { kind: 'placed' }>, code: string, expected: string | undefined): ScanVerdict & { ok: false } {
  const next = expected ?? code;
  switch (answer.kind) {
    case 'not-here':
      return { ok: false, message: expected ? say('restock.place.wrong-shelf', { code, expected }) : say('restock.place.wrong-shelf-done', { code }) };
    case 'other-lot': {
      const holding = answer.holding ? say('kit.tag.lot', { lot: answer.holding }) : say('restock.place.unknown-lot');
      return { ok: false, message: say('restock.place.other-lot', { code, holding, expected: next }) };
    }
    case 'no-room':
      return { ok: false, message: say('restock.place.no-room', { code, expected: next }) };
    case 'all-scanned':
      return { ok: false, message: say('restock.place.all-scanned') };
  }
}
