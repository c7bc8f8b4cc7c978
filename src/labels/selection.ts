// The rows chosen for printing, handed from a list screen to the labels
// screen (short-lived UI state: a reload starts a new selection).
import { create } from 'zustand';
import type { ItemForLabel, LocationForLabel } from './label-content';

interface LabelSelection {
  items: ItemForLabel[];
  locations: LocationForLabel[];
  chooseItems: (items: ItemForLabel[]) => void;
  chooseLocations: (locations: LocationForLabel[]) => void;
}

export const useLabelSelection = create<LabelSelection>((set) => ({
  items: [],
  locations: [],
  chooseItems: (items) => set({ items, locations: [] }),
  chooseLocations: (locations) => set({ locations, items: [] }),
}));
