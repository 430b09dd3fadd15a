import { createContext } from 'react';

/**
 * The text scale the member chose (1 or 1.25 in 大字模式). app.tsx provides it
 * from the settings store so the shared kit never has to import a feature.
 */
export const FontScaleContext = createContext(1);
