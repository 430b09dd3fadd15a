import { Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { RoleNameSchema } from '../../schemas/member';

export const AuthConfig = Type.Object({
  mode: StringEnum(['dev', 'wechat', 'cloudrun']),
  unionName: Type.Optional(Type.String({ description: '登录页副标题：部署只服务一个顶层工会时为它的名称' })),
});

export const DevAccounts = Type.Object({
  accounts: Type.Array(
    Type.Object({
      staffNo: Type.String(),
      name: Type.String(),
      unionName: Type.String(),
      roles: Type.Array(RoleNameSchema),
    }),
  ),
});

export const StaffNo = Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9-]+$', title: '工号' });

export const DevLoginBody = StrictObject({ staffNo: StaffNo });

export const WechatLoginBody = StrictObject({
  // Absent on WeChat Cloud Run, where the platform itself vouches for the openid.
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 128, title: '登录凭证 code' })),
});

export const Unbound = Type.Object({
  status: Type.Literal('unbound'),
  ticket: Type.String({ description: '绑定凭证，十五分钟内有效' }),
  expiresAt: Timestamp,
});

export const BindBody = StrictObject({
  ticket: Type.String({ minLength: 1, maxLength: 200, title: '绑定凭证' }),
  name: Type.String({ minLength: 1, maxLength: 30, title: '姓名' }),
  staffNo: StaffNo,
  phoneLast4: Type.String({ pattern: '^[0-9]{4}$', title: '手机号后四位' }),
});
