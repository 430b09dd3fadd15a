-- The help queue's open part sorts all of a union's open cases by overdue (which depends on today, so
-- no index can hold that order) and urgency. This index holds exactly the open cases with every column
-- that sort and its filter read, so the sort is fed by an index-only scan of a few pages instead of one
-- heap page per open case (cases are scattered over the years' pages): a school with hundreds of open
-- cases reads them as cheaply as one with four. The expression and the status list are written
-- exactly as in server/src/routes/help/case-sql.ts (URGENCY_RANK, OPEN_LIST): the planner matches them by text.
CREATE INDEX help_requests_union_open_idx
  ON help_requests (union_id, (CASE urgency WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END) DESC, id DESC)
  INCLUDE (status, urgency, first_response_at, response_due_on)
  WHERE status IN ('submitted', 'accepted', 'in_progress', 'waiting_member');
