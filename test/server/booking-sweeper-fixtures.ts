import { createBookingSweeper } from '../../server/src/jobs/booking-sweeper';
import { addDays } from '../../server/src/time/beijing';
import type { TestApp } from '../support/test-app';
import { at, book, type Headers, standAt } from './booking-fixtures';

/** The no-show sweeper on a test file's database, what a member was told, and no-shows made to order. */
export function sweeperHelpers(t: TestApp) {
  const sweeper = (batchSize = 200) => createBookingSweeper({ db: t.db, templates: {}, batchSize });
  const titles = async (memberId: number) =>
    (
      await t.db.query<{ title: string }>(
        `SELECT title FROM notifications WHERE member_id = $1 AND kind = 'booking' ORDER BY id`,
        [memberId],
      )
    ).map((n) => n.title);
  const refusedMessage = async (headers: Headers, roomId: number, startsAt: Date) => {
    const response = await book(t.app, headers, roomId, startsAt);
    return response.statusCode === 201 ? 'booked' : response.json().message;
  };

  /** Books a slot for each member and lets its check-in window pass. */
  async function noShow(roomId: number, headers: Headers, date: string, clock: string) {
    standAt(addDays(date, -1), '12:00');
    const booking = (await book(t.app, headers, roomId, at(date, clock))).json();
    return booking.id as number;
  }
  return { sweeper, titles, refusedMessage, noShow };
}
