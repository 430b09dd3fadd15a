-- A general, append-only audit log: who did what to which record, and when. Every feature writes
-- to it through services/audit.ts (role changes, imports, exports, reads of confidential records).
-- No foreign keys on purpose: an entry must outlive the member, union or record it names.
CREATE TABLE audit_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  -- NULL actor: the system (a scheduled job), never an unknown person.
  actor_id    integer,
  union_id    integer,
  action      text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){1,3}$'),
  target_type text NOT NULL CHECK (target_type ~ '^[a-z][a-z0-9_]{0,39}$'),
  target_id   text CHECK (length(target_id) BETWEEN 1 AND 64),
  -- Small facts only (ids, counts, a file name): never names, notes or reasons.
  detail      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(detail) = 'object' AND octet_length(detail::text) <= 4000)
);
CREATE INDEX audit_log_union_idx ON audit_log (union_id, at DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);

-- Append-only in the database itself, whoever connects: the application's own role owns the table,
-- so REVOKE alone would not hold it; these triggers refuse UPDATE, DELETE and TRUNCATE for everyone.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
