import type { StateStorage } from 'zustand/middleware';
import {
  createSettingsStore,
  fontScaleOf,
  LARGE_TEXT_SCALE,
  SETTINGS_STORAGE_KEY,
} from '../../src/features/settings/settings-store';

function memoryStorage() {
  const data = new Map<string, string>();
  const storage: StateStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return { storage, data };
}

describe('settings store (大字模式)', () => {
  it('starts with normal text', () => {
    const store = createSettingsStore(memoryStorage().storage);
    expect(store.getState().largeText).toBe(false);
    expect(fontScaleOf(store.getState())).toBe(1);
  });

  it('scales text by a quarter when large text is on', () => {
    const store = createSettingsStore(memoryStorage().storage);
    store.getState().setLargeText(true);
    expect(fontScaleOf(store.getState())).toBe(LARGE_TEXT_SCALE);
    expect(LARGE_TEXT_SCALE).toBe(1.25);
  });

  it('remembers the choice across launches', () => {
    const { storage, data } = memoryStorage();
    createSettingsStore(storage).getState().setLargeText(true);
    expect(JSON.parse(data.get(SETTINGS_STORAGE_KEY) ?? '{}').state).toEqual({
      largeText: true,
      largeTextOffered: false,
    });
    expect(createSettingsStore(storage).getState().largeText).toBe(true);
  });

  it('reset goes back to normal text', () => {
    const store = createSettingsStore(memoryStorage().storage);
    store.getState().setLargeText(true);
    store.getState().reset();
    expect(store.getState().largeText).toBe(false);
  });
});

describe('the 大字模式 offer after first sign-in', () => {
  it('is open until the member answers, and remembers the answer across restarts', () => {
    const { storage } = memoryStorage();
    const store = createSettingsStore(storage);
    expect(store.getState().largeTextOffered).toBe(false);
    store.getState().answerLargeTextOffer(true);
    const again = createSettingsStore(storage).getState();
    expect([again.largeTextOffered, again.largeText]).toEqual([true, true]);
  });

  it('keeps normal text when the member says no, and does not ask again', () => {
    const { storage } = memoryStorage();
    createSettingsStore(storage).getState().answerLargeTextOffer(false);
    const again = createSettingsStore(storage).getState();
    expect([again.largeTextOffered, again.largeText]).toEqual([true, false]);
  });
});
