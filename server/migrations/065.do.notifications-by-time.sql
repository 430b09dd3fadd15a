-- The message centre lists by when a message was made, not by row id: rows written with an
-- earlier time (demo data, a message dated to the event it reports) would otherwise sit out of
-- order. This index serves that order and its paging.
CREATE INDEX notifications_member_time_idx ON notifications (member_id, created_at DESC, id DESC);
