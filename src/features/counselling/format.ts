import { formatDateTime, formatTime } from '@/lib/dayjs';

/** '11月25日 周三 14:00–14:50' */
export const timeRange = (startsAt: string, endsAt: string) => `${formatDateTime(startsAt)}–${formatTime(endsAt)}`;
