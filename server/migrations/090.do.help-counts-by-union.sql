-- The annual workbook counts a school's help cases month by month: made, finished, rated, rated
-- satisfied. By union alone each month read every case the school ever had from the table and kept
-- the month's, so a workbook cost more each year. Cases by union and time, with the status and the
-- rating beside each, make each month one index range read from the index alone.
CREATE INDEX help_requests_union_created_idx ON help_requests (union_id, created_at) INCLUDE (status, rating);

-- The queue's strip counts the union's planned 回访 that are due or overdue. A visit knew its union
-- only through its case, so the count read either every case the union ever had or every planned
-- visit of every union, and both grow with the years. Each visit now carries its case's union (a
-- copy the database keeps: a case never changes union), and the planned ones are indexed by union
-- and day, so the count reads the union's due visits alone.
ALTER TABLE help_visits ADD COLUMN union_id integer;
UPDATE help_visits v SET union_id = r.union_id FROM help_requests r WHERE r.id = v.request_id;
ALTER TABLE help_visits ALTER COLUMN union_id SET NOT NULL;

CREATE FUNCTION help_visit_union() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT r.union_id INTO NEW.union_id FROM help_requests r WHERE r.id = NEW.request_id;
  RETURN NEW;
END $$;
CREATE TRIGGER help_visits_union BEFORE INSERT OR UPDATE OF request_id, union_id ON help_visits
  FOR EACH ROW EXECUTE FUNCTION help_visit_union();

CREATE INDEX help_visits_union_due_idx ON help_visits (union_id, due_on) WHERE status = 'planned';
