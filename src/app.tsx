import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { FontScaleContext } from './components/font-scale'
import { useSession } from './features/session/store'
import { fontScaleOf, useSettings } from './features/settings/store'
import { watchForUpdates } from './services/app-update'
import { configureHttp } from './services/http'
import { configureRetryNotice } from './services/idempotency'
import './app.css'
import './platform-fixes.css'

// The app layer wires features into shared services: http.ts reads the token
// and clears the session on 401 without importing the session feature.
configureHttp({
  getToken: () => useSession.getState().token,
  clearSession: () => useSession.getState().reset(),
})
// Reads and keyed submissions retry by themselves when busy or cut off; the member is told why it takes longer.
configureRetryNotice(() => void Taro.showToast({ title: '网络不稳，正在自动重试…', icon: 'none' }))

watchForUpdates()

function App({ children }: PropsWithChildren) {
  // Provided here so 大字模式 reaches every page's <PageContainer> at once.
  const scale = useSettings(fontScaleOf)
  return <FontScaleContext.Provider value={scale}>{children}</FontScaleContext.Provider>
}

export default App
