import { deadlineOf, eventInput, newDraft, roomHint, type EventDraft } from '../../src/features/clubs/event-form';
import { readCheckInScene } from '../../src/features/clubs/scene';

// 2026-11-25 23:30 in Beijing is 15:30 UTC: the Beijing calendar, not the device's, decides the day.
const NOW = new Date('2026-11-25T15:30:00Z');
const draft = (patch: Partial<EventDraft> = {}): EventDraft => ({
  ...newDraft(NOW),
  title: '友谊赛',
  place: '操场',
  ...patch,
});

const court = {
  id: 7,
  name: '羽毛球场',
  location: '体育馆一楼',
  mode: 'whole' as const,
  capacity: 4,
  slotMinutes: 60,
  requiresApproval: false,
  openingHours: [
    { weekday: 6, opens: '09:00', closes: '12:00' },
    { weekday: 6, opens: '14:00', closes: '17:00' },
  ],
};

describe('the event form', () => {
  it('starts three Beijing days ahead, 15:00–17:00, sign-up until 18:00 the evening before', () => {
    const d = newDraft(NOW);
    expect([d.date, d.start, d.end]).toEqual(['2026-11-28', '15:00', '17:00']);
    expect(deadlineOf(d).toISOString()).toBe('2026-11-27T10:00:00.000Z');
    expect(deadlineOf({ ...d, deadline: 'twoHours' }).toISOString()).toBe('2026-11-28T05:00:00.000Z');
    expect(deadlineOf({ ...d, deadline: 'start' }).toISOString()).toBe('2026-11-28T07:00:00.000Z');
  });

  it('sends a room or a place, never both, with Beijing times as instants', () => {
    expect(eventInput(draft(), NOW)).toEqual({
      title: '友谊赛',
      place: '操场',
      startsAt: '2026-11-28T07:00:00.000Z',
      endsAt: '2026-11-28T09:00:00.000Z',
      signupDeadline: '2026-11-27T10:00:00.000Z',
      capacity: 20,
      audience: 'members',
    });
    expect(eventInput(draft({ where: 'room', roomId: 7, description: ' 带球拍 ' }), NOW)).toMatchObject({
      roomId: 7,
      description: '带球拍',
    });
    expect(eventInput(draft({ where: 'room', roomId: 7 }), NOW)).not.toHaveProperty('place');
  });

  it('names the first thing to fix', () => {
    expect(eventInput(draft({ title: ' ' }), NOW)).toBe('请填写活动名称');
    expect(eventInput(draft({ where: 'room' }), NOW)).toBe('请选择活动室');
    expect(eventInput(draft({ place: '' }), NOW)).toBe('请填写活动地点');
    expect(eventInput(draft({ capacity: '0' }), NOW)).toBe('名额请填 1 到 1000 之间的整数');
    expect(eventInput(draft({ end: '14:00' }), NOW)).toBe('结束时间须晚于开始时间');
    expect(eventInput(draft({ date: '2026-11-26', deadline: 'dayBefore' }), NOW)).toBe(
      '报名截止时间已过，请换一个截止时间或改期',
    );
  });

  it('tells the leader when the chosen room is open on that day', () => {
    expect(roomHint(court, '2026-11-28')).toBe('周六开放 09:00–12:00、14:00–17:00，每 1 小时一段，最多 4 人');
    expect(roomHint({ ...court, slotMinutes: 90 }, '2026-11-29')).toBe('周日不开放，每 90 分钟一段，最多 4 人');
  });
});

describe('clubs helpers', () => {
  it('reads the check-in code from the scene, encoded or not', () => {
    expect(readCheckInScene('A1B2C3D4E5F6')).toBe('A1B2C3D4E5F6');
    expect(readCheckInScene('%20A1B2C3D4E5F6')).toBe('A1B2C3D4E5F6');
    expect(readCheckInScene('../x')).toBeNull();
    expect(readCheckInScene(undefined)).toBeNull();
  });
});
