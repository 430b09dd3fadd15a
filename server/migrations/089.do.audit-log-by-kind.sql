-- The 审计日志 page filtered by a kind of action (角色变更, 导出与下载 …) and a span of days: one
-- union's entries of that kind, newest first, and how many there are. With only (union_id, at) and
-- (union_id, id) each page and its count read every entry of the union in those days, of any kind,
-- from the table, so a page cost more each year the log grew. One partial index per kind holds just
-- that kind's entries by union and time, with the id beside each: the count and the choice of a
-- page's ids are read from the index alone, and only the page's own rows from the table.
-- Each predicate is written exactly as KIND_WHERE (routes/admin/audit-repository.ts) writes the filter,
-- which the planner matches by text: change both together.
CREATE INDEX audit_log_kind_roles_idx ON audit_log (union_id, at) INCLUDE (id)
  WHERE action LIKE 'member.role.%';
CREATE INDEX audit_log_kind_members_idx ON audit_log (union_id, at) INCLUDE (id)
  WHERE (action LIKE 'member.record.%' OR action LIKE 'roster.%');
CREATE INDEX audit_log_kind_branches_idx ON audit_log (union_id, at) INCLUDE (id)
  WHERE action LIKE 'union.branch.%';
CREATE INDEX audit_log_kind_exports_idx ON audit_log (union_id, at) INCLUDE (id)
  WHERE (action LIKE 'export.%' OR action LIKE '%.export%');
CREATE INDEX audit_log_kind_confidential_idx ON audit_log (union_id, at) INCLUDE (id)
  WHERE (action LIKE '%.read' OR action LIKE '%.list');
CREATE INDEX audit_log_kind_privacy_idx ON audit_log (union_id, at) INCLUDE (id)
  WHERE action LIKE 'privacy.%';
