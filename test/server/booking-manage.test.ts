import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingFileSuite, bookingHelpers, createRoom, EVERY_DAY, MONDAY } from './booking-fixtures';

const { t, tree, staff } = bookingFileSuite({ staff: { roles: ['chair'] } });
const { member } = bookingHelpers(t, tree);

const createRaw = (payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/booking/manage/rooms', headers: staff, payload });

const patch = (id: number, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/booking/manage/rooms/${id}`, headers: staff, payload });

describe('rooms and their rules', () => {
  it('creates a room with its rules and a QR code of letters and digits', async () => {
    const response = await createRaw({
      name: '羽毛球场',
      location: '体育馆一楼',
      mode: 'whole',
      capacity: 6,
      slotMinutes: 60,
      openingHours: [{ weekday: 5, opens: '16:30', closes: '20:30' }],
      windowDays: 7,
      releaseTime: '08:00',
      quotaPerWeek: 1,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: '羽毛球场',
      mode: 'whole',
      releaseTime: '08:00',
      quotaPerWeek: 1,
      quotaPerDay: null,
      cancelCutoffMinutes: 60,
      checkInBeforeMinutes: 15,
      checkInAfterMinutes: 15,
      active: true,
      openingHours: [{ weekday: 5, opens: '16:30', closes: '20:30' }],
    });
    expect(response.json().code).toMatch(/^[A-Z0-9]{10}$/);
  });

  it.each([
    [
      {
        openingHours: [
          { weekday: 1, opens: '09:00', closes: '12:00' },
          { weekday: 1, opens: '11:00', closes: '13:00' },
        ],
      },
      '开放时间 周一 11:00–13:00 与同日其他时间重叠',
    ],
    [
      { openingHours: [{ weekday: 2, opens: '09:00', closes: '09:30' }] },
      '开放时间 周二 09:00–09:30 不足一个时段（60 分钟）',
    ],
    [{ slotMinutes: 10 }, '时段长度（分钟）不能小于 15'],
    [{ openingHours: [{ weekday: 8, opens: '09:00', closes: '12:00' }] }, '星期不能大于 7'],
    [{ openingHours: [{ weekday: 1, opens: '9:00', closes: '12:00' }] }, '开放时间格式不正确'],
    [{ mode: 'hall' }, '预约方式的取值无效'],
  ])('refuses invalid rules with a message naming the field: %j', async (overrides, message) => {
    const response = await createRaw({
      name: '测试室',
      mode: 'seats',
      capacity: 4,
      slotMinutes: 60,
      openingHours: EVERY_DAY,
      ...overrides,
    });
    expect([response.statusCode, response.json().message]).toEqual([400, message]);
  });

  it('follows a new capacity in slots already partly booked, never below what is booked', async () => {
    const room = await createRoom(t.app, staff, { capacity: 4 });
    for (let i = 0; i < 3; i += 1) await book(t.app, (await member()).headers, room.id, at(MONDAY, '18:00'));
    expect((await patch(room.id, { capacity: 2 })).json().capacity).toBe(2);
    expect((await book(t.app, (await member()).headers, room.id, at(MONDAY, '18:00'))).json().message).toBe(
      '该时段已约满',
    );
    expect((await book(t.app, (await member()).headers, room.id, at(MONDAY, '19:00'))).statusCode).toBe(201);
    await patch(room.id, { capacity: 5 });
    expect((await book(t.app, (await member()).headers, room.id, at(MONDAY, '18:00'))).statusCode).toBe(201);
    const [slot] = await t.db.query<{ capacity: number; booked: number }>(
      'SELECT capacity, booked FROM booking_slots WHERE room_id = $1 AND starts_at = $2',
      [room.id, at(MONDAY, '18:00')],
    );
    expect(slot).toEqual({ capacity: 5, booked: 4 });
  });

  it('archives a room: hidden from members, its upcoming bookings cancelled and the members told', async () => {
    const room = await createRoom(t.app, staff, { name: '心理减压室', mode: 'whole', capacity: 2 });
    const m = await member();
    const booking = (await book(t.app, m.headers, room.id, at(addDays(MONDAY, 1), '15:00'))).json();
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/booking/manage/rooms/${room.id}`,
      headers: staff,
    });
    expect(response.json()).toEqual({ cancelledBookings: 1 });
    const [row] = await t.db.query<{ status: string }>('SELECT status FROM bookings WHERE id = $1', [booking.id]);
    expect(row!.status).toBe('cancelled');
    const listed = (await t.app.inject({ method: 'GET', url: '/api/booking/rooms', headers: m.headers })).json();
    expect(listed.items.map((r: { id: number }) => r.id)).not.toContain(room.id);
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 2), '15:00'))).statusCode).toBe(404);
    const grid = await t.app.inject({
      method: 'GET',
      url: `/api/booking/rooms/${room.id}/availability`,
      headers: m.headers,
    });
    expect(grid.statusCode).toBe(404);
    expect(grid.json().message).toBe('场地不存在或已停用');
    const managed = (await t.app.inject({ method: 'GET', url: '/api/booking/manage/rooms', headers: staff })).json();
    expect(managed.items.find((r: { id: number }) => r.id === room.id)).toMatchObject({ active: false });
    expect((await patch(room.id, { active: true })).json().active).toBe(true);
  });
});

describe('the API document', () => {
  it('lists every booking operation under 活动预约 with the agreed operationIds', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(
      doc.paths as Record<string, Record<string, { operationId: string; tags: string[] }>>,
    )
      .filter(([path]) => path.startsWith('/api/booking'))
      .flatMap(([, methods]) => Object.values(methods));
    expect(operations.every((op) => op.tags.includes('活动预约'))).toBe(true);
    expect(operations.map((op) => op.operationId)).toEqual(
      expect.arrayContaining([
        'listRooms',
        'getRoomAvailability',
        'createBooking',
        'cancelBooking',
        'listMyBookings',
        'checkIn',
      ]),
    );
  });
});
