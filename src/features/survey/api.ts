import Taro from '@tarojs/taro';
import { API_BASE, ApiError, request } from '../../services/http';
import { downloadFile } from '../../services/transport';
import type {
  AnswerInput,
  BranchOptions,
  Receipt,
  StaffSurveyItem,
  SurveyCard,
  SurveyDetail,
  SurveyInput,
  SurveyResults,
  SurveyRollup,
  SurveyTemplate,
  VerifiedReceipt,
} from './types';

const BASE = '/api/surveys';
const one = (id: number, action = '') => `${BASE}/${id}${action ? `/${action}` : ''}`;

// Every member
export const listOpenSurveys = () => request<{ items: SurveyCard[] }>('GET', `${BASE}/open`).then((r) => r.items);
export const listPublishedSurveys = () =>
  request<{ items: SurveyCard[] }>('GET', `${BASE}/published`).then((r) => r.items);
export const getSurvey = (id: number) => request<SurveyDetail>('GET', one(id));
export const submitSurveyResponse = (id: number, answers: AnswerInput[]) =>
  request<Receipt>('POST', one(id, 'responses'), { body: { answers } });
export const getSurveyResults = (id: number) => request<SurveyResults>('GET', one(id, 'results'));

// Staff and the chair
export const listSurveys = () => request<{ items: StaffSurveyItem[] }>('GET', BASE).then((r) => r.items);
export const getSurveyTemplate = () => request<SurveyTemplate>('GET', `${BASE}/template`);
export const listSurveyBranches = () => request<BranchOptions>('GET', `${BASE}/branches`);
export const createSurvey = (input: SurveyInput) => request<SurveyDetail>('POST', BASE, { body: input });
export const updateSurvey = (id: number, input: SurveyInput) => request<SurveyDetail>('PUT', one(id), { body: input });
export const deleteSurvey = (id: number) => request<null>('DELETE', one(id));
export const openSurvey = (id: number) => request<SurveyDetail>('POST', one(id, 'open'));
export const closeSurvey = (id: number) => request<SurveyDetail>('POST', one(id, 'close'));
export const remindNonRespondents = (id: number) =>
  request<{ sent: number }>('POST', one(id, 'reminders')).then((r) => r.sent);
export const verifyReceipt = (code: string) =>
  request<VerifiedReceipt>('POST', `${BASE}/receipts/verify`, { body: { code } });

// The district union
export const getSurveyRollup = (year: number) => request<SurveyRollup>('GET', `${BASE}/rollup`, { query: { year } });

/**
 * The XLSX export. The server hands out a one-time link, so the download itself needs no token:
 * WeChat opens the file in its document viewer (from where it can be forwarded), H5 saves it.
 */
export async function downloadSurveyExport(id: number): Promise<void> {
  const { url } = await request<{ url: string }>('POST', one(id, 'export-link'));
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a');
    link.href = API_BASE + url;
    link.download = '';
    document.body.appendChild(link);
    link.click();
    link.remove();
    return;
  }
  const res = await downloadFile({ url: API_BASE + url }).catch(() => {
    throw new ApiError('network', 0, 'NETWORK', '网络连接失败，请检查网络后重试');
  });
  if (res.statusCode !== 200)
    throw new ApiError('http', res.statusCode, `HTTP_${res.statusCode}`, '导出失败，请稍后再试');
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true });
}
