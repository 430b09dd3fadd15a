import type { Queryable } from '../../db';
import { notify } from '../../services/notify';
import { formatDate, formatInstant } from './time';

const KIND = 'reception';

/** The page a reception message opens: the appointment, for the member and for the officer alike. */
export const appointmentLink = (id: number) => `/packages/reception/pages/appointment/index?id=${id}`;

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function receptionMessages(db: Queryable, templates: Record<string, string>) {
  const send = (memberId: number, appointmentId: number, title: string, body: string) =>
    notify(db, templates, { memberId, kind: KIND, title, body, link: appointmentLink(appointmentId) });

  return {
    booked: (a: { id: number; memberId: number; slotStart: Date; place: string; receiverName: string }) =>
      send(
        a.memberId,
        a.id,
        '接待日预约成功',
        `${formatInstant(a.slotStart)}，${a.place}，${a.receiverName}接待。请准时到场。`,
      ),

    cancelledByOfficer: (a: { id: number; memberId: number; slotStart: Date }, reason: string | null) =>
      send(
        a.memberId,
        a.id,
        '接待日预约已取消',
        `您 ${formatInstant(a.slotStart)} 的接待预约已由工会取消${reason ? `：${reason}。` : '。'}如有需要请重新预约。`,
      ),

    replied: (a: { id: number; memberId: number }, reply: string) =>
      send(a.memberId, a.id, '您反映的问题已答复', `${clip(reply)} 请查看答复并评价。`),

    overdue: (officerId: number, a: { id: number; memberName: string; slotStart: Date; dueOn: string }) =>
      send(
        officerId,
        a.id,
        '接待事项答复已逾期',
        `${a.memberName} ${formatInstant(a.slotStart)} 反映的问题，答复期限为${formatDate(a.dueOn)}，尚未答复。`,
      ),
  };
}
