import { request } from '@/services/http';
import type { AuthConfig, BindInput, DevAccount, Me, Session, WechatLoginResult } from './types';

export const getAuthConfig = () => request<AuthConfig>('GET', '/api/auth/config');

export const listDevAccounts = () =>
  request<{ accounts: DevAccount[] }>('GET', '/api/auth/dev-accounts').then((r) => r.accounts);

export const devLogin = (staffNo: string) => request<Session>('POST', '/api/auth/dev-login', { body: { staffNo } });

export const wechatLogin = (code: string) => request<WechatLoginResult>('POST', '/api/auth/wechat', { body: { code } });

export const bindMember = (input: BindInput) => request<Session>('POST', '/api/auth/bind', { body: input });

export const logout = () => request<void>('POST', '/api/auth/logout');

export const getMe = () => request<Me>('GET', '/api/me');
