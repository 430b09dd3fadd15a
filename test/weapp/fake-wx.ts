import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ancestry, findAll, findElement, ownText, textOf } from './data-tree';
import { createPageStack } from './fake-wx-pages';
import { implementedApis, type WxDeps } from './wx-apis';

export { findAll, textOf } from './data-tree';
export type { PageInstance } from './fake-wx-pages';

/**
 * WeChat's half of a mini-program, made for a test: the App/Page/Component globals, a page stack
 * that runs each page's lifecycles, and setData applied to a data tree with WeChat's path syntax
 * (`root.cn.[0].v`). The `wx` object lists exactly the APIs implemented in wx-apis.ts: Taro wraps
 * only what Object.keys(wx) shows, and reading any other name is recorded as a failure.
 */

type Data = Record<string, unknown>;

export interface WalkOptions {
  dist: string;
  /** Every request must start with this origin (own-server builds). */
  apiBase: string;
  /** The code wx.login answers with; the fake code2Session turns it into openid-<code>. */
  loginCode: string;
  /** 微信云托管: where the test's platform forwards callContainer, and the openid it vouches for. */
  cloud?: { origin: string; env: string; service: string; openid: string };
}

export function createWeChat(options: WalkOptions) {
  const failures: string[] = [];
  const requests: string[] = [];
  const modals: { title?: string; content?: string }[] = [];
  const toasts: string[] = [];
  const badges = new Map<number, string>();
  const storage = new Map<string, unknown>();
  const pages = createPageStack(options.dist, failures);
  const { stack, run, open, close } = pages;
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-weapp-'));
  let pending = 0;
  const update: WxDeps['update'] = { applied: false };
  const permissions: WxDeps['permissions'] = { refused: new Set(), settingsOpened: 0 };

  const deps: WxDeps = {
    options,
    failures,
    requests,
    modals,
    toasts,
    badges,
    storage,
    tempDir,
    update,
    permissions,
    track: <T>(work: Promise<T>) => {
      pending += 1;
      return work.finally(() => {
        pending -= 1;
      });
    },
    navigate(kind, url) {
      const tabs = (
        (
          JSON.parse(fs.readFileSync(path.join(options.dist, 'app.json'), 'utf8')) as {
            tabBar?: { list: { pagePath: string }[] };
          }
        ).tabBar?.list ?? []
      ).map((t) => t.pagePath);
      const route = url.replace(/^\//, '').split('?')[0]!;
      if (kind === 'switchTab' && !tabs.includes(route))
        throw new Error(`switchTab to ${route}, which is not a tab page`);
      if (kind !== 'switchTab' && tabs.includes(route))
        throw new Error(`${kind} to tab page ${route}: WeChat refuses it`);
      if (kind === 'redirectTo') close(stack[stack.length - 1]!);
      if (kind === 'reLaunch' || kind === 'switchTab') while (stack.length) close(stack[stack.length - 1]!);
      open(url);
    },
    back(delta) {
      for (let i = 0; i < delta && stack.length > 1; i += 1) close(stack[stack.length - 1]!);
      run(stack[stack.length - 1]!, 'onShow');
    },
  };

  const apis = implementedApis(deps);
  const extras: Record<string, unknown> = {};
  // Reads the build makes that are not API calls: webpack's chunk registry lives on wx, and Taro
  // copies wx.cloud to Taro.cloud at boot (absent unless the walk is a Cloud Run one).
  const NOT_APIS = new Set(['webpackJsonp', 'cloud']);
  const wx = new Proxy(apis, {
    get(target, name) {
      if (typeof name === 'symbol') return undefined;
      if (name in target) return target[name];
      if (name in extras || NOT_APIS.has(name)) return extras[name];
      failures.push(`wx.${name} is not implemented by the test's WeChat`);
      return undefined;
    },
    set(_target, name, value) {
      extras[String(name)] = value;
      return true;
    },
    ownKeys: (target) => Reflect.ownKeys(target),
  });

  Object.assign(globalThis, { wx, ...pages.globals });

  return {
    wx: apis,
    failures,
    requests,
    modals,
    toasts,
    badges,
    storage,
    update,
    permissions,
    boot() {
      require(path.join(options.dist, 'app.js'));
      const appInstance = pages.app();
      if (!appInstance) throw new Error('app.js did not call App()');
      run(appInstance, 'onLaunch', { path: 'pages/home/index', query: {}, scene: 1001 });
      run(appInstance, 'onShow', { path: 'pages/home/index', query: {}, scene: 1001 });
    },
    /** Opens a page the way WeChat does on a cold start or from a code: a fresh stack. */
    launch(url: string) {
      while (stack.length) close(stack[stack.length - 1]!);
      return open(url);
    },
    current: () => stack[stack.length - 1]!,
    stack: () => stack.map((p) => p.route),
    /** Waits until no request is in flight and timers have run, i.e. the page has rendered. */
    async settle() {
      for (let quiet = 0; quiet < 3;) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        quiet = pending === 0 ? quiet + 1 : 0;
      }
    },
    text: (page = stack[stack.length - 1]!) => textOf(page.data.root),
    /** Elements the current page has rendered (none: the page shows a blank screen). */
    rendered: () => findAll(stack[stack.length - 1]?.data.root, () => true).length,
    /**
     * Sends a WeChat event to an element: one of the tree, or the deepest one whose own text or an
     * attribute (placeholder…) matches. (data-* attributes stay in Taro's DOM, not in the data.)
     */
    dispatch(match: string | RegExp | Record<string, unknown>, type: string, detail: Data = {}) {
      const page = stack[stack.length - 1]!;
      // Words on a button win over the same words in a title: what a member taps is the button.
      const exacts = typeof match === 'string' ? findAll(page.data.root, (e) => ownText(e) === match) : [];
      const onButton = exacts.find((e) => ancestry(page.data.root, e).some((a) => /\bui-button\b/.test(String(a.cl))));
      const exact = onButton ?? exacts[0];
      const target =
        typeof match === 'object' && !(match instanceof RegExp) ? match : (exact ?? findElement(page.data.root, match));
      if (!target) throw new Error(`nothing on ${page.route} matches ${String(match)}:\n${textOf(page.data.root)}`);
      const ref = (e: Record<string, unknown>) => ({ id: String(e.sid), dataset: { sid: String(e.sid) } });
      // A tap bubbles in WeChat: the handler runs for the element, then for each ancestor.
      const chain = type === 'tap' ? ancestry(page.data.root, target).reverse() : [target];
      for (const element of chain) {
        run(page, 'eh', {
          type,
          timeStamp: Date.now(),
          detail,
          target: ref(target),
          currentTarget: ref(element),
          mark: {},
        });
      }
    },
    tap(match: string | RegExp | Record<string, unknown>) {
      this.dispatch(match, 'tap', { x: 10, y: 10 });
    },
    /** Types into the input whose placeholder (or another attribute) is exactly this. */
    input(placeholder: string, value: string) {
      const [field] = findAll(stack[stack.length - 1]!.data.root, (e) =>
        Object.entries(e).some(([k, v]) => k !== 'v' && v === placeholder),
      );
      if (!field) throw new Error(`no input with placeholder ${placeholder}`);
      this.dispatch(field, 'input', { value, cursor: value.length, keyCode: 0 });
    },
    /** What the app would do itself: wx.navigateTo / switchTab to a page. */
    go(kind: 'navigateTo' | 'switchTab' | 'reLaunch', url: string) {
      deps.navigate(kind, url);
    },
  };
}
