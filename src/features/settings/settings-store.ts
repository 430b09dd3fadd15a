import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

export interface SettingsState {
  /** 大字模式: every page's text about a quarter larger. */
  largeText: boolean;
  /** The 大字模式 offer after first sign-in was answered (either way); it is not asked again. */
  largeTextOffered: boolean;
}

export interface SettingsActions {
  setLargeText: (on: boolean) => void;
  /** The member answered the offer: `on` is their answer. */
  answerLargeTextOffer: (on: boolean) => void;
  reset: () => void;
}

export type SettingsStore = SettingsState & SettingsActions;

export const SETTINGS_STORAGE_KEY = 'jzgzj.settings';
export const LARGE_TEXT_SCALE = 1.25;

export function createSettingsStore(storage: StateStorage) {
  return create<SettingsStore>()(
    persist(
      (set) => ({
        largeText: false,
        largeTextOffered: false,
        setLargeText: (largeText) => set({ largeText }),
        answerLargeTextOffer: (largeText) => set({ largeText, largeTextOffered: true }),
        reset: () => set({ largeText: false, largeTextOffered: false }),
      }),
      {
        name: SETTINGS_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ largeText, largeTextOffered }) => ({ largeText, largeTextOffered }),
      },
    ),
  );
}

export const fontScaleOf = (s: SettingsState): number => (s.largeText ? LARGE_TEXT_SCALE : 1);
