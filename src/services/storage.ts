import Taro from '@tarojs/taro';

/**
 * Synchronous Taro storage in the shape zustand's persist expects. Being
 * synchronous, stores hydrate while they are created, so the first render
 * already knows whether the member is signed in.
 */
export interface SyncStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
}

export const storage: SyncStorage = {
  getItem(key) {
    try {
      const value: unknown = Taro.getStorageSync(key);
      // Taro answers '' for a missing key.
      return typeof value === 'string' && value !== '' ? value : null;
    } catch {
      return null;
    }
  },
  setItem(key, value) {
    try {
      Taro.setStorageSync(key, value);
    } catch {
      // Storage full or unavailable (private browsing): keep working in memory.
    }
  },
  removeItem(key) {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // Nothing to remove.
    }
  },
};
