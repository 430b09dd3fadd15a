-- The roster pages by keyset in its own order (在册 before 已离会, then by 工号): a page after any
-- position is a range of this index, and the first page of a search reads the union's members in
-- order until it has a page of matches, without sorting them all.
CREATE INDEX members_roster_idx ON members (union_id, status, staff_no);
