import { beijing, testNow } from '../support/test-clock';
import type { apiClient } from './walk-helpers';

type Client = ReturnType<typeof apiClient>;
const QUARTER = 15 * 60_000;

/**
 * The next 15-minute slot to start, as the API's clock sees it: its Beijing date and start, and
 * when its check-in opens (15 minutes before). A slot starting in under a minute is skipped: the
 * walk may not reach the check-in before it starts. At 23:58 this is 00:15 tomorrow, so the walk
 * opens the room on the slot's own date instead of on today, which may have nothing left.
 */
export function nextQuarterSlot(): { date: string; hhmm: string; opensAt: number } {
  let start = Math.ceil(testNow() / QUARTER) * QUARTER;
  if (start - testNow() < 60_000) start += QUARTER;
  return { ...beijing(start), opensAt: start - QUARTER + 1000 };
}

/**
 * A visit on the chair's list of today, as the API reports it. The demo seeds a reception session
 * "today" around its start time, but what it holds depends on the hour (at 23:58 only a visit
 * already registered, no booking ahead), and a walk started before midnight may reach the chair's
 * desk after it, on a new day with nothing at all. Then (and only then: just after midnight, so
 * the whole day is ahead) the chair publishes a session in the next hour and 张丽华 books its first
 * slot through the API, as the screens would.
 */
export async function receptionToday(client: Client, chair: string, member: string): Promise<TodayVisit> {
  const listed = await todaysVisits(client, chair);
  if (listed[0]) return listed[0];
  const { date, hhmm } = beijing(testNow());
  const minute = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const start = Math.ceil((minute + 1) / 20) * 20;
  if (start + 60 > 24 * 60) throw new Error(`no reception today and no hour left to publish one (${date} ${hhmm})`);
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const receivers = await client.api<{ items: { id: number; name: string }[] }>(
    'GET',
    '/api/reception/receivers',
    chair,
  );
  const receiverId = receivers.items.find((r) => r.name === '王建国')!.id;
  const published = await client.api<{ items: { id: number; startsAt: string }[] }>(
    'POST',
    '/api/reception/sessions',
    chair,
    {
      repeat: 'once',
      date,
      startTime: clock(start),
      endTime: clock(start + 60),
      slotMinutes: 20,
      place: '工会办公室',
      receiverId,
    },
  );
  const session = published.items[0]!;
  await client.api('POST', '/api/reception/appointments', member, {
    sessionId: session.id,
    slotStart: session.startsAt,
    topic: 'work',
    description: '想了解教师培训经费的使用办法',
  });
  const [booked] = await todaysVisits(client, chair);
  if (!booked) throw new Error('the visit booked today is not on the chair’s list of today');
  return booked;
}

interface TodayVisit {
  member: { name: string };
  /** Its slot as the desk shows it: 'HH:mm–HH:mm' Beijing. */
  slot: string;
}

async function todaysVisits(client: Client, chair: string): Promise<TodayVisit[]> {
  const today = await client.api<{ items: { slotStart: string; slotEnd: string; member: { name: string } }[] }>(
    'GET',
    '/api/reception/today',
    chair,
  );
  return today.items.map((v) => ({
    member: v.member,
    slot: `${beijing(Date.parse(v.slotStart)).hhmm}–${beijing(Date.parse(v.slotEnd)).hhmm}`,
  }));
}
