import { request } from '@/services/http';
import type { ErasurePreview, ErasureResult, ExportFormat, PersonalData } from './privacy-types';

const BASE = '/api/me/privacy';

export const getMyPersonalData = () => request<PersonalData>('GET', BASE);
export const previewErasure = () => request<ErasurePreview>('GET', `${BASE}/erasure`);
export const eraseMyAccount = () => request<ErasureResult>('DELETE', `${BASE}/account`, { body: { confirm: true } });
/** exportMyPersonalData answers a file: a path for downloadFile, not for request(). */
export const exportPath = (format: ExportFormat) => `${BASE}/export?format=${format}`;
