// The floor settings (settings.floor) as this device knows them, with their defaults until they are read.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../device/device';
import { DEFAULT_SETTINGS, type FloorSettings } from '../../domain';
import { getSettings } from '../../replica/queries';

export function useFloorSettings(): FloorSettings {
  return useLiveQuery(async () => (await getSettings(db)).floor, [], DEFAULT_SETTINGS.floor);
}
