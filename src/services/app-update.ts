import Taro from '@tarojs/taro';

export const UPDATE_QUESTION = '新版本已准备好，是否重启？';

/**
 * WeChat downloads a new version in the background while the old one runs; without this, members
 * keep the old version until a second cold start. When the download is ready, ask, and restart into
 * it on yes (a no keeps the current session; the new version starts next time anyway).
 */
export function watchForUpdates(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.getUpdateManager !== 'function') return;
  const manager = Taro.getUpdateManager();
  manager.onUpdateReady(() => {
    void Taro.showModal({ title: '更新提示', content: UPDATE_QUESTION, confirmText: '重启', cancelText: '稍后' }).then(
      (answer) => {
        if (answer.confirm) manager.applyUpdate();
      },
    );
  });
}
