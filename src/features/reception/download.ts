import { openApiWorkbook } from '@/services/download';

const FAILED = {
  403: '只有工会主席和工会干事可以导出',
  other: '导出失败，请稍后再试',
};

/**
 * The monthly XLSX, through the shared download. WeChat opens it in its document viewer, from where it can be
 * forwarded; the H5 build saves it as a download.
 */
export const openWorkbook = (path: string, fileName: string) => openApiWorkbook(path, fileName, FAILED);
