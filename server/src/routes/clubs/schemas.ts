import { Type } from '@sinclair/typebox';
import { StrictObject, StringEnum, Timestamp } from '../../schemas/common';

export const CLUB_CATEGORIES = ['sports', 'arts', 'culture', 'other'] as const;
export const ClubCategory = StringEnum(CLUB_CATEGORIES, {
  title: '类别',
  description: 'sports 体育健身，arts 文艺，culture 读书与文化，other 其他',
});
export const JoinPolicy = StringEnum(['open', 'approval', 'closed'] as const, {
  title: '加入方式',
  description: 'open 直接加入，approval 需负责人审核，closed 暂停招新',
});
export const MyRole = Type.Union([StringEnum(['leader', 'member', 'pending'] as const), Type.Null()]);

const Person = Type.Object({ id: Type.Integer(), name: Type.String() });

export const ClubSummary = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  category: ClubCategory,
  coverUrl: Type.Union([Type.String(), Type.Null()]),
  intro: Type.String(),
  joinPolicy: JoinPolicy,
  memberCap: Type.Union([Type.Integer(), Type.Null()]),
  memberCount: Type.Integer(),
  archived: Type.Boolean(),
  myRole: MyRole,
});
export const ClubList = Type.Object({ items: Type.Array(ClubSummary) });
export const ClubListQuery = StrictObject({
  category: Type.Optional(ClubCategory),
  q: Type.Optional(Type.String({ maxLength: 30, title: '搜索' })),
  mine: Type.Optional(Type.Boolean({ title: '只看我加入的' })),
});

export const EventSummary = Type.Object({
  id: Type.Integer(),
  clubId: Type.Integer(),
  clubName: Type.String(),
  title: Type.String(),
  place: Type.String(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  signupDeadline: Timestamp,
  capacity: Type.Integer(),
  audience: StringEnum(['members', 'union'] as const),
  roomId: Type.Union([Type.Integer(), Type.Null()]),
  confirmedCount: Type.Integer(),
  waitlistCount: Type.Integer(),
});

export const Announcement = Type.Object({
  id: Type.Integer(),
  body: Type.String(),
  images: Type.Array(Type.String()),
  authorName: Type.String(),
  createdAt: Timestamp,
});

export const Club = Type.Composite(
  [
    ClubSummary,
    Type.Object({
      membersVisible: Type.Boolean(),
      leaders: Type.Array(Person),
      upcomingEvents: Type.Array(EventSummary),
      announcements: Type.Array(Announcement),
      myApplication: Type.Union([
        Type.Object({ id: Type.Integer(), status: Type.String(), reply: Type.String() }),
        Type.Null(),
      ]),
    }),
  ],
  { title: '社团' },
);

const clubFields = {
  name: Type.String({ minLength: 1, maxLength: 30, title: '社团名称' }),
  category: ClubCategory,
  coverUrl: Type.Union([Type.String({ maxLength: 500, title: '封面图片' }), Type.Null()]),
  intro: Type.String({ maxLength: 2000, title: '社团简介' }),
  joinPolicy: JoinPolicy,
  memberCap: Type.Union([Type.Integer({ minimum: 1, maximum: 10000, title: '人数上限' }), Type.Null()]),
  membersVisible: Type.Boolean({ title: '成员名单对成员可见' }),
};
export const CreateClubBody = StrictObject({
  ...clubFields,
  coverUrl: Type.Optional(clubFields.coverUrl),
  memberCap: Type.Optional(clubFields.memberCap),
  membersVisible: Type.Optional(clubFields.membersVisible),
  leaderIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 5, title: '负责人' }),
});
export const UpdateClubBody = Type.Partial(StrictObject(clubFields), { minProperties: 1, additionalProperties: false });
export const LeadersBody = StrictObject({
  leaderIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 5, title: '负责人' }),
});

export const ClubMemberList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      role: StringEnum(['leader', 'member'] as const),
      joinedAt: Timestamp,
    }),
  ),
});

export const JoinBody = StrictObject({ reason: Type.Optional(Type.String({ maxLength: 200, title: '申请理由' })) });
export const JoinResult = Type.Object({ status: StringEnum(['member', 'pending'] as const) });

export const ApplicationList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      memberId: Type.Integer(),
      name: Type.String(),
      reason: Type.String(),
      createdAt: Timestamp,
    }),
  ),
});
export const DecisionBody = StrictObject({
  approve: Type.Boolean({ title: '是否同意' }),
  reply: Type.Optional(Type.String({ maxLength: 200, title: '回复' })),
});

