/**
 * Asia/Shanghai calendar arithmetic, shared with the booking module. Dates are local 'YYYY-MM-DD' strings.
 */
import { formatClock, localMinutes } from '../../time/beijing';

export {
  addDays,
  atLocal,
  formatDate,
  formatInstant,
  isoWeekday,
  localDate,
  monthRange,
  parseClock as minutesOf,
  weekOf,
} from '../../time/beijing';

/** 'HH:MM' of an instant in local time. */
export const localClock = (instant: Date): string => formatClock(localMinutes(instant));
