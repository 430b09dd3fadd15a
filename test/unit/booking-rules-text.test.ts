import { cancelRule, checkInRule, formatDuration, quotaLines, weekOf } from '../../src/features/booking/rules-text'
import { bookingStatusLabel, dayBookingLabel } from '../../src/features/booking/status'
import type { Booking } from '../../src/features/booking/types'

// Monday 2026-11-23 14:00 in Beijing.
const NOW = Date.parse('2026-11-23T06:00:00Z')

describe('the rules on the confirm sheet', () => {
  it('writes durations the way the server does', () => {
    expect(formatDuration(30)).toBe('30 分钟')
    expect(formatDuration(120)).toBe('2 小时')
    expect(formatDuration(90)).toBe('1 小时 30 分钟')
    expect(formatDuration(1440)).toBe('1 天')
  })

  it('states the cancel cut-off with its deadline', () => {
    expect(cancelRule({ cancelCutoffMinutes: 120 }, '2026-11-24T10:30:00Z', NOW)).toBe('开始前 2 小时内不能取消（11月24日 周二 16:30 前可取消）')
    expect(cancelRule({ cancelCutoffMinutes: 0 }, '2026-11-24T10:30:00Z', NOW)).toBe('开始前可随时取消')
  })

  it('states the check-in window', () => {
    expect(checkInRule({ checkInBeforeMinutes: 15, checkInAfterMinutes: 15 })).toBe('请在开始前 15 分钟至开始后 15 分钟内到场扫码签到，逾时记为未到场')
    expect(checkInRule({ checkInBeforeMinutes: 0, checkInAfterMinutes: 10 })).toBe('请在开始后 10 分钟内到场扫码签到，逾时记为未到场')
  })
})

describe('quotas left', () => {
  const booking = (id: number, date: string, status: Booking['status'], roomId = 1) => ({
    room: { id: roomId, name: '羽毛球场', location: '' },
    status,
    date,
    endsAt: `${date}T12:00:00Z`,
    id,
  })

  it('finds Monday and Sunday of a week', () => {
    expect(weekOf('2026-11-26')).toEqual({ start: '2026-11-23', end: '2026-11-29' })
    expect(weekOf('2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' })
  })

  it('counts this room’s bookings of the day and week the way the server does', () => {
    const mine = [
      booking(1, '2026-11-23', 'checked_in'),
      booking(2, '2026-11-25', 'confirmed'),
      booking(3, '2026-11-25', 'cancelled'),
      booking(4, '2026-11-25', 'confirmed', 2),
      booking(5, '2026-11-16', 'no_show'),
    ]
    const lines = quotaLines({ quotaPerDay: 1, quotaPerWeek: 3, quotaUpcoming: null }, 1, { date: '2026-11-25' }, mine, NOW)
    expect(lines).toEqual([
      { text: '当天已无可用次数（每天 1 次）', exhausted: true },
      { text: '本周还可预约 1 次（每周 3 次）', exhausted: false },
    ])
  })

  it('counts only bookings not yet used against the upcoming limit', () => {
    const mine = [booking(1, '2026-11-25', 'confirmed'), booking(2, '2026-11-20', 'confirmed')]
    expect(quotaLines({ quotaPerDay: null, quotaPerWeek: null, quotaUpcoming: 1 }, 1, { date: '2026-11-27' }, mine, NOW)).toEqual([
      { text: '未使用的预约已达上限（最多 1 个）', exhausted: true },
    ])
  })

  it('says nothing for a room without quotas', () => {
    expect(quotaLines({ quotaPerDay: null, quotaPerWeek: null, quotaUpcoming: null }, 1, { date: '2026-11-25' }, [], NOW)).toEqual([])
  })
})

describe('booking status words', () => {
  const b = (status: Booking['status']) => ({ status, checkInOpensAt: '2026-11-23T05:45:00Z', checkInClosesAt: '2026-11-23T06:15:00Z' })

  it('reads 待签到 once the check-in time has come, else the status', () => {
    expect(bookingStatusLabel(b('confirmed'), NOW)).toEqual({ text: '待签到', tone: 'orange' })
    expect(bookingStatusLabel(b('confirmed'), NOW - 3_600_000)).toEqual({ text: '已确认', tone: 'green' })
    expect(bookingStatusLabel(b('pending'), NOW).text).toBe('待审核')
    expect(bookingStatusLabel(b('no_show'), NOW).text).toBe('未到场')
    expect(bookingStatusLabel(b('cancelled'), NOW).text).toBe('已取消')
  })

  it('marks a started slot’s unchecked booking 未签到 in the staff day view', () => {
    expect(dayBookingLabel({ status: 'confirmed' }, '2026-11-23T05:30:00Z', NOW).text).toBe('未签到')
    expect(dayBookingLabel({ status: 'confirmed' }, '2026-11-23T07:00:00Z', NOW).text).toBe('待签到')
    expect(dayBookingLabel({ status: 'checked_in' }, '2026-11-23T05:30:00Z', NOW).text).toBe('已签到')
  })
})
