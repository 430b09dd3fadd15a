import Taro from '@tarojs/taro';
import { download, type FailureMessages } from './http';
import { withPermission } from './permission';

export type { FailureMessages } from './http';

const IS_H5 = process.env.TARO_ENV === 'h5';

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

/** An API export in one step: download it, then open (WeChat) or save (H5). */
export async function openApiWorkbook(path: string, fileName: string, messages?: FailureMessages): Promise<void> {
  await openDocument(await download(path, { messages }), fileName);
}
