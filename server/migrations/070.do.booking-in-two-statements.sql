-- A member's booking in two statements instead of a transaction of five round trips.
--
-- booking_facts: what the booking rules need to know about a member and a slot of a room (suspension,
-- closure, the member's bookings that count against the quotas), and a key that changes whenever any
-- of it, the room's row or its opening hours change. The one definition of these counts: the booking,
-- the quota display and the benchmark all read them here.
CREATE FUNCTION booking_facts(
  p_room integer, p_member integer, p_starts timestamptz, p_date date,
  p_week_start date, p_week_end date, p_now timestamptz, p_scan_from date
) RETURNS TABLE (
  "suspendedUntil" timestamptz, "closureReason" text, "alreadyBooked" boolean,
  "dayCount" integer, "weekCount" integer, "upcomingCount" integer, "factsKey" text
) LANGUAGE sql STABLE AS $$
  SELECT f.*,
         md5(concat_ws('|', r::text, f::text,
             (SELECT string_agg(h::text, ',' ORDER BY h.weekday, h.opens_at) FROM room_hours h WHERE h.room_id = r.id)))
    FROM rooms r
   CROSS JOIN LATERAL (
     SELECT (SELECT max(s.ends_at) FROM booking_suspensions s
              WHERE s.member_id = p_member AND s.status = 'active' AND s.starts_at <= p_now AND s.ends_at > p_now),
            (SELECT c.reason FROM room_closures c
              WHERE c.union_id = r.union_id AND (c.room_id IS NULL OR c.room_id = r.id)
                AND p_date BETWEEN c.starts_on AND c.ends_on
              ORDER BY c.id LIMIT 1),
            count(*) FILTER (WHERE b.starts_at = p_starts) > 0,
            (count(*) FILTER (WHERE b.slot_date = p_date))::int,
            (count(*) FILTER (WHERE b.slot_date BETWEEN p_week_start AND p_week_end))::int,
            (count(*) FILTER (WHERE b.status IN ('pending', 'confirmed') AND b.ends_at > p_now))::int
       FROM bookings b
      WHERE b.member_id = p_member AND b.room_id = r.id AND b.slot_date >= p_scan_from
        AND b.status IN ('pending', 'confirmed', 'checked_in', 'no_show')) f
   WHERE r.id = p_room
$$;

-- The gate of the booking's one writing statement: takes the room (shared) and member locks in the
-- order the rest of the booking code takes them (LOCK_ROOM 7301, LOCK_MEMBER 7302), then reads the
-- facts again with a snapshot taken after the locks (a VOLATILE function's queries each take a fresh
-- one) and lets the write go ahead only when nothing the rules were checked against has changed since.
-- When it has, the caller checks everything again inside a transaction: the rules are decided on
-- facts read under the locks either way, as before.
CREATE FUNCTION booking_gate(
  p_room integer, p_member integer, p_starts timestamptz, p_date date,
  p_week_start date, p_week_end date, p_now timestamptz, p_scan_from date, p_key text
) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(7301, p_room), pg_advisory_xact_lock(7302, p_member);
  RETURN EXISTS (
    SELECT 1 FROM booking_facts(p_room, p_member, p_starts, p_date, p_week_start, p_week_end, p_now, p_scan_from) f
     WHERE f."factsKey" = p_key);
END
$$;
