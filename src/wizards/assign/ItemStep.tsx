import { ItemSearchStep } from '../ItemSearchStep';
import { itemCode } from './scan-meaning';
import { useAssignStore } from './store';

/** The item to assign: scanned, typed or searched. */
export function ItemStep() {
  const chooseItem = useAssignStore((s) => s.chooseItem);
  return <ItemSearchStep read={itemCode} onItem={(item) => chooseItem(item)} showTracking />;
}
