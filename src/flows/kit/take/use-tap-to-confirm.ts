// settings.floor.tapToConfirm (where shelves carry no labels): a suggested
// destination may then be accepted by a tap; off (the default), its label must be scanned.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { getSettings } from '../../../replica/queries';

export function useTapToConfirm(): boolean {
  return useLiveQuery(async () => (await getSettings(db)).floor.tapToConfirm, [], false);
}
