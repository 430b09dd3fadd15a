/**
 * Where the mini-program sends its requests, decided at build time and checked before a release
 * build starts: a phone only reaches an https:// domain listed in the admin console (or 微信云托管
 * through wx.cloud.callContainer), so a release that silently points at localhost must never ship.
 */
export interface ApiTarget {
  /** Origin of the API for request/uploadFile/downloadFile and image URLs; '' on H5 (same origin). */
  apiBase: string;
  /** 微信云托管 environment id and service name; both empty unless the build targets Cloud Run. */
  cloudEnv: string;
  cloudService: string;
}

const DEV_API_BASE = 'http://localhost:3000';

const HOW_TO_SET = [
  '正式构建小程序需要指定后端地址 / A release build of the mini-program needs to know where the API is:',
  '  自有服务器 / own server: TARO_APP_API_BASE=https://api.example.edu.cn npm run build:weapp',
  '  微信云托管 / WeChat Cloud Run: TARO_APP_CLOUD_ENV=<环境ID env id> TARO_APP_CLOUD_SERVICE=<服务名称 service name> npm run build:weapp',
  '  测试构建 / test build only: WEAPP_TEST_API_BASE=http://127.0.0.1:3921 npm run build:weapp',
  '本地开发 / local development: npm run dev:weapp (默认 / defaults to http://localhost:3000)',
].join('\n');

export function resolveApiTarget(env: NodeJS.ProcessEnv, argv: string[]): ApiTarget {
  const cloudEnv = env.TARO_APP_CLOUD_ENV ?? '';
  const cloudService = env.TARO_APP_CLOUD_SERVICE ?? '';
  const given = env.TARO_APP_API_BASE ?? '';
  if (env.TARO_ENV === 'h5') return { apiBase: given, cloudEnv: '', cloudService: '' };
  if (Boolean(cloudEnv) !== Boolean(cloudService)) {
    throw new Error(
      `TARO_APP_CLOUD_ENV 与 TARO_APP_CLOUD_SERVICE 需同时设置 / set both TARO_APP_CLOUD_ENV and TARO_APP_CLOUD_SERVICE\n${HOW_TO_SET}`,
    );
  }
  // `npm run dev:weapp` watches; everything else (`npm run build:weapp`) is a build meant for upload.
  const release = !argv.includes('--watch') && !argv.includes('-w');
  if (!release) return { apiBase: given || DEV_API_BASE, cloudEnv, cloudService };
  // The test walk (test/weapp) talks to a server on this machine; the variable says so on purpose.
  if (env.WEAPP_TEST_API_BASE) return { apiBase: env.WEAPP_TEST_API_BASE, cloudEnv, cloudService };
  if (given && !given.startsWith('https://')) {
    throw new Error(
      `TARO_APP_API_BASE 必须以 https:// 开头，当前为 ${given} / TARO_APP_API_BASE must start with https://, got ${given}\n${HOW_TO_SET}`,
    );
  }
  if (!given && !cloudEnv) throw new Error(`未设置后端地址 / no API configured\n${HOW_TO_SET}`);
  return { apiBase: given, cloudEnv, cloudService };
}
