-- The help queue pages by keyset. Its finished cases (every case of every year but the few still
-- open) are read in the queue's own order, most urgent first and then the newest, from this index:
-- a page of them is a short range however many years the union has kept. The expression and the
-- status list are written exactly as in server/src/routes/help/case-sql.ts (URGENCY_RANK,
-- OPEN_LIST): the planner matches them by text. The open cases come from help_requests_union_status_idx.
CREATE INDEX help_requests_union_done_idx
  ON help_requests (union_id, (CASE urgency WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END) DESC, id DESC)
  WHERE status NOT IN ('submitted', 'accepted', 'in_progress', 'waiting_member');
