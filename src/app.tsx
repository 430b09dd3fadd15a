import Taro from '@tarojs/taro';
import { useEffect, type PropsWithChildren } from 'react';
import { mergeInternalComponents } from '@tarojs/shared';
import ARIA_ATTRIBUTES from './components/aria-attributes.json';
import { FontScaleContext } from './components/font-scale';
import { activateWithKeyboard } from './components/keyboard-activation';
import { useSession } from './features/session/store';
import { fontScaleOf, useSettings } from './features/settings/store';
import { watchForUpdates } from './services/app-update';
import { configureHttp } from './services/http';
import { configureRetryNotice, retryNoticeText } from './services/retry';
import './app.css';
import './platform-fixes.css';

// The mini-program's templates carry aria-role / aria-label (config/aria-plugin.js); the runtime
// must know the same attributes, before the first page renders, to fill them in.
if (process.env.TARO_ENV === 'weapp') mergeInternalComponents(ARIA_ATTRIBUTES);

// The app layer wires features into shared services: http.ts reads the token
// and clears the session on 401 without importing the session feature.
configureHttp({
  getToken: () => useSession.getState().token,
  clearSession: () => useSession.getState().reset(),
});
// Reads and keyed submissions retry by themselves when busy or cut off; the member is told why it takes longer.
configureRetryNotice(({ reason }) => void Taro.showToast({ title: retryNoticeText(reason), icon: 'none' }));

watchForUpdates();
// Keyboard users (staff at a PC) tap a focused button, link, tab or choice with Enter or Space.
if (process.env.TARO_ENV === 'h5') activateWithKeyboard(document);

function App({ children }: PropsWithChildren) {
  // Provided here so 大字模式 reaches every page's <PageContainer> at once.
  const scale = useSettings(fontScaleOf);
  // H5 only: Taro's tab bar lives outside the pages, so it reads the scale from the root element.
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.documentElement.style.setProperty('--font-scale', String(scale));
  }, [scale]);
  return <FontScaleContext.Provider value={scale}>{children}</FontScaleContext.Provider>;
}

export default App;
