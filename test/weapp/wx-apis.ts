import fs from 'node:fs';
import path from 'node:path';
import type { WalkOptions } from './fake-wx';

/** What the wx APIs share with the page stack in fake-wx.ts. */
export interface WxDeps {
  options: WalkOptions;
  failures: string[];
  requests: string[];
  modals: { title?: string; content?: string }[];
  toasts: string[];
  badges: Map<number, string>;
  storage: Map<string, unknown>;
  tempDir: string;
  /** The update manager's state: the app's onUpdateReady handler, and whether it applied the update. */
  update: { ready?: () => void; applied: boolean };
  /** Permissions the member has refused (WeChat then fails at once), and how often settings opened. */
  permissions: { refused: Set<string>; settingsOpened: number };
  track<T>(work: Promise<T>): Promise<T>;
  navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch', url: string): void;
  back(delta: number): void;
}

type Options = Record<string, unknown> & {
  success?: (r: unknown) => void;
  fail?: (e: unknown) => void;
  complete?: (r: unknown) => void;
};

/** WeChat's callback style over a promise: success or fail, then complete. */
function callback(deps: WxDeps, work: (o: Options) => Promise<unknown> | unknown) {
  return (o: Options = {}) => {
    void deps.track(
      Promise.resolve()
        .then(() => work(o))
        .then(
          (result) => {
            o.success?.(result);
            o.complete?.(result);
          },
          (error: unknown) => {
            const result = {
              errMsg: (error as { errMsg?: string }).errMsg ?? `fail ${(error as Error).message ?? error}`,
            };
            o.fail?.(result);
            o.complete?.(result);
          },
        ),
    );
    return { abort: () => undefined, onProgressUpdate: () => undefined, offProgressUpdate: () => undefined };
  };
}

async function answer(response: Response, dataType?: unknown, responseType?: unknown) {
  const header = Object.fromEntries(response.headers.entries());
  if (responseType === 'arraybuffer')
    return { statusCode: response.status, header, data: await response.arrayBuffer() };
  const text = await response.text();
  let data: unknown = text;
  if (dataType !== 'text') {
    try {
      data = JSON.parse(text);
    } catch {
      // WeChat hands a body that is not JSON over as text.
    }
  }
  return { statusCode: response.status, header, data, errMsg: 'request:ok' };
}

