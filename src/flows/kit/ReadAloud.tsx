// Where a step shows what the operator must read (its big figures), this
// speaks it when the device's read-back is on (use-read-back.ts). Renders
// nothing; a component so that a step can put it beside the figures, past
// its loading returns.
import type { ReadBack } from './read-back';
import { useReadBack } from './use-read-back';

export function ReadAloud(what: ReadBack) {
  useReadBack(what);
  return null;
}
