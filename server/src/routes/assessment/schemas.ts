import { Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';
import { FIGURE_KEYS, LEADERSHIP_RATINGS } from './standard';

export const tags = ['建家评家'];
const Day = Type.String({ format: 'date', title: '日期' });
const Score = Type.Number({ minimum: 0, maximum: 100, multipleOf: 0.5, title: '分数' });

export const StandardItemSchema = StrictObject({
  key: Type.String({ pattern: '^[a-z0-9-]{1,20}$', title: '条目编号' }),
  area: Type.String({ minLength: 1, maxLength: 20, title: '类别' }),
  title: Type.String({ minLength: 1, maxLength: 200, title: '考核内容' }),
  points: Type.Integer({ minimum: 1, maximum: 100, title: '分值' }),
  evidence: Type.String({ maxLength: 200, title: '佐证材料' }),
  figure: Type.Union([StringEnum(FIGURE_KEYS), Type.Null()], { title: '自动填入的数据' }),
});

export const Standard = Type.Object({
  unionName: Type.String(),
  source: StringEnum(['own', 'inherited', 'builtin'], {
    description: 'own 本工会修订的，inherited 沿用上级工会的，builtin 内置标准',
  }),
  items: Type.Array(StandardItemSchema),
  totalPoints: Type.Integer(),
});
export const StandardBody = StrictObject(
  { items: Type.Array(StandardItemSchema, { minItems: 1, maxItems: 60, title: '考核条目' }) },
  '评价标准',
);

export const Round = Type.Object({
  id: Type.Integer(),
  unionId: Type.Integer(),
  unionName: Type.String(),
  year: Type.Integer(),
  title: Type.String(),
  opensOn: Day,
  closesOn: Day,
  phase: StringEnum(['upcoming', 'open', 'closed']),
  results: Type.Array(Type.String()),
  totalPoints: Type.Integer(),
  canReview: Type.Boolean({ description: '本人所在工会开启的评家，可以评审' }),
});
export const RoundList = Type.Object({ items: Type.Array(Round) });
export const OpenRoundBody = StrictObject(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' }),
    title: Type.String({ maxLength: 60, title: '名称' }),
    opensOn: Day,
    closesOn: Day,
    results: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 10 }), { minItems: 1, maxItems: 6, title: '评定等次' }),
    ),
  },
  '开启评家',
);

const FigureSchema = Type.Object({
  label: Type.String(),
  value: Type.Union([Type.Number(), Type.Null()]),
  unit: Type.String(),
});
const EvidenceFile = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
});
export const SelfItem = Type.Object({
  key: Type.String(),
  area: Type.String(),
  title: Type.String(),
  points: Type.Integer(),
  evidenceHint: Type.String(),
  figureKey: Type.Union([Type.String(), Type.Null()]),
  figures: Type.Array(FigureSchema, { description: '小程序中已有的数据，自动填入' }),
  selfScore: Type.Union([Type.Number(), Type.Null()]),
  evidence: Type.String(),
  files: Type.Array(EvidenceFile),
  reviewScore: Type.Union([Type.Number(), Type.Null()]),
  reviewComment: Type.String(),
});
export const SelfAssessment = Type.Object({
  round: Round,
  union: Type.Object({ id: Type.Integer(), name: Type.String() }),
  status: StringEnum(['draft', 'submitted', 'returned', 'accepted']),
  viewer: StringEnum(['school', 'reviewer', 'overseer', 'peer'], {
    description: 'school 本校干事，reviewer 开启评家的上级工会，overseer 更上级工会（只看），peer 互查学校',
  }),
  editable: Type.Boolean({ description: '本校干事可以修改（草稿或被退回，且在评家期间）' }),
  reviewable: Type.Boolean({ description: '本人可以评审（已提交，且是开启评家的上级工会）' }),
  items: Type.Array(SelfItem),
  selfTotal: Type.Number(),
  reviewTotal: Type.Union([Type.Number(), Type.Null()]),
  leadership: Type.Object({ rating: Type.Union([StringEnum(LEADERSHIP_RATINGS), Type.Null()]), note: Type.String() }),
  submittedAt: Type.Union([Timestamp, Type.Null()]),
  reviewComment: Type.String(),
  result: Type.Union([Type.String(), Type.Null()]),
  peerReviews: Type.Array(
    Type.Object({ reviewerUnionId: Type.Integer(), reviewerName: Type.String(), comment: Type.String() }),
  ),
});
export const SchoolParams = Type.Object(
  { roundId: Type.Integer({ minimum: 1, title: '评家' }), schoolId: Type.Integer({ minimum: 1, title: '学校工会' }) },
  { additionalProperties: false },
);
export const ItemParams = Type.Object(
  { ...SchoolParams.properties, key: Type.String({ pattern: '^[a-z0-9-]{1,20}$', title: '条目编号' }) },
  { additionalProperties: false },
);
export const SaveItemBody = StrictObject(
  { selfScore: Score, evidence: Type.String({ maxLength: 2000, title: '自评说明' }) },
  '自评',
);
export const LeadershipBody = StrictObject(
  {
    rating: StringEnum(LEADERSHIP_RATINGS, { title: '党政评价' }),
    note: Type.String({ maxLength: 500, title: '评价说明' }),
  },
  '党政评价',
);
export const ReviewBody = StrictObject(
  {
    decision: StringEnum(['accept', 'return'], { title: '评审结论' }),
    items: Type.Array(
      StrictObject({
        key: Type.String({ maxLength: 20 }),
        score: Score,
        comment: Type.String({ maxLength: 500, title: '评审意见' }),
      }),
      { maxItems: 60 },
    ),
    result: Type.Optional(Type.String({ maxLength: 10, title: '评定等次' })),
    comment: Type.String({ maxLength: 1000, title: '总体意见' }),
  },
  '评审',
);
export const PeerPairsBody = StrictObject(
  {
    pairs: Type.Array(
      StrictObject({ schoolId: Type.Integer({ minimum: 1 }), reviewerSchoolId: Type.Integer({ minimum: 1 }) }),
      { maxItems: 200, title: '互查安排' },
    ),
  },
  '互查安排',
);
export const PeerCommentBody = StrictObject(
  { comment: Type.String({ minLength: 1, maxLength: 1000, title: '互查意见' }) },
  '互查意见',
);
export const RoundParams = Type.Object(
  { roundId: Type.Integer({ minimum: 1, title: '评家' }) },
  { additionalProperties: false },
);

const RollupRow = Type.Object({
  unionId: Type.Integer(),
  unionName: Type.String(),
  parentName: Type.String(),
  status: StringEnum(['not_started', 'draft', 'submitted', 'returned', 'accepted']),
  selfTotal: Type.Union([Type.Number(), Type.Null()]),
  reviewTotal: Type.Union([Type.Number(), Type.Null()]),
  satisfactionRate: Type.Union([Type.Number(), Type.Null()], { description: '会员评家满意率；不足 5 份为空' }),
  leadershipRating: Type.Union([StringEnum(LEADERSHIP_RATINGS), Type.Null()]),
  result: Type.Union([Type.String(), Type.Null()]),
});
export const Rollup = Type.Object({
  round: Round,
  viewerName: Type.String(),
  schools: Type.Array(RollupRow),
  totals: Type.Object({
    schools: Type.Integer(),
    submitted: Type.Integer({ description: '已提交（含已评定）' }),
    accepted: Type.Integer(),
    byResult: Type.Array(Type.Object({ result: Type.String(), count: Type.Integer() })),
  }),
});
