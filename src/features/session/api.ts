import { request } from '@/services/http';
import type { ApiRequestBody, ApiResponse } from '@/services/api-types';

// Each call is typed by the server's operationId (src/services/api-schema.ts).
export const getAuthConfig = () => request<ApiResponse<'getAuthConfig'>>('GET', '/api/auth/config');

export const listDevAccounts = () =>
  request<ApiResponse<'listDevAccounts'>>('GET', '/api/auth/dev-accounts').then((r) => r.accounts);

export const devLogin = (staffNo: string) =>
  request<ApiResponse<'devLogin'>>('POST', '/api/auth/dev-login', { body: { staffNo } });

export const wechatLogin = (code: string) =>
  request<ApiResponse<'wechatLogin'>>('POST', '/api/auth/wechat', { body: { code } });

export const bindMember = (input: ApiRequestBody<'bindMember'>) =>
  request<ApiResponse<'bindMember'>>('POST', '/api/auth/bind', { body: input });

export const logout = () => request<ApiResponse<'logout'>>('POST', '/api/auth/logout');

export const getMe = () => request<ApiResponse<'getMe'>>('GET', '/api/me');
