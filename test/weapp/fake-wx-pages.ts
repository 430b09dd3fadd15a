import fs from 'node:fs';
import path from 'node:path';
import { setPath } from './data-tree';

type Data = Record<string, unknown>;
type PageConfig = Record<string, unknown> & { data?: Data };
export interface PageInstance {
  route: string;
  options: Record<string, string>;
  data: Data;
  config: PageConfig;
  [key: string]: unknown;
}

/**
 * The page half of the test's WeChat: the App/Page/Component globals the build calls, and a page
 * stack that loads each page from the build and runs its lifecycles. A lifecycle that throws (or
 * rejects) is recorded in `failures`.
 */
export function createPageStack(dist: string, failures: string[]) {
  const stack: PageInstance[] = [];
  const registered = new Map<string, PageConfig>();
  let loadingRoute = '';
  let appInstance: Record<string, unknown> | null = null;

  /** Runs a lifecycle; a throw (or a rejected promise) is a failure of the walk. */
  function run(target: Record<string, unknown>, name: string, ...args: unknown[]) {
    const fn = target[name];
    if (typeof fn !== 'function') return;
    try {
      const result = fn.apply(target, args) as unknown;
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).catch((error: Error) =>
          failures.push(`${name} rejected: ${error.stack ?? error}`),
        );
      }
    } catch (error) {
      failures.push(`${String(target.route ?? 'app')} ${name} threw: ${(error as Error).stack ?? error}`);
    }
  }

  function loadPage(route: string): PageConfig {
    if (!registered.has(route)) {
      const file = path.join(dist, `${route}.js`);
      if (!fs.existsSync(file)) throw new Error(`no page ${route} in the build`);
      loadingRoute = route;
      require(file);
      loadingRoute = '';
    }
    const config = registered.get(route);
    if (!config) throw new Error(`${route} did not call Page()`);
    return config;
  }

  function open(url: string): PageInstance {
    const [rawPath, query = ''] = url.replace(/^\//, '').split('?');
    const route = rawPath!;
    // WeChat hands options over still URL-encoded, exactly as the query string carried them.
    const pageOptions = Object.fromEntries(
      query
        .split('&')
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string])
        .map(([k, v]) => [k, v ?? '']),
    );
    const config = loadPage(route);
    const page: PageInstance = {
      ...config,
      config,
      route,
      __route__: route,
      options: pageOptions,
      data: JSON.parse(JSON.stringify(config.data ?? {})) as Data,
      setData(patch: Data, callback?: () => void) {
        for (const [key, value] of Object.entries(patch)) setPath(page.data, key, value);
        if (callback) setTimeout(callback, 0);
      },
    };
    const previous = stack[stack.length - 1];
    if (previous) run(previous, 'onHide');
    stack.push(page);
    run(page, 'onLoad', pageOptions);
    run(page, 'onShow');
    setTimeout(() => run(page, 'onReady'), 0);
    return page;
  }

  function close(page: PageInstance) {
    run(page, 'onUnload');
    stack.splice(stack.indexOf(page), 1);
  }

  const globals = {
    App(config: Record<string, unknown>) {
      appInstance = config;
    },
    Page(config: PageConfig) {
      registered.set(loadingRoute, config);
    },
    Component: () => undefined,
    getApp: () => appInstance,
    getCurrentPages: () => [...stack],
  };
  return { stack, run, open, close, globals, app: () => appInstance };
}
