-- The audit log pages by keyset (entries of one union before a given id, newest first): this index
-- answers each page as a short range, however many years the log holds.
CREATE INDEX audit_log_union_id_idx ON audit_log (union_id, id DESC);
