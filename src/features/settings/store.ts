import { storage } from '@/services/storage';
import { createSettingsStore } from './settings-store';

export const useSettings = createSettingsStore(storage);

export { fontScaleOf, LARGE_TEXT_SCALE } from './settings-store';
