// The Count tasks section: the slots that need a count (R2, C2) and the counts
// a supervisor planned (locations, items, lots).
import { CountTasksScreen } from '../items/CountTasksScreen';
import { PlannedCounts } from './PlannedCounts';

export function CountsScreen() {
  return (
    <>
      <CountTasksScreen />
      <PlannedCounts />
    </>
  );
}
