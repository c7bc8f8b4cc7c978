import { inactiveItemRefusal } from '../../kit/inactive-item';
import { ItemSearchStep } from '../../kit/ItemSearchStep';
import { itemCode } from '../flow';
import { useAssignStore } from '../store';

/** The item to assign: scanned, typed or searched; a deactivated one is refused. */
export function ItemStep() {
  const chooseItem = useAssignStore((s) => s.chooseItem);
  return <ItemSearchStep read={itemCode} onItem={(item) => chooseItem(item)} refuse={(item) => inactiveItemRefusal(item, 'assigned')} showTracking />;
}
