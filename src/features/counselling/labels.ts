import type { Contact, DeskScope, Hotline, Mode, MyAppointment, Status } from './types';

export const MODES: Mode[] = ['in_person', 'phone', 'online'];

export const MODE_LABELS: Record<Mode, string> = { in_person: '面谈', phone: '电话', online: '线上' };

export const MODE_HINTS: Record<Mode, string> = {
  in_person: '到咨询室当面聊',
  phone: '咨询师打给您',
  online: '视频会议',
};

export const CONTACT_LABELS: Record<Contact, string> = { message: '只通过小程序消息', phone: '可以打电话给我' };

export const STATUS_LABELS: Record<Status, string> = {
  requested: '待确认',
  proposed: '建议改期',
  confirmed: '已确认',
  declined: '未能安排',
  cancelled: '已取消',
  expired: '已失效',
  completed: '已完成',
  no_show: '未到场',
};

export const statusTone = (status: Status): 'green' | 'orange' | 'grey' =>
  status === 'confirmed' ? 'green' : status === 'requested' || status === 'proposed' ? 'orange' : 'grey';

/** One sentence under the status on the member's appointment page. */
export function statusExplanation(a: Pick<MyAppointment, 'status' | 'cancelledBy'>): string {
  switch (a.status) {
    case 'requested':
      return '已提交，等待咨询师确认。确认后会发消息通知您。';
    case 'proposed':
      return '咨询师建议换一个时间，请在下方选择接受或不接受。';
    case 'confirmed':
      return '咨询师已确认，请按时参加。';
    case 'declined':
      return '咨询师这次未能安排，原因见下方。您可以另约时间，或选择其他咨询师。';
    case 'cancelled':
      if (a.cancelledBy === 'proposal_declined') return '您没有接受新的时间，这次预约已取消。';
      if (a.cancelledBy === 'consent_withdrawn') return '因撤回同意，这次预约已取消。';
      return '您已取消这次预约。';
    case 'expired':
      return '咨询师未能在开始前确认，这次预约已失效。欢迎重新预约。';
    case 'completed':
      return '这次咨询已完成。';
    case 'no_show':
      return '这次咨询您没有到场。';
  }
}

export const DESK_TABS: { key: DeskScope; label: string }[] = [
  { key: 'pending', label: '待处理' },
  { key: 'upcoming', label: '已确认' },
  { key: 'past', label: '已结束' },
];

export const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** Shown until the union's own list arrives, so a crisis line is never missing from the page. */
export const DEFAULT_HOTLINES: Hotline[] = [
  { number: '12356', label: '心理援助热线' },
  { number: '12351', label: '职工服务热线' },
];

export const NOTE_MAX = 500;
export const ALIAS_MAX = 20;
