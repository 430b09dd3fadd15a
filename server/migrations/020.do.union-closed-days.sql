-- Days a whole union is closed (寒暑假, 法定节假日, 调休): they do not count as working days for the
-- union's answer deadlines. Different from the booking feature's per-room closures.
CREATE TABLE union_closed_days (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id   integer NOT NULL REFERENCES unions (id),
  starts_on  date NOT NULL,
  ends_on    date NOT NULL,
  reason     text NOT NULL CHECK (length(reason) BETWEEN 1 AND 30),
  created_by integer REFERENCES members (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on),
  -- A year at most, so that expanding the ranges into days stays small.
  CHECK (ends_on - starts_on < 366)
);
CREATE INDEX union_closed_days_union_idx ON union_closed_days (union_id, ends_on);
