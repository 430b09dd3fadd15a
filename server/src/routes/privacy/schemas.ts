import { Type } from '@sinclair/typebox';
import { ErrorResponse, Nullable, StrictObject, StringEnum, Timestamp } from '../../schemas/common';

export const PersonalData = Type.Object(
  {
    profile: Type.Object({
      name: Type.String(),
      staffNo: Type.String(),
      phone: Type.String({ description: '中间四位隐去，如 138****1234' }),
      unionName: Type.String(),
      branchName: Nullable(Type.String()),
      roles: Type.Array(Type.String(), { description: '角色的中文名称' }),
      wechatBound: Type.Boolean(),
      boundAt: Nullable(Timestamp),
      memberSince: Timestamp,
      openSessions: Type.Integer({ description: '登录中的设备数' }),
    }),
    sections: Type.Array(
      Type.Object({
        key: Type.String(),
        title: Type.String(),
        count: Type.Integer(),
        items: Type.Array(Type.Object({ title: Type.String(), detail: Type.String(), at: Nullable(Timestamp) }), {
          description: '最新的至多 50 条',
        }),
      }),
    ),
    surveys: Type.Object({ participated: Type.Integer({ description: '参加会员评议的次数' }), note: Type.String() }),
  },
  { title: '本人的个人信息' },
);

export const ExportQuery = StrictObject({
  format: StringEnum(['json', 'xlsx'] as const, { title: '文件格式', description: 'json 或 xlsx' }),
});

export const ErasureEffect = Type.Object({
  key: Type.String(),
  label: Type.String(),
  count: Type.Integer(),
  unit: Type.String({ description: '量词：个、件、条' }),
});

export const ErasurePreview = Type.Object({
  allowed: Type.Boolean(),
  refusal: Nullable(Type.String({ description: '不能注销时的原因' })),
  effects: Type.Array(ErasureEffect),
});

export const EraseBody = StrictObject({ confirm: Type.Literal(true, { title: '确认注销' }) }, '注销账号');

export const ErasureResult = Type.Object({
  erasedAt: Timestamp,
  rulesVersion: Type.String(),
  effects: Type.Array(ErasureEffect),
});

export const Gone = { 410: Type.Ref(ErrorResponse, { description: '账号已注销' }) };
