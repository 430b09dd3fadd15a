import Taro from '@tarojs/taro';
import { download } from '@/services/http';
import { openApiWorkbook, openDocument } from '@/services/download';
import { motionsExportPath } from './api';
import type { Disclosure } from './types';

/** The session's 提案汇总表 (XLSX). */
export const openMotionsWorkbook = (sessionId: number, title: string) =>
  openApiWorkbook(motionsExportPath(sessionId), `${title}-提案汇总表.xlsx`, {
    403: '只有工会干事、主席和提案工作委员会可以导出',
    other: '导出失败，请稍后再试',
  });

/** A 校务公开 attachment: a PDF opens in the document viewer, a picture in the image viewer. */
export async function openAttachment(file: Disclosure['attachments'][number]): Promise<void> {
  const path = await download(file.url, { messages: { 404: '附件不存在或已删除' } });
  if (file.contentType === 'application/pdf') return openDocument(path, file.fileName, 'pdf');
  await Taro.previewImage({ urls: [path], current: path });
}
