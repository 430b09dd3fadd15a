import { useRef } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';

/**
 * Reloads when the page is shown again (back from booking, cancelling or editing elsewhere) and
 * on pull-down. The first show is left to the page's own first load.
 */
export function useRefresh(enabled: boolean, reload: () => Promise<unknown>): void {
  const shows = useRef(0);
  useDidShow(() => {
    if (shows.current++ > 0 && enabled) void reload();
  });
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
}
