// The pack operation's payload, both ways: \`build\` makes it from what the
// packer confirmed; \`fromPayload\` makes the wizard's state from a rejected
// one (fix and resend, kit/refill.ts).
import type { PackPayload, Settings } from '../../domain';
import type { Found, Named } from '../kit/refill';
import { asks, type PackLine } from './flow';
import type { usePackStore } from './store';

type PackData = Partial<ReturnType<typeof usePackStore.getState>>;

/** R15: the payload per src/domain/operations/pack.ts; the lot where asked or scanned. */
export function build(shipment: string, lines: readonly PackLine[], settings: Pick<Settings, 'requireLotAtPack'>): PackPayload {
  return {
    shipment: shipment.trim(),
    lines: lines.map((line) => {
      const asked = asks(line.item, settings);
      const lot = line.lot.trim();
      const serial = line.serial.trim();
      const pickedLot = line.pickedLot.trim();
      return {
        item: line.item.sku,
        quantity: line.quantity,
        // R15: a lot (and a unit's serial) read off the label is recorded whenever it was
        // scanned, asked for or not: the screen shows it, so the shipment keeps it.
        ...(lot !== '' ? { lot } : {}),
        ...((asked.serial || line.item.serialized) && serial !== '' ? { serial } : {}),
        ...(asked.lot && pickedLot !== '' ? { pickedLot } : {}),
      };
    }),
  };
}

export function named(p: PackPayload): Named {
  return { items: p.lines.map((l) => l.item), locations: [] };
}

/**
 * Back at the lines of the same shipment, every line as packed; a line whose
 * item this device no longer knows is left out (it is scanned again).
 */
export function fromPayload(p: PackPayload, found: Found): PackData {
  const lines = p.lines.flatMap((line, i): PackLine[] => {
    const item = found.item(line.item);
    return item ? [{
      key: `refill-${i}`, item, quantity: line.quantity, lot: line.lot ?? '', serial: line.serial ?? '', pickedLot: line.pickedLot ?? '',
    }] : [];
  });
  return { shipment: p.shipment, lines, current: null, step: 'lines' };
}
