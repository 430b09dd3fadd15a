import type { Queryable } from '../../db';

/** Which booking series hold a club event's room (club_event_bookings), and their bookings. */
export function eventRoomRepository(db: Queryable) {
  return {
    /** Records that the series was booked for the event. */
    async linkSeries(eventId: number, seriesId: number): Promise<void> {
      await db.query(`INSERT INTO club_event_bookings (event_id, series_id) VALUES ($1, $2)`, [eventId, seriesId]);
    },

    /** The event's series with their rooms, by room: the order rooms are locked in. */
    async heldSeries(eventId: number): Promise<{ seriesId: number; roomId: number }[]> {
      return db.query<{ seriesId: number; roomId: number }>(
        `SELECT x.series_id AS "seriesId", s.room_id AS "roomId" FROM club_event_bookings x JOIN booking_series s ON s.id = x.series_id
          WHERE x.event_id = $1 ORDER BY s.room_id, x.series_id`,
        [eventId],
      );
    },

    /** The event's confirmed bookings not over at `now`, locked until the transaction ends. */
    async lockOpenBookings(eventId: number, now: Date): Promise<number[]> {
      const open = await db.query<{ id: number }>(
        `SELECT b.id FROM club_event_bookings x JOIN bookings b ON b.series_id = x.series_id
          WHERE x.event_id = $1 AND b.status = 'confirmed' AND b.ends_at > $2 ORDER BY b.id FOR UPDATE OF b`,
        [eventId, now],
      );
      return open.map((b) => b.id);
    },
  };
}
