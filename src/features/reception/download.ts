import { openApiWorkbook } from '../../services/download';

const FAILED = {
  403: '只有工会主席和工会干事可以导出',
  other: '导出失败，请稍后再试',
};

/**
 * The monthly XLSX, through the shared download with the bearer token the page hands in (a feature
 * may not import the session feature). WeChat opens it in its document viewer, from where it can be
 * forwarded; the H5 build saves it as a download.
 */
export const openWorkbook = (path: string, token: string | null, fileName: string) =>
  openApiWorkbook(path, token, fileName, FAILED);
