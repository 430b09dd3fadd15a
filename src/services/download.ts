import Taro from '@tarojs/taro';
import { ApiError, networkError } from './api-error';
import { API_BASE } from './http';
import { withPermission } from './permission';
import { downloadFile } from './transport';

const IS_H5 = process.env.TARO_ENV === 'h5';

/** What a failed download says when the feature has nothing more precise for that status. */
const FAILED = '下载失败，请稍后再试';

/** A feature's words for a failed download: by HTTP status, and `other` for any status it does not list. */
export interface FailureMessages {
  [status: number]: string;
  other?: string;
}

/**
 * A binary answer of the API (an XLSX report, a door-code image) saved to a local temporary file.
 * request() only speaks JSON, so file routes go through downloadFile with the same bearer token,
 * which the page hands in (services may not import the session feature). `messages` gives the
 * feature's own words for a status, e.g. 403 → 只有工会干事可以导出, and `other` for the rest.
 */
export async function downloadApiFile(
  path: string,
  token: string | null,
  messages: FailureMessages = {},
): Promise<string> {
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const res = await downloadFile({ url: API_BASE + path, header }).catch(() => {
    throw networkError();
  });
  if (res.statusCode !== 200)
    throw new ApiError(
      'http',
      res.statusCode,
      `HTTP_${res.statusCode}`,
      messages[res.statusCode] ?? messages.other ?? FAILED,
    );
  return res.tempFilePath;
}

/** H5: hands a downloaded file to the browser under a readable name. Does nothing in WeChat. */
export function saveInBrowser(tempFilePath: string, fileName: string): void {
  if (!IS_H5) return;
  const link = document.createElement('a');
  link.href = tempFilePath;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** Opens a downloaded document in WeChat's viewer (from where it can be forwarded), or downloads it on H5. */
export async function openDocument(
  tempFilePath: string,
  fileName: string,
  fileType: 'xlsx' | 'pdf' = 'xlsx',
): Promise<void> {
  if (IS_H5) return saveInBrowser(tempFilePath, fileName);
  await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true });
}

/**
 * Saves a downloaded image to the phone's album (WeChat) or as a download (H5). False when the
 * member has refused the album: they have been told why and offered the settings page.
 */
export async function saveImage(tempFilePath: string, fileName: string): Promise<boolean> {
  if (IS_H5) {
    saveInBrowser(tempFilePath, fileName);
    return true;
  }
  return (await withPermission('album', () => Taro.saveImageToPhotosAlbum({ filePath: tempFilePath }))) !== null;
}

/** An API export in one step: download with the token, then open (WeChat) or save (H5). */
export async function openApiWorkbook(
  path: string,
  token: string | null,
  fileName: string,
  messages?: FailureMessages,
): Promise<void> {
  await openDocument(await downloadApiFile(path, token, messages), fileName);
}
