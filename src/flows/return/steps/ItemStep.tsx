import { useRef } from 'react';
import { isCodeOf, type Item, type ScanResult } from '../../../domain';
import { itemScan } from '../../kit/scan-meanings';
import { ItemSearchStep } from '../../kit/ItemSearchStep';
import { labelCount } from '../flow';
import { useReturnStore } from '../store';

/** The returned goods' label: SKU, GTIN, or a GS1 label that also carries the lot (and perhaps the count, (30)/(37)). */
export function ItemStep() {
  const chooseItem = useReturnStore((s) => s.chooseItem);
  // The last scanned label's count and the code it named: an item chosen from the search has no label.
  const label = useRef<{ code: string; count: number } | null>(null);
  const read = (result: ScanResult) => {
    const meaning = itemScan(result);
    const count = labelCount(result);
    label.current = meaning.kind === 'item' && count !== undefined ? { code: meaning.code, count } : null;
    return meaning;
  };
  const onItem = (item: Item, lot?: string) => {
    const scanned = label.current !== null && isCodeOf(item, label.current.code) ? label.current.count : undefined;
    label.current = null;
    chooseItem(item, lot, scanned);
  };
  return <ItemSearchStep read={read} onItem={onItem} />;
}
