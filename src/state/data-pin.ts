/**
 * The data version the opened link was made with (`data=` in the address), kept apart from
 * the filters: it changes no view, it only lets the page say that the data has changed since.
 */
import { create } from "zustand";

interface DataPinState {
  /** The link's version; null when the link named none, or once the reader dismissed the notice. */
  pinned: string | null;
  pin(version: string): void;
  dismiss(): void;
}

export const useDataPin = create<DataPinState>((set) => ({
  pinned: null,
  pin: (version) => set({ pinned: version }),
  dismiss: () => set({ pinned: null }),
}));
