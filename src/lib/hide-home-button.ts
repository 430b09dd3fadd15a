import Taro from '@tarojs/taro';

/**
 * Sign-in pages have no 首页 to go to yet: WeChat hides its 返回首页 button on request; Taro's H5
 * bar draws one on any first page that is not a tab and has no call to turn it off, so take its
 * class away once the router has set it.
 */
export function hideHomeButton(): void {
  if (process.env.TARO_ENV === 'h5') {
    setTimeout(
      () => document.getElementById('taro-navigation-bar')?.classList.remove('taro-navigation-bar-home-icon'),
      0,
    );
    return;
  }
  void Taro.hideHomeButton().catch(() => undefined);
}
