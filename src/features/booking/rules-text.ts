// The rules the confirm sheet shows before a member books: cancel cut-off, check-in time, quotas
// left. Pure (no Taro); the server enforces every one of them again in its transaction.
import { formatDateTime } from '../../lib/dayjs'
import type { Booking, RoomRules, SlotTimes } from './types'

/** '2 小时', '30 分钟', '1 天', '1 小时 30 分钟' */
export function formatDuration(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) return `${minutes / 1440} 天`
  if (minutes >= 60 && minutes % 60 !== 0) return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`
  if (minutes >= 60) return `${minutes / 60} 小时`
  return `${minutes} 分钟`
}

export function cancelRule(room: Pick<RoomRules, 'cancelCutoffMinutes'>, startsAt: string, now: number = Date.now()): string {
  if (room.cancelCutoffMinutes === 0) return '开始前可随时取消'
  const deadline = Date.parse(startsAt) - room.cancelCutoffMinutes * 60_000
  return `开始前 ${formatDuration(room.cancelCutoffMinutes)}内不能取消（${formatDateTime(deadline, now)} 前可取消）`
}

export function checkInRule(room: Pick<RoomRules, 'checkInBeforeMinutes' | 'checkInAfterMinutes'>): string {
  const from = room.checkInBeforeMinutes > 0 ? `开始前 ${room.checkInBeforeMinutes} 分钟至` : ''
  return `请在${from}开始后 ${room.checkInAfterMinutes} 分钟内到场扫码签到，逾时记为未到场`
}

/** Statuses the server counts against a quota (a cancelled or rejected booking gives its place back). */
const COUNTED = ['pending', 'confirmed', 'checked_in', 'no_show']

/** Monday and Sunday of the week of a local date. */
export function weekOf(date: string): { start: string; end: string } {
  const ms = Date.parse(`${date}T00:00:00Z`)
  const weekday = new Date(ms).getUTCDay() || 7
  const day = (offset: number) => new Date(ms + offset * 86_400_000).toISOString().slice(0, 10)
  return { start: day(1 - weekday), end: day(7 - weekday) }
}

export interface QuotaLine {
  text: string
  /** Nothing left: the server will refuse. */
  exhausted: boolean
}

/**
 * '当天还可预约 1 次（每天 1 次）' for each quota the room has, counted from the member's own
 * bookings of this room (both 我的预约 scopes), the same way the server counts them.
 */
export function quotaLines(
  room: Pick<RoomRules, 'quotaPerDay' | 'quotaPerWeek' | 'quotaUpcoming'>,
  roomId: number,
  slot: Pick<SlotTimes, 'date'>,
  mine: Pick<Booking, 'room' | 'status' | 'date' | 'endsAt'>[],
  now: number = Date.now(),
): QuotaLine[] {
  const held = mine.filter((b) => b.room.id === roomId && COUNTED.includes(b.status))
  const week = weekOf(slot.date)
  const line = (label: string, limit: number | null, used: number, unit: string): QuotaLine[] => {
    if (limit === null) return []
    const left = Math.max(0, limit - used)
    return [{ text: left > 0 ? `${label}还可预约 ${left} 次（${unit} ${limit} 次）` : `${label}已无可用次数（${unit} ${limit} 次）`, exhausted: left === 0 }]
  }
  const upcoming = held.filter((b) => (b.status === 'pending' || b.status === 'confirmed') && Date.parse(b.endsAt) > now).length
  return [
    ...line('当天', room.quotaPerDay, held.filter((b) => b.date === slot.date).length, '每天'),
    ...line('本周', room.quotaPerWeek, held.filter((b) => b.date >= week.start && b.date <= week.end).length, '每周'),
    ...(room.quotaUpcoming === null
      ? []
      : [
          upcoming < room.quotaUpcoming
            ? { text: `未使用的预约最多 ${room.quotaUpcoming} 个，您现有 ${upcoming} 个`, exhausted: false }
            : { text: `未使用的预约已达上限（最多 ${room.quotaUpcoming} 个）`, exhausted: true },
        ]),
  ]
}
