import * as clock from '../clock';
import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../db';
import {
  bookingRepository,
  roomRepository,
  type CreateRoomBody,
  type RoomRecord,
  slotCapacity,
  slotsOn,
} from '../routes/booking';
import { addDays, localDate } from '../time/beijing';

type RoomInput = Static<typeof CreateRoomBody>;

const days = (weekdays: number[], ...periods: [string, string][]) =>
  weekdays.flatMap((weekday) => periods.map(([opens, closes]) => ({ weekday, opens, closes })));
const WEEKDAYS = [1, 2, 3, 4, 5];

/** Rooms of the first school (实验小学), then of the second (第二中学). */
const ROOMS: { school: number; room: RoomInput }[] = [
  {
    school: 0,
    room: {
      name: '乒乓球室',
      location: '职工活动中心二楼',
      description: '两张球台，按座位预约，每个时段 4 人。球拍可在门口借用。',
      mode: 'seats',
      capacity: 4,
      slotMinutes: 60,
      openingHours: [...days(WEEKDAYS, ['12:00', '14:00'], ['16:30', '20:30']), ...days([6], ['09:00', '17:00'])],
      quotaPerDay: 1,
      quotaPerWeek: 3,
    },
  },
  {
    school: 0,
    room: {
      name: '羽毛球场',
      location: '体育馆一楼',
      description: '标准场地一块，整场预约（可容纳 4 人）。每天 08:00 放出第 7 天的时段。',
      mode: 'whole',
      capacity: 4,
      slotMinutes: 60,
      openingHours: [...days(WEEKDAYS, ['16:30', '20:30']), ...days([6], ['09:00', '17:00'])],
      windowDays: 7,
      releaseTime: '08:00',
      cancelCutoffMinutes: 120,
      quotaPerWeek: 2,
      quotaUpcoming: 1,
    },
  },
  {
    school: 0,
    room: {
      name: '健身房',
      location: '职工活动中心一楼',
      description: '跑步机、动感单车与力量器械，每个时段 10 人。',
      mode: 'seats',
      capacity: 10,
      slotMinutes: 60,
      openingHours: [...days(WEEKDAYS, ['12:00', '14:00'], ['16:30', '21:30']), ...days([6, 7], ['09:00', '18:00'])],
      quotaPerDay: 1,
    },
  },
  {
    school: 0,
    room: {
      name: '职工书屋',
      location: '图书馆三楼',
      description: '安静阅读与备课，每个时段 2 小时，20 个座位。',
      mode: 'seats',
      capacity: 20,
      slotMinutes: 120,
      openingHours: days(WEEKDAYS, ['08:00', '18:00']),
      cancelCutoffMinutes: 30,
    },
  },
  {
    school: 0,
    room: {
      name: '心理减压室',
      location: '行政楼二楼 203',
      description: '音乐放松椅与沙盘，整间预约，每人每周 1 次。',
      mode: 'whole',
      capacity: 2,
      slotMinutes: 60,
      openingHours: days(WEEKDAYS, ['12:00', '14:00'], ['16:30', '18:30']),
      quotaPerWeek: 1,
    },
  },
  {
    school: 0,
    room: {
      name: '多功能厅',
      location: '行政楼一楼',
      description: '可容纳 80 人，用于工会活动、讲座与排练，需工会审批。',
      mode: 'whole',
      capacity: 80,
      slotMinutes: 120,
      openingHours: days([1, 2, 3, 4, 5, 6], ['08:00', '20:00']),
      windowDays: 30,
      cancelCutoffMinutes: 1440,
      requiresApproval: true,
    },
  },
  {
    school: 1,
    room: {
      name: '羽毛球馆',
      location: '体艺馆二楼',
      description: '两块场地，整场预约。每天 08:00 放出第 7 天的时段。',
      mode: 'whole',
      capacity: 6,
      slotMinutes: 60,
      openingHours: [...days(WEEKDAYS, ['17:00', '21:00']), ...days([6, 7], ['09:00', '18:00'])],
      releaseTime: '08:00',
      quotaPerWeek: 2,
    },
  },
  {
    school: 1,
    room: {
      name: '乒乓球室',
      location: '教工之家',
      mode: 'seats',
      capacity: 6,
      slotMinutes: 60,
      openingHours: days(WEEKDAYS, ['12:00', '13:00'], ['17:00', '20:00']),
    },
  },
];

/** The coming winter break (寒假), 1月20日 to 2月20日. */
function winterBreak(today: string): { startsOn: string; endsOn: string } {
  const year = Number(today.slice(0, 4));
  const thisWinterEnds = `${year}-02-20`;
  const breakYear = today <= thisWinterEnds ? year : year + 1;
  return { startsOn: `${breakYear}-01-20`, endsOn: `${breakYear}-02-20` };
}

