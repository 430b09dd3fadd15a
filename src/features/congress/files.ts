import Taro from '@tarojs/taro';
import { upload } from '@/services/http';
import { withPermission } from '@/services/permission';
import type { Disclosure } from './types';

type Attachment = Disclosure['attachments'][number];

/** A file picked on the phone, waiting to be uploaded; `name` travels with it where the platform gives one. */
export interface PickedFile {
  path: string;
  size: number;
  name?: string;
}

/** The server's limits (server/src/routes/disclosures/rules.ts), checked here so a member is told before waiting. */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const IS_H5 = process.env.TARO_ENV === 'h5';
/** Uploads one file to a 校务公开 item (multipart, field `file`); the shared path adds the token and a retry key. */
export const uploadDisclosureFile = (itemId: number, file: PickedFile) =>
  upload<Attachment>(`/api/disclosures/${itemId}/attachments`, {
    filePath: file.path,
    ...(file.name ? { fileName: file.name } : {}),
  });

/** Pictures from the album or the camera (a photographed 公示 sheet); H5 keeps the file's own name. */
export async function choosePictures(count: number): Promise<PickedFile[]> {
  const res = await withPermission('camera-or-album', () =>
    Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: IS_H5 ? ['album'] : ['album', 'camera'] }),
  );
  return (res?.tempFiles ?? []).map((f) => {
    const name = (f as { originalFileObj?: { name?: string } }).originalFileObj?.name;
    return { path: f.path, size: f.size, ...(name ? { name } : {}) };
  });
}

/** PDFs: from a WeChat chat on the phone (where files live there), from disk on H5. */
export async function choosePdfs(count: number): Promise<PickedFile[]> {
  if (!IS_H5) {
    const res = await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] });
    return res.tempFiles.map((f) => ({ path: f.path, size: f.size, name: f.name }));
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf,.pdf';
    input.multiple = count > 1;
    input.onchange = () =>
      resolve(
        Array.from(input.files ?? [])
          .slice(0, count)
          .map((f) => ({ path: URL.createObjectURL(f), size: f.size, name: f.name })),
      );
    input.click();
  });
}
