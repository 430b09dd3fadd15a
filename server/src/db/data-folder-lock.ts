import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite is PostgreSQL inside this process, with no server to arbitrate between two processes:
 * two of them on one data folder each believe they own it, and one's writes are lost. So the
 * folder is claimed by a lock file beside it holding the owner's pid, created atomically. A lock
 * left by a process that no longer runs (kill -9, a power cut) is taken over.
 */
export class DataFolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${folder} 正被另一个进程（pid ${pid}）使用：一个数据目录只能由一个进程打开。` +
        `请先停止那个进程，或为这个进程另设 PGLITE_DIR；需要多个进程时请改用 PostgreSQL（DATABASE_URL）。`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export const lockFileOf = (folder: string) => path.join(path.dirname(folder), `.${path.basename(folder)}.lock`);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(lockFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Claims `folder` for this process; returns the release function. Throws DataFolderInUseError. */
export function lockDataFolder(folder: string): () => void {
  const lockFile = lockFileOf(folder);
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      const release = () => {
        if (holderOf(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(lockFile);
    if (holder !== null && holder !== process.pid && isRunning(holder)) throw new DataFolderInUseError(folder, holder);
    // Left by a process that is gone (or half-written): take it over.
    fs.rmSync(lockFile, { force: true });
  }
  throw new Error(`无法锁定数据目录 ${folder}`);
}
