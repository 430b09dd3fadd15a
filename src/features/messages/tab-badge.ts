import Taro, { useDidShow } from '@tarojs/taro';
import { getUnreadCount } from './api';

const MESSAGES_TAB_INDEX = 1;

/** Shows the unread count on the 消息 tab; only call it from tab pages. */
export function setUnreadBadge(count: number): void {
  // A failure here only means the badge is stale; never bother the member with it.
  const ignore = () => undefined;
  if (count > 0) {
    Taro.setTabBarBadge({ index: MESSAGES_TAB_INDEX, text: count > 99 ? '99+' : String(count) }).catch(ignore);
  } else {
    Taro.removeTabBarBadge({ index: MESSAGES_TAB_INDEX }).catch(ignore);
  }
}

/** Refreshes the 消息 tab badge each time a tab page is shown. */
export function useUnreadBadge(enabled: boolean): void {
  useDidShow(() => {
    if (!enabled) return;
    getUnreadCount().then(setUnreadBadge, () => undefined);
  });
}
