import { resolveApiTarget } from '../../config/api-target';

const weapp = (env: Record<string, string>) =>
  ({ TARO_ENV: 'weapp', NODE_ENV: 'production', ...env }) as NodeJS.ProcessEnv;
const release = ['node', 'taro', 'build', '--type', 'weapp'];
const watch = [...release, '--watch'];

describe('where a weapp build sends its requests', () => {
  it('refuses a release without an API, saying what to set in Chinese and English', () => {
    expect(() => resolveApiTarget(weapp({}), release)).toThrow(
      /未设置后端地址.*no API configured[\s\S]*TARO_APP_API_BASE=https:\/\/[\s\S]*TARO_APP_CLOUD_ENV/,
    );
  });

  it('refuses a release on plain http, localhost included', () => {
    expect(() => resolveApiTarget(weapp({ TARO_APP_API_BASE: 'http://localhost:3000' }), release)).toThrow(
      /必须以 https:\/\/ 开头.*must start with https:\/\//,
    );
    expect(() => resolveApiTarget(weapp({ TARO_APP_API_BASE: 'http://api.example.edu.cn' }), release)).toThrow(
      /https:\/\//,
    );
  });

  it('takes an https API for a release', () => {
    expect(resolveApiTarget(weapp({ TARO_APP_API_BASE: 'https://api.example.edu.cn' }), release)).toEqual({
      apiBase: 'https://api.example.edu.cn',
      cloudEnv: '',
      cloudService: '',
    });
  });

  it('takes the Cloud Run settings, which need both env and service', () => {
    expect(
      resolveApiTarget(weapp({ TARO_APP_CLOUD_ENV: 'prod-1a2b', TARO_APP_CLOUD_SERVICE: 'zhijia-api' }), release),
    ).toEqual({ apiBase: '', cloudEnv: 'prod-1a2b', cloudService: 'zhijia-api' });
    expect(() => resolveApiTarget(weapp({ TARO_APP_CLOUD_ENV: 'prod-1a2b' }), release)).toThrow(
      /TARO_APP_CLOUD_SERVICE/,
    );
  });

  it('keeps localhost for dev:weapp (watching), and a test build says so explicitly', () => {
    expect(resolveApiTarget(weapp({}), watch).apiBase).toBe('http://localhost:3000');
    expect(resolveApiTarget(weapp({ WEAPP_TEST_API_BASE: 'http://127.0.0.1:3921' }), release).apiBase).toBe(
      'http://127.0.0.1:3921',
    );
  });

  it('leaves H5 on its own origin', () => {
    expect(resolveApiTarget({ TARO_ENV: 'h5' } as NodeJS.ProcessEnv, release).apiBase).toBe('');
  });
});
