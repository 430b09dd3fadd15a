import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from './index';
import { assertValidKey } from './keys';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Files in a folder of this machine: the default for a single instance with its embedded database. */
export function createLocalFileStore(dir: string): FileStore {
  const fileOf = (key: string) => {
    assertValidKey(key);
    return path.join(dir, ...key.split('/'));
  };

  return {
    kind: 'local',
    async put(key, body) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a reader never sees half a file and a failed write leaves none.
      const temporary = `${file}.${randomUUID()}.part`;
      try {
        await fs.writeFile(temporary, body, { flag: 'wx' });
        await fs.rename(temporary, file);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return await fs.readFile(fileOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
