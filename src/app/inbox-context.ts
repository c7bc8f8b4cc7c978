// What an inbox card is about (issue 16.8): the item (SKU and name), the
// location, lot and quantity, who recorded it and when, read from the
// rejected operation's payload or the exception's details and this device's
// replica. What the device cannot know is left out, never shown as a code.
import { itemRefOf, locationOf, lotOf, quantityOf, type Item, type LotException } from '../domain';
import type { ReplicaDb } from '../replica/db';
import { findItem, itemsById, type AttentionItem } from '../replica/queries';
import { say } from '../words';

export interface CardContext {
  item: string | null;
  location: string | null;
  lot: string | null;
  quantity: number | null;
  /** Who recorded it: the logged-in user, or another user of this device. Null: not known here. */
  who: string | null;
  /** When it was recorded (device time), ISO. */
  when: string | null;
}

export const itemWords = (item: Item): string => say('inbox.item', { sku: item.sku, name: item.name });

export interface Me { id: string; name: string }

export async function rejectedContext(db: ReplicaDb, attention: AttentionItem, me: Me | undefined): Promise<CardContext> {
  const payload = attention.entry?.payload;
  const ref = itemRefOf(payload);
  const item = ref ? await findItem(db, ref) : undefined;
  const entry = attention.entry;
  return {
    item: item ? itemWords(item) : ref,
    location: locationOf(attention.details, payload),
    lot: lotOf(attention.details, payload),
    quantity: quantityOf(payload),
    who: entry ? (entry.userId === me?.id ? say('inbox.who-you', { name: me.name }) : say('inbox.who-other')) : null,
    when: entry?.deviceTime ?? null,
  };
}

/** An exception as this device knows it: its item and location from the replica, lot and quantity from its details. */
export async function exceptionContext(db: ReplicaDb, exception: LotException, locationCode?: string | null): Promise<CardContext> {
  const item = exception.itemId ? (await itemsById(db, [exception.itemId])).get(exception.itemId) : undefined;
  const location = locationCode ?? (exception.locationId ? (await db.locations.get(exception.locationId))?.code ?? null : null);
  return {
    item: item ? itemWords(item) : null,
    location,
    lot: lotOf(exception.details, null),
    quantity: quantityOf(exception.details),
    who: null,
    when: null,
  };
}
