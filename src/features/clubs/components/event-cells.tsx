import Taro from '@tarojs/taro';
import { Cell, CellGroup, EmptyView } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { ROUTES, withQuery } from '@/lib/routes';
import type { ClubEventSummary } from '../types';

/** Upcoming events: when and where, places taken of the capacity. */
export function EventCells({ items }: { items: ClubEventSummary[] }) {
  return (
    <CellGroup title="近期活动" testId="club-events">
      {items.map((e) => (
        <Cell
          key={e.id}
          arrow
          multiline
          title={e.title}
          testId={`club-event-${e.id}`}
          label={`${formatDateTime(e.startsAt)} · ${e.place}`}
          value={e.confirmedCount >= e.capacity ? '已满' : `${e.confirmedCount}/${e.capacity}`}
          onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.clubsEvent, { id: e.id }) })}
        />
      ))}
      {items.length === 0 && <EmptyView text="近期没有活动" />}
    </CellGroup>
  );
}
