import type { Notification } from '../../services/notify';
import type { BookingFacts } from './rules';
import type { RoomRecord } from './schemas';

/** The shapes the booking repository reads and writes. */
export type RoomWithFacts = RoomRecord & BookingFacts;

/** What the booking's first statement read besides the facts: their key, and the slot's places taken (null: none yet). */
export interface SlotAsRead {
  factsKey: string;
  slotBooked: number | null;
}

export interface NewBooking {
  roomId: number;
  memberId: number;
  startsAt: Date;
  endsAt: Date;
  date: string;
  seats: number;
  status: 'pending' | 'confirmed' | 'checked_in';
  source: 'member' | 'walk_in' | 'series';
  seriesId?: number | null;
  note?: string;
  now: Date;
}

/** What the facts are read for: a member, a room and a slot, the slot's week, now, and the earliest date to scan. */
export interface FactsQuery {
  roomId: number;
  memberId: number;
  startsAt: Date;
  date: string;
  week: { start: string; end: string };
  now: Date;
  scanFrom: string;
}

/** A message written in the same statement as what it tells of. */
export type Message = { templates: Record<string, string>; notification: Notification };