/**
 * The demo activity centre: rooms with their rules for both schools, the winter-break closure, a
 * repair day, and a few bookings of the demo members (upcoming, checked in, a no-show, one pending
 * approval), so that every screen has something to show. Runs inside the demo seed's transaction.
 */
export async function seedDemoBooking(tx: Queryable, schoolIds: number[], now = clock.now()): Promise<void> {
  const rooms = roomRepository(tx);
  const created: RoomRecord[] = [];
  for (const { school, room } of ROOMS) {
    const id = await rooms.create(schoolIds[school]!, room);
    created.push((await rooms.find(schoolIds[school]!, id))!);
  }
  const [pingpong, badminton, gym, , , hall] = created as [
    RoomRecord,
    RoomRecord,
    RoomRecord,
    RoomRecord,
    RoomRecord,
    RoomRecord,
  ];
  const today = localDate(now);
  const winter = winterBreak(today);
  const repairDay = addDays(today, 3);
  const closures = [
    { unionId: schoolIds[0]!, roomId: null, ...winter, reason: '寒假' },
    { unionId: schoolIds[0]!, roomId: gym.id, startsOn: repairDay, endsOn: repairDay, reason: '器材维修' },
  ];
  for (const c of closures) {
    await tx.query(
      `INSERT INTO room_closures (union_id, room_id, starts_on, ends_on, reason) VALUES ($1, $2, $3, $4, $5)`,
      [c.unionId, c.roomId, c.startsOn, c.endsOn, c.reason],
    );
  }
  const closed = (room: RoomRecord, date: string) =>
    (date >= winter.startsOn && date <= winter.endsOn) || (room.id === gym.id && date === repairDay);

  const members = await tx.query<{ id: number; staffNo: string }>(
    `SELECT id, staff_no AS "staffNo" FROM members WHERE union_id = $1 AND staff_no LIKE 'S1%' ORDER BY staff_no`,
    [schoolIds[0]],
  );
  const member = (staffNo: string) => members.find((m) => m.staffNo === staffNo)!.id;
  const repo = bookingRepository(tx);

  /** The first slot starting at `start` on the first open day in the direction of `step` from `from`. */
  function slotNear(room: RoomRecord, from: string, step: 1 | -1, start: string) {
    for (let i = 0; i < 14; i += 1) {
      const date = addDays(from, i * step);
      const slot = slotsOn(room, date).find((s) => s.start === start);
      if (slot && !closed(room, date)) return slot;
    }
    return null;
  }

  async function place(
    room: RoomRecord,
    staffNo: string,
    slot: ReturnType<typeof slotNear>,
    status: 'confirmed' | 'checked_in' | 'pending' | 'no_show',
  ) {
    if (!slot) return;
    const memberId = member(staffNo);
    const id = await repo.place(
      {
        roomId: room.id,
        memberId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        date: slot.date,
        seats: 1,
        status: status === 'no_show' ? 'confirmed' : status,
        source: 'member',
        now: new Date(Math.min(now.getTime(), slot.startsAt.getTime() - 86_400_000)),
      },
      slotCapacity(room),
    );
    if (id === null) return;
    if (status === 'checked_in') {
      await tx.query(`UPDATE bookings SET checked_in_at = starts_at - interval '5 minutes' WHERE id = $1`, [id]);
    }
    if (status === 'no_show') {
      await tx.query(
        `UPDATE bookings SET status = 'no_show', status_reason = '未在开始后 15 分钟内签到' WHERE id = $1`,
        [id],
      );
      await repo.release([{ roomId: room.id, startsAt: slot.startsAt, seats: 1 }]);
    }
  }

  const tomorrow = addDays(today, 1);
  const lastWeek = addDays(today, -1);
  // 张丽华 (S1005) and 刘芳 (S1006) are the plain members the demo sign-in offers.
  await place(badminton, 'S1005', slotNear(badminton, tomorrow, 1, '18:30'), 'confirmed');
  await place(pingpong, 'S1005', slotNear(pingpong, lastWeek, -1, '12:00'), 'checked_in');
  await place(pingpong, 'S1006', slotNear(pingpong, addDays(lastWeek, -1), -1, '17:30'), 'no_show');
  await place(hall, 'S1006', slotNear(hall, addDays(today, 5), 1, '14:00'), 'pending');
  const busy = slotNear(pingpong, tomorrow, 1, '12:00');
  for (const staffNo of ['S1007', 'S1008', 'S1009']) await place(pingpong, staffNo, busy, 'confirmed');
  const gymEvening = slotNear(gym, tomorrow, 1, '17:30');
  for (const staffNo of ['S1006', 'S1010', 'S1011', 'S1012']) await place(gym, staffNo, gymEvening, 'confirmed');
}
