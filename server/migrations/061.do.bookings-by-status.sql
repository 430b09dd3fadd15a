-- Staff lists of one status (the approval queue: status = 'pending') find their rows per room through
-- this index instead of reading every booking the union's rooms ever had.
CREATE INDEX bookings_room_status_idx ON bookings (room_id, status, starts_at);