export function implementedApis(deps: WxDeps): Record<string, unknown> {
  const { options } = deps;
  let files = 0;

  /** Only the configured server: anything else is a request WeChat's domain list would block. */
  function checkedUrl(url: unknown): string {
    const text = String(url);
    deps.requests.push(text);
    if (!text.startsWith(`${options.apiBase}/`)) {
      deps.failures.push(`request to ${text}, not the configured server ${options.apiBase}`);
      throw new Error('url not in domain list');
    }
    return text;
  }
  const body = (data: unknown) =>
    data === undefined
      ? undefined
      : typeof data === 'string' || data instanceof ArrayBuffer
        ? data
        : JSON.stringify(data);
  const tempFile = (extension: string) => path.join(deps.tempDir, `tmp-${(files += 1)}.${extension}`);

  const ok =
    (extra: Record<string, unknown> = {}) =>
    () => ({ errMsg: 'ok', ...extra });
  const systemInfo = {
    platform: 'ios',
    system: 'iOS 12.0',
    version: '8.0.50',
    SDKVersion: '3.5.0',
    pixelRatio: 2,
    screenWidth: 375,
    screenHeight: 667,
    windowWidth: 375,
    windowHeight: 667,
    statusBarHeight: 20,
    language: 'zh_CN',
    safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 },
  };

  return {
    request: callback(deps, async (o) =>
      answer(
        await fetch(checkedUrl(o.url), {
          method: String(o.method ?? 'GET'),
          headers: o.header as Record<string, string>,
          body: body(o.data),
        }),
        o.dataType,
        o.responseType,
      ),
    ),
    uploadFile: callback(deps, async (o) => {
      const form = new FormData();
      for (const [k, v] of Object.entries((o.formData as Record<string, string>) ?? {})) form.append(k, v);
      form.append(String(o.name), new Blob([fs.readFileSync(String(o.filePath))]), path.basename(String(o.filePath)));
      const res = await fetch(checkedUrl(o.url), {
        method: 'POST',
        headers: o.header as Record<string, string>,
        body: form,
      });
      return { statusCode: res.status, data: await res.text() };
    }),
    downloadFile: callback(deps, async (o) => {
      const res = await fetch(checkedUrl(o.url), { headers: o.header as Record<string, string> });
      const tempFilePath = tempFile('bin');
      fs.writeFileSync(tempFilePath, Buffer.from(await res.arrayBuffer()));
      return { statusCode: res.status, tempFilePath };
    }),
    login: callback(deps, () => ({ code: options.loginCode, errMsg: 'login:ok' })),
    getStorageSync: (key: string) => deps.storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void deps.storage.set(key, value),
    removeStorageSync: (key: string) => void deps.storage.delete(key),
    navigateTo: callback(deps, (o) => deps.navigate('navigateTo', String(o.url))),
    redirectTo: callback(deps, (o) => deps.navigate('redirectTo', String(o.url))),
    switchTab: callback(deps, (o) => deps.navigate('switchTab', String(o.url))),
    reLaunch: callback(deps, (o) => deps.navigate('reLaunch', String(o.url))),
    navigateBack: callback(deps, (o) => deps.back(Number(o.delta ?? 1))),
    showToast: callback(deps, (o) => void deps.toasts.push(String(o.title))),
    hideToast: callback(deps, ok()),
    showLoading: callback(deps, ok()),
    hideLoading: callback(deps, ok()),
    // The member confirms every question the app asks.
    showModal: callback(deps, (o) => {
      deps.modals.push({ title: o.title as string, content: o.content as string });
      return { confirm: true, cancel: false };
    }),
    setNavigationBarTitle: callback(deps, ok()),
    // The sign-in page hides the bar's home button: there is no home to go to before signing in.
    hideHomeButton: callback(deps, ok()),
    stopPullDownRefresh: callback(deps, ok()),
    pageScrollTo: callback(deps, ok()),
    setKeepScreenOn: callback(deps, ok()),
    setTabBarBadge: callback(deps, (o) => void deps.badges.set(Number(o.index), String(o.text))),
    removeTabBarBadge: callback(deps, (o) => void deps.badges.delete(Number(o.index))),
    // Subscribing is the member's choice; here they decline, which the app must take in its stride.
    requestSubscribeMessage: callback(deps, (o) =>
      Object.fromEntries(((o.tmplIds as string[]) ?? []).map((id) => [id, 'reject'])),
    ),
    saveImageToPhotosAlbum: callback(deps, () => {
      if (deps.permissions.refused.has('scope.writePhotosAlbum'))
        throw { errMsg: 'saveImageToPhotosAlbum:fail auth deny' };
      return { errMsg: 'saveImageToPhotosAlbum:ok' };
    }),
    openSetting: callback(deps, () => {
      deps.permissions.settingsOpened += 1;
      return { authSetting: Object.fromEntries([...deps.permissions.refused].map((scope) => [scope, false])) };
    }),
    getSystemInfoSync: () => systemInfo,
    getWindowInfo: () => systemInfo,
    getAppBaseInfo: () => systemInfo,
    getDeviceInfo: () => systemInfo,
    getMenuButtonBoundingClientRect: () => ({ top: 24, bottom: 56, left: 281, right: 368, width: 87, height: 32 }),
    getUpdateManager: () => ({
      onCheckForUpdate: () => undefined,
      onUpdateReady: (handler: () => void) => void (deps.update.ready = handler),
      onUpdateFailed: () => undefined,
      applyUpdate: () => void (deps.update.applied = true),
    }),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    canIUse: () => true,
    env: { USER_DATA_PATH: deps.tempDir },
    getFileSystemManager: () => ({
      readFileSync: (file: string) => new Uint8Array(fs.readFileSync(file)).buffer,
      writeFileSync: (file: string, data: ArrayBuffer) => fs.writeFileSync(file, Buffer.from(data)),
    }),
    ...(options.cloud ? { cloud: cloudApis(deps, options.cloud) } : {}),
  };
}

/** wx.cloud as 微信云托管 runs it: callContainer reaches the service and the platform adds X-WX-OPENID. */
function cloudApis(deps: WxDeps, cloud: NonNullable<WalkOptions['cloud']>) {
  let initialised = false;
  return {
    init: (o: { env?: string } = {}) => {
      if (o.env !== cloud.env) deps.failures.push(`wx.cloud.init with env ${o.env}, not ${cloud.env}`);
      initialised = true;
    },
    callContainer: (o: Options) =>
      deps.track(
        (async () => {
          const header = { ...((o.header as Record<string, string>) ?? {}) };
          if (!initialised) deps.failures.push('callContainer before wx.cloud.init');
          if (header['X-WX-SERVICE'] !== cloud.service)
            deps.failures.push(`callContainer to service ${header['X-WX-SERVICE']}`);
          deps.requests.push(`cloud:${String(o.path)}`);
          if (!String(o.path).startsWith('/')) deps.failures.push(`callContainer path ${String(o.path)} is not a path`);
          const res = await fetch(`${cloud.origin}${String(o.path)}`, {
            method: String(o.method ?? 'GET'),
            // content-type defaults to JSON, as WeChat documents; the app's own header wins.
            headers: {
              ...(Object.keys(header).some((k) => k.toLowerCase() === 'content-type')
                ? {}
                : { 'content-type': 'application/json' }),
              ...header,
              'X-WX-OPENID': cloud.openid,
              'X-WX-SOURCE': 'wx_client',
            },
            body:
              o.data === undefined
                ? undefined
                : o.data instanceof ArrayBuffer
                  ? Buffer.from(o.data)
                  : typeof o.data === 'string'
                    ? o.data
                    : JSON.stringify(o.data),
          });
          return answer(res, o.dataType, o.responseType);
        })(),
      ),
  };
}
