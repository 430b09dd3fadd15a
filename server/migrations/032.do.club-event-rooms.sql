-- A club event may take an activity-centre room. The room is reserved through the booking rules:
-- a one-day staff series held by the leader who created the event (capacity, opening hours,
-- closures, the past and other bookings all apply). Cancelling the event cancels those bookings.
ALTER TABLE club_events ADD COLUMN room_id integer REFERENCES rooms (id);

CREATE TABLE club_event_bookings (
  event_id  integer NOT NULL REFERENCES club_events (id) ON DELETE CASCADE,
  series_id integer NOT NULL REFERENCES booking_series (id),
  PRIMARY KEY (event_id, series_id)
);
CREATE INDEX club_event_bookings_series_idx ON club_event_bookings (series_id);
