import * as clock from '../clock';
import type { Queryable } from '../db';
import { CONSENT_VERSION, sealContext } from '../routes/counselling';
import {
  addMinutes,
  localDay,
  localInstant,
  type Schedule,
  sessionsOn,
  shiftDay,
  weekdayOf,
} from '../routes/counselling';
import type { KeyRing } from '../services/key-ring';

const SCHOOL = '新城区实验小学工会';

const COUNSELLORS = [
  {
    staffNo: 'S1003',
    displayName: '陈静',
    qualifications: '国家二级心理咨询师；中小学心理健康教育专职教师',
    introduction: '从事教师心理支持工作十年。擅长情绪与压力调适、职业倦怠、亲子沟通。咨询以倾听为主，不评判、不说教。',
    modes: ['in_person', 'phone', 'online'],
    room: '心理减压室（行政楼二楼 203）',
    hours: [
      { weekday: 1, starts: '14:00', ends: '17:00' },
      { weekday: 3, starts: '14:00', ends: '17:00' },
      { weekday: 5, starts: '09:00', ends: '12:00' },
    ],
  },
  {
    staffNo: 'S1004',
    displayName: '赵心怡',
    qualifications: '应用心理学硕士；中国心理学会注册心理师',
    introduction: '关注教师的职业发展、人际关系与家庭生活。也提供电话和线上咨询，方便下班后或不便到校时使用。',
    modes: ['in_person', 'phone', 'online'],
    room: '心理辅导室（教学楼一楼 105）',
    hours: [
      { weekday: 2, starts: '15:00', ends: '18:00' },
      { weekday: 4, starts: '15:00', ends: '18:00' },
      { weekday: 6, starts: '09:00', ends: '12:00' },
    ],
  },
] as const;

// Past sessions for the monthly counts: days ago, counsellor, member, mode, outcome, rating.
const PAST = [
  [118, 0, 'S1006', 'in_person', 'completed', 5],
  [104, 0, 'S1006', 'in_person', 'completed', 4],
  [90, 1, 'S1007', 'phone', 'completed', null],
  [76, 0, 'S1008', 'online', 'completed', 5],
  [63, 1, 'S1009', 'in_person', 'no_show', null],
  [49, 0, 'S1010', 'phone', 'completed', 4],
  [35, 1, 'S1011', 'online', 'cancelled', null],
  [28, 0, 'S1006', 'in_person', 'completed', null],
  [14, 1, 'S1012', 'in_person', 'completed', 5],
  [7, 0, 'S1008', 'online', 'completed', null],
] as const;

const SLOT = 50;
const BUFFER = 10;

/**
 * 心理咨询 demo rows for the first school: the counsellors 陈静 and 赵心怡 with profiles, weekly hours
 * and one leave; members who consented, their past sessions (so the monthly counts show) and one
 * request waiting for 赵心怡. S1005 张丽华 is left untouched: she starts from the consent page.
 */
