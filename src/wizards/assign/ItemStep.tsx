import { inactiveItemRefusal } from '../inactive-item';
import { ItemSearchStep } from '../ItemSearchStep';
import { itemCode } from './scan-meaning';
import { useAssignStore } from './store';

/** The item to assign: scanned, typed or searched; a deactivated one is refused. */
export function ItemStep() {
  const chooseItem = useAssignStore((s) => s.chooseItem);
  return <ItemSearchStep read={itemCode} onItem={(item) => chooseItem(item)} refuse={(item) => inactiveItemRefusal(item, 'assigned')} showTracking />;
}