export const AnnouncementBody = StrictObject({
  body: Type.String({ minLength: 1, maxLength: 2000, title: '公告内容' }),
  images: Type.Optional(Type.Array(Type.String({ maxLength: 500 }), { maxItems: 9, title: '图片' })),
});

export const CreateEventBody = StrictObject({
  title: Type.String({ minLength: 1, maxLength: 40, title: '活动名称' }),
  description: Type.Optional(Type.String({ maxLength: 2000, title: '活动说明' })),
  place: Type.Optional(
    Type.String({ maxLength: 60, title: '地点', description: '选了活动室时可不填，默认为活动室名称与位置' }),
  ),
  roomId: Type.Optional(Type.Integer({ minimum: 1, title: '活动室', description: '按预约规则同时预约这间活动室' })),
  startsAt: Type.String({ format: 'date-time', title: '开始时间' }),
  endsAt: Type.String({ format: 'date-time', title: '结束时间' }),
  signupDeadline: Type.String({ format: 'date-time', title: '报名截止时间' }),
  capacity: Type.Integer({ minimum: 1, maximum: 1000, title: '名额' }),
  audience: StringEnum(['members', 'union'] as const, {
    title: '报名范围',
    description: 'members 仅社团成员，union 全校会员',
  }),
});

export const SignUpStatus = StringEnum(['confirmed', 'waitlisted'] as const);
export const MySignUp = Type.Union([
  Type.Object({
    status: SignUpStatus,
    waitlistPosition: Type.Union([Type.Integer(), Type.Null()]),
    attended: Type.Union([Type.Boolean(), Type.Null()]),
  }),
  Type.Null(),
]);

export const EventRoom = Type.Union([
  Type.Object({
    id: Type.Integer(),
    name: Type.String(),
    location: Type.String(),
    released: Type.Boolean({ description: '活动室预约已被取消（如闭馆、工会干事取消）' }),
  }),
  Type.Null(),
]);

export const ClubEvent = Type.Composite(
  [
    EventSummary,
    Type.Object({
      description: Type.String(),
      cancelled: Type.Boolean(),
      isLeader: Type.Boolean(),
      mySignUp: MySignUp,
      room: EventRoom,
      attendedCount: Type.Integer(),
      checkInOpensAt: Timestamp,
      checkInCode: Type.Union([Type.String(), Type.Null()], { description: '签到码（仅负责人可见）' }),
    }),
  ],
  { title: '社团活动' },
);

export const CancelEventBody = StrictObject({
  reason: Type.Optional(Type.String({ maxLength: 100, title: '取消原因' })),
});

export const CheckInBody = StrictObject({ code: Type.String({ minLength: 1, maxLength: 64, title: '签到码' }) });
export const CheckInResult = Type.Object({
  event: EventSummary,
  checkedInAt: Timestamp,
  alreadyCheckedIn: Type.Boolean(),
});

export const EventRoomList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      location: Type.String(),
      mode: StringEnum(['whole', 'seats'] as const),
      capacity: Type.Integer(),
      slotMinutes: Type.Integer(),
      requiresApproval: Type.Boolean(),
      openingHours: Type.Array(Type.Object({ weekday: Type.Integer(), opens: Type.String(), closes: Type.String() })),
    }),
  ),
});

export const PeopleQuery = StrictObject({ q: Type.String({ minLength: 1, maxLength: 30, title: '姓名或工号' }) });
export const PeopleList = Type.Object({
  items: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), staffNo: Type.String() })),
});

export const SignUpList = Type.Object({
  items: Type.Array(
    Type.Object({
      memberId: Type.Integer(),
      name: Type.String(),
      status: SignUpStatus,
      attended: Type.Union([Type.Boolean(), Type.Null()]),
      checkedInAt: Type.Union([Timestamp, Type.Null()]),
      createdAt: Timestamp,
    }),
  ),
});
export const AttendanceBody = StrictObject({
  items: Type.Array(
    StrictObject({
      memberId: Type.Integer({ minimum: 1, title: '会员' }),
      attended: Type.Boolean({ title: '是否到场' }),
    }),
    {
      minItems: 1,
      maxItems: 1000,
      title: '签到名单',
    },
  ),
});
