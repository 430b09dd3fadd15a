import Taro from '@tarojs/taro';
import type { ApiResponse } from '@/services/api-types';
import { openDocument } from '@/services/download';
import { download, upload } from '@/services/http';
import { withPermission } from '@/services/permission';
import { evidencePath } from './api';
import type { EvidenceFile, LocalFile } from './types';

/** The server's limit (evidence-routes.ts): checked here first so a large scan is refused before it is sent. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
const isH5 = process.env.TARO_ENV === 'h5';

/** Uploads one picked file as evidence of an item (multipart, field `file`) and answers the whole self-assessment. */
export const uploadEvidence = (where: { roundId: number; schoolId: number; key: string }, file: LocalFile) =>
  upload<ApiResponse<'uploadAssessmentEvidence'>>(evidencePath(where.roundId, where.schoolId, where.key), {
    filePath: file.path,
    ...(file.name ? { fileName: file.name } : {}),
  });

/** Photos from the album or the camera, compressed by WeChat. */
export async function choosePhotos(count: number): Promise<LocalFile[]> {
  const res = await withPermission('camera-or-album', () =>
    Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: isH5 ? ['album'] : ['album', 'camera'] }),
  );
  if (!res) return [];
  return res.tempFiles.map((f) => {
    const name = (f as { originalFileObj?: { name?: string } }).originalFileObj?.name;
    return { path: f.path, size: f.size, kind: 'image' as const, ...(name ? { name } : {}) };
  });
}

/** A PDF (a scanned document): from a WeChat chat on the phone, from disk on H5. */
export async function choosePdf(): Promise<LocalFile[]> {
  if (!isH5) {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
    return res.tempFiles.map((f) => ({ path: f.path, size: f.size, kind: 'pdf' as const, name: f.name }));
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf,.pdf';
    input.onchange = () =>
      resolve(
        Array.from(input.files ?? [])
          .slice(0, 1)
          .map((f) => ({ path: URL.createObjectURL(f), size: f.size, kind: 'pdf' as const, name: f.name })),
      );
    input.click();
  });
}

/** Opens an evidence file: a PDF in the document viewer, a photo in the image viewer. */
export async function openEvidence(
  where: { roundId: number; schoolId: number; key: string },
  file: EvidenceFile,
): Promise<void> {
  const path = await download(`${evidencePath(where.roundId, where.schoolId, where.key)}/${file.id}`, {
    messages: { 404: '文件不存在或已删除', 403: '您没有权限查看这个文件' },
  });
  if (file.contentType === 'application/pdf') return openDocument(path, file.fileName, 'pdf');
  await Taro.previewImage({ urls: [path], current: path });
}
