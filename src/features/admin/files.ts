import Taro from '@tarojs/taro';
import { upload } from '@/services/http';
import { importPath } from './api';
import type { ImportReport, RosterFile } from './types';

const isH5 = process.env.TARO_ENV === 'h5';
export const MAX_ROSTER_BYTES = 10 * 1024 * 1024;

/** A CSV or XLSX roster: from a WeChat chat on the phone (where files live there), from disk on H5. */
export async function chooseRosterFile(): Promise<RosterFile | null> {
  if (!isH5) {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] });
    const f = res.tempFiles[0];
    return f ? { path: f.path, name: f.name, size: f.size } : null;
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.setAttribute('data-testid', 'roster-file-input');
    input.style.display = 'none';
    input.onchange = () => {
      const f = input.files?.[0];
      input.remove();
      resolve(f ? { path: URL.createObjectURL(f), name: f.name, size: f.size } : null);
    };
    document.body.appendChild(input);
    input.click();
  });
}

/**
 * Sends the roster to the server: a dry run first (nothing changes), then the same file again to
 * apply it.
 */
export const uploadRoster = (file: RosterFile, dryRun: boolean) =>
  upload<ImportReport>(importPath(dryRun), { filePath: file.path, fileName: file.name });
