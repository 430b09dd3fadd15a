-- A recurring booking covers one or more weekdays and one or more consecutive slots on each
-- (羽毛球社训练: 周二、周四 16:30–18:30), and stays listed once cancelled, marked as such.
ALTER TABLE booking_series ADD COLUMN weekdays smallint[];
UPDATE booking_series SET weekdays = ARRAY[weekday];
ALTER TABLE booking_series
  ALTER COLUMN weekdays SET NOT NULL,
  ADD CONSTRAINT booking_series_weekdays_check
    CHECK (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
  ADD COLUMN slot_count integer NOT NULL DEFAULT 1 CHECK (slot_count BETWEEN 1 AND 12),
  ADD COLUMN cancelled_at timestamptz,
  ADD COLUMN cancelled_by integer REFERENCES members (id) ON DELETE SET NULL,
  DROP COLUMN weekday;
CREATE INDEX booking_series_room_idx ON booking_series (room_id, id);
