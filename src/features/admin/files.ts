import Taro from '@tarojs/taro';
import { API_BASE } from '../../services/http';
import { uploadFile } from '../../services/transport';
import { networkError, toResult } from '../../services/api-error';
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
 * apply it. request() speaks JSON only, so this goes through Taro.uploadFile with the page's token.
 */
export async function uploadRoster(file: RosterFile, dryRun: boolean, token: string | null): Promise<ImportReport> {
  const res = await uploadFile({
    url: API_BASE + importPath(dryRun),
    filePath: file.path,
    name: 'file',
    header: token ? { Authorization: `Bearer ${token}` } : {},
    formData: { fileName: file.name },
    ...(isH5 ? { fileName: file.name } : {}),
  }).catch(() => {
    throw networkError();
  });
  return toResult<ImportReport>({ statusCode: res.statusCode, data: res.data });
}