export async function seedDemoCounselling(tx: Queryable, ring: KeyRing, now = clock.now()): Promise<void> {
  const [school] = await tx.query<{ id: number }>(`SELECT id FROM unions WHERE name = $1 AND kind = 'school'`, [
    SCHOOL,
  ]);
  if (!school) return;
  const memberId = async (staffNo: string) =>
    (
      await tx.query<{ id: number }>(`SELECT id FROM members WHERE union_id = $1 AND staff_no = $2`, [
        school.id,
        staffNo,
      ])
    )[0]!.id;
  const today = localDay(now);

  const schedules: Schedule[] = [];
  const counsellorIds: number[] = [];
  for (const c of COUNSELLORS) {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO counsellors (union_id, member_id, display_name, qualifications, introduction, modes, room, slot_minutes, buffer_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        school.id,
        await memberId(c.staffNo),
        c.displayName,
        c.qualifications,
        c.introduction,
        c.modes,
        c.room,
        SLOT,
        BUFFER,
      ],
    );
    counsellorIds.push(row!.id);
    for (const h of c.hours) {
      await tx.query(
        `INSERT INTO counsellor_hours (counsellor_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4)`,
        [row!.id, h.weekday, h.starts, h.ends],
      );
    }
    schedules.push({ slotMinutes: SLOT, bufferMinutes: BUFFER, hours: [...c.hours], leave: [] });
  }

  // 赵心怡 is away for training on next week's Thursday.
  let leaveDay = shiftDay(today, 7);
  while (weekdayOf(leaveDay) !== 4) leaveDay = shiftDay(leaveDay, 1);
  await tx.query(
    `INSERT INTO counsellor_leave (counsellor_id, starts_on, ends_on, reason) VALUES ($1, $2, $2, '外出培训')`,
    [counsellorIds[1], leaveDay],
  );
  schedules[1]!.leave.push({ startsOn: leaveDay, endsOn: leaveDay });

  const consented = new Set<string>();
  const consent = async (staffNo: string, at: Date) => {
    if (consented.has(staffNo)) return;
    consented.add(staffNo);
    await tx.query(`INSERT INTO counselling_consents (member_id, version, agreed_at) VALUES ($1, $2, $3)`, [
      await memberId(staffNo),
      CONSENT_VERSION,
      at,
    ]);
  };
  const insert = async (a: {
    counsellor: number;
    staffNo: string;
    mode: string;
    status: string;
    startsAt: Date;
    createdAt: Date;
    extra?: Record<string, unknown>;
  }) => {
    await consent(a.staffNo, addMinutes(a.createdAt, -10));
    const endsAt = addMinutes(a.startsAt, SLOT);
    const extra = {
      rating: null,
      rated_at: null,
      alias: null,
      note: null,
      cancelled_by: null,
      upcoming_slot: null,
      decided_at: null,
      ...a.extra,
    };
    // The reason and alias are stored sealed, as the API stores them.
    const [next] = await tx.query<{ id: number }>(
      `SELECT nextval(pg_get_serial_sequence('counselling_appointments', 'id'))::int AS id`,
    );
    const id = next!.id;
    const seal = (value: unknown, field: 'alias' | 'note') =>
      typeof value === 'string' ? ring.sealText(value, sealContext(id, field)) : null;
    await tx.query(
      `INSERT INTO counselling_appointments (id, union_id, counsellor_id, member_id, status, mode, starts_at, ends_at, held_until, contact,
         rating, rated_at, alias_sealed, note_sealed, cancelled_by, upcoming_slot, decided_at, created_at, updated_at)
       OVERRIDING SYSTEM VALUE
       VALUES ($17, $1, $2, $3, $4, $5, $6, $7, $8, 'message', $9, $10, $11, $12, $13, $14, $15, $16, $16)`,
      [
        school.id,
        counsellorIds[a.counsellor],
        await memberId(a.staffNo),
        a.status,
        a.mode,
        a.startsAt,
        endsAt,
        addMinutes(endsAt, BUFFER),
        extra.rating,
        extra.rated_at,
        seal(extra.alias, 'alias'),
        seal(extra.note, 'note'),
        extra.cancelled_by,
        extra.upcoming_slot,
        extra.decided_at,
        a.createdAt,
        id,
      ],
    );
  };

  for (const [daysAgo, counsellor, staffNo, mode, status, rating] of PAST) {
    const startsAt = localInstant(shiftDay(today, -daysAgo), 14 * 60);
    await insert({
      counsellor,
      staffNo,
      mode,
      status,
      startsAt,
      createdAt: addMinutes(startsAt, -3 * 24 * 60),
      extra: {
        rating,
        rated_at: rating === null ? null : addMinutes(startsAt, 24 * 60),
        cancelled_by: status === 'cancelled' ? 'member' : null,
        decided_at: status === 'cancelled' ? null : addMinutes(startsAt, -2 * 24 * 60),
      },
    });
  }

  // A request waiting for 赵心怡: her first session at least two days from now.
  let day = shiftDay(today, 2);
  while (sessionsOn(schedules[1]!, day).length === 0) day = shiftDay(day, 1);
  await insert({
    counsellor: 1,
    staffNo: 'S1007',
    mode: 'in_person',
    status: 'requested',
    startsAt: sessionsOn(schedules[1]!, day)[0]!.startsAt,
    createdAt: addMinutes(now, -90),
    extra: { alias: '小林', note: '最近带毕业班，压力很大，晚上经常睡不好，想找人聊聊。', upcoming_slot: 1 },
  });
}
