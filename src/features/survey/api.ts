import type { ApiResponse } from '@/services/api-types';
import { API_BASE, download, request } from '@/services/http';
import { openDocument, saveInBrowser } from '@/services/download';
import type {
  AnswerInput,
  BranchOptions,
  Receipt,
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
export const listOpenSurveys = () =>
  request<ApiResponse<'listOpenSurveys'>>('GET', `${BASE}/open`).then((r) => r.items);
export const listPublishedSurveys = () =>
  request<ApiResponse<'listPublishedSurveys'>>('GET', `${BASE}/published`).then((r) => r.items);
export const getSurvey = (id: number) => request<SurveyDetail>('GET', one(id));
export const submitSurveyResponse = (id: number, answers: AnswerInput[]) =>
  request<Receipt>('POST', one(id, 'responses'), { body: { answers } });
export const getSurveyResults = (id: number) => request<SurveyResults>('GET', one(id, 'results'));

// Staff and the chair
export const listSurveys = () => request<ApiResponse<'listSurveys'>>('GET', BASE).then((r) => r.items);
export const getSurveyTemplate = () => request<SurveyTemplate>('GET', `${BASE}/template`);
export const listSurveyBranches = () => request<BranchOptions>('GET', `${BASE}/branches`);
export const createSurvey = (input: SurveyInput) => request<ApiResponse<'createSurvey'>>('POST', BASE, { body: input });
export const updateSurvey = (id: number, input: SurveyInput) =>
  request<ApiResponse<'updateSurvey'>>('PUT', one(id), { body: input });
export const deleteSurvey = (id: number) => request<ApiResponse<'deleteSurvey'>>('DELETE', one(id));
export const openSurvey = (id: number) => request<ApiResponse<'openSurvey'>>('POST', one(id, 'open'));
export const closeSurvey = (id: number) => request<ApiResponse<'closeSurvey'>>('POST', one(id, 'close'));
export const remindNonRespondents = (id: number) =>
  request<ApiResponse<'remindSurveyNonRespondents'>>('POST', one(id, 'reminders')).then((r) => r.sent);
export const verifyReceipt = (code: string) =>
  request<VerifiedReceipt>('POST', `${BASE}/receipts/verify`, { body: { code } });

// The district union
export const getSurveyRollup = (year: number) => request<SurveyRollup>('GET', `${BASE}/rollup`, { query: { year } });

/**
 * The XLSX export. The server hands out a one-time link, so the download itself needs no token:
 * WeChat opens the file in its document viewer (from where it can be forwarded), H5 saves it.
 */
export async function downloadSurveyExport(id: number): Promise<void> {
  const { url } = await request<ApiResponse<'createSurveyExportLink'>>('POST', one(id, 'export-link'));
  // One-time link: the browser fetches it itself (a download through XHR first would use it up).
  if (process.env.TARO_ENV === 'h5') return saveInBrowser(API_BASE + url, '');
  // The link is signed: it opens without the member's token.
  const file = await download(url, { signed: true, messages: { other: '导出失败，请稍后再试' } });
  await openDocument(file, '', 'xlsx');
}
