-- The member's appointments and the counsellor's desk are read a page at a time in (starts_at, id)
-- order, each page going on after the last appointment shown. With id in the key a page is a range
-- of the index in the list's own order (no sort of ties); the past tabs, which grow every year, read
-- it backwards. These replace the (owner, starts_at) indexes, which served the same lookups.
CREATE INDEX counselling_appointments_member_keyset_idx ON counselling_appointments (member_id, starts_at, id);
DROP INDEX counselling_appointments_member_idx;
CREATE INDEX counselling_appointments_counsellor_keyset_idx ON counselling_appointments (counsellor_id, starts_at, id);
DROP INDEX counselling_appointments_counsellor_idx;
-- The desk's 已确认 tab lists confirmed sessions oldest first: without this its scan in time order
-- would start at the counsellor's first appointment and read every year of history to reach them.
CREATE INDEX counselling_appointments_confirmed_idx ON counselling_appointments (counsellor_id, starts_at, id)
  WHERE status = 'confirmed';
