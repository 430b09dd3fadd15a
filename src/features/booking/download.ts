import { download } from '@/services/http';

export { openDocument, saveImage, saveInBrowser } from '@/services/download';

const FAILED: Record<number, string> = {
  403: '只有本工会的工会干事或工会主席可以下载',
  404: '文件不存在',
  502: '暂时无法从微信获取小程序码，请稍后再试',
};

/** The door code image or the XLSX report, through the shared download with booking's own words for a refusal. */
export const downloadBookingFile = (path: string) => download(path, { messages: FAILED });
