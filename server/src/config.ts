import path from 'node:path';

export type AuthMode = 'dev' | 'wechat' | 'cloudrun';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  /** Connections each instance keeps to PostgreSQL (not PGlite, which has one). */
  databasePoolSize: number;
  pgliteDir: string;
  authMode: AuthMode;
  sessionTtlDays: number;
  wechat: {
    apiBase: string;
    appId?: string;
    appSecret?: string;
    /** Notification kind → subscribe-message template id, e.g. {"booking":"abc…"}. */
    templates: Record<string, string>;
    /** 'developer' | 'trial' | 'formal': which build a subscribe message opens. */
    miniprogramState: string;
    /** The token set in the mini-program's 消息推送 (JSON), which signs WeChat's image-check results. */
    pushToken?: string;
  };
  /** Folder of the H5 build that the server serves beside the API; absent → API only. */
  h5Dir?: string;
  demoMembers: number;
  logLevel: string;
  /** PGlite only: requests let in at once, and the longest a request waits in line before a 503. */
  admission: { concurrency: number; maxWaitMs: number };
  /** The longest a client may take to send a whole request (headers and body) before a 408. */
  requestTimeoutMs: number;
}

const ROOT = path.resolve(__dirname, '../..');

function parseAuthMode(value: string | undefined, hasDatabaseUrl: boolean): AuthMode {
  if (value === undefined || value === '') return hasDatabaseUrl ? 'wechat' : 'dev';
  if (value === 'dev' || value === 'wechat' || value === 'cloudrun') return value;
  throw new Error(`AUTH_MODE must be dev, wechat or cloudrun, not "${value}"`);
}

function parseTemplates(value: string | undefined): Record<string, string> {
  if (!value) return {};
  const parsed: unknown = JSON.parse(value);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('SUBSCRIBE_TEMPLATES must be a JSON object of kind → template id');
  }
  return parsed as Record<string, string>;
}

/**
 * A pool bigger than the database server can run at once only makes transactions wait inside it,
 * holding their locks longer: about twice the server's cores in all, shared by the instances.
 */
function parsePoolSize(value: string | undefined): number {
  if (value === undefined || value === '') return 10;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 200)
    throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 200, not "${value}"`);
  return size;
}

/** Long enough for a slow phone to send a 10 MB photo, short enough that a stalled upload lets go. */
function parseRequestTimeout(value: string | undefined): number {
  if (value === undefined || value === '') return 30_000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100 || ms > 600_000)
    throw new Error(`REQUEST_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000, not "${value}"`);
  return ms;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    databasePoolSize: parsePoolSize(env.DATABASE_POOL_SIZE),
    pgliteDir: path.resolve(env.PGLITE_DIR ?? path.join(ROOT, 'data')),
    authMode: parseAuthMode(env.AUTH_MODE, Boolean(databaseUrl)),
    sessionTtlDays: Number(env.SESSION_TTL_DAYS ?? 30),
    wechat: {
      apiBase: env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
      appId: env.WECHAT_APPID || undefined,
      appSecret: env.WECHAT_SECRET || undefined,
      templates: parseTemplates(env.SUBSCRIBE_TEMPLATES),
      miniprogramState: env.WECHAT_MINIPROGRAM_STATE ?? 'formal',
      pushToken: env.WECHAT_PUSH_TOKEN || undefined,
    },
    h5Dir: env.H5_DIR === '' ? undefined : path.resolve(env.H5_DIR ?? path.join(ROOT, 'dist-h5')),
    demoMembers: Number(env.DEMO_MEMBERS ?? 0),
    logLevel: env.LOG_LEVEL ?? 'info',
    admission: { concurrency: Number(env.PGLITE_CONCURRENCY ?? 4), maxWaitMs: Number(env.BUSY_WAIT_MS ?? 3000) },
    requestTimeoutMs: parseRequestTimeout(env.REQUEST_TIMEOUT_MS),
  };
}

/** The configuration tests and tools start from: dev sign-in, no H5, quiet. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // Tests race hundreds of requests on a shared, loaded machine: let them wait instead of a 503.
  const base = loadConfig({ AUTH_MODE: 'dev', H5_DIR: '', LOG_LEVEL: 'silent', BUSY_WAIT_MS: '120000' });
  return { ...base, ...overrides, wechat: { ...base.wechat, ...overrides.wechat } };
}
