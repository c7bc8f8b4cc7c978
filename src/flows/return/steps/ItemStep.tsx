import { itemScan } from '../../kit/scan-meanings';
import { ItemSearchStep } from '../../kit/ItemSearchStep';
import { useReturnStore } from '../store';

/** The returned goods' label: SKU, GTIN, or a GS1 label that also carries the lot. */
export function ItemStep() {
  const chooseItem = useReturnStore((s) => s.chooseItem);
  return <ItemSearchStep read={itemScan} onItem={chooseItem} />;
}
