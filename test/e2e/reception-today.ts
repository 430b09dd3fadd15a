import { beijing, testNow } from '../support/test-clock';
import { api, tokenOf } from './booking-phone';

const DAY = 86_400_000;

/**
 * The demo seeds a reception session "today" around the API's start time, with a slot free until
 * midnight. A run that crosses midnight after the seed finds a new day without one; then (and only
 * then: just after midnight, so the whole day is ahead) the chair publishes a session in the next
 * hour, so that the member still books "today" and the chair still receives her in 今日接待.
 */
export async function ensureFreeReceptionToday(memberStaffNo: string, chairStaffNo: string): Promise<void> {
  // In the last ten minutes of a day the free slot may end before the member has booked it: wait
  // for the new day (a run at 23:55 waits five minutes) and book there.
  const toMidnight = DAY - ((testNow() + 8 * 3_600_000) % DAY);
  if (toMidnight < 10 * 60_000) await new Promise((resolve) => setTimeout(resolve, toMidnight + 5_000));
  const { date, hhmm } = beijing(testNow());
  const sessions = await api<{ items: { date: string; freeSlots: number; status: string }[] }>(
    'GET',
    '/api/reception/sessions',
    await tokenOf(memberStaffNo),
  );
  if (sessions.items.some((s) => s.date === date && s.status === 'open' && s.freeSlots > 0)) return;
  const minute = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const start = Math.ceil((minute + 1) / 20) * 20;
  if (start + 60 > 24 * 60) throw new Error(`no free reception slot today and no hour left for one (${date} ${hhmm})`);
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const chair = await tokenOf(chairStaffNo);
  const receivers = await api<{ items: { id: number; role: string }[] }>('GET', '/api/reception/receivers', chair);
  await api('POST', '/api/reception/sessions', chair, {
    repeat: 'once',
    date,
    startTime: clock(start),
    endTime: clock(start + 60),
    slotMinutes: 20,
    place: '工会办公室',
    receiverId: receivers.items.find((r) => r.role === 'chair')!.id,
  });
}
