-- 我的预约 reads a member's bookings in (starts_at, id) order and counts those of the chosen scope
-- (upcoming or past). With id in the key, a page is a range in the list's own order (no sort of ties),
-- and with status and ends_at carried in the index the count of the member's history is an
-- index-only scan: a few index pages instead of one heap page for every booking of every year.
CREATE INDEX bookings_member_keyset_idx ON bookings (member_id, starts_at DESC, id DESC) INCLUDE (status, ends_at);
DROP INDEX bookings_member_time_idx;
