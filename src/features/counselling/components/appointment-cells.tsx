import Taro from '@tarojs/taro';
import { Cell, Tag } from '@/components';
import { ROUTES, withQuery } from '@/lib/routes';
import { timeRange } from '../format';
import { MODE_LABELS, STATUS_LABELS, statusTone } from '../labels';
import type { DeskAppointment, MyAppointment } from '../types';

export function MyAppointmentCells({ items }: { items: MyAppointment[] }) {
  return (
    <>
      {items.map((a) => (
        <Cell
          key={a.id}
          title={timeRange(a.startsAt, a.endsAt)}
          label={`${MODE_LABELS[a.mode]} · ${a.counsellor.displayName}`}
          value={<Tag tone={statusTone(a.status)}>{STATUS_LABELS[a.status]}</Tag>}
          arrow
          onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.counsellingAppointment, { id: a.id }) })}
          testId={`my-appointment-${a.id}`}
        />
      ))}
    </>
  );
}

export function DeskAppointmentCells({ items }: { items: DeskAppointment[] }) {
  return (
    <>
      {items.map((a) => (
        <Cell
          key={a.id}
          title={timeRange(a.startsAt, a.endsAt)}
          label={`${a.client.name}${a.client.isAlias ? '（化名）' : ''} · ${MODE_LABELS[a.mode]}`}
          value={
            <Tag tone={statusTone(a.status)}>{a.status === 'proposed' ? '等待答复' : STATUS_LABELS[a.status]}</Tag>
          }
          arrow
          onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.counsellingDeskAppointment, { id: a.id }) })}
          testId={`desk-appointment-${a.id}`}
        />
      ))}
    </>
  );
}
