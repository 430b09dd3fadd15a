import { clockAfter } from '../../src/features/booking/clock';
import { withSlotDetails } from '../../src/features/booking/grid';
import { beijingInstant } from '../../src/lib/dayjs';
import type { AvailabilityResponse } from '../../src/features/booking/types';

const grid = (overrides: Partial<AvailabilityResponse> = {}): AvailabilityResponse => ({
  room: {
    id: 7,
    name: '健身房',
    location: '',
    description: '',
    photos: [],
    mode: 'whole',
    capacity: 1,
    slotMinutes: 45,
    requiresApproval: false,
  },
  rules: {
    openingHours: [],
    windowDays: 7,
    releaseTime: '08:00',
    cancelCutoffMinutes: 60,
    quotaPerDay: null,
    quotaPerWeek: null,
    quotaUpcoming: null,
    requiresApproval: false,
    checkInBeforeMinutes: 15,
    checkInAfterMinutes: 15,
  },
  quota: null,
  today: '2026-12-02',
  date: '2026-12-03',
  note: null,
  slotCapacity: 1,
  dates: [],
  slots: [
    { start: '07:30', remaining: 1, state: 'free' },
    { start: '23:15', remaining: 0, state: 'mine', myBookingId: 31 },
  ],
  ...overrides,
});

describe('the slot grid from the wire', () => {
  it('gives each cell its instant, end and date, and the booking id only to the member’s own', () => {
    expect(withSlotDetails(grid()).slots).toEqual([
      {
        startsAt: '2026-12-02T23:30:00.000Z',
        date: '2026-12-03',
        start: '07:30',
        end: '08:15',
        remaining: 1,
        state: 'free',
        note: null,
        myBookingId: null,
      },
      {
        startsAt: '2026-12-03T15:15:00.000Z',
        date: '2026-12-03',
        start: '23:15',
        end: '24:00',
        remaining: 0,
        state: 'mine',
        note: null,
        myBookingId: 31,
      },
    ]);
  });

  it('gives every cell of a closed day the day’s note', () => {
    const closed = withSlotDetails(grid({ note: '寒假', slots: [{ start: '09:00', remaining: 1, state: 'closed' }] }));
    expect(closed.slots.map((s) => [s.state, s.note])).toEqual([['closed', '寒假']]);
  });
});

describe('Beijing clocks', () => {
  it('turns a Beijing date and clock into the instant, the day before in UTC until 08:00', () => {
    expect(beijingInstant('2027-01-01', '07:59')).toBe('2026-12-31T23:59:00.000Z');
    expect(beijingInstant('2027-01-01', '08:00')).toBe('2027-01-01T00:00:00.000Z');
  });

  it('adds minutes to a clock up to midnight, written 24:00', () => {
    expect([clockAfter('08:00', 45), clockAfter('09:50', 15), clockAfter('23:00', 60)]).toEqual([
      '08:45',
      '10:05',
      '24:00',
    ]);
  });
});
