import Taro from '@tarojs/taro';
import { downloadApiFile, openApiWorkbook, openDocument } from '../../services/download';
import { motionsExportPath } from './api';
import type { Disclosure } from './types';

/** The session's 提案汇总表 (XLSX), with the bearer token the page hands in. */
export const openMotionsWorkbook = (sessionId: number, title: string, token: string | null) =>
  openApiWorkbook(motionsExportPath(sessionId), token, `${title}-提案汇总表.xlsx`, {
    403: '只有工会干事、主席和提案工作委员会可以导出',
    other: '导出失败，请稍后再试',
  });

/** A 校务公开 attachment: a PDF opens in the document viewer, a picture in the image viewer. */
export async function openAttachment(file: Disclosure['attachments'][number], token: string | null): Promise<void> {
  const path = await downloadApiFile(file.url, token, { 404: '附件不存在或已删除' });
  if (file.contentType === 'application/pdf') return openDocument(path, file.fileName, 'pdf');
  await Taro.previewImage({ urls: [path], current: path });
}
