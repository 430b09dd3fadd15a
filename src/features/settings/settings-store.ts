import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'

export interface SettingsState {
  /** 大字模式: every page's text about a quarter larger. */
  largeText: boolean
}

export interface SettingsActions {
  setLargeText: (on: boolean) => void
  reset: () => void
}

export type SettingsStore = SettingsState & SettingsActions

export const SETTINGS_STORAGE_KEY = 'jzgzj.settings'
export const LARGE_TEXT_SCALE = 1.25

export function createSettingsStore(storage: StateStorage) {
  return create<SettingsStore>()(
    persist(
      (set) => ({
        largeText: false,
        setLargeText: (largeText) => set({ largeText }),
        reset: () => set({ largeText: false }),
      }),
      {
        name: SETTINGS_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ largeText }) => ({ largeText }),
      },
    ),
  )
}

export const fontScaleOf = (s: SettingsState): number => (s.largeText ? LARGE_TEXT_SCALE : 1)
