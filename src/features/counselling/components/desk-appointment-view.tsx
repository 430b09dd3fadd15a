import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Cell, CellGroup } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { timeRange } from '../format';
import { MODE_LABELS, STATUS_LABELS } from '../labels';
import type { DeskAppointment } from '../types';
import { DeskActions } from './desk-actions';
import { NoteEditor } from './note-editor';
import { Paragraph } from './paragraph';
import { StatusBanner } from './status-banner';

function deskExplanation(a: DeskAppointment): string {
  switch (a.status) {
    case 'requested':
      return '来访者在等您确认：可以确认、建议其他时间，或婉拒并说明原因。';
    case 'proposed':
      return '新的时间已发给来访者，等待答复。';
    case 'confirmed':
      return Date.parse(a.startsAt) <= Date.now()
        ? '咨询开始后，请标记完成或未到场。'
        : '已确认。开始前一天会提醒您和来访者。';
    case 'declined':
      return '您已婉拒这次预约。';
    case 'cancelled':
      if (a.cancelledBy === 'consent_withdrawn') return '来访者撤回了同意，预约已取消，个人信息已删除。';
      return a.cancelledBy === 'proposal_declined' ? '来访者没有接受新的时间，预约已取消。' : '来访者已取消这次预约。';
    case 'expired':
      return '开始前没有确认，这次预约已失效。';
    case 'completed':
      return '咨询已完成。';
    case 'no_show':
      return '来访者没有到场。';
  }
}

interface Props {
  appointment: DeskAppointment;
  counsellorId: number;
  room: string;
  onChange: (next: DeskAppointment) => void;
}

/** One appointment on the counsellor's desk: who (or their alias), when, why, what to do, private notes. */
export function DeskAppointmentView({ appointment: a, counsellorId, room, onChange }: Props) {
  const phone = a.client.phone;
  return (
    <View>
      <StatusBanner
        status={a.status}
        label={a.status === 'proposed' ? '等待来访者答复' : STATUS_LABELS[a.status]}
        text={deskExplanation(a)}
      />
      <CellGroup title="预约内容">
        <Cell title="时间" value={timeRange(a.startsAt, a.endsAt)} multiline />
        {a.requestedStartsAt && <Cell title="来访者原选" value={formatDateTime(a.requestedStartsAt)} />}
        <Cell title="方式" value={MODE_LABELS[a.mode]} />
        <Cell title="来访者" value={a.client.isAlias ? `${a.client.name}（化名）` : a.client.name} />
        {phone && (
          <Cell
            title="电话"
            value={phone}
            arrow
            onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}
          />
        )}
      </CellGroup>
      {a.note && <Paragraph title="来访者想聊的" text={a.note} />}
      {a.arrangement && <Paragraph title="见面安排" text={a.arrangement} />}
      {a.declineReason && <Paragraph title="婉拒原因" text={a.declineReason} />}
      <DeskActions
        key={`${a.id}-${a.status}`}
        appointment={a}
        counsellorId={counsellorId}
        room={room}
        onChange={onChange}
      />
      <CellGroup
        title="私人笔记"
        footer="加密保存，只有您本人能看到；工会、会员和其他咨询师都看不到。每次查看都会留下记录。"
      >
        <NoteEditor appointmentId={a.id} editable={!a.anonymised} />
      </CellGroup>
    </View>
  );
}
