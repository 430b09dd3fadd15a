import Taro from '@tarojs/taro';
import { API_BASE, download, upload } from '@/services/http';
import { withPermission } from '@/services/permission';
import { openApiWorkbook } from '@/services/download';
import { clubImageUploadPath } from './api';

const IS_H5 = process.env.TARO_ENV === 'h5';

const FAILED: Record<number, string> = {
  403: '只有本社团负责人和工会干事可以查看',
  404: '活动不存在',
  502: '暂时无法从微信获取小程序码，请稍后再试',
};

/** The event's check-in code as an image file. */
export const downloadClubFile = (path: string) => download(path, { messages: FAILED });

/** The XLSX opens in WeChat's document viewer (to forward from there); the H5 build saves it as a download. */
export const openClubWorkbook = (path: string, fileName: string) => openApiWorkbook(path, fileName, FAILED);

/** Photos from the album or the camera, compressed by WeChat. */
export async function chooseClubPhotos(count: number): Promise<string[]> {
  const res = await withPermission('camera-or-album', () =>
    Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: IS_H5 ? ['album'] : ['album', 'camera'] }),
  );
  return res?.tempFilePaths ?? [];
}

/** Uploads one photo for an announcement (multipart field `file`); the server's Chinese message comes back as an ApiError. */
export const uploadClubPhoto = (clubId: number, path: string) =>
  upload<{ url: string; status: 'checking' | 'pass' }>(clubImageUploadPath(clubId), { filePath: path });

/** A photo's address as an <Image> loads it. */
export const clubImageSrc = (url: string) => API_BASE + url;
