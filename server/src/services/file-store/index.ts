import path from 'node:path';
import { createLocalFileStore } from './local';
import { createS3FileStore, type S3FileStoreConfig } from './s3';

export { assertValidKey, newStorageKey } from './keys';
export { sniffContentType, type StoredContentType } from './sniff';

/**
 * Where uploaded files live. The database keeps who may see a file and under which key; the store
 * keeps only bytes. A local folder on one machine, an S3-compatible bucket (Tencent COS, MinIO,
 * AWS S3) when the API runs as several stateless instances.
 */
export interface FileStore {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes under `key`, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; a key that is not there is not an error. */
  delete(key: string): Promise<void>;
}

export type FileStoreConfig = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3FileStoreConfig);

/**
 * Reads the store from the environment: FILE_STORE_S3_BUCKET chooses a bucket (with
 * FILE_STORE_S3_REGION, FILE_STORE_S3_ENDPOINT, FILE_STORE_S3_ACCESS_KEY_ID,
 * FILE_STORE_S3_SECRET_ACCESS_KEY, FILE_STORE_S3_FORCE_PATH_STYLE, FILE_STORE_S3_PREFIX);
 * otherwise FILE_STORE_DIR, by default a `files` folder inside the embedded database's data folder.
 */
export function fileStoreConfigFromEnv(env: NodeJS.ProcessEnv, pgliteDir: string): FileStoreConfig {
  const bucket = env.FILE_STORE_S3_BUCKET;
  if (!bucket) return { kind: 'local', dir: path.resolve(env.FILE_STORE_DIR || path.join(pgliteDir, 'files')) };
  const accessKeyId = env.FILE_STORE_S3_ACCESS_KEY_ID;
  const secretAccessKey = env.FILE_STORE_S3_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new Error(
      'FILE_STORE_S3_BUCKET is set: FILE_STORE_S3_ACCESS_KEY_ID and FILE_STORE_S3_SECRET_ACCESS_KEY are needed too',
    );
  }
  return {
    kind: 's3',
    bucket,
    region: env.FILE_STORE_S3_REGION || 'ap-guangzhou',
    endpoint: env.FILE_STORE_S3_ENDPOINT || undefined,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: env.FILE_STORE_S3_FORCE_PATH_STYLE === 'true',
    prefix: env.FILE_STORE_S3_PREFIX ?? '',
  };
}

export function createFileStore(config: FileStoreConfig): FileStore {
  return config.kind === 'local' ? createLocalFileStore(config.dir) : createS3FileStore(config);
}
