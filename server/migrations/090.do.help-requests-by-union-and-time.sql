-- The annual workbook counts a school's help cases month by month: made, finished, rated, rated
-- satisfied. By union alone each month read every case the school ever had from the table and kept
-- the month's, so a workbook cost more each year. Cases by union and time, with the status and the
-- rating beside each, make each month one index range read from the index alone.
CREATE INDEX help_requests_union_created_idx ON help_requests (union_id, created_at) INCLUDE (status, rating);
