import { useEffect, useRef } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useLoader, type Loader } from './use-loader';

export interface PageRefreshOptions {
  /** False until the page may load (no member yet: the page is on its way to the login). */
  enabled?: boolean;
  /** Reload each time the page shows again (back from a page that changed something). Default true. */
  onShow?: boolean;
  /** What else decides the data (a filter, a month): a change reloads. */
  deps?: readonly unknown[];
}

/**
 * A page's "load, refresh on show, pull to refresh" in one place: loads once enabled and whenever
 * `deps` change, again when the page shows after another page (the first show is the first load),
 * and on pull-down, whose spinner stops when the reload is done, whatever its outcome.
 */
export function usePageRefresh(reload: () => Promise<unknown>, options: PageRefreshOptions = {}): void {
  const { enabled = true, onShow = true, deps = [] } = options;
  const latest = useRef(reload);
  latest.current = reload;
  const shows = useRef(0);
  useDidShow(() => {
    if (shows.current++ > 0 && enabled && onShow) void latest.current();
  });
  usePullDownRefresh(() => {
    const done = () => Taro.stopPullDownRefresh();
    if (!enabled) return done();
    void latest.current().then(done, done);
  });
  useEffect(() => {
    if (enabled) void latest.current();
    // The caller's deps decide when to reload; `reload` itself is read through the ref.
  }, [enabled, ...deps]);
}

/** One source of page data (see useLoader) with the page's refreshes (see usePageRefresh). */
export function usePageData<T>(load: () => Promise<T>, options: PageRefreshOptions = {}): Loader<T> {
  const loader = useLoader(load);
  usePageRefresh(loader.reload, options);
  return loader;
}
