import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, Tag } from '@/components';
import { ROUTES, withQuery } from '@/lib/routes';
import { dueText, formatDay, memberStageOf, shortDay, slotRange, stageOf, TOPIC_LABELS } from '../labels';
import type { Appointment } from '../types';
import './common.css';
import './appointment-item.css';

export const openAppointment = (id: number) =>
  void Taro.navigateTo({ url: withQuery(ROUTES.receptionAppointment, { id }) });

interface Props {
  appointment: Appointment;
  /** member: my own, by date; officer: who came and why, by time; follow-up: with its deadline. */
  view: 'member' | 'officer' | 'follow-up';
}

export function AppointmentItem({ appointment: a, view }: Props) {
  const stage = view === 'member' ? memberStageOf(a) : stageOf(a);
  const time = slotRange(a.slotStart, a.slotEnd);
  const title =
    view === 'member'
      ? `${formatDay(a.date)} ${time}`
      : view === 'officer'
        ? `${time} ${a.member.name}`
        : `${a.member.name}（${shortDay(a.date)}接待）`;
  const about = a.contentHidden ? '会员希望保密，内容仅接待人可见' : a.description;
  return (
    <View
      className={`appointment-item${a.overdue && view !== 'member' ? ' appointment-item--overdue' : ''}`}
      hoverClass="appointment-item--hover"
      onClick={() => openAppointment(a.id)}
      data-testid="appointment-item"
      {...a11y({ role: 'link' })}
    >
      <View className="reception-title-row">
        <Text className="appointment-item__title">{title}</Text>
        <Tag tone={stage.tone}>{stage.label}</Tag>
      </View>
      <View className="appointment-item__tags">
        <Tag tone="grey">{TOPIC_LABELS[a.topic]}</Tag>
        {a.confidential && <Tag tone="orange">保密</Tag>}
        {view !== 'member' && a.member.branchName && (
          <Text className="appointment-item__meta">{a.member.branchName}</Text>
        )}
        {view === 'member' && (
          <Text className="appointment-item__meta">
            {a.place} · {a.receiverName}
          </Text>
        )}
      </View>
      {view !== 'member' && <Text className="appointment-item__about">{about}</Text>}
      {view === 'follow-up' && a.dueOn && (
        <Text className={`appointment-item__due${a.overdue ? ' appointment-item__due--late' : ''}`}>
          答复期限 {formatDay(a.dueOn)}（{dueText(a.dueOn)}）{a.assignee ? ` · 交办 ${a.assignee}` : ''}
        </Text>
      )}
    </View>
  );
}
