-- 转困难帮扶: the help case a reception visit became. One case per visit; the case outlives
-- the link if it is ever removed.
ALTER TABLE reception_appointments
  ADD COLUMN help_case_id integer UNIQUE REFERENCES help_requests (id) ON DELETE SET NULL;
