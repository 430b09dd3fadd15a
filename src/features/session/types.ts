import type { ApiRequestBody, ApiResponse, ApiSchema, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); only DevAccount is written here.
export type Me = ApiSchema<'Me'>;

export type Session = ApiSchema<'Session'>;

export type RoleGrant = ItemOf<Me['roles']>;

export type Role = RoleGrant['role'];

export type UnionKind = Me['union']['kind'];

export type AuthConfig = ApiResponse<'getAuthConfig'>;

export type AuthMode = AuthConfig['mode'];

export interface DevAccount {
  staffNo: string;
  name: string;
  unionName: string;
  // The contract says Role[]; accept grant objects too so either server shape renders.
  roles: Array<Role | Pick<RoleGrant, 'role'>>;
}

export type WechatLoginResult = ApiResponse<'wechatLogin'>;

export type BindInput = ApiRequestBody<'bindMember'>;
