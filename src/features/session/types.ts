import type { ApiRequestBody, ApiResponse, ApiSchema, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); nothing here is written twice.
export type Me = ApiSchema<'Me'>;

export type Session = ApiSchema<'Session'>;

export type RoleGrant = ItemOf<Me['roles']>;

export type Role = RoleGrant['role'];

export type UnionKind = Me['union']['kind'];

export type AuthConfig = ApiResponse<'getAuthConfig'>;

export type AuthMode = AuthConfig['mode'];

export type DevAccount = ItemOf<ApiResponse<'listDevAccounts'>['accounts']>;

export type WechatLoginResult = ApiResponse<'wechatLogin'>;

export type BindInput = ApiRequestBody<'bindMember'>;
