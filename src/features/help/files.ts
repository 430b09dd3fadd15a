import Taro from '@tarojs/taro';
import type { ApiResponse } from '@/services/api-types';
import { API_BASE, download, upload } from '@/services/http';
import { withPermission } from '@/services/permission';
import { openApiWorkbook, openDocument } from '@/services/download';
import { attachmentUploadPath } from './api';
import { MAX_FILE_BYTES } from './permissions';
import type { HelpAttachment, LocalFile } from './types';

const isH5 = process.env.TARO_ENV === 'h5';

/** Uploads one picked file to a case; the server's Chinese message comes back as an ApiError like any other. */
export const uploadAttachment = (caseId: number, file: LocalFile) =>
  upload<ApiResponse<'uploadHelpAttachment'>>(attachmentUploadPath(caseId), {
    filePath: file.path,
    fileName: file.name,
  });

/** Photos from the album or the camera (compressed by WeChat, which keeps them small). */
export async function choosePhotos(count: number): Promise<LocalFile[]> {
  const res = await withPermission('camera-or-album', () =>
    Taro.chooseImage({
      count,
      sizeType: ['compressed'],
      // H5 on a phone would first ask 拍摄/相册 in a sheet of its own; the file picker offers both anyway.
      sourceType: isH5 ? ['album'] : ['album', 'camera'],
    }),
  );
  if (!res) return [];
  // H5 keeps the browser's File, so the member's own name (receipt.png) can travel with it; WeChat
  // gives only a temporary path and the server names it 照片.
  return res.tempFiles.map((f) => {
    const name = (f as { originalFileObj?: { name?: string } }).originalFileObj?.name;
    return { path: f.path, size: f.size, kind: 'image' as const, ...(name ? { name } : {}) };
  });
}

/** A PDF: from a WeChat chat on the phone (the only place files live there), from disk on H5. */
export async function choosePdf(count: number): Promise<LocalFile[]> {
  if (!isH5) {
    const res = await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] });
    return res.tempFiles.map((f) => ({ path: f.path, size: f.size, kind: 'pdf' as const, name: f.name }));
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf,.pdf';
    input.multiple = count > 1;
    input.onchange = () => {
      const files = Array.from(input.files ?? []).slice(0, count);
      resolve(files.map((f) => ({ path: URL.createObjectURL(f), size: f.size, kind: 'pdf' as const, name: f.name })));
    };
    input.click();
  });
}

/** Files too large to send, named for the message the page shows. */
export const tooLarge = (files: LocalFile[]) => files.filter((f) => f.size > MAX_FILE_BYTES);

export const attachmentUrl = (attachment: HelpAttachment) => API_BASE + attachment.url;

/** Photos open in the system viewer (swipe between them); a PDF in WeChat's document viewer or a browser tab. */
export async function openAttachment(attachment: HelpAttachment, all: HelpAttachment[]): Promise<void> {
  if (attachment.contentType !== 'application/pdf') {
    const urls = all.filter((a) => a.contentType !== 'application/pdf').map(attachmentUrl);
    await Taro.previewImage({ current: attachmentUrl(attachment), urls });
    return;
  }
  if (isH5) {
    window.open(attachmentUrl(attachment), '_blank');
    return;
  }
  const file = await download(attachment.url, { signed: true, messages: { other: '文件打不开了，请返回后重新进入' } });
  await openDocument(file, attachment.fileName, 'pdf');
}

/**
 * The Excel export, through the shared download: WeChat opens it in its
 * document viewer (from where it can be forwarded), the H5 build saves it as a download.
 */
export const downloadWorkbook = (path: string, fileName: string) =>
  openApiWorkbook(path, fileName, { other: '导出失败，请稍后再试' });
